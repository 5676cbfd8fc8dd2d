"""The fake Bot API on 127.0.0.1, shared by the process tests and the benchmark.

It speaks just enough of the Bot API for python-telegram-bot 22 over plain HTTP (so the bot
under test uses nothing but PTB's public ``base_url`` setting): ``getMe``, ``getUpdates``
(short long-polls over a queue of updates the test pushes), ``sendMessage`` (recorded per
chat id, optionally slowed down, refused or rate-limited), and ``true`` for everything else.
It can be stopped and started again on the same port, which is what "Telegram is
unreachable" looks like to the bot.

For the benchmark it enforces Telegram's broadcast limit the strict way, at most ``limit``
messages in any sliding ``window_s``, answering the excess with 429 ``retry_after`` (a flood
error); it can answer 403 for some chats (a user who blocked the bot) and force a 429 on
every n-th ``sendMessage`` (to exercise retries). :attr:`StubApi.stats` counts all of it.
"""

from __future__ import annotations

import collections
import itertools
import json
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl

BOT = {"id": 4343, "is_bot": True, "first_name": "stub", "username": "stub_bot",
       "can_join_groups": True, "can_read_all_group_messages": False,
       "supports_inline_queries": True}

# method → params → (HTTP status, body) or None for the default behaviour
Override = Callable[[dict[str, Any]], "tuple[int, Any] | None"]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Call:
    method: str
    params: dict[str, Any]
    at: float
    done: float | None = None  # when the answer was written (None: still in flight)


@dataclass
class StubStats:
    """What ``sendMessage`` met: counts for the benchmark."""

    requests: int = 0
    sent: int = 0
    flood_errors: int = 0      # 429s because the client went over the limit
    forced_429: int = 0        # 429s injected on request
    forbidden: int = 0         # 403s injected on request
    per_chat: collections.Counter[int] = field(default_factory=collections.Counter)
    first_at: float | None = None
    last_at: float | None = None

    @property
    def retries(self) -> int:
        """Requests for a chat beyond its first."""
        return sum(n - 1 for n in self.per_chat.values() if n > 1)


