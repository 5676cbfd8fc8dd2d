"""/forget: delete everything the bot stores about a chat."""

from __future__ import annotations

import asyncio

from telegram import Update
from telegram.ext import Application, CommandHandler

from data.models import Subscription
from handlers.common import chat_lang, digest_job_name
from handlers.context import Context
from handlers.groups import admin_or_refuse
from handlers.i18n import t


async def forget(update: Update, context: Context) -> None:
    """/forget: delete this chat's language, questions, votes and subscription."""
    message, chat = update.effective_message, update.effective_chat
    if message is None or chat is None:
        return
    lang = await chat_lang(update, context)
    if not await admin_or_refuse(update, context, lang):
        return
    subscription = await asyncio.to_thread(_forget, context, chat.id)
    # The subscription row is gone; its scheduled digest job must not outlive it.
    if subscription is not None and context.job_queue is not None:
        for job in context.job_queue.get_jobs_by_name(digest_job_name(chat.id)):
            job.schedule_removal()
    context.application.drop_chat_data(chat.id)
    await message.reply_text(t(lang, "forgotten"))


def _forget(context: Context, chat_id: int) -> Subscription | None:
    subscription = context.store.digests.subscription(chat_id)
    context.store.chats.forget_chat(chat_id)
    return subscription


def register(app: Application) -> None:
    app.add_handler(CommandHandler("forget", forget))
