"""The composition root: builds the PTB Application and registers every feature.

Everything the handlers need arrives through the typed context (``context.kb``,
``context.bot_data``); nothing in ``handlers/`` imports ``bot/``.
"""

from __future__ import annotations

import logging
from datetime import timedelta
from types import ModuleType
from zoneinfo import ZoneInfo

from telegram.constants import ParseMode
from telegram.ext import AIORateLimiter, Application, ApplicationBuilder, ContextTypes, Defaults
from telegram.request import BaseRequest, HTTPXRequest

import handlers.admin
import handlers.ask
import handlers.digest
import handlers.errors
import handlers.fallback
import handlers.feedback
import handlers.groups
import handlers.inline
import handlers.lang
import handlers.media
import handlers.privacy
import handlers.start
from bot.journal import Journal, JournalApplication, JournalBot, replay
from bot.ordering import ChatOrderedProcessor
from bot.settings import Settings
from data.kb import KnowledgeBase
from handlers.context import BotData, Context
from handlers.menu import set_menus

log = logging.getLogger(__name__)

# One module a feature, each with ``register(app)`` and optionally ``async post_init(app)``
# (run once the bot is connected, e.g. to schedule jobs). Order matters only in that the
# first matching handler of a group wins.
FEATURES: tuple[ModuleType, ...] = (
    handlers.start,
    handlers.ask,
    handlers.feedback,
    handlers.lang,
    handlers.admin,
    handlers.privacy,
    handlers.groups,
    handlers.inline,
    handlers.media,  # stickers, voice, captioned photos in private chats
    handlers.errors,
    handlers.digest,  # /onthisday, /subscribe, /unsubscribe, /settings; daily jobs
    # -- more features register here --
    handlers.fallback,  # keep last: it takes the commands and buttons nobody else did
)

# How many updates are handled at once: answers run in threads, so one slow question (or a
# /reload) does not hold up every other chat. Within a chat they run one by one, in order.
CONCURRENT_UPDATES = 16


def bot_data_type(settings: Settings, kb: KnowledgeBase) -> type[BotData]:
    """A BotData class PTB can instantiate without arguments, bound to this kb."""

    class BoundBotData(BotData):
        def __init__(self) -> None:
            super().__init__(kb=kb, tz=settings.tz, admin_ids=settings.admin_ids,
                             digest_grace_hours=settings.digest_grace_hours)

    return BoundBotData


# How often the inbox journal forgets rows older than its retention.
PRUNE_EVERY_S = 3600.0


async def _prune_journal(context: Context) -> None:
    if isinstance(context.application, JournalApplication):
        await context.application.journal.prune()


async def post_init(app: Application) -> None:
    """Once connected (``sipbot run`` only): the journal's unfinished updates are queued
    again, command menus set, then each feature's own start-up."""
    await replay(app)
    if app.job_queue is not None:
        app.job_queue.run_repeating(_prune_journal, interval=PRUNE_EVERY_S,
                                    first=PRUNE_EVERY_S, name="journal-prune")
    await set_menus(app.bot)
    for feature in FEATURES:
        hook = getattr(feature, "post_init", None)
        if hook is not None:
            await hook(app)


def send_limiter(rate: float, *, burst: bool = False) -> AIORateLimiter:
    """Telegram's flood limits (30 msg/s overall, 20/min per group); retries RetryAfter.

    One message at a time at ``rate``/s: PTB's default bucket (``burst``) sends a second's
    worth at once, which a strict 30/s limit answers with 429s (see docs/performance.md).
    """
    if burst:
        return AIORateLimiter(overall_max_rate=round(rate), overall_time_period=1,
                              max_retries=3)
    return AIORateLimiter(overall_max_rate=1, overall_time_period=1 / rate, max_retries=3)


def build_application(settings: Settings, kb: KnowledgeBase, *,
                      request: BaseRequest | None = None,
                      rate_limiter: bool = True) -> Application:
    """The bot, ready to run. ``request`` replaces the network (console chat, tests)."""
    journal = Journal(kb.store, window=timedelta(hours=settings.replay_window_hours))
    limiter = send_limiter(settings.send_rate) if rate_limiter else None
    # Built here rather than by the builder: getUpdates must go through the journal. The
    # pool sizes are PTB's defaults.
    bot = JournalBot(
        token=settings.token or "0:no-token", base_url=settings.base_url,
        defaults=Defaults(tzinfo=ZoneInfo(settings.tz), parse_mode=ParseMode.HTML),
        request=request or HTTPXRequest(connection_pool_size=256),
        get_updates_request=request or HTTPXRequest(connection_pool_size=1),
        rate_limiter=limiter, journal=journal)
    builder = (
        ApplicationBuilder()
        .bot(bot)
        .application_class(JournalApplication, kwargs={"journal": journal})
        .context_types(ContextTypes(context=Context, bot_data=bot_data_type(settings, kb)))
        .concurrent_updates(ChatOrderedProcessor(CONCURRENT_UPDATES))
        .post_init(post_init)
    )
    app = builder.build()
    for feature in FEATURES:
        feature.register(app)
    return app
