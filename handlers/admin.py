"""/stats and /reload, for the user ids in SIPBOT_ADMIN_IDS only."""

from __future__ import annotations

import asyncio
import html
import logging

from telegram import Message, Update
from telegram.ext import Application, CommandHandler

from handlers.common import chat_lang
from handlers.context import Context
from handlers.i18n import Lang, t

log = logging.getLogger(__name__)

# What an ingest counts, as /reload reports it in Chinese.
COUNT_NAMES_ZH = {"sections": "章节", "entries": "条目", "sentences": "句子",
                  "captions": "图片说明", "entities": "实体", "aliases": "别名",
                  "figures": "数字", "events": "事件"}


def is_admin(update: Update, context: Context) -> bool:
    """Whether the sender is one of the bot's admins (SIPBOT_ADMIN_IDS)."""
    user = update.effective_user
    return user is not None and user.id in context.bot_data.admin_ids


async def admin_only(update: Update, context: Context) -> tuple[Message, Lang] | None:
    """(message, language) if the sender is a bot admin; else refuse, None."""
    message = update.effective_message
    if message is None:
        return None
    lang = await chat_lang(update, context)
    if not is_admin(update, context):
        await message.reply_text(t(lang, "admins_only"))
        return None
    return message, lang


async def stats(update: Update, context: Context) -> None:
    """/stats: chats, questions, not-found rate, votes, subscriptions (admins only)."""
    admin = await admin_only(update, context)
    if admin is None:
        return
    message, lang = admin
    numbers = await asyncio.to_thread(context.store.chats.usage_stats)
    questions = numbers["questions"]
    rate = f"{numbers['not_found'] / questions:.0%}" if questions else "–"
    await message.reply_text(t(lang, "stats", rate=rate, **numbers))


async def reload(update: Update, context: Context) -> None:
    """/reload: re-ingest every ingested document from its file (admins only); answers keep
    flowing meanwhile."""
    admin = await admin_only(update, context)
    if admin is None:
        return
    message, lang = admin
    await message.reply_text(t(lang, "reloading"))
    try:
        summary = await asyncio.to_thread(context.kb.reload)
    except Exception as exc:
        # The ingest is one transaction: on failure the old knowledge is still there.
        log.exception("reload failed")
        await message.reply_text(t(lang, "reload_failed", error=html.escape(str(exc))))
        return
    counts = {k: v for k, v in summary.items() if isinstance(v, int)}
    log.info("reloaded: %s", counts)
    await message.reply_text(t(lang, "reloaded", summary=html.escape(counted(counts, lang))))


def counted(counts: dict[str, int], lang: Lang) -> str:
    """``24 entries, 300 sentences`` in the chat's language (``条目 24，句子 300``)."""
    if lang == "en":
        return ", ".join(f"{v} {k}" for k, v in counts.items())
    return "，".join(f"{COUNT_NAMES_ZH.get(k, k)} {v}" for k, v in counts.items())


def register(app: Application) -> None:
    app.add_handler(CommandHandler("stats", stats))
    app.add_handler(CommandHandler("reload", reload))
