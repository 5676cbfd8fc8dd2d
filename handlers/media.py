"""Private messages that are not text: a captioned photo or file is asked by its caption;
stickers, voice, locations and bare photos get one line saying the bot reads text."""

from __future__ import annotations

from telegram import Update
from telegram.ext import Application, MessageHandler, filters

from handlers.ask import answer_question
from handlers.common import chat_lang
from handlers.context import Context
from handlers.i18n import examples, t


async def captioned(update: Update, context: Context) -> None:
    """A photo, file or video whose caption is a question: answer the caption."""
    message = update.effective_message
    if message is None or not (message.caption or "").strip():
        return
    await answer_question(update, context, message.caption or "", reply_to=message)


async def not_text(update: Update, context: Context) -> None:
    """A sticker, voice note, location, bare photo…: say that questions are text."""
    message = update.effective_message
    if message is None:
        return
    lang = await chat_lang(update, context)
    await message.reply_text(t(lang, "text_only", example=examples(lang)[0]))


def register(app: Application) -> None:
    private = filters.ChatType.PRIVATE
    app.add_handler(MessageHandler(private & filters.CAPTION, captioned))
    # New messages only: an edit of a sticker's neighbour is no reason to speak again.
    app.add_handler(MessageHandler(
        private & filters.UpdateType.MESSAGE & ~filters.TEXT & ~filters.CAPTION
        & ~filters.StatusUpdate.ALL, not_text))
