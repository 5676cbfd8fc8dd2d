"""Faults of the running bot: the real ``sipbot run`` against a Bot API stub on 127.0.0.1.

- Telegram unreachable for a while, then back: the same process keeps polling with back-off
  and answers afterwards. The outage lasts ``SIPBOT_TEST_OUTAGE_S`` seconds (default 12, to
  keep CI fast; set 30 for the issue's full scenario: PTB's back-off reaches ~11 s after 30 s
  down, so the first answer can take up to ~12 s more).
- SIGKILL in the middle of a digest broadcast to 1000 subscribers, then a restart: everyone
  gets that day's digest, nobody more than twice (one duplicate per crash at most).
- SIGTERM while a reply and a digest are on the wire: both finish and are recorded, exit 0.
- A burst of 400 questions, SIGKILL or SIGTERM mid-backlog, a restart: every question
  answered (from the inbox journal), duplicates only for replies in flight at a kill, and
  SIGTERM exits within 5 s whatever the backlog.
"""

from __future__ import annotations

import json
import os
import re
import signal
import sqlite3
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from botprocess import bot_env
from paths import QA

from bot.app import CONCURRENT_UPDATES
from data import present
from data.delivery import CONCURRENCY as CATCH_UP_CONCURRENCY
from data.schedule import last_slot

pytestmark = pytest.mark.slow

TOKEN = "5550001:AAF-fault-tests-secret-half"
OUTAGE_S = float(os.environ.get("SIPBOT_TEST_OUTAGE_S", "12"))


def seed_due_subscriptions(db: Path, chat_ids: range | list[int]) -> str:
    """Subscriptions whose slot passed three minutes ago (UTC); returns the local date due."""
    now = datetime.now(UTC)
    slot = (now - timedelta(minutes=3)).strftime("%H:%M")
    day, _ = last_slot(slot, "UTC", now)
    created = (now - timedelta(days=2)).isoformat(timespec="seconds")
    with sqlite3.connect(db) as conn:
        conn.executemany(
            "INSERT INTO subscriptions (chat_id, chat_type, time, tz, lang, active, created_at,"
            " updated_at) VALUES (?, 'private', ?, 'UTC', 'zh', 1, ?, ?)",
            [(chat_id, slot, created, created) for chat_id in chat_ids])
    return day.isoformat()


def deliveries(db: Path, local_date: str) -> Counter[str]:
    with sqlite3.connect(db, timeout=5) as conn:
        rows = conn.execute("SELECT status FROM deliveries WHERE local_date = ?",
                            [local_date]).fetchall()
    return Counter(status for (status,) in rows)


def test_api_outage_then_back_the_same_process_answers(stub, db_path, bots):
    bot = bots(bot_env(stub, db_path, TOKEN)).start()
    bot.wait_polling(stub)
    pid = bot.process.pid
    stub.push_message(11, "苏州纳米城入驻企业有多少家")
    stub.wait(lambda: stub.sent(11, done=True), 30, "the answer before the outage")

    stub.stop()
    down_at = time.monotonic()
    time.sleep(OUTAGE_S)
    assert bot.alive(), "the bot died while Telegram was unreachable"
    stub.start()  # same port
    stub.push_message(12, "苏州纳米城入驻企业有多少家")
    [reply] = stub.wait(lambda: stub.sent(12, done=True), 45, "the answer after the outage")
    recovered = time.monotonic() - down_at

    assert "397家" in reply["text"]
    assert bot.alive() and bot.process.pid == pid and bot.runs == 1  # no restart
    output = bot.output()
    assert "Traceback" not in output  # network blips are warnings, not stack traces
    assert TOKEN not in output and TOKEN.split(":")[1] not in output
    print(f"outage {OUTAGE_S:g}s: answered {recovered:.1f}s after the API went down")


def test_sigkill_mid_broadcast_every_subscriber_gets_the_digest_at_most_twice(stub, db_path,
                                                                            bots):
    chats = range(100_001, 101_001)
    local_date = seed_due_subscriptions(db_path, chats)
    # Each send takes 0.2 s on the wire: at the kill several are delivered (the stub saw
    # them, as Telegram would) but not yet recorded, which is what makes duplicates.
    stub.send_delay = 0.2
    bot = bots(bot_env(stub, db_path, TOKEN))
    started = time.monotonic()
    bot.start()
    # The start-up catch-up sends them all, at the rate limiter's ~30 messages a second.
    stub.wait(lambda: len(stub.sent()) >= 200, 60, "the broadcast to be under way")
    bot.signal(signal.SIGKILL)
    bot.process.wait(timeout=10)
    sent_before = len(stub.sent())
    assert sent_before < len(chats), "the broadcast finished before the kill"

    bot.start()
    stub.wait(lambda: deliveries(db_path, local_date)["sent"] == len(chats), 120,
              "every delivery recorded as sent after the restart")
    elapsed = time.monotonic() - started
    assert bot.stop() == 0

    per_chat = Counter(int(p["chat_id"]) for p in stub.sent())
    assert set(per_chat) == set(chats), f"missing: {sorted(set(chats) - set(per_chat))[:10]}"
    twice = [c for c, n in per_chat.items() if n > 1]
    assert max(per_chat.values()) <= 2  # one crash: at most one duplicate each
    # Only the sends in flight at the kill can be repeated.
    assert len(twice) <= CATCH_UP_CONCURRENCY, twice
    assert deliveries(db_path, local_date) == {"sent": len(chats)}
    print(f"killed after {sent_before} sends; {len(twice)} duplicates; "
          f"all 1000 delivered in {elapsed:.1f}s")


