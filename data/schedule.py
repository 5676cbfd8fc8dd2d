"""When a daily digest is due: the arguments of /subscribe and /onthisday, and the local-date
arithmetic behind "today" and a subscriber's daily slot. Pure Python: no telegram imports.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo, available_timezones

from data.lazyre import lazy_regex, rx
from data.models import Subscription

DEFAULT_TIME = "09:00"


def utcnow() -> datetime:
    return datetime.now(UTC)


# -- parsing -----------------------------------------------------------------------------


class UsageError(ValueError):
    """A command argument is malformed; the message says which."""


class BadArgument(UsageError):
    """One argument of /subscribe is wrong: ``value`` as typed, ``kind`` "time", "zone" or
    "extra" (a second time or zone), and for a zone the nearest real one, if any."""

    def __init__(self, kind: str, value: str, suggestion: str | None = None) -> None:
        super().__init__(f"{kind} {value!r}" + (f" (did you mean {suggestion}?)"
                                                if suggestion else ""))
        self.kind = kind
        self.value = value
        self.suggestion = suggestion


@dataclass(frozen=True, slots=True)
class SubscribeArgs:
    time: str | None
    tz: str | None


_TIME = lazy_regex(r"^(\d{1,2}):(\d{2})$")
_MONTH_DAY = lazy_regex(r"^(\d{1,2})[-/.](\d{1,2})$|^(\d{1,2})月(\d{1,2})日?$")


_NOT_ZONES = frozenset({"localtime", "posixrules", "Factory"})


@lru_cache(maxsize=1)
def _zones() -> dict[str, str]:
    # Only names of the tz database: ZoneInfo would also open any file under the tz path.
    # available_timezones() itself lists the host's "localtime" link (whatever the server's
    # zone is) and "Factory" (no real zone): not something a subscriber can mean.
    # Case-folded so "asia/shanghai" works.
    return {name.casefold(): name for name in available_timezones()
            if name not in _NOT_ZONES}


def canonical_zone(name: str) -> str | None:
    """The tz database name for ``name`` (case-insensitive), or None."""
    return _zones().get(name.strip().casefold())


def zone(name: str) -> ZoneInfo | None:
    """The timezone ``name`` names (case-insensitive tz database name), or None: the one
    way sipbot reads a timezone, from /subscribe, ``--tz`` and ``SIPBOT_TZ`` alike."""
    canonical = canonical_zone(name)
    return ZoneInfo(canonical) if canonical else None


# China has one zone named after a city most users would not type: these all mean it.
_CHINA = frozenset({"beijing", "peking", "suzhou", "china", "prc", "北京", "上海", "苏州",
                    "中国", "北京时间"})


def utc_offset(tz: str, now: datetime) -> str:
    """``UTC+08:00`` for ``tz`` at ``now``: unlike an abbreviation (CST, +14), unambiguous."""
    offset = now.astimezone(ZoneInfo(tz)).utcoffset() or timedelta()
    sign = "-" if offset < timedelta() else "+"
    minutes = abs(int(offset.total_seconds())) // 60
    return f"UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def suggest_zone(name: str) -> str | None:
    """The tz database name ``name`` most likely meant: a bare city (``Shanghai``,
    ``new york``) or a misspelling (``Europe/Londn``); None when nothing is close."""
    from rapidfuzz import fuzz, process, utils

    typed = "_".join(name.strip().split()).casefold()
    if not typed:
        return None
    if typed in _CHINA:
        return "Asia/Shanghai"
    zones = _zones()
    cities = {key.rsplit("/", 1)[-1]: zone for key, zone in sorted(zones.items())
              if "/" in key}
    if typed in cities:
        return cities[typed]
    choices = {**zones, **cities}
    best = process.extractOne(typed, list(choices), scorer=fuzz.ratio,
                              processor=utils.default_process, score_cutoff=80)
    return choices[best[0]] if best else None


def parse_time(text: str) -> str | None:
    """``H:MM`` or ``HH:MM`` on a 24-hour clock as ``HH:MM``; None when it is no such time."""
    match = _TIME.match(text)
    if not match:
        return None
    hour, minute = int(match[1]), int(match[2])
    if hour > 23 or minute > 59:
        return None
    return f"{hour:02d}:{minute:02d}"


def parse_subscribe_args(args: Sequence[str]) -> SubscribeArgs:
    """``[HH:MM] [Area/City]`` in either order; full-width digits and colons are folded."""
    when: str | None = None
    zone: str | None = None
    for raw in args:
        arg = unicodedata.normalize("NFKC", raw).strip()
        if not arg:
            continue
        if rx(r"\d{1,2}:\d{1,2}").fullmatch(arg) or arg.isdigit():
            parsed = parse_time(arg)
            if parsed is None:
                raise BadArgument("time", raw)
            if when is not None:
                raise BadArgument("extra", raw)
            when = parsed
            continue
        found = canonical_zone(arg)
        if found is None:
            raise BadArgument("zone", raw, suggest_zone(arg))
        if zone is not None:
            raise BadArgument("extra", raw)
        zone = found
    return SubscribeArgs(when, zone)


def parse_month_day(text: str) -> tuple[int, int]:
    """``MM-DD`` (also ``M/D``, ``5月30日``); 02-29 is valid, 02-30 is not."""
    arg = unicodedata.normalize("NFKC", text).strip()
    match = _MONTH_DAY.match(arg)
    if not match:
        raise UsageError(f"bad day {text!r}")
    month = int(match[1] or match[3])
    day = int(match[2] or match[4])
    try:
        date(2000, month, day)  # a leap year, so 02-29 passes
    except ValueError as exc:
        raise UsageError(f"no such day {text!r}") from exc
    return month, day


# -- time --------------------------------------------------------------------------------


def daily_time(hhmm: str, tz: str) -> time:
    """The wall-clock time ``HH:MM`` in ``tz``, as a daily job's trigger wants it."""
    hour, minute = _hm(hhmm)
    return time(hour, minute, tzinfo=ZoneInfo(tz))


