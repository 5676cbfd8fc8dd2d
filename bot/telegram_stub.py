"""A minimal local Bot API endpoint for benchmarks: answers ``sendMessage`` on 127.0.0.1.

Plain asyncio streams (no aiohttp), run on its own event loop in a thread so that the
client under test does not share a loop with it. It enforces Telegram's broadcast limit the
strict way — at most ``limit`` messages in any sliding ``window_s`` — and answers the
excess with 429 ``retry_after``, which is what the benchmark counts as a flood error. It
can also be told to answer 403 for some chats (a user who blocked the bot) and to force a
429 on every n-th request (to exercise retries).
"""

from __future__ import annotations

import asyncio
import collections
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class StubStats:
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


class BotApiStub:
    """``with BotApiStub() as stub: Bot(token, base_url=stub.base_url)``."""

    def __init__(self, *, limit: int = 30, window_s: float = 1.0, retry_after: int = 1,
                 forbidden: Callable[[int], bool] | None = None, force_429_every: int = 0
                 ) -> None:
        self.limit = limit
        self.window_s = window_s
        self.retry_after = retry_after
        self.forbidden = forbidden or (lambda chat_id: False)
        self.force_429_every = force_429_every
        self.stats = StubStats()
        self.port = 0
        self._accepted: collections.deque[float] = collections.deque()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._server: asyncio.base_events.Server | None = None
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self._message_id = 0

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"

    # -- lifecycle ------------------------------------------------------------------------

    def __enter__(self) -> BotApiStub:
        self._thread = threading.Thread(target=self._run, name="bot-api-stub", daemon=True)
        self._thread.start()
        if not self._ready.wait(10):
            raise RuntimeError("the Bot API stub did not start")
        return self

    def __exit__(self, *exc: object) -> None:
        loop = self._loop
        if loop is not None:
            loop.call_soon_threadsafe(loop.stop)
        if self._thread is not None:
            self._thread.join(10)

    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        self._server = loop.run_until_complete(
            asyncio.start_server(self._handle, "127.0.0.1", 0))
        self.port = self._server.sockets[0].getsockname()[1]
        self._ready.set()
        try:
            loop.run_forever()
        finally:
            self._server.close()
            loop.run_until_complete(self._server.wait_closed())
            loop.close()

    # -- HTTP -----------------------------------------------------------------------------

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                request_line = await reader.readline()
                if not request_line:
                    break
                headers: dict[str, str] = {}
                while True:
                    line = await reader.readline()
                    if line in (b"\r\n", b"\n", b""):
                        break
                    name, _, value = line.decode("latin-1").partition(":")
                    headers[name.strip().lower()] = value.strip()
                body = await reader.readexactly(int(headers.get("content-length", "0") or 0))
                parts = request_line.decode("latin-1").split()
                path = parts[1] if len(parts) > 1 else "/"
                status, payload = self.respond(path.rsplit("/", 1)[-1], body,
                                               headers.get("content-type", ""))
                data = json.dumps(payload).encode()
                writer.write(
                    f"HTTP/1.1 {status} {'OK' if status == 200 else 'Error'}\r\n"
                    f"Content-Type: application/json\r\nContent-Length: {len(data)}\r\n"
                    f"Connection: keep-alive\r\n\r\n".encode() + data)
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()

    def respond(self, method: str, body: bytes, content_type: str) -> tuple[int, dict]:
        """The Bot API's answer to one call (public for tests)."""
        if method == "getMe":
            return 200, {"ok": True, "result": {"id": 1, "is_bot": True, "first_name": "stub",
                                                "username": "stub_bot"}}
        if method != "sendMessage":
            return 200, {"ok": True, "result": True}
        params = _params(body, content_type)
        chat_id = int(params.get("chat_id", 0))
        now = time.monotonic()
        stats = self.stats
        stats.requests += 1
        stats.per_chat[chat_id] += 1
        stats.first_at = stats.first_at or now
        stats.last_at = now
        if self.force_429_every and stats.requests % self.force_429_every == 0:
            stats.forced_429 += 1
            return 429, _too_many(self.retry_after)
        while self._accepted and now - self._accepted[0] >= self.window_s:
            self._accepted.popleft()
        if len(self._accepted) >= self.limit:
            stats.flood_errors += 1
            return 429, _too_many(self.retry_after)
        self._accepted.append(now)
        if self.forbidden(chat_id):
            stats.forbidden += 1
            return 403, {"ok": False, "error_code": 403,
                         "description": "Forbidden: bot was blocked by the user"}
        stats.sent += 1
        self._message_id += 1
        return 200, {"ok": True, "result": {
            "message_id": self._message_id, "date": int(time.time()),
            "chat": {"id": chat_id, "type": "private"}, "text": params.get("text", "")}}


def _too_many(retry_after: int) -> dict:
    return {"ok": False, "error_code": 429,
            "description": f"Too Many Requests: retry after {retry_after}",
            "parameters": {"retry_after": retry_after}}


def _params(body: bytes, content_type: str) -> dict:
    if not body:
        return {}
    if "json" in content_type:
        return json.loads(body)
    from urllib.parse import parse_qsl

    return dict(parse_qsl(body.decode()))
