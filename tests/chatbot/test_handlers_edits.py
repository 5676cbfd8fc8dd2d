"""Edited questions: the answer is edited in place; chatter edits in groups stay silent."""

from __future__ import annotations

from botkit import FIGURE_ANSWER, GROUP_ID
from telegram import Chat, MessageEntity

from bot.offline import ApiError

Q = FIGURE_ANSWER.question


async def test_editing_an_answered_question_edits_the_answer(canned_kb, make_bot):
    async with make_bot(canned_kb) as bot:
        question = bot.message("纳米城有几家公")
        [first] = await bot.send(message=question)
        assert "397家" not in first["text"]
        assert await bot.edit(question, Q) == []  # no second message
        [edit] = bot.calls("editMessageText")
    assert "<b>397家</b>" in edit["text"]
    # The offline API numbers the bot's messages from 1000: the first answer is edited.
    assert int(edit["message_id"]) == 1000 and int(edit["chat_id"]) == question.chat.id
    assert [b["text"] for row in edit["reply_markup"]["inline_keyboard"] for b in row] \
        == ["👍", "👎"]


async def test_an_edit_to_the_same_answer_is_not_an_error(canned_kb, make_bot):
    not_modified = ApiError(400, "Bad Request: message is not modified")
    async with make_bot(canned_kb, responses={"editMessageText": not_modified}) as bot:
        question = bot.message(Q)
        await bot.send(message=question)
        assert await bot.edit(question, Q + " ") == []
    assert len(bot.calls("editMessageText")) == 1
    assert not any(c.method == "sendMessage" and "出了点问题" in c.params.get("text", "")
                   for c in bot.request.calls)


async def test_edited_ask_in_a_group_edits_the_answer(canned_kb, make_bot):
    async with make_bot(canned_kb) as bot:
        group = bot.chat(GROUP_ID, Chat.SUPERGROUP)
        question = bot.message("/ask 纳米城", chat=group)
        [_] = await bot.send(message=question)
        assert await bot.edit(question, f"/ask {Q}") == []
        [edit] = bot.calls("editMessageText")
    assert "397家" in edit["text"]


async def test_group_chatter_edits_stay_silent_until_they_address_the_bot(canned_kb,
                                                                          make_bot):
    async with make_bot(canned_kb) as bot:
        group = bot.chat(GROUP_ID, Chat.SUPERGROUP)
        chatter = bot.message("随便聊聊", chat=group)
        assert await bot.send(message=chatter) == []
        assert await bot.edit(chatter, Q) == []
        assert bot.calls("editMessageText") == []
        name = bot.bot.username
        mention = [MessageEntity(MessageEntity.MENTION, 0, len(name) + 1)]
        [reply] = await bot.edit(chatter, f"@{name} {Q}", entities=mention)
    assert "397家" in reply["text"]
