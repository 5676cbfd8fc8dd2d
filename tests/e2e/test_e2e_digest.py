"""The daily digest end to end: the real ``sipbot run`` against the Bot API emulator.

A user subscribes for the coming minute and receives exactly one digest, sent by the job
PTB's JobQueue scheduled from /subscribe, and recorded once in the deliveries table.
"""

from __future__ import annotations

import time
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from e2e_client import User

from data.store import Store

pytestmark = pytest.mark.e2e

TZ = "Asia/Shanghai"
DIGEST_HEAD = "📅 历史上的今天"


def test_subscribe_for_the_coming_minute_receives_exactly_one_digest(
        emulator: str, bot_process: dict) -> None:
    user = User(emulator, 7301, user_id=7301)
    now = datetime.now(ZoneInfo(TZ))
    # At least 15 s ahead, so the job is in place before its minute starts.
    slot = (now + timedelta(seconds=75)).replace(second=0, microsecond=0)
    user.send(f"/subscribe {slot:%H:%M} {TZ}")
    reply = user.wait_text("已订阅")
    assert f"{slot:%H:%M}（{TZ}）" in reply["message"]["text"]
    count = len(user.received)
    wait = (slot - datetime.now(ZoneInfo(TZ))).total_seconds() + 30
    digest = user.wait_text(DIGEST_HEAD, since=count, timeout=wait)
    assert digest["message"]["text"].startswith(f"{DIGEST_HEAD} · {slot.month}月{slot.day}日")
    # Exactly one: nothing else arrives (the job fires once a day; the record is written).
    time.sleep(3)
    user.poll()
    digests = [m for m in user.received[count:]
               if m["message"].get("text", "").startswith(DIGEST_HEAD)]
    assert len(digests) == 1
    store = Store(bot_process["db"])
    try:
        row = store.digests.delivery(7301, slot.date().isoformat())
        assert row is not None and row.status == "sent" and row.attempts == 1
    finally:
        store.close()
