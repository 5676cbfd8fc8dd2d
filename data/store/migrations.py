"""The store's schema, as sqlite-utils migrations (``sqlite_utils.Migrations``).

Each migration runs in one transaction with the record of it (the ``_sqlite_migrations``
table), one statement at a time: ``executescript`` would commit the transaction midway.
Stores made before sqlite-utils had migrations counted them in ``PRAGMA user_version``;
:func:`migrate` records those as applied first, and keeps ``user_version`` equal to the
number applied, so either reading says the same.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING

from data.store import documents, names, words
from data.store.database import StoreCorrupt

if TYPE_CHECKING:
    import sqlite_utils

Migration = Callable[["sqlite_utils.Database"], None]

MIGRATION_SET = "sipbot"
STEPS: dict[str, Migration] = {}  # in order; a store's schema is how many it has applied


def _migration(name: str) -> Callable[[Migration], Migration]:
    def register(step: Migration) -> Migration:
        STEPS[name] = step
        return step

    return register


@lru_cache(maxsize=1)
def migrations() -> sqlite_utils.Migrations:
    """The steps as sqlite_utils migrations (imported only when a store needs them)."""
    import sqlite_utils

    found = sqlite_utils.Migrations(MIGRATION_SET)
    for name, step in STEPS.items():
        found(name=name)(step)
    return found


def _run(db: sqlite_utils.Database, script: str) -> None:
    for statement in script.split(";"):
        if statement.strip():
            db.execute(statement)


@_migration("0001_knowledge")
def _knowledge(db: sqlite_utils.Database) -> None:
    """Knowledge tables: the parsed document and what was extracted from it."""
    _run(db,
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


@_migration("0002_operations")
def _operations(db: sqlite_utils.Database) -> None:
    """Operational tables: chats, subscriptions, deliveries, questions and votes."""
    _run(db,
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


@_migration("0003_vocabulary")
def _vocabulary(db: sqlite_utils.Database) -> None:
    """The index's vocabulary, for correcting homophone typos in ordinary words."""
    db.execute("CREATE VIRTUAL TABLE sentences_vocab USING fts5vocab(sentences_fts, 'row')")


@_migration("0004_question_ids")
def _question_ids(db: sqlite_utils.Database) -> None:
    """Question ids are never reused (AUTOINCREMENT): buttons carry them, and a button from
    before /forget must not act on a later question that got the same id."""
    # SQLite cannot add AUTOINCREMENT to a table: rebuild questions, and votes with it, so
    # that no step leaves a vote pointing at a missing question (foreign keys stay on).
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


@_migration("0005_inbox")
def _inbox(db: sqlite_utils.Database) -> None:
    """The inbox journal of fetched updates; questions record when their reply was sent."""
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



@_migration("0006_document_titles")
def _document_titles(db: sqlite_utils.Database) -> None:
    """Each document's title (its running header) and the file it was read from, so that
    citations name the chapter and /reload re-reads what was ingested."""
    db["documents"].add_column("title", str, not_null_default="")
    db["documents"].add_column("path", str)


@_migration("0007_names")
def _names(db: sqlite_utils.Database) -> None:
    """The name index, built at ingest and read by the linker (see data/store/names.py)."""
    names.create(db.conn)


@_migration("0008_dictionary_words")
def _dictionary_words(db: sqlite_utils.Database) -> None:
    """The words each document gives the English reading (see data/store/words.py)."""
    words.create(db.conn)


@_migration("0009_shelf_indexes")
def _shelf_indexes(db: sqlite_utils.Database) -> None:
    """Indexes a shelf of chapters needs where one chapter did with a scan."""
    for statement in (
        # Caption sentences by their text: which chapter a photo cited by its caption is in.
        "CREATE INDEX sentences_caption_text ON sentences(text) WHERE caption_id IS NOT NULL",
        # A chapter's entries (its captions' owners), the events of given sentences.
        "CREATE INDEX entries_document ON entries(document_id)",
        "CREATE INDEX events_sentence ON events(sentence_id)",
        # Keys by pinyin from the index alone.
        "DROP INDEX name_aliases_pinyin",
        "CREATE INDEX name_aliases_pinyin ON name_aliases(pinyin, key) "
        "WHERE pinyin IS NOT NULL",
    ):
        db.execute(statement)


