"""The digest fan-out part of the benchmark, against the fake Bot API (:mod:`bot.bench.stubapi`)."""

from __future__ import annotations

import asyncio
import contextlib
import statistics
import time
from datetime import date
from pathlib import Path
from typing import Any

from bot.bench.measure import rss_mb

# -- fan-out -------------------------------------------------------------------------------


def digest_text(db: Path) -> tuple[str, str]:
    """One day's digest from the store: the first day that has events."""
    from data.onthisday import digest_for
    from data.store import Store

    store = Store(db)
    try:
        dated = [e for e in store.events() if e.month and e.day]
        day = date(2021, dated[0].month, dated[0].day) if dated else date(2021, 6, 30)
        digest = digest_for(store, day)
        return day.isoformat(), digest.text
    finally:
        store.close()


def bench_fanout(db: Path, subscribers: int, rate: float = 30.0, send_rate: float | None = None,
                 limiter: str = "smooth", blocked_every: int = 100, force_429_every: int = 0,
                 workers: int = 32, sample_s: float = 0.25) -> dict[str, Any]:
    """Send one digest to ``subscribers`` chats through the stub at ``rate``/s."""
    from bot.bench.stubapi import StubApi

    day, text = digest_text(db)
    send_rate = send_rate if send_rate is not None else max(1.0, rate - 1)
    forbidden = (lambda chat_id: chat_id % blocked_every == 0) if blocked_every else None
    with StubApi(limit=int(rate), forbidden=forbidden,
                    force_429_every=force_429_every) as stub:
        client = asyncio.run(_fanout(stub.base_url, subscribers, text, send_rate, limiter,
                                     workers, sample_s))
        stats = stub.stats
        span = (stats.last_at or 0) - (stats.first_at or 0)
        accepted = stats.sent + stats.forbidden
        rss = client.pop("rss")
        tenth = max(1, len(rss) // 10)
        return {
            "day": day, "digest_chars": len(text), "subscribers": subscribers,
            "limit_per_s": rate, "send_rate_per_s": send_rate, "limiter": limiter,
            "seconds": round(client["seconds"], 3),
            "msg_per_s": round(accepted / span, 2) if span > 0 else None,
            "delivered": stats.sent, "blocked": stats.forbidden,
            "flood_errors": stats.flood_errors, "forced_429": stats.forced_429,
            # After the rounded "seconds" above, never over it.
            "retries": stats.retries, "client": client["client"],
            "rss_start_mb": round(rss[0], 1), "rss_peak_mb": round(max(rss), 1),
            "rss_end_mb": round(rss[-1], 1),
            "rss_drift_mb": round(statistics.fmean(rss[-tenth:]) - statistics.fmean(
                rss[tenth:2 * tenth] or rss[:tenth]), 1),
        }


async def _fanout(base_url: str, subscribers: int, text: str, send_rate: float, limiter: str,
                  workers: int, sample_s: float) -> dict[str, Any]:
    from telegram.error import Forbidden, RetryAfter, TelegramError
    from telegram.ext import AIORateLimiter, ExtBot
    from telegram.request import HTTPXRequest

    if limiter == "burst":
        # python-telegram-bot's default shape: a bucket of `rate` that refills each second.
        rate_limiter = AIORateLimiter(overall_max_rate=round(send_rate), overall_time_period=1,
                                      max_retries=3)
    else:
        # One token at a time: never more than `send_rate` in any sliding second.
        rate_limiter = AIORateLimiter(overall_max_rate=1, overall_time_period=1 / send_rate,
                                      max_retries=3)
    bot = ExtBot("1:bench", base_url=base_url, rate_limiter=rate_limiter,
                 request=HTTPXRequest(connection_pool_size=workers))
    queue: asyncio.Queue[int] = asyncio.Queue()
    for chat_id in range(1, subscribers + 1):
        queue.put_nowait(chat_id)
    outcome = {"ok": 0, "forbidden": 0, "gave_up": 0, "errors": 0}
    rss: list[float] = [rss_mb()]
    done = asyncio.Event()

    async def sample() -> None:
        while not done.is_set():
            rss.append(rss_mb())
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(done.wait(), sample_s)

    async def worker() -> None:
        while True:
            try:
                chat_id = queue.get_nowait()
            except asyncio.QueueEmpty:
                return
            try:
                await bot.send_message(chat_id, text)
                outcome["ok"] += 1
            except Forbidden:
                outcome["forbidden"] += 1
            except RetryAfter:
                outcome["gave_up"] += 1
            except TelegramError:
                outcome["errors"] += 1

    async with bot:
        sampler = asyncio.create_task(sample())
        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(workers)))
        seconds = time.perf_counter() - started
        done.set()
        await sampler
    rss.append(rss_mb())
    return {"seconds": seconds, "client": outcome, "rss": rss}
