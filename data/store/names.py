"""The name index in SQLite: built at ingest, read by the linker one question at a time.

Every process used to rebuild the alias index as Python objects from the ``aliases`` table
(seconds and hundreds of MB for a shelf of yearbooks). These tables hold it instead, with the
indexes its questions need, and are kept in step with the documents by ``index_document`` and
``drop_document`` (called inside ``Store.replace_document``'s transaction):

- ``name_aliases``: one row per stored alias that links (its folded key), in the order the
  aliases were stored (``alias_rowid``), with the entity and the alias's pinyin;
- ``name_chars``: character → key, for the keys the character index covers (each distinct
  key once), with ``name_char_counts`` (how many keys hold a character: its rarity);
- ``name_tails``: tail → long name (each distinct key once);
- ``name_keys``: the keys of those two by number. A chapter's new keys are numbered after
  every other, so its rows go at the end of each character's and tail's run instead of
  all over the tables (at 1 000 chapters, keys as text made those two tables ~2 700 of
  the ~3 600 pages a chapter's ingest wrote);
- ``name_heads``: a key's first two characters → the longest key so starting (an upper
  bound: where a question's pieces can be names, and how long they need be);
- ``name_tail_heads``: the same for tails, by their first ``names.TAIL_HEAD`` characters (a range
  of ``name_tails`` read for its longest took milliseconds at a shelf, where a common head
  begins thousands of tails);
- ``name_pinyin_heads``: an alias's pinyin by its first ``PINYIN_HEAD`` letters → the
  longest so starting (a spelling at least that long is bounded by its own head; a shorter
  one by the heads that start with it: a few rows, where a shelf's aliases are thousands).

``NameIndex`` reads them; ``Lookups`` reads entities and entries by id (what the answer
pipeline used to load whole at start). All SQL of both lives here.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from data import names
from data.models import Source

Rows = Callable[[str, Sequence[Any]], list[dict]]
Column = Callable[[str, Sequence[Any]], list[Any]]

TAIL_HEADS_TABLE = ("CREATE TABLE IF NOT EXISTS name_tail_heads "
                    "(head TEXT PRIMARY KEY, longest INTEGER NOT NULL) WITHOUT ROWID")
# The longest tail of each head, as ``_add_keys`` keeps it (for a store from before it).
FILL_TAIL_HEADS = (
    "INSERT INTO name_tail_heads (head, longest) "
    f"SELECT substr(tail, 1, {names.TAIL_HEAD}), max(length(tail)) FROM name_tails "
    f"WHERE length(tail) >= {names.TAIL_HEAD} GROUP BY 1 "
    "ON CONFLICT(head) DO UPDATE SET longest = max(longest, excluded.longest)")

PINYIN_HEAD = 6  # letters of a pinyin spelling its head keeps
PINYIN_HEADS_TABLE = ("CREATE TABLE IF NOT EXISTS name_pinyin_heads "
                      "(head TEXT PRIMARY KEY, longest INTEGER NOT NULL) WITHOUT ROWID")
FILL_PINYIN_HEADS = (
    "INSERT INTO name_pinyin_heads (head, longest) "
    f"SELECT substr(pinyin, 1, {PINYIN_HEAD}), max(length(pinyin)) FROM name_aliases "
    "WHERE pinyin IS NOT NULL GROUP BY 1 "
    "ON CONFLICT(head) DO UPDATE SET longest = max(longest, excluded.longest)")

KEY_TABLES = (
    "CREATE TABLE name_keys (id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE)",
    "CREATE TABLE name_chars (ch TEXT NOT NULL, key_id INTEGER NOT NULL,"
    " PRIMARY KEY (ch, key_id)) WITHOUT ROWID",
    "CREATE TABLE name_tails (tail TEXT NOT NULL, key_id INTEGER NOT NULL,"
    " PRIMARY KEY (tail, key_id)) WITHOUT ROWID",
)
SCHEMA = (
    "CREATE TABLE name_aliases ("
    " alias_rowid INTEGER PRIMARY KEY, key TEXT NOT NULL, entity_id INTEGER NOT NULL,"
    " document_id INTEGER NOT NULL, pinyin TEXT)",
    "CREATE INDEX name_aliases_key ON name_aliases(key, entity_id)",
    "CREATE INDEX name_aliases_pinyin ON name_aliases(pinyin) WHERE pinyin IS NOT NULL",
    "CREATE INDEX name_aliases_document ON name_aliases(document_id)",
    *KEY_TABLES,
    "CREATE TABLE name_char_counts (ch TEXT PRIMARY KEY, keys INTEGER NOT NULL) WITHOUT ROWID",
    "CREATE TABLE name_heads (head TEXT PRIMARY KEY, longest INTEGER NOT NULL) WITHOUT ROWID",
    TAIL_HEADS_TABLE,
    PINYIN_HEADS_TABLE,
    # Entries by subject: "has this name an entry of its own?" without loading them all.
    "CREATE INDEX entries_subject ON entries(subject)",
    # Entries cited by title (a source), not a scan of every chapter's text.
    "CREATE INDEX entries_title ON entries(title)",
    # A document's entities (and so its aliases), not a scan of every chapter's.
    "CREATE INDEX entities_document ON entities(document_id)",
)


# -- writing (inside the caller's transaction) -------------------------------------------


def create(conn: sqlite3.Connection) -> None:
    """The tables, filled for every document already stored (a migration)."""
    for statement in SCHEMA:
        conn.execute(statement)
    for (document_id,) in conn.execute("SELECT id FROM documents ORDER BY id").fetchall():
        index_document(conn, document_id)


def _present(conn: sqlite3.Connection, keys: Collection[str]) -> set[str]:
    return {r[0] for r in conn.execute(
        "SELECT DISTINCT key FROM name_aliases WHERE key IN (SELECT value FROM json_each(?))",
        [json.dumps(list(keys))])}


def index_document(conn: sqlite3.Connection, document_id: int) -> None:
    """Index the names of a document whose aliases are stored."""
    rows = []
    for rowid, alias, kind, pinyin, entity_id in conn.execute(
            "SELECT a.rowid, a.alias, a.kind, a.pinyin, a.entity_id FROM entities e "
            "JOIN aliases a ON a.entity_id = e.id WHERE e.document_id = ? ORDER BY a.rowid",
            [document_id]):
        key = names.alias_key(alias, kind)
        if key is not None:
            rows.append((rowid, key, entity_id, document_id,
                         pinyin.replace(" ", "") if pinyin else None))
    if not rows:
        return
    keys = list(dict.fromkeys(r[1] for r in rows))
    present = _present(conn, keys)
    new = [k for k in keys if k not in present]
    conn.executemany("INSERT INTO name_aliases (alias_rowid, key, entity_id, document_id, "
                     "pinyin) VALUES (?, ?, ?, ?, ?)", rows)
    _add_keys(conn, new)
    _keep_longest(conn, "name_heads", ((key[:2], len(key)) for key in new))
    _keep_longest(conn, "name_pinyin_heads",
                  ((pinyin[:PINYIN_HEAD], len(pinyin)) for *_, pinyin in rows if pinyin))


def _keep_longest(conn: sqlite3.Connection, table: str,
                  sizes: Iterable[tuple[str, int]]) -> None:
    """Raise each head's longest in ``table`` (a table of heads) to the sizes given."""
    longest: dict[str, int] = {}
    for head, size in sizes:
        longest[head] = max(longest.get(head, 0), size)
    conn.executemany(f"INSERT INTO {table} (head, longest) VALUES (?, ?) ON CONFLICT(head) "
                     "DO UPDATE SET longest = max(longest, excluded.longest)",
                     sorted(longest.items()))


