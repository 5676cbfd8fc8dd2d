"""Inline mode: ``@bot question`` in any chat offers answer articles."""

from __future__ import annotations

import asyncio
import hashlib

from telegram import (
    InlineQueryResultArticle,
    InlineQueryResultsButton,
    InputTextMessageContent,
    Update,
)
from telegram.ext import Application, InlineQueryHandler

from data import present
from data.models import Answer
from data.texts import ellipsize
from handlers.context import Context
from handlers.i18n import examples, pick_lang, t
from handlers.render import encode_deep_link, render_answer, reply_lang, split_html

CACHE_TIME = 300  # seconds; answers only change on /reload
MAX_RESULTS = 4
TITLE_MAX = 64


def _short(text: str, limit: int = TITLE_MAX) -> str:
    return ellipsize(" ".join(text.split()), limit)


def article(answer: Answer, lang: str, *, title: str | None = None) -> InlineQueryResultArticle:
    """One result: title = whose figure and what it measures (苏州纳米城 · 规划建筑面积：
    约150万平方米), description = the source, message = the answer."""
    lang = reply_lang(answer, lang)
    # An inline result is a single message: keep the first part of a long answer.
    text = split_html(render_answer(answer, lang))[0]
    result_id = hashlib.sha1(f"{answer.question}\0{lang}".encode()).hexdigest()
    where = present.source_text(answer.source, lang) or t(lang, "no_source")
    return InlineQueryResultArticle(
        id=result_id,
        title=_short(title or present.headline(answer, lang).split("\n")[0]),
        description=_short(where, 120),
        input_message_content=InputTextMessageContent(text),
    )


def _answers(context: Context, query: str, lang: str) -> list[tuple[Answer, str | None]]:
    """(answer, title) pairs: the examples for an empty query; else the answer and the
    answers to its did-you-mean suggestions."""
    if not query:
        return [(context.kb.ask(q), q) for q in examples(lang)]
    answer = context.kb.ask(query)
    results = [(answer, None)] if answer.found else []
    asked = [context.kb.ask(s) for s in answer.suggestions[:MAX_RESULTS]]
    results += [(a, None) for a in asked if a.found]
    # Only answers: a "not found" card is nothing anyone would send into a chat.
    return results[:MAX_RESULTS]


async def inline_query(update: Update, context: Context) -> None:
    """An inline query: answer articles, cached; examples when the query is empty."""
    query = update.inline_query
    if query is None:
        return
    lang = pick_lang(None, query.from_user.language_code)
    text = " ".join(query.query.split())
    pairs = await asyncio.to_thread(_answers, context, text, lang)
    results = [article(answer, lang, title=title) for answer, title in pairs]
    button = None
    if not results:
        # Nothing to send: offer to ask the bot itself, the question carried along.
        button = InlineQueryResultsButton(text=t(lang, "inline_open_bot"),
                                          start_parameter=encode_deep_link(text) or "help")
    await query.answer(results, cache_time=CACHE_TIME, button=button)


def register(app: Application) -> None:
    app.add_handler(InlineQueryHandler(inline_query))
