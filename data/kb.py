"""The knowledge base facade the bot, the console chat and scripts share."""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from data.models import Answer, DocumentRow
from data.sources import BUNDLED_DOCUMENT
from data.store import Store, StoreCorrupt
from data.store.recovery import salvage, set_aside

if TYPE_CHECKING:
    from data.ingest import IngestError

log = logging.getLogger(__name__)



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
    def open(cls, path: str | Path | None = None, *, ingest_bundled: bool = True,
             reread: bool = True) -> KnowledgeBase:
        """Open (creating if needed) the store; ingest the bundled document on first use,
        and (``reread``) re-read the documents an older reading made (see :meth:`reread`)."""
        db_path = Path(path) if path is not None else default_db_path()
        if str(db_path) != ":memory:":
            db_path.parent.mkdir(parents=True, exist_ok=True)
        kb = cls(Store(db_path))
        if ingest_bundled and not kb.store.documents.any():
            log.info("store %s is empty: ingesting the bundled document", db_path)
            kb.ingest(BUNDLED_DOCUMENT)
        elif reread:
            kb.reread()
        return kb

    @classmethod
    def open_or_rebuild(cls, path: str | Path | None = None) -> KnowledgeBase:
        """Open the store for the bot; a corrupt one is set aside and rebuilt.

        The corrupt file (and its -wal/-shm) is renamed to ``<db>.corrupt-<timestamp>`` and
        kept; a new store is built from the bundled document; the operational rows that
        can still be read from the old file (subscriptions, chats, deliveries, the inbox
        journal) are carried
        over. Whatever could not be read is named in an ERROR log line with the backup's
        path: subscriptions are never dropped silently, and the backup is never deleted.
        """
        db_path = Path(path) if path is not None else default_db_path()
        kb: KnowledgeBase | None = None
        try:
            kb = cls.open(db_path)
            # The whole file is read (0.45 s CPU at 1 000 chapters, 400 MB): the price of
            # finding a corrupt page before the bot writes, while the operational rows can
            # still be carried over; said, so that its growth with the shelf is seen.
            started = time.perf_counter()
            kb.store.check()
            log.info("store %s checked in %.2f s", db_path, time.perf_counter() - started)
            return kb
        except StoreCorrupt as exc:
            if kb is not None:
                kb.close()
            reason = exc
        backup = set_aside(db_path)
        salvaged, lost = salvage(backup)
        kb = cls.open(db_path)
        restored = kb.store.recovery.restore_rows(salvaged)
        log.error(
            "store %s was corrupt (%s): moved to %s and rebuilt from the bundled document; "
            "recovered %s%s", db_path, reason, backup,
            ", ".join(f"{n} {t}" for t, n in restored.items()) or "nothing",
            f"; could NOT recover {', '.join(lost)}: they remain only in {backup}"
            if lost else "")
        return kb

    def ingest(self, path: str | Path) -> dict[str, int]:
        """Parse ``path`` and replace its document in the store atomically."""
        from data.ingest import ingest_file

        summary = ingest_file(self.store, Path(path))
        self._engine = None
        return summary

    def ingest_many(self, paths: Sequence[Path]) -> list[dict | IngestError]:
        """Ingest several chapters in order (a shelf): read ahead on the other cores and
        committed in groups; for each, its summary or the error that kept it out."""
        from data.ingest import BULK_GROUP, ingest_many

        workers = min(len(paths), os.cpu_count() or 1)
        results = ingest_many(self.store, list(paths), workers=workers,
                              group=BULK_GROUP if len(paths) > 1 else 1)
        self._engine = None
        return results

    def reread(self) -> int:
        """Re-read, from their files, the documents whose rows another reading made (an
        older sipbot's parsing, extraction or tables: data/reader.py), so that an upgrade
        reaches a store built before it; how many were re-read. One kept only as text, or
        whose file is gone, keeps its rows (said in the log)."""
        from data.reader import fingerprint

        stale = self.store.documents.read_by_another(fingerprint())
        if not stale:
            return 0
        files = self._files(stale, "re-read")
        started = time.perf_counter()
        log.info("re-reading %d document(s) an older sipbot read", len(files))
        if len(files) > 1 and all(path.name == name for path, name in files):
            from data.ingest import BULK_GROUP, ingest_many

            # (a shelf: read ahead on the other cores, committed in groups)
            results = ingest_many(self.store, [path for path, _ in files],
                                  workers=min(len(files), os.cpu_count() or 1),
                                  group=BULK_GROUP)
            for error in (r for r in results if not isinstance(r, dict)):
                log.warning("re-read: %s; its knowledge is kept", error)
        else:
            from data.ingest import ingest_file

            for path, name in files:
                ingest_file(self.store, path, name=name)
        self.store.documents.optimize_text_index()  # (the replaced rows' segments merged)
        self._engine = None
        log.info("re-read %d document(s) in %.2f s", len(files), time.perf_counter() - started)
        return len(files)

    @staticmethod
    def _files(docs: Sequence[DocumentRow], why: str) -> list[tuple[Path, str]]:
        """Each document's file (the bundled one from the package) and name, if found."""
        paths: list[tuple[Path, str]] = []
        for doc in docs:
            if doc.path and Path(doc.path).is_file():
                paths.append((Path(doc.path), doc.name))
            elif doc.name == BUNDLED_DOCUMENT.name:
                paths.append((BUNDLED_DOCUMENT, doc.name))
            else:
                log.warning("%s: %s is no longer at %s; its knowledge is kept", why,
                            doc.name, doc.path)
        return paths

    def reload(self) -> dict[str, int]:
        """Re-ingest every document the store holds, each from the file it was read from
        (the bundled one from the package); the bundled document when there is none.
        Returns the counts summed over the documents."""
        paths = self._files(self.store.documents.all(), "reload")
        from data.ingest import ingest_file

        total: dict[str, int] = {}
        for path, name in paths or [(BUNDLED_DOCUMENT, BUNDLED_DOCUMENT.name)]:
            summary = ingest_file(self.store, path, name=name)
            for key, value in summary.items():
                if isinstance(value, int):
                    total[key] = total.get(key, 0) + value
        self._engine = None
        return total

    @property
    def engine(self):
        if self._engine is None:
            from data.pipeline import Pipeline

            self._engine = Pipeline(self.store.knowledge)
        return self._engine

    def warm(self) -> None:
        """Build the answer engine and its indexes now (a long-running bot does this at
        start; a one-shot ``sipbot ask`` need not)."""
        self.engine.warm()

    def ask(self, question: str) -> Answer:
        """Answer one question from the document (never raises on user text)."""
        return self.engine.ask(question)

    def close(self) -> None:
        self.store.close()
