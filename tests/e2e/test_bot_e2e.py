"""The real bot process against the Bot API emulator, driven as a user would."""

from __future__ import annotations

import itertools
import time

import pytest
from e2e_client import ADMIN_ID, BOT_USERNAME, TOKEN, User, api_calls, buttons

from data.present.english_lines import has_chinese_outside_quotes
from data.store import Store

pytestmark = pytest.mark.e2e

NANO = "苏州纳米城入驻企业有多少家"
_chat_ids = itertools.count(100)


@pytest.fixture
def private(emulator, bot_process) -> User:
    chat_id = next(_chat_ids)
    return User(emulator, chat_id, user_id=chat_id)


@pytest.fixture
def group(emulator, bot_process) -> User:
    chat_id = -next(_chat_ids)
    return User(emulator, chat_id, chat_type="group", user_id=-chat_id)


def test_start_greets_with_example_buttons(private):
    private.send("/start")
    greeting = private.wait_text("你好")
    assert len([b for b in buttons(greeting) if b["callback_data"].startswith("x:")]) == 3


def test_menus_were_attempted_and_a_refusing_api_is_not_fatal(emulator, private):
    menus = [c for c in api_calls(emulator) if c["method"] == "setMyCommands"]
    assert len(menus) == 6  # private and group scopes, zh, en and default
    assert any("subscribe" in str(c["params"].get("commands")) for c in menus)
    # The emulator refused every one of them (HTTP 500), and the bot still serves:
    private.send("/help")
    private.wait_text("/ask")


def test_private_question_is_answered_with_the_figure(private):
    private.send(NANO)
    answer = private.wait_text("397")
    text = answer["message"]["text"]
    assert "<b>" in text and "📖" in text
    assert answer["message"]["parse_mode"] == "HTML"


def test_group_ask_at_bot_is_answered_and_chatter_ignored(group):
    group.send("园区研发投入占地区生产总值的比重是多少")  # chatter: no mention, no command
    group.send(f"/ask@{BOT_USERNAME} {NANO}")
    group.wait_text("397")
    time.sleep(1.0)  # give a wrongly answered chatter time to show up
    group.poll()
    assert len(group.received) == 1, [m["message"]["text"][:60] for m in group.received]


def test_did_you_mean_button_is_answered(emulator, private):
    private.send("园区的天气怎么样")  # off topic: the engine offers questions instead
    reply = private.wait_for(lambda m: "你是不是想问" in m.get("text", ""))
    suggestions = [b for b in buttons(reply) if b["callback_data"].startswith("s:")]
    assert suggestions, reply["message"]["text"]
    before = len(private.received)
    private.press(reply, suggestions[0]["callback_data"])
    private.wait_for(lambda m: "📖" in m.get("text", ""), since=before,
                     what="the answer to the suggestion")
    acks = [c for c in api_calls(emulator) if c["method"] == "answerCallbackQuery"]
    assert acks


def test_subscribe_then_unsubscribe(private, bot_process):
    chat_id = private.chat["id"]
    private.send("/subscribe 08:30 Asia/Shanghai")
    private.wait_for(lambda m: True, what="the /subscribe reply")
    store = Store(bot_process["db"])
    try:
        deadline = time.monotonic() + 10
        while (store.digests.subscription(chat_id) is None
               or not store.digests.subscription(chat_id).active):
            assert time.monotonic() < deadline, "no active subscription stored"
            time.sleep(0.1)
        assert store.digests.subscription(chat_id).time == "08:30"
        count = len(private.received)
        private.send("/unsubscribe")
        private.wait_for(lambda m: True, since=count, what="the /unsubscribe reply")
        while store.digests.subscription(chat_id).active:
            assert time.monotonic() < deadline, "subscription still active"
            time.sleep(0.1)
    finally:
        store.close()


def test_admin_stats_and_the_token_never_logged(emulator, bot_process):
    admin = User(emulator, ADMIN_ID, user_id=ADMIN_ID)
    admin.send("/stats")
    stats = admin.wait_text("提问")
    assert TOKEN not in stats["message"]["text"]
    log = bot_process["log"].read_text()
    assert TOKEN.split(":")[1] not in log


def test_an_english_chat_is_answered_in_english(private):
    private.send("/lang en")
    private.wait_for(lambda m: True, what="the /lang reply")
    private.send(NANO)
    answer = private.wait_text("397 companies")
    text = answer["message"]["text"]
    assert "resident companies" in text and "(397家)" in text
    # The bot's own words are English; the document's stand only quoted or bracketed.
    for line in text.replace("<b>", "").replace("</b>", "").splitlines():
        if not line.startswith("Original:"):
            assert not has_chinese_outside_quotes(line), line
