"""``sipbot bench``, measured from outside the process: what a user and an operator see at
each scale (one chapter, a shelf of them).

- ``startup``: ``sipbot ask`` answering one question, process start to exit, and its peak
  RSS (the child's own VmHWM, from ``wait4``); the bot process (``sipbot run``'s start:
  open and check the store, warm the engine, build the Application) to ready, and its peak
  RSS after answering a few questions.
- ``stream``: the question mix written one line at a time into one ``sipbot ask --json``
  process, each answer timed from the line written to the line read (the first, which
  builds the engine, apart); beside a character-bigram BM25 over the same sentences with
  its index built once (a reference for what a bare lookup costs, not an answer engine).

Times on a shared machine vary from run to run; each part reports a bare ``python -c pass``
measured in the same run, so that the figures can be read as ratios too.
"""

from __future__ import annotations

import json
import math
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.bench.measure import PROC_STATUS

ASK_QUESTION = "苏州纳米城入驻企业有多少家"
BOT_QUESTIONS = ("苏州纳米城入驻企业有多少家", "再顶医药什么时候上市",
                 "How many companies are in Nanopolis?", "今天天气怎么样")


@dataclass(frozen=True, slots=True)
class Run:
    seconds: float
    peak_rss_mb: float
    returncode: int
    stdout: str


# A small launcher (no site packages): the measured program is forked from it, not from the
# benchmark, whose own RSS a forked child would otherwise report as its peak; it times the
# child from fork to exit and writes what wait4 says of it to the file in argv[1].
_LAUNCHER = r"""
import json, os, sys, time
started = time.perf_counter()
pid = os.fork()
if pid == 0:
    os.execv(sys.argv[2], sys.argv[2:])
_, status, usage = os.wait4(pid, 0)
seconds = time.perf_counter() - started
with open(sys.argv[1], "w") as fh:
    json.dump({"seconds": seconds, "maxrss_kb": usage.ru_maxrss,
               "returncode": os.waitstatus_to_exitcode(status)}, fh)
"""


def measure(cmd: Sequence[str], env: dict[str, str] | None = None, stdin: str | None = None
            ) -> Run:
    """Run ``cmd`` (its first item a path): wall time from start to exit, and its own peak
    RSS (VmHWM, as wait4 reports it)."""
    with tempfile.TemporaryDirectory() as tmp:
        result = Path(tmp) / "run.json"
        done = subprocess.run([sys.executable, "-S", "-c", _LAUNCHER, str(result), *cmd],
                              input=(stdin or "").encode("utf-8"), capture_output=True,
                              env=env, check=False)
        run = json.loads(result.read_text()) if result.exists() else {}
        if done.returncode != 0 or run.get("returncode") != 0:
            raise RuntimeError(f"{' '.join(cmd[:3])} … failed: {done.stderr[-800:]!r}")
    return Run(run["seconds"], run["maxrss_kb"] / 1024, run["returncode"],
               done.stdout.decode("utf-8", "replace"))


def _sipbot() -> list[str]:
    from bot.bench.measure import _sipbot_command

    return _sipbot_command()


def compile_project() -> None:
    """sipbot's own modules compiled to bytecode beside their source, as an installed package
    has them (pip compiles at install; PYTHONDONTWRITEBYTECODE only keeps a run from writing
    them, so an editable install under it compiles sipbot from source at every start)."""
    import compileall

    root = Path(__file__).resolve().parents[2]
    for package in ("data", "handlers", "bot"):
        compileall.compile_dir(root / package, quiet=1)


def bench_ask(db: Path, runs: int = 5) -> dict[str, Any]:
    """One-question ``sipbot ask`` from process start to exit, and its peak RSS: as this
    environment runs it, then with sipbot's bytecode compiled as an install has it."""
    env = {**os.environ, "SIPBOT_DB": str(db)}
    cmd = [*_sipbot(), "ask", ASK_QUESTION]
    measure(cmd, env)  # page cache, .pyc
    asks = [measure(cmd, env) for _ in range(runs)]
    bare = [measure([sys.executable, "-c", "pass"]) for _ in range(runs)]
    median = statistics.median(r.seconds for r in asks)
    python = statistics.median(r.seconds for r in bare)
    compile_project()
    compiled = statistics.median(measure(cmd, env).seconds for _ in range(runs))
    return {"ask_median_s": round(median, 4), "ask_min_s": round(min(r.seconds for r in asks), 4),
            "ask_compiled_median_s": round(compiled, 4),
            "ask_peak_rss_mb": round(max(r.peak_rss_mb for r in asks), 1),
            "python_start_s": round(python, 4),
            "ask_over_python": round(median / python, 2) if python else None}


