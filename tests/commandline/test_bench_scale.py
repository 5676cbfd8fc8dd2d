"""Smoke test of the outside-the-process parts of the benchmark (bot/bench/scale.py) at
scale 1. No timed assertions: numbers are reported, never judged, here."""

from __future__ import annotations

import sys
from pathlib import Path

from bot.bench import scale as bench_scale
from data.ingest import ingest_file
from data.sources import BUNDLED_DOCUMENT
from data.store import Store


def test_measure_reports_the_childs_own_peak_rss() -> None:
    big = bench_scale.measure([sys.executable, "-c", "x = bytearray(64 * 2**20); x[::4096] = "
                               "b'1' * len(x[::4096])"])
    small = bench_scale.measure([sys.executable, "-c", "pass"])
    assert big.peak_rss_mb > 64 > small.peak_rss_mb


def test_startup_and_stream_at_scale_one(tmp_path) -> None:
    db = tmp_path / "seed.db"
    store = Store(db)
    ingest_file(store, BUNDLED_DOCUMENT)
    texts = [r.text for r in store.knowledge.sentences()]
    store.close()
    ask = bench_scale.bench_ask(db, runs=1)
    assert ask["ask_median_s"] > 0 and ask["ask_peak_rss_mb"] > 0
    assert ask["ask_compiled_median_s"] > 0
    # (then with sipbot's bytecode beside its source, fresh, as an install has it)
    import importlib.util

    import data.kb
    cached = Path(importlib.util.cache_from_source(data.kb.__file__))
    assert cached.stat().st_mtime >= Path(data.kb.__file__).stat().st_mtime
    bot = bench_scale.bench_bot(db)
    assert bot["peak_rss_mb"] >= bot["ready_rss_mb"] > 0
    questions = ["苏州纳米城入驻企业有多少家", "红烧肉怎么做",
                 "How many companies are in Nanopolis?"]
    stream = bench_scale.bench_stream(db, questions)
    assert stream["questions"] == 3 and stream["found"] == 2
    bm25 = bench_scale.bench_bm25(texts, questions)
    assert bm25["mean_ms"] >= 0
    hits = bench_scale.Bm25(texts).search("苏州纳米城入驻企业")
    assert "苏州纳米城" in texts[hits[0][1]]
