"""The digest's job wiring on Telegram: one daily job per subscription, the catch-up at
start, following a group that became a supergroup; and :func:`telegram_send`, the send
function :class:`data.delivery.DeliveryService` is given (the benchmark uses it too).

Delivery itself (claim → send → finish, retry, catch-up, deactivation, and its guarantee)
is :mod:`data.delivery`, which knows nothing of Telegram.
"""

from __future__ import annotations

import asyncio
import logging
import warnings
from collections.abc import Sequence
from datetime import date, timedelta
from typing import cast

from telegram import Bot, Update
from telegram.error import ChatMigrated, Forbidden, RetryAfter, TelegramError
from telegram.ext import Application, Job, JobQueue

from data.delivery import (
    LIVE_CLAIM_S,
    Blocked,
    ChatMoved,
    Clock,
    DeliveryService,
    Send,
    SendError,
    Sleep,
    SlowDown,
)
from data.models import Subscription
from data.schedule import (
    daily_time,
    last_slot,
    utcnow,
)
from handlers.common import digest_job_name
from handlers.context import BotData, Context

log = logging.getLogger(__name__)

STARTUP_JOB = "digest-startup"


# -- the send function the delivery service is given -------------------------------------


def _retry_seconds(exc: RetryAfter) -> float:
    with warnings.catch_warnings():
        # PTB 22 deprecates the int form; either form means seconds.
        warnings.simplefilter("ignore")
        value = exc.retry_after
    return value.total_seconds() if isinstance(value, timedelta) else float(value)


def telegram_send(bot: Bot) -> Send:
    """``send(chat_id, text)`` over ``bot``: plain text (the digest quotes the yearbook,
    which may hold "<" or "&", whatever the Defaults' parse mode), Telegram's refusals told
    as :mod:`data.delivery`'s exceptions."""

    async def send(chat_id: int, text: str) -> int:
        try:
            message = await bot.send_message(chat_id, text, parse_mode=None)
        except Forbidden as exc:
            raise Blocked(exc.message, "Forbidden") from exc
        except ChatMigrated as exc:
            raise ChatMoved(exc.message, exc.new_chat_id) from exc
        except RetryAfter as exc:
            raise SlowDown(exc.message, _retry_seconds(exc)) from exc
        except TelegramError as exc:
            raise SendError(exc.message, type(exc).__name__) from exc
        return message.message_id

    return send


class DigestService:
    """The digest feature bound to one Application: commands and one job per subscription;
    sending is :attr:`delivery`'s. ``now`` and ``sleep`` are injectable so tests drive time
    instead of waiting for it."""

    def __init__(self, app: Application, *, now: Clock = utcnow,
                 sleep: Sleep = asyncio.sleep) -> None:
        self.app = app
        self.now = now
        self.sleep = sleep
        self._delivery: DeliveryService | None = None

    # -- plumbing

    @property
    def bot_data(self) -> BotData:
        return cast(BotData, self.app.bot_data)

    @property
    def job_queue(self) -> JobQueue:
        if self.app.job_queue is None:
            raise RuntimeError("digests need python-telegram-bot[job-queue]")
        return self.app.job_queue

    @property
    def delivery(self) -> DeliveryService:
        """The Telegram-free delivery service, sending through this bot."""
        if self._delivery is None:
            self._delivery = DeliveryService(
                self.bot_data.kb.store, telegram_send(self.app.bot),
                grace=timedelta(hours=self.bot_data.digest_grace_hours), now=self.now,
                sleep=self.sleep, moved=self._moved)
        return self._delivery

    def _moved(self, old_chat_id: int, sub: Subscription | None) -> None:
        """A send deactivated a subscription or carried it to a new chat id."""
        self.unschedule(old_chat_id)
        if sub is not None and sub.active:
            self.schedule(sub)

    # -- scheduling

    def schedule(self, sub: Subscription) -> Job:
        """(Re)place the one daily job of ``sub``'s chat."""
        self.unschedule(sub.chat_id)
        return self.job_queue.run_daily(
            self._daily_job,
            time=daily_time(sub.time, sub.tz),
            name=digest_job_name(sub.chat_id),
            chat_id=sub.chat_id,
            data=sub.chat_id,
            job_kwargs={
                # A run delayed by a busy loop or a suspended host still counts within the
                # catch-up window; older than that it is stale news, skipped like at start.
                "misfire_grace_time": int(self.delivery.grace.total_seconds()),
                # Several missed runs (host asleep overnight) make one send, not a burst.
                "coalesce": True,
            },
        )

    def unschedule(self, chat_id: int) -> None:
        for job in self.job_queue.get_jobs_by_name(digest_job_name(chat_id)):
            job.schedule_removal()

    async def schedule_all(self) -> int:
        """One job per active subscription, from the table."""
        subs = await asyncio.to_thread(self.bot_data.kb.store.digests.subscriptions)
        for sub in subs:
            self.schedule(sub)
        log.info("digest: %d subscriptions scheduled", len(subs))
        return len(subs)

    async def startup(self) -> dict[str, int]:
        """What a start does: rebuild the jobs, then send what was missed while down."""
        await self.schedule_all()
        return await self.catch_up()

    async def catch_up_job(self, context: Context) -> None:
        report = await self.catch_up()
        log.info("digest catch-up: %s", report or "nothing due")

    async def catch_up(self) -> dict[str, int]:
        """Send what was missed within the grace window (:meth:`DeliveryService.catch_up`)."""
        return await self.delivery.catch_up()

    async def broadcast(self, due: Sequence[tuple[Subscription, date]], *,
                        stale_after_s: float = LIVE_CLAIM_S) -> dict[str, int]:
        return await self.delivery.broadcast(due, stale_after_s=stale_after_s)

    async def _daily_job(self, context: Context) -> None:
        job = context.job
        assert job is not None and isinstance(job.data, int)
        store = self.bot_data.kb.store
        sub = await asyncio.to_thread(store.digests.subscription, job.data)
        if sub is None or not sub.active:
            job.schedule_removal()
            return
        day, _ = last_slot(sub.time, sub.tz, self.now())
        await self.broadcast([(sub, day)])

    async def on_migrate(self, update: Update, context: Context) -> None:
        """A group became a supergroup: its daily job follows it to the new id (the rows
        were moved by :func:`handlers.groups.migrate`, in the default handler group)."""
        message = update.effective_message
        if message is None or not message.migrate_to_chat_id:
            return  # the "migrate_from" half in the new chat: act on one half only
        old, new = message.chat.id, message.migrate_to_chat_id
        self._moved(old, await asyncio.to_thread(context.store.digests.subscription, new))

    # -- commands


def service_of(app: Application) -> DigestService:
    """The service ``register`` bound to ``app`` (kept in ``BotData.digest``)."""
    service = cast(BotData, app.bot_data).digest
    if service is None:
        raise RuntimeError("handlers.digest.register(app) was not called")
    return service
