"""``sipbot bench``: the performance benchmark (see bot/bench.py and docs/performance.md)."""

from __future__ import annotations

import json

import click


@click.command()
@click.option("--scale", type=click.IntRange(min=1), default=1, show_default=True,
              help="Chapters in the synthetic yearbook (1 = the real document only).")
@click.option("--seed", type=int, default=0, show_default=True,
              help="Seed of the synthetic yearbook and of the generated questions.")
@click.option("--only", "only", multiple=True,
              type=click.Choice(["ingest", "questions", "coldstart", "fanout", "memory",
                                 "journal"]),
              help="Run only these parts (repeatable; default: all).")
@click.option("--subscribers", type=click.IntRange(min=1), default=10_000, show_default=True,
              help="Fan-out: digest recipients.")
@click.option("--rate", type=float, default=30.0, show_default=True,
              help="Fan-out: the Bot API's limit, messages per second (the stub enforces it).")
@click.option("--send-rate", type=float, default=None,
              help="Fan-out: the client's AIORateLimiter rate (default: --rate minus 1).")
@click.option("--limiter", type=click.Choice(["smooth", "burst"]), default="smooth",
              show_default=True,
              help="smooth: one token at a time; burst: PTB's default bucket of a second.")
@click.option("--blocked-every", type=click.IntRange(min=0), default=100, show_default=True,
              help="Fan-out: every n-th chat has blocked the bot (403); 0 = none.")
@click.option("--force-429-every", type=click.IntRange(min=0), default=0, show_default=True,
              help="Fan-out: the stub answers every n-th request with 429; 0 = never.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def bench(scale: int, seed: int, only: tuple[str, ...], subscribers: int, rate: float,
          send_rate: float | None, limiter: str, blocked_every: int, force_429_every: int,
          as_json: bool) -> None:
    """Measure ingest, answer latency, cold start, digest fan-out, memory and the journal.

    Example: sipbot bench --scale 1000 --subscribers 600
    """
    from bot import bench as bench_module

    report = bench_module.run(
        scale=scale, seed=seed, parts=only or bench_module.PARTS, subscribers=subscribers,
        rate=rate, send_rate=send_rate, limiter=limiter, blocked_every=blocked_every,
        force_429_every=force_429_every,
        progress=(lambda msg: None) if as_json else (lambda msg: click.echo(msg, err=True)))
    if as_json:
        click.echo(json.dumps(report, ensure_ascii=False))
    else:
        click.echo(bench_module.render(report))


COMMANDS = [bench]
