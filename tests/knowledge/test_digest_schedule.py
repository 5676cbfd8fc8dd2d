"""Digest argument parsing and the time arithmetic behind "today" and the daily slot."""

from __future__ import annotations

from datetime import UTC, date, datetime
from datetime import time as dtime
from zoneinfo import ZoneInfo

import pytest
from apscheduler.triggers.cron import CronTrigger

from data.schedule import (
    BadArgument,
    SubscribeArgs,
    UsageError,
    canonical_zone,
    last_slot,
    local_today,
    next_slot,
    parse_month_day,
    parse_subscribe_args,
    suggest_zone,
)


@pytest.mark.parametrize(("args", "expected"), [
    ([], SubscribeArgs(None, None)),
    (["08:30"], SubscribeArgs("08:30", None)),
    (["8:05"], SubscribeArgs("08:05", None)),
    (["23:59", "Europe/Berlin"], SubscribeArgs("23:59", "Europe/Berlin")),
    (["America/New_York", "00:00"], SubscribeArgs("00:00", "America/New_York")),
    (["asia/shanghai"], SubscribeArgs(None, "Asia/Shanghai")),
    (["０８：３０"], SubscribeArgs("08:30", None)),  # full-width, as Chinese IMEs type it
    (["UTC"], SubscribeArgs(None, "UTC")),
])
def test_subscribe_args_valid(args: list[str], expected: SubscribeArgs) -> None:
    assert parse_subscribe_args(args) == expected


@pytest.mark.parametrize("args", [
    ["25:00"], ["24:00"], ["12:60"], ["9"], ["Mars/Base"], ["localtime"], ["posixrules"],
    ["../../etc/passwd"], ["08:00", "09:00"], ["Asia/Shanghai", "Europe/Berlin"], ["tomorrow"],
    ["08:30:00"], ["-1:00"], ["Factory"],
])
def test_subscribe_args_invalid(args: list[str]) -> None:
    with pytest.raises(UsageError):
        parse_subscribe_args(args)


@pytest.mark.parametrize(("typed", "meant"), [
    ("Europe/Londn", "Europe/London"), ("Shanghai", "Asia/Shanghai"),
    ("new york", "America/New_York"), ("asia/shanghia", "Asia/Shanghai"),
    ("Beijing", "Asia/Shanghai"), ("Mars/Base", None), ("soon", None),
])
def test_suggest_zone(typed: str, meant: str | None) -> None:
    assert suggest_zone(typed) == meant


def test_a_bad_zone_carries_its_suggestion() -> None:
    with pytest.raises(BadArgument) as caught:
        parse_subscribe_args(["08:00", "Europe/Londn"])
    assert (caught.value.kind, caught.value.value, caught.value.suggestion) == (
        "zone", "Europe/Londn", "Europe/London")


def test_canonical_zone() -> None:
    assert canonical_zone("EUROPE/BERLIN") == "Europe/Berlin"
    assert canonical_zone("Mars/Base") is None


@pytest.mark.parametrize(("text", "expected"), [
    ("05-30", (5, 30)), ("5-30", (5, 30)), ("12/22", (12, 22)), ("5月30日", (5, 30)),
    ("02-29", (2, 29)), ("０５－３０", (5, 30)),
])
def test_month_day_valid(text: str, expected: tuple[int, int]) -> None:
    assert parse_month_day(text) == expected


@pytest.mark.parametrize("text", ["02-30", "13-01", "00-10", "0530", "May 30", "", "5-30-1"])
def test_month_day_invalid(text: str) -> None:
    with pytest.raises(UsageError):
        parse_month_day(text)


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def test_today_is_the_subscribers_day_around_utc_midnight() -> None:
    # 08:00 in Shanghai is 00:00 UTC of the same day …
    assert local_today("Asia/Shanghai", utc(2026, 5, 30, 0, 0)) == date(2026, 5, 30)
    # … and 07:00 in Shanghai is still the previous day in UTC.
    assert utc(2026, 5, 29, 23, 0).astimezone(ZoneInfo("Asia/Shanghai")).hour == 7
    assert local_today("Asia/Shanghai", utc(2026, 5, 29, 23, 0)) == date(2026, 5, 30)
    assert local_today("UTC", utc(2026, 5, 29, 23, 0)) == date(2026, 5, 29)
    # West of UTC: 20:30 in New York on the 29th is already the 30th in UTC.
    assert local_today("America/New_York", utc(2026, 5, 30, 0, 30)) == date(2026, 5, 29)


