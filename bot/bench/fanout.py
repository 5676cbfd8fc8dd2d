"""The digest fan-out part of the benchmark: sipbot's own delivery service
(:class:`data.delivery.DeliveryService`, claim → send → finish for every subscriber) sending
one day's digest through python-telegram-bot, configured as ``sipbot run`` configures it,
to the fake Bot API (:mod:`bot.bench.stubapi`)."""

from __future__ import annotations

import asyncio
import contextlib
import shutil
import statistics
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from bot.bench.measure import rss_mb


def digest_day(db: Path) -> date:
    """The day the benchmark sends: the first day of the year that has events."""
    from data.store import Store

    store = Store(db)
    try:
        dated = [e for e in store.knowledge.events() if e.month and e.day]
        return date(2021, dated[0].month, dated[0].day) if dated else date(2021, 6, 30)
    finally:
        store.close()


def bench_fanout(db: Path, subscribers: int, rate: float = 30.0, send_rate: float | None = None,
                 limiter: str = "smooth", blocked_every: int = 100, force_429_every: int = 0,
                 workers: int = 32, sample_s: float = 0.25) -> dict[str, Any]:
    """Send one digest to ``subscribers`` chats through the stub at ``rate``/s, with the
    store's delivery records, on a copy of ``db``."""
    from bot.bench.stubapi import StubApi
    from data.models import Subscription
    from data.store import Store

    day = digest_day(db)
    send_rate = send_rate if send_rate is not None else max(1.0, rate - 1)
    forbidden = (lambda chat_id: chat_id % blocked_every == 0) if blocked_every else None
    copy = db.with_name(f"{db.stem}-fanout.db")
    shutil.copyfile(db, copy)
    store = Store(copy)
    try:
        store.digests.add_subscriptions(
            Subscription(chat_id, "private", "09:00", "Asia/Shanghai", "zh", True)
            for chat_id in range(1, subscribers + 1))
        with StubApi(limit=int(rate), forbidden=forbidden,
                     force_429_every=force_429_every) as stub:
            client = asyncio.run(_fanout(stub.base_url, store, day, send_rate, limiter,
                                         workers, sample_s))
            stats = stub.stats
        records = store.digests.deliveries(day.isoformat())
    finally:
        store.close()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{copy}{suffix}").unlink(missing_ok=True)
    span = (stats.last_at or 0) - (stats.first_at or 0)
    accepted = stats.sent + stats.forbidden
    rss = client.pop("rss")
    tenth = max(1, len(rss) // 10)
    return {
        "day": day.isoformat(), "digest_chars": client["digest_chars"],
        "subscribers": subscribers, "limit_per_s": rate, "send_rate_per_s": send_rate,
        "limiter": limiter, "seconds": round(client["seconds"], 3),
        "msg_per_s": round(accepted / span, 2) if span > 0 else None,
        "delivered": stats.sent, "blocked": stats.forbidden,
        "flood_errors": stats.flood_errors, "forced_429": stats.forced_429,
        "retries": stats.retries, "client": client["client"],
        "recorded_sent": sum(1 for row in records if row.status == "sent"),
        "rss_start_mb": round(rss[0], 1), "rss_peak_mb": round(max(rss), 1),
        "rss_end_mb": round(rss[-1], 1),
        "rss_drift_mb": round(statistics.fmean(rss[-tenth:]) - statistics.fmean(
            rss[tenth:2 * tenth] or rss[:tenth]), 1),
    }


async def _fanout(base_url: str, store: Any, day: date, send_rate: float, limiter: str,
                  workers: int, sample_s: float) -> dict[str, Any]:
    from telegram.ext import ExtBot
    from telegram.request import HTTPXRequest

    from bot.app import send_limiter
    from data.delivery import DeliveryService
    from handlers.digest_jobs import telegram_send

    bot = ExtBot("1:bench", base_url=base_url,
                 rate_limiter=send_limiter(send_rate, burst=limiter == "burst"),
                 request=HTTPXRequest(connection_pool_size=workers))
    slot = datetime(day.year, day.month, day.day, 1, 0, tzinfo=UTC)  # 09:00 in Shanghai
    service = DeliveryService(store, telegram_send(bot), grace=timedelta(hours=6),
                              now=lambda: slot)
    subs = store.digests.subscriptions()
    digest_chars = len(service.digest(subs[0], day).text) if subs else 0
    rss: list[float] = [rss_mb()]
    done = asyncio.Event()

    async def sample() -> None:
        while not done.is_set():
            rss.append(rss_mb())
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(done.wait(), sample_s)

    async with bot:
        sampler = asyncio.create_task(sample())
        started = time.perf_counter()
        outcome = await service.broadcast([(sub, day) for sub in subs], concurrency=workers)
        seconds = time.perf_counter() - started
        done.set()
        await sampler
    rss.append(rss_mb())
    return {"seconds": seconds, "client": outcome, "rss": rss, "digest_chars": digest_chars}
