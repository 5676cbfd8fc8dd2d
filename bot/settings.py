"""Settings from the environment, checked once at start with clear errors."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from data.kb import default_db_path

DEFAULT_BASE_URL = "https://api.telegram.org/bot"


class SettingsError(ValueError):
    """An environment variable is missing or malformed."""


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
        try:
            poll_interval = float(env.get("TELEGRAM_POLL_INTERVAL", "0") or 0)
        except ValueError as exc:
            raise SettingsError("TELEGRAM_POLL_INTERVAL must be a number of seconds") from exc
        if poll_interval < 0:
            raise SettingsError("TELEGRAM_POLL_INTERVAL must not be negative")
        tz = env.get("SIPBOT_TZ", "Asia/Shanghai").strip() or "Asia/Shanghai"
        try:
            ZoneInfo(tz)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise SettingsError(f"SIPBOT_TZ={tz!r} is not an IANA timezone") from exc
        try:
            admin_ids = frozenset(
                int(x) for x in env.get("SIPBOT_ADMIN_IDS", "").replace(";", ",").split(",")
                if x.strip())
        except ValueError as exc:
            raise SettingsError("SIPBOT_ADMIN_IDS must be comma-separated user ids") from exc
        db = env.get("SIPBOT_DB", "").strip()
        try:
            port = int(env.get("TELEGRAM_WEBHOOK_PORT", "8443"))
            grace = float(env.get("SIPBOT_DIGEST_GRACE_HOURS", "6"))
        except ValueError as exc:
            raise SettingsError("TELEGRAM_WEBHOOK_PORT / SIPBOT_DIGEST_GRACE_HOURS") from exc
        try:
            replay_window = float(env.get("SIPBOT_REPLAY_WINDOW_HOURS", "1"))
            send_rate = float(env.get("TELEGRAM_SEND_RATE", "29"))
        except ValueError as exc:
            raise SettingsError("SIPBOT_REPLAY_WINDOW_HOURS / TELEGRAM_SEND_RATE must be "
                                "numbers") from exc
        if replay_window < 0 or send_rate <= 0:
            raise SettingsError("SIPBOT_REPLAY_WINDOW_HOURS must be ≥ 0 and "
                                "TELEGRAM_SEND_RATE > 0")
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
