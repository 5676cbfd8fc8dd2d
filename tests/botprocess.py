"""``sipbot run`` as a child process against the fake Bot API (:mod:`bot.bench.stubapi`)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from bot.bench.stubapi import StubApi


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
