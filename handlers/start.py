"""/start (greeting, example questions, deep links) and /help."""

from __future__ import annotations

import html

from telegram import Update
from telegram.ext import Application, CommandHandler

from handlers.ask import answer_question, chat_lang
from handlers.context import Context
from handlers.i18n import EXAMPLES, t
from handlers.render import decode_deep_link, examples_keyboard


async def start(update: Update, context: Context) -> None:
    """/start [payload]: greet with example questions, or answer a deep-linked question."""
    message = update.effective_message
    if message is None:
        return
    lang = await chat_lang(update, context)
    payload = context.args[0] if context.args else ""
    question = decode_deep_link(payload) if payload else None
    if question:
        await answer_question(update, context, question, lang=lang, reply_to=message)
        return
    user = update.effective_user
    name = html.escape(user.first_name if user else "") or "👋"
    await message.reply_text(t(lang, "greeting", name=name),
                             reply_markup=examples_keyboard(EXAMPLES))


async def help_(update: Update, context: Context) -> None:
    """/help: what the bot can do and how to ask."""
    message = update.effective_message
    if message is None:
        return
    lang = await chat_lang(update, context)
    await message.reply_text(t(lang, "help", bot=html.escape(context.bot.username)),
                             reply_markup=examples_keyboard(EXAMPLES))


def register(app: Application) -> None:
    app.add_handler(CommandHandler("start", start))
    app.add_handler(CommandHandler("help", help_))
