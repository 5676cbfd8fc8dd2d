"""The words each document gives the English reading (``data/english.py``), built at ingest.

An English question is read into the document's own Chinese words through CC-CEDICT read
backwards; only words the text holds may be produced, and the commoner of two a gloss
allows wins. That index used to be built, in every process, from every CJK substring of
every sentence of the store (seconds and hundreds of MB for a shelf of yearbooks). These
tables hold what it needs instead, kept in step with the documents by ``index_document``
and ``drop_document`` (called inside ``Store.replace_document``'s transaction):

- ``dictionary_words``: each word of CC-CEDICT (two characters or more) or of the glossary
  that some document holds, with how often the shelf has it (``uses``);
- ``document_words``: how often each document has each of them (to take it back out), one
  JSON object a document (a row a word cost ~8 ms more a chapter to write), and the
  characters it is written in;
- ``shelf_chars``: every CJK character some sentence holds (as the full-text index has it
  as a word of its own), with how many documents hold it: what pinyin typos are read
  against, which ``fts5vocab`` could only give by reading the whole index (0.6 s at 1000
  chapters);
- ``dictionary_entries``: the CC-CEDICT entries of the words of ``dictionary_words`` (line,
  pinyin, senses: JSON a word), so that the shelf's index is built without reading the
  dictionary (~130 ms, the first English question of a process);
- ``index_terms``: each word of the full-text index with how many sentences hold it, as
  ``fts5vocab`` gives it, which counts them by reading the word's whole posting list
  (~0.6 ms a common bigram at 1000 chapters, every new question); kept by ``add_terms``
  chapter by chapter, counted anew by ``rebuild_terms`` at the end of a bulk ingest;
- ``dictionary_places``: CC-CEDICT's place names (English, lower case → Chinese), the same
  for every document, written with the first: an English question naming a word no gloss
  has (Jiangsu, London) looked it up by reading the whole dictionary (~70 ms a process);
  the countries' English names and their people's (France, French → 法国) among them;
- ``english_index``: the reverse index itself (``data.english.index``: English lemma
  phrases → the shelf's words, its vocabulary and reviewed stop phrases), rebuilt from the
  tables above whenever the shelf's words change: built from them in every process, it
  was ~35 ms of the first English question at one chapter;
- ``dictionary_countries``: each country's Chinese name (pycountry's ISO 3166 in zh_CN, but
  China's and the regions the question patterns name), for a question naming one the
  document never does (法国的大学).

:class:`ShelfText` reads them as ``data.english.Text``; whether two words the question
names side by side occur as one word (发明 + 专利) is asked of the full-text index.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from data.lazyre import lazy_regex
from data.texts import CJK

Rows = Callable[[str, Sequence[Any]], list[dict]]

ENTRIES_TABLE = ("CREATE TABLE IF NOT EXISTS dictionary_entries ("
                 " word TEXT PRIMARY KEY, entries TEXT NOT NULL) WITHOUT ROWID")
PLACES_TABLE = ("CREATE TABLE IF NOT EXISTS dictionary_places ("
                " name TEXT PRIMARY KEY, word TEXT NOT NULL) WITHOUT ROWID")
COUNTRIES_TABLE = ("CREATE TABLE IF NOT EXISTS dictionary_countries ("
                   " word TEXT PRIMARY KEY, name TEXT NOT NULL) WITHOUT ROWID")
SCHEMA = (
    "CREATE TABLE dictionary_words (word TEXT PRIMARY KEY, uses INTEGER NOT NULL) WITHOUT ROWID",
    "CREATE TABLE document_words ("
    " document_id INTEGER PRIMARY KEY, uses TEXT NOT NULL, chars TEXT NOT NULL)",
    "CREATE TABLE shelf_chars (ch TEXT PRIMARY KEY, documents INTEGER NOT NULL) WITHOUT ROWID",
    ENTRIES_TABLE,
    PLACES_TABLE,
)
ENGLISH_TABLE = ("CREATE TABLE IF NOT EXISTS english_index ("
                 " id INTEGER PRIMARY KEY, part INTEGER NOT NULL, key TEXT NOT NULL,"
                 " word TEXT NOT NULL, weight REAL NOT NULL)")
TERMS_TABLE = ("CREATE TABLE IF NOT EXISTS index_terms ("
               " term TEXT PRIMARY KEY, sentences INTEGER NOT NULL) WITHOUT ROWID")
FILL_TERMS = "INSERT INTO index_terms (term, sentences) SELECT term, doc FROM sentences_vocab"
_CJK_RUN = lazy_regex(f"[{CJK}]+")
_CJK_CHAR = lazy_regex(f"[{CJK}]")
_INDEX_WORD = lazy_regex(r"[^\W_]+")
MAX_PIECES = 65_536  # pieces remembered per process (a few bytes each)


# -- writing (inside the caller's transaction) -------------------------------------------


def create(conn: sqlite3.Connection) -> None:
    """The tables, filled for every document already stored (a migration)."""
    for statement in SCHEMA:
        conn.execute(statement)
    for (document_id,) in conn.execute("SELECT id FROM documents ORDER BY id").fetchall():
        index_document(conn, document_id)


def index_document(conn: sqlite3.Connection, document_id: int,
                   sentences: Sequence[tuple[str, str]] | None = None,
                   counts: dict[str, int] | None = None) -> None:
    """Count the words of a document: its sentences' (text, index tokens) in order, as
    just written (else read back from the store); ``counts``, when already counted."""
    from data.english.dictionary import reading_once

    with reading_once():
        _index_document(conn, document_id, sentences, counts)


def count_words(texts: Iterable[str]) -> dict[str, int]:
    """A document's dictionary words and their uses, from its sentences in order."""
    from data.english import document_words
    from data.normalize import fold

    # Folded as one text, as the English index always read a document; fold's own cache
    # is for short strings, not for every chapter ingested.
    return document_words(fold.__wrapped__("\n".join(texts)))


