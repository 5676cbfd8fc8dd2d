"""Parts of the benchmark that time the engine: ingest, questions in process, the cold
start of ``sipbot ask``, memory of the bot process and the inbox journal."""

from __future__ import annotations

import asyncio
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from bot.bench.questions import BASE_QUESTIONS, question_mix, question_mix_static

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


def rss_mb() -> float:
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
    from bot.bench import synth
    from data.ingest import BULK_GROUP, ingest_file, ingest_many
    from data.sources import BUNDLED_DOCUMENT
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
    # As `sipbot ingest` reads a shelf: the next chapters planned on the other cores while
    # this process writes, committed in groups.
    workers = os.cpu_count() or 1
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    started, cpu_started = time.perf_counter(), time.process_time()
    results = ingest_many(store, [(c.name, c.text) for c in chapters], workers=workers,
                          group=BULK_GROUP)
    seconds = time.perf_counter() - started
    cpu_seconds = time.process_time() - cpu_started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    worker_cpu = (after.ru_utime + after.ru_stime) - (children.ru_utime + children.ru_stime)
    sentences = sum(r["sentences"] for r in results if isinstance(r, dict))
    counts = store.counts()
    store.close()
    out["corpus"] = {
        "scale": scale, "chapters": len(chapters), "chars": sum(len(c.text) for c in chapters),
        "generate_seconds": round(generated, 3), "seconds": round(seconds, 3),
        "cpu_seconds": round(cpu_seconds, 3), "workers": workers,
        "worker_cpu_seconds": round(worker_cpu, 3),
        "sentences": sentences, "entities": counts["entities"], "figures": counts["figures"],
        "events": counts["events"], "store_bytes": _store_bytes(corpus_path),
        "chapters_per_s": round(len(chapters) / seconds, 1) if seconds else None,
    }
    out["paths"] = {"seed": str(seed_path), "corpus": str(corpus_path)}
    return out


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
        # PYTHONDONTWRITEBYTECODE (inherited): an editable install then compiles sipbot's
        # own modules from source at every start (~25 ms of a cold start on the machine
        # of docs/performance.md); an installed package has them compiled.
        "bytecode_cached": not sys.flags.dont_write_bytecode,
        "batch_questions": batch,
        "batch_marginal_ms": _ms((many - one) / max(1, batch - 1)),
    }


# -- memory --------------------------------------------------------------------------------

# The probes' own memory, read by the probe itself: resident now and at its peak (MB).
PROC_STATUS = r"""
def status():
    out = {}
    with open("/proc/self/status") as fh:
        for line in fh:
            key, _, value = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                out[key] = int(value.split()[0]) / 1024
    return out
"""

_RSS_PROBE = r"""
import json, os, sys, time
from pathlib import Path
db = Path(sys.argv[1])
""" + PROC_STATUS + r"""t0 = time.perf_counter()
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


def bench_journal(db: Path, updates: int = 2000, batch: int = 100,
                  finish_together: int = 16) -> dict[str, Any]:
    """The inbox journal's cost per update, on a copy of ``db`` (WAL, on disk): journaling
    fetched batches as JournalBot does (JSON of each update, one transaction a batch), and
    marking them done one at a time (a quiet bot) or ``finish_together`` at once (a burst
    with CONCURRENT_UPDATES handlers finishing together)."""
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
        status = store.inbox.inbox_status()
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
