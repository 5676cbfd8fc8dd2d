"""Private chat: every command, questions, escaping and long answers."""

from __future__ import annotations

import re

from botkit import ADMIN_ID, FIGURE_ANSWER, USER_ID

from bot.offline import ApiError
from data.models import Answer, Fact, Source
from handlers.i18n import EXAMPLES
from handlers.render import encode_deep_link

TAG = re.compile(r"</?([a-z]+)[^>]*>")


def balanced(html: str) -> bool:
    stack: list[str] = []
    for match in TAG.finditer(html):
        if match.group(0).startswith("</"):
            if not stack or stack.pop() != match.group(1):
                return False
        else:
            stack.append(match.group(1))
    return not stack


def buttons(sent: dict) -> list[dict]:
    return [b for row in sent.get("reply_markup", {}).get("inline_keyboard", []) for b in row]


async def test_start_greets_with_three_example_buttons(canned_kb, make_bot):
    async with make_bot(canned_kb) as bot:
        [reply] = await bot.send("/start")
    assert "Ada" in reply["text"]
    assert [b["text"] for b in buttons(reply)] == list(EXAMPLES)
    assert all(len(b["callback_data"].encode()) <= 64 for b in buttons(reply))


async def test_start_deep_link_answers_the_encoded_question(canned_kb, make_bot):
    payload = encode_deep_link(FIGURE_ANSWER.question)
    assert payload is not None and re.fullmatch(r"[A-Za-z0-9_-]+", payload)
    async with make_bot(canned_kb) as bot:
        [reply] = await bot.send(f"/start {payload}")
    assert "<b>397家</b>" in reply["text"]


async def test_start_with_a_foreign_payload_just_greets(canned_kb, make_bot):
    async with make_bot(canned_kb) as bot:
        [reply] = await bot.send("/start ref_!!")
    assert "Ada" in reply["text"]


async def test_help_lists_commands_in_english_for_english_users(canned_kb, make_bot):
    async with make_bot(canned_kb) as bot:
        [reply] = await bot.send("/help", user=bot.user(language_code="en-US"))
    assert "/subscribe" in reply["text"] and "How to use" in reply["text"]


async def test_private_text_is_a_question_answered_with_fact_and_source(canned_kb, make_bot):
    async with make_bot(canned_kb) as bot:
        [reply] = await bot.send(FIGURE_ANSWER.question)
    assert reply["parse_mode"] == "HTML"
    assert "<b>397家</b>" in reply["text"]
    assert "📖 科技载体 › 苏州纳米城" in reply["text"]
    assert [b["text"] for b in buttons(reply)] == ["👍", "👎"]
    assert canned_kb.store.chats.usage_stats()["questions"] == 1


async def test_not_found_answer_offers_suggestions_as_id_buttons(canned_kb, make_bot):
    async with make_bot(canned_kb) as bot:
        [reply] = await bot.send("纳米城有几家公司")
    suggestion_buttons = [b for b in buttons(reply) if b["callback_data"].startswith("s:")]
    assert [b["text"] for b in suggestion_buttons] == ["苏州纳米城入驻企业有多少家",
                                                       "姑苏实验室10年内建设资金总额"]
    # Only ids travel: Chinese text does not fit in 64 bytes.
    assert all(re.fullmatch(r"s:\d+:\d", b["callback_data"]) for b in suggestion_buttons)
    # Nothing was found, so nothing is cited; the suggestions are the buttons, once.
    assert "📖" not in reply["text"]
    assert "姑苏实验室" not in reply["text"] and reply["text"].endswith("你是不是想问：")


async def test_user_html_is_escaped(canned_kb, make_bot):
    async with make_bot(canned_kb) as bot:
        [reply] = await bot.send("<b>hi</b> & <script>")
    assert "&lt;b&gt;hi&lt;/b&gt; &amp; &lt;script&gt;" in reply["text"]
    assert "<script>" not in reply["text"]
    assert balanced(reply["text"])


async def test_long_answers_are_split_under_4096_with_buttons_on_the_last(canned_kb, make_bot):
    long = Answer(question="长", found=True, intent="entity", source=Source("综述", "概况"),
                  facts=(Fact("passage", "关键<事实>",
                              evidence=("第一段。" * 300 + "\n") * 6 + "关键<事实>"),))
    canned_kb.answers["长"] = long
    async with make_bot(canned_kb) as bot:
        replies = await bot.send("长")
    assert len(replies) > 1
    assert all(len(r["text"]) <= 4096 and balanced(r["text"]) for r in replies)
    assert "<b>关键&lt;事实&gt;</b>" in "".join(r["text"] for r in replies)
    assert "reply_markup" in replies[-1] and all("reply_markup" not in r for r in replies[:-1])


