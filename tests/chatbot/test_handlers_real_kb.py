"""The handlers over the real knowledge base (the bundled document, ingested once)."""

from __future__ import annotations

from botkit import BOT_USERNAME, GROUP_ID
from telegram import Chat

NANO = "苏州纳米城入驻企业有多少家"
# The engine finds nothing on the weather and offers questions it can answer instead.
OFF_TOPIC = "园区的天气怎么样"


def suggestion_data(reply: dict) -> list[str]:
    return [b["callback_data"] for row in reply["reply_markup"]["inline_keyboard"] for b in row
            if b["callback_data"].startswith("s:")]


async def test_private_question_gets_the_figure_in_bold_with_its_source(kb, make_bot):
    async with make_bot(kb) as bot:
        [reply] = await bot.send(NANO)
    assert "<b>397家</b>" in reply["text"]
    assert "📖 科技载体与平台 › 苏州纳米城" in reply["text"]
    assert "出处：" not in reply["text"]  # the engine's own source line is replaced, not doubled


async def test_did_you_mean_round_trip(kb, make_bot):
    async with make_bot(kb) as bot:
        [reply] = await bot.send(OFF_TOPIC)
        data = suggestion_data(reply)
        assert data, reply["text"]
        [answer] = await bot.press(data[0])
    suggested = kb.ask(OFF_TOPIC).suggestions[0]
    assert kb.store.chats.question(2).question == suggested
    assert "📖" in answer["text"]


async def test_group_ask_at_bot_with_the_real_engine(kb, make_bot):
    async with make_bot(kb) as bot:
        [reply] = await bot.send(f"/ask@{BOT_USERNAME} {NANO}",
                                 chat=bot.chat(GROUP_ID, Chat.SUPERGROUP))
    assert "397家" in reply["text"]


async def test_inline_query_with_the_real_engine(kb, make_bot):
    async with make_bot(kb) as bot:
        await bot.inline(NANO)
        await bot.inline("")
        answer, examples = bot.calls("answerInlineQuery")
    assert answer["results"][0]["title"] == "苏州纳米城 · 入驻企业：397家"
    assert answer["results"][0]["description"] == "科技载体与平台 › 苏州纳米城"
    assert len(examples["results"]) == 3
