"""Non-text messages in private: one line saying questions are text; captions are asked."""

from __future__ import annotations

from botkit import FIGURE_ANSWER, GROUP_ID
from telegram import Chat, Document, Location, PhotoSize, Sticker, Voice

PHOTO = (PhotoSize("p1", "u1", 90, 90),)


async def test_sticker_voice_location_and_bare_photo_get_one_short_line(canned_kb, make_bot):
    async with make_bot(canned_kb) as bot:
        replies = [
            await bot.send(None, sticker=Sticker("s", "us", 512, 512, False, False,
                                                 Sticker.REGULAR)),
            await bot.send(None, voice=Voice("v", "uv", 3)),
            await bot.send(None, location=Location(120.7, 31.3)),
            await bot.send(None, photo=PHOTO),
        ]
    for reply in replies:
        [line] = reply
        assert "文字" in line["text"] and "\n" not in line["text"]
    assert canned_kb.store.chats.usage_stats()["questions"] == 0


async def test_photo_or_document_with_a_question_caption_is_answered(canned_kb, make_bot):
    async with make_bot(canned_kb) as bot:
        [photo] = await bot.send(None, photo=PHOTO, caption=FIGURE_ANSWER.question)
        [doc] = await bot.send(None, document=Document("d", "ud", file_name="a.pdf"),
                               caption=FIGURE_ANSWER.question)
    assert "<b>397家</b>" in photo["text"] and "<b>397家</b>" in doc["text"]


async def test_stickers_in_groups_stay_silent(canned_kb, make_bot):
    async with make_bot(canned_kb) as bot:
        group = bot.chat(GROUP_ID, Chat.SUPERGROUP)
        assert await bot.send(None, chat=group, voice=Voice("v", "uv", 3)) == []
