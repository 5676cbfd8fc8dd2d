"""The ``sipbot`` command line: a thin click wrapper over :mod:`data` and the bot.

Every command keeps its heavy imports (telegram above all) inside its body, so that
``sipbot ask`` starts fast.
"""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path

import click

from bot.cli_common import db_option, open_kb
from data import present
from data.kb import KnowledgeBase, default_db_path

# Feature commands live beside their features: command name → module. Each module is
# imported only when its command runs (or help lists it), so that ``sipbot ask`` does not
# load asyncio and the Telegram commands.
LAZY_COMMANDS = {"run": "bot.cli_telegram", "chat": "bot.cli_telegram",
                 "onthisday": "bot.cli_digest", "bench": "bot.cli_tools",
                 "eval": "bot.cli_tools"}


class _LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *LAZY_COMMANDS})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        command = super().get_command(ctx, cmd_name)
        if command is None and cmd_name in LAZY_COMMANDS:
            import importlib

            module = importlib.import_module(LAZY_COMMANDS[cmd_name])
            command = next((c for c in module.COMMANDS if c.name == cmd_name), None)
        return command


@click.group(cls=_LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("-v", "--verbose", count=True, help="More logging (-v info, -vv debug).")
@click.version_option(package_name="sipbot")
def cli(verbose: int) -> None:
    """sipbot: answers questions about the SIP 2020 yearbook science chapter."""
    level = logging.WARNING - 10 * min(verbose, 2)
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@db_option
def ingest(paths: tuple[Path, ...], db: str | None) -> None:
    """Parse yearbook chapters into the store (default: the bundled document).

    Example: sipbot ingest data/sources/sip-2020-science.txt
    """
    from data.ingest import IngestError
    from data.sources import BUNDLED_DOCUMENT

    kb = KnowledgeBase.open(db, ingest_bundled=False)
    targets = list(paths) or [BUNDLED_DOCUMENT]
    click.echo(f"ingesting {', '.join(map(str, targets[:3]))}"
               f"{f' and {len(targets) - 3} more' if len(targets) > 3 else ''} …", err=True)
    failed = False
    for path, summary in zip(targets, kb.ingest_many(targets), strict=True):
        if isinstance(summary, IngestError):
            click.echo(f"error: {summary}", err=True)
            failed = True
            continue
        for note in summary.pop("notes", []):
            click.echo(f"note: {note}", err=True)
        click.echo(f"{path.name}: " + ", ".join(f"{v} {k}" for k, v in summary.items()))
    if failed:
        sys.exit(1)


@cli.command()
@db_option
def stats(db: str | None) -> None:
    """Show what the store holds.

    Example: sipbot stats
    """
    kb = open_kb(db)
    click.echo(f"store: {kb.store.path}")
    for doc in kb.store.documents.all():
        click.echo(f"document: {doc.name} ({doc.chars} chars, {doc.encoding}, "
                   f"ingested {doc.ingested_at})")
    for name, count in kb.store.counts().items():
        click.echo(f"{name:>14}: {count}")


@cli.command()
@click.argument("question", nargs=-1)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per question.")
@click.option("--lang", type=click.Choice(["auto", "zh", "en"]), default="auto",
              show_default=True, help="Language of the answer (auto: the question's own).")
@db_option
def ask(question: tuple[str, ...], as_json: bool, lang: str, db: str | None) -> None:
    """Answer a question; with no QUESTION, answer each line of stdin.

    Example: sipbot ask 苏州纳米城入驻企业有多少家
    """
    kb = open_kb(db)
    reading = None if lang == "auto" else lang
    if not question:
        _batch_stdin()
        # Lines to come, as to a bot: the indexes a first typo or English question needs
        # are built now, not inside that question's answer (one question asked as an
        # argument does not pay for them).
        kb.warm()
    lines = [" ".join(question)] if question else (line.rstrip("\r\n") for line in sys.stdin)
    failed = False
    for line in lines:
        line = _valid_text(line)
        if not line.strip():
            continue  # nothing asked: not a question to answer (or log)
        try:
            answer = kb.ask(line)
        except Exception as exc:  # one bad line never ends the batch
            logging.getLogger("sipbot").exception("ask failed for %r", line[:200])
            failed = True
            row = {"question": line, "found": False, "answer": "", "intent": "error",
                   "entity": None, "source": None, "suggestions": [],
                   "error": type(exc).__name__}
            click.echo(json.dumps(row, ensure_ascii=False) if as_json else f"error: {exc}")
        else:
            if as_json:
                click.echo(json.dumps(present.to_json(answer, reading), ensure_ascii=False))
            else:
                click.echo(present.text(answer, reading))
        if not as_json and not question:
            click.echo()
        sys.stdout.flush()
    if failed:
        sys.exit(1)


def _batch_stdin() -> None:
    """stdin as a batch: UTF-8 lines ended by \\n only (a stray \\r, form feed or U+2028
    inside a line keeps it one line, so outputs zip with inputs), undecodable bytes as
    U+FFFD instead of a crash or invalid UTF-8 echoed back."""
    reconfigure = getattr(sys.stdin, "reconfigure", None)
    if reconfigure is not None:
        reconfigure(encoding="utf-8", errors="replace", newline="\n")


def _valid_text(text: str) -> str:
    """``text`` without lone surrogates (what undecodable argv bytes become), which could
    not be written out as UTF-8."""
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeEncodeError:
        return text.encode("utf-8", "surrogatepass").decode("utf-8", "replace")


__all__ = ["cli", "default_db_path"]
