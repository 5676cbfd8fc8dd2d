"""The inbox journal (issue 15): every fetched update is written before Telegram can consider
it confirmed, marked done once handled, replayed after a crash, and never answered twice
when Telegram sends it again. Process-level crash and stop tests are in
tests/test_faults_process.py."""

from __future__ import annotations

import asyncio
import json
import logging
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from botkit import FIGURE_ANSWER, CannedKB

from bot.app import build_application
from bot.journal import Journal, JournalApplication, inbox_entry, replay
from bot.offline import OfflineRequest
from bot.settings import Settings
from data.kb import KnowledgeBase
from data.models import InboxEntry
from data.store import Store
from handlers.groups import log_dropped
from handlers.ratelimit import GroupLimiter, Verdict

Q = FIGURE_ANSWER.question
T0 = datetime(2024, 6, 1, 12, 0, tzinfo=UTC)


def entry(update_id: int, chat_id: int = 7, at: datetime = T0, text: str = Q) -> InboxEntry:
    payload = {"update_id": update_id, "message": {
        "message_id": update_id * 10, "date": int(at.timestamp()), "text": text,
        "chat": {"id": chat_id, "type": "private", "first_name": "u"},
        "from": {"id": chat_id, "is_bot": False, "first_name": "u", "language_code": "zh"}}}
    return InboxEntry(update_id, chat_id, update_id * 10, text,
                      json.dumps(payload, ensure_ascii=False), at.isoformat())


# -- the store ----------------------------------------------------------------------------


