"""Settings from the environment, checked once at start with clear errors."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from data.kb import default_db_path
from data.schedule import zone

DEFAULT_BASE_URL = "https://api.telegram.org/bot"


class SettingsError(ValueError):
    """An environment variable is missing or malformed."""


def _number(env: Mapping[str, str], name: str, default: float, what: str) -> float:
    """A non-negative number from ``env[name]``; the error names the variable and value."""
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        value = -1.0
    if not value >= 0 or value == float("inf"):
        raise SettingsError(f"{name}={raw!r} must be {what}, 0 or more "
                            f"(default {default:g})")
    return value


@dataclass(frozen=True)
class Settings:
    token: str | None
    base_url: str = DEFAULT_BASE_URL
    poll_interval: float = 0.0
    db_path: Path = field(default_factory=default_db_path)
    tz: str = "Asia/Shanghai"
    admin_ids: frozenset[int] = frozenset()
    webhook_url: str | None = None
    webhook_secret: str | None = None
    webhook_listen: str = "0.0.0.0"
    webhook_port: int = 8443
    digest_grace_hours: float = 6.0
    replay_window_hours: float = 1.0
    send_rate: float = 29.0

    def __repr__(self) -> str:
        # The token never reaches logs through a repr.
        return (f"Settings(token={'***' if self.token else None}, base_url={self.base_url!r}, "
                f"db_path={str(self.db_path)!r}, tz={self.tz!r})")

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, *, require_token: bool = False
                 ) -> Settings:
        env = os.environ if env is None else env
        token = env.get("TELEGRAM_BOT_TOKEN", "").strip() or None
        if require_token and not token:
            raise SettingsError("TELEGRAM_BOT_TOKEN is not set (ask @BotFather for one)")
        poll_interval = _number(env, "TELEGRAM_POLL_INTERVAL", 0.0, "a number of seconds")
        tz = env.get("SIPBOT_TZ", "Asia/Shanghai").strip() or "Asia/Shanghai"
        found = zone(tz)
        if found is None:
            raise SettingsError(f"SIPBOT_TZ={tz!r} is not an IANA timezone "
                                "(e.g. Asia/Shanghai)")
        tz = found.key
        raw_ids = env.get("SIPBOT_ADMIN_IDS", "")
        try:
            admin_ids = frozenset(
                int(x) for x in raw_ids.replace(";", ",").split(",") if x.strip())
        except ValueError as exc:
            raise SettingsError(f"SIPBOT_ADMIN_IDS={raw_ids!r} must be comma-separated "
                                "Telegram user ids (e.g. 12345,67890)") from exc
        db = env.get("SIPBOT_DB", "").strip()
        raw_port = env.get("TELEGRAM_WEBHOOK_PORT", "").strip() or "8443"
        if not raw_port.isdigit() or not 0 < int(raw_port) < 65536:
            raise SettingsError(f"TELEGRAM_WEBHOOK_PORT={raw_port!r} must be a port number "
                                "(1-65535, e.g. 8443)")
        port = int(raw_port)
        grace = _number(env, "SIPBOT_DIGEST_GRACE_HOURS", 6.0, "a number of hours")
        replay_window = _number(env, "SIPBOT_REPLAY_WINDOW_HOURS", 1.0, "a number of hours")
        send_rate = _number(env, "TELEGRAM_SEND_RATE", 29.0, "messages a second")
        if send_rate <= 0:
            raise SettingsError(f"TELEGRAM_SEND_RATE={env.get('TELEGRAM_SEND_RATE')!r} must "
                                "be more than 0 (default 29)")
        webhook_url = env.get("TELEGRAM_WEBHOOK_URL", "").strip() or None
        secret = env.get("TELEGRAM_WEBHOOK_SECRET", "").strip() or None
        if webhook_url and not secret:
            raise SettingsError("TELEGRAM_WEBHOOK_SECRET is required with TELEGRAM_WEBHOOK_URL")
        return cls(
            token=token,
            base_url=env.get("TELEGRAM_BASE_URL", "").strip() or DEFAULT_BASE_URL,
            poll_interval=poll_interval,
            db_path=Path(db).expanduser() if db else default_db_path(),
            tz=tz,
            admin_ids=admin_ids,
            webhook_url=webhook_url,
            webhook_secret=secret,
            webhook_listen=env.get("TELEGRAM_WEBHOOK_LISTEN", "0.0.0.0"),
            webhook_port=port,
            digest_grace_hours=grace,
            replay_window_hours=replay_window,
            send_rate=send_rate,
        )
