"""What several features share: the chat's language and the reply to a stale button.

Small on purpose: a feature imports this, never another feature's module.
"""

from __future__ import annotations

import asyncio
import logging

from telegram import CallbackQuery, Update

from data.store import StoreLocked
from handlers.context import Context
from handlers.i18n import Lang, pick_lang, t

log = logging.getLogger(__name__)


def digest_job_name(chat_id: int) -> str:
    """The name of a chat's daily digest job (scheduled by the digest feature, removed by
    /forget too)."""
    return f"digest:{chat_id}"


async def chat_lang(update: Update, context: Context) -> Lang:
    """The language to speak in this chat; records that the chat was seen."""
    chat, user = update.effective_chat, update.effective_user
    stored = None
    if chat is not None:
        stored = await asyncio.to_thread(_touch, context, chat.id, chat.type)
    return pick_lang(stored, user.language_code if user else None)


def _touch(context: Context, chat_id: int, chat_type: str) -> str | None:
    try:
        context.store.chats.touch_chat(chat_id, chat_type)
    except StoreLocked as exc:
        # "Last seen" is bookkeeping: a store held by another writer must not cost an answer.
        log.warning("chat %s not touched, store busy: %s", chat_id, exc)
    return context.store.chats.chat_lang(chat_id)


async def answer_stale(query: CallbackQuery, lang: Lang) -> None:
    """Answer a callback whose data no longer leads anywhere (old message, /forget, restart)."""
    await query.answer(t(lang, "stale"))
