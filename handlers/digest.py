"""Daily "on this day" digests: commands, one scheduled job per subscription, catch-up at
start and a broadcast that no single recipient can stop.

Delivery guarantee. Every send is bracketed by ``Store.claim_delivery`` and
``Store.finish_delivery`` keyed by (chat, local date in the subscriber's timezone):

- a second run for the same key (a restart on the same day, APScheduler firing twice in a
  DST fall-back hour, catch-up racing the daily job) finds the row and sends nothing;
- a crash after Telegram accepted the message but before the row says ``sent`` leaves a
  ``sending`` row, which the catch-up of the next start retakes: one duplicate per crash,
  never a lost digest. Telegram's sendMessage has no idempotency key, so a client can never
  tell "sent, reply lost" from "not sent"; exactly-once is impossible and at-least-once
  with at most one duplicate per crash is the honest guarantee.

Commands: ``/onthisday [MM-DD]``, ``/subscribe [HH:MM] [Area/City]``, ``/unsubscribe``,
``/settings``. In groups only administrators may (un)subscribe the group. Their arguments and
the local-date arithmetic of the slots are in :mod:`data.schedule`; the texts in
:mod:`handlers.i18n`.
"""

from __future__ import annotations

import asyncio
import logging
import warnings
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import cast

from telegram import Chat, Update
from telegram.error import ChatMigrated, Forbidden, RetryAfter, TelegramError
from telegram.ext import Application, CommandHandler, Job, JobQueue, MessageHandler, filters

from data.models import Digest, Subscription
from data.onthisday import digest_for, digest_for_day
from data.schedule import (
    DEFAULT_TIME,
    BadArgument,
    UsageError,
    daily_time,
    last_slot,
    local_today,
    next_slot,
    owed_day,
    parse_month_day,
    parse_subscribe_args,
    utc_offset,
    utcnow,
)
from handlers.context import BotData, Context
from handlers.groups import admin_or_refuse
from handlers.i18n import LANG_NAMES, Lang, pick_lang, t

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]
Sleep = Callable[[float], Awaitable[None]]

JOB_PREFIX = "digest:"
STARTUP_JOB = "digest-startup"
# Per recipient: how many RetryAfter waits before giving up on this run (the next start's
# catch-up retries within the grace window).
MAX_RETRY_AFTER = 3
# Longest flood wait honoured inline; Telegram asks for seconds, a minute-long ban means
# the broadcast is too fast and blocking this recipient longer helps nobody.
MAX_RETRY_WAIT_S = 60.0
CATCH_UP_CONCURRENCY = 8
# Same as Store.claim_delivery's default: a "sending" row younger than this belongs to a live
# sender (another instance, or this one) and is left alone by the scheduled path.
LIVE_CLAIM_S = 600.0


# -- the service -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Outcome:
    """What happened to one (chat, local date) delivery."""

    chat_id: int
    local_date: str
    status: str  # sent | duplicate | forbidden | failed
    message_id: int | None = None
    error: str | None = None


def _retry_seconds(exc: RetryAfter) -> float:
    with warnings.catch_warnings():
        # PTB 22 deprecates the int form; either form means seconds.
        warnings.simplefilter("ignore")
        value = exc.retry_after
    return value.total_seconds() if isinstance(value, timedelta) else float(value)


