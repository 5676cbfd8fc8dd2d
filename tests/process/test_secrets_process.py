"""Secrets and the webhook, with the real ``sipbot run`` against a Bot API stub.

Stubs and bots come from the ``stubs``/``stub``/``bots`` fixtures (tests/conftest.py), which
stop them after the test even when it fails.

The token must appear nowhere the bot writes: stdout, stderr, log lines, tracebacks, and
nothing it sends (``/stats`` included), whatever fails: refused sends, a Bot API answering
nonsense (an exception inside a handler), the network going away, and a rejected token.
"""

from __future__ import annotations

import json
import time
from urllib.error import HTTPError
from urllib.request import Request, urlopen

import pytest
from botprocess import bot_env

from bot.bench.stubapi import free_port

pytestmark = pytest.mark.slow

TOKEN = "7766554433:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw"
SECRET = TOKEN.split(":")[1]
ADMIN = 31
WEBHOOK_SECRET = "hook-secret-Zx9"


def leaks(text: str) -> list[str]:
    return [s for s in (TOKEN, SECRET) if s in text]


def test_the_token_never_leaks_whatever_fails(db_path, stubs, bots):
    def send(params: dict):
        chat_id = int(params.get("chat_id", 0))
        if chat_id == 21:
            return 400, {"ok": False, "error_code": 400,
                         "description": "Bad Request: chat not found"}
        if chat_id == 22:
            return 500, {"ok": False, "error_code": 500, "description": "Internal Server Error"}
        if chat_id == 23:  # nonsense where a Message belongs: PTB raises inside the handler
            return 200, {"ok": True, "result": {"unexpected": TOKEN[:3]}}
        return None

    stub = stubs(overrides={"sendMessage": send})
    bot = bots(bot_env(stub, db_path, TOKEN, SIPBOT_ADMIN_IDS=str(ADMIN)))
    bot.start().wait_polling(stub)
    for chat_id in (21, 22, 23):
        stub.push_message(chat_id, "苏州纳米城入驻企业有多少家")
    stub.wait(lambda: all(stub.sent(c) for c in (21, 22, 23)), 30, "the failing sends")
    stub.stop()  # the network goes away for a moment
    time.sleep(2.5)
    stub.start()
    stub.push_message(ADMIN, "/stats")
    [stats] = stub.wait(lambda: stub.sent(ADMIN, done=True), 30, "/stats")
    assert "提问" in stats["text"]
    assert bot.alive()
    code = bot.stop()
    stub.stop()
    assert code == 0
    output = bot.output()
    assert "Traceback" in output  # the handler's exception was logged, with its traceback…
    assert "network error" in output or "NetworkError" in output
    assert not leaks(output)  # …and the token is in none of it
    assert not leaks(json.dumps([c.params for c in stub.calls], ensure_ascii=False))

    # A token Telegram rejects: PTB's own InvalidToken message quotes it.
    rejecting = stubs(overrides={"getMe": lambda p: (401, {
        "ok": False, "error_code": 401, "description": "Unauthorized"})})
    refused = bots(bot_env(rejecting, db_path, TOKEN), name="refused")
    refused.start()
    refused.process.wait(timeout=60)
    rejecting.stop()
    assert refused.process.returncode != 0
    output = refused.output()
    assert "rejected" in output or "Unauthorized" in output, output[-2000:]
    assert not leaks(output), output[-2000:]


def post(url: str, update: dict, secret: str | None) -> int:
    headers = {"Content-Type": "application/json"}
    if secret is not None:
        headers["X-Telegram-Bot-Api-Secret-Token"] = secret
    request = Request(url, data=json.dumps(update).encode(), headers=headers)
    try:
        with urlopen(request, timeout=10) as response:
            return response.status
    except HTTPError as exc:
        return exc.code


def test_webhook_processes_only_updates_with_the_secret_header(db_path, stub, bots):
    port = free_port()
    url = f"http://127.0.0.1:{port}/tg-hook"
    bot = bots(bot_env(
        stub, db_path, TOKEN, TELEGRAM_WEBHOOK_URL=url, TELEGRAM_WEBHOOK_SECRET=WEBHOOK_SECRET,
        TELEGRAM_WEBHOOK_LISTEN="127.0.0.1", TELEGRAM_WEBHOOK_PORT=str(port)))

    def update(update_id: int, chat_id: int) -> dict:
        return {"update_id": update_id, "message": {
            "message_id": update_id, "date": int(time.time()), "text": "/help",
            "chat": {"id": chat_id, "type": "private", "first_name": "u"},
            "from": {"id": chat_id, "is_bot": False, "first_name": "u"},
            "entities": [{"type": "bot_command", "offset": 0, "length": 5}]}}

    bot.start()
    [hook] = stub.wait(lambda: stub.methods("setWebhook"), 60, "setWebhook")
    assert hook.params.get("secret_token") == WEBHOOK_SECRET
    assert hook.params.get("url") == url

    def listening() -> bool:
        try:
            return post(url, {}, "wrong") in (403, 400, 200)
        except OSError:
            return False

    stub.wait(listening, 30, "the webhook server to listen")
    assert post(url, update(1, 41), None) == 403
    assert post(url, update(2, 42), "wrong-secret") == 403
    assert post(url, update(3, 43), WEBHOOK_SECRET) == 200
    stub.wait(lambda: stub.sent(43, done=True), 30, "the answer to the authentic update")
    time.sleep(1.0)  # give forged updates every chance to be (wrongly) processed
    assert not stub.sent(41) and not stub.sent(42)
    code = bot.stop()
    stub.stop()
    assert code == 0
    assert not leaks(bot.output()) and WEBHOOK_SECRET not in bot.output()
