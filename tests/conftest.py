"""Shared fixtures. Helpers live in tests/botkit.py (a module name no other directory uses)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest
from botkit import ADMIN_ID, FIGURE_ANSWER, BotHarness, CannedKB, copy_store
from botprocess import BotProcess

from bot.app import build_application
from bot.bench.stubapi import StubApi
from bot.offline import OfflineRequest
from bot.settings import Settings
from data.kb import KnowledgeBase
from data.store import Store


@pytest.fixture(scope="session", autouse=True)
def _cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """The tests, and the processes they start, keep compiled patterns in a directory of
    their own (``data.lazyre``), not in the user's cache."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("SIPBOT_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
        yield


@pytest.fixture
def canned_kb(tmp_path: Path) -> Iterator[CannedKB]:
    kb = CannedKB(Store(tmp_path / "canned.db"), {FIGURE_ANSWER.question: FIGURE_ANSWER})
    yield kb
    kb.close()


@pytest.fixture(scope="session")
def bundled_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled document ingested once per session: a template that no test writes.

    Ingesting takes seconds, so every test that needs the real store copies this file
    (``db_path``) instead of ingesting again.
    """
    path = tmp_path_factory.mktemp("bundled") / "t.db"
    KnowledgeBase.open(path).close()
    return path


@pytest.fixture
def db_path(bundled_db: Path, tmp_path: Path) -> Path:
    """A private copy of the ingested store for one test (restarts within the test share it)."""
    return copy_store(bundled_db, tmp_path / "t.db")


@pytest.fixture
def kb(db_path: Path) -> Iterator[KnowledgeBase]:
    """A knowledge base opened like the bot opens it (bundled document in), private to a test."""
    kb = KnowledgeBase.open(db_path)
    yield kb
    kb.close()


@pytest.fixture
def fresh_db(tmp_path: Path) -> Iterator[KnowledgeBase]:
    """An empty knowledge base in a temporary file: nothing ingested."""
    kb = KnowledgeBase.open(tmp_path / "t.db", ingest_bundled=False)
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


# -- the real `sipbot run` against the fake Bot API (bot/bench/stubapi.py) ---------------


@pytest.fixture
def stubs() -> Iterator[Callable[..., StubApi]]:
    """``stubs(**fields)``: a started :class:`StubApi`; every one is stopped after the test."""
    started: list[StubApi] = []

    def make(**fields: Any) -> StubApi:
        api = StubApi(**fields).start()
        started.append(api)
        return api

    yield make
    for api in started:
        api.stop()


@pytest.fixture
def stub(stubs: Callable[..., StubApi]) -> StubApi:
    """A started Bot API stub with the default answers."""
    return stubs()


@pytest.fixture
def bots(tmp_path: Path) -> Iterator[Callable[..., BotProcess]]:
    """``bots(env, name)``: a ``sipbot run`` process (not started) that is stopped after the
    test even if the test fails, so no bot outlives its test."""
    started: list[BotProcess] = []

    def make(env: dict[str, str], name: str = "bot") -> BotProcess:
        process = BotProcess(tmp_path, env, name)
        started.append(process)
        return process

    yield make
    for process in started:
        process.stop(timeout=10)