def _hm(hhmm: str) -> tuple[int, int]:
    hour, minute = hhmm.split(":")
    return int(hour), int(minute)


def local_today(tz: str, now: datetime) -> date:
    """The calendar date in ``tz`` at the instant ``now``."""
    return now.astimezone(ZoneInfo(tz)).date()


def last_slot(hhmm: str, tz: str, now: datetime) -> tuple[date, datetime]:
    """The latest scheduled send at or before ``now``: (local date, instant in UTC).

    The local date of the *slot*, not of ``now``, names the delivery: a 23:59 job that runs
    a little late, after local midnight, still delivers the digest of the day it was for.
    Comparisons are done in UTC because Python compares two datetimes of the same ZoneInfo
    by wall time, which is wrong across a DST change.
    """
    zone = ZoneInfo(tz)
    hour, minute = _hm(hhmm)
    now_utc = now.astimezone(UTC)
    day = now_utc.astimezone(zone).date()
    for _ in range(3):
        slot = datetime.combine(day, time(hour, minute), tzinfo=zone).astimezone(UTC)
        if slot <= now_utc:
            return day, slot
        day -= timedelta(days=1)
    raise AssertionError("unreachable: a slot within the last two local days exists")


def next_slot(hhmm: str, tz: str, now: datetime) -> datetime:
    """The next scheduled send after ``now``, in the subscriber's timezone."""
    zone = ZoneInfo(tz)
    hour, minute = _hm(hhmm)
    now_utc = now.astimezone(UTC)
    day = now_utc.astimezone(zone).date()
    while True:
        slot = datetime.combine(day, time(hour, minute), tzinfo=zone)
        if slot.astimezone(UTC) > now_utc:
            return slot
        day += timedelta(days=1)


def owed_day(sub: Subscription, now: datetime, grace: timedelta) -> date | None:
    """The local date of the digest a start-up catch-up owes ``sub`` at ``now``, if any:
    that of its last slot, when the slot passed less than ``grace`` ago."""
    day, slot = last_slot(sub.time, sub.tz, now)
    if now.astimezone(UTC) - slot > grace:
        return None
    changed = datetime.fromisoformat(sub.updated_at) if sub.updated_at else None
    if changed is not None and changed.tzinfo is None:
        changed = changed.replace(tzinfo=UTC)
    if changed is not None and slot <= changed:
        # Subscribed (or changed) after that slot: that digest was never owed.
        return None
    return day
