"""``sipbot bench``: answer latency, cold start, ingest at scale, digest fan-out, memory.

Every part is a function returning a plain dict, so that the CLI can print a table or JSON
and the smoke test can run each part at a tiny scale. Nothing here asserts on time: goals
are reported next to the numbers (``GOALS``) and judged by whoever reads them.

Parts:

- ``ingest``: the real document into a fresh store, then the synthetic yearbook
  (:mod:`data.synth`, N chapters) into another; time, sentences, store size.
- ``questions``: a fixed question mix (own questions about the document, their typo'd and
  Traditional forms, not-found questions, and questions generated from the store itself)
  answered in process; p50 / p95 / p99 per question and the mean per question in a batch.
- ``coldstart``: ``sipbot ask`` as a subprocess, process start to answer, and the
  marginal cost per question of ``sipbot ask`` reading a batch from stdin.
- ``fanout``: one day's digest to many subscribers through a local Bot API stub
  (:mod:`bot.telegram_stub`) with python-telegram-bot's ``ExtBot`` and ``AIORateLimiter``.
- ``memory``: peak resident memory of the bot process (Application built, engine warm).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path
from typing import Any

GOALS = {
    "marginal_ms_scale1": 2.0,
    "p99_ms_scale1000": 20.0,
    "cold_start_s": 0.5,
    "ingest_document_s": 0.5,
    "ingest_scale1000_s": 60.0,
    "fanout_msg_per_s": 28.0,
    "bot_rss_mb": 120.0,
    # The inbox journal must cost little next to an answer (~1 ms) and a send (~35 ms).
    "journal_us_per_update": 1000.0,
}
PARTS = ("ingest", "questions", "coldstart", "fanout", "memory", "journal")

# Own questions about the real document (not the dev set): figures, dates, places, lists,
# descriptions, English and pinyin forms. Typo'd and Traditional forms are derived below.
BASE_QUESTIONS: tuple[str, ...] = (
    "苏州纳米城入驻企业有多少家",
    "园区国家高新技术企业有多少家",
    "区域股权投资基金规模是多少",
    "材料科学姑苏实验室什么时候揭牌",
    "材料科学姑苏实验室总部规划用地多大",
    "再鼎医药什么时候在港交所上市",
    "哪些公司在港交所挂牌上市",
    "金鸡湖创新合作中心（大湾区）在哪里",
    "成都斯派克学院是什么时候成立的",
    "苏州生物医药产业园有多少家企业",
    "苏州国际科技园是什么",
    "园区累计境内外上市企业多少家",
    "新加坡科技研究局苏州基地介绍一下",
    "江苏第三代半导体研究院是什么",
    "园区聚集了多少所国内外知名高校",
    "姑苏创新创业领军人才累计多少人",
    "How many companies are in Nanopolis?",
    "When was Gusu Lab unveiled?",
    "nami cheng you duoshao qiye",
    "园区与张家港市战略合作协议什么时候签署",
    "生物医药临床资源合作战略联盟什么时候成立",
    "科创载体空间多少平方米",
    "高新技术企业申报多少家",
    "牛津大学高等研究院在哪",
)
# Homophone typos a pinyin keyboard makes in the names above.
TYPO_QUESTIONS: tuple[str, ...] = (
    "苏州纳米成入驻企业有多少家",
    "再顶医药什么时候上市",
    "苏洲国际科技园是什么",
    "材料科学姑苏实验是什么时候揭牌",
    "成都斯派克学园成立时间",
    "新加坡科技研究局苏州基低介绍",
    "苏州生物医要产业园有多少企业",
    "江苏第三代半导体研究员是什么",
)
NOT_FOUND_QUESTIONS: tuple[str, ...] = (
    "今天苏州天气怎么样",
    "园区的房价是多少",
    "南京纳米城入驻企业有多少家",
    "红烧肉怎么做",
    "asdfghjkl qwerty",
    "特斯拉股价多少",
    "北京中关村有多少家企业",
    "？？？",
    "火星基地什么时候建成",
    "苏州大学校长是谁",
)


# -- small helpers ---------------------------------------------------------------------------


def _percentile(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    k = (len(ordered) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 3)


def _rss_mb() -> float:
    """Current resident set size of this process (Linux /proc; ru_maxrss elsewhere)."""
    try:
        with open("/proc/self/statm") as fh:
            pages = int(fh.read().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError):  # pragma: no cover - not Linux
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _store_bytes(path: Path) -> int:
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*") if p.is_file())


def _sipbot_command() -> list[str]:
    script = Path(sys.executable).parent / "sipbot"
    if script.exists():
        return [str(script)]
    found = shutil.which("sipbot")
    return [found] if found else [sys.executable, "-m", "bot"]


# -- ingest -----------------------------------------------------------------------------------


def bench_ingest(workdir: Path, scale: int, seed: int = 0) -> dict[str, Any]:
    """Ingest the real document, then the N-chapter synthetic yearbook, into fresh stores."""
    from data import synth
    from data.ingest import ingest_file, ingest_text
    from data.kb import BUNDLED_DOCUMENT
    from data.store import Store

    out: dict[str, Any] = {}
    seed_path = workdir / "seed.db"
    store = Store(seed_path)
    started = time.perf_counter()
    summary = ingest_file(store, BUNDLED_DOCUMENT)
    out["document"] = {"seconds": round(time.perf_counter() - started, 4),
                       "sentences": summary["sentences"], "store_bytes": 0}
    store.close()
    out["document"]["store_bytes"] = _store_bytes(seed_path)
    # A second ingest in the same process (the pinyin table is built once per process).
    store = Store(workdir / "again.db")
    started = time.perf_counter()
    ingest_file(store, BUNDLED_DOCUMENT)
    out["document"]["warm_seconds"] = round(time.perf_counter() - started, 4)
    store.close()

    corpus_path = workdir / f"scale{scale}.db"
    started = time.perf_counter()
    chapters = list(synth.chapters(scale, seed))
    generated = time.perf_counter() - started
    store = Store(corpus_path)
    started = time.perf_counter()
    sentences = 0
    for chapter in chapters:
        sentences += ingest_text(store, chapter.text, name=chapter.name)["sentences"]
    seconds = time.perf_counter() - started
    counts = store.counts()
    store.close()
    out["corpus"] = {
        "scale": scale, "chapters": len(chapters), "chars": sum(len(c.text) for c in chapters),
        "generate_seconds": round(generated, 3), "seconds": round(seconds, 3),
        "sentences": sentences, "entities": counts["entities"], "figures": counts["figures"],
        "events": counts["events"], "store_bytes": _store_bytes(corpus_path),
        "chapters_per_s": round(len(chapters) / seconds, 1) if seconds else None,
    }
    out["paths"] = {"seed": str(seed_path), "corpus": str(corpus_path)}
    return out


# -- the question mix ---------------------------------------------------------------------


def question_mix(store: Any, seed: int = 0, generated: int = 40) -> list[tuple[str, str]]:
    """(kind, question) pairs: own, typo, traditional, not-found, and store-generated."""
    from data.normalize import fold

    rng = random.Random(seed)
    mix: list[tuple[str, str]] = [("own", q) for q in BASE_QUESTIONS]
    mix += [("typo", q) for q in TYPO_QUESTIONS]
    mix += [("traditional", _traditional(q)) for q in BASE_QUESTIONS[:16]]
    mix += [("not-found", q) for q in NOT_FOUND_QUESTIONS]
    # Questions about whatever the store holds (at scale, mostly synthetic chapters).
    figures = [f for f in store.figures() if f.entity and f.label and len(f.label) >= 3]
    events = store.events()
    for figure in rng.sample(figures, min(len(figures), generated // 2)):
        label = figure.label.split("（")[0]
        owner = figure.entity if fold(figure.entity) not in fold(label) else ""
        mix.append(("store-figure", f"{owner}{label}是多少"))
    for event in rng.sample(events, min(len(events), generated // 4)):
        mix.append(("store-when", f"{event.title}是什么时候"))
    names = sorted({f.entity for f in figures if f.entity and len(f.entity) >= 4})
    for name in rng.sample(names, min(len(names), generated // 4)):
        mix.append(("store-what", f"{name}是什么"))
    return mix


_S2T: list[Any] = []


def _traditional(text: str) -> str:
    if not _S2T:
        import opencc

        _S2T.append(opencc.OpenCC("s2t"))
    return _S2T[0].convert(text)


def bench_questions(db: Path, seed: int = 0, rounds: int = 2) -> dict[str, Any]:
    """Answer the mix in process: per-question latency, then the batch mean on repeat."""
    from data.kb import KnowledgeBase

    started = time.perf_counter()
    kb = KnowledgeBase.open(db, ingest_bundled=False)
    engine_started = time.perf_counter()
    kb.warm()  # builds the engine (alias index, statistics) as the bot does at start
    engine_load = time.perf_counter() - engine_started
    mix = question_mix(kb.store, seed)
    latencies: list[float] = []
    by_kind: dict[str, list[float]] = {}
    found: dict[str, list[int]] = {}
    slowest: list[tuple[float, str]] = []
    for kind, question in mix:
        t0 = time.perf_counter()
        answer = kb.ask(question)
        elapsed = time.perf_counter() - t0
        latencies.append(elapsed)
        by_kind.setdefault(kind, []).append(elapsed)
        found.setdefault(kind, [0, 0])
        found[kind][0] += int(answer.found)
        found[kind][1] += 1
        slowest.append((elapsed, question))
    repeat: list[float] = []
    for _ in range(max(0, rounds - 1)):
        t0 = time.perf_counter()
        for _, question in mix:
            kb.ask(question)
        repeat.append((time.perf_counter() - t0) / len(mix))
    sentences = kb.store.counts()["sentences"]
    kb.close()
    slowest.sort(reverse=True)
    return {
        "questions": len(mix), "sentences": sentences,
        "open_ms": _ms(engine_started - started), "engine_load_ms": _ms(engine_load),
        "p50_ms": _ms(_percentile(latencies, 0.50)), "p95_ms": _ms(_percentile(latencies, 0.95)),
        "p99_ms": _ms(_percentile(latencies, 0.99)), "max_ms": _ms(max(latencies)),
        "mean_ms": _ms(statistics.fmean(latencies)),
        "batch_mean_ms": _ms(min(repeat)) if repeat else None,
        "by_kind": {k: {"n": len(v), "p50_ms": _ms(_percentile(v, 0.5)),
                        "max_ms": _ms(max(v)), "found": found[k][0]}
                    for k, v in by_kind.items()},
        "slowest": [{"ms": _ms(t), "question": q} for t, q in slowest[:5]],
    }


# -- cold start ----------------------------------------------------------------------------


def bench_coldstart(db: Path, runs: int = 5, batch: int = 100) -> dict[str, Any]:
    """``sipbot ask`` in a fresh process: start to answer; and the marginal cost per
    question when it answers a batch from stdin."""
    env = {**os.environ, "SIPBOT_DB": str(db)}
    cmd = _sipbot_command()

    def run(args: list[str], stdin: str | None = None) -> float:
        t0 = time.perf_counter()
        result = subprocess.run([*cmd, *args], input=stdin, capture_output=True, text=True,
                                env=env, check=False)
        elapsed = time.perf_counter() - t0
        if result.returncode != 0:
            raise RuntimeError(f"sipbot {' '.join(args)} failed: {result.stderr[-500:]}")
        return elapsed

    question = BASE_QUESTIONS[0]
    run(["ask", question])  # page cache, .pyc
    ask = [run(["ask", question]) for _ in range(runs)]
    python = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], check=True)
        python.append(time.perf_counter() - t0)
    lines = [q for _, q in question_mix_static()] * (batch // len(question_mix_static()) + 1)
    lines = lines[:batch]
    one = min(run(["ask", "--json"], lines[0] + "\n") for _ in range(3))
    many = min(run(["ask", "--json"], "\n".join(lines) + "\n") for _ in range(3))
    return {
        "ask_median_s": round(statistics.median(ask), 4), "ask_min_s": round(min(ask), 4),
        "python_start_s": round(statistics.median(python), 4),
        "batch_questions": batch,
        "batch_marginal_ms": _ms((many - one) / max(1, batch - 1)),
    }


def question_mix_static() -> list[tuple[str, str]]:
    """The part of the mix that does not depend on the store."""
    return ([("own", q) for q in BASE_QUESTIONS] + [("typo", q) for q in TYPO_QUESTIONS]
            + [("not-found", q) for q in NOT_FOUND_QUESTIONS])


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
    from bot.telegram_stub import BotApiStub

    day, text = digest_text(db)
    send_rate = send_rate if send_rate is not None else max(1.0, rate - 1)
    forbidden = (lambda chat_id: chat_id % blocked_every == 0) if blocked_every else None
    with BotApiStub(limit=int(rate), forbidden=forbidden,
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
    rss: list[float] = [_rss_mb()]
    done = asyncio.Event()

    async def sample() -> None:
        while not done.is_set():
            rss.append(_rss_mb())
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
    rss.append(_rss_mb())
    return {"seconds": seconds, "client": outcome, "rss": rss}


# -- memory --------------------------------------------------------------------------------

_RSS_PROBE = r"""
import json, os, sys, time
from pathlib import Path
db = Path(sys.argv[1])
def status():
    out = {}
    with open("/proc/self/status") as fh:
        for line in fh:
            key, _, value = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                out[key] = int(value.split()[0]) / 1024
    return out