async def test_ask_command_answers_and_without_question_shows_usage(canned_kb, make_bot):
    async with make_bot(canned_kb) as bot:
        [usage] = await bot.send("/ask")
        [reply] = await bot.send(f"/ask {FIGURE_ANSWER.question}")
    assert "/ask" in usage["text"]
    assert "397家" in reply["text"]


async def test_lang_switches_and_is_stored(canned_kb, make_bot):
    async with make_bot(canned_kb) as bot:
        [usage] = await bot.send("/lang klingon")
        [done] = await bot.send("/lang en")
        [help_] = await bot.send("/help")  # the user's client says zh; the chat chose en
    assert "/lang zh" in usage["text"]
    assert "English" in done["text"]
    assert "How to use" in help_["text"]
    assert canned_kb.store.chats.chat_lang(USER_ID) == "en"


async def test_stats_and_reload_refuse_non_admins(canned_kb, make_bot):
    async with make_bot(canned_kb) as bot:
        [stats] = await bot.send("/stats")
        [reload] = await bot.send("/reload")
    assert "管理员" in stats["text"] and "管理员" in reload["text"]
    assert canned_kb.ingested == []


async def test_stats_for_admins_count_questions_and_votes(canned_kb, make_bot):
    admin = None
    async with make_bot(canned_kb) as bot:
        admin = bot.user(ADMIN_ID)
        await bot.send(FIGURE_ANSWER.question)
        await bot.send("不存在的东西")
        [reply] = await bot.send("/stats", user=admin, chat=bot.chat(ADMIN_ID))
    assert "提问：2（未找到 1，50%）" in reply["text"]
    assert "123456:TEST" not in reply["text"]


async def test_reload_reingests_in_a_thread_for_admins(canned_kb, make_bot):
    async with make_bot(canned_kb) as bot:
        replies = await bot.send("/reload", user=bot.user(ADMIN_ID), chat=bot.chat(ADMIN_ID))
    assert canned_kb.reloads == 1
    assert replies[-1]["text"] == "已重新导入：条目 1"
    assert "entries" not in replies[0]["text"] + replies[-1]["text"]


async def test_reload_reports_in_english_to_an_english_chat(canned_kb, make_bot):
    async with make_bot(canned_kb) as bot:
        replies = await bot.send("/reload", user=bot.user(ADMIN_ID, language_code="en"),
                                 chat=bot.chat(ADMIN_ID))
    assert [r["text"] for r in replies] == ["Re-ingesting the document…", "Re-ingested: 1 entries"]


async def test_forget_deletes_the_chat_data(canned_kb, make_bot):
    async with make_bot(canned_kb) as bot:
        await bot.send("/lang en")
        await bot.send(FIGURE_ANSWER.question)
        [reply] = await bot.send("/forget")
    assert "Deleted" in reply["text"]
    assert canned_kb.store.chats.chat_lang(USER_ID) is None
    assert canned_kb.store.chats.usage_stats()["questions"] == 0


async def test_unknown_command_in_private_shows_help(canned_kb, make_bot):
    async with make_bot(canned_kb) as bot:
        [reply] = await bot.send("/frobnicate")
    assert "/ask" in reply["text"]


async def test_menus_are_set_per_language_and_scope_and_refusal_is_not_fatal(canned_kb,
                                                                            make_bot):
    from handlers.menu import set_menus

    async with make_bot(canned_kb) as bot:
        assert await set_menus(bot.bot)
        menus = bot.calls("setMyCommands")
        scopes = {(m["scope"]["type"], m.get("language_code")) for m in menus}
        assert scopes == {(s, lang) for s in ("all_private_chats", "all_group_chats")
                          for lang in ("zh", "en", None)}
        private_zh = next(m for m in menus if m["scope"]["type"] == "all_private_chats"
                          and m.get("language_code") == "zh")
        names = [c["command"] for c in private_zh["commands"]]
        assert {"ask", "onthisday", "subscribe", "unsubscribe", "settings", "lang"} <= set(names)
        bot.request.responses["setMyCommands"] = ApiError(500, "Internal Server Error")
        assert not await set_menus(bot.bot)