def _add_keys(conn: sqlite3.Connection, keys: Iterable[str]) -> None:
    """Index keys no stored alias had (each numbered after every key stored)."""
    rows = [(key, names.char_indexed(key), names.tails(key)) for key in keys]
    rows = [row for row in rows if row[1] or row[2]]
    first = conn.execute("SELECT coalesce(max(id), 0) + 1 FROM name_keys").fetchone()[0]
    conn.executemany("INSERT INTO name_keys (id, key) VALUES (?, ?)",
                     [(first + i, key) for i, (key, _, _) in enumerate(rows)])
    chars: list[tuple[str, int]] = []
    tails: list[tuple[str, int]] = []
    for key_id, (key, indexed, key_tails) in enumerate(rows, start=first):
        if indexed:
            chars.extend((ch, key_id) for ch in set(key))
        tails.extend((tail, key_id) for tail in key_tails)
    # In key order: each B-tree page is visited once, not once a row.
    conn.executemany("INSERT OR IGNORE INTO name_chars (ch, key_id) VALUES (?, ?)",
                     sorted(chars))
    conn.executemany("INSERT OR IGNORE INTO name_tails (tail, key_id) VALUES (?, ?)",
                     sorted(tails))
    conn.executemany(
        "INSERT INTO name_char_counts (ch, keys) VALUES (?, ?) ON CONFLICT(ch) "
        "DO UPDATE SET keys = keys + excluded.keys",
        sorted(Counter(ch for ch, _ in chars).items()))
    _keep_longest(conn, "name_tail_heads", ((tail[:names.TAIL_HEAD], len(tail))
                                            for tail, _ in tails if len(tail) >= names.TAIL_HEAD))