t0 = time.perf_counter()
from data.kb import KnowledgeBase
kb = KnowledgeBase.open(db, ingest_bundled=False)
kb.ask("苏州纳米城入驻企业有多少家")
what = "KnowledgeBase + engine + telegram"
try:
    from bot.app import build_application
    from bot.settings import Settings
    app = build_application(Settings(token="1:bench", db_path=db), kb)
    what = "bot.app.build_application + warm engine"
except ImportError:
    import telegram.ext  # noqa: F401
for q in ("再顶医药什么时候上市", "How many companies are in Nanopolis?", "今天天气怎么样"):
    kb.ask(q)
print(json.dumps({"what": what, "seconds": time.perf_counter() - t0, **status()}))
"""


def bench_memory(db: Path) -> dict[str, Any]:
    """Peak resident memory of a bot process: Application built, engine warm."""
    result = subprocess.run([sys.executable, "-c", _RSS_PROBE, str(db)], capture_output=True,
                            text=True, check=False, env={**os.environ, "SIPBOT_DB": str(db)})
    if result.returncode != 0:
        raise RuntimeError(f"memory probe failed: {result.stderr[-800:]}")
    data = json.loads(result.stdout.strip().splitlines()[-1])
    return {"what": data["what"], "rss_mb": round(data.get("VmRSS", 0), 1),
            "peak_rss_mb": round(data.get("VmHWM", 0), 1),
            "start_to_ready_s": round(data["seconds"], 3)}


# -- driver -----------------------------------------------------------------------------------


def bench_journal(db: Path, updates: int = 2000, batch: int = 100,
                  finish_together: int = 16) -> dict[str, Any]:
    """The inbox journal's cost per update, on a copy of ``db`` (WAL, on disk): journaling
    fetched batches as JournalBot does (JSON of each update, one transaction a batch), and
    marking them done one at a time (a quiet bot) or ``finish_together`` at once (a burst
    with CONCURRENT_UPDATES handlers finishing together)."""
    import asyncio
    from datetime import timedelta

    from telegram import Bot, Update

    from bot.journal import Journal
    from data.store import Store

    copy = db.with_name(f"{db.stem}-journal.db")
    shutil.copyfile(db, copy)
    store = Store(copy)
    bot = Bot("1:bench")
    fetched = [Update.de_json({"update_id": n, "message": {
        "message_id": n, "date": 1_700_000_000, "text": BASE_QUESTIONS[n % len(BASE_QUESTIONS)],
        "chat": {"id": 1000 + n % 50, "type": "private", "first_name": "u"},
        "from": {"id": 1000 + n % 50, "is_bot": False, "first_name": "u",
                 "language_code": "zh"}}}, bot) for n in range(1, updates + 1)]

    async def measure() -> dict[str, float]:
        journal = Journal(store, window=timedelta(hours=1))
        started = time.perf_counter()
        for i in range(0, updates, batch):
            await journal.record(fetched[i:i + batch])
        record_s = time.perf_counter() - started
        half = updates // 2
        started = time.perf_counter()
        for update in fetched[:half]:
            await journal.finish(update)
        single_s = time.perf_counter() - started
        started = time.perf_counter()
        for i in range(half, updates, finish_together):
            await asyncio.gather(*(journal.finish(u) for u in fetched[i:i + finish_together]))
        together_s = time.perf_counter() - started
        return {"record": record_s / updates, "single": single_s / half,
                "together": together_s / (updates - half)}

    try:
        per = asyncio.run(measure())
        status = store.inbox_status()
    finally:
        store.close()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{copy}{suffix}").unlink(missing_ok=True)
    return {"updates": updates, "batch": batch, "finish_together": finish_together,
            "record_us": round(per["record"] * 1e6, 1),
            "finish_single_us": round(per["single"] * 1e6, 1),
            "finish_together_us": round(per["together"] * 1e6, 1),
            "per_update_us": round((per["record"] + per["single"]) * 1e6, 1),
            "done": status.get("done", 0)}


def run(scale: int = 1, seed: int = 0, parts: Iterable[str] = PARTS, subscribers: int = 10_000,
        rate: float = 30.0, send_rate: float | None = None, limiter: str = "smooth",
        blocked_every: int = 100, force_429_every: int = 0, workdir: Path | None = None,
        progress: Callable[[str], None] = lambda _: None) -> dict[str, Any]:
    """Run the selected parts; returns the report (also what ``--json`` prints)."""
    parts = tuple(parts)
    own_dir = workdir is None
    work = Path(tempfile.mkdtemp(prefix="sipbot-bench-")) if own_dir else Path(workdir)
    work.mkdir(parents=True, exist_ok=True)
    report: dict[str, Any] = {"machine": machine(), "scale": scale, "seed": seed,
                              "goals": GOALS}
    try:
        progress(f"ingest: the document and {scale} chapter(s) …")
        ingest = bench_ingest(work, scale, seed)
        paths = ingest.pop("paths")
        seed_db, corpus_db = Path(paths["seed"]), Path(paths["corpus"])
        if "ingest" in parts:
            report["ingest"] = ingest
        if "questions" in parts:
            progress("questions: scale 1 …")
            report["questions"] = {"scale1": bench_questions(seed_db, seed)}
            if scale > 1:
                progress(f"questions: scale {scale} …")
                report["questions"][f"scale{scale}"] = bench_questions(corpus_db, seed)
        if "coldstart" in parts:
            progress("cold start of sipbot ask …")
            report["coldstart"] = bench_coldstart(seed_db)
        if "memory" in parts:
            progress("bot memory …")
            report["memory"] = {"seed": bench_memory(seed_db)}
            if scale > 1:
                report["memory"][f"scale{scale}"] = bench_memory(corpus_db)
        if "fanout" in parts:
            progress(f"fan-out: {subscribers} subscribers at {rate:g}/s …")
            report["fanout"] = bench_fanout(seed_db, subscribers, rate, send_rate, limiter,
                                            blocked_every, force_429_every)
        if "journal" in parts:
            progress("inbox journal …")
            report["journal"] = bench_journal(seed_db)
    finally:
        if own_dir:
            shutil.rmtree(work, ignore_errors=True)
    report["verdict"] = verdict(report)
    return report


def machine() -> dict[str, Any]:
    import platform

    cpu = platform.processor() or ""
    try:
        with open("/proc/cpuinfo") as fh:
            cpu = next((ln.split(":", 1)[1].strip() for ln in fh if ln.startswith("model name")),
                       cpu)
    except OSError:  # pragma: no cover
        pass
    return {"python": platform.python_version(), "platform": platform.platform(),
            "cpus": os.cpu_count(), "cpu": cpu}


def verdict(report: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Each goal: the measured number and whether it is met (None when not measured)."""
    out: dict[str, dict[str, Any]] = {}

    def put(name: str, value: float | None, goal: float, higher_is_better: bool = False
            ) -> None:
        if value is None:
            return
        ok = value >= goal if higher_is_better else value <= goal
        out[name] = {"value": value, "goal": goal, "ok": ok}

    questions = report.get("questions", {})
    if "scale1" in questions:
        put("marginal_ms_scale1", questions["scale1"]["batch_mean_ms"],
            GOALS["marginal_ms_scale1"])
    for key, value in questions.items():
        if key != "scale1":
            put(f"p99_ms_{key}", value["p99_ms"], GOALS["p99_ms_scale1000"])
    if "coldstart" in report:
        put("cold_start_s", report["coldstart"]["ask_median_s"], GOALS["cold_start_s"])
        put("batch_marginal_ms", report["coldstart"]["batch_marginal_ms"],
            GOALS["marginal_ms_scale1"])
    if "ingest" in report:
        put("ingest_document_s", report["ingest"]["document"]["seconds"],
            GOALS["ingest_document_s"])
        corpus = report["ingest"]["corpus"]
        if corpus["scale"] > 1:
            put(f"ingest_scale{corpus['scale']}_s", corpus["seconds"],
                GOALS["ingest_scale1000_s"] * corpus["scale"] / 1000)
    if "fanout" in report:
        fan = report["fanout"]
        put("fanout_msg_per_s", fan["msg_per_s"], GOALS["fanout_msg_per_s"], True)
        put("fanout_flood_errors", fan["flood_errors"], 0)
    if "journal" in report:
        put("journal_us_per_update", report["journal"]["per_update_us"],
            GOALS["journal_us_per_update"])
    if "memory" in report:
        put("bot_rss_mb", report["memory"]["seed"]["peak_rss_mb"], GOALS["bot_rss_mb"])
    return out


