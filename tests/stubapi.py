"""A Bot API stub on 127.0.0.1 for the fault tests, and a runner for the real ``sipbot run``.

The stub speaks just enough of the Bot API for python-telegram-bot 22: ``getMe``,
``getUpdates`` (short long-polls over a queue of updates the test pushes), ``sendMessage``
(recorded per chat id, optionally slowed down or refused), and ``true`` for everything
else. It can be stopped and started again on the same port, which is what "Telegram is
unreachable" looks like to the bot.
"""

from __future__ import annotations

import itertools
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
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
class StubApi:
    port: int = field(default_factory=free_port)
    send_delay: float = 0.0
    overrides: dict[str, Override] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.calls: list[Call] = []
        self.updates: list[dict[str, Any]] = []
        self._lock = threading.Lock()
        self._ids = itertools.count(1)
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- control

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"

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
        params = _params(body, request.headers.get("Content-Type", ""))
        call = Call(method, params, time.time())
        with self._lock:
            self.calls.append(call)
        status, payload = self._answer(method, params)
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

    def _answer(self, method: str, params: dict[str, Any]) -> tuple[int, Any]:
        override = self.overrides.get(method)
        if override is not None:
            answer = override(params)
            if answer is not None:
                return answer
        if method == "getMe":
            return 200, {"ok": True, "result": BOT}
        if method == "getUpdates":
            return 200, {"ok": True, "result": self._updates(params)}
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


# -- the real bot -------------------------------------------------------------------------------


class BotProcess:
    """``sipbot run`` as a child process, its stdout and stderr captured in files."""

    def __init__(self, tmp: Path, env: dict[str, str], name: str = "bot") -> None:
        self.tmp = tmp
        self.env = env
        self.name = name
        self.runs = 0
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def logs(self) -> list[Path]:
        return sorted(self.tmp.glob(f"{self.name}-*.log"))

    def output(self) -> str:
        return "\n".join(p.read_text(errors="replace") for p in self.logs)

    def start(self) -> BotProcess:
        self.runs += 1
        sipbot = Path(sys.executable).with_name("sipbot")
        command = [str(sipbot)] if sipbot.exists() else [sys.executable, "-m", "bot"]
        out = open(self.tmp / f"{self.name}-{self.runs}-out.log", "wb")  # noqa: SIM115
        err = open(self.tmp / f"{self.name}-{self.runs}-err.log", "wb")  # noqa: SIM115
        with out, err:
            self.process = subprocess.Popen([*command, "run"], env=self.env, stdout=out,
                                            stderr=err)
        return self

    def wait_polling(self, stub: StubApi, timeout: float = 60.0) -> None:
        before = len(stub.methods("getUpdates"))

        def polling() -> bool:
            if self.process is not None and self.process.poll() is not None:
                raise AssertionError(f"sipbot run exited early:\n{self.output()[-3000:]}")
            return len(stub.methods("getUpdates")) > before

        stub.wait(polling, timeout, "sipbot run to poll")

    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def signal(self, sig: int) -> None:
        assert self.process is not None
        self.process.send_signal(sig)

    def stop(self, timeout: float = 20.0) -> int:
        """SIGTERM and wait; SIGKILL if it does not exit. Returns the exit code."""
        if self.process is None:
            return 0
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        return self.process.returncode


def bot_env(stub: StubApi, db: Path, token: str, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("TELEGRAM_", "SIPBOT_"))}
    env.update({"TELEGRAM_BOT_TOKEN": token, "TELEGRAM_BASE_URL": stub.base_url,
                "TELEGRAM_POLL_INTERVAL": "0", "SIPBOT_DB": str(db),
                "SIPBOT_TZ": "Asia/Shanghai", "PYTHONUNBUFFERED": "1", **extra})
    return env
