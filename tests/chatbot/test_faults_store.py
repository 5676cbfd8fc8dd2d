"""Store faults: locked by another writer, missing, corrupt.

Policy for a corrupt store (``KnowledgeBase.open_or_rebuild``, what ``sipbot run`` and
``sipbot chat`` use): the file is moved aside to ``<db>.corrupt-<timestamp>`` and kept,
the store is rebuilt from the bundled document, the subscriptions, chats and deliveries
that can still be read are carried over, and one ERROR line says what was recovered and,
if anything could not be, that it remains only in the backup.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from pathlib import Path

import pytest
from botkit import USER_ID

from data import present
from data.kb import KnowledgeBase
from data.store import Store, StoreCorrupt, StoreLocked
from handlers.i18n import TEXTS

QUESTION = "苏州纳米城入驻企业有多少家"


def hold_exclusive(path: Path) -> sqlite3.Connection:
    """Another process's writer: a connection inside BEGIN EXCLUSIVE on the store."""
    conn = sqlite3.connect(path, timeout=0, isolation_level=None, check_same_thread=False)
    conn.execute("BEGIN EXCLUSIVE")
    conn.execute("UPDATE chats SET last_seen = last_seen")
    return conn


def buttons(sent: dict) -> list[dict]:
    return [b for row in sent.get("reply_markup", {}).get("inline_keyboard", []) for b in row]


# -- locked -------------------------------------------------------------------------------------


async def test_a_lock_released_within_the_busy_timeout_is_waited_for(db_path, make_bot):
    kb = KnowledgeBase(Store(db_path, busy_timeout=5))
    locker = hold_exclusive(db_path)
    threading.Timer(1.0, locker.commit).start()
    try:
        async with make_bot(kb) as bot:
            [reply] = await bot.send(QUESTION)
    finally:
        locker.close()
        kb.close()
    assert "397家" in reply["text"] and buttons(reply)  # answered, logged, votable


async def test_a_lock_held_past_the_timeout_still_answers_then_says_busy(db_path, make_bot, caplog):
    kb = KnowledgeBase(Store(db_path, busy_timeout=0.3))
    errors: list[BaseException] = []
    locker = hold_exclusive(db_path)
    try:
        async with make_bot(kb) as bot:
            async def record(update: object, context) -> None:
                errors.append(context.error)

            bot.app.add_error_handler(record)
            [answer] = await bot.send(QUESTION)  # reads still work: answered, not logged
            [busy] = await bot.send("/lang en")  # a write that cannot wait any longer
            locker.rollback()
            [after] = await bot.send(QUESTION)  # released: back to normal
    finally:
        locker.close()
        kb.close()
    assert "397家" in answer["text"] and not buttons(answer)
    assert busy["text"] in TEXTS["busy"].values()
    assert [type(e) for e in errors] == [StoreLocked]
    assert "397家" in after["text"] and buttons(after)
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]  # warnings only


def test_opening_a_locked_store_waits_then_raises_store_locked(db_path):
    locker = hold_exclusive(db_path)
    try:
        # Reading works under a writer (WAL); only a write has to wait, then gives up.
        store = Store(db_path, busy_timeout=0.2)
        with pytest.raises(StoreLocked):
            store.chats.touch_chat(USER_ID, "private")
        store.close()
    finally:
        locker.close()


# -- missing ------------------------------------------------------------------------------------


def test_a_missing_store_is_created_and_filled_from_the_bundled_document(tmp_path):
    path = tmp_path / "new" / "dir" / "bot.db"
    kb = KnowledgeBase.open_or_rebuild(path)
    try:
        assert kb.store.counts()["entries"] == 24
        assert "397家" in present.text(kb.ask(QUESTION))
    finally:
        kb.close()


# -- corrupt ------------------------------------------------------------------------------------


def seed_operations(path: Path) -> None:
    store = Store(path)
    for chat_id in (1, 2, -1003):
        store.chats.touch_chat(chat_id, "private" if chat_id > 0 else "supergroup")
        store.digests.upsert_subscription(chat_id, "private", "08:30", "Europe/Berlin", "en")
    store.chats.set_chat_lang(2, "private", "en")
    store.digests.claim_delivery(1, "2024-05-30")
    store.digests.finish_delivery(1, "2024-05-30", "sent", message_id=9)
    store.close()


def operations(store: Store) -> tuple[list, list, list]:
    return ([(s.chat_id, s.time, s.tz, s.lang, s.active) for s in store.digests.subscriptions()],
            [(r["chat_id"], r["lang"]) for r in store.database.rows("SELECT * FROM chats")],
            [(r.chat_id, r.local_date, r.status) for r in store.digests.deliveries()])


def smash_table(path: Path, table: str) -> None:
    """Garbage over the root page of ``table``: a real-world torn or bit-rotted page."""
    conn = sqlite3.connect(path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?",
                        [table]).fetchone()[0]
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    with open(path, "r+b") as f:
        f.seek((root - 1) * page_size)
        f.write(bytes([0xA5]) * page_size)


def backups(path: Path) -> list[Path]:
    return sorted(path.parent.glob(f"{path.name}.corrupt-*[0-9]"))


def test_garbage_bytes_are_set_aside_and_the_store_rebuilt(tmp_path, caplog):
    path = tmp_path / "bot.db"
    garbage = b"this is not a sqlite database \x00\xff" * 300
    path.write_bytes(garbage)
    Path(f"{path}-wal").write_bytes(b"stale wal")
    with caplog.at_level(logging.ERROR):
        kb = KnowledgeBase.open_or_rebuild(path)
    try:
        assert kb.store.counts()["entries"] == 24 and "397家" in present.text(kb.ask(QUESTION))
    finally:
        kb.close()
    [backup] = backups(path)
    assert backup.read_bytes() == garbage  # kept, byte for byte
    assert Path(f"{backup}-wal").read_bytes() == b"stale wal"
    [line] = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    assert "corrupt" in line and str(backup) in line and "rebuilt" in line
    assert "could NOT recover subscriptions" in line  # nothing readable: said, not silent


def test_a_corrupt_knowledge_page_keeps_subscriptions_chats_and_deliveries(db_path, caplog):
    seed_operations(db_path)
    before = operations(Store(db_path))
    smash_table(db_path, "figures")
    with pytest.raises(StoreCorrupt):
        Store(db_path).check()
    with caplog.at_level(logging.ERROR):
        kb = KnowledgeBase.open_or_rebuild(db_path)
    try:
        assert operations(kb.store) == before
        assert kb.store.counts()["figures"] > 0 and "397家" in present.text(kb.ask(QUESTION))
        kb.store.check()
    finally:
        kb.close()
    [backup] = backups(db_path)
    [line] = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    assert "3 subscriptions" in line and str(backup) in line and "NOT" not in line


def test_unreadable_subscriptions_are_named_with_the_backup_that_keeps_them(db_path, caplog):
    seed_operations(db_path)
    smash_table(db_path, "subscriptions")
    with caplog.at_level(logging.ERROR):
        kb = KnowledgeBase.open_or_rebuild(db_path)
    kb.close()
    [backup] = backups(db_path)
    [line] = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    assert "could NOT recover subscriptions" in line and str(backup) in line
    assert backup.stat().st_size > 0


def test_strict_commands_still_refuse_a_corrupt_store(tmp_path):
    # `sipbot stats`/`ask` report and stop (tests/test_cli_kb.py); only the bot rebuilds.
    path = tmp_path / "bot.db"
    path.write_bytes(b"junk" * 1000)
    with pytest.raises(StoreCorrupt):
        KnowledgeBase.open(path)
    assert path.read_bytes() == b"junk" * 1000
