"""The SQLite store. All of sipbot's SQL lives in this module.

A small database class in the style of sqlite-utils / datasette: named exceptions, a schema
built by numbered migrations (``PRAGMA user_version``), and methods that speak in the
frozen dataclasses of :mod:`data.models`. Writes that must be atomic run inside
``Database.atomic()``.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlite_utils

from data.models import Entity, Event, Figure, InboxEntry, Source, Subscription


class StoreError(Exception):
    """Base class for store failures."""


class StoreLocked(StoreError):
    """Another writer held the database for longer than the busy timeout."""


class StoreCorrupt(StoreError):
    """The database file is not a usable sipbot store."""


class DocumentNotFound(StoreError):
    """No document with that name has been ingested."""


SCHEMA_VERSION = 5
BUSY_TIMEOUT_S = 10.0
MMAP_BYTES = 512 * 1024 * 1024


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def document_token(document_id: int) -> str:
    """The index token every sentence of a document carries (not a word of any text)."""
    return f"zqdoc{document_id}zq"


def fts_query(tokens: Iterable[str], operator: str = "OR") -> str:
    """Build a safe FTS5 MATCH expression: every token a quoted phrase, OR-ed together.

    Quoting keeps user text such as ``4.5%`` or ``" AND * NEAR`` from being read as FTS5
    syntax; doubled quotes escape a quote inside a token.
    """
    quoted = ['"' + t.replace('"', '""') + '"' for t in dict.fromkeys(tokens) if t.strip()]
    return f" {operator} ".join(quoted)


def _migration_1(db: sqlite_utils.Database) -> None:
    """Knowledge tables: the parsed document and what was extracted from it."""
    db.executescript(
        """
        CREATE TABLE documents (
            id INTEGER PRIMARY KEY, name TEXT UNIQUE NOT NULL, sha256 TEXT NOT NULL,
            encoding TEXT NOT NULL, chars INTEGER NOT NULL, ingested_at TEXT NOT NULL);
        CREATE TABLE sections (
            id INTEGER PRIMARY KEY, document_id INTEGER NOT NULL REFERENCES documents(id),
            position INTEGER NOT NULL, title TEXT NOT NULL);
        CREATE TABLE entries (
            id INTEGER PRIMARY KEY, document_id INTEGER NOT NULL REFERENCES documents(id),
            section_id INTEGER NOT NULL REFERENCES sections(id), position INTEGER NOT NULL,
            title TEXT NOT NULL, subject TEXT, body TEXT NOT NULL, credits TEXT NOT NULL);
        CREATE TABLE sentences (
            id INTEGER PRIMARY KEY, document_id INTEGER NOT NULL REFERENCES documents(id),
            entry_id INTEGER REFERENCES entries(id), caption_id INTEGER,
            position INTEGER NOT NULL, text TEXT NOT NULL, tokens TEXT NOT NULL);
        CREATE INDEX sentences_entry ON sentences(entry_id);
        CREATE TABLE captions (
            id INTEGER PRIMARY KEY, document_id INTEGER NOT NULL REFERENCES documents(id),
            position INTEGER NOT NULL, text TEXT NOT NULL, credit TEXT NOT NULL,
            near_entry_id INTEGER REFERENCES entries(id));
        CREATE TABLE entities (
            id INTEGER PRIMARY KEY, document_id INTEGER NOT NULL REFERENCES documents(id),
            name TEXT NOT NULL, type TEXT NOT NULL, entry_id INTEGER REFERENCES entries(id));
        CREATE INDEX entities_name ON entities(name);
        CREATE TABLE aliases (
            entity_id INTEGER NOT NULL REFERENCES entities(id), alias TEXT NOT NULL,
            kind TEXT NOT NULL, pinyin TEXT NOT NULL, PRIMARY KEY (entity_id, alias));
        CREATE INDEX aliases_alias ON aliases(alias);
        CREATE INDEX aliases_pinyin ON aliases(pinyin);
        CREATE TABLE mentions (
            entity_id INTEGER NOT NULL REFERENCES entities(id),
            sentence_id INTEGER NOT NULL REFERENCES sentences(id),
            PRIMARY KEY (entity_id, sentence_id));
        CREATE INDEX mentions_sentence ON mentions(sentence_id);
        CREATE TABLE figures (
            id INTEGER PRIMARY KEY, document_id INTEGER NOT NULL REFERENCES documents(id),
            entry_id INTEGER REFERENCES entries(id), sentence_id INTEGER NOT NULL
            REFERENCES sentences(id), entity_id INTEGER REFERENCES entities(id),
            text TEXT NOT NULL, value REAL NOT NULL, value_max REAL, unit TEXT NOT NULL,
            qualifier TEXT NOT NULL, label TEXT NOT NULL, context TEXT NOT NULL,
            start INTEGER NOT NULL);
        CREATE INDEX figures_sentence ON figures(sentence_id);
        CREATE INDEX figures_entity ON figures(entity_id);
        CREATE TABLE events (
            id INTEGER PRIMARY KEY, document_id INTEGER NOT NULL REFERENCES documents(id),
            entry_id INTEGER REFERENCES entries(id), sentence_id INTEGER REFERENCES sentences(id),
            year INTEGER NOT NULL, month INTEGER, day INTEGER, precision TEXT NOT NULL,
            date_text TEXT NOT NULL, title TEXT NOT NULL, sentence TEXT NOT NULL,
            from_caption INTEGER NOT NULL);
        CREATE INDEX events_month_day ON events(month, day);
        CREATE TABLE pinyin (char TEXT PRIMARY KEY, py TEXT NOT NULL) WITHOUT ROWID;
        CREATE VIRTUAL TABLE sentences_fts USING fts5(
            tokens, content='sentences', content_rowid='id', tokenize='unicode61');
        """
    )


def _migration_2(db: sqlite_utils.Database) -> None:
    """Operational tables: chats, subscriptions, deliveries, questions and votes."""
    db.executescript(
        """
        CREATE TABLE chats (
            chat_id INTEGER PRIMARY KEY, type TEXT NOT NULL, lang TEXT,
            first_seen TEXT NOT NULL, last_seen TEXT NOT NULL);
        CREATE TABLE subscriptions (
            chat_id INTEGER PRIMARY KEY, chat_type TEXT NOT NULL, time TEXT NOT NULL,
            tz TEXT NOT NULL, lang TEXT NOT NULL, active INTEGER NOT NULL,
            created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
        CREATE TABLE deliveries (
            chat_id INTEGER NOT NULL, local_date TEXT NOT NULL, status TEXT NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0, message_id INTEGER, error TEXT,
            updated_at TEXT NOT NULL, PRIMARY KEY (chat_id, local_date));
        CREATE TABLE questions (
            id INTEGER PRIMARY KEY, chat_id INTEGER, question TEXT NOT NULL,
            answer TEXT NOT NULL, found INTEGER NOT NULL, created_at TEXT NOT NULL);
        CREATE INDEX questions_chat ON questions(chat_id);
        CREATE TABLE votes (
            question_id INTEGER NOT NULL REFERENCES questions(id), chat_id INTEGER,
            user_id INTEGER NOT NULL, vote INTEGER NOT NULL, created_at TEXT NOT NULL,
            PRIMARY KEY (question_id, user_id));
        """
    )


def _migration_3(db: sqlite_utils.Database) -> None:
    """The index's vocabulary, for correcting homophone typos in ordinary words."""
    db.execute("CREATE VIRTUAL TABLE sentences_vocab USING fts5vocab(sentences_fts, 'row')")


def _migration_4(db: sqlite_utils.Database) -> None:
    """Question ids are never reused (AUTOINCREMENT): buttons carry them, and a button from
    before /forget must not act on a later question that got the same id."""
    # SQLite cannot add AUTOINCREMENT to a table: rebuild questions, and votes with it, so
    # that no step leaves a vote pointing at a missing question (foreign keys stay on).
    # One statement at a time: executescript would commit the migration's transaction.
    for statement in (
        "CREATE TABLE questions_new ("
        " id INTEGER PRIMARY KEY AUTOINCREMENT, chat_id INTEGER, question TEXT NOT NULL,"
        " answer TEXT NOT NULL, found INTEGER NOT NULL, created_at TEXT NOT NULL)",
        "INSERT INTO questions_new (id, chat_id, question, answer, found, created_at)"
        " SELECT id, chat_id, question, answer, found, created_at FROM questions",
        "CREATE TABLE votes_new ("
        " question_id INTEGER NOT NULL REFERENCES questions_new(id), chat_id INTEGER,"
        " user_id INTEGER NOT NULL, vote INTEGER NOT NULL, created_at TEXT NOT NULL,"
        " PRIMARY KEY (question_id, user_id))",
        "INSERT INTO votes_new SELECT question_id, chat_id, user_id, vote, created_at"
        " FROM votes",
        "DROP TABLE votes",
        "DROP TABLE questions",
        "ALTER TABLE questions_new RENAME TO questions",
        "ALTER TABLE votes_new RENAME TO votes",
        "CREATE INDEX questions_chat ON questions(chat_id)",
    ):
        db.execute(statement)
    # Copying the rows with their ids set sqlite_sequence to the highest one, so new ids
    # start above every id still stored.


def _migration_5(db: sqlite_utils.Database) -> None:
    """The inbox journal of fetched updates; questions record when their reply was sent."""
    # One statement at a time: executescript would commit the migration's transaction.
    for statement in (
        "CREATE TABLE inbox ("
        " update_id INTEGER PRIMARY KEY, chat_id INTEGER, message_id INTEGER, text TEXT,"
        " payload TEXT NOT NULL, received_at TEXT NOT NULL,"
        " status TEXT NOT NULL DEFAULT 'pending', done_at TEXT)",
        "CREATE INDEX inbox_pending ON inbox(status, received_at)",
        "CREATE INDEX inbox_chat ON inbox(chat_id)",
        "ALTER TABLE questions ADD COLUMN replied_at TEXT",
    ):
        db.execute(statement)
    # Before this migration a logged question was counted as answered; keep those counts.
    db.execute("UPDATE questions SET replied_at = created_at")


MIGRATIONS: Sequence[Callable[[sqlite_utils.Database], None]] = (
    _migration_1, _migration_2, _migration_3, _migration_4, _migration_5)
KNOWLEDGE_TABLES = (
    "sentences_fts", "events", "figures", "mentions", "aliases", "entities",
    "captions", "sentences", "entries", "sections",
)


def _dicts(cursor: sqlite3.Cursor) -> list[dict]:
    columns = [c[0] for c in cursor.description]
    return [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]


class Store:
    """sipbot's database. Thread-safe: writes go through one connection and one lock;
    reads from other threads use a second connection, so that a write waiting for another
    process's lock does not hold up every answer (WAL lets readers go on meanwhile)."""

    def __init__(self, path: str | Path = ":memory:", *,
                 busy_timeout: float = BUSY_TIMEOUT_S) -> None:
        self.path = str(path)
        self._lock = threading.RLock()
        self._read_lock = threading.Lock()
        self._owner: int | None = None  # the thread inside _locked, if any
        try:
            # busy_timeout: how long a write waits (SQLite retries) for another writer.
            conn = sqlite3.connect(
                self.path, timeout=busy_timeout, check_same_thread=False
            )
            self.db = sqlite_utils.Database(conn)
            if self.path != ":memory:":
                self.db.execute("PRAGMA journal_mode=WAL")
                # Reads map the file instead of copying pages through a small cache: a whole
                # yearbook's index is read in long runs (only the pages touched are resident).
                self.db.execute(f"PRAGMA mmap_size={MMAP_BYTES}")
            self.db.execute("PRAGMA foreign_keys=ON")
            self._migrate()
            self._reader: sqlite3.Connection | None = None
            if self.path != ":memory:":
                self._reader = sqlite3.connect(
                    self.path, timeout=busy_timeout, check_same_thread=False)
                self._reader.execute("PRAGMA query_only=ON")
                self._reader.execute(f"PRAGMA mmap_size={MMAP_BYTES}")
        except sqlite3.DatabaseError as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                raise StoreLocked(f"{self.path}: {exc}") from exc
            raise StoreCorrupt(f"{self.path}: {exc}") from exc

    # -- plumbing ---------------------------------------------------------------------

    def _migrate(self) -> None:
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise StoreCorrupt(f"schema version {version} is newer than this sipbot")
        for number, migration in enumerate(MIGRATIONS, start=1):
            if number <= version:
                continue
            with self.db.atomic():
                migration(self.db)
                self.db.execute(f"PRAGMA user_version = {number}")

    @contextmanager
    def _locked(self) -> Iterator[sqlite_utils.Database]:
        with self._lock:
            outer, self._owner = self._owner, threading.get_ident()
            try:
                yield self.db
            except sqlite3.OperationalError as exc:
                if "locked" in str(exc) or "busy" in str(exc):
                    raise StoreLocked(str(exc)) from exc
                raise
            finally:
                self._owner = outer

    def _rows(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[dict]:
        # Inside a write (same thread), read what that write sees; elsewhere, don't queue
        # behind it.
        if self._reader is None or self._owner == threading.get_ident():
            with self._locked() as db:
                return _dicts(db.execute(sql, params))
        with self._read_lock:
            try:
                return _dicts(self._reader.execute(sql, params))
            except sqlite3.OperationalError as exc:
                if "locked" in str(exc) or "busy" in str(exc):
                    raise StoreLocked(str(exc)) from exc
                raise

    def close(self) -> None:
        with self._lock, self._read_lock:
            if self._reader is not None:
                self._reader.close()
            self.db.close()

    def check(self) -> None:
        """Raise StoreCorrupt unless SQLite's quick check passes."""
        try:
            result = self._rows("PRAGMA quick_check")
        except sqlite3.DatabaseError as exc:
            raise StoreCorrupt(str(exc)) from exc
        if not result or next(iter(result[0].values())) != "ok":
            raise StoreCorrupt(f"quick_check: {result}")

    # -- knowledge: writing -------------------------------------------------------------

    def replace_document(self, name: str, write: Callable[[Writer], None], *,
                         sha256: str, encoding: str, chars: int) -> int:
        """Replace everything known about document ``name`` in one transaction.

        ``write`` receives a :class:`Writer` bound to the new document id. If it raises,
        the transaction rolls back and the previous store is left as it was.
        """
        with self._locked() as db, db.atomic():
            old = db.execute("SELECT id FROM documents WHERE name = ?", [name]).fetchone()
            if old:
                self._delete_document(old[0])
            cursor = db.execute(
                "INSERT INTO documents (name, sha256, encoding, chars, ingested_at) "
                "VALUES (?, ?, ?, ?, ?)",
                [name, sha256, encoding, chars, _now()],
            )
            document_id = int(cursor.lastrowid or 0)
            writer = Writer(db, document_id)
            write(writer)
            # Also indexes this document's sentences, and only them: a full FTS 'rebuild'
            # would make ingesting a yearbook of N chapters O(N²).
            writer.flush()
            return document_id

    def _delete_document(self, document_id: int) -> None:
        db = self.db
        doc = [document_id]
        # External-content FTS5: remove the old rows' terms before the rows themselves.
        db.execute(
            "INSERT INTO sentences_fts(sentences_fts, rowid, tokens) "
            "SELECT 'delete', id, tokens FROM sentences WHERE document_id = ?", doc)
        db.execute(
            "DELETE FROM mentions WHERE sentence_id IN "
            "(SELECT id FROM sentences WHERE document_id = ?)", doc)
        db.execute(
            "DELETE FROM aliases WHERE entity_id IN "
            "(SELECT id FROM entities WHERE document_id = ?)", doc)
        for table in ("events", "figures", "entities", "captions", "sentences", "entries",
                      "sections"):
            db.execute(f"DELETE FROM {table} WHERE document_id = ?", doc)
        db.execute("DELETE FROM documents WHERE id = ?", doc)

    def set_pinyin(self, table: dict[str, str]) -> None:
        with self._locked() as db, db.atomic():
            db.execute("DELETE FROM pinyin")
            db.conn.executemany("INSERT INTO pinyin (char, py) VALUES (?, ?)", table.items())

    # -- knowledge: reading -------------------------------------------------------------

    def documents(self) -> list[dict]:
        return self._rows("SELECT * FROM documents ORDER BY id")

    def counts(self) -> dict[str, int]:
        names = ("documents", "sections", "entries", "sentences", "captions", "entities",
                 "aliases", "figures", "events", "subscriptions", "questions", "votes")
        out: dict[str, int] = {}
        with self._locked() as db:
            for name in names:
                out[name] = db.execute(f"SELECT count(*) FROM {name}").fetchone()[0]
        return out

    def entries(self) -> list[dict]:
        return self._rows(
            "SELECT e.id, e.title, e.subject, e.body, e.credits, e.position, "
            "s.title AS section, d.name AS document FROM entries e "
            "JOIN sections s ON s.id = e.section_id JOIN documents d ON d.id = e.document_id "
            "ORDER BY e.document_id, e.position")

    def sections(self) -> list[dict]:
        return self._rows("SELECT * FROM sections ORDER BY document_id, position")

    def captions(self) -> list[dict]:
        return self._rows("SELECT * FROM captions ORDER BY document_id, position")

    def sources(self) -> dict[int, Source]:
        """Entry id → Source, for citing."""
        return {
            r["id"]: Source(r["section"], r["title"])
            for r in self._rows(
                "SELECT e.id, e.title, s.title AS section FROM entries e "
                "JOIN sections s ON s.id = e.section_id")
        }

    def alias_rows(self) -> list[dict]:
        return self._rows(
            "SELECT a.alias, a.kind, a.pinyin, e.id AS entity_id, e.name, e.type, e.entry_id "
            "FROM aliases a JOIN entities e ON e.id = a.entity_id")

    def entities(self) -> list[Entity]:
        rows = self._rows("SELECT * FROM entities ORDER BY id")
        aliases: dict[int, list[str]] = {}
        for a in self._rows("SELECT entity_id, alias FROM aliases ORDER BY rowid"):
            aliases.setdefault(a["entity_id"], []).append(a["alias"])
        return [
            Entity(r["id"], r["name"], r["type"], r["entry_id"], tuple(aliases.get(r["id"], ())))
            for r in rows
        ]

    def sentences(self, ids: Iterable[int] | None = None) -> list[dict]:
        base = ("SELECT s.id, s.entry_id, s.caption_id, s.position, s.text FROM sentences s")
        if ids is None:
            return self._rows(base + " ORDER BY s.id")
        id_list = list(ids)
        if not id_list:
            return []
        return self._rows(
            base + " WHERE s.id IN (SELECT value FROM json_each(?)) ORDER BY s.id",
            [json.dumps(id_list)])

    def sentences_of_entries(self, entry_ids: Iterable[int]) -> list[dict]:
        return self._rows(
            "SELECT id, entry_id, caption_id, position, text FROM sentences "
            "WHERE entry_id IN (SELECT value FROM json_each(?)) ORDER BY id",
            [json.dumps(list(entry_ids))])

    def sentences_mentioning(self, entity_ids: Iterable[int], limit: int = -1) -> list[dict]:
        # The LIMIT inside lets SQLite stop early for a name repeated in every chapter.
        return self._rows(
            "SELECT s.id, s.entry_id, s.caption_id, s.position, s.text FROM sentences s "
            "WHERE s.id IN (SELECT sentence_id FROM mentions "
            "WHERE entity_id IN (SELECT value FROM json_each(?)) LIMIT ?) ORDER BY s.id",
            [json.dumps(list(entity_ids)), limit])

    def entity_documents(self, entity_ids: Iterable[int], limit: int = -1) -> set[int]:
        """The documents the entities belong to (at most ``limit`` of them)."""
        return {r["document_id"] for r in self._rows(
            "SELECT DISTINCT document_id FROM entities "
            "WHERE id IN (SELECT value FROM json_each(?)) LIMIT ?",
            [json.dumps(list(entity_ids)), limit])}

    def mentioned_among(self, entity_ids: Iterable[int], sentence_ids: Iterable[int]
                        ) -> set[int]:
        """Which of ``sentence_ids`` mention any of ``entity_ids``."""
        return {r["sentence_id"] for r in self._rows(
            "SELECT DISTINCT sentence_id FROM mentions "
            "WHERE sentence_id IN (SELECT value FROM json_each(?)) "
            "AND entity_id IN (SELECT value FROM json_each(?))",
            [json.dumps(list(sentence_ids)), json.dumps(list(entity_ids))])}

    def search_sentences(self, tokens: Iterable[str], limit: int = 50, *,
                         require_all: bool = False,
                         documents: Iterable[int] | None = None) -> list[dict]:
        """Full-text search over the bigram token index; best first. Any token matches,
        or with ``require_all`` every one must; ``documents`` keeps it to those."""
        match = fts_query(tokens, "AND" if require_all else "OR")
        if not match:
            return []
        if documents is not None:
            within = fts_query(document_token(d) for d in documents)
            if not within:
                return []
            match = f"({match}) AND ({within})"
        return self._rows(
            "SELECT s.id, s.entry_id, s.caption_id, s.position, s.text, "
            "bm25(sentences_fts) AS rank FROM sentences_fts "
            "JOIN sentences s ON s.id = sentences_fts.rowid "
            "WHERE sentences_fts MATCH ? ORDER BY rank LIMIT ?",
            [match, limit])

    def token_document_frequency(self, tokens: Iterable[str]) -> dict[str, int]:
        """How many sentences contain each token (0 for unknown tokens), from the index's
        own vocabulary: one lookup, however common the token."""
        wanted = list(dict.fromkeys(t for t in tokens if t.strip()))
        found = {r["term"]: r["doc"] for r in self._rows(
            "SELECT term, doc FROM sentences_vocab "
            "WHERE term IN (SELECT value FROM json_each(?))",
            [json.dumps(wanted, ensure_ascii=False)])}
        return {t: found.get(t, 0) for t in wanted}

    def figures(self, *, sentence_ids: Iterable[int] | None = None) -> list[Figure]:
        sql = ("SELECT f.*, s.text AS sentence_text, e.name AS entity_name FROM figures f "
               "JOIN sentences s ON s.id = f.sentence_id "
               "LEFT JOIN entities e ON e.id = f.entity_id")
        params: list[Any] = []
        if sentence_ids is not None:
            sql += " WHERE f.sentence_id IN (SELECT value FROM json_each(?))"
            params.append(json.dumps(list(sentence_ids)))
        sql += " ORDER BY f.sentence_id, f.start"
        return [
            Figure(r["id"], r["text"], r["value"], r["value_max"], r["unit"], r["qualifier"],
                   r["label"], r["entity_name"], r["entry_id"], r["sentence_id"],
                   r["sentence_text"], r["context"], r["start"])
            for r in self._rows(sql, params)
        ]

    def events(self, *, month: int | None = None, day: int | None = None,
               sentence_ids: Iterable[int] | None = None) -> list[Event]:
        sql = ("SELECT ev.*, en.title AS entry_title, se.title AS section FROM events ev "
               "LEFT JOIN entries en ON en.id = ev.entry_id "
               "LEFT JOIN sections se ON se.id = en.section_id WHERE 1 = 1")
        params: list[Any] = []
        if month is not None:
            sql += " AND ev.month = ?"
            params.append(month)
        if day is not None:
            sql += " AND ev.day = ?"
            params.append(day)
        if sentence_ids is not None:
            sql += " AND ev.sentence_id IN (SELECT value FROM json_each(?))"
            params.append(json.dumps(list(sentence_ids)))
        sql += " ORDER BY ev.year, ev.month, ev.day, ev.id"
        return [
            Event(r["id"], r["year"], r["month"], r["day"], r["precision"], r["date_text"],
                  r["title"], r["sentence"], r["entry_id"], r["entry_title"] or "图片说明",
                  r["section"] or "图片", bool(r["from_caption"]))
            for r in self._rows(sql, params)
        ]

    def event_sentence_ids(self, event_ids: Iterable[int]) -> dict[int, int | None]:
        return {r["id"]: r["sentence_id"] for r in self._rows(
            "SELECT id, sentence_id FROM events WHERE id IN (SELECT value FROM json_each(?))",
            [json.dumps(list(event_ids))])}

    def pinyin_syllables(self) -> list[str]:
        return [r["py"] for r in self._rows("SELECT DISTINCT py FROM pinyin")]

    def vocabulary(self, length: int = 2) -> list[tuple[str, int]]:
        """Indexed words of ``length`` characters with how many sentences hold them."""
        return [(r["term"], r["doc"]) for r in self._rows(
            "SELECT term, doc FROM sentences_vocab WHERE length(term) = ?", [length])]

    def pinyin_of(self, chars: Iterable[str]) -> dict[str, str]:
        return {
            r["char"]: r["py"]
            for r in self._rows(
                "SELECT char, py FROM pinyin WHERE char IN (SELECT value FROM json_each(?))",
                [json.dumps(list(dict.fromkeys(chars)), ensure_ascii=False)])
        }

    def has_knowledge(self) -> bool:
        return bool(self._rows("SELECT 1 FROM documents LIMIT 1"))

    # -- operations: chats, questions, votes -------------------------------------------

    def touch_chat(self, chat_id: int, chat_type: str, lang: str | None = None) -> None:
        now = _now()
        with self._locked() as db, db.atomic():
            db.execute(
                "INSERT INTO chats (chat_id, type, lang, first_seen, last_seen) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT(chat_id) DO UPDATE SET "
                "type = excluded.type, last_seen = excluded.last_seen, "
                "lang = COALESCE(chats.lang, excluded.lang)",
                [chat_id, chat_type, lang, now, now])

    def set_chat_lang(self, chat_id: int, chat_type: str, lang: str) -> None:
        now = _now()
        with self._locked() as db, db.atomic():
            db.execute(
                "INSERT INTO chats (chat_id, type, lang, first_seen, last_seen) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT(chat_id) DO UPDATE SET "
                "lang = excluded.lang, last_seen = excluded.last_seen",
                [chat_id, chat_type, lang, now, now])

    def chat_lang(self, chat_id: int) -> str | None:
        rows = self._rows("SELECT lang FROM chats WHERE chat_id = ?", [chat_id])
        return rows[0]["lang"] if rows else None

    def log_question(self, chat_id: int | None, question: str, answer: str,
                     found: bool) -> int:
        with self._locked() as db, db.atomic():
            cursor = db.execute(
                "INSERT INTO questions (chat_id, question, answer, found, created_at) "
                "VALUES (?, ?, ?, ?, ?)", [chat_id, question, answer, int(found), _now()])
            return int(cursor.lastrowid or 0)

    def mark_replied(self, question_id: int) -> None:
        """The answer to a logged question was sent: from now on /stats counts it."""
        with self._locked() as db, db.atomic():
            db.execute("UPDATE questions SET replied_at = ? WHERE id = ?",
                       [_now(), question_id])

    def question(self, question_id: int) -> dict | None:
        rows = self._rows("SELECT * FROM questions WHERE id = ?", [question_id])
        return rows[0] if rows else None

    def record_vote(self, question_id: int, chat_id: int | None, user_id: int,
                    vote: int) -> None:
        with self._locked() as db, db.atomic():
            db.execute(
                "INSERT INTO votes (question_id, chat_id, user_id, vote, created_at) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT(question_id, user_id) DO UPDATE SET "
                "vote = excluded.vote, created_at = excluded.created_at",
                [question_id, chat_id, user_id, vote, _now()])

    def usage_stats(self) -> dict[str, int]:
        row = self._rows(
            "SELECT (SELECT count(*) FROM chats) AS chats, "
            "(SELECT count(*) FROM questions WHERE replied_at IS NOT NULL) AS questions, "
            "(SELECT count(*) FROM questions WHERE replied_at IS NOT NULL AND found = 0) "
            "AS not_found, "
            "(SELECT count(*) FROM votes WHERE vote > 0) AS upvotes, "
            "(SELECT count(*) FROM votes WHERE vote < 0) AS downvotes, "
            "(SELECT count(*) FROM subscriptions WHERE active = 1) AS subscriptions")[0]
        return {k: int(v) for k, v in row.items()}

    def forget_chat(self, chat_id: int) -> None:
        """Delete everything stored about one chat."""
        with self._locked() as db, db.atomic():
            db.execute("DELETE FROM votes WHERE chat_id = ? OR question_id IN "
                       "(SELECT id FROM questions WHERE chat_id = ?)", [chat_id, chat_id])
            for table in ("questions", "deliveries", "subscriptions", "chats", "inbox"):
                db.execute(f"DELETE FROM {table} WHERE chat_id = ?", [chat_id])

    def migrate_chat(self, old_chat_id: int, new_chat_id: int) -> None:
        """A group became a supergroup: carry its rows over to the new id."""
        with self._locked() as db, db.atomic():
            for table in ("subscriptions", "chats"):
                # Only when there is something to move: a second call for the same
                # migration (the digest broadcast met ChatMigrated, then the service message
                # arrived) must not delete the rows the first call moved.
                if db.execute(f"SELECT 1 FROM {table} WHERE chat_id = ?",
                              [old_chat_id]).fetchone() is None:
                    continue
                db.execute(f"DELETE FROM {table} WHERE chat_id = ?", [new_chat_id])
                db.execute(f"UPDATE {table} SET chat_id = ? WHERE chat_id = ?",
                           [new_chat_id, old_chat_id])
            db.execute("UPDATE subscriptions SET chat_type = 'supergroup' WHERE chat_id = ?",
                       [new_chat_id])
            db.execute("UPDATE OR IGNORE deliveries SET chat_id = ? WHERE chat_id = ?",
                       [new_chat_id, old_chat_id])
            for table in ("questions", "votes"):
                db.execute(f"UPDATE {table} SET chat_id = ? WHERE chat_id = ?",
                           [new_chat_id, old_chat_id])

    # -- operations: the inbox journal -------------------------------------------------

    def journal_updates(self, entries: Sequence[InboxEntry]) -> set[int]:
        """Journal a fetched batch in one transaction. Returns the update ids that were
        already journaled (Telegram sent them again): their first row, and its status, stay."""
        if not entries:
            return set()
        ids = json.dumps([e.update_id for e in entries])
        with self._locked() as db, db.atomic():
            known = {row[0] for row in db.execute(
                "SELECT update_id FROM inbox WHERE update_id IN (SELECT value FROM json_each(?))",
                [ids])}
            db.conn.executemany(
                "INSERT OR IGNORE INTO inbox (update_id, chat_id, message_id, text, payload, "
                "received_at) VALUES (?, ?, ?, ?, ?, ?)",
                [(e.update_id, e.chat_id, e.message_id, e.text, e.payload, e.received_at)
                 for e in entries])
            return known

    def finish_updates(self, update_ids: Sequence[int], done_at: str) -> None:
        """The updates were handled (their replies sent, or none was needed)."""
        with self._locked() as db, db.atomic():
            db.execute(
                "UPDATE inbox SET status = 'done', done_at = ? "
                "WHERE update_id IN (SELECT value FROM json_each(?)) AND status = 'pending'",
                [done_at, json.dumps(list(update_ids))])

    def pending_updates(self, since: str) -> list[InboxEntry]:
        """Unfinished updates received at or after ``since``, oldest first."""
        return [InboxEntry(r["update_id"], r["chat_id"], r["message_id"], r["text"],
                           r["payload"], r["received_at"])
                for r in self._rows(
                    "SELECT * FROM inbox WHERE status = 'pending' AND received_at >= ? "
                    "ORDER BY update_id", [since])]

    def expire_updates(self, before: str) -> int:
        """Give up on unfinished updates received before ``before``; returns how many."""
        with self._locked() as db, db.atomic():
            return db.execute(
                "UPDATE inbox SET status = 'expired' WHERE status = 'pending' "
                "AND received_at < ?", [before]).rowcount

    def prune_inbox(self, before: str) -> int:
        """Delete journal rows received before ``before``; returns how many."""
        with self._locked() as db, db.atomic():
            return db.execute("DELETE FROM inbox WHERE received_at < ?", [before]).rowcount

    def inbox_status(self) -> dict[str, int]:
        """How many journal rows are in each status."""
        return {r["status"]: int(r["n"]) for r in self._rows(
            "SELECT status, count(*) AS n FROM inbox GROUP BY status")}

    # -- operations: subscriptions and deliveries --------------------------------------

    @staticmethod
    def _subscription(row: dict) -> Subscription:
        return Subscription(row["chat_id"], row["chat_type"], row["time"], row["tz"],
                            row["lang"], bool(row["active"]), row["created_at"],
                            row["updated_at"])

    def upsert_subscription(self, chat_id: int, chat_type: str, time_hhmm: str, tz: str,
                            lang: str) -> Subscription:
        now = _now()
        with self._locked() as db, db.atomic():
            db.execute(
                "INSERT INTO subscriptions (chat_id, chat_type, time, tz, lang, active, "
                "created_at, updated_at) VALUES (?, ?, ?, ?, ?, 1, ?, ?) "
                "ON CONFLICT(chat_id) DO UPDATE SET chat_type = excluded.chat_type, "
                "time = excluded.time, tz = excluded.tz, lang = excluded.lang, active = 1, "
                "updated_at = excluded.updated_at",
                [chat_id, chat_type, time_hhmm, tz, lang, now, now])
        sub = self.subscription(chat_id)
        assert sub is not None
        return sub

    def subscription(self, chat_id: int) -> Subscription | None:
        rows = self._rows("SELECT * FROM subscriptions WHERE chat_id = ?", [chat_id])
        return self._subscription(rows[0]) if rows else None

    def subscriptions(self, *, active: bool | None = True) -> list[Subscription]:
        sql = "SELECT * FROM subscriptions"
        params: list[Any] = []
        if active is not None:
            sql += " WHERE active = ?"
            params.append(int(active))
        return [self._subscription(r) for r in self._rows(sql + " ORDER BY chat_id", params)]

    def set_subscription_active(self, chat_id: int, active: bool) -> bool:
        """Returns whether a subscription row changed."""
        with self._locked() as db, db.atomic():
            cursor = db.execute(
                "UPDATE subscriptions SET active = ?, updated_at = ? "
                "WHERE chat_id = ? AND active != ?",
                [int(active), _now(), chat_id, int(active)])
            return cursor.rowcount > 0

    def claim_delivery(self, chat_id: int, local_date: str, *, stale_after_s: float = 600
                       ) -> bool:
        """Mark (chat, local date) as being sent. False when it was already sent or is
        being sent by someone else (a claim older than ``stale_after_s`` may be retaken,
        so a crash mid-send leads to at most one duplicate, never a lost digest)."""
        now = time.time()
        with self._locked() as db, db.atomic():
            row = db.execute(
                "SELECT status, updated_at FROM deliveries WHERE chat_id = ? AND local_date = ?",
                [chat_id, local_date]).fetchone()
            if row:
                status, updated_at = row
                if status == "sent":
                    return False
                age = now - datetime.fromisoformat(updated_at).timestamp()
                if status == "sending" and age < stale_after_s:
                    return False
            db.execute(
                "INSERT INTO deliveries (chat_id, local_date, status, attempts, updated_at) "
                "VALUES (?, ?, 'sending', 1, ?) ON CONFLICT(chat_id, local_date) DO UPDATE "
                "SET status = 'sending', attempts = deliveries.attempts + 1, "
                "updated_at = excluded.updated_at",
                [chat_id, local_date, datetime.fromtimestamp(now, UTC).isoformat()])
            return True

    def finish_delivery(self, chat_id: int, local_date: str, status: str, *,
                        message_id: int | None = None, error: str | None = None) -> None:
        """Record the outcome of a claimed delivery: 'sent', 'failed' or 'skipped'."""
        with self._locked() as db, db.atomic():
            db.execute(
                "UPDATE deliveries SET status = ?, message_id = ?, error = ?, updated_at = ? "
                "WHERE chat_id = ? AND local_date = ?",
                [status, message_id, error, _now(), chat_id, local_date])

    def delivery(self, chat_id: int, local_date: str) -> dict | None:
        rows = self._rows("SELECT * FROM deliveries WHERE chat_id = ? AND local_date = ?",
                          [chat_id, local_date])
        return rows[0] if rows else None

    def deliveries(self, local_date: str | None = None) -> list[dict]:
        if local_date is None:
            return self._rows("SELECT * FROM deliveries ORDER BY local_date, chat_id")
        return self._rows("SELECT * FROM deliveries WHERE local_date = ? ORDER BY chat_id",
                          [local_date])

    def restore_rows(self, tables: dict[str, list[dict]]) -> dict[str, int]:
        """Insert rows salvaged from another store (columns this schema lacks are dropped,
        rows already present are kept). Returns how many rows each table took."""
        restored: dict[str, int] = {}
        with self._locked() as db, db.atomic():
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

    # -- digest feature ----------------------------------------------------------------

    def entry_texts(self) -> dict[int, tuple[str, str]]:
        """Entry id → (source, body), the source as "section › title": a digest cites the
        entry of its figure of the day and reads on past an event's sentence."""
        return {r["id"]: (f"{r['section']} › {r['title']}", r["body"])
                for r in self._rows(
                    "SELECT e.id, e.title, e.body, s.title AS section FROM entries e "
                    "JOIN sections s ON s.id = e.section_id")}


class Writer:
    """Inserts one document's parsed rows; used only inside Store.replace_document.

    Row ids are assigned here (one past the table's largest) so that rows can be buffered
    and written with ``executemany`` instead of one statement each; ``flush`` writes them,
    in dependency order, and ``replace_document`` calls it before indexing.
    """

    # Parents before children, for the foreign keys.
    _ORDER = ("sections", "entries", "captions", "sentences", "entities", "aliases", "mentions",
              "figures", "events")

    def __init__(self, db: sqlite_utils.Database, document_id: int) -> None:
        self.db = db
        self.document_id = document_id
        self._next: dict[str, int] = {}
        self._rows: dict[tuple[str, tuple[str, ...]], list[tuple[Any, ...]]] = {}

    def _id(self, table: str) -> int:
        if table not in self._next:
            row = self.db.execute(f"SELECT max(id) FROM {table}").fetchone()
            self._next[table] = int(row[0] or 0) + 1
        value = self._next[table]
        self._next[table] = value + 1
        return value

    def _buffer(self, table: str, row: dict[str, Any]) -> None:
        self._rows.setdefault((table, tuple(row)), []).append(tuple(row.values()))

    def _insert(self, table: str, row: dict[str, Any]) -> int:
        row_id = self._id(table)
        self._buffer(table, {"id": row_id, "document_id": self.document_id, **row})
        return row_id

    def flush(self) -> None:
        """Write every buffered row (idempotent)."""
        for table in self._ORDER:
            for (name, columns), rows in list(self._rows.items()):
                if name != table or not rows:
                    continue
                verb = "INSERT OR IGNORE" if table in ("aliases", "mentions") else "INSERT"
                self.db.conn.executemany(
                    f"{verb} INTO {table} ({', '.join(columns)}) "
                    f"VALUES ({', '.join('?' for _ in columns)})", rows)
                if table == "sentences":
                    at_id, at_tokens = columns.index("id"), columns.index("tokens")
                    self.db.conn.executemany(
                        "INSERT INTO sentences_fts(rowid, tokens) VALUES (?, ?)",
                        [(row[at_id], row[at_tokens]) for row in rows])
                rows.clear()

    def section(self, position: int, title: str) -> int:
        return self._insert("sections", {"position": position, "title": title})

    def entry(self, section_id: int, position: int, title: str, subject: str | None,
              body: str, credits: Sequence[str]) -> int:
        return self._insert("entries", {
            "section_id": section_id, "position": position, "title": title,
            "subject": subject, "body": body,
            "credits": json.dumps(list(credits), ensure_ascii=False)})

    def caption(self, position: int, text: str, credit: str,
                near_entry_id: int | None) -> int:
        return self._insert("captions", {"position": position, "text": text, "credit": credit,
                                         "near_entry_id": near_entry_id})

    def sentence(self, entry_id: int | None, caption_id: int | None, position: int,
                 text: str, tokens: str) -> int:
        # Each sentence also carries its document's token, so that a search can be kept to
        # the chapters an entity belongs to: FTS intersects that short list cheaply.
        return self._insert("sentences", {"entry_id": entry_id, "caption_id": caption_id,
                                          "position": position, "text": text,
                                          "tokens": f"{tokens} {document_token(self.document_id)}"})

    def entity(self, name: str, type_: str, entry_id: int | None) -> int:
        return self._insert("entities", {"name": name, "type": type_, "entry_id": entry_id})

    def alias(self, entity_id: int, alias: str, kind: str, pinyin: str) -> None:
        self._buffer("aliases", {"entity_id": entity_id, "alias": alias, "kind": kind,
                                 "pinyin": pinyin})

    def mention(self, entity_id: int, sentence_id: int) -> None:
        self._buffer("mentions", {"entity_id": entity_id, "sentence_id": sentence_id})

    def figure(self, **row: Any) -> int:
        return self._insert("figures", row)

    def event(self, **row: Any) -> int:
        return self._insert("events", row)
