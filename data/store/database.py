"""The database owner: one SQLite file, its connections, pragmas, migrations and clock.

Every concern module of the store (:mod:`data.store.knowledge`, :mod:`~data.store.chats`,
…) is handed one :class:`Database` and speaks SQL only through it: :meth:`Database.write`
for a transaction on the writing connection, :meth:`Database.rows` for reads.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import sqlite_utils

BUSY_TIMEOUT_S = 10.0
READ_CACHE_KB = 16 * 1024

Clock = Callable[[], datetime]
Params = Sequence[Any] | dict[str, Any]


def utc_now() -> datetime:
    return datetime.now(UTC)


class StoreError(Exception):
    """Base class for store failures."""


class StoreLocked(StoreError):
    """Another writer held the database for longer than the busy timeout."""


class StoreCorrupt(StoreError):
    """The database file is not a usable sipbot store."""


def _busy(exc: sqlite3.Error) -> bool:
    return "locked" in str(exc) or "busy" in str(exc)


def _dicts(cursor: sqlite3.Cursor) -> list[dict[str, Any]]:
    columns = [c[0] for c in cursor.description]
    return [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]


class Database:
    """sipbot's SQLite file. Thread-safe: writes go through one connection and one lock;
    reads from other threads use a second connection, so that a write waiting for another
    process's lock does not hold up every answer (WAL lets readers go on meanwhile).

    ``clock`` is when "now" is for every timestamp the store writes (tests pass their own).
    """

    def __init__(self, path: str | Path = ":memory:", *, busy_timeout: float = BUSY_TIMEOUT_S,
                 clock: Clock = utc_now) -> None:
        from data.store.migrations import migrate, up_to_date

        self.path = str(path)
        self.clock = clock
        self._lock = threading.RLock()
        self._read_lock = threading.Lock()
        self._owner: int | None = None  # the thread inside locked(), if any
        self._reader: sqlite3.Connection | None = None
        self._utils: sqlite_utils.Database | None = None
        try:
            # busy_timeout: how long a write waits (SQLite retries) for another writer.
            self.conn = sqlite3.connect(self.path, timeout=busy_timeout,
                                        check_same_thread=False)
            # What sqlite_utils.Database sets on a connection, set before it is needed.
            self.conn.execute("PRAGMA recursive_triggers=on")
            if self.path != ":memory:":
                self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA foreign_keys=ON")
            # A store already at the newest schema is opened without sqlite_utils (~34 ms
            # of `sipbot ask`'s imports): it is imported for migrations and writes.
            if not up_to_date(self.conn):
                migrate(self.db)
            if self.path != ":memory:":
                self._reader = sqlite3.connect(
                    self.path, timeout=busy_timeout, check_same_thread=False)
                self._reader.execute("PRAGMA query_only=ON")
                # No memory map: pages a query touched would stay in the process's RSS (a
                # shelf's store is hundreds of MB; measured at 1 000 chapters, mapping it
                # doubled peak RSS for no gain in latency). A bounded page cache instead.
                self._reader.execute(f"PRAGMA cache_size=-{READ_CACHE_KB}")
        except sqlite3.DatabaseError as exc:
            if _busy(exc):
                raise StoreLocked(f"{self.path}: {exc}") from exc
            raise StoreCorrupt(f"{self.path}: {exc}") from exc

    @property
    def db(self) -> sqlite_utils.Database:
        """The writing connection as sqlite_utils sees it (made on first use)."""
        if self._utils is None:
            import sqlite_utils

            self._utils = sqlite_utils.Database(self.conn)
        return self._utils

    def now(self) -> str:
        """The clock's time as the store writes it (UTC, ISO 8601, whole seconds)."""
        return self.clock().astimezone(UTC).isoformat(timespec="seconds")

    @contextmanager
    def locked(self) -> Iterator[sqlite_utils.Database]:
        """The writing connection, held by this thread (no transaction of its own)."""
        with self._lock:
            outer, self._owner = self._owner, threading.get_ident()
            try:
                yield self.db
            except sqlite3.OperationalError as exc:
                if _busy(exc):
                    raise StoreLocked(str(exc)) from exc
                raise
            finally:
                self._owner = outer

    @contextmanager
    def write(self) -> Iterator[sqlite_utils.Database]:
        """One transaction on the writing connection (``db.atomic()``: nested ones are
        savepoints); rolled back if the block raises."""
        with self.locked() as db, db.atomic():
            yield db

    def rows(self, sql: str, params: Params = ()) -> list[dict[str, Any]]:
        """The rows of a query, as dicts."""
        return self._read(sql, params, _dicts)

    def tuples(self, sql: str, params: Params = ()) -> list[tuple[Any, ...]]:
        """The rows of a query as tuples, in its columns' order (no dict a row: a shelf's
        name and sentence queries return thousands)."""
        return self._read(sql, params, sqlite3.Cursor.fetchall)

    def _read(self, sql: str, params: Params,
              take: Callable[[sqlite3.Cursor], list[Any]]) -> list[Any]:
        """What ``take`` makes of a query's cursor. Inside a write (same thread), reads what
        that write sees; elsewhere, does not queue behind it."""
        if self._reader is None or self._owner == threading.get_ident():
            with self.locked() as db:
                return take(db.execute(sql, params))
        with self._read_lock:
            try:
                return take(self._reader.execute(sql, params))
            except sqlite3.OperationalError as exc:
                if _busy(exc):
                    raise StoreLocked(str(exc)) from exc
                raise

    def column(self, sql: str, params: Params = ()) -> list[Any]:
        """The first column of a query's rows."""
        return [row[0] for row in self.tuples(sql, params)]

    def count(self, table: str) -> int:
        with self.locked() as db:
            return int(db.execute(f"SELECT count(*) FROM [{table}]").fetchone()[0])

    def check(self) -> None:
        """Raise StoreCorrupt unless SQLite's quick check passes."""
        try:
            result = self.rows("PRAGMA quick_check")
        except sqlite3.DatabaseError as exc:
            raise StoreCorrupt(str(exc)) from exc
        if not result or next(iter(result[0].values())) != "ok":
            raise StoreCorrupt(f"quick_check: {result}")

    def close(self) -> None:
        with self._lock, self._read_lock:
            if self._reader is not None:
                self._reader.close()
            self.conn.close()