class DigestService:
    """The digest feature bound to one Application. ``now`` and ``sleep`` are injectable so
    tests drive time instead of waiting for it."""

    def __init__(self, app: Application, *, now: Clock = utcnow,
                 sleep: Sleep = asyncio.sleep) -> None:
        self.app = app
        self.now = now
        self.sleep = sleep
        # (chat, local date) pairs this process is sending right now: with them the catch-up
        # can retake every other "sending" row (left by a dead process) without racing us.
        self._in_flight: set[tuple[int, str]] = set()

    # -- plumbing

    @property
    def bot_data(self) -> BotData:
        return cast(BotData, self.app.bot_data)

    @property
    def job_queue(self) -> JobQueue:
        if self.app.job_queue is None:
            raise RuntimeError("digests need python-telegram-bot[job-queue]")
        return self.app.job_queue

    def _grace(self) -> timedelta:
        return timedelta(hours=self.bot_data.digest_grace_hours)

    def _digest(self, sub: Subscription, day: date) -> Digest:
        store = self.bot_data.kb.store
        lang = store.chat_lang(sub.chat_id) or sub.lang
        return digest_for(store, day, lang=lang)

    # -- scheduling

    def schedule(self, sub: Subscription) -> Job:
        """(Re)place the one daily job of ``sub``'s chat."""
        self.unschedule(sub.chat_id)
        return self.job_queue.run_daily(
            self._daily_job,
            time=daily_time(sub.time, sub.tz),
            name=sub.job_name,
            chat_id=sub.chat_id,
            data=sub.chat_id,
            job_kwargs={
                # A run delayed by a busy loop or a suspended host still counts within the
                # catch-up window; older than that it is stale news, skipped like at start.
                "misfire_grace_time": int(self._grace().total_seconds()),
                # Several missed runs (host asleep overnight) make one send, not a burst.
                "coalesce": True,
            },
        )

    def unschedule(self, chat_id: int) -> None:
        for job in self.job_queue.get_jobs_by_name(f"{JOB_PREFIX}{chat_id}"):
            job.schedule_removal()

    async def schedule_all(self) -> int:
        """One job per active subscription, from the table."""
        subs = await asyncio.to_thread(self.bot_data.kb.store.subscriptions)
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
        """Send every digest whose slot passed less than the grace window ago and that is
        not recorded as sent. Claims left ``sending`` by a dead process are retaken."""
        store = self.bot_data.kb.store
        now = self.now()
        grace = self._grace()
        due: list[tuple[Subscription, date]] = []
        for sub in await asyncio.to_thread(store.subscriptions):
            day = owed_day(sub, now, grace)
            if day is not None:
                due.append((sub, day))
        return await self.broadcast(due, stale_after_s=0)

    async def broadcast(self, due: Sequence[tuple[Subscription, date]], *,
                        stale_after_s: float = LIVE_CLAIM_S) -> dict[str, int]:
        """Deliver to many chats; each failure stays with its recipient."""
        gate = asyncio.Semaphore(CATCH_UP_CONCURRENCY)

        async def one(sub: Subscription, day: date) -> Outcome:
            async with gate:
                try:
                    return await self.deliver(sub, day, stale_after_s=stale_after_s)
                except Exception as exc:  # one recipient's bug never stops the rest
                    log.exception("digest to %s failed", sub.chat_id)
                    return Outcome(sub.chat_id, day.isoformat(), "failed",
                                   error=type(exc).__name__)

        outcomes = await asyncio.gather(*(one(sub, day) for sub, day in due))
        report: dict[str, int] = {}
        for outcome in outcomes:
            report[outcome.status] = report.get(outcome.status, 0) + 1
        return report

    async def _daily_job(self, context: Context) -> None:
        job = context.job
        assert job is not None and isinstance(job.data, int)
        store = self.bot_data.kb.store
        sub = await asyncio.to_thread(store.subscription, job.data)
        if sub is None or not sub.active:
            job.schedule_removal()
            return
        day, _ = last_slot(sub.time, sub.tz, self.now())
        await self.broadcast([(sub, day)])

    # -- one delivery

    async def deliver(self, sub: Subscription, day: date, *,
                      stale_after_s: float = LIVE_CLAIM_S) -> Outcome:
        """Send ``day``'s digest to ``sub`` unless it was already (being) sent."""
        store = self.bot_data.kb.store
        local_date = day.isoformat()
        key = (sub.chat_id, local_date)
        if key in self._in_flight:
            return Outcome(sub.chat_id, local_date, "duplicate")
        self._in_flight.add(key)
        try:
            claimed = await asyncio.to_thread(store.claim_delivery, sub.chat_id, local_date,
                                              stale_after_s=stale_after_s)
            if not claimed:
                return Outcome(sub.chat_id, local_date, "duplicate")
            digest = await asyncio.to_thread(self._digest, sub, day)
            return await self._send(sub, local_date, digest.text)
        finally:
            self._in_flight.discard(key)

    async def _send(self, sub: Subscription, local_date: str, text: str) -> Outcome:
        store = self.bot_data.kb.store
        chat_id = sub.chat_id
        migrated = False
        waits = 0
        while True:
            try:
                # parse_mode=None: the digest is plain text, whatever Defaults the root sets.
                message = await self.app.bot.send_message(chat_id, text, parse_mode=None)
            except Forbidden as exc:
                # Blocked, kicked, or the account is gone: stop trying until they /subscribe.
                log.info("digest: chat %s forbids us (%s); subscription deactivated",
                         chat_id, exc.message)
                await asyncio.to_thread(store.set_subscription_active, chat_id, False)
                await asyncio.to_thread(store.finish_delivery, chat_id, local_date,
                                        "failed", error=f"Forbidden: {exc.message}")
                self.unschedule(chat_id)
                return Outcome(chat_id, local_date, "forbidden", error=exc.message)
            except ChatMigrated as exc:
                new_id = exc.new_chat_id
                if migrated:
                    error = f"migrated twice ({chat_id} -> {new_id})"
                    log.warning("digest: %s", error)
                    await asyncio.to_thread(store.finish_delivery, chat_id, local_date,
                                            "failed", error=error)
                    return Outcome(chat_id, local_date, "failed", error=error)
                migrated = True
                log.info("digest: chat %s became supergroup %s", chat_id, new_id)
                # The claim moves too, so the retry below finishes this same delivery row.
                await asyncio.to_thread(store.migrate_chat, chat_id, new_id)
                self.unschedule(chat_id)
                moved = await asyncio.to_thread(store.subscription, new_id)
                if moved is not None and moved.active:
                    self.schedule(moved)
                chat_id = new_id
            except RetryAfter as exc:
                waits += 1
                wait = _retry_seconds(exc)
                if waits > MAX_RETRY_AFTER or wait > MAX_RETRY_WAIT_S:
                    error = f"RetryAfter {wait:g}s (attempt {waits})"
                    log.warning("digest to %s: %s; left for the next catch-up", chat_id, error)
                    await asyncio.to_thread(store.finish_delivery, chat_id, local_date,
                                            "failed", error=error)
                    return Outcome(chat_id, local_date, "failed", error=error)
                await self.sleep(wait)
            except TelegramError as exc:
                log.warning("digest to %s failed: %s: %s", chat_id, type(exc).__name__,
                            exc.message)
                await asyncio.to_thread(store.finish_delivery, chat_id, local_date, "failed",
                                        error=f"{type(exc).__name__}: {exc.message}")
                return Outcome(chat_id, local_date, "failed", error=exc.message)
            else:
                await asyncio.to_thread(store.finish_delivery, chat_id, local_date, "sent",
                                        message_id=message.message_id)
                return Outcome(chat_id, local_date, "sent", message_id=message.message_id)

    async def on_migrate(self, update: Update, context: Context) -> None:
        """A group became a supergroup: its daily job follows it to the new id."""
        # Runs in its own handler group, after whatever feature moves the chat's rows; moves
        # them itself when nobody did (Store.migrate_chat is safe to repeat).
        message = update.effective_message
        if message is None or not message.migrate_to_chat_id:
            return  # the "migrate_from" half in the new chat: act on one half only
        old, new = message.chat.id, message.migrate_to_chat_id
        store = context.store
        if await asyncio.to_thread(store.subscription, old) is not None:
            await asyncio.to_thread(store.migrate_chat, old, new)
        self.unschedule(old)
        sub = await asyncio.to_thread(store.subscription, new)
        if sub is not None and sub.active:
            self.schedule(sub)

    # -- commands

    async def _reply(self, update: Update, text: str) -> None:
        message = update.effective_message
        if message is not None:
            # Plain text whatever the Defaults: a digest quotes the yearbook, which may hold
            # "<" or "&", and the digest's texts carry no markup.
            await message.reply_text(text, parse_mode=None)

    async def _chat_state(self, update: Update, context: Context, chat: Chat
                          ) -> tuple[Subscription | None, str | None, Lang]:
        """The chat's subscription, its /lang choice, and the language to reply in."""
        store = context.store
        sub = await asyncio.to_thread(store.subscription, chat.id)
        stored = await asyncio.to_thread(store.chat_lang, chat.id)
        # Not handlers.common.chat_lang: that also records the chat as seen, which these
        # commands have never done.
        user = update.effective_user
        return sub, stored, pick_lang(stored, user.language_code if user else None)

    async def _managed_chat(self, update: Update, context: Context
                            ) -> tuple[Chat, Subscription | None, Lang] | None:
        """(chat, subscription, language) if the sender may manage it; else refuse, None."""
        chat = update.effective_chat
        if chat is None:
            return None
        sub, _, lang = await self._chat_state(update, context, chat)
        if not await admin_or_refuse(update, context, lang, "subscribe_admins_only"):
            return None
        return chat, sub, lang

    def _next_send(self, sub: Subscription) -> str:
        return next_slot(sub.time, sub.tz, self.now()).strftime("%Y-%m-%d %H:%M")

    def _zone(self, tz: str) -> str:
        """``Asia/Shanghai (UTC+08:00)``: the IANA name and today's offset, never "CST"."""
        return f"{tz} ({utc_offset(tz, self.now())})"

    async def cmd_onthisday(self, update: Update, context: Context) -> None:
        """/onthisday [MM-DD]: the digest of that day, or of today in the chat's timezone."""
        chat = update.effective_chat
        if chat is None:
            return
        sub, _, lang = await self._chat_state(update, context, chat)
        tz = sub.tz if sub else self.bot_data.tz
        today = local_today(tz, self.now())
        month, day = today.month, today.day
        if context.args:
            try:
                month, day = parse_month_day(" ".join(context.args))
            except UsageError:
                await self._reply(update, t(lang, "onthisday_usage"))
                return
        digest = await asyncio.to_thread(digest_for_day, context.store, month, day,
                                         today=today, lang=lang)
        await self._reply(update, digest.text)

    async def cmd_subscribe(self, update: Update, context: Context) -> None:
        """/subscribe [HH:MM] [Area/City]: start or change this chat's daily digest."""
        managed = await self._managed_chat(update, context)
        if managed is None:
            return
        chat, sub, lang = managed
        try:
            args = parse_subscribe_args(context.args or [])
        except UsageError as exc:
            await self._reply(update, self._subscribe_problem(exc, lang))
            return
        when = args.time or (sub.time if sub else DEFAULT_TIME)
        tz = args.tz or (sub.tz if sub else self.bot_data.tz)
        sub = await asyncio.to_thread(context.store.upsert_subscription, chat.id, chat.type,
                                      when, tz, lang)
        self.schedule(sub)
        await self._reply(update, t(lang, "subscribed", time=sub.time, tz=sub.tz,
                                    next=self._next_send(sub)))

    def _subscribe_problem(self, exc: UsageError, lang: Lang) -> str:
        """What was wrong with /subscribe's arguments, quoted, then the usage and example."""
        lines: list[str] = []
        if isinstance(exc, BadArgument):
            key = {"time": "subscribe_bad_time", "zone": "subscribe_bad_zone"}.get(
                exc.kind, "subscribe_extra")
            line = t(lang, key, value=exc.value)
            if exc.suggestion:
                line += t(lang, "subscribe_zone_hint", zone=exc.suggestion)
            lines.append(line)
        lines.append(t(lang, "subscribe_usage", time=DEFAULT_TIME, tz=self.bot_data.tz))
        return "\n".join(lines)

    async def cmd_unsubscribe(self, update: Update, context: Context) -> None:
        """/unsubscribe: stop this chat's daily digest."""
        managed = await self._managed_chat(update, context)
        if managed is None:
            return
        chat, sub, lang = managed
        if context.args:
            await self._reply(update, t(lang, "unsubscribe_usage"))
            return
        if sub is None or not sub.active:
            await self._reply(update, t(lang, "not_subscribed"))
            return
        await asyncio.to_thread(context.store.set_subscription_active, chat.id, False)
        self.unschedule(chat.id)
        await self._reply(update, t(lang, "unsubscribed"))

    async def cmd_settings(self, update: Update, context: Context) -> None:
        """/settings: this chat's digest time, timezone, language and next send."""
        chat = update.effective_chat
        if chat is None:
            return
        sub, chat_lang, lang = await self._chat_state(update, context, chat)
        if context.args:
            await self._reply(update, t(lang, "settings_usage"))
            return
        language = LANG_NAMES.get(chat_lang or (sub.lang if sub else lang), lang)
        if sub is None or not sub.active:
            # One word for both: a chat that unsubscribed is simply not subscribed.
            await self._reply(update, t(lang, "not_subscribed") + "\n"
                              + t(lang, "settings_language", lang=language))
            return
        await self._reply(update, t(lang, "digest_settings", state=t(lang, "digest_on"),
                                    time=sub.time, tz=self._zone(sub.tz), lang=language,
                                    next=self._next_send(sub)))