def test_journal_rows_keep_their_first_status_when_sent_again(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.db")
    assert store.inbox.journal_updates([entry(1), entry(2)]) == set()
    store.inbox.finish_updates([1], T0.isoformat())
    # Telegram resends both (and a new one): the known ids come back, nothing is reset.
    assert store.inbox.journal_updates([entry(1), entry(2), entry(3)]) == {1, 2}
    assert [e.update_id for e in store.inbox.pending_updates(T0.isoformat())] == [2, 3]
    assert store.inbox.inbox_status() == {"done": 1, "pending": 2}
    store.close()


def test_old_unfinished_entries_expire_and_old_rows_are_pruned(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.db")
    old, new = T0 - timedelta(hours=2), T0
    store.inbox.journal_updates([entry(1, at=old), entry(2, at=old), entry(3, at=new)])
    store.inbox.finish_updates([2], old.isoformat())
    since = (T0 - timedelta(hours=1)).isoformat()
    assert store.inbox.expire_updates(since) == 1
    assert [e.update_id for e in store.inbox.pending_updates(since)] == [3]
    assert store.inbox.inbox_status() == {"expired": 1, "done": 1, "pending": 1}
    assert store.inbox.prune_inbox(since) == 2
    assert store.inbox.inbox_status() == {"pending": 1}
    store.close()


def test_forget_deletes_the_chats_journal_rows(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.db")
    store.inbox.journal_updates([entry(1, chat_id=7), entry(2, chat_id=8)])
    store.chats.forget_chat(7)
    assert [e.chat_id for e in store.inbox.pending_updates("")] == [8]
    store.close()


def test_stats_count_a_question_once_its_reply_was_sent(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.db")
    first = store.chats.log_question(7, Q, "a", True)
    store.chats.log_question(7, "q2", "b", False)  # logged, then the process died: never sent
    assert store.chats.usage_stats()["questions"] == 0
    store.chats.mark_replied(first)
    usage = store.chats.usage_stats()
    assert usage["questions"] == 1 and usage["not_found"] == 0
    store.close()


def test_the_journal_survives_a_corrupt_store_rebuild(db_path: Path, caplog) -> None:
    from test_faults_store import backups, smash_table

    store = Store(db_path)
    store.inbox.journal_updates([entry(1), entry(2), entry(3, chat_id=8)])
    store.inbox.finish_updates([1], T0.isoformat())
    store.close()
    smash_table(db_path, "figures")
    with caplog.at_level(logging.ERROR):
        kb = KnowledgeBase.open_or_rebuild(db_path)
    try:
        assert kb.store.inbox.inbox_status() == {"done": 1, "pending": 2}
        assert [e.update_id for e in kb.store.inbox.pending_updates("")] == [2, 3]
    finally:
        kb.close()
    assert backups(db_path)
    [line] = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    assert "3 inbox" in line and "NOT" not in line


# -- the bot: journal on fetch, done after the reply, replay, resends -------------------------


def update_json(update_id: int, chat_id: int = 7, text: str = Q) -> dict[str, Any]:
    return json.loads(entry(update_id, chat_id, text=text).payload)


class Batches:
    """getUpdates answers: each call returns the next batch (then nothing)."""

    def __init__(self, *batches: list[dict[str, Any]]) -> None:
        self.batches = list(batches)
        self.offsets: list[Any] = []

    def __call__(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        self.offsets.append(params.get("offset"))
        return self.batches.pop(0) if self.batches else []


def make_app(kb: KnowledgeBase, request: OfflineRequest, **settings: Any) -> JournalApplication:
    app = build_application(
        Settings(token="123456:TEST-token-for-tests", db_path=Path(kb.store.path), **settings),
        kb, request=request, rate_limiter=False)
    assert isinstance(app, JournalApplication)
    return app


async def test_a_fetched_batch_is_journaled_before_get_updates_returns(canned_kb: CannedKB
                                                                      ) -> None:
    request = OfflineRequest(responses={"getUpdates": Batches([update_json(5), update_json(6)])})
    app = make_app(canned_kb, request)
    await app.initialize()
    try:
        updates = await app.bot.get_updates(offset=0)
        # Journaled, not yet done: nothing was handled.
        assert [u.update_id for u in updates] == [5, 6]
        assert canned_kb.store.inbox.inbox_status() == {"pending": 2}
        [row] = canned_kb.store.database.rows("SELECT * FROM inbox WHERE update_id = 5")
        assert (row["chat_id"], row["message_id"], row["text"]) == (7, 50, Q)
        for update in updates:
            await app.process_update(update)
    finally:
        await app.shutdown()
    assert canned_kb.store.inbox.inbox_status() == {"done": 2}
    assert len(request.sent()) == 2
    assert canned_kb.store.chats.usage_stats()["questions"] == 2


async def test_replay_answers_unfinished_entries_in_order_and_skips_telegrams_resends(
        canned_kb: CannedKB, caplog) -> None:
    store = canned_kb.store
    now = datetime.now(UTC)
    store.inbox.journal_updates([entry(1, chat_id=11, at=now), entry(2, chat_id=12, at=now),
                           entry(3, chat_id=13, at=now - timedelta(hours=2))])
    store.inbox.finish_updates([1], now.isoformat())  # answered before the crash
    # After the crash Telegram sends again what was never confirmed, and something new.
    request = OfflineRequest(responses={"getUpdates": Batches(
        [update_json(1, 11), update_json(2, 12), update_json(4, 14)])})
    app = make_app(canned_kb, request)
    await app.initialize()
    try:
        with caplog.at_level(logging.INFO):
            assert await replay(app) == 1
        replayed = [app.update_queue.get_nowait() for _ in range(app.update_queue.qsize())]
        fetched = await app.bot.get_updates(offset=0)
        for update in [*replayed, *fetched]:
            await app.process_update(update)
    finally:
        await app.shutdown()
    # 1 was answered before, 2 once (from the journal, not again from the resend), 3 was
    # too old, 4 is new.
    assert [int(p["chat_id"]) for p in request.sent()] == [12, 14]
    assert store.inbox.inbox_status() == {"done": 3, "expired": 1}
    messages = [r.getMessage() for r in caplog.records]
    assert any("replaying 1 unfinished" in m for m in messages)
    assert any("1 unfinished updates older than" in m for m in messages)


async def test_an_update_cut_short_stays_in_the_journal(canned_kb: CannedKB) -> None:
    request = OfflineRequest(responses={"getUpdates": Batches([update_json(9)])})
    app = make_app(canned_kb, request)
    await app.initialize()
    try:
        [update] = await app.bot.get_updates(offset=0)
        gate = asyncio.Event()

        async def stuck(*_: Any) -> None:
            await gate.wait()

        from telegram.ext import TypeHandler
        app.add_handler(TypeHandler(object, stuck), group=-1)
        task = asyncio.create_task(app.process_update(update))
        await asyncio.sleep(0.05)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
    finally:
        await app.shutdown()
    assert canned_kb.store.inbox.inbox_status() == {"pending": 1}


def test_inbox_entry_keeps_messages_only() -> None:
    from telegram import CallbackQuery, Update, User

    query = CallbackQuery("1", User(1, "u", False), "i", data="x:0")
    assert inbox_entry(Update(3, callback_query=query), T0.isoformat()) is None


def test_journal_clock_sets_the_window(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.db")
    store.inbox.journal_updates([entry(1, at=T0 - timedelta(minutes=50)),
                           entry(2, at=T0 - timedelta(minutes=70))])
    journal = Journal(store, window=timedelta(hours=1), now=lambda: T0)
    queue: asyncio.Queue[object] = asyncio.Queue()
    from telegram import Bot

    assert asyncio.run(journal.replay(queue, Bot("1:x"))) == 1
    assert store.inbox.inbox_status() == {"pending": 1, "expired": 1}
    store.close()


# -- groups over their budget: one summary line per group per minute ---------------------------


def test_dropped_group_messages_are_summarised_per_group(caplog) -> None:
    limiter = GroupLimiter(limit=1, period=60, clock=lambda: 0.0)
    for chat_id in (-1, -2):
        assert limiter.check(chat_id) is Verdict.ANSWER
        assert limiter.check(chat_id) is Verdict.NOTICE
    verdicts = [limiter.check(-1) for _ in range(50)] + [limiter.check(-2) for _ in range(3)]
    assert set(verdicts) == {Verdict.DROP}
    with caplog.at_level(logging.INFO):
        assert log_dropped(limiter) == 2
        assert log_dropped(limiter) == 0  # counts start again
    lines = sorted(r.getMessage() for r in caplog.records)
    assert len(lines) == 2
    assert lines[0].startswith("group -1 over its answer budget: 50 messages dropped")
    assert lines[1].startswith("group -2 over its answer budget: 3 messages dropped")
