"""/forget: delete everything the bot stores about a chat."""

from __future__ import annotations

import asyncio

from telegram import Chat, Update
from telegram.constants import ChatMemberStatus
from telegram.ext import Application, CommandHandler

from data.models import Subscription
from handlers.ask import chat_lang
from handlers.context import Context
from handlers.i18n import t

GROUP_ADMINS = (ChatMemberStatus.ADMINISTRATOR, ChatMemberStatus.OWNER)


async def is_group_admin(update: Update) -> bool:
    """Whether the sender may change settings of the update's group chat."""
    chat, user, message = update.effective_chat, update.effective_user, update.effective_message
    if chat is None or chat.type == Chat.PRIVATE:
        return True
    # Anonymous group admins write as the group itself.
    if message is not None and message.sender_chat is not None:
        return message.sender_chat.id == chat.id
    if user is None:
        return False
    member = await chat.get_member(user.id)
    return member.status in GROUP_ADMINS


async def forget(update: Update, context: Context) -> None:
    """/forget: delete this chat's language, questions, votes and subscription."""
    message, chat = update.effective_message, update.effective_chat
    if message is None or chat is None:
        return
    lang = await chat_lang(update, context)
    if not await is_group_admin(update):
        await message.reply_text(t(lang, "group_admins_only"))
        return
    subscription = await asyncio.to_thread(_forget, context, chat.id)
    # The subscription row is gone; its scheduled digest job must not outlive it.
    if subscription is not None and context.job_queue is not None:
        for job in context.job_queue.get_jobs_by_name(subscription.job_name):
            job.schedule_removal()
    context.application.drop_chat_data(chat.id)
    await message.reply_text(t(lang, "forgotten"))


def _forget(context: Context, chat_id: int) -> Subscription | None:
    subscription = context.store.subscription(chat_id)
    context.store.forget_chat(chat_id)
    return subscription


def register(app: Application) -> None:
    app.add_handler(CommandHandler("forget", forget))