MIGRATE_GROUP = 7


def service_of(app: Application) -> DigestService:
    """The service ``register`` bound to ``app`` (kept in ``BotData.digest``)."""
    service = cast(BotData, app.bot_data).digest
    if service is None:
        raise RuntimeError("handlers.digest.register(app) was not called")
    return service


def register(app: Application, *, now: Clock = utcnow,
             sleep: Sleep = asyncio.sleep) -> DigestService:
    """Add the digest commands. Jobs are built in :func:`post_init`, once connected."""
    service = DigestService(app, now=now, sleep=sleep)
    cast(BotData, app.bot_data).digest = service
    app.add_handler(CommandHandler("onthisday", service.cmd_onthisday))
    app.add_handler(CommandHandler("subscribe", service.cmd_subscribe))
    app.add_handler(CommandHandler("unsubscribe", service.cmd_unsubscribe))
    app.add_handler(CommandHandler("settings", service.cmd_settings))
    # A group of its own: PTB runs one handler per group, and the groups feature handles
    # the same service message in the default group.
    app.add_handler(MessageHandler(filters.StatusUpdate.MIGRATE, service.on_migrate),
                    group=MIGRATE_GROUP)
    return service


async def post_init(app: Application) -> None:
    """Rebuild one job per subscription (PTB keeps none across restarts) and queue the
    catch-up to run as soon as the job queue starts, so a long catch-up never delays
    polling."""
    service = service_of(app)
    await service.schedule_all()
    # misfire_grace_time=None: APScheduler would otherwise drop this one-off job when the
    # queue starts more than a second after it was added.
    service.job_queue.run_once(service.catch_up_job, when=0, name=STARTUP_JOB,
                               job_kwargs={"misfire_grace_time": None})
