"""Fixtures for the end-to-end tests: the emulator (Node) and the real ``sipbot run``."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from e2e_client import ADMIN_ID, HERE, START_DEADLINE_S, TOKEN, api_calls


@pytest.fixture(scope="session")
def emulator() -> Iterator[str]:
    """The emulator's base URL (client API at /…, Bot API at /bot<token>/…)."""
    node = shutil.which("node")
    missing = ("node is not installed (needed for the telegram-test-api emulator)"
               if node is None else "run `make e2e-deps` (npm install in tests/e2e) first"
               if not (HERE / "node_modules" / "telegram-test-api").is_dir() else None)
    if missing:
        # On a developer's machine without Node the e2e tests step aside; CI must run them.
        if os.environ.get("CI"):
            pytest.fail(missing)
        pytest.skip(missing)
    assert node is not None
    process = subprocess.Popen([node, str(HERE / "emulator.js"), "0"], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    try:
        line = process.stdout.readline() if process.stdout else ""
        if not line:
            raise RuntimeError(f"emulator did not start: {process.stderr.read()}")
        yield f"http://127.0.0.1:{json.loads(line)['port']}"
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture(scope="session")
def bot_process(emulator: str, tmp_path_factory: pytest.TempPathFactory
                ) -> Iterator[dict[str, Any]]:
    """The real ``sipbot run`` polling the emulator; yields its settings."""
    tmp = tmp_path_factory.mktemp("e2e")
    env = {**os.environ, "TELEGRAM_BOT_TOKEN": TOKEN,
           "TELEGRAM_BASE_URL": f"{emulator}/bot", "TELEGRAM_POLL_INTERVAL": "0.05",
           "SIPBOT_DB": str(tmp / "e2e.db"), "SIPBOT_ADMIN_IDS": str(ADMIN_ID),
           "SIPBOT_TZ": "Asia/Shanghai"}
    env.pop("TELEGRAM_WEBHOOK_URL", None)
    log_path = tmp / "bot.log"
    sipbot = Path(sys.executable).with_name("sipbot")
    command = [str(sipbot)] if sipbot.exists() else [sys.executable, "-m", "bot.cli"]
    with open(log_path, "w") as log:
        process = subprocess.Popen([*command, "run"], env=env, stdout=log,
                                   stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + START_DEADLINE_S
        while not any(c["method"] == "deleteWebhook" for c in api_calls(emulator)):
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"sipbot run did not start polling:\n{log_path.read_text()}")
            time.sleep(0.1)
        yield {"db": tmp / "e2e.db", "log": log_path, "process": process}
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
