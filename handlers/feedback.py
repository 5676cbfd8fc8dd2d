"""👍 / 👎 under answers: one vote per user and question, stored with the question."""

from __future__ import annotations

import asyncio

from telegram import Update
from telegram.ext import Application, CallbackQueryHandler

from handlers.common import answer_stale, chat_lang
from handlers.context import Context
from handlers.i18n import t
from handlers.render import CB_VOTE


async def vote(update: Update, context: Context) -> None:
    """A 👍/👎 press: store the vote (a second press replaces the first)."""
    query = update.callback_query
    chat = update.effective_chat
    if query is None or query.from_user is None:
        return
    lang = await chat_lang(update, context)
    try:
        _, value_s, question_id_s = (query.data or "").split(":")
        value, question_id = int(value_s), int(question_id_s)
    except ValueError:
        value, question_id = 0, 0
    chat_id = chat.id if chat else None
    stored = value in (1, -1) and await asyncio.to_thread(
        _record, context, question_id, chat_id, query.from_user.id, value)
    if not stored:
        await answer_stale(query, lang)
        return
    await query.answer(t(lang, "vote_thanks"))


def _record(context: Context, question_id: int, chat_id: int | None, user_id: int,
            value: int) -> bool:
    # A vote only counts for a question asked in this very chat (callback data can be forged).
    row = context.store.chats.question(question_id)
    if row is None or row.chat_id != chat_id:
        return False
    context.store.chats.record_vote(question_id, chat_id, user_id, value)
    return True


def register(app: Application) -> None:
    app.add_handler(CallbackQueryHandler(vote, pattern=rf"^{CB_VOTE}:"))
