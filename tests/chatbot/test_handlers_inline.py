"""Inline mode: answer articles (title = fact, description = source), cached; examples."""

from __future__ import annotations

from botkit import FIGURE_ANSWER

from handlers.i18n import EXAMPLES, t
from handlers.inline import CACHE_TIME
from handlers.render import decode_deep_link


async def test_inline_answer_is_an_article_with_fact_title_and_source_description(
        canned_kb, make_bot):
    async with make_bot(canned_kb) as bot:
        await bot.inline(FIGURE_ANSWER.question)
        [call] = bot.calls("answerInlineQuery")
    first = call["results"][0]
    assert first["type"] == "article"
    # The title names whose figure it is and what it measures, not the bare figure.
    assert first["title"] == "苏州纳米城 · 入驻企业：397家"
    assert first["description"] == "科技载体 › 苏州纳米城"
    assert "<b>397家</b>" in first["input_message_content"]["message_text"]
    assert first["input_message_content"]["parse_mode"] == "HTML"
    assert call["cache_time"] == CACHE_TIME
    assert len({r["id"] for r in call["results"]}) == len(call["results"])


async def test_empty_inline_query_offers_the_examples(canned_kb, make_bot):
    async with make_bot(canned_kb) as bot:
        await bot.inline("   ")
        [call] = bot.calls("answerInlineQuery")
    assert [r["title"] for r in call["results"]] == list(EXAMPLES)


async def test_unknown_inline_query_offers_the_suggested_answers(canned_kb, make_bot):
    async with make_bot(canned_kb) as bot:
        await bot.inline("<b>纳米</b>")
        [call] = bot.calls("answerInlineQuery")
    assert call["results"][0]["title"] == "苏州纳米城 · 入驻企业：397家"
    assert all(len(r["input_message_content"]["message_text"]) <= 4096
               for r in call["results"])


async def test_a_miss_sends_no_not_found_card_but_a_button_to_the_bot(canned_kb, make_bot):
    canned_kb.answers.clear()  # nothing is found, not even the suggestions
    async with make_bot(canned_kb) as bot:
        await bot.inline("比特币多少钱")
        [call] = bot.calls("answerInlineQuery")
    assert call["results"] == []
    button = call["button"]
    assert button["text"] == t("zh", "inline_open_bot")
    assert decode_deep_link(button["start_parameter"]) == "比特币多少钱"  # asked in the bot


async def test_inline_titles_in_english_for_an_english_user(canned_kb, make_bot):
    async with make_bot(canned_kb) as bot:
        await bot.inline(FIGURE_ANSWER.question, user=bot.user(language_code="en"))
        [call] = bot.calls("answerInlineQuery")
    assert "397" in call["results"][0]["title"] and "入驻" not in call["results"][0]["title"]
