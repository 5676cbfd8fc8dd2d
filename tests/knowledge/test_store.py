"""The SQLite store: idempotent and atomic ingest, safe full-text search, opening."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlite_utils
from paths import FIXTURE

from data import present
from data.kb import KnowledgeBase
from data.normalize import tokens
from data.sources import BUNDLED_DOCUMENT
from data.store import SCHEMA_VERSION, Store, StoreCorrupt, Writer, fts_query
from data.store.migrations import NAMES, STEPS


def snapshot(kb: KnowledgeBase) -> tuple:
    store = kb.store
    known = store.knowledge
    return (store.counts(), store.documents.all(), known.entries(), known.captions(),
            [(e.name, e.type, e.aliases) for e in known.entities()], known.figures(),
            known.events(), known.search_sentences(tokens("纳米城入驻企业")))


# -- idempotent and atomic ----------------------------------------------------------------------

def test_ingest_twice_gives_the_same_store(fresh_db):
    first = fresh_db.ingest(BUNDLED_DOCUMENT)
    counts = fresh_db.store.counts()
    second = fresh_db.ingest(BUNDLED_DOCUMENT)
    assert first == second
    assert fresh_db.store.counts() == counts
    assert counts["documents"] == 1 and counts["entries"] == 24
    titles = [e.title for e in fresh_db.store.knowledge.entries()]
    assert len(titles) == 24


class Boom(RuntimeError):
    pass


def fail_after(monkeypatch: pytest.MonkeyPatch, method: str, calls: int) -> None:
    """Make ``Writer.<method>`` raise on its ``calls``-th call, midway through a write."""
    original = getattr(Writer, method)
    seen = {"n": 0}

    def failing(self, *args, **kwargs):
        seen["n"] += 1
        if seen["n"] >= calls:
            raise Boom(f"{method} failed")
        return original(self, *args, **kwargs)

    monkeypatch.setattr(Writer, method, failing)


@pytest.mark.parametrize(("method", "calls"), [
    ("figure", 50), ("event", 3), ("sentence", 100), ("alias", 1), ("entry", 2)])
def test_a_failed_reingest_leaves_the_previous_store(kb, monkeypatch, method, calls):
    before = snapshot(kb)
    fail_after(monkeypatch, method, calls)
    with pytest.raises(Boom):
        kb.ingest(BUNDLED_DOCUMENT)
    monkeypatch.undo()
    assert snapshot(kb) == before


def test_a_failed_new_document_leaves_the_others(kb, monkeypatch):
    before = snapshot(kb)
    fail_after(monkeypatch, "event", 2)
    with pytest.raises(Boom):
        kb.ingest(FIXTURE)
    monkeypatch.undo()
    assert snapshot(kb) == before


def test_a_failed_first_ingest_leaves_an_empty_store(fresh_db, monkeypatch):
    fail_after(monkeypatch, "figure", 10)
    with pytest.raises(Boom):
        fresh_db.ingest(BUNDLED_DOCUMENT)
    monkeypatch.undo()
    assert not fresh_db.store.documents.any()
    assert set(fresh_db.store.counts().values()) == {0}
    assert fresh_db.store.knowledge.search_sentences(tokens("园区")) == []


# -- full-text search ---------------------------------------------------------------------------

HOSTILE = ["4.5%", '" AND * NEAR', "' OR 1=1 --", "NEAR(a b)", "纳米城*", "-园区", "^园区",
           "a:b", "()", '"', "''", "\\", "%", "AND", "OR NOT", "‘园区’", "🙂"]


@pytest.mark.parametrize("query", HOSTILE)
def test_user_text_never_breaks_match(kb, query):
    results = kb.store.knowledge.search_sentences(tokens(query))
    assert isinstance(results, list)
    assert kb.store.counts()["documents"] == 1  # nothing was dropped or injected


def test_fts_query_quotes_every_token():
    assert fts_query(["4.5", "园区"]) == '"4.5" OR "园区"'
    assert fts_query(['"', "AND"]) == '"""" OR "AND"'
    assert fts_query(["", " "]) == ""


