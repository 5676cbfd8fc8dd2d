"""A simulated Telegram user, talking to the bot through the emulator's client API.

The emulator is telegram-test-api behind tests/e2e/emulator.js; a user is simulated through
its client HTTP API (POST /sendMessage, /sendCallback, /getUpdates with the bot's token).
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.request import Request, urlopen

HERE = Path(__file__).parent
TOKEN = "4242:e2e-test-token-not-secret"
BOT_USERNAME = "TestNameBot"  # the emulator's getMe always says so
BOT_ID = 666
ADMIN_ID = 9001
START_DEADLINE_S = 120.0  # the first start ingests the bundled document


def _http(url: str, payload: dict[str, Any] | None = None) -> Any:
    data = None if payload is None else json.dumps(payload).encode()
    request = Request(url, data=data, headers={"Content-Type": "application/json"})
    with urlopen(request, timeout=10) as response:
        return json.loads(response.read() or b"null")


class User:
    """A Telegram user (in a private chat or a group) driven through the emulator."""

    def __init__(self, api: str, chat_id: int, *, chat_type: str = "private",
                 user_id: int = 1, language_code: str = "zh") -> None:
        self.api = api
        self.user = {"id": user_id, "is_bot": False, "first_name": "E2E",
                     "username": f"e2e{user_id}", "language_code": language_code}
        self.chat = {"id": chat_id, "type": chat_type}
        if chat_type == "private":
            self.chat["first_name"] = "E2E"
        else:
            self.chat["title"] = "E2E group"
        self.received: list[dict[str, Any]] = []

    def send(self, text: str) -> None:
        message: dict[str, Any] = {"botToken": TOKEN, "from": self.user, "chat": self.chat,
                                   "date": int(time.time()), "text": text}
        if text.startswith("/"):
            message["entities"] = [{"type": "bot_command", "offset": 0,
                                    "length": len(text.split()[0])}]
        _http(f"{self.api}/sendMessage", message)

    def press(self, bot_message: dict[str, Any], data: str) -> None:
        """Press a button under ``bot_message`` (an item from :meth:`wait_for`)."""
        message = {"message_id": bot_message["messageId"], "date": int(time.time()),
                   "chat": self.chat, "from": {"id": BOT_ID, "is_bot": True,
                                               "first_name": "bot", "username": BOT_USERNAME},
                   "text": bot_message["message"].get("text", "")}
        _http(f"{self.api}/sendCallback", {"botToken": TOKEN, "from": self.user,
                                           "message": message, "data": data})

    def poll(self) -> list[dict[str, Any]]:
        """Bot messages for this chat that arrived since the last poll."""
        new = _http(f"{self.api}/getUpdates", {"token": TOKEN, "chatId": self.chat["id"]})
        self.received += new["result"]
        return new["result"]

    def wait_for(self, predicate: Callable[[dict[str, Any]], bool], *, since: int = 0,
                 timeout: float = 20.0, what: str = "a reply") -> dict[str, Any]:
        """The first bot message matching ``predicate``, among those received from index
        ``since`` on (polling for more until ``timeout``)."""
        seen = since
        deadline = time.monotonic() + timeout
        while True:
            for item in self.received[seen:]:
                if predicate(item["message"]):
                    return item
            seen = len(self.received)
            if time.monotonic() > deadline:
                texts = [m["message"].get("text", "")[:80] for m in self.received]
                raise AssertionError(f"no {what} within {timeout}s; got {texts}")
            if not self.poll():
                time.sleep(0.05)

    def wait_text(self, fragment: str, **kwargs: Any) -> dict[str, Any]:
        return self.wait_for(lambda m: fragment in m.get("text", ""),
                             what=f"reply containing {fragment!r}", **kwargs)


def buttons(item: dict[str, Any]) -> list[dict[str, Any]]:
    markup = item["message"].get("reply_markup") or {}
    if isinstance(markup, str):
        markup = json.loads(markup)
    return [b for row in markup.get("inline_keyboard", []) for b in row]


def api_calls(emulator: str) -> list[dict[str, Any]]:
    return _http(f"{emulator}/__calls")