def _n(value: Any) -> str:
    """A figure as people read it: 7.05 rather than 7.053798766999989; a dict as k v, …"""
    if isinstance(value, dict):
        return ", ".join(f"{k.replace('_', ' ')} {_n(v)}" for k, v in value.items())
    if isinstance(value, float):
        return f"{value:.0f}" if abs(value) >= 100 else f"{value:.3g}"
    return str(value)


def render(report: dict[str, Any]) -> str:
    """A readable table."""
    lines = [f"machine: {report['machine']['cpus']} CPU(s), {report['machine']['cpu']}, "
             f"Python {report['machine']['python']}", f"scale: {report['scale']}", ""]
    ingest = report.get("ingest")
    if ingest:
        d, c = ingest["document"], ingest["corpus"]
        lines += [
            "ingest",
            f"  document        {d['seconds'] * 1000:9.1f} ms  ({d['sentences']} sentences, "
            f"{d['store_bytes'] / 1e6:.2f} MB; again in-process {d['warm_seconds'] * 1000:.1f}"
            " ms)",
            f"  scale {c['scale']:<9} {c['seconds']:9.2f} s   ({c['chapters']} chapters, "
            f"{c['sentences']} sentences, {c['store_bytes'] / 1e6:.1f} MB, "
            f"{_n(c['chapters_per_s'])} chapters/s; generated in "
            f"{_n(c['generate_seconds'])} s)", ""]
    for key, q in report.get("questions", {}).items():
        lines += [
            f"questions at {key} ({q['questions']} questions over {q['sentences']} sentences;"
            f" engine load {q['engine_load_ms']:.0f} ms)",
            f"  p50 {q['p50_ms']:.2f} ms  p95 {q['p95_ms']:.2f} ms  p99 {q['p99_ms']:.2f} ms  "
            f"max {q['max_ms']:.2f} ms  mean {q['mean_ms']:.2f} ms  batch mean "
            f"{_n(q['batch_mean_ms'])} ms"]
        for kind, k in q["by_kind"].items():
            lines.append(f"    {kind:<13} n={k['n']:<3} found={k['found']:<3} "
                         f"p50 {k['p50_ms']:7.2f} ms  max {k['max_ms']:7.2f} ms")
        lines.append("    slowest: " + "; ".join(f"{s['question']} ({s['ms']:.1f} ms)"
                                                  for s in q["slowest"][:3]))
        lines.append("")
    cold = report.get("coldstart")
    if cold:
        lines += ["cold start",
                  f"  sipbot ask       {cold['ask_median_s'] * 1000:7.0f} ms median "
                  f"(min {cold['ask_min_s'] * 1000:.0f} ms; bare python "
                  f"{cold['python_start_s'] * 1000:.0f} ms)",
                  f"  batch of {cold['batch_questions']} on stdin: "
                  f"{cold['batch_marginal_ms']:.2f} ms marginal per question", ""]
    fan = report.get("fanout")
    if fan:
        lines += [f"fan-out ({fan['subscribers']} subscribers, limit {fan['limit_per_s']:g}/s, "
                  f"sending at {fan['send_rate_per_s']:g}/s, {fan['limiter']} limiter)",
                  f"  {_n(fan['msg_per_s'])} msg/s over {_n(fan['seconds'])} s; delivered "
                  f"{fan['delivered']}, blocked {fan['blocked']}, flood errors "
                  f"{fan['flood_errors']}, forced 429 {fan['forced_429']}, retries "
                  f"{fan['retries']}; client: {_n(fan['client'])}",
                  f"  RSS start {_n(fan['rss_start_mb'])} MB, peak {_n(fan['rss_peak_mb'])} MB, "
                  "end "
                  f"{_n(fan['rss_end_mb'])} MB, drift {_n(fan['rss_drift_mb'])} MB", ""]
    for key, mem in report.get("memory", {}).items():
        lines.append(f"memory ({key}): peak {_n(mem['peak_rss_mb'])} MB, "
                     f"now {_n(mem['rss_mb'])} MB "
                     f"— {mem['what']}, ready in {_n(mem['start_to_ready_s'])} s")
    if report.get("memory"):
        lines.append("")
    journal = report.get("journal")
    if journal:
        lines += [f"inbox journal ({journal['updates']} updates, fetched {journal['batch']} a "
                  "batch)",
                  f"  journal {journal['record_us']} µs, done alone "
                  f"{journal['finish_single_us']} µs, done {journal['finish_together']} together "
                  f"{journal['finish_together_us']} µs per update", ""]
    lines.append("goals")
    for name, v in report["verdict"].items():
        lines.append(f"  {'ok  ' if v['ok'] else 'MISS'} {name:<24} {_n(v['value']):>10}  "
                     f"(goal {'≥' if name == 'fanout_msg_per_s' else '≤'} {v['goal']:g})")
    return "\n".join(lines)