def test_percentage_query_finds_its_sentence(kb):
    [best, *_] = kb.store.knowledge.search_sentences(tokens("4.5%"))
    assert "4.5%" in best.text


@pytest.mark.parametrize("query", ["芯", "园", "纳米", "园区", "临床", "PCT"])
def test_one_and_two_character_queries_match(kb, query):
    # FTS5's trigram tokenizer matches nothing for these; the bigram index must.
    results = kb.store.knowledge.search_sentences(tokens(query), limit=500)
    assert results
    with_query = [s for s in kb.store.knowledge.sentences() if query in s.text]
    assert {s.id for s in with_query} <= {r.id for r in results}


def test_a_search_ranks_only_its_newest_matches_when_told(tmp_path):
    """A word of every chapter: ``newest`` ranks that many of its matches, the last stored,
    best first among them, as the whole ranking orders them."""
    from bot.bench import synth
    from data.ingest import ingest_text

    store = Store(tmp_path / "s.db")
    for chapter in synth.chapters(3, seed=5):
        ingest_text(store, chapter.text, name=chapter.name)
    known = store.knowledge
    everything = known.search_sentences(["园区"], limit=10_000)
    newest = sorted(r.id for r in everything)[-40:]
    windowed = known.search_sentences(["园区"], limit=10, newest=40)
    assert [r.id for r in windowed] == [r.id for r in everything if r.id in newest][:10]
    assert min(r.id for r in windowed) >= newest[0]
    # Fewer matches than that: the whole ranking.
    assert known.search_sentences(["园区"], limit=10, newest=10_000) == everything[:10]
    store.close()


def test_traditional_and_spaced_queries_fold(kb):
    best = kb.store.knowledge.search_sentences(tokens("蘇州納米城 入駐企業"))[0]
    assert "苏州纳米城" in best.text or "纳米城" in best.text


@pytest.mark.parametrize("query", ["", " ", *HOSTILE, "x" * 5000])
def test_asking_never_raises_on_user_text(kb, query):
    answer = kb.ask(query)
    assert isinstance(present.text(answer), str)


# -- opening ------------------------------------------------------------------------------------

def test_schema_by_migrations_and_reopening_keeps_the_store(tmp_path):
    path = tmp_path / "t.db"
    kb = KnowledgeBase.open(path)
    first = kb.store.documents.all()
    version = kb.store.database.db.execute("PRAGMA user_version").fetchone()[0]
    tables = set(kb.store.database.db.table_names())
    kb.close()
    assert version == SCHEMA_VERSION
    assert {"documents", "sections", "entries", "sentences", "captions", "entities", "aliases",
            "figures", "events", "sentences_fts"} <= tables
    kb = KnowledgeBase.open(path)
    assert kb.store.documents.all() == first  # not ingested again
    kb.close()


def test_every_foreign_key_and_document_id_is_indexed(tmp_path):
    # Replacing a chapter deletes its rows by document and, for each parent row deleted,
    # SQLite looks for its children: without an index that is a scan of the shelf.
    conn = Store(tmp_path / "t.db").database.conn
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE '%VIRTUAL%'")]
    leading = {(table, conn.execute(f"PRAGMA index_info({index})").fetchone()[2])
               for table in tables
               for _, index, *_ in conn.execute(f"PRAGMA index_list({table})")}
    leading |= {(table, c[1]) for table in tables  # a rowid's own key
                for c in conn.execute(f"PRAGMA table_info({table})") if c[5] == 1}
    referencing = {(table, row[3]) for table in tables
                   for row in conn.execute(f"PRAGMA foreign_key_list({table})")}
    by_document = {(table, "document_id") for table in tables
                   if any(c[1] == "document_id" for c in conn.execute(
                       f"PRAGMA table_info({table})"))}
    assert not (referencing | by_document) - leading


