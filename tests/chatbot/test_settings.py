"""Settings from the environment: every error names the variable and the bad value."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from paths import ROOT

from bot.settings import Settings, SettingsError


@pytest.mark.parametrize(("name", "value"), [
    ("TELEGRAM_WEBHOOK_PORT", "abc"), ("TELEGRAM_WEBHOOK_PORT", "70000"),
    ("SIPBOT_DIGEST_GRACE_HOURS", "six"), ("SIPBOT_DIGEST_GRACE_HOURS", "-1"),
    ("TELEGRAM_POLL_INTERVAL", "fast"), ("TELEGRAM_POLL_INTERVAL", "nan"),
    ("SIPBOT_TZ", "Mars/Base"), ("SIPBOT_ADMIN_IDS", "12,bob"),
])
def test_a_bad_value_is_named_with_its_variable(name: str, value: str) -> None:
    with pytest.raises(SettingsError) as caught:
        Settings.from_env({name: value})
    message = str(caught.value)
    assert message.startswith(f"{name}={value!r} ")
    others = {"TELEGRAM_WEBHOOK_PORT", "SIPBOT_DIGEST_GRACE_HOURS", "TELEGRAM_POLL_INTERVAL"}
    assert not any(other in message for other in others - {name})


def test_good_values_and_defaults() -> None:
    settings = Settings.from_env({"TELEGRAM_WEBHOOK_PORT": "8080",
                                  "SIPBOT_DIGEST_GRACE_HOURS": "1.5"})
    assert (settings.webhook_port, settings.digest_grace_hours) == (8080, 1.5)
    assert Settings.from_env({}).webhook_port == 8443


def test_sipbot_run_prints_one_line_naming_the_variable(tmp_path: Path) -> None:
    env = {"PATH": "/usr/bin:/bin", "TELEGRAM_BOT_TOKEN": "1:x",
           "TELEGRAM_WEBHOOK_PORT": "abc", "SIPBOT_DB": str(tmp_path / "x.db")}
    done = subprocess.run([sys.executable, "-m", "bot", "run"], env=env, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        "sipbot: TELEGRAM_WEBHOOK_PORT='abc' must be a port number (1-65535, e.g. 8443)"]


def test_env_example_lists_every_variable_the_readme_lists() -> None:
    readme = (ROOT / "README.md").read_text()
    table = readme[readme.index("| variable | meaning |"):]
    table = table[:table.index("\n\n")]
    documented = set(re.findall(r"`((?:TELEGRAM|SIPBOT)_[A-Z_]+)`", table))
    example = set(re.findall(r"^((?:TELEGRAM|SIPBOT)_[A-Z_]+)=", (ROOT / ".env.example")
                             .read_text(), re.MULTILINE))
    assert len(documented) >= 10
    assert documented <= example, documented - example
