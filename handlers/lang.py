"""/lang zh|en: the chat's interface language, stored so it outlives restarts."""

from __future__ import annotations

import asyncio

from telegram import Update
from telegram.ext import Application, CommandHandler

from handlers.common import chat_lang
from handlers.context import Context
from handlers.groups import admin_or_refuse
from handlers.i18n import parse_lang, t


async def lang(update: Update, context: Context) -> None:
    """/lang zh|en: switch the interface language of this chat."""
    message, chat = update.effective_message, update.effective_chat
    if message is None or chat is None:
        return
    chosen = parse_lang(context.args[0]) if len(context.args or ()) == 1 else None
    if chosen is None:
        await message.reply_text(t(await chat_lang(update, context), "lang_usage"))
        return
    # A group's language is a group setting, like its digest: administrators only.
    if not await admin_or_refuse(update, context, await chat_lang(update, context)):
        return
    await asyncio.to_thread(context.store.chats.set_chat_lang, chat.id, chat.type, chosen)
    await message.reply_text(t(chosen, "lang_set"))


def register(app: Application) -> None:
    app.add_handler(CommandHandler("lang", lang))
