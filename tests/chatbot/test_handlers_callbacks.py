"""Buttons: did-you-mean, examples, votes, and stale or foreign data — always answered."""

from __future__ import annotations

import re

from botkit import FIGURE_ANSWER, USER_ID


def suggestion_data(reply: dict) -> list[str]:
    return [b["callback_data"] for row in reply["reply_markup"]["inline_keyboard"] for b in row
            if b["callback_data"].startswith("s:")]


async def test_did_you_mean_press_answers_the_suggestion(canned_kb, make_bot):
    async with make_bot(canned_kb) as bot:
        [reply] = await bot.send("纳米城有几家公司")
        data = suggestion_data(reply)[0]
        [answer] = await bot.press(data)
        [ack] = bot.calls("answerCallbackQuery")
    assert "<b>397家</b>" in answer["text"]
    assert "text" not in ack  # a silent acknowledgement: the answer is the reply


async def test_example_button_answers_the_example(canned_kb, make_bot):
    async with make_bot(canned_kb) as bot:
        [answer] = await bot.press("x:0")
    assert "397家" in answer["text"]
    assert len(bot.calls("answerCallbackQuery")) == 1


async def test_vote_is_stored_with_question_and_chat_and_can_change(canned_kb, make_bot):
    async with make_bot(canned_kb) as bot:
        [reply] = await bot.send(FIGURE_ANSWER.question)
        votes = [b["callback_data"] for b in reply["reply_markup"]["inline_keyboard"][-1]]
        assert all(re.fullmatch(r"v:-?1:\d+", v) for v in votes)
        assert await bot.press(votes[0]) == []
        await bot.press(votes[1])
        acks = bot.calls("answerCallbackQuery")
    assert len(acks) == 2 and all("谢谢" in a["text"] for a in acks)
    stats = canned_kb.store.chats.usage_stats()
    assert (stats["upvotes"], stats["downvotes"]) == (0, 1)  # the second press replaced it
    row = canned_kb.store.database.db.execute("SELECT chat_id, user_id FROM votes").fetchone()
    assert row == (USER_ID, USER_ID)


async def test_stale_and_foreign_callbacks_are_answered_and_do_nothing(canned_kb, make_bot):
    async with make_bot(canned_kb) as bot:
        [reply] = await bot.send("纳米城有几家公司")
        question_id = suggestion_data(reply)[0].split(":")[1]
        from_elsewhere = bot.chat(USER_ID + 1)
        for data in ("s:999:0", f"s:{question_id}:9", "s:x", "v:1:999", "v:5:1", "x:7",
                     "x:-1", "legacy-button", ""):
            assert await bot.press(data) == [], data
        # A question asked in another chat cannot be voted on or replayed from here.
        assert await bot.press(f"v:1:{question_id}", chat=from_elsewhere) == []
        assert await bot.press(f"s:{question_id}:0", chat=from_elsewhere) == []
        acks = bot.calls("answerCallbackQuery")
    assert len(acks) == 11
    assert all("过期" in a["text"] for a in acks)
    assert canned_kb.store.chats.usage_stats()["upvotes"] == 0


async def test_buttons_die_with_forget(canned_kb, make_bot):
    async with make_bot(canned_kb) as bot:
        [reply] = await bot.send("纳米城有几家公司")
        await bot.send("/forget")
        assert await bot.press(suggestion_data(reply)[0]) == []
    assert "过期" in bot.calls("answerCallbackQuery")[0]["text"]


async def test_buttons_from_before_forget_do_not_act_on_a_later_question(canned_kb, make_bot):
    async with make_bot(canned_kb) as bot:
        [old] = await bot.send("纳米城有几家公司")
        old_votes = [b["callback_data"] for b in old["reply_markup"]["inline_keyboard"][-1]]
        await bot.send("/forget")
        await bot.send("另一个问题")  # would have taken the forgotten question's id
        assert await bot.press(suggestion_data(old)[0]) == []
        await bot.press(old_votes[0])
        acks = bot.calls("answerCallbackQuery")
    assert len(acks) == 2 and all("过期" in a["text"] for a in acks)
    assert canned_kb.store.chats.usage_stats()["upvotes"] == 0
