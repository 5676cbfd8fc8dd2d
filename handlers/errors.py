"""The error handler: log what failed (never the token) and keep serving."""

from __future__ import annotations

import contextlib
import logging

from telegram import Update
from telegram.error import Forbidden, NetworkError, TelegramError
from telegram.ext import Application

from data.store import StoreLocked
from handlers.context import Context
from handlers.i18n import pick_lang, t

log = logging.getLogger(__name__)


async def on_error(update: object, context: Context) -> None:
    """Log the failure; tell the user something went wrong when that is still possible."""
    error = context.error
    update_id = update.update_id if isinstance(update, Update) else None
    if isinstance(error, NetworkError):
        # Polling retries by itself; a traceback per blip would drown the log.
        log.warning("network error (update %s): %s", update_id, error)
        return
    busy = isinstance(error, StoreLocked)
    if busy:
        # Another writer held the store past the busy timeout: no bug, say "try again".
        log.warning("update %s: store busy: %s", update_id, error)
    else:
        log.error("update %s failed", update_id, exc_info=error)
    if not isinstance(update, Update) or isinstance(error, Forbidden):
        return
    chat, user = update.effective_chat, update.effective_user
    if chat is None:
        return
    if update.callback_query is not None:
        # Every callback is answered, even one whose handler failed.
        with contextlib.suppress(TelegramError):
            await update.callback_query.answer()
    try:
        await context.bot.send_message(
            chat.id, t(pick_lang(None, user.language_code if user else None),
                       "busy" if busy else "error"))
    except TelegramError as exc:
        log.warning("could not report the error to chat %s: %s", chat.id, exc)


def register(app: Application) -> None:
    app.add_error_handler(on_error)
