"""The SQLite store, by concern. All of sipbot's SQL lives in this package.

:class:`Store` owns one :class:`~data.store.database.Database` (connections, pragmas,
migrations, ``atomic`` writes, the clock) and hands it to one object per table group:

- ``store.knowledge`` (:mod:`.knowledge`): what the engine and the digest read;
- ``store.documents`` (:mod:`.documents`): ingesting a document, listing them;
- ``store.chats`` (:mod:`.chats`): chats, questions, votes;
- ``store.digests`` (:mod:`.digests`): subscriptions and deliveries;
- ``store.inbox`` (:mod:`.inbox`): the journal of fetched updates;
- ``store.recovery`` (:mod:`.recovery`): rows carried over from a corrupt store.

A new table group is a new module here and one more attribute below.
"""

from __future__ import annotations

from pathlib import Path

from data.store.chats import Chats
from data.store.database import (
    BUSY_TIMEOUT_S,
    Clock,
    Database,
    StoreCorrupt,
    StoreError,
    StoreLocked,
    utc_now,
)
from data.store.digests import Digests
from data.store.documents import Documents, Writer
from data.store.inbox import Inbox
from data.store.knowledge import KnowledgeStore, document_token, fts_query
from data.store.migrations import SCHEMA_VERSION
from data.store.recovery import Recovery

COUNTED = ("documents", "sections", "entries", "sentences", "captions", "entities",
           "aliases", "figures", "events", "subscriptions", "questions", "votes")


class Store:
    """sipbot's database: one file, one object per concern (see the module's docstring)."""

    def __init__(self, path: str | Path = ":memory:", *,
                 busy_timeout: float = BUSY_TIMEOUT_S, clock: Clock = utc_now) -> None:
        self.database = Database(path, busy_timeout=busy_timeout, clock=clock)
        self.knowledge = KnowledgeStore(self.database)
        self.documents = Documents(self.database)
        self.chats = Chats(self.database)
        self.digests = Digests(self.database)
        self.inbox = Inbox(self.database)
        self.recovery = Recovery(self.database)

    @property
    def path(self) -> str:
        return self.database.path

    def counts(self) -> dict[str, int]:
        """Rows in each table people ask about (``sipbot stats``)."""
        return {name: self.database.count(name) for name in COUNTED}

    def check(self) -> None:
        """Raise StoreCorrupt unless SQLite's quick check passes."""
        self.database.check()

    def close(self) -> None:
        self.database.close()


__all__ = ["SCHEMA_VERSION", "Chats", "Clock", "Database", "Digests", "Documents", "Inbox",
           "KnowledgeStore", "Recovery", "Store", "StoreCorrupt", "StoreError", "StoreLocked",
           "Writer", "document_token", "fts_query"]