def test_sigterm_finishes_the_messages_in_flight_records_them_and_exits_0(stub, db_path,
                                                                          bots):
    local_date = seed_due_subscriptions(db_path, [777])
    stub.send_delay = 3.0  # every sendMessage stays on the wire for 3 s
    bot = bots(bot_env(stub, db_path, TOKEN)).start()
    bot.wait_polling(stub)
    stub.push_message(778, "苏州纳米城入驻企业有多少家")
    # Both the digest to 777 and the answer to 778 are on the wire, not yet answered.
    stub.wait(lambda: stub.sent(777) and stub.sent(778), 30, "both sends in flight")
    assert not stub.sent(done=True)
    bot.signal(signal.SIGTERM)
    code = bot.process.wait(timeout=30)

    assert code == 0, bot.output()[-3000:]
    assert len(stub.sent(777, done=True)) == 1 and len(stub.sent(778, done=True)) == 1
    with sqlite3.connect(db_path) as conn:
        status, message_id = conn.execute(
            "SELECT status, message_id FROM deliveries WHERE chat_id = 777 AND local_date = ?",
            [local_date]).fetchone()
        asked = conn.execute("SELECT count(*) FROM questions WHERE chat_id = 778").fetchone()
    assert status == "sent" and message_id is not None
    assert asked == (1,)
    assert "Traceback" not in bot.output()


def test_sipbot_run_on_a_corrupt_store_rebuilds_it_and_serves(stub, tmp_path, bots):
    db = tmp_path / "junk.db"
    db.write_bytes(b"\x00garbage, not sqlite\xff" * 500)
    bot = bots(bot_env(stub, db, TOKEN)).start()
    bot.wait_polling(stub)
    stub.push_message(13, "苏州纳米城入驻企业有多少家")
    [reply] = stub.wait(lambda: stub.sent(13, done=True), 30, "an answer from the rebuilt store")
    assert "397家" in reply["text"]
    [backup] = tmp_path.glob("junk.db.corrupt-*[0-9]")
    output = bot.output()
    assert f"moved to {backup}" in output and "could NOT recover subscriptions" in output


# -- a burst of questions, then SIGKILL or SIGTERM (issue 15) --------------------------------

BURST_CHATS = range(200_001, 200_021)
# Fast enough that 400 answers take ~2 s here; the journal's logic does not depend on it.
BURST_ENV = {"TELEGRAM_SEND_RATE": "200"}


def distinct_questions(kb, count: int = 20) -> list[str]:
    """``count`` questions from our QA set whose answers all differ, so that every reply
    says which question it answers."""
    by_answer: dict[str, str] = {}
    own = QA / "own.jsonl"
    for line in own.read_text(encoding="utf-8").splitlines():
        item = json.loads(line) if line.strip() else {}
        answer = kb.ask(item["q"]) if "q" in item else None
        if answer is not None and answer.found:
            by_answer.setdefault(present.text(answer), item["q"])
        if len(by_answer) == count:
            return list(by_answer.values())
    raise AssertionError(f"fewer than {count} distinct answers in {own}")


def push_burst(stub, questions: list[str]) -> None:
    for question in questions:  # interleaved, as 20 users asking at once
        for chat_id in BURST_CHATS:
            stub.push_message(chat_id, question)


def inbox(db: Path) -> Counter[str]:
    with sqlite3.connect(db, timeout=5) as conn:
        return Counter(dict(conn.execute("SELECT status, count(*) FROM inbox GROUP BY status")))


def replies_per_chat(stub) -> dict[int, Counter[str]]:
    out: dict[int, Counter[str]] = {c: Counter() for c in BURST_CHATS}
    for params in stub.sent():
        if "chat_id" not in params:
            continue  # a request the kill cut off mid-body: nothing was sent
        chat_id = int(params["chat_id"])
        if chat_id in out:
            out[chat_id][str(params["text"])] += 1
    return out


def all_answered(stub, questions: list[str]) -> bool:
    return all(len(texts) == len(questions) for texts in replies_per_chat(stub).values())


