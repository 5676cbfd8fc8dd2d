"""A chat that chose English sees no Chinese sentence of the bot's own: answers, misses,
buttons, settings, the digest. The yearbook's own words appear only quoted or bracketed."""

from __future__ import annotations

import re

from data.present.english_lines import has_chinese_outside_quotes

NANO = "苏州纳米城入驻企业有多少家"


def english_only(text: str) -> None:
    plain = re.sub(r"<[^>]+>", "", text)
    for line in plain.splitlines():
        # "Original:" quotes the document; every other line is the bot's own.
        if not line.startswith("Original:"):
            assert not has_chinese_outside_quotes(line), line


def buttons(reply: dict) -> list[str]:
    markup = reply.get("reply_markup") or {"inline_keyboard": []}
    return [b["text"] for row in markup["inline_keyboard"] for b in row]


async def test_an_english_chat_gets_english_answers_to_chinese_questions(kb, make_bot):
    async with make_bot(kb) as bot:
        await bot.send("/lang en")
        [reply] = await bot.send(NANO)
        english_only(reply["text"])
        assert "397 companies (397家)" in reply["text"]
        assert "Source:" in reply["text"] or "📖 Science and Technology" in reply["text"]
        [miss] = await bot.send("园区的天气怎么样")
        english_only(miss["text"])
        assert "Did you mean" in miss["text"]
        offered = [b for b in buttons(miss) if b not in ("👍", "👎")]
        assert offered and all(not has_chinese_outside_quotes(b) for b in offered)


async def test_an_english_question_is_answered_in_english_in_a_chinese_chat(kb, make_bot):
    async with make_bot(kb) as bot:
        [reply] = await bot.send("How many PCT patent applications did Nanopolis file?")
    english_only(reply["text"])
    assert "81" in reply["text"]


async def test_a_pressed_english_suggestion_is_answered(kb, make_bot):
    async with make_bot(kb) as bot:
        await bot.send("/lang en")
        [miss] = await bot.send("纳米城员工有多少人")
        data = [b["callback_data"] for row in miss["reply_markup"]["inline_keyboard"]
                for b in row if b["callback_data"].startswith("s:")]
        assert data
        [answer] = await bot.press(data[0])
    english_only(answer["text"])


async def test_settings_help_and_digest_in_english(kb, make_bot):
    async with make_bot(kb) as bot:
        await bot.send("/lang en")
        for command in ("/help", "/settings", "/onthisday 05-30", "/start"):
            for reply in await bot.send(command):
                english_only(reply["text"])
                assert not any(has_chinese_outside_quotes(b) for b in buttons(reply))
        [example] = await bot.press("x:0")  # an English example, answered in English
    english_only(example["text"])
    assert "397" in example["text"]