def drop_document(conn: sqlite3.Connection, document_id: int) -> None:
    """Forget a document's names (keys other documents still hold stay)."""
    keys = [r[0] for r in conn.execute(
        "SELECT DISTINCT key FROM name_aliases WHERE document_id = ?", [document_id])]
    conn.execute("DELETE FROM name_aliases WHERE document_id = ?", [document_id])
    still = _present(conn, keys)
    gone = [k for k in keys if k not in still]
    ids = dict(conn.execute(
        "SELECT key, id FROM name_keys WHERE key IN (SELECT value FROM json_each(?))",
        [json.dumps(gone)]).fetchall())
    for key in gone:
        key_id = ids.get(key)
        if key_id is None:
            continue  # neither character-indexed nor a tail's name
        if names.char_indexed(key):
            conn.executemany("DELETE FROM name_chars WHERE ch = ? AND key_id = ?",
                             [(ch, key_id) for ch in set(key)])
            conn.executemany("UPDATE name_char_counts SET keys = keys - 1 WHERE ch = ?",
                             [(ch,) for ch in set(key)])
        conn.executemany("DELETE FROM name_tails WHERE tail = ? AND key_id = ?",
                         [(tail, key_id) for tail in names.tails(key)])
    conn.executemany("DELETE FROM name_keys WHERE id = ?", [(i,) for i in ids.values()])
    conn.execute("DELETE FROM name_char_counts WHERE keys <= 0")


# -- reading ----------------------------------------------------------------------------------


def _json(values: Iterable[Any]) -> str:
    return json.dumps(list(values), ensure_ascii=False)


def _with_all(chars: Sequence[str]) -> tuple[str, list[str]]:
    """The keys holding every one of ``chars``: those of the first, probed for the rest."""
    first, rest = chars[0], list(dict.fromkeys(chars[1:]))
    sql = ("SELECT k.key FROM name_chars c JOIN name_keys k ON k.id = c.key_id "
           "WHERE c.ch = ?") + "".join(
        " AND EXISTS (SELECT 1 FROM name_chars WHERE ch = ? AND key_id = c.key_id)"
        for _ in rest)
    return sql, [first, *rest]


# An entity whose name has an entry about it (a section of its own), in SQL over ``e``.
_HAS_ENTRY = "EXISTS (SELECT 1 FROM entries WHERE subject = e.name)"