def test_store_path_from_sipbot_db_and_bundled_on_first_use(tmp_path, monkeypatch):
    path = tmp_path / "deep" / "dir" / "env.db"
    monkeypatch.setenv("SIPBOT_DB", str(path))
    kb = KnowledgeBase.open()
    assert Path(kb.store.path) == path and path.exists()
    assert kb.store.counts()["entries"] == 24
    kb.close()


def test_a_file_that_is_not_a_database_is_reported(tmp_path):
    path = tmp_path / "junk.db"
    path.write_bytes(b"this is not a sqlite database, just some bytes" * 100)
    with pytest.raises(StoreCorrupt):
        Store(path)


def test_reads_go_on_while_a_write_waits_for_another_process(db_path: Path) -> None:
    """A write stuck behind another process's lock must not hold up the answers."""
    import contextlib
    import sqlite3
    import threading

    from data.store import StoreLocked

    store = Store(db_path, busy_timeout=3.0)
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    other.execute("UPDATE chats SET last_seen = last_seen")
    waiting = threading.Event()

    def write() -> None:
        waiting.set()
        with contextlib.suppress(StoreLocked):  # it may give up; that is not the point
            store.chats.touch_chat(1, "private")

    writer = threading.Thread(target=write)
    writer.start()
    waiting.wait()
    try:
        entries = store.knowledge.entries()  # from another thread, while the write waits
        assert len(entries) == 24
        assert writer.is_alive()  # the read came back before the write gave up
    finally:
        other.execute("ROLLBACK")
        writer.join()
        other.close()
        store.close()


def test_question_ids_are_never_reused_after_forget(tmp_path):
    store = Store(tmp_path / "q.db")
    first = store.chats.log_question(1, "a", "x", True)
    store.chats.forget_chat(1)
    assert store.chats.log_question(1, "b", "x", True) > first
    store.close()


def test_a_version_3_store_migrates_keeping_questions_and_votes(tmp_path):
    path = tmp_path / "v3.db"
    old = sqlite_utils.Database(path)
    for name in NAMES[:3]:
        STEPS[name](old)
    old.execute("PRAGMA user_version = 3")
    old.execute("INSERT INTO questions VALUES (1, 5, 'q1', 'a', 1, 't'), "
                "(2, 5, 'q2', 'a', 0, 't')")
    old.execute("INSERT INTO votes VALUES (1, 5, 9, -1, 't')")
    old.conn.commit()
    old.close()
    store = Store(path)
    assert [store.chats.question(i).question for i in (1, 2)] == ["q1", "q2"]
    assert store.chats.usage_stats()["downvotes"] == 1
    assert store.database.db.execute("PRAGMA foreign_key_check").fetchall() == []
    store.chats.forget_chat(5)
    assert store.chats.log_question(5, "q3", "a", True) == 3  # 1 and 2 are never handed out again
    store.close()


def test_the_pinyin_syllables_are_the_pinyin_tables(tmp_path):
    import sqlite3

    def syllables(path: Path) -> tuple[set[str], set[str]]:
        store = Store(path)
        kept = set(store.knowledge.pinyin_syllables())
        conn = store.database.conn
        table = {r[0] for r in conn.execute("SELECT DISTINCT py FROM pinyin")}
        store.close()
        return kept, table

    path = tmp_path / "s.db"
    kb = KnowledgeBase.open(path)  # the bundled document's first ingest writes both
    kb.close()
    kept, table = syllables(path)
    assert kept == table and {"su", "zhou", "yuan"} <= kept
    conn = sqlite3.connect(path)  # a store from before 0015: none kept
    conn.execute("DROP TABLE pinyin_syllables")
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = '0015_pinyin_syllables'")
    conn.execute("PRAGMA user_version = 14")
    conn.commit()
    conn.close()
    assert syllables(path) == (table, table)  # migration 0015_pinyin_syllables
