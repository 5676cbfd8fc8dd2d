"""Recovering from a corrupt store: set the file aside, read what can still be read from it
(read-only), and restore those rows into the new store."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from data.store.database import Database


class Recovery:
    """Rows carried over from a corrupt store into this one."""

    def __init__(self, database: Database) -> None:
        self.database = database

    def restore_rows(self, tables: dict[str, list[dict]]) -> dict[str, int]:
        """Insert rows salvaged from another store (columns this schema lacks are dropped,
        rows already present are kept). Returns how many rows each table took."""
        restored: dict[str, int] = {}
        with self.database.write() as db:
            for table, rows in tables.items():
                known = {c.name for c in db[table].columns}
                count = 0
                for row in rows:
                    row = {k: v for k, v in row.items() if k in known}
                    if not row:
                        continue
                    cursor = db.execute(
                        f"INSERT OR IGNORE INTO {table} ({', '.join(row)}) "
                        f"VALUES ({', '.join('?' for _ in row)})", list(row.values()))
                    count += cursor.rowcount
                restored[table] = count
        return restored


# What a rebuilt store keeps from a corrupt one: who subscribed, their languages, what was
# already delivered today (so a rebuild does not send the day's digest twice) and the inbox
# journal (so questions not yet answered are answered, and none twice).
SALVAGED_TABLES = ("subscriptions", "chats", "deliveries", "inbox")


def set_aside(db_path: Path) -> Path:
    stamp = datetime.now().strftime("%Y%m%dT%H%M%S")
    backup = db_path.with_name(f"{db_path.name}.corrupt-{stamp}")
    n = 1
    while backup.exists():
        n += 1
        backup = db_path.with_name(f"{db_path.name}.corrupt-{stamp}-{n}")
    for suffix in ("", "-wal", "-shm"):
        source = Path(f"{db_path}{suffix}")
        if source.exists():
            source.rename(f"{backup}{suffix}")
    return backup


def salvage(backup: Path) -> tuple[dict[str, list[dict]], list[str]]:
    """Rows of SALVAGED_TABLES readable from ``backup`` (read-only); and the tables that
    exist there but could not be read."""
    rows: dict[str, list[dict]] = {}
    lost: list[str] = []
    try:
        conn = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    except sqlite3.Error:
        return rows, list(SALVAGED_TABLES)
    try:
        for table in SALVAGED_TABLES:
            try:
                cursor = conn.execute(f"SELECT * FROM {table}")
                columns = [c[0] for c in cursor.description]
                rows[table] = [dict(zip(columns, r, strict=True)) for r in cursor.fetchall()]
            except sqlite3.Error as exc:
                # "no such table" in a store that never had one is no loss; anything else is.
                if "no such table" not in str(exc) or table == "subscriptions":
                    lost.append(f"{table} ({exc})")
    finally:
        conn.close()
    return rows, lost
