"""The name index kept in the store (data/store/names.py): built at ingest, kept in step when
a chapter is replaced, filled by the migration for a store that predates it, and what the
linker reads back equals the alias table it comes from."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from botkit import replaced_shelf

from bot.bench import synth
from data import names
from data.ingest import ingest_text
from data.store import Store

TABLES = ("name_aliases", "name_chars", "name_char_counts", "name_tails", "name_heads",
          "name_tail_heads", "name_pinyin_heads")


# Characters and tails by their key's text (keys are numbered in the order they came).
BY_KEY = {table: f"SELECT {column}, k.key FROM {table} JOIN name_keys k ON k.id = key_id"
          for table, column in (("name_chars", "ch"), ("name_tails", "tail"))}


def dump(path: Path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(path)
    try:
        return {t: sorted(conn.execute(BY_KEY.get(t, f"SELECT * FROM {t}")).fetchall())
                for t in TABLES}
    finally:
        conn.close()


def rebuilt(path: Path, tmp: Path) -> dict[str, list[tuple]]:
    """The name tables as the migration builds them from the aliases alone."""
    copy = tmp / "copy.db"
    source = sqlite3.connect(path)
    target = sqlite3.connect(copy)
    source.backup(target)
    source.close()
    for table in (*TABLES, "name_keys"):
        target.execute(f"DROP TABLE {table}")
    target.execute("DROP INDEX entries_subject")
    target.execute("DROP INDEX entities_document")
    target.execute("DROP INDEX entries_title")
    target.execute("DELETE FROM _sqlite_migrations WHERE name = '0007_names'")
    target.execute("PRAGMA user_version = 6")
    target.commit()
    target.close()
    Store(copy).close()  # migration 0007_names
    return dump(copy)


def test_index_matches_aliases_after_replacing_chapters(tmp_path) -> None:
    path = tmp_path / "s.db"
    store, _ = replaced_shelf(path)  # keys come and go
    expected_keys: dict[str, list[int]] = {}
    for row in store.knowledge.alias_rows():
        key = names.alias_key(row["alias"], row["kind"])
        if key is not None:
            expected_keys.setdefault(key, []).append(row["entity_id"])
    got = store.knowledge.names.entity_ids(expected_keys)
    store.close()
    assert got == expected_keys
    incremental, fresh = dump(path), rebuilt(path, tmp_path)
    # A head's longest key is an upper bound: a replaced chapter may leave it longer.
    for bounds in ("name_heads", "name_tail_heads", "name_pinyin_heads"):
        heads = dict(incremental.pop(bounds))
        assert all(heads[head] >= longest for head, longest in fresh.pop(bounds))
    assert incremental == fresh
    keys = {k for _, k, *_ in incremental["name_aliases"]}
    assert {k for _, k in incremental["name_chars"]} == {k for k in keys if names.char_indexed(k)}
    assert {k for _, k in incremental["name_tails"]} == {k for k in keys if names.tails(k)}


def test_index_answers_the_linkers_questions(tmp_path) -> None:
    store = Store(tmp_path / "s.db")
    ingest_text(store, synth.chapters(1).__next__().text, name="doc")
    index = store.knowledge.names
    assert "苏州纳米城" in index.entity_ids(["苏州纳米城", "不是名字"])
    assert "姑苏实验室" in index.by_tail(["姑苏实验室"])
    assert index.has_prefix("苏州纳米")
    counts = index.char_counts("纳米城")
    chars = sorted(counts, key=lambda ch: (counts[ch], ch))
    assert "苏州纳米城" in index.keys_with_all(chars)
    store.close()


def test_prefix_probes_give_the_longest_name_so_starting(tmp_path) -> None:
    """Where the linker may find a pinyin spelling or a tail: each prefix some stored
    spelling or tail starts with, and the longest of those, as counted over the tables."""
    store = Store(tmp_path / "s.db")
    ingest_text(store, synth.chapters(1).__next__().text, name="doc")
    index = store.knowledge.names
    conn = sqlite3.connect(tmp_path / "s.db")
    spellings = [p for (p,) in conn.execute("SELECT pinyin FROM name_aliases")
                 if p is not None]
    # Tails are looked up by their heads: those of at least a head's length.
    tails = [t for (t,) in conn.execute("SELECT tail FROM name_tails")
             if len(t) >= names.TAIL_HEAD]
    conn.close()
    for probe, stored, size in ((index.pinyin_starts, spellings, 6),
                                (index.tail_heads, tails, names.TAIL_HEAD)):
        prefixes = {s[:size] for s in stored} | {"zzzzzz", "不是名字"}
        expected = {p: max(len(s) for s in stored if s.startswith(p))
                    for p in prefixes if any(s.startswith(p) for s in stored)}
        assert probe(prefixes) == expected
        assert len(expected) == len(prefixes) - 2
    store.close()


def test_keys_as_text_are_numbered_by_the_migration(tmp_path) -> None:
    path = tmp_path / "s.db"
    store, _ = replaced_shelf(path)
    store.close()
    before = dump(path)
    conn = sqlite3.connect(path)  # the tables as 0007_names made them: keys as text
    for table, column in (("name_chars", "ch"), ("name_tails", "tail")):
        conn.execute(f"CREATE TABLE old ({column} TEXT NOT NULL, key TEXT NOT NULL, "
                     f"PRIMARY KEY ({column}, key)) WITHOUT ROWID")
        conn.execute(f"INSERT INTO old {BY_KEY[table]}")
        conn.execute(f"DROP TABLE {table}")
        conn.execute(f"ALTER TABLE old RENAME TO {table}")
    conn.execute("DROP TABLE name_keys")
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = '0012_name_key_ids'")
    conn.execute("PRAGMA user_version = 11")
    conn.commit()
    conn.close()
    Store(path).close()  # migration 0012_name_key_ids
    assert dump(path) == before


def test_a_pinyin_prefix_is_bounded_by_its_heads(tmp_path) -> None:
    """A prefix shorter than a head: the longest spelling so starting, exactly; a longer
    one: at least that (its head's longest), never less."""
    from data.store.names import PINYIN_HEAD

    store = Store(tmp_path / "s.db")
    ingest_text(store, synth.chapters(1).__next__().text, name="doc")
    conn = sqlite3.connect(tmp_path / "s.db")
    spellings = [p for (p,) in conn.execute("SELECT pinyin FROM name_aliases") if p]
    conn.close()
    for size in (2, PINYIN_HEAD - 2, PINYIN_HEAD + 3):
        prefixes = {s[:size] for s in spellings if len(s) >= size}
        got = store.knowledge.names.pinyin_starts(prefixes)
        for prefix in prefixes:
            longest = max(len(s) for s in spellings if s.startswith(prefix))
            if size <= PINYIN_HEAD:
                assert got[prefix] == longest
            else:
                assert got[prefix] >= longest
    store.close()