_BOT_PROBE = r"""
import json, sys, time
""" + PROC_STATUS + r"""from pathlib import Path
from bot.app import build_application
from bot.settings import Settings
from data.kb import KnowledgeBase
db = Path(sys.argv[1])
kb = KnowledgeBase.open_or_rebuild(db)   # as `sipbot run` does: open, check, or rebuild
kb.warm()
app = build_application(Settings(token="1:bench", db_path=db), kb)
print(json.dumps({"ready": status()}), flush=True)
for q in json.loads(sys.argv[2]):
    kb.ask(q)
print(json.dumps({"answered": status()}), flush=True)
"""


def bench_bot(db: Path) -> dict[str, Any]:
    """The bot process: start to ready (store opened and checked, engine warm, Application
    built), and peak RSS once it has answered a few questions."""
    cmd = [sys.executable, "-c", _BOT_PROBE, str(db), json.dumps(BOT_QUESTIONS)]
    env = {**os.environ, "SIPBOT_DB": str(db)}
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
                            text=True)
    assert proc.stdout is not None
    ready_line = proc.stdout.readline()
    ready_s = time.perf_counter() - started
    rest, err = proc.communicate()
    if proc.returncode != 0 or not ready_line:
        raise RuntimeError(f"bot probe failed: {err[-800:]}")
    ready = json.loads(ready_line)["ready"]
    answered = json.loads(rest.strip().splitlines()[-1])["answered"]
    return {"ready_s": round(ready_s, 3), "ready_rss_mb": round(ready["VmRSS"], 1),
            "peak_rss_mb": round(answered["VmHWM"], 1), "rss_mb": round(answered["VmRSS"], 1)}


def bench_stream(db: Path, questions: Sequence[str]) -> dict[str, Any]:
    """Each question written into one ``sipbot ask --json`` and timed to its answer line."""
    env = {**os.environ, "SIPBOT_DB": str(db), "PYTHONHASHSEED": "0"}
    proc = subprocess.Popen([*_sipbot(), "ask", "--json"], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
    assert proc.stdin is not None and proc.stdout is not None
    times: list[float] = []
    found = 0
    for question in questions:
        started = time.perf_counter()
        proc.stdin.write((question.replace("\n", " ") + "\n").encode("utf-8"))
        proc.stdin.flush()
        line = proc.stdout.readline()
        times.append(time.perf_counter() - started)
        found += bool(json.loads(line).get("found"))
    proc.stdin.close()
    proc.wait()
    first, rest = times[0], times[1:] or times
    return {"questions": len(questions), "found": found, "first_ms": _ms(first),
            "p50_ms": _ms(_percentile(rest, 0.5)), "p95_ms": _ms(_percentile(rest, 0.95)),
            "p99_ms": _ms(_percentile(rest, 0.99)), "max_ms": _ms(max(rest)),
            "mean_ms": _ms(statistics.fmean(rest))}


class Bm25:
    """Okapi BM25 over character bigrams (and Latin words) of folded sentences, its
    postings built once: a reference for the cost of a bare lookup."""

    def __init__(self, texts: Sequence[str], k1: float = 1.2, b: float = 0.75) -> None:
        from data.normalize import fold, folded_tokens

        self._fold, self._tokens = fold, folded_tokens
        self.k1, self.b = k1, b
        self.postings: dict[str, list[tuple[int, int]]] = {}
        self.lengths: list[int] = []
        for doc, text in enumerate(texts):
            terms = [t for t in folded_tokens(fold(text)) if len(t) > 1]
            self.lengths.append(len(terms))
            for term, tf in Counter(terms).items():
                self.postings.setdefault(term, []).append((doc, tf))
        self.average = statistics.fmean(self.lengths) if self.lengths else 1.0

    def search(self, query: str, limit: int = 10) -> list[tuple[float, int]]:
        n = len(self.lengths)
        scores: dict[int, float] = {}
        for term in set(t for t in self._tokens(self._fold(query)) if len(t) > 1):
            posting = self.postings.get(term)
            if not posting:
                continue
            idf = math.log(1 + (n - len(posting) + 0.5) / (len(posting) + 0.5))
            for doc, tf in posting:
                norm = tf + self.k1 * (1 - self.b + self.b * self.lengths[doc] / self.average)
                scores[doc] = scores.get(doc, 0.0) + idf * tf * (self.k1 + 1) / norm
        return sorted(((s, d) for d, s in scores.items()), reverse=True)[:limit]


def bench_bm25(texts: Sequence[str], questions: Sequence[str]) -> dict[str, Any]:
    started = time.perf_counter()
    index = Bm25(texts)
    build = time.perf_counter() - started
    times = []
    for question in questions:
        t0 = time.perf_counter()
        index.search(question)
        times.append(time.perf_counter() - t0)
    return {"build_s": round(build, 3), "p50_ms": _ms(_percentile(times, 0.5)),
            "p99_ms": _ms(_percentile(times, 0.99)), "mean_ms": _ms(statistics.fmean(times))}


def _percentile(values: Sequence[float], q: float) -> float:
    from bot.bench.measure import _percentile as percentile

    return percentile(list(values), q)


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 3)