@_migration("0010_replace_indexes")
def _replace_indexes(db: sqlite_utils.Database) -> None:
    """Indexes that make replacing a chapter (``sipbot ingest``, ``/reload``) cost the
    chapter, not the shelf: its rows found by document, and the foreign-key checks of
    deleting an entry, a section or a document (each a scan of a child table per row
    deleted without them: 0.4 s a chapter at 1 000 chapters)."""
    for table, column in (("sentences", "document_id"), ("sections", "document_id"),
                          ("captions", "document_id"), ("figures", "document_id"),
                          ("events", "document_id"), ("entries", "section_id"),
                          ("captions", "near_entry_id"), ("entities", "entry_id"),
                          ("figures", "entry_id"), ("events", "entry_id")):
        suffix = column.removesuffix("_id").removeprefix("near_")
        db.execute(f"CREATE INDEX {table}_{suffix} ON {table}({column})")


@_migration("0011_drop_alias_indexes")
def _drop_alias_indexes(db: sqlite_utils.Database) -> None:
    """The aliases' indexes by alias and by pinyin served the alias index the linker built
    in Python; the name index (0007) asks ``name_aliases`` instead, so no query reads them.
    Kept, they were ~480 of the ~4 000 pages a chapter's ingest wrote at 1 000 chapters."""
    db.execute("DROP INDEX aliases_alias")
    db.execute("DROP INDEX aliases_pinyin")


@_migration("0012_name_key_ids")
def _name_key_ids(db: sqlite_utils.Database) -> None:
    """The name index's characters and tails point at numbered keys (``name_keys``; see
    data/store/names.py). A store whose 0007 ran with this code has them already."""
    columns = {c[1] for c in db.execute("PRAGMA table_info(name_chars)").fetchall()}
    if "key_id" in columns:
        return
    for table in ("name_chars", "name_tails"):
        db.execute(f"ALTER TABLE {table} RENAME TO old_{table}")
    for statement in names.KEY_TABLES:
        db.execute(statement)
    db.execute("INSERT INTO name_keys (key) "
               "SELECT key FROM old_name_chars UNION SELECT key FROM old_name_tails")
    db.execute("INSERT INTO name_chars (ch, key_id) SELECT o.ch, k.id FROM old_name_chars o "
               "JOIN name_keys k ON k.key = o.key ORDER BY o.ch, k.id")
    db.execute("INSERT INTO name_tails (tail, key_id) SELECT o.tail, k.id "
               "FROM old_name_tails o JOIN name_keys k ON k.key = o.key ORDER BY o.tail, k.id")
    db.execute("DROP TABLE old_name_chars")
    db.execute("DROP TABLE old_name_tails")


def _dictionary_table(db: sqlite_utils.Database, table: str,
                      fill: Callable[[sqlite3.Connection], None]) -> None:
    """A table of what the dictionary gives every store alike, filled for a store with
    documents; a new store fills it with its first."""
    db.execute(table)
    if db.execute("SELECT 1 FROM documents LIMIT 1").fetchone() is not None:
        fill(db.conn)


@_migration("0013_dictionary_places")
def _dictionary_places(db: sqlite_utils.Database) -> None:
    """CC-CEDICT's place names in the store (see data/store/words.py)."""
    _dictionary_table(db, words.PLACES_TABLE, words.fill_places)


@_migration("0014_dictionary_entries")
def _dictionary_entries(db: sqlite_utils.Database) -> None:
    """The CC-CEDICT entries of the shelf's words in the store (see data/store/words.py);
    a store whose 0008 ran with this code has them."""
    db.execute(words.ENTRIES_TABLE)
    if db.execute("SELECT 1 FROM dictionary_entries LIMIT 1").fetchone() is None:
        words.add_entries(db.conn, [r[0] for r in db.execute(
            "SELECT word FROM dictionary_words ORDER BY word").fetchall()])


@_migration("0015_pinyin_syllables")
def _pinyin_syllables(db: sqlite_utils.Database) -> None:
    """The pinyin table's syllables, kept apart: reading them off its 41 923 characters took
    8 ms on the first pinyin question of every process."""
    db.execute(documents.PINYIN_SYLLABLES_TABLE)
    db.execute(documents.FILL_PINYIN_SYLLABLES)


@_migration("0016_index_terms")
def _index_terms(db: sqlite_utils.Database) -> None:
    """How many sentences hold each index word, kept at ingest (see data/store/words.py):
    ``fts5vocab`` reads a common word's whole posting list to count them."""
    db.execute(words.TERMS_TABLE)
    words.rebuild_terms(db.conn)