@dataclass
class StubApi:
    """``StubApi().start()`` (or ``with StubApi() as api:``), then point the bot's
    ``base_url`` at :attr:`base_url`."""

    port: int = field(default_factory=free_port)
    send_delay: float = 0.0
    overrides: dict[str, Override] = field(default_factory=dict)
    limit: int | None = None          # sendMessage accepted per window; None: no limit
    window_s: float = 1.0
    retry_after: int = 1
    forbidden: Callable[[int], bool] | None = None
    force_429_every: int = 0

    def __post_init__(self) -> None:
        self.calls: list[Call] = []
        self.updates: list[dict[str, Any]] = []
        self.stats = StubStats()
        self._accepted: collections.deque[float] = collections.deque()
        self._lock = threading.Lock()
        self._ids = itertools.count(1)
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- control

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"

    def __enter__(self) -> StubApi:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def start(self) -> StubApi:
        stub = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                stub._handle(self)

            do_GET = do_POST

            def log_message(self, *args: Any) -> None:
                pass

        ThreadingHTTPServer.allow_reuse_address = True
        self._server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        """Unreachable from now on: the port refuses connections."""
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    # -- what the test does and sees

    def push_message(self, chat_id: int, text: str, *, user_id: int | None = None,
                     chat_type: str = "private") -> None:
        user_id = user_id or chat_id
        message: dict[str, Any] = {
            "message_id": next(self._ids), "date": int(time.time()), "text": text,
            "chat": {"id": chat_id, "type": chat_type, "first_name": "u", "title": "g"},
            "from": {"id": user_id, "is_bot": False, "first_name": "u", "language_code": "zh"}}
        if text.startswith("/"):
            message["entities"] = [{"type": "bot_command", "offset": 0,
                                    "length": len(text.split()[0])}]
        with self._lock:
            self.updates.append({"update_id": next(self._ids), "message": message})

    def methods(self, method: str) -> list[Call]:
        with self._lock:
            return [c for c in self.calls if c.method == method]

    def sent(self, chat_id: int | None = None, *, done: bool = False) -> list[dict[str, Any]]:
        """sendMessage params (to ``chat_id``), oldest first; ``done``: answered ones only."""
        return [c.params for c in self.methods("sendMessage")
                if (chat_id is None or int(c.params.get("chat_id", 0)) == chat_id)
                and (not done or c.done is not None)]

    def wait(self, predicate: Callable[[], Any], timeout: float, what: str) -> Any:
        deadline = time.monotonic() + timeout
        while True:
            value = predicate()
            if value:
                return value
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out after {timeout}s waiting for {what}")
            time.sleep(0.05)

    # -- serving

    def _handle(self, request: BaseHTTPRequestHandler) -> None:
        method = request.path.rstrip("/").rsplit("/", 1)[-1]
        length = int(request.headers.get("Content-Length") or 0)
        body = request.rfile.read(length) if length else b""
        if len(body) < length:
            return  # the client went away mid-request (a bot killed): Telegram never saw it
        params = _params(body, request.headers.get("Content-Type", ""))
        call = Call(method, params, time.time())
        with self._lock:
            self.calls.append(call)
        status, payload = self.respond(method, params)
        data = json.dumps(payload).encode()
        try:
            request.send_response(status)
            request.send_header("Content-Type", "application/json")
            request.send_header("Content-Length", str(len(data)))
            request.end_headers()
            request.wfile.write(data)
        except OSError:
            return
        call.done = time.time()

    def respond(self, method: str, params: dict[str, Any]) -> tuple[int, Any]:
        """The Bot API's answer to one call: HTTP status and JSON body."""
        override = self.overrides.get(method)
        if override is not None:
            answer = override(params)
            if answer is not None:
                return answer
        if method == "getMe":
            return 200, {"ok": True, "result": BOT}
        if method == "getUpdates":
            return 200, {"ok": True, "result": self._updates(params)}
        if method == "sendMessage":
            refused = self._refusal(int(params.get("chat_id", 0)))
            if refused is not None:
                return refused
        if method in ("sendMessage", "editMessageText"):
            if self.send_delay:
                time.sleep(self.send_delay)
            chat_id = int(params.get("chat_id", 0))
            return 200, {"ok": True, "result": {
                "message_id": next(self._ids), "date": int(time.time()), "from": BOT,
                "chat": {"id": chat_id, "type": "private" if chat_id > 0 else "supergroup",
                         "first_name": "u", "title": "g"},
                "text": str(params.get("text", ""))}}
        if method == "getChatMember":
            return 200, {"ok": True, "result": {"status": "member", "user": {
                "id": int(params.get("user_id", 0)), "is_bot": False, "first_name": "m"}}}
        return 200, {"ok": True, "result": True}

    def _refusal(self, chat_id: int) -> tuple[int, Any] | None:
        """429 over the limit or forced, 403 for a chat that blocked the bot, else None."""
        now = time.monotonic()
        with self._lock:
            stats = self.stats
            stats.requests += 1
            stats.per_chat[chat_id] += 1
            stats.first_at = stats.first_at or now
            stats.last_at = now
            if self.force_429_every and stats.requests % self.force_429_every == 0:
                stats.forced_429 += 1
                return 429, _too_many(self.retry_after)
            if self.limit is not None:
                while self._accepted and now - self._accepted[0] >= self.window_s:
                    self._accepted.popleft()
                if len(self._accepted) >= self.limit:
                    stats.flood_errors += 1
                    return 429, _too_many(self.retry_after)
                self._accepted.append(now)
            if self.forbidden is not None and self.forbidden(chat_id):
                stats.forbidden += 1
                return 403, {"ok": False, "error_code": 403,
                             "description": "Forbidden: bot was blocked by the user"}
            stats.sent += 1
        return None

    def _updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        # As Telegram does: an update is confirmed only by a later call with a higher offset,
        # and sent again until then; at most ``limit`` (default 100) a call.
        offset = int(params.get("offset") or 0)
        limit = int(params.get("limit") or 100)
        deadline = time.monotonic() + min(float(params.get("timeout") or 0), 0.3)
        while True:
            with self._lock:
                self.updates = [u for u in self.updates if u["update_id"] >= offset]
                if self.updates or time.monotonic() >= deadline:
                    return self.updates[:limit]
            time.sleep(0.02)


def _too_many(retry_after: int) -> dict[str, Any]:
    return {"ok": False, "error_code": 429,
            "description": f"Too Many Requests: retry after {retry_after}",
            "parameters": {"retry_after": retry_after}}


def _params(body: bytes, content_type: str) -> dict[str, Any]:
    if not body:
        return {}
    if "json" in content_type:
        return json.loads(body)
    params: dict[str, Any] = {}
    for key, value in parse_qsl(body.decode(), keep_blank_values=True):
        try:
            params[key] = json.loads(value) if value[:1] in "{[" else value
        except ValueError:
            params[key] = value
    return params