def _index_document(conn: sqlite3.Connection, document_id: int,
                    sentences: Sequence[tuple[str, str]] | None,
                    counts: dict[str, int] | None) -> None:
    rows = sentences if sentences is not None else conn.execute(
        "SELECT text, tokens FROM sentences WHERE document_id = ? ORDER BY id",
        [document_id]).fetchall()
    if counts is None:
        counts = count_words(text for text, _ in rows)
    # The characters as the full-text index has them: every CJK character of a token is a
    # one-character token too (a run's characters come before its bigrams).
    chars = sorted(set(_CJK_CHAR.findall("".join(tokens for _, tokens in rows))))
    held = {r[0] for r in conn.execute(
        "SELECT word FROM dictionary_words WHERE word IN (SELECT value FROM json_each(?))",
        [json.dumps(list(counts), ensure_ascii=False)])}
    # In key order: each B-tree page is visited once, not once a row.
    conn.executemany(
        "INSERT INTO dictionary_words (word, uses) VALUES (?, ?) "
        "ON CONFLICT(word) DO UPDATE SET uses = uses + excluded.uses", sorted(counts.items()))
    conn.executemany(
        "INSERT INTO shelf_chars (ch, documents) VALUES (?, 1) "
        "ON CONFLICT(ch) DO UPDATE SET documents = documents + 1", [(ch,) for ch in chars])
    conn.execute("INSERT INTO document_words (document_id, uses, chars) VALUES (?, ?, ?)",
                 [document_id, json.dumps(counts, ensure_ascii=False), "".join(chars)])
    add_entries(conn, [w for w in counts if w not in held])
    fill_places(conn)
    fill_countries(conn)


def term_counts(tokens: Iterable[str]) -> Counter[str]:
    """How many sentences hold each index word: the sentences' index tokens as the
    ``unicode61`` tokenizer reads them (runs of letters and digits, lower case: 1.5 is
    two words)."""
    counts: Counter[str] = Counter()
    for text in tokens:
        counts.update(set(_INDEX_WORD.findall(text.lower())))
    return counts


def document_terms(conn: sqlite3.Connection, document_id: int) -> Counter[str]:
    """How many of a stored document's sentences hold each index word."""
    return term_counts(r[0] for r in conn.execute(
        "SELECT tokens FROM sentences WHERE document_id = ?", [document_id]))


