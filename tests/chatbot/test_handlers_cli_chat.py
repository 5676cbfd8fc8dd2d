"""``sipbot chat`` and ``sipbot run`` start-up, and the token-redacting log filter."""

from __future__ import annotations

import logging
import os
import select
import signal
import subprocess
import sys
import time

import pytest
from click.testing import CliRunner

import bot.cli_telegram as cli_telegram
from bot.cli import cli
from bot.logs import REDACTED, RedactToken


@pytest.fixture
def canned_open(monkeypatch, canned_kb):
    """Make the chat command use the canned knowledge base (no engine needed)."""
    monkeypatch.setattr(cli_telegram, "_kb", lambda settings: canned_kb)
    monkeypatch.setattr(canned_kb, "close", lambda: None)
    return canned_kb


def test_chat_answers_typed_lines_and_numbered_buttons(canned_open, monkeypatch):
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    result = CliRunner().invoke(cli, ["chat"], input="纳米城有几家公司\n1\n/lang en\n/help\n")
    assert result.exit_code == 0, result.output
    out = result.output
    assert "[1] 苏州纳米城入驻企业有多少家" in out
    assert "苏州纳米城入驻企业397家。" in out  # typing 1 pressed the first suggestion
    assert "📖 科技载体 › 苏州纳米城" in out
    assert "How to use" in out
    assert "<b>" not in out


def test_chat_opens_with_what_it_is_and_how_to_quit(canned_open, monkeypatch):
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    result = CliRunner().invoke(cli, ["chat", "--lang", "en"], input="")
    assert result.exit_code == 0, result.output
    first = result.output.splitlines()[0]
    assert first.startswith("sipbot chat: the yearbook bot in your terminal")
    assert "Ctrl-C" in result.output and "/quit" in result.output


def test_a_number_that_is_no_button_says_so_and_is_not_asked(canned_open, monkeypatch):
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    result = CliRunner().invoke(cli, ["chat"], input="3\n纳米城有几家公司\n7\n")
    out = result.output
    assert "没有编号为 3 的按钮" in out
    assert "没有编号为 7 的按钮：现有按钮 1–4" in out  # two suggestions and 👍 👎
    assert canned_open.store.chats.usage_stats()["questions"] == 1


@pytest.mark.parametrize("word", ["/quit", "exit", "QUIT"])
def test_quit_words_end_the_chat(canned_open, monkeypatch, word):
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    result = CliRunner().invoke(cli, ["chat"], input=f"{word}\n纳米城有几家公司\n")
    assert result.exit_code == 0
    assert canned_open.store.chats.usage_stats()["questions"] == 0


def test_console_greeting_and_help_fit_a_console(canned_open, monkeypatch):
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    out = CliRunner().invoke(cli, ["chat"], input="/start\n/help\n").output
    assert "你好，朋友！" in out and "you" not in out
    assert "内联" not in out and "@sipbot" not in out


def test_ctrl_c_quits_at_once(tmp_path, db_path):
    env = {**os.environ, "SIPBOT_DB": str(db_path), "PYTHONUNBUFFERED": "1"}
    env.pop("TELEGRAM_BOT_TOKEN", None)
    chat = subprocess.Popen([sys.executable, "-m", "bot", "chat"], env=env,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT)
    try:
        assert chat.stdout is not None
        # Up, and waiting for a line (select: an old console printed nothing until Enter).
        assert select.select([chat.stdout], [], [], 60)[0], "no first screen"
        assert b"sipbot chat" in chat.stdout.readline()
        time.sleep(0.5)
        chat.send_signal(signal.SIGINT)
        assert chat.wait(timeout=5) == 0
        assert b"Traceback" not in chat.stdout.read()
    finally:
        chat.kill()
        chat.wait()


def test_run_without_token_prints_one_line_and_fails(monkeypatch):
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    result = CliRunner().invoke(cli, ["run"])
    assert result.exit_code != 0
    assert result.output.strip().splitlines() == [
        "sipbot: TELEGRAM_BOT_TOKEN is not set (ask @BotFather for one)"]


def test_run_with_bad_settings_names_the_variable(monkeypatch):
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "1:x")
    monkeypatch.setenv("TELEGRAM_WEBHOOK_URL", "https://example.org/hook")
    monkeypatch.delenv("TELEGRAM_WEBHOOK_SECRET", raising=False)
    result = CliRunner().invoke(cli, ["run"])
    assert result.exit_code != 0 and "TELEGRAM_WEBHOOK_SECRET" in result.output


def test_redaction_hides_the_token_in_messages_and_tracebacks():
    token = "123456789:AAH-secret-part-of-the-token"
    logger = logging.getLogger("test.redact")
    records: list[str] = []

    class Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            records.append(self.format(record))

    handler = Collect()
    handler.addFilter(RedactToken(token))
    logger.addHandler(handler)
    try:
        logger.warning("POST https://api.telegram.org/bot%s/getUpdates", token)
        try:
            raise RuntimeError(f"failed: /bot{token}/sendMessage and {token.split(':')[1]}")
        except RuntimeError:
            logger.exception("boom")
    finally:
        logger.removeHandler(handler)
    text = "\n".join(records)
    assert "secret-part" not in text
    assert text.count(REDACTED) == 3