class NameIndex:
    """Questions to the name index, each one SQL statement over an index."""

    def __init__(self, rows: Rows, column: Column) -> None:
        self._rows = rows
        self._column = column  # (for the queries a shelf answers with thousands of rows)

    def heads(self, bigrams: Iterable[str]) -> dict[str, int]:
        """Of ``bigrams``, those some key starts with → the longest such key's length (at
        least)."""
        return {r["head"]: r["longest"] for r in self._rows(
            "SELECT head, longest FROM name_heads WHERE head IN (SELECT value FROM json_each(?))",
            [_json(set(bigrams))])}

    def entity_ids(self, keys: Iterable[str]) -> dict[str, list[int]]:
        """Key → its entities' ids, in the order the aliases were stored, for those of
        ``keys`` that are names."""
        out: dict[str, list[int]] = {}
        for r in self._rows(
                "SELECT key, entity_id FROM name_aliases "
                "WHERE key IN (SELECT value FROM json_each(?)) ORDER BY alias_rowid",
                [_json(set(keys))]):
            out.setdefault(r["key"], []).append(r["entity_id"])
        return out

    def keys_among(self, pieces: Iterable[str]) -> set[str]:
        """Those of ``pieces`` that are keys (each looked up; no entity read)."""
        return set(self._column(
            "SELECT value FROM json_each(?) WHERE EXISTS "
            "(SELECT 1 FROM name_aliases WHERE key = value)", [_json(set(pieces))]))

    def first_entity_ids(self, key: str, most: int) -> list[int]:
        """The first ``most`` entities of a key, in the order the aliases were stored."""
        return self._column(
            "SELECT entity_id FROM name_aliases WHERE key = ? ORDER BY alias_rowid LIMIT ?",
            [key, most])

    def by_pinyin(self, spellings: Iterable[str]) -> dict[str, set[str]]:
        """Pinyin (no spaces) → the keys of the aliases read that way, for ``spellings``."""
        out: dict[str, set[str]] = {}
        # Each key once (a shelf repeats a name in every chapter), from the index alone.
        for r in self._rows(
                "SELECT DISTINCT pinyin, key FROM name_aliases "
                "WHERE pinyin IN (SELECT value FROM json_each(?))",
                [_json(set(spellings))]):
            out.setdefault(r["pinyin"], set()).add(r["key"])
        return out

    def pinyin_starts(self, prefixes: Iterable[str]) -> dict[str, int]:
        """Of ``prefixes``, those some alias's pinyin may start with → the longest such
        pinyin's length (an upper bound for a prefix longer than a head)."""
        # A range of the heads' index for a short prefix (no LIKE: it would not use it).
        return {r["value"]: r["longest"] for r in self._rows(
            "SELECT value, CASE WHEN length(value) >= ? THEN (SELECT longest FROM "
            "name_pinyin_heads WHERE head = substr(value, 1, ?)) ELSE (SELECT max(longest) "
            "FROM name_pinyin_heads WHERE head >= value AND head < value || char(1114111)) "
            "END AS longest FROM json_each(?)",
            [PINYIN_HEAD, PINYIN_HEAD, _json(set(prefixes))]) if r["longest"]}

    def tail_heads(self, heads: Iterable[str]) -> dict[str, int]:
        """Of ``heads`` (``names.TAIL_HEAD`` characters each), those some long name's tail starts
        with → the longest such tail's length (an upper bound, as for ``heads``)."""
        return {r["head"]: r["longest"] for r in self._rows(
            "SELECT head, longest FROM name_tail_heads "
            "WHERE head IN (SELECT value FROM json_each(?))", [_json(set(heads))])}

    def tails_among(self, pieces: Iterable[str]) -> set[str]:
        """Those of ``pieces`` that are the tail of some long name."""
        return {r["value"] for r in self._rows(
            "SELECT value FROM json_each(?) "
            "WHERE EXISTS (SELECT 1 FROM name_tails WHERE tail = value)",
            [_json(set(pieces))])}

    def by_tail(self, pieces: Iterable[str]) -> dict[str, set[str]]:
        """Tail → the long names ending with it, for those of ``pieces`` that are tails."""
        out: dict[str, set[str]] = {}
        for r in self._rows(
                "SELECT t.tail, k.key FROM name_tails t JOIN name_keys k ON k.id = t.key_id "
                "WHERE t.tail IN (SELECT value FROM json_each(?))",
                [_json(set(pieces))]):
            out.setdefault(r["tail"], set()).add(r["key"])
        return out

    def latin_keys(self) -> list[str]:
        """The keys written in Latin letters (English names, pinyin, initials)."""
        # Key to next key by the index (a shelf repeats each in every chapter: DISTINCT
        # read them all).
        return self._column(
            "WITH RECURSIVE k(key) AS (SELECT min(key) FROM name_aliases "
            "WHERE key >= 'a' AND key < '{' UNION ALL SELECT (SELECT min(key) FROM "
            "name_aliases WHERE key > k.key AND key < '{') FROM k WHERE k.key IS NOT NULL) "
            "SELECT key FROM k WHERE key IS NOT NULL", [])

    def has_prefix(self, prefix: str) -> bool:
        """Whether some key starts with ``prefix``."""
        return bool(self._rows(
            "SELECT 1 FROM name_aliases WHERE key >= ? AND key < ? LIMIT 1",
            [prefix, prefix + "\U0010ffff"]))

    def starting_with_any(self, heads: Iterable[str]) -> set[str]:
        """Keys whose first two characters are one of ``heads``."""
        out: set[str] = set()
        for head in dict.fromkeys(heads):
            out.update(r["key"] for r in self._rows(
                "SELECT DISTINCT key FROM name_aliases WHERE key >= ? AND key < ?",
                [head, head + "\U0010ffff"]))
        return out

    def char_counts(self, chars: Iterable[str]) -> dict[str, int]:
        """Character → how many indexed keys hold it (characters no key holds: absent)."""
        return {r["ch"]: r["keys"] for r in self._rows(
            "SELECT ch, keys FROM name_char_counts WHERE ch IN (SELECT value FROM json_each(?))",
            [_json(set(chars))])}

    def keys_with_all(self, chars: Sequence[str], limit: int = -1) -> set[str]:
        """Indexed keys holding every one of ``chars`` (the first should be the rarest); at
        most ``limit`` of them (any: -1 for all)."""
        if not chars:
            return set()
        sql, params = _with_all(chars)
        return set(self._column(sql + " LIMIT ?", [*params, limit]))

    def any_key_with_all(self, chars: Sequence[str], containing: Sequence[str] = ()) -> bool:
        """Whether some indexed key holds every one of ``chars`` (the first should be the
        rarest) and each of ``containing`` as a piece: it stops at the first (a shelf's
        common characters are in thousands of keys)."""
        if not chars:
            return False
        sql, params = _with_all(chars)
        sql += "".join(" AND instr(k.key, ?) > 0" for _ in containing) + " LIMIT 1"
        return bool(self._rows(sql, [*params, *containing]))

    def keys_with_any(self, chars: Iterable[str]) -> set[str]:
        """Indexed keys holding one of ``chars`` at least."""
        # (Each key once by its number, then read: no DISTINCT over thousands of strings.)
        return set(self._column(
            "SELECT key FROM name_keys WHERE id IN "
            "(SELECT key_id FROM name_chars WHERE ch IN (SELECT value FROM json_each(?)))",
            [_json(set(chars))]))

    def ranked(self, entity_ids: Sequence[int]) -> list[int]:
        """``entity_ids`` (each once) ranked: those whose name has an entry about it first,
        then the longer names, else in the order given. (A shelf's namesakes are ranked
        here, not by reading a thousand names into Python.)"""
        return self._column(
            "SELECT j.value AS id FROM json_each(?) AS j JOIN entities e ON e.id = j.value "
            f"ORDER BY NOT {_HAS_ENTRY}, "
            "-length(e.name), j.key", [_json(entity_ids)])

    def with_entry(self, entity_ids: Sequence[int]) -> list[int]:
        """Those of ``entity_ids`` whose name has an entry about it (a section of its own)."""
        return self._column(
            "SELECT j.value AS id FROM json_each(?) AS j JOIN entities e ON e.id = j.value "
            f"WHERE {_HAS_ENTRY} ORDER BY j.key",
            [_json(entity_ids)])

    def keys_of_entity_named(self, name: str) -> set[str]:
        """Keys naming an entity called ``name``."""
        # Through the aliases' own key on entity_id (name_aliases has none: a scan).
        return {r["key"] for r in self._rows(
            "SELECT DISTINCT n.key FROM entities e JOIN aliases a ON a.entity_id = e.id "
            "JOIN name_aliases n ON n.alias_rowid = a.rowid WHERE e.name = ?", [name])}