def add_terms(conn: sqlite3.Connection, delta: Counter[str]) -> None:
    """Add sentences counted (or, negative, taken out) to ``index_terms``; a word no
    sentence holds any more goes."""
    changed = sorted((term, n) for term, n in delta.items() if n)
    conn.executemany(
        "INSERT INTO index_terms (term, sentences) VALUES (?, ?) "
        "ON CONFLICT(term) DO UPDATE SET sentences = sentences + excluded.sentences", changed)
    conn.executemany("DELETE FROM index_terms WHERE term = ? AND sentences <= 0",
                     [(term,) for term, n in changed if n < 0])


def rebuild_terms(conn: sqlite3.Connection) -> None:
    """``index_terms`` counted anew from the full-text index (after a bulk ingest)."""
    conn.execute("DELETE FROM index_terms")
    conn.execute(FILL_TERMS)


def rebuild_english(conn: sqlite3.Connection) -> None:
    """The shelf's English index built anew from its words (inside the caller's
    transaction, after the documents' words changed)."""
    from data.english import MAX_WORD
    from data.english.index import build_index, index_rows
    from data.store.database import _dicts

    text = ShelfText(lambda sql, params: _dicts(conn.execute(sql, params)), MAX_WORD)
    conn.execute("DELETE FROM english_index")
    conn.executemany("INSERT INTO english_index (part, key, word, weight) VALUES (?, ?, ?, ?)",
                     index_rows(build_index(text)))


def add_entries(conn: sqlite3.Connection, words: Sequence[str]) -> None:
    """Keep the CC-CEDICT entries of words new to the shelf."""
    from data.english import entry_lines

    found = entry_lines(words) if words else {}
    conn.executemany(
        "INSERT OR REPLACE INTO dictionary_entries (word, entries) VALUES (?, ?)",
        sorted((w, json.dumps(lines, ensure_ascii=False)) for w, lines in found.items()))


def fill_places(conn: sqlite3.Connection) -> None:
    """CC-CEDICT's place names, unless the store has them."""
    if conn.execute("SELECT 1 FROM dictionary_places LIMIT 1").fetchone() is None:
        from data.english import places

        conn.executemany("INSERT INTO dictionary_places (name, word) VALUES (?, ?)",
                         sorted(places().items()))


def fill_countries(conn: sqlite3.Connection) -> None:
    """The countries' Chinese names, and their English names among the places (a place of
    CC-CEDICT's keeps its row), unless the store has them."""
    if conn.execute("SELECT 1 FROM dictionary_countries LIMIT 1").fetchone() is None:
        from data.english.dictionary import countries

        conn.executemany("INSERT INTO dictionary_countries (word, name) VALUES (?, ?)",
                         sorted(countries().items()))
        add_country_places(conn)


def add_country_places(conn: sqlite3.Connection) -> None:
    """The countries' English names and their people's among the places; a place already
    there (CC-CEDICT's) keeps its row."""
    from data.english.dictionary import country_places

    conn.executemany("INSERT OR IGNORE INTO dictionary_places (name, word) VALUES (?, ?)",
                     sorted(country_places().items()))


def drop_document(conn: sqlite3.Connection, document_id: int) -> None:
    """Take a document's words back out (words other documents still hold stay)."""
    row = conn.execute("SELECT uses, chars FROM document_words WHERE document_id = ?",
                       [document_id]).fetchone()
    if row is None:
        return
    counts = sorted(json.loads(row[0]).items())
    conn.executemany("UPDATE dictionary_words SET uses = uses - ? WHERE word = ?",
                     [(uses, word) for word, uses in counts])
    conn.executemany("DELETE FROM dictionary_words WHERE word = ? AND uses <= 0",
                     [(word,) for word, _ in counts])
    conn.executemany("DELETE FROM dictionary_entries WHERE word = ? AND NOT EXISTS "
                     "(SELECT 1 FROM dictionary_words WHERE word = ?)",
                     [(word, word) for word, _ in counts])
    conn.executemany("UPDATE shelf_chars SET documents = documents - 1 WHERE ch = ?",
                     [(ch,) for ch in row[1]])
    conn.executemany("DELETE FROM shelf_chars WHERE ch = ? AND documents <= 0",
                     [(ch,) for ch in row[1]])
    conn.execute("DELETE FROM document_words WHERE document_id = ?", [document_id])


