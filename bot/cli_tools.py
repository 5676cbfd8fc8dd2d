"""The tooling commands: ``sipbot bench`` (the benchmark, :mod:`bot.bench`, see
docs/performance.md) and ``sipbot eval`` (QA scoring, :mod:`data.qa`). Their packages are
imported inside the commands, so no other command loads them."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from bot.cli_common import db_option, open_kb


@click.command()
@click.option("--scale", type=click.IntRange(min=1), default=1, show_default=True,
              help="Chapters in the synthetic yearbook (1 = the real document only).")
@click.option("--seed", type=int, default=0, show_default=True,
              help="Seed of the synthetic yearbook and of the generated questions.")
@click.option("--only", "only", multiple=True,
              type=click.Choice(["ingest", "questions", "coldstart", "fanout", "memory",
                                 "journal", "startup", "stream"]),
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


@click.command(name="eval")
@click.argument("qa_file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--min", "minimum", type=float, default=0.0, show_default=True,
              help="Exit non-zero when total accuracy is below this.")
@click.option("-q", "--quiet", is_flag=True, help="Do not list failures.")
@click.option("--strict", is_flag=True,
              help="Look for the expected facts in the answer's first line only.")
@db_option
def eval_(qa_file: Path, minimum: float, quiet: bool, strict: bool, db: str | None) -> None:
    """Score a QA file (format of shared/qa/README.md).

    Example: sipbot eval ../shared/qa/dev.jsonl --min 0.97
    """
    from data.qa.evaluate import evaluate

    kb = open_kb(db)
    report = evaluate(kb, qa_file, strict=strict)
    if not quiet:
        for failure in report.failures:
            click.echo(f"FAIL {failure.id} [{failure.kind}] {failure.question}")
            click.echo(f"     missing {failure.missing}  answer: {failure.answer[:160]!r}")
    for kind, (ok, total) in sorted(report.by_kind.items()):
        click.echo(f"{kind:>10}: {ok}/{total} = {ok / total:.3f}")
    click.echo(f"     total: {report.passed}/{report.total} = {report.accuracy:.3f}")
    click.echo(f"false not found: {report.false_not_found}/{report.answerable} answerable"
               f" = {report.false_not_found_rate:.3f};"
               f" wrong facts: {report.wrong_found}/{report.total}")
    if report.accuracy < minimum:
        click.echo(f"accuracy {report.accuracy:.3f} is below --min {minimum}", err=True)
        sys.exit(1)


COMMANDS = [bench, eval_]