def test_last_slot_names_the_day_the_slot_belongs_to() -> None:
    # 07:00 Shanghai subscription; at 23:30 UTC on the 29th it is 07:30 on the 30th there.
    day, slot = last_slot("07:00", "Asia/Shanghai", utc(2026, 5, 29, 23, 30))
    assert day == date(2026, 5, 30) and slot == utc(2026, 5, 29, 23, 0)
    # Before today's slot, the last slot was yesterday's.
    day, slot = last_slot("09:00", "Asia/Shanghai", utc(2026, 5, 30, 0, 30))
    assert day == date(2026, 5, 29) and slot == utc(2026, 5, 29, 1, 0)
    # A 23:59 job that runs late, after local midnight, still belongs to the day before.
    late = datetime(2026, 5, 31, 0, 0, 20, tzinfo=ZoneInfo("Europe/Berlin"))
    assert last_slot("23:59", "Europe/Berlin", late)[0] == date(2026, 5, 30)


def test_next_slot() -> None:
    nxt = next_slot("09:00", "Asia/Shanghai", utc(2026, 5, 30, 0, 30))
    assert nxt == datetime(2026, 5, 30, 9, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
    nxt = next_slot("09:00", "Asia/Shanghai", utc(2026, 5, 30, 1, 0))
    assert nxt.date() == date(2026, 5, 31)


NY = ZoneInfo("America/New_York")


def fire_times(hhmm: str, tz: ZoneInfo, start: datetime, count: int) -> list[datetime]:
    """What PTB's run_daily asks of APScheduler: a CronTrigger in the job's timezone."""
    hour, minute = map(int, hhmm.split(":"))
    trigger = CronTrigger(hour=hour, minute=minute, second=0, timezone=tz)
    out: list[datetime] = []
    previous = None
    now = start
    for _ in range(count):
        nxt = trigger.get_next_fire_time(previous, now)
        assert nxt is not None
        out.append(nxt)
        previous, now = nxt, nxt
    return out


def test_spring_forward_slot_fires_once_and_is_named_for_that_day() -> None:
    # 2026-03-08 02:30 does not exist in New York (02:00 → 03:00).
    fires = fire_times("02:30", NY, datetime(2026, 3, 7, 12, 0, tzinfo=NY), 3)
    days = [last_slot("02:30", "America/New_York", f)[0] for f in fires]
    assert days == [date(2026, 3, 8), date(2026, 3, 9), date(2026, 3, 10)]


def test_fall_back_fires_twice_but_both_runs_name_the_same_day() -> None:
    # 01:30 happens twice on 2026-11-01 in New York; APScheduler fires at both. Both runs map
    # to the same (chat, local date) key, so the deliveries record lets only one through
    # (see test_digest_bot for the send).
    fires = fire_times("01:30", NY, datetime(2026, 10, 31, 12, 0, tzinfo=NY), 3)
    assert fires[0].astimezone(UTC) == utc(2026, 11, 1, 5, 30)
    assert fires[1].astimezone(UTC) == utc(2026, 11, 1, 6, 30)
    days = [last_slot("01:30", "America/New_York", f)[0] for f in fires]
    assert days == [date(2026, 11, 1), date(2026, 11, 1), date(2026, 11, 2)]


def test_berlin_dst_shifts_utc_but_not_local_time() -> None:
    before = fire_times("09:00", ZoneInfo("Europe/Berlin"),
                        datetime(2026, 3, 27, 12, 0, tzinfo=UTC), 2)  # DST: 29 March
    assert [f.astimezone(UTC).time() for f in before] == [dtime(8, 0), dtime(7, 0)]