def interrupted_burst(stub, db_path: Path, bots, kb, sig: int) -> tuple[list[str], object, float]:
    """400 questions over 20 chats; ``sig`` once about a quarter are answered. Returns the
    questions, the bot and how long it took to exit."""
    questions = distinct_questions(kb)
    bot = bots(bot_env(stub, db_path, TOKEN, **BURST_ENV)).start()
    bot.wait_polling(stub)
    push_burst(stub, questions)
    stub.wait(lambda: len(stub.sent(done=True)) >= 100, 30, "the backlog to be under way")
    signalled = time.monotonic()
    bot.signal(sig)
    bot.process.wait(timeout=30)
    exited = time.monotonic() - signalled
    assert len(stub.sent()) < 400, "the backlog was answered before the signal"
    assert inbox(db_path)["pending"] > 0  # the rest waits in the journal, not in memory
    return questions, bot, exited


def unexpected_tracebacks(output: str) -> list[str]:
    """Log records with a traceback, except PTB's own when its last getUpdates at stop (to
    confirm what was fetched) times out on a loaded machine: it suppresses that error, and
    the journal recognises those updates when Telegram sends them again."""
    records = re.split(r"\n(?=\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)", output)
    return [r for r in records
            if "Traceback" in r and "one more time to mark all fetched updates" not in r]


def finish_after_restart(stub, db_path: Path, bot, questions: list[str]) -> int:
    """Restart; wait for every question answered and journaled done. Returns duplicates."""
    before = len(stub.sent())
    bot.start()
    stub.wait(lambda: all_answered(stub, questions), 60, "every question answered")
    stub.wait(lambda: inbox(db_path)["pending"] == 0, 10, "the journal to be finished")
    assert bot.stop() == 0
    per_chat = replies_per_chat(stub)
    sent = sum(sum(c.values()) for c in per_chat.values())
    assert inbox(db_path) == {"done": 400}
    with sqlite3.connect(db_path) as conn:
        [(replied,)] = conn.execute(
            "SELECT count(*) FROM questions WHERE replied_at IS NOT NULL").fetchall()
    assert 400 <= replied <= sent  # counted once its reply went out
    assert "replaying" in bot.output() and not unexpected_tracebacks(bot.output())
    print(f"{before} replies before the signal, {sent - before} after the restart, "
          f"{sent - 400} duplicates")
    return sent - 400


def test_sigkill_mid_backlog_loses_no_question(stub, db_path, bots, kb):
    questions, bot, _ = interrupted_burst(stub, db_path, bots, kb, signal.SIGKILL)
    duplicates = finish_after_restart(stub, db_path, bot, questions)
    # Only the replies in flight at the kill (one per concurrently handled update) can
    # be sent twice: Telegram accepted them, the journal had not recorded it yet.
    assert duplicates <= CONCURRENT_UPDATES


def test_sigterm_mid_backlog_exits_fast_and_loses_no_question(stub, db_path, bots, kb):
    questions, bot, exited = interrupted_burst(stub, db_path, bots, kb, signal.SIGTERM)
    assert bot.process.returncode == 0, bot.output()[-3000:]
    assert exited <= 5.0, f"SIGTERM took {exited:.1f}s"
    assert "left in the journal for the next start" in bot.output()
    assert finish_after_restart(stub, db_path, bot, questions) == 0  # in flight: finished
    print(f"SIGTERM exit in {exited:.2f}s")


def test_api_unreachable_at_start_retries_then_serves(stubs, db_path, bots):
    api = stubs()
    api.stop()  # the port refuses connections until the API "comes up"
    bot = bots(bot_env(api, db_path, TOKEN)).start()
    deadline = time.monotonic() + 60
    while bot.output().count("unreachable (attempt") < 2:
        assert bot.alive(), f"sipbot run gave up:\n{bot.output()[-3000:]}"
        assert time.monotonic() < deadline, bot.output()[-3000:]
        time.sleep(0.2)
    api.start()
    bot.wait_polling(api)
    api.push_message(14, "苏州纳米城入驻企业有多少家")
    [reply] = api.wait(lambda: api.sent(14, done=True), 30, "an answer once the API is up")
    assert "397家" in reply["text"]
    output = bot.output()
    assert "Traceback" not in output
    # One line per attempt, not a traceback per attempt.
    attempts = [line for line in output.splitlines() if "unreachable (attempt" in line]
    assert len(attempts) >= 2 and all("retrying in" in line for line in attempts)
    assert len(output.splitlines()) < 20 + len(attempts), output
    assert TOKEN.split(":")[1] not in output


def test_a_rejected_token_exits_at_once_with_one_line(stubs, db_path, bots):
    rejecting = stubs(overrides={"getMe": lambda p: (401, {
        "ok": False, "error_code": 401, "description": "Unauthorized"})})
    bot = bots(bot_env(rejecting, db_path, TOKEN)).start()
    assert bot.process.wait(timeout=60) == 2
    output = bot.output()
    assert "Telegram rejected TELEGRAM_BOT_TOKEN" in output and "Traceback" not in output
    assert len(rejecting.methods("getMe")) == 1  # no retries
