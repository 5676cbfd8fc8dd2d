"""Last in line: unknown commands in private chats get help; unknown buttons an answer.

Registered after every other feature, so it only sees what nothing else handled.
"""

from __future__ import annotations

from telegram import Update
from telegram.ext import Application, CallbackQueryHandler, MessageHandler, filters

from handlers.common import answer_stale, chat_lang
from handlers.context import Context
from handlers.start import help_


async def unknown_command(update: Update, context: Context) -> None:
    """A command nothing handles, in a private chat: show the help."""
    await help_(update, context)


async def unknown_callback(update: Update, context: Context) -> None:
    """A button press nothing handles (an old or foreign keyboard): still answer it."""
    if update.callback_query is not None:
        await answer_stale(update.callback_query, await chat_lang(update, context))


def register(app: Application) -> None:
    app.add_handler(MessageHandler(filters.ChatType.PRIVATE & filters.COMMAND, unknown_command))
    app.add_handler(CallbackQueryHandler(unknown_callback))
