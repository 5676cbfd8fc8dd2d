"""Delivering the daily digest, apart from Telegram: claim → send → finish, retry, catch-up
and deactivation, over the store and a ``send`` function.

Delivery guarantee. Every send is bracketed by ``claim_delivery`` and ``finish_delivery``
(:mod:`data.store.digests`) keyed by (chat, local date in the subscriber's timezone):

- a second run for the same key (a restart on the same day, the scheduler firing twice in a
  DST fall-back hour, catch-up racing the daily job) finds the row and sends nothing;
- a crash after the message was accepted but before the row says ``sent`` leaves a
  ``sending`` row, which the catch-up of the next start retakes: one duplicate per crash,
  never a lost digest. Telegram's sendMessage has no idempotency key, so a client can never
  tell "sent, reply lost" from "not sent"; exactly-once is impossible and at-least-once
  with at most one duplicate per crash is the honest guarantee.

``send(chat_id, text)`` returns the message id, or raises one of the exceptions below; the
Telegram adapter that raises them is in :mod:`handlers.digest`, and the benchmark drives
this same service through it against the fake Bot API.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from data.models import Digest, Subscription
from data.onthisday import digest_for
from data.schedule import owed_day
from data.store import Store

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]
Sleep = Callable[[float], Awaitable[None]]
Send = Callable[[int, str], Awaitable[int]]
# Told when a chat's subscription changed under the broadcast, to (re)schedule its job:
# (old chat id, the subscription now, if any) — after a migration or a deactivation.
Moved = Callable[[int, Subscription | None], None]

# Per recipient: how many flood waits before giving up on this run (the next start's
# catch-up retries within the grace window).
MAX_RETRY_AFTER = 3
# Longest flood wait honoured inline; Telegram asks for seconds, a minute-long ban means
# the broadcast is too fast and blocking this recipient longer helps nobody.
MAX_RETRY_WAIT_S = 60.0
CONCURRENCY = 8
# Same as claim_delivery's default: a "sending" row younger than this belongs to a live
# sender (another instance, or this one) and is left alone by the scheduled path.
LIVE_CLAIM_S = 600.0


class SendError(Exception):
    """The message was not sent; ``message`` says why."""

    def __init__(self, message: str, kind: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.kind = kind  # the transport's name for it, e.g. "BadRequest"


class Blocked(SendError):
    """The chat forbids us (blocked, kicked, account gone): stop until it subscribes."""


class ChatMoved(SendError):
    """The group became a supergroup with ``new_chat_id``."""

    def __init__(self, message: str, new_chat_id: int) -> None:
        super().__init__(message, "ChatMigrated")
        self.new_chat_id = new_chat_id


class SlowDown(SendError):
    """Flood control: wait ``seconds`` before trying again."""

    def __init__(self, message: str, seconds: float) -> None:
        super().__init__(message, "RetryAfter")
        self.seconds = seconds


@dataclass(frozen=True, slots=True)
class Outcome:
    """What happened to one (chat, local date) delivery."""

    chat_id: int
    local_date: str
    status: str  # sent | duplicate | forbidden | failed
    message_id: int | None = None
    error: str | None = None


def _ignore(chat_id: int, sub: Subscription | None) -> None:
    pass


class DeliveryService:
    """Sends digests to subscribers through ``send``. ``now`` and ``sleep`` are injectable
    so tests drive time instead of waiting for it; ``moved`` hears of every subscription a
    send deactivated or carried to a new chat id."""

    def __init__(self, store: Store, send: Send, *, grace: timedelta, now: Clock,
                 sleep: Sleep = asyncio.sleep, moved: Moved = _ignore) -> None:
        self.store = store
        self.send = send
        self.grace = grace
        self.now = now
        self.sleep = sleep
        self.moved = moved
        # (chat, local date) pairs this process is sending right now: with them the catch-up
        # can retake every other "sending" row (left by a dead process) without racing us.
        self._in_flight: set[tuple[int, str]] = set()

    def digest(self, sub: Subscription, day: date) -> Digest:
        """``day``'s digest in the language ``sub``'s chat reads."""
        lang = self.store.chats.chat_lang(sub.chat_id) or sub.lang
        return digest_for(self.store.knowledge, day, lang=lang)

    async def catch_up(self, *, concurrency: int = CONCURRENCY) -> dict[str, int]:
        """Send every digest whose slot passed less than the grace window ago and that is
        not recorded as sent. Claims left ``sending`` by a dead process are retaken."""
        now = self.now()
        due: list[tuple[Subscription, date]] = []
        for sub in await asyncio.to_thread(self.store.digests.subscriptions):
            day = owed_day(sub, now, self.grace)
            if day is not None:
                due.append((sub, day))
        return await self.broadcast(due, stale_after_s=0, concurrency=concurrency)

    async def broadcast(self, due: Sequence[tuple[Subscription, date]], *,
                        stale_after_s: float = LIVE_CLAIM_S,
                        concurrency: int = CONCURRENCY) -> dict[str, int]:
        """Deliver to many chats, ``concurrency`` at a time; each failure stays with its
        recipient. Returns how many deliveries ended in each status."""
        gate = asyncio.Semaphore(concurrency)

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

    async def deliver(self, sub: Subscription, day: date, *,
                      stale_after_s: float = LIVE_CLAIM_S) -> Outcome:
        """Send ``day``'s digest to ``sub`` unless it was already (being) sent."""
        local_date = day.isoformat()
        key = (sub.chat_id, local_date)
        if key in self._in_flight:
            return Outcome(sub.chat_id, local_date, "duplicate")
        self._in_flight.add(key)
        try:
            claimed = await asyncio.to_thread(self.store.digests.claim_delivery, sub.chat_id,
                                              local_date, stale_after_s=stale_after_s)
            if not claimed:
                return Outcome(sub.chat_id, local_date, "duplicate")
            digest = await asyncio.to_thread(self.digest, sub, day)
            return await self._send(sub.chat_id, local_date, digest.text)
        finally:
            self._in_flight.discard(key)

    async def _finish(self, chat_id: int, local_date: str, status: str, *,
                      message_id: int | None = None, error: str | None = None) -> None:
        await asyncio.to_thread(self.store.digests.finish_delivery, chat_id, local_date,
                                status, message_id=message_id, error=error)

    async def _send(self, chat_id: int, local_date: str, text: str) -> Outcome:
        migrated = False
        waits = 0
        while True:
            try:
                message_id = await self.send(chat_id, text)
            except Blocked as exc:
                log.info("digest: chat %s forbids us (%s); subscription deactivated",
                         chat_id, exc.message)
                await asyncio.to_thread(self.store.digests.set_subscription_active, chat_id,
                                        False)
                await self._finish(chat_id, local_date, "failed",
                                   error=f"Forbidden: {exc.message}")
                self.moved(chat_id, None)
                return Outcome(chat_id, local_date, "forbidden", error=exc.message)
            except ChatMoved as exc:
                new_id = exc.new_chat_id
                if migrated:
                    error = f"migrated twice ({chat_id} -> {new_id})"
                    log.warning("digest: %s", error)
                    await self._finish(chat_id, local_date, "failed", error=error)
                    return Outcome(chat_id, local_date, "failed", error=error)
                migrated = True
                log.info("digest: chat %s became supergroup %s", chat_id, new_id)
                # The claim moves too, so the retry below finishes this same delivery row.
                await asyncio.to_thread(self.store.chats.migrate_chat, chat_id, new_id)
                self.moved(chat_id, await asyncio.to_thread(self.store.digests.subscription,
                                                            new_id))
                chat_id = new_id
            except SlowDown as exc:
                waits += 1
                if waits > MAX_RETRY_AFTER or exc.seconds > MAX_RETRY_WAIT_S:
                    error = f"RetryAfter {exc.seconds:g}s (attempt {waits})"
                    log.warning("digest to %s: %s; left for the next catch-up", chat_id, error)
                    await self._finish(chat_id, local_date, "failed", error=error)
                    return Outcome(chat_id, local_date, "failed", error=error)
                await self.sleep(exc.seconds)
            except SendError as exc:
                log.warning("digest to %s failed: %s: %s", chat_id, exc.kind, exc.message)
                await self._finish(chat_id, local_date, "failed",
                                   error=f"{exc.kind}: {exc.message}")
                return Outcome(chat_id, local_date, "failed", error=exc.message)
            else:
                await self._finish(chat_id, local_date, "sent", message_id=message_id)
                return Outcome(chat_id, local_date, "sent", message_id=message_id)
