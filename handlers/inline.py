"""Inline mode: ``@bot question`` in any chat offers answer articles."""

from __future__ import annotations

import asyncio
import hashlib

from telegram import InlineQueryResultArticle, InputTextMessageContent, Update
from telegram.ext import Application, InlineQueryHandler

from data import present
from data.models import Answer
from handlers.context import Context
from handlers.i18n import EXAMPLES, pick_lang, t
from handlers.render import render_answer, split_html

CACHE_TIME = 300  # seconds; answers only change on /reload
MAX_RESULTS = 4
TITLE_MAX = 64


def _short(text: str, limit: int = TITLE_MAX) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def article(answer: Answer, lang: str, *, title: str | None = None) -> InlineQueryResultArticle:
    """One result: title = the fact, description = the source, message = the answer."""
    # An inline result is a single message: keep the first part of a long answer.
    text = split_html(render_answer(answer, lang))[0]
    result_id = hashlib.sha1(f"{answer.question}\0{lang}".encode()).hexdigest()
    where = str(answer.source) if answer.source else t(lang, "no_source")
    return InlineQueryResultArticle(
        id=result_id,
        title=_short(title or answer.fact or present.headline(answer)),
        description=_short(where, 120),
        input_message_content=InputTextMessageContent(text),
    )


def _answers(context: Context, query: str) -> list[tuple[Answer, str | None]]:
    """(answer, title) pairs: the examples for an empty query; else the answer and the
    answers to its did-you-mean suggestions."""
    if not query:
        return [(context.kb.ask(q), q) for q in EXAMPLES]
    answer = context.kb.ask(query)
    results = [(answer, None)] if answer.found else []
    results += [(context.kb.ask(s), None) for s in answer.suggestions[:MAX_RESULTS]]
    return results[:MAX_RESULTS] or [(answer, None)]


async def inline_query(update: Update, context: Context) -> None:
    """An inline query: answer articles, cached; examples when the query is empty."""
    query = update.inline_query
    if query is None:
        return
    lang = pick_lang(None, query.from_user.language_code)
    text = " ".join(query.query.split())
    pairs = await asyncio.to_thread(_answers, context, text)
    results = [article(answer, lang, title=title) for answer, title in pairs]
    await query.answer(results, cache_time=CACHE_TIME)


def register(app: Application) -> None:
    app.add_handler(InlineQueryHandler(inline_query))
