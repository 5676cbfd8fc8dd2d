"""Shared fixtures. Helpers live in tests/botkit.py (a module name no other directory uses)."""

from __future__ import annotations

import shutil
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager
from pathlib import Path

import pytest
from botkit import ADMIN_ID, FIGURE_ANSWER, BotHarness, CannedKB

from bot.app import build_application
from bot.offline import OfflineRequest
from bot.settings import Settings
from data.kb import KnowledgeBase
from data.store import Store


@pytest.fixture
def canned_kb(tmp_path: Path) -> Iterator[CannedKB]:
    kb = CannedKB(Store(tmp_path / "canned.db"), {FIGURE_ANSWER.question: FIGURE_ANSWER})
    yield kb
    kb.close()


@pytest.fixture(scope="session")
def real_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store with the bundled document ingested once per session (copied per test)."""
    path = tmp_path_factory.mktemp("kb") / "t.db"
    KnowledgeBase.open(path).close()
    return path


@pytest.fixture
def real_kb(real_db: Path, tmp_path: Path) -> Iterator[KnowledgeBase]:
    path = tmp_path / "t.db"
    shutil.copy(real_db, path)
    kb = KnowledgeBase.open(path)
    yield kb
    kb.close()


@pytest.fixture
def fresh_db(tmp_path: Path) -> Iterator[KnowledgeBase]:
    """An empty knowledge base in a temporary file: nothing ingested."""
    kb = KnowledgeBase.open(tmp_path / "t.db", ingest_bundled=False)
    yield kb
    kb.close()


@pytest.fixture(scope="session")
def bundled_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store file with the bundled document ingested once per session (copy it to write)."""
    path = tmp_path_factory.mktemp("bundled") / "t.db"
    KnowledgeBase.open(path).close()
    return path


@pytest.fixture
def kb(bundled_db: Path, tmp_path: Path) -> Iterator[KnowledgeBase]:
    """A knowledge base opened like the bot opens it (bundled document in), private to a test."""
    path = tmp_path / "t.db"
    shutil.copy(bundled_db, path)
    kb = KnowledgeBase.open(path)
    yield kb
    kb.close()


@pytest.fixture
def make_bot() -> Callable[..., AsyncIterator[BotHarness]]:
    """``async with make_bot(kb) as bot:`` an initialized offline Application."""
    @asynccontextmanager
    async def factory(kb: KnowledgeBase, *, responses: dict | None = None,
                      admin_ids: frozenset[int] = frozenset({ADMIN_ID})
                      ) -> AsyncIterator[BotHarness]:
        request = OfflineRequest(responses=responses)
        settings = Settings(token="123456:TEST-token-for-tests", admin_ids=admin_ids,
                            db_path=Path(kb.store.path))
        app = build_application(settings, kb, request=request, rate_limiter=False)
        await app.initialize()
        try:
            yield BotHarness(app, request)
        finally:
            await app.shutdown()

    return factory
