"""Writing the documents: replacing one document's rows in one transaction (a buffered
:class:`Writer` fills them), the pinyin table, and the list of what was ingested."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from data.models import DocumentRow
from data.store import names
from data.store import words as words_index
from data.store.database import Database
from data.store.knowledge import document_token

# The pinyin table's syllables, kept apart (a pinyin question reads them, not 41 923 rows).
PINYIN_SYLLABLES_TABLE = "CREATE TABLE pinyin_syllables (py TEXT PRIMARY KEY) WITHOUT ROWID"
FILL_PINYIN_SYLLABLES = "INSERT INTO pinyin_syllables (py) SELECT DISTINCT py FROM pinyin"

if TYPE_CHECKING:
    import sqlite_utils


class Documents:
    """The ingested documents: replace one atomically, list them."""

    def __init__(self, database: Database) -> None:
        self.database = database
        # Inside a bulk ingest the index-word counts are counted once, at its end.
        self._terms_deferred = False

    @contextmanager
    def terms_deferred(self) -> Iterator[None]:
        """Documents replaced inside leave ``index_terms`` as it was; at the end it is
        counted anew from the full-text index, once (~0.5 s at 1000 chapters; kept in step
        chapter by chapter, a shelf's ingest took 4 s more). Until then a reader ranks by
        the counts from before the ingest. The English index is rebuilt at the end too."""
        self._terms_deferred = True
        try:
            yield
        finally:
            self._terms_deferred = False
            with self.database.write() as db:
                words_index.rebuild_terms(db.conn)
                words_index.rebuild_english(db.conn)

    def replace_document(self, name: str, write: Callable[[Writer], None], *,
                         sha256: str, encoding: str, chars: int, title: str = "",
                         path: str | None = None, words: dict[str, int] | None = None,
                         reader: str = "") -> int:
        """Replace everything known about document ``name`` in one transaction.

        ``write`` receives a :class:`Writer` bound to the new document id. If it raises,
        the transaction rolls back and the previous store is left as it was. ``words``: its
        dictionary words, when already counted; ``reader``: the fingerprint of the reading
        that made its rows (data/reader.py).
        """
        delta: Counter[str] = Counter()
        with self.database.write() as db:
            old = db.execute("SELECT id FROM documents WHERE name = ?", [name]).fetchone()
            if old:
                if not self._terms_deferred:
                    delta.subtract(words_index.document_terms(db.conn, old[0]))
                self._delete_document(db, old[0])
            cursor = db.execute(
                "INSERT INTO documents (name, sha256, encoding, chars, ingested_at, title, "
                "path, reader) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [name, sha256, encoding, chars, self.database.now(), title, path, reader],
            )
            document_id = int(cursor.lastrowid or 0)
            writer = Writer(db, document_id)
            write(writer)
            # Also indexes this document's sentences, and only them: a full FTS 'rebuild'
            # would make ingesting a yearbook of N chapters O(N²).
            writer.flush()
            names.index_document(db.conn, document_id)
            words_index.index_document(db.conn, document_id, writer.sentences, words)
            if not self._terms_deferred:
                delta.update(words_index.term_counts(tokens for _, tokens in writer.sentences))
                words_index.add_terms(db.conn, delta)
                words_index.rebuild_english(db.conn)
            return document_id

    @staticmethod
    def _delete_document(db: sqlite_utils.Database, document_id: int) -> None:
        doc = [document_id]
        names.drop_document(db.conn, document_id)
        words_index.drop_document(db.conn, document_id)
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
        with self.database.write() as db:
            db.execute("DELETE FROM pinyin")
            db.conn.executemany("INSERT INTO pinyin (char, py) VALUES (?, ?)", table.items())
            db.execute("DELETE FROM pinyin_syllables")
            db.execute(FILL_PINYIN_SYLLABLES)

    def optimize_text_index(self) -> None:
        """Merge the full-text index's segments into one. Replacing documents leaves the
        old terms' deletions and the new ones in segments of their own, which every search
        then reads through (a re-read chapter's searches ran ~10 % slower)."""
        with self.database.write() as db:
            db.execute("INSERT INTO sentences_fts(sentences_fts) VALUES ('optimize')")

    def all(self) -> list[DocumentRow]:
        return [DocumentRow(**r) for r in self.database.rows(
            "SELECT id, name, sha256, encoding, chars, ingested_at, title, path "
            "FROM documents ORDER BY id")]

    def read_by_another(self, reader: str) -> list[DocumentRow]:
        """The documents whose rows another reading made (see data/reader.py)."""
        return [DocumentRow(**r) for r in self.database.rows(
            "SELECT id, name, sha256, encoding, chars, ingested_at, title, path "
            "FROM documents WHERE reader != ? ORDER BY id", [reader])]

    def any(self) -> bool:
        return bool(self.database.rows("SELECT 1 FROM documents LIMIT 1"))


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
        self.sentences: list[tuple[str, str]] = []  # (text, tokens) in id order, kept

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
        tokens = f"{tokens} {document_token(self.document_id)}"
        self.sentences.append((text, tokens))
        return self._insert("sentences", {"entry_id": entry_id, "caption_id": caption_id,
                                          "position": position, "text": text,
                                          "tokens": tokens})

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
