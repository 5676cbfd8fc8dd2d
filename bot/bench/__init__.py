"""``sipbot bench``: answer latency, cold start, ingest at scale, digest fan-out, memory.

Every part is a function returning a plain dict, so that the CLI can print a table or JSON
and the smoke test can run each part at a tiny scale. Nothing here asserts on time: goals
are reported next to the numbers (``GOALS``) and judged by whoever reads them.

Parts:

- ``ingest``: the real document into a fresh store, then the synthetic yearbook
  (:mod:`bot.bench.synth`, N chapters) into another; time, sentences, store size.
- ``questions``: a fixed question mix (own questions about the document, their typo'd and
  Traditional forms, not-found questions, and questions generated from the store itself)
  answered in process; p50 / p95 / p99 per question and the mean per question in a batch.
- ``coldstart``: ``sipbot ask`` as a subprocess, process start to answer, and the
  marginal cost per question of ``sipbot ask`` reading a batch from stdin.
- ``fanout``: one day's digest to many subscribers through a local Bot API stub
  (:mod:`bot.bench.stubapi`)
- ``memory``: peak resident memory of the bot process (Application built, engine warm).
"""

from bot.bench.fanout import bench_fanout, digest_day
from bot.bench.measure import (
    bench_coldstart,
    bench_ingest,
    bench_journal,
    bench_memory,
    bench_questions,
)
from bot.bench.questions import BASE_QUESTIONS, question_mix, question_mix_static
from bot.bench.report import GOALS, PARTS, machine, render, run, verdict

__all__ = ["BASE_QUESTIONS", "GOALS", "PARTS", "bench_coldstart", "bench_fanout",
           "bench_ingest", "bench_journal", "bench_memory", "bench_questions", "digest_day",
           "machine", "question_mix", "question_mix_static", "render", "run", "verdict"]
