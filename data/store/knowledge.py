"""Reading the documents' knowledge: sentences (and their full-text index), entries,
entities and aliases, figures, events, pinyin. What the answer engine and the digest read."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

from data.models import Entity, EntryRow, Event, Figure, SentenceRow, Source
from data.store.database import Database
from data.store.names import Lookups, NameIndex
from data.store.words import ShelfText, characters

KNOWLEDGE_COUNTED = ("documents", "sections", "entries", "sentences", "captions", "entities",
                     "aliases", "figures", "events")


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



def _sentences(database: Database, sql: str, params: list[Any]) -> list[SentenceRow]:
    """(Its queries select a sentence's columns in SentenceRow's order.)"""
    return [SentenceRow(*row) for row in database.tuples(sql, params)]


class KnowledgeStore:
    """Read-only access to everything ingested, for the engine and the digest."""

    def __init__(self, database: Database) -> None:
        self.database = database

    @property
    def names(self) -> NameIndex:
        """The name index (data/store/names.py), read by the linker."""
        return NameIndex(self.database.rows, self.database.column)

    def english_text(self, longest: int) -> ShelfText:
        """Every document's words for the English reading (data/store/words.py), with
        pieces of up to ``longest`` characters asked of the full-text index."""
        return ShelfText(self.database.rows, longest, self.database.tuples)

    @property
    def lookups(self) -> Lookups:
        """Entities and entries by id or name (data/store/names.py)."""
        return Lookups(self.database.rows)

    def sentence_count(self) -> int:
        return int(self.database.rows("SELECT count(*) AS n FROM sentences")[0]["n"])

    def counts(self) -> dict[str, int]:
        """Rows in each knowledge table."""
        return {name: self.database.count(name) for name in KNOWLEDGE_COUNTED}

    def entries(self) -> list[EntryRow]:
        return [EntryRow(**r) for r in self.database.rows(
            "SELECT e.id, e.title, e.subject, e.body, e.credits, e.position, "
            "s.title AS section, d.name AS document FROM entries e "
            "JOIN sections s ON s.id = e.section_id JOIN documents d ON d.id = e.document_id "
            "ORDER BY e.document_id, e.position")]

    def sections(self) -> list[dict]:
        return self.database.rows("SELECT * FROM sections ORDER BY document_id, position")

    def captions(self) -> list[dict]:
        return self.database.rows("SELECT * FROM captions ORDER BY document_id, position")

    def sources(self) -> dict[int, Source]:
        """Entry id → Source, for citing; with the document's title (or, lacking one, its
        name) when there are several documents to tell apart."""
        rows = self.database.rows(
            "SELECT e.id, e.title, s.title AS section, d.title AS document, d.name "
            "FROM entries e JOIN sections s ON s.id = e.section_id "
            "JOIN documents d ON d.id = e.document_id ORDER BY e.id")
        several = len({r["name"] for r in rows}) > 1
        return {r["id"]: Source(r["section"], r["title"],
                                (r["document"] or r["name"]) if several else "")
                for r in rows}

    def alias_rows(self) -> list[dict]:
        return self.database.rows(
            "SELECT a.alias, a.kind, a.pinyin, e.id AS entity_id, e.name, e.type, e.entry_id "
            "FROM aliases a JOIN entities e ON e.id = a.entity_id")

    def entities(self) -> list[Entity]:
        rows = self.database.rows("SELECT * FROM entities ORDER BY id")
        aliases: dict[int, list[str]] = {}
        for a in self.database.rows("SELECT entity_id, alias FROM aliases ORDER BY rowid"):
            aliases.setdefault(a["entity_id"], []).append(a["alias"])
        return [
            Entity(r["id"], r["name"], r["type"], r["entry_id"], tuple(aliases.get(r["id"], ())))
            for r in rows
        ]

    def sentences(self, ids: Iterable[int] | None = None) -> list[SentenceRow]:
        base = ("SELECT s.id, s.entry_id, s.caption_id, s.position, s.text FROM sentences s")
        if ids is None:
            return _sentences(self.database, base + " ORDER BY s.id", [])
        id_list = list(ids)
        if not id_list:
            return []
        return _sentences(self.database,
            base + " WHERE s.id IN (SELECT value FROM json_each(?)) ORDER BY s.id",
            [json.dumps(id_list)])

    def sentences_of_entries(self, entry_ids: Iterable[int]) -> list[SentenceRow]:
        return _sentences(self.database,
            "SELECT id, entry_id, caption_id, position, text FROM sentences "
            "WHERE entry_id IN (SELECT value FROM json_each(?)) ORDER BY id",
            [json.dumps(list(entry_ids))])

    def sentences_mentioning(self, entity_ids: Iterable[int], limit: int = -1
                             ) -> list[SentenceRow]:
        # The LIMIT inside lets SQLite stop early for a name repeated in every chapter.
        return _sentences(self.database,
            "SELECT s.id, s.entry_id, s.caption_id, s.position, s.text FROM sentences s "
            "WHERE s.id IN (SELECT sentence_id FROM mentions "
            "WHERE entity_id IN (SELECT value FROM json_each(?)) LIMIT ?) ORDER BY s.id",
            [json.dumps(list(entity_ids)), limit])

    def entity_documents(self, entity_ids: Iterable[int], limit: int = -1) -> set[int]:
        """The documents the entities belong to (at most ``limit`` of them)."""
        return {r["document_id"] for r in self.database.rows(
            "SELECT DISTINCT document_id FROM entities "
            "WHERE id IN (SELECT value FROM json_each(?)) LIMIT ?",
            [json.dumps(list(entity_ids)), limit])}

    def mentioned_among(self, entity_ids: Iterable[int], sentence_ids: Iterable[int]
                        ) -> set[int]:
        """Which of ``sentence_ids`` mention any of ``entity_ids``."""
        return {r["sentence_id"] for r in self.database.rows(
            "SELECT DISTINCT sentence_id FROM mentions "
            "WHERE sentence_id IN (SELECT value FROM json_each(?)) "
            "AND entity_id IN (SELECT value FROM json_each(?))",
            [json.dumps(list(sentence_ids)), json.dumps(list(entity_ids))])}

    def search_sentences(self, tokens: Iterable[str], limit: int = 50, *,
                         require_all: bool = False,
                         documents: Iterable[int] | None = None,
                         newest: int | None = None) -> list[SentenceRow]:
        """Full-text search over the bigram token index; best first. Any token matches,
        or with ``require_all`` every one must; ``documents`` keeps it to those; ``newest``
        ranks only that many matches, the last stored (the rest are never scored)."""
        match = fts_query(tokens, "AND" if require_all else "OR")
        if not match:
            return []
        if documents is not None:
            within = fts_query(document_token(d) for d in documents)
            if not within:
                return []
            match = f"({match}) AND ({within})"
        floor = 0
        if newest is not None:
            # Walking the matches newest first costs little; ranking each costs the index
            # a lookup of its sentence's length (thousands for a word of every chapter).
            found = self.database.column(
                "SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH ? "
                "ORDER BY rowid DESC LIMIT 1 OFFSET ?", [match, newest - 1])
            floor = found[0] if found else 0
        # Ranked in the index alone, then joined: a word of every chapter matches thousands
        # of sentences, and joining each before the sort read their rows for nothing.
        return _sentences(self.database,
            "SELECT s.id, s.entry_id, s.caption_id, s.position, s.text, hit.rank FROM "
            "(SELECT rowid, bm25(sentences_fts) AS rank FROM sentences_fts "
            "WHERE sentences_fts MATCH ? AND rowid >= ? ORDER BY rank LIMIT ?) AS hit "
            "JOIN sentences s ON s.id = hit.rowid ORDER BY hit.rank",
            [match, floor, limit])

    def texts_with_phrase(self, tokens: Sequence[str], limit: int = 50) -> list[str]:
        """Texts of sentences whose index holds ``tokens`` one after another (a run of
        characters' bigrams: the run itself, give or take a break between two runs), in no
        order: whether the document says something needs no ranking."""
        phrase = " ".join(t.replace('"', '""') for t in tokens if t.strip())
        if not phrase:
            return []
        return self.database.column(
            "SELECT s.text FROM sentences_fts JOIN sentences s ON s.id = sentences_fts.rowid "
            "WHERE sentences_fts MATCH ? LIMIT ?", [f'"{phrase}"', limit])

    def token_document_frequency(self, tokens: Iterable[str]) -> dict[str, int]:
        """How many sentences contain each token (0 for unknown tokens), as the index's own
        vocabulary counts them, kept at ingest: one lookup, however common the token."""
        wanted = list(dict.fromkeys(t for t in tokens if t.strip()))
        found = {r["term"]: r["sentences"] for r in self.database.rows(
            "SELECT term, sentences FROM index_terms "
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
            for r in self.database.rows(sql, params)
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
            for r in self.database.rows(sql, params)
        ]

    def event_sentence_ids(self, event_ids: Iterable[int]) -> dict[int, int | None]:
        return {r["id"]: r["sentence_id"] for r in self.database.rows(
            "SELECT id, sentence_id FROM events WHERE id IN (SELECT value FROM json_each(?))",
            [json.dumps(list(event_ids))])}

    def pinyin_syllables(self) -> list[str]:
        return [r["py"] for r in self.database.rows("SELECT py FROM pinyin_syllables")]

    def vocabulary(self, length: int = 2) -> list[tuple[str, int]]:
        """Indexed words of ``length`` characters with how many sentences hold them."""
        return [(r["term"], r["doc"]) for r in self.database.rows(
            "SELECT term, doc FROM sentences_vocab WHERE length(term) = ?", [length])]

    def characters(self) -> list[str]:
        """The CJK characters the sentences are written in (the index's one-character
        words, as ``vocabulary(1)`` lists them, kept at ingest instead of read from it)."""
        return characters(self.database.rows)

    def pinyin_of(self, chars: Iterable[str]) -> dict[str, str]:
        return {
            r["char"]: r["py"]
            for r in self.database.rows(
                "SELECT char, py FROM pinyin WHERE char IN (SELECT value FROM json_each(?))",
                [json.dumps(list(dict.fromkeys(chars)), ensure_ascii=False)])
        }

    def entry_texts(self) -> dict[int, tuple[str, str]]:
        """Entry id → (source, body), the source as "section › title": a digest cites the
        entry of its figure of the day and reads on past an event's sentence."""
        return {r["id"]: (f"{r['section']} › {r['title']}", r["body"])
                for r in self.database.rows(
                    "SELECT e.id, e.title, e.body, s.title AS section FROM entries e "
                    "JOIN sections s ON s.id = e.section_id")}