# -- reading ----------------------------------------------------------------------------------


def characters(rows: Rows) -> list[str]:
    """Every CJK character of the stored sentences, in the full-text index's order."""
    return [r["ch"] for r in rows("SELECT ch FROM shelf_chars ORDER BY ch", ())]


class ShelfText:
    """Every stored document as one text to the English reading (``data.english.Text``):
    its words and their uses read once (thousands of rows, however many chapters), a
    compound asked of the full-text index (consecutive bigrams of one sentence)."""

    def __init__(self, rows: Rows, longest: int = 8,
                 tuples: Callable[[str, Sequence[Any]], list[tuple]] | None = None) -> None:
        self._rows = rows
        self._tuples = tuples
        self._longest = longest
        self._uses: dict[str, int] | None = None
        self._pieces: dict[str, bool] = {}
        self._places: dict[str, str | None] = {}
        self._countries: dict[str, tuple[str, ...]] | None = None

    def _all(self) -> dict[str, int]:
        if self._uses is None:
            self._uses = {r["word"]: r["uses"] for r in self._rows(
                "SELECT word, uses FROM dictionary_words", ())}
        return self._uses

    def words(self) -> list[str]:
        return [w for w in self._all() if len(w) <= self._longest and _CJK_RUN.fullmatch(w)]

    def entries(self) -> list[Any]:
        """The CC-CEDICT entries of :meth:`words`, in the dictionary's order (what
        ``dictionary_entries(set(self.words()))`` reads the whole dictionary for)."""
        from data.english.dictionary import Entry

        wanted = set(self.words())
        found: list[tuple[int, Entry]] = []
        for r in self._rows("SELECT word, entries FROM dictionary_entries", ()):
            if r["word"] in wanted:
                found += [(line, Entry(r["word"], pinyin, tuple(senses.split("/"))))
                          for line, pinyin, senses in json.loads(r["entries"])]
        return [entry for _, entry in sorted(found, key=lambda f: f[0])]

    def kept_index_rows(self) -> list[tuple]:
        """The English index kept at ingest, as ``data.english.index.index_rows`` wrote it
        (none: build it here)."""
        if self._tuples is None:
            return []
        return self._tuples("SELECT part, key, word, weight FROM english_index ORDER BY id", ())

    def holds(self, word: str) -> bool:
        return word in self._all()

    def count(self, word: str) -> int:
        return self._all().get(word, 0)

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str) or len(word) > self._longest or not _CJK_RUN.fullmatch(
                word):
            return False
        if word in self._all():
            return True  # a word the text holds is a piece of it
        if word not in self._pieces:
            if len(self._pieces) >= MAX_PIECES:
                self._pieces.clear()
            tokens = [word[i:i + 2] for i in range(len(word) - 1)] or [word]
            # The tokens are CJK characters only: nothing in them is FTS5 syntax.
            self._pieces[word] = bool(self._rows(
                "SELECT 1 FROM sentences_fts WHERE sentences_fts MATCH ? LIMIT 1",
                [f'"{" ".join(tokens)}"']))
        return self._pieces[word]

    def countries(self) -> dict[str, tuple[str, ...]]:
        """First character → the countries' Chinese names so starting, longest first."""
        if self._countries is None:
            from data.english.dictionary import by_first_character

            self._countries = by_first_character(
                r["word"] for r in self._rows("SELECT word FROM dictionary_countries", ()))
        return self._countries

    def place(self, english: str) -> str | None:
        key = english.lower()
        if key not in self._places:
            if len(self._places) >= MAX_PIECES:
                self._places.clear()
            found = self._rows("SELECT word FROM dictionary_places WHERE name = ?", [key])
            self._places[key] = found[0]["word"] if found else None
        return self._places[key]
