"""The words each document gives the English reading, kept in the store
(data/store/words.py): counted at ingest as the reverse index counts them, kept in step when a
chapter is replaced, filled by the migration for a store that predates them, and an index
built from them reads English as one built from the whole text; the shelf's characters are the
index's own; and a photo caption cites an entry of its own chapter. The index's words and
how many sentences hold each are kept too (``index_terms``), equal to ``fts5vocab``'s."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

from botkit import replaced_shelf

from data import english, present
from data.english.dictionary import WORD_ENDS, headwords
from data.english.index import substrings
from data.ingest import ingest_text
from data.normalize import fold, is_cjk
from data.pipeline.knowledge import Knowledge
from data.sources import BUNDLED_DOCUMENT
from data.store import Store

TABLES = ("dictionary_words", "document_words", "shelf_chars")


def words_by_document(path: Path) -> dict[str, dict[str, int]]:
    """Document name → word → uses, as stored."""
    conn = sqlite3.connect(path)
    try:
        return {name: json.loads(uses) for name, uses in conn.execute(
            "SELECT d.name, dw.uses FROM document_words dw "
            "JOIN documents d ON d.id = dw.document_id")}
    finally:
        conn.close()


def shelf_uses(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        return dict(conn.execute("SELECT word, uses FROM dictionary_words").fetchall())
    finally:
        conn.close()


def index_terms_as_kept_and_as_counted(path: Path) -> tuple[set, set]:
    conn = sqlite3.connect(path)
    try:
        return (set(conn.execute("SELECT term, sentences FROM index_terms")),
                set(conn.execute("SELECT term, doc FROM sentences_vocab")))
    finally:
        conn.close()


def test_index_terms_count_what_the_index_counts_through_replacements(tmp_path) -> None:
    path = tmp_path / "s.db"
    replaced_shelf(path)[0].close()  # words come and go
    kept, counted = index_terms_as_kept_and_as_counted(path)
    assert kept == counted and kept  # (1.5: two words of the index, 1 and 5)


def test_index_terms_counted_anew_after_a_bulk_ingest(tmp_path) -> None:
    from bot.bench import synth
    from data.ingest import ingest_many

    store = Store(tmp_path / "s.db")
    chapters = [(c.name, c.text) for c in synth.chapters(5, seed=2)]
    # (a group of three, then two; the last chapter again, replacing itself)
    ingest_many(store, [*chapters, chapters[-1]], workers=2, group=3)
    store.close()
    kept, counted = index_terms_as_kept_and_as_counted(tmp_path / "s.db")
    assert kept == counted and len(kept) > 1000


def store_from_before(path: Path, table: str, migration: str) -> Path:
    """A store of the bundled document made before ``migration`` added ``table``; opened
    again, so that the migration runs."""
    store = Store(path)
    ingest_text(store, BUNDLED_DOCUMENT.read_text(encoding="utf-8"), name="doc")
    store.close()
    conn = sqlite3.connect(path)
    conn.execute(f"DROP TABLE {table}")
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = ?", [migration])
    conn.commit()
    conn.close()
    Store(path).close()  # the migration
    return path


def test_index_terms_filled_for_a_store_that_predates_them(tmp_path) -> None:
    path = store_from_before(tmp_path / "s.db", "index_terms", "0016_index_terms")
    kept, counted = index_terms_as_kept_and_as_counted(path)
    assert kept == counted and kept


def test_document_words_are_the_headwords_and_glossary_words_of_the_text() -> None:
    folded = fold(BUNDLED_DOCUMENT.read_text(encoding="utf-8"))
    found = english.document_words(folded)
    words = {w for w, what in headwords().items() if what & WORD_ENDS}
    pieces = substrings(folded)
    glossary = {k for k in english.glossary() if k in folded}
    assert set(found) == (pieces & words) | glossary
    assert all(found[w] == folded.count(w) for w in found)  # str.count, as the index counts
    assert found["专利"] == folded.count("专利") > 0
    assert english.document_words("中中中") == {"中中": 1}  # not overlapping: 中中 once


def test_words_kept_in_step_when_chapters_are_replaced(tmp_path) -> None:
    path = tmp_path / "s.db"
    store, texts = replaced_shelf(path)  # words come and go
    store.close()
    stored = words_by_document(path)
    expected = {}
    store = Store(tmp_path / "fresh.db")
    for name, text in texts.items():
        ingest_text(store, text, name=name)
    store.close()
    expected = words_by_document(tmp_path / "fresh.db")
    assert stored == expected
    totals: dict[str, int] = {}
    for counts in stored.values():
        for word, uses in counts.items():
            totals[word] = totals.get(word, 0) + uses
    assert shelf_uses(path) == totals  # no word left with no uses, none missing
    store = Store(path)
    from_index = [t for t, _ in store.knowledge.vocabulary(1) if len(t) == 1 and is_cjk(t)]
    assert store.knowledge.characters() == from_index  # the same characters, same order
    store.close()


def test_migration_fills_the_words_of_a_store_that_predates_them(tmp_path) -> None:
    path = tmp_path / "s.db"
    store = Store(path)
    ingest_text(store, BUNDLED_DOCUMENT.read_text(encoding="utf-8"), name="doc")
    store.close()
    before = words_by_document(path)
    conn = sqlite3.connect(path)
    for table in TABLES:
        conn.execute(f"DROP TABLE {table}")
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = '0008_dictionary_words'")
    conn.execute("PRAGMA user_version = 7")
    conn.commit()
    conn.close()
    Store(path).close()  # migration 0008_dictionary_words
    assert words_by_document(path) == before and before["doc"]
    store = Store(path)
    assert store.knowledge.characters() == [
        t for t, _ in store.knowledge.vocabulary(1) if len(t) == 1 and is_cjk(t)]
    store.close()


def test_the_shelfs_index_reads_english_as_the_texts_does(tmp_path) -> None:
    store = Store(tmp_path / "s.db")
    ingest_text(store, BUNDLED_DOCUMENT.read_text(encoding="utf-8"), name="doc")
    sentences = "\n".join(r.text for r in store.knowledge.sentences())
    whole = english.build_index(sentences)
    shelf = store.knowledge.english_text(english.MAX_WORD)
    kept = english.build_index(shelf)
    assert kept.exact == whole.exact and kept.partial == whole.partial
    assert kept.vocabulary == whole.vocabulary and kept.stop_phrases == whole.stop_phrases
    assert all(kept.frequency(w) == whole.frequency(w) for d in whole.exact.values() for w in d)
    # Compounds: pieces of a sentence are asked of the full-text index.
    for piece in ("发明专利", "国家高新技术企业", "纳米城", "苏州", "城苏州纳米", "发明专利企业"):
        assert (piece in shelf) == (piece in whole.words), piece
    assert "专利发明" not in shelf and "abc" not in shelf and "发明专利" * 3 not in shelf
    for question in ("How many invention patents were granted?",
                     "How many national high-tech enterprises are there?",
                     "When was the Gusu Lab unveiled?"):
        assert english.translate(question, shelf) == english.translate(question, sentences)
    store.close()


def test_a_caption_cites_an_entry_of_its_own_chapter(tmp_path) -> None:
    text = BUNDLED_DOCUMENT.read_text(encoding="utf-8")
    caption = "2020年9月28日，再鼎医药（苏州）有限公司在港交所挂牌上市"
    assert text.count(caption) == 1
    store = Store(tmp_path / "s.db")
    # Two chapters with the same entries (namesakes all), their photo captions told apart.
    ingest_text(store, text, name="a")
    ingest_text(store, text.replace(caption, caption.replace("挂牌", "")), name="b")
    kb = Knowledge(store.knowledge)
    rows = store.database.rows(
        "SELECT s.text, s.document_id FROM sentences s WHERE s.caption_id IS NOT NULL "
        "AND s.text LIKE '%再鼎医药%'", ())
    assert len(rows) == 2
    for row in rows:
        owner = kb.caption_entry(row["text"])
        assert owner is not None
        entry = store.database.rows("SELECT document_id, title FROM entries WHERE id = ?",
                                    [owner])[0]
        assert entry["document_id"] == row["document_id"]
        assert re.search("上市|企业", entry["title"]), entry
    store.close()


def _ingested(path) -> tuple[Store, english.Text]:
    """A store of the bundled document, and its words as the English reading has them."""
    store = Store(path)
    ingest_text(store, BUNDLED_DOCUMENT.read_text(encoding="utf-8"), name="doc")
    return store, store.knowledge.english_text(english.MAX_WORD)


def test_place_names_are_read_from_the_store_as_from_the_dictionary(tmp_path) -> None:
    path = tmp_path / "s.db"
    store, shelf = _ingested(path)
    names = english.places()
    assert len(names) > 1000 and names["london"] == "伦敦"
    assert all(shelf.place(name.title()) == names[name] for name in names)
    for word in ("December", "national", "Nanopolis", "xyz"):
        assert shelf.place(word) == english.place(word) is None
    store.close()
    conn = sqlite3.connect(path)  # a store from before 0013: no place names kept
    conn.execute("DROP TABLE dictionary_places")
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = '0013_dictionary_places'")
    conn.execute("PRAGMA user_version = 12")
    conn.commit()
    conn.close()
    store = Store(path)  # migration 0013_dictionary_places
    assert store.knowledge.english_text(english.MAX_WORD).place("London") == "伦敦"
    store.close()


def test_countries_are_kept_with_the_first_document_and_by_their_migration(tmp_path) -> None:
    path = tmp_path / "s.db"
    store, shelf = _ingested(path)
    countries = english.countries()
    # (China, and the regions the question patterns name themselves, are none of them)
    assert countries["法国"] == "France" and "中国" not in countries and "新加坡" not in countries
    assert "法国" in shelf.countries()["法"] and "韩国" in shelf.countries()["韩"]
    # (what CC-CEDICT calls the country and its people, in English)
    assert shelf.place("French") == shelf.place("France") == english.place("french") == "法国"
    assert shelf.place("Indian") == "印度"
    kept = sorted(store.database.conn.execute("SELECT * FROM dictionary_places").fetchall())
    store.close()
    conn = sqlite3.connect(path)  # a store from before 0020: no countries kept
    conn.execute("DROP TABLE dictionary_countries")
    conn.execute("DELETE FROM dictionary_places WHERE name IN ('french', 'india', 'indian')")
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = '0020_dictionary_countries'")
    conn.execute("PRAGMA user_version = 19")
    conn.commit()
    conn.close()
    store = Store(path)  # migration 0020_dictionary_countries
    assert "法国" in store.knowledge.english_text(english.MAX_WORD).countries()["法"]
    assert sorted(store.database.conn.execute(
        "SELECT * FROM dictionary_places").fetchall()) == kept
    store.close()


def test_cities_named_before_a_comma_are_places_and_refilled_by_their_migration(
        tmp_path) -> None:
    # (CC-CEDICT: "Kunshan, county-level city in Suzhou", "Wuxi, prefecture-level city")
    assert english.place("kunshan") == "昆山" and english.place("wuxi") == "无锡"
    path = tmp_path / "s.db"
    store, shelf = _ingested(path)
    assert shelf.place("Changshu") == "常熟"
    store.close()
    conn = sqlite3.connect(path)  # a store from before 0021: those cities left out
    conn.execute("DELETE FROM dictionary_places WHERE name IN ('kunshan', 'changshu')")
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = '0021_dictionary_places_cities'")
    conn.execute("PRAGMA user_version = 20")
    conn.commit()
    conn.close()
    store = Store(path)  # migration 0021_dictionary_places_cities
    shelf = store.knowledge.english_text(english.MAX_WORD)
    assert shelf.place("Kunshan") == "昆山" and shelf.place("France") == "法国"
    store.close()


def test_the_shelfs_dictionary_entries_are_the_dictionarys(tmp_path) -> None:
    from paths import FIXTURE

    from data.english.dictionary import dictionary_entries

    def check(store: Store) -> None:
        shelf = store.knowledge.english_text(english.MAX_WORD)
        assert shelf.entries() == dictionary_entries(set(shelf.words()))  # order too
        conn = store.database.conn
        assert not conn.execute("SELECT word FROM dictionary_entries EXCEPT "
                                "SELECT word FROM dictionary_words").fetchall()

    store, _ = replaced_shelf(tmp_path / "s.db")
    check(store)
    store.close()
    path = tmp_path / "t.db"
    store = Store(path)
    ingest_text(store, BUNDLED_DOCUMENT.read_text(encoding="utf-8"), name="doc")
    ingest_text(store, FIXTURE.read_text(encoding="utf-8"), name="env")
    ingest_text(store, FIXTURE.read_text(encoding="utf-8"), name="doc")  # words go
    check(store)
    before = store.knowledge.english_text(english.MAX_WORD).entries()
    store.close()
    conn = sqlite3.connect(path)  # a store from before 0014: no entries kept
    conn.execute("DROP TABLE dictionary_entries")
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = '0014_dictionary_entries'")
    conn.execute("PRAGMA user_version = 13")
    conn.commit()
    conn.close()
    store = Store(path)  # migration 0014_dictionary_entries
    check(store)
    assert store.knowledge.english_text(english.MAX_WORD).entries() == before
    store.close()


def test_a_shelfs_ingest_looks_words_up_in_one_index_with_the_same_entries() -> None:
    """Inside one reading_once block (a shelf's ingest), once more than FEW_WORDS words were
    looked up one by one, the rest come from an index of the whole dictionary built once:
    the same entries, lines and order as looked up alone."""
    from data.english.dictionary import FEW_WORDS, _block_lines, entry_lines, reading_once

    words = sorted(w for w, what in headwords().items() if what & WORD_ENDS)
    batches = [[*words[i::997][:5], "园区", "不是一个词"] for i in range(3 * FEW_WORDS // 5)]
    alone = [entry_lines(batch) for batch in batches]
    with reading_once():
        in_block = [entry_lines(batch) for batch in batches]
        assert _block_lines  # the index was built, and the later batches read it
    assert not _block_lines  # and let go with the block
    assert [list(d.items()) for d in in_block] == [list(d.items()) for d in alone]
    assert all(d["园区"] for d in in_block)


def assert_english_index_kept_as_built(path: Path) -> english.Index:
    """The shelf's English index read from its rows is the one built anew from its words
    (in the same order too: ties among a phrase's words are broken by it)."""
    from data.english.index import kept_index
    from data.store.words import ShelfText

    store = Store(path)
    try:
        text = store.knowledge.english_text(english.MAX_WORD)
        kept = kept_index(text, text.kept_index_rows())
        built = english.build_index(ShelfText(store.database.rows, english.MAX_WORD))
        assert_same_index(kept, built)
        return kept
    finally:
        store.close()


def assert_same_index(kept: english.Index, built: english.Index) -> None:
    assert kept.exact and kept.partial and kept.vocabulary
    assert [(k, list(v.items())) for k, v in kept.exact.items()] == [
        (k, list(v.items())) for k, v in built.exact.items()]
    assert [(k, list(v.items())) for k, v in kept.partial.items()] == [
        (k, list(v.items())) for k, v in built.partial.items()]
    assert kept.vocabulary == built.vocabulary and kept.stop_phrases == built.stop_phrases
    assert dict(kept.entries) == dict(built.entries)


def test_english_index_kept_in_step_when_chapters_are_replaced(tmp_path) -> None:
    path = tmp_path / "s.db"
    replaced_shelf(path)[0].close()  # words come and go
    assert_english_index_kept_as_built(path)


def test_english_index_built_once_at_the_end_of_a_bulk_ingest(tmp_path) -> None:
    from bot.bench import synth
    from data.ingest import ingest_many

    store = Store(tmp_path / "s.db")
    chapters = [(c.name, c.text) for c in synth.chapters(4, seed=3)]
    ingest_many(store, chapters, workers=2, group=3)
    store.close()
    assert_english_index_kept_as_built(tmp_path / "s.db")


def test_english_index_filled_for_a_store_that_predates_it(tmp_path) -> None:
    path = store_from_before(tmp_path / "s.db", "english_index", "0024_english_index")
    kept = assert_english_index_kept_as_built(path)
    assert kept.exact["resident", "company"] == {"入驻企业": 2.0}  # (a glossary row)


def test_an_english_question_reads_the_kept_index_and_builds_none(db_path, monkeypatch) -> None:
    import importlib

    from data.kb import KnowledgeBase

    english_index = importlib.import_module("data.english.index")  # (the module, not index())

    def no_build(corpus):
        raise AssertionError("the English index was built in the answering process")

    monkeypatch.setattr(english_index, "build_index", no_build)
    kb = KnowledgeBase.open(db_path, reread=False)  # (its store as built: no ingest here)
    try:
        answer = kb.ask("How many companies are in Nanopolis?")
    finally:
        kb.close()
    assert answer.found and "397家" in present.text(answer)
