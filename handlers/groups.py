"""Groups: answer only what is addressed to the bot; follow a group's migration."""

from __future__ import annotations

import asyncio
import logging

from telegram import Message, MessageEntity, Update
from telegram.constants import ChatMemberStatus, ChatType
from telegram.error import TelegramError
from telegram.ext import Application, MessageHandler, filters

from handlers.ask import answer_question
from handlers.common import chat_lang
from handlers.context import Context
from handlers.i18n import Lang, examples, t
from handlers.ratelimit import GroupLimiter

log = logging.getLogger(__name__)

GROUP_ADMINS = (ChatMemberStatus.ADMINISTRATOR, ChatMemberStatus.OWNER)


async def is_group_admin(update: Update, context: Context) -> bool | None:
    """Whether the sender may change this chat's settings (anyone in a private chat, a group's
    administrators in a group); None when Telegram cannot say (the member lookup failed)."""
    chat, user, message = update.effective_chat, update.effective_user, update.effective_message
    if chat is None:
        return False
    if chat.type == ChatType.PRIVATE:
        return True
    # Anonymous group admins (and the linked channel) write as the group itself.
    if message is not None and message.sender_chat is not None:
        return message.sender_chat.id == chat.id
    if user is None:
        return False
    try:
        member = await context.bot.get_chat_member(chat.id, user.id)
    except TelegramError as exc:
        log.warning("cannot check the administrators of %s: %s", chat.id, exc)
        return None
    return member.status in GROUP_ADMINS


async def admin_or_refuse(update: Update, context: Context, lang: Lang,
                          refusal: str = "group_admins_only") -> bool:
    """True if the sender may change this chat's settings; else reply why not (not an
    administrator, or Telegram could not tell) and return False."""
    allowed = await is_group_admin(update, context)
    if allowed:
        return True
    message = update.effective_message
    if message is not None:
        # Plain text: the digest's replies go out without markup, and these have none.
        await message.reply_text(t(lang, refusal if allowed is False else "admin_unknown"),
                                 parse_mode=None)
    return False


def addressed_question(message: Message, bot_id: int, bot_username: str) -> str | None:
    """The question in a group message meant for the bot, or None when it is chatter.

    A message is meant for the bot when it mentions it (@name or a text mention) or
    replies to one of its messages; the mention itself is cut out of the question.
    """
    text = message.text or ""
    mention = f"@{bot_username}".lower()
    addressed = False
    pieces: list[str] = []
    cursor = 0
    for entity, value in message.parse_entities(
            [MessageEntity.MENTION, MessageEntity.TEXT_MENTION]).items():
        is_bot = (value.lower() == mention if entity.type == MessageEntity.MENTION
                  else entity.user is not None and entity.user.id == bot_id)
        if not is_bot:
            continue
        addressed = True
        # Offsets are in UTF-16 code units; parse_entities already mapped them to `value`,
        # so cut by locating the value from the cursor on.
        start = text.find(value, cursor)
        if start >= 0:
            pieces.append(text[cursor:start])
            cursor = start + len(value)
    pieces.append(text[cursor:])
    reply = message.reply_to_message
    if reply is not None and reply.from_user is not None and reply.from_user.id == bot_id:
        addressed = True
    if not addressed:
        return None
    return " ".join(" ".join(pieces).split())


async def group_text(update: Update, context: Context) -> None:
    """A group message: answer it if it mentions or replies to the bot, else stay silent."""
    message = update.effective_message
    if message is None:
        return
    question = addressed_question(message, context.bot.id, context.bot.username)
    if question is None:
        return
    if not question:
        lang = await chat_lang(update, context)
        await message.reply_text(t(lang, "ask_usage", example=examples(lang)[0]))
        return
    await answer_question(update, context, question, reply_to=message)


async def migrate(update: Update, context: Context) -> None:
    """A group became a supergroup: move its stored rows and chat data to the new id."""
    message = update.effective_message
    # Telegram announces a migration twice (migrate_to in the old chat, migrate_from in the
    # new one); acting on one half only keeps store.chats.migrate_chat from running twice.
    if message is None or not message.migrate_to_chat_id:
        return
    old, new = message.chat.id, message.migrate_to_chat_id
    await asyncio.to_thread(context.store.chats.migrate_chat, old, new)
    if old in context.application.chat_data:
        context.application.migrate_chat_data(old_chat_id=old, new_chat_id=new)
    log.info("chat %s migrated to %s", old, new)


# How often the groups over their answer budget are summarised in the log.
DROP_SUMMARY_S = 60.0


def log_dropped(limiter: GroupLimiter) -> int:
    """One log line per group whose messages were dropped since the last summary."""
    dropped = limiter.take_dropped()
    for chat_id, count in sorted(dropped.items()):
        log.info("group %s over its answer budget: %d messages dropped in the last %.0f s",
                 chat_id, count, DROP_SUMMARY_S)
    return len(dropped)


async def _drop_summary_job(context: Context) -> None:
    log_dropped(context.bot_data.group_limiter)


def register(app: Application) -> None:
    if app.job_queue is not None:
        app.job_queue.run_repeating(_drop_summary_job, interval=DROP_SUMMARY_S,
                                    first=DROP_SUMMARY_S, name="group-drop-summary")
    app.add_handler(MessageHandler(filters.StatusUpdate.MIGRATE, migrate))
    app.add_handler(MessageHandler(filters.ChatType.GROUPS & filters.TEXT & ~filters.COMMAND,
                                   group_text))
