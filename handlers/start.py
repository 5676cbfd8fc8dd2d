"""/start (greeting, example questions, deep links) and /help."""

from __future__ import annotations

import html

from telegram import Update
from telegram.constants import ChatType
from telegram.ext import Application, CommandHandler

from handlers.ask import answer_question
from handlers.common import chat_lang
from handlers.context import Context
from handlers.i18n import examples, t
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
    if message.chat.type != ChatType.PRIVATE:
        # In groups a bare question is ignored: say how to ask here instead.
        await message.reply_text(t(lang, "greeting_group", bot=html.escape(context.bot.username)),
                                 reply_markup=examples_keyboard(examples(lang)))
        return
    user = update.effective_user
    name = html.escape(user.first_name if user else "") or "👋"
    await message.reply_text(t(lang, "greeting", name=name),
                             reply_markup=examples_keyboard(examples(lang)))


async def help_(update: Update, context: Context) -> None:
    """/help: what the bot can do and how to ask."""
    message = update.effective_message
    if message is None:
        return
    lang = await chat_lang(update, context)
    bot = html.escape(context.bot.username)
    text = t(lang, "help" if message.chat.type == ChatType.PRIVATE else "help_group", bot=bot)
    # Only a bot with inline mode enabled at @BotFather says so in getMe.
    if context.bot.supports_inline_queries:
        text += "\n" + t(lang, "help_inline", bot=bot)
    await message.reply_text(text, reply_markup=examples_keyboard(examples(lang)))


def register(app: Application) -> None:
    app.add_handler(CommandHandler("start", start))
    app.add_handler(CommandHandler("help", help_))