@dataclass(frozen=True, slots=True)
class EntityRow:
    name: str
    type: str
    entry_id: int | None


class Lookups:
    """Entities and entries by id or name, one statement each (callers cache)."""

    def __init__(self, rows: Rows) -> None:
        self._rows = rows

    def entities(self, ids: Iterable[int]) -> dict[int, EntityRow]:
        return {r["id"]: EntityRow(r["name"], r["type"], r["entry_id"]) for r in self._rows(
            "SELECT id, name, type, entry_id FROM entities "
            "WHERE id IN (SELECT value FROM json_each(?))", [_json(set(ids))])}

    def last_entity_named(self, names_: Iterable[str]) -> dict[str, int]:
        """Name → the largest id of an entity so called."""
        return {r["name"]: r["id"] for r in self._rows(
            "SELECT name, max(id) AS id FROM entities "
            "WHERE name IN (SELECT value FROM json_each(?)) GROUP BY name",
            [_json(set(names_))])}

    def entry_subjects(self, entry_ids: Iterable[int]) -> dict[int, tuple[str | None, int]]:
        """Entry id → (its subject, its document's id)."""
        return {r["id"]: (r["subject"], r["document_id"]) for r in self._rows(
            "SELECT id, subject, document_id FROM entries "
            "WHERE id IN (SELECT value FROM json_each(?))", [_json(set(entry_ids))])}

    def entry_credits(self, entry_ids: Iterable[int]) -> dict[int, tuple[str, ...]]:
        """Entry id → who wrote it (the names in brackets after its text)."""
        return {r["id"]: tuple(json.loads(r["credits"])) for r in self._rows(
            "SELECT id, credits FROM entries WHERE id IN (SELECT value FROM json_each(?))",
            [_json(set(entry_ids))])}

    def entry_texts(self, entry_ids: Iterable[int]) -> dict[int, str]:
        """Entry id → title and body."""
        return {r["id"]: r["title"] + r["body"] for r in self._rows(
            "SELECT id, title, body FROM entries WHERE id IN (SELECT value FROM json_each(?))",
            [_json(set(entry_ids))])}

    def entry_texts_by_block(self, size: int = 512) -> Iterator[list[tuple[int, str]]]:
        """Every entry's (id, title and body), a block at a time (never all at once)."""
        after = -1
        while True:
            rows = self._rows("SELECT id, title || body AS t FROM entries WHERE id > ? "
                              "ORDER BY id LIMIT ?", [after, size])
            if not rows:
                return
            yield [(r["id"], r["t"]) for r in rows]
            after = rows[-1]["id"]

    def caption_documents(self, text: str) -> list[int]:
        """The documents with a photo caption whose sentence is ``text``."""
        return [r["document_id"] for r in self._rows(
            "SELECT DISTINCT document_id FROM sentences "
            "WHERE text = ? AND caption_id IS NOT NULL ORDER BY document_id", [text])]

    def entry_texts_of(self, document_ids: Iterable[int]) -> list[tuple[int, str]]:
        """The (id, title and body) of every entry of those documents."""
        return [(r["id"], r["t"]) for r in self._rows(
            "SELECT id, title || body AS t FROM entries "
            "WHERE document_id IN (SELECT value FROM json_each(?)) ORDER BY id",
            [_json(set(document_ids))])]

    def most_common_subject(self) -> str | None:
        """The subject most entries have (the first met, in reading order, on a tie).
        Counted in the index on subjects: the entries' text is not read."""
        counts = self._rows(
            "SELECT subject, count(*) AS n FROM entries "
            "WHERE subject IS NOT NULL AND subject <> '' GROUP BY subject", ())
        if not counts:
            return None
        most = max(r["n"] for r in counts)
        tied = [r["subject"] for r in counts if r["n"] == most]
        if len(tied) == 1:
            return tied[0]
        return self._rows(
            "SELECT subject FROM entries WHERE subject IN (SELECT value FROM json_each(?)) "
            "ORDER BY document_id, position LIMIT 1", [_json(tied)])[0]["subject"]

    def several_documents(self) -> bool:
        """Whether entries come from more than one document (then citations name it)."""
        return bool(self._rows(
            "SELECT 1 FROM documents WHERE id <> (SELECT min(id) FROM documents) LIMIT 1", ()))

    def entries_with_source(self, source: Source) -> list[int]:
        """Ids of the entries cited as ``source``, in the order they are stored."""
        sql = ("SELECT e.id FROM entries e JOIN sections s ON s.id = e.section_id "
               "JOIN documents d ON d.id = e.document_id WHERE e.title = ? AND s.title = ?")
        params: list[Any] = [source.entry, source.section]
        if source.document:
            sql += " AND coalesce(nullif(d.title, ''), d.name) = ?"
            params.append(source.document)
        return [r["id"] for r in self._rows(sql + " ORDER BY e.id", params)]

    def sources(self, entry_ids: Iterable[int], several: bool) -> dict[int, Source]:
        """Entry id → Source (with the document's title, or lacking one its name, when
        ``several`` documents are stored)."""
        return {r["id"]: Source(r["section"], r["title"],
                                (r["document"] or r["name"]) if several else "")
                for r in self._rows(
            "SELECT e.id, e.title, s.title AS section, d.title AS document, d.name "
            "FROM entries e JOIN sections s ON s.id = e.section_id "
            "JOIN documents d ON d.id = e.document_id "
            "WHERE e.id IN (SELECT value FROM json_each(?))", [_json(set(entry_ids))])}
