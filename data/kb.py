"""The knowledge base facade the bot, the console chat and scripts share."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from data.models import Answer
from data.store import Store

log = logging.getLogger(__name__)

BUNDLED_DOCUMENT = Path(__file__).parent / "sources" / "sip-2020-science.txt"


def default_db_path() -> Path:
    """``SIPBOT_DB`` if set, else ``sipbot.db`` in the user's data directory."""
    env = os.environ.get("SIPBOT_DB")
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("sipbot", appauthor=False)) / "sipbot.db"


class KnowledgeBase:
    """A store plus the answer engine over it. Thread-safe; sync (call it off the loop)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._engine = None

    @classmethod
    def open(cls, path: str | Path | None = None, *, ingest_bundled: bool = True
             ) -> KnowledgeBase:
        """Open (creating if needed) the store; ingest the bundled document on first use."""
        db_path = Path(path) if path is not None else default_db_path()
        if str(db_path) != ":memory:":
            db_path.parent.mkdir(parents=True, exist_ok=True)
        kb = cls(Store(db_path))
        if ingest_bundled and not kb.store.has_knowledge():
            log.info("store %s is empty: ingesting the bundled document", db_path)
            kb.ingest(BUNDLED_DOCUMENT)
        return kb

    def ingest(self, path: str | Path) -> dict[str, int]:
        """Parse ``path`` and replace its document in the store atomically."""
        from data.ingest import ingest_file

        summary = ingest_file(self.store, Path(path))
        self._engine = None
        return summary

    @property
    def engine(self):
        if self._engine is None:
            from data.engine import Engine

            self._engine = Engine(self.store)
        return self._engine

    def ask(self, question: str) -> Answer:
        """Answer one question from the document (never raises on user text)."""
        return self.engine.ask(question)

    def close(self) -> None:
        self.store.close()
