"""What every ``sipbot`` command shares: the ``--db`` option and opening the store."""

from __future__ import annotations

import click

from data.kb import KnowledgeBase

db_option = click.option(
    "--db", envvar="SIPBOT_DB", type=click.Path(dir_okay=False), default=None,
    help="SQLite store path (default: $SIPBOT_DB, else the user data directory).")


def open_kb(db: str | None) -> KnowledgeBase:
    """The store at ``db`` (filled from the bundled document when new); a corrupt or
    unreadable store is one line of error, never repaired here."""
    from data.store import StoreError

    try:
        return KnowledgeBase.open(db)
    except StoreError as exc:
        raise click.ClickException(f"cannot open the store: {exc}") from exc
