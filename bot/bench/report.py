"""The benchmark driver: runs the selected parts, judges them against their goals and renders
the report."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from bot.bench.fanout import bench_fanout
from bot.bench.measure import (
    bench_coldstart,
    bench_ingest,
    bench_journal,
    bench_memory,
    bench_questions,
)
from bot.bench.questions import question_mix

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
    # A shelf of yearbooks (issue 14), measured from outside the process (bot/bench/scale.py):
    "ask_s_scale1": 0.15, "ask_s_scale1000": 1.0, "ask_rss_mb_scale1000": 250.0,
    "stream_p99_ms_scale1000": 10.0, "bot_ready_s_scale1000": 2.0,
    "bot_rss_mb_scale1000": 300.0, "stream_mean_ms_scale1": 0.5,
}
PARTS = ("ingest", "questions", "coldstart", "fanout", "memory", "journal", "startup",
         "stream")

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
        scales = [("scale1", seed_db)] + ([(f"scale{scale}", corpus_db)] if scale > 1 else [])
        if "startup" in parts or "stream" in parts:
            from bot.bench import scale as bench_scale
        for key, db in scales if "startup" in parts else ():
            progress(f"startup at {key}: sipbot ask and the bot …")
            report.setdefault("startup", {})[key] = {**bench_scale.bench_ask(db),
                                                     "bot": bench_scale.bench_bot(db)}
        for key, db in scales if "stream" in parts else ():
            progress(f"stream at {key}: questions into sipbot ask --json, and BM25 …")
            from data.store import Store

            store = Store(db)
            try:
                mix = [q for _, q in question_mix(store, seed)]
                texts = [r.text for r in store.knowledge.sentences()]
            finally:
                store.close()
            report.setdefault("stream", {})[key] = {
                **bench_scale.bench_stream(db, mix), "bm25": bench_scale.bench_bm25(texts, mix)}
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
    for key, v in report.get("startup", {}).items():
        if key == "scale1":
            put("ask_s_scale1", v["ask_median_s"], GOALS["ask_s_scale1"])
            put("ask_compiled_s_scale1", v["ask_compiled_median_s"], GOALS["ask_s_scale1"])
        else:
            put(f"ask_s_{key}", v["ask_median_s"], GOALS["ask_s_scale1000"])
            put(f"ask_rss_mb_{key}", v["ask_peak_rss_mb"], GOALS["ask_rss_mb_scale1000"])
            put(f"bot_ready_s_{key}", v["bot"]["ready_s"], GOALS["bot_ready_s_scale1000"])
            put(f"bot_rss_mb_{key}", v["bot"]["peak_rss_mb"], GOALS["bot_rss_mb_scale1000"])
    for key, v in report.get("stream", {}).items():
        if key == "scale1":
            put("stream_mean_ms_scale1", v["mean_ms"], GOALS["stream_mean_ms_scale1"])
        else:
            put(f"stream_p99_ms_{key}", v["p99_ms"], GOALS["stream_p99_ms_scale1000"])
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
            f"  scale {c['scale']:<9} {c['seconds']:9.2f} s   (CPU {_n(c['cpu_seconds'])} s "
            f"writing, {_n(c.get('worker_cpu_seconds'))} s planning in "
            f"{max(1, c.get('workers', 1) - 1)} other process(es); "
            f"{c['chapters']} chapters, "
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
                  f"{cold['python_start_s'] * 1000:.0f} ms)"
                  + ("" if cold.get("bytecode_cached", True) else
                     "; PYTHONDONTWRITEBYTECODE is set: sipbot's own modules compiled at"
                     " every start"),
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
    for key, v in report.get("startup", {}).items():
        bot = v["bot"]
        lines += [f"startup at {key}",
                  f"  sipbot ask (one question) {v['ask_median_s'] * 1000:7.0f} ms median "
                  f"(min {v['ask_min_s'] * 1000:.0f} ms; {_n(v['ask_over_python'])}× a bare "
                  f"python {v['python_start_s'] * 1000:.0f} ms), peak RSS "
                  f"{_n(v['ask_peak_rss_mb'])} MB",
                  f"  with sipbot's bytecode compiled, as installed: "
                  f"{v['ask_compiled_median_s'] * 1000:.0f} ms median",
                  f"  bot ready in {_n(bot['ready_s'])} s (RSS {_n(bot['ready_rss_mb'])} MB); "
                  f"peak RSS {_n(bot['peak_rss_mb'])} MB after answering", ""]
    for key, v in report.get("stream", {}).items():
        bm = v["bm25"]
        lines += [f"stream at {key} ({v['questions']} questions into one sipbot ask --json, "
                  f"{v['found']} found)",
                  f"  first {_n(v['first_ms'])} ms (engine built); then p50 {v['p50_ms']:.2f} ms"
                  f"  p95 {v['p95_ms']:.2f} ms  p99 {v['p99_ms']:.2f} ms  max {v['max_ms']:.2f} ms"
                  f"  mean {v['mean_ms']:.2f} ms",
                  f"  BM25 reference (bigrams, index built once in {_n(bm['build_s'])} s): "
                  f"p50 {bm['p50_ms']:.3f} ms  p99 {bm['p99_ms']:.3f} ms  mean "
                  f"{bm['mean_ms']:.3f} ms", ""]
    lines.append("goals")
    for name, v in report["verdict"].items():
        lines.append(f"  {'ok  ' if v['ok'] else 'MISS'} {name:<24} {_n(v['value']):>10}  "
                     f"(goal {'≥' if name == 'fanout_msg_per_s' else '≤'} {v['goal']:g})")
    return "\n".join(lines)