@_migration("0017_document_readers")
def _document_readers(db: sqlite_utils.Database) -> None:
    """The fingerprint of the reading that ingested each document (see data/reader.py):
    documents from before it count as read by an older one."""
    db["documents"].add_column("reader", str, not_null_default="")


@_migration("0018_tail_heads")
def _tail_heads(db: sqlite_utils.Database) -> None:
    """The longest tail of each head (see data/store/names.py), for a store whose 0007 ran
    without it."""
    db.execute(names.TAIL_HEADS_TABLE)
    db.execute(names.FILL_TAIL_HEADS)


@_migration("0019_pinyin_heads")
def _pinyin_heads(db: sqlite_utils.Database) -> None:
    """The longest pinyin of each head (see data/store/names.py), for a store whose 0007
    ran without it."""
    db.execute(names.PINYIN_HEADS_TABLE)
    db.execute(names.FILL_PINYIN_HEADS)


@_migration("0020_dictionary_countries")
def _dictionary_countries(db: sqlite_utils.Database) -> None:
    """The countries' names in the store (see data/store/words.py)."""
    _dictionary_table(db, words.COUNTRIES_TABLE, words.fill_countries)


@_migration("0021_dictionary_places_cities")
def _dictionary_places_cities(db: sqlite_utils.Database) -> None:
    """CC-CEDICT's places read again: the cities it names before a comma (Kunshan,
    county-level city in Suzhou) were left out."""
    if db.execute("SELECT 1 FROM dictionary_places LIMIT 1").fetchone() is not None:
        db.execute("DELETE FROM dictionary_places")
        words.fill_places(db.conn)
        db.execute("DELETE FROM dictionary_countries")
        words.fill_countries(db.conn)


@_migration("0022_dictionary_places_demonyms")
def _dictionary_places_demonyms(db: sqlite_utils.Database) -> None:
    """The words for a country's people CC-CEDICT does not give (Kenyan, Brazilian) among
    the places, beside the ones it does."""
    if db.execute("SELECT 1 FROM dictionary_places LIMIT 1").fetchone() is not None:
        words.add_country_places(db.conn)


@_migration("0023_irregular_demonyms")
def _irregular_demonyms(db: sqlite_utils.Database) -> None:
    """The words for a country's people no rule makes (Swedish, Dutch, Swiss) among the
    places: a question about Swedish companies names Sweden, which the document does not."""
    if db.execute("SELECT 1 FROM dictionary_places LIMIT 1").fetchone() is not None:
        words.add_country_places(db.conn)


@_migration("0024_english_index")
def _english_index(db: sqlite_utils.Database) -> None:
    """The shelf's English index kept in the store (see data/store/words.py), not built
    from its words in every process."""
    db.execute(words.ENGLISH_TABLE)
    words.rebuild_english(db.conn)


NAMES = tuple(STEPS)
SCHEMA_VERSION = len(NAMES)


def up_to_date(conn: sqlite3.Connection) -> bool:
    """Whether the store has applied every migration and no other (plain sqlite3: the
    question :func:`migrate` would ask first, without importing sqlite_utils)."""
    if conn.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
        return False
    try:
        applied = {r[0] for r in conn.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [MIGRATION_SET])}
    except sqlite3.OperationalError:  # no such table: a store from before migrations
        return False
    return applied == set(NAMES)


def migrate(db: sqlite_utils.Database) -> None:
    """Bring ``db`` to the current schema; refuse one made by a newer sipbot."""
    version = db.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise StoreCorrupt(f"schema version {version} is newer than this sipbot")
    steps = migrations()
    applied = {m.name for m in steps.applied(db)}
    unknown = applied - set(NAMES)
    if unknown:
        raise StoreCorrupt(f"migrations {sorted(unknown)} are newer than this sipbot")
    if version and not applied:
        # A store numbered by user_version alone: its first ``version`` migrations ran.
        with db.atomic():
            steps.ensure_migrations_table(db)
            db["_sqlite_migrations"].insert_all(
                {"migration_set": steps.name, "name": name,
                 "applied_at": "before sqlite-utils migrations"}
                for name in NAMES[:version])
    if steps.pending(db):
        steps.apply(db)
    if version != SCHEMA_VERSION:
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
