"""The digest feature through PTB: real Update objects run by ``Application.process_update``,
real jobs run by ``Job.run``, and a Bot API that never leaves the process.

The Bot API is ``botkit.ScriptedRequest`` (the offline request of ``sipbot chat``): it records
every call and answers with plausible JSON, or with the errors Telegram sends (403,
400 + migrate_to_chat_id, 429 + retry_after), so PTB raises its real
``Forbidden``/``ChatMigrated``/``RetryAfter``.
The clock is a ``FakeClock``; waits go to a recording fake ``sleep``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from botkit import BotHarness, ScriptedRequest
from telegram import Chat, Update
from telegram.ext import Application, ApplicationBuilder, ContextTypes, MessageHandler, filters

import data.delivery as delivery
import handlers.digest as digest
import handlers.groups as groups
from bot.offline import ApiError
from data.kb import KnowledgeBase
from data.store import Store
from handlers.common import digest_job_name
from handlers.context import BotData, Context


def forbidden() -> ApiError:
    return ApiError(403, "Forbidden: bot was blocked by the user")


def migrated(to: int) -> ApiError:
    return ApiError(400, "Bad Request: group chat was upgraded to a supergroup chat",
                    {"migrate_to_chat_id": to})


def flood(seconds: int) -> ApiError:
    return ApiError(429, f"Too Many Requests: retry after {seconds}", {"retry_after": seconds})


def bad_request(text: str) -> ApiError:
    return ApiError(400, f"Bad Request: {text}")


@dataclass
class FakeClock:
    t: datetime

    def __call__(self) -> datetime:
        return self.t

    def set(self, *args: int, tz: str = "UTC") -> None:
        self.t = datetime(*args, tzinfo=ZoneInfo(tz)).astimezone(UTC)


@dataclass
class FakeSleep:
    waits: list[float] = field(default_factory=list)

    async def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)


class Bot(BotHarness):
    """The shared harness (tests/botkit.py) plus what the digest tests drive: the clock, the
    sleeps, the service and the store."""

    def __init__(self, app: Application, api: ScriptedRequest, clock: FakeClock,
                 sleep: FakeSleep, service: digest.DigestService, store: Store) -> None:
        super().__init__(app, api)
        self.api = api
        self.clock = clock
        self.sleep = sleep
        self.service = service
        self.store = store

    async def say(self, text: str, *, chat_id: int = 1001, chat_type: str = "private",
                  user_id: int | None = None, language_code: str = "zh-hans",
                  sender_chat: dict[str, Any] | None = None) -> list[str]:
        """Process one message; return the texts the bot sent back to that chat."""
        user = self.user(user_id if user_id is not None else abs(chat_id), language_code)
        extra: dict[str, Any] = {}
        if sender_chat is not None:
            extra["sender_chat"] = Chat.de_json(sender_chat, self.bot)
        replies = await self.send(text, chat=self.chat(chat_id, chat_type), user=user, **extra)
        return [p["text"] for p in replies if int(p["chat_id"]) == chat_id]

    def jobs(self, chat_id: int) -> list[Any]:
        assert self.app.job_queue is not None
        return list(self.app.job_queue.get_jobs_by_name(digest_job_name(chat_id)))

    async def run_job(self, chat_id: int) -> None:
        (job,) = self.jobs(chat_id)
        await job.run(self.app)


AppFactory = Callable[..., Any]


@pytest.fixture
async def make_bot(db_path: Path) -> AsyncIterator[AppFactory]:
    """Build a bot on the shared store file; call again to simulate a restart."""
    started: list[Application] = []

    async def make(now: datetime | None = None, *, tz: str = "Asia/Shanghai",
                   grace_hours: float = 6.0) -> Bot:
        kb = KnowledgeBase(Store(db_path))
        api = ScriptedRequest()
        clock = FakeClock(now or datetime(2026, 5, 30, 0, 30, tzinfo=UTC))  # 08:30 CST
        sleep = FakeSleep()
        app = (ApplicationBuilder().token("123:TEST").request(api).get_updates_request(api)
               .context_types(ContextTypes(context=Context, bot_data=lambda: BotData(
                   kb=kb, tz=tz, digest_grace_hours=grace_hours)))
               .build())
        service = digest.register(app, now=clock, sleep=sleep)
        await app.initialize()
        started.append(app)
        return Bot(app, api, clock, sleep, service, kb.store)

    yield make
    for app in started:
        await app.shutdown()
        app.bot_data.kb.close()


def subscribe_at(store: Store, chat_id: int, hhmm: str, tz: str, when: datetime,
                 chat_type: str = "private", lang: str = "zh") -> None:
    """A subscription made at ``when``: the store's clock reads ``when`` for that write."""
    real = store.database.clock
    store.database.clock = lambda: when
    try:
        store.digests.upsert_subscription(chat_id, chat_type, hhmm, tz, lang)
    finally:
        store.database.clock = real


LONG_AGO = datetime(2026, 1, 1, tzinfo=UTC)


# -- commands --------------------------------------------------------------------------


async def test_subscribe_defaults_and_schedules_one_named_job(make_bot: AppFactory) -> None:
    bot = await make_bot()
    (reply,) = await bot.say("/subscribe")
    assert "已订阅：每天 09:00（Asia/Shanghai）" in reply
    assert "下一次：2026-05-30 09:00\n" in reply  # 08:30 in Shanghai now
    sub = bot.store.digests.subscription(1001)
    assert sub is not None and (sub.time, sub.tz, sub.lang, sub.active) == (
        "09:00", "Asia/Shanghai", "zh", True)
    (job,) = bot.jobs(1001)
    trigger = job.job.trigger
    assert str(trigger.timezone) == "Asia/Shanghai"
    assert job.job.misfire_grace_time == 6 * 3600 and job.job.coalesce is True
    assert job.chat_id == 1001
    nxt = trigger.get_next_fire_time(None, datetime(2026, 5, 30, 2, tzinfo=UTC))
    assert nxt.astimezone(UTC) == datetime(2026, 5, 31, 1, tzinfo=UTC)


async def test_resubscribe_replaces_the_job_and_keeps_what_was_not_given(
        make_bot: AppFactory) -> None:
    bot = await make_bot()
    await bot.say("/subscribe 07:30 Europe/Berlin", language_code="en")
    (reply,) = await bot.say("/subscribe 08:00", language_code="en")
    assert "every day at 08:00 (Europe/Berlin)" in reply
    (job,) = bot.jobs(1001)
    assert str(job.job.trigger.timezone) == "Europe/Berlin"
    assert bot.store.digests.subscription(1001).lang == "en"  # type: ignore[union-attr]


@pytest.mark.parametrize(("args", "problem"), [
    ("25:00", "“25:00”不是有效的时间"),
    ("Mars/Base", "不认识时区“Mars/Base”：请用 IANA 时区名（地区/城市）。"),
    ("08:00 09:00", "“09:00”多余"),
    ("soon", "不认识时区“soon”"),
    ("Europe/Londn", "不认识时区“Europe/Londn”：请用 IANA 时区名（地区/城市）。"
                     "你是不是想输入 Europe/London？"),
    ("08:00 Shanghai", "不认识时区“Shanghai”：请用 IANA 时区名（地区/城市）。"
                       "你是不是想输入 Asia/Shanghai？"),
])
async def test_subscribe_says_what_was_wrong_then_usage(make_bot: AppFactory, args: str,
                                                       problem: str) -> None:
    bot = await make_bot()
    (reply,) = await bot.say(f"/subscribe {args}")
    first, usage = reply.split("\n", 1)
    assert problem in first and (args != "Mars/Base" or first == problem)
    assert usage.startswith("用法：/subscribe")
    assert "用法：/subscribe [HH:MM] [Area/City]\n例如：/subscribe 08:30 Asia/Shanghai" in reply
    assert bot.store.digests.subscription(1001) is None and bot.jobs(1001) == []


async def test_subscribe_problems_in_english(make_bot: AppFactory) -> None:
    bot = await make_bot()
    (reply,) = await bot.say("/subscribe 7:75 london", language_code="en")
    assert reply.startswith("“7:75” is not a time: use 24-hour HH:MM")
    (reply,) = await bot.say("/subscribe london", language_code="en")
    assert reply.startswith("“london” is not a timezone") and "Did you mean Europe/London?" in reply


async def test_unsubscribe_and_settings(make_bot: AppFactory) -> None:
    bot = await make_bot()
    assert (await bot.say("/settings"))[0].startswith("本聊天尚未订阅")
    await bot.say("/subscribe 21:15 America/New_York")
    (settings,) = await bot.say("/settings")
    assert "时间：21:15" in settings and "时区：America/New_York (UTC-04:00)" in settings
    assert "语言：中文" in settings and "zh" not in settings
    assert "下一次：2026-05-29 21:15" in settings  # 00:30 UTC is 20:30 EDT on the 29th
    assert "EDT" not in settings
    (reply,) = await bot.say("/unsubscribe now")
    assert reply.startswith("用法：/unsubscribe")
    (reply,) = await bot.say("/settings please")
    assert reply.startswith("用法：/settings")
    (reply,) = await bot.say("/unsubscribe")
    assert reply.startswith("已退订")
    assert bot.store.digests.subscription(1001).active is False  # type: ignore[union-attr]
    assert bot.jobs(1001) == []
    # Unsubscribed reads the same everywhere: not subscribed.
    assert (await bot.say("/unsubscribe"))[0].startswith("本聊天尚未订阅")
    (settings,) = await bot.say("/settings")
    assert settings.startswith("本聊天尚未订阅") and "语言：中文" in settings


async def test_settings_names_the_zone_with_its_offset_not_an_abbreviation(
        make_bot: AppFactory) -> None:
    bot = await make_bot()
    await bot.say("/subscribe 06:00 Pacific/Kiritimati", language_code="en")
    (settings,) = await bot.say("/settings", language_code="en")
    assert "Timezone: Pacific/Kiritimati (UTC+14:00)" in settings
    assert "Language: English" in settings


async def test_group_members_cannot_subscribe_admins_can(make_bot: AppFactory) -> None:
    bot = await make_bot()
    group = -4001
    (reply,) = await bot.say("/subscribe 08:00", chat_id=group, chat_type="group", user_id=7)
    assert reply == "只有群管理员可以为本群订阅或退订。"
    assert bot.store.digests.subscription(group) is None
    bot.api.members[(group, 8)] = "administrator"
    (reply,) = await bot.say("/subscribe 08:00", chat_id=group, chat_type="group", user_id=8)
    assert reply.startswith("已订阅")
    assert bot.store.digests.subscription(group).chat_type == "group"  # type: ignore[union-attr]
    # A plain member cannot unsubscribe the group either; the owner can.
    (reply,) = await bot.say("/unsubscribe", chat_id=group, chat_type="group", user_id=7)
    assert reply == "只有群管理员可以为本群订阅或退订。"
    assert bot.store.digests.subscription(group).active is True  # type: ignore[union-attr]
    bot.api.members[(group, 9)] = "creator"
    (reply,) = await bot.say("/unsubscribe", chat_id=group, chat_type="group", user_id=9)
    assert reply.startswith("已退订")


async def test_anonymous_admin_may_subscribe_and_failed_lookup_refuses(
        make_bot: AppFactory) -> None:
    bot = await make_bot()
    group = -1005001
    anonymous = {"id": group, "type": "supergroup", "title": "group"}
    (reply,) = await bot.say("/subscribe", chat_id=group, chat_type="supergroup",
                              user_id=1087968824, sender_chat=anonymous)
    assert reply.startswith("已订阅")
    bot.api.member_lookup_fails = True
    (reply,) = await bot.say("/unsubscribe", chat_id=group, chat_type="supergroup", user_id=5)
    assert reply.startswith("暂时无法确认")
    assert bot.store.digests.subscription(group).active is True  # type: ignore[union-attr]


async def test_onthisday_command(make_bot: AppFactory) -> None:
    bot = await make_bot(datetime(2026, 2, 13, 17, 0, tzinfo=UTC))  # 01:00 on 14 Feb in CST
    (reply,) = await bot.say("/onthisday 05-30")
    assert "金鸡湖创新合作中心（北京）揭牌" in reply and "大湾区" in reply
    assert "2020年5月30日（5年前）" in reply  # asked on 2026-02-14: not yet six years
    (reply,) = await bot.say("/onthisday")
    assert "年鉴中没有记载发生在2月14日的事件。" in reply
    (reply,) = await bot.say("/onthisday 02-30")
    assert reply.startswith("用法：/onthisday")
    # HTML-looking text is sent as plain text: no parse mode, whatever the defaults.
    assert all(p.get("parse_mode") is None for p in bot.api.delivered())


# -- delivery ----------------------------------------------------------------------------


async def test_daily_job_sends_once_per_local_day(make_bot: AppFactory) -> None:
    bot = await make_bot()
    subscribe_at(bot.store, 1001, "09:00", "Asia/Shanghai", LONG_AGO)
    await bot.service.schedule_all()
    bot.clock.set(2026, 5, 30, 9, 0, 1, tz="Asia/Shanghai")
    await bot.run_job(1001)
    await bot.run_job(1001)  # a second firing the same day (DST, restart, double job)
    (text,) = bot.api.texts_to(1001)
    assert "金鸡湖创新合作中心（北京）" in text and "大湾区" in text
    row = bot.store.digests.delivery(1001, "2026-05-30")
    assert row is not None and row.status == "sent" and row.message_id >= 500


async def test_today_is_the_subscribers_day_not_utc(make_bot: AppFactory) -> None:
    # 07:00 in Shanghai on 30 May is 23:00 UTC on 29 May: the digest is the 30th's.
    bot = await make_bot(datetime(2026, 5, 29, 23, 0, 5, tzinfo=UTC))
    subscribe_at(bot.store, 1001, "07:00", "Asia/Shanghai", LONG_AGO)
    # 19:00 in New York on 29 May is 23:00 UTC as well: that digest is the 29th's.
    subscribe_at(bot.store, 1002, "19:00", "America/New_York", LONG_AGO)
    await bot.service.schedule_all()
    await bot.run_job(1001)
    await bot.run_job(1002)
    assert "大湾区" in bot.api.texts_to(1001)[0]
    assert "5月29日" in bot.api.texts_to(1002)[0]
    assert bot.store.digests.delivery(1001, "2026-05-30").status == "sent"  # type: ignore[union-attr]
    assert bot.store.digests.delivery(1002, "2026-05-29").status == "sent"  # type: ignore[union-attr]


async def test_dst_fall_back_double_firing_sends_once(make_bot: AppFactory) -> None:
    bot = await make_bot()
    subscribe_at(bot.store, 1001, "01:30", "America/New_York", LONG_AGO)
    await bot.service.schedule_all()
    for utc_hour in (5, 6):  # 01:30 EDT, then 01:30 EST on 2026-11-01
        bot.clock.t = datetime(2026, 11, 1, utc_hour, 30, tzinfo=UTC)
        await bot.run_job(1001)
    assert len(bot.api.texts_to(1001)) == 1
    assert [r.local_date for r in bot.store.digests.deliveries()] == ["2026-11-01"]


async def test_restart_same_day_sends_nothing_again(make_bot: AppFactory) -> None:
    first = await make_bot(datetime(2026, 5, 30, 1, 0, 1, tzinfo=UTC))  # 09:00:01 CST
    subscribe_at(first.store, 1001, "09:00", "Asia/Shanghai", LONG_AGO)
    await first.service.schedule_all()
    await first.run_job(1001)
    assert len(first.api.texts_to(1001)) == 1
    # Restart an hour later on the same store: jobs rebuilt, catch-up finds it sent.
    second = await make_bot(datetime(2026, 5, 30, 2, 0, tzinfo=UTC))
    assert await second.service.startup() == {"duplicate": 1}
    assert second.api.texts_to(1001) == []
    assert len(second.jobs(1001)) == 1


async def test_catch_up_sends_missed_digests_within_grace_only(make_bot: AppFactory) -> None:
    bot = await make_bot(datetime(2026, 5, 30, 4, 0, tzinfo=UTC))  # 12:00 CST
    subscribe_at(bot.store, 1001, "09:00", "Asia/Shanghai", LONG_AGO)  # 3 h ago: send
    subscribe_at(bot.store, 1002, "05:30", "Asia/Shanghai", LONG_AGO)  # 6.5 h ago: stale
    subscribe_at(bot.store, 1003, "13:00", "Asia/Shanghai", LONG_AGO)  # yesterday's: stale
    # Subscribed at 11:00 for 09:00: today's digest was never owed.
    subscribe_at(bot.store, 1004, "09:00", "Asia/Shanghai",
                 datetime(2026, 5, 30, 3, 0, tzinfo=UTC))
    report = await bot.service.startup()
    assert report == {"sent": 1}
    assert len(bot.api.texts_to(1001)) == 1
    assert bot.store.digests.delivery(1001, "2026-05-30").status == "sent"  # type: ignore[union-attr]
    assert [len(bot.jobs(c)) for c in (1001, 1002, 1003, 1004)] == [1, 1, 1, 1]
    # The grace window comes from the settings.
    wide = await make_bot(datetime(2026, 5, 30, 4, 0, tzinfo=UTC), grace_hours=7)
    assert await wide.service.catch_up() == {"sent": 1, "duplicate": 1}
    assert len(wide.api.texts_to(1002)) == 1


async def test_crash_mid_send_is_resent_after_restart_at_most_once(
        make_bot: AppFactory) -> None:
    crashed = await make_bot(datetime(2026, 5, 30, 1, 0, 1, tzinfo=UTC))
    subscribe_at(crashed.store, 1001, "09:00", "Asia/Shanghai", LONG_AGO)
    # The process claimed the delivery and died before recording the outcome (whether
    # Telegram got the message is unknowable): the row stays "sending".
    assert crashed.store.digests.claim_delivery(1001, "2026-05-30")
    restarted = await make_bot(datetime(2026, 5, 30, 1, 2, tzinfo=UTC))  # 2 minutes later
    assert await restarted.service.startup() == {"sent": 1}
    assert await restarted.service.startup() == {"duplicate": 1}  # and never again
    assert len(restarted.api.texts_to(1001)) == 1
    row = restarted.store.digests.delivery(1001, "2026-05-30")
    assert row is not None and row.status == "sent" and row.attempts == 2


async def test_scheduled_run_leaves_a_live_claim_alone(make_bot: AppFactory) -> None:
    # Another sender claimed a minute ago (e.g. a second instance): the daily job must not
    # double it; only the start-up catch-up retakes claims (they predate this process).
    bot = await make_bot(datetime(2026, 5, 30, 1, 0, 1, tzinfo=UTC))
    subscribe_at(bot.store, 1001, "09:00", "Asia/Shanghai", LONG_AGO)
    await bot.service.schedule_all()
    assert bot.store.digests.claim_delivery(1001, "2026-05-30")
    await bot.run_job(1001)
    assert bot.api.texts_to(1001) == []


# -- broadcast hygiene ---------------------------------------------------------------------


async def test_forbidden_deactivates_and_the_broadcast_goes_on(make_bot: AppFactory) -> None:
    bot = await make_bot(datetime(2026, 5, 30, 2, 0, tzinfo=UTC))
    for chat in (1001, 1002, 1003):
        subscribe_at(bot.store, chat, "09:00", "Asia/Shanghai", LONG_AGO)
    bot.api.failures[1002] = [forbidden()]
    bot.api.failures[1003] = [bad_request("chat not found")]
    report = await bot.service.startup()
    assert report == {"sent": 1, "forbidden": 1, "failed": 1}
    assert len(bot.api.texts_to(1001)) == 1
    assert bot.store.digests.subscription(1002).active is False  # type: ignore[union-attr]
    assert bot.jobs(1002) == []
    assert bot.store.digests.delivery(1002, "2026-05-30").error.startswith("Forbidden")  # type: ignore[union-attr]
    # Other errors are logged and left for a later catch-up; the subscription stays.
    assert bot.store.digests.subscription(1003).active is True  # type: ignore[union-attr]
    assert bot.store.digests.delivery(1003, "2026-05-30").status == "failed"  # type: ignore[union-attr]
    retry = await make_bot(datetime(2026, 5, 30, 3, 0, tzinfo=UTC))
    assert await retry.service.catch_up() == {"sent": 1, "duplicate": 1}
    assert len(retry.api.texts_to(1003)) == 1


async def test_chat_migrated_moves_the_subscription_and_retries(make_bot: AppFactory) -> None:
    bot = await make_bot(datetime(2026, 5, 30, 2, 0, tzinfo=UTC))
    old, new = -4002, -1004002
    subscribe_at(bot.store, old, "09:00", "Asia/Shanghai", LONG_AGO, chat_type="group")
    await bot.service.schedule_all()
    bot.api.failures[old] = [migrated(new)]
    assert await bot.service.catch_up() == {"sent": 1}
    assert len(bot.api.texts_to(new)) == 1 and bot.api.texts_to(old) == []
    assert bot.store.digests.subscription(old) is None
    moved = bot.store.digests.subscription(new)
    assert moved is not None and moved.chat_type == "supergroup" and moved.active
    assert bot.jobs(old) == [] and len(bot.jobs(new)) == 1
    assert bot.store.digests.delivery(new, "2026-05-30").status == "sent"  # type: ignore[union-attr]
    # A restart does not send to either id again.
    again = await make_bot(datetime(2026, 5, 30, 3, 0, tzinfo=UTC))
    assert await again.service.catch_up() == {"duplicate": 1}


async def test_retry_after_waits_then_sends(make_bot: AppFactory) -> None:
    bot = await make_bot(datetime(2026, 5, 30, 2, 0, tzinfo=UTC))
    subscribe_at(bot.store, 1001, "09:00", "Asia/Shanghai", LONG_AGO)
    subscribe_at(bot.store, 1002, "09:00", "Asia/Shanghai", LONG_AGO)
    bot.api.failures[1001] = [flood(3), flood(5)]
    assert await bot.service.catch_up() == {"sent": 2}
    assert sorted(bot.sleep.waits) == [3.0, 5.0]
    assert len(bot.api.texts_to(1001)) == 1 and len(bot.api.texts_to(1002)) == 1
    attempts = [p for p in bot.api.sent("sendMessage") if p["chat_id"] == 1001]
    assert len(attempts) == 3


async def test_endless_flood_gives_up_without_blocking_others(make_bot: AppFactory) -> None:
    bot = await make_bot(datetime(2026, 5, 30, 2, 0, tzinfo=UTC))
    subscribe_at(bot.store, 1001, "09:00", "Asia/Shanghai", LONG_AGO)
    subscribe_at(bot.store, 1002, "09:00", "Asia/Shanghai", LONG_AGO)
    bot.api.failures[1001] = [flood(1)] * 10
    assert await bot.service.catch_up() == {"failed": 1, "sent": 1}
    assert len(bot.sleep.waits) == delivery.MAX_RETRY_AFTER
    assert bot.store.digests.delivery(1001, "2026-05-30").status == "failed"  # type: ignore[union-attr]
    assert bot.store.digests.subscription(1001).active is True  # type: ignore[union-attr]


async def test_a_bug_for_one_recipient_does_not_stop_the_rest(
        make_bot: AppFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    bot = await make_bot(datetime(2026, 5, 30, 2, 0, tzinfo=UTC))
    for chat in (1001, 1002):
        subscribe_at(bot.store, chat, "09:00", "Asia/Shanghai", LONG_AGO)
    original = bot.service.delivery.digest

    def broken(sub: Any, day: date) -> Any:
        if sub.chat_id == 1001:
            raise RuntimeError("boom")
        return original(sub, day)

    monkeypatch.setattr(bot.service.delivery, "digest", broken)
    assert await bot.service.catch_up() == {"failed": 1, "sent": 1}
    assert len(bot.api.texts_to(1002)) == 1


async def test_post_init_schedules_and_queues_the_catch_up(make_bot: AppFactory) -> None:
    bot = await make_bot(datetime(2026, 5, 30, 2, 0, tzinfo=UTC))
    subscribe_at(bot.store, 1001, "09:00", "Asia/Shanghai", LONG_AGO)
    subscribe_at(bot.store, 1002, "10:00", "Europe/Berlin", LONG_AGO)
    bot.store.digests.set_subscription_active(1002, False)
    await digest.post_init(bot.app)
    assert len(bot.jobs(1001)) == 1 and bot.jobs(1002) == []
    assert bot.app.job_queue is not None
    (startup,) = bot.app.job_queue.get_jobs_by_name(digest.STARTUP_JOB)
    assert startup.job.misfire_grace_time is None
    await startup.run(bot.app)
    assert len(bot.api.texts_to(1001)) == 1
    assert digest.service_of(bot.app) is bot.service


async def test_english_subscriber_gets_english_labels(make_bot: AppFactory) -> None:
    bot = await make_bot(datetime(2026, 12, 22, 1, 0, 1, tzinfo=UTC))
    subscribe_at(bot.store, 1001, "09:00", "Asia/Shanghai", LONG_AGO, lang="en")
    await bot.service.schedule_all()
    await bot.run_job(1001)
    (text,) = bot.api.texts_to(1001)
    assert text.startswith("📅 On this day · 22 December")
    assert "国家企业技术中心" in text and "Also this month (December)" in text


def test_grace_is_timedelta_of_settings() -> None:
    assert timedelta(hours=6) == timedelta(hours=BotData(kb=None).digest_grace_hours)  # type: ignore[arg-type]


async def test_migration_service_message_moves_the_job_and_a_repeat_loses_nothing(
        make_bot: AppFactory) -> None:
    bot = await make_bot(datetime(2026, 5, 30, 0, 30, tzinfo=UTC))
    old, new = -4003, -1004003
    subscribe_at(bot.store, old, "09:00", "Asia/Shanghai", LONG_AGO, chat_type="group")
    await bot.service.schedule_all()
    # The broadcast met ChatMigrated first and moved the rows …
    bot.store.chats.migrate_chat(old, new)
    # … then Telegram's service message arrives; any feature may migrate again.
    bot.store.chats.migrate_chat(old, new)
    service = {"update_id": 99, "message": {
        "message_id": 99, "date": 1780000000, "chat": {"id": old, "type": "group",
                                                        "title": "g"},
        "from": {"id": 5, "is_bot": False, "first_name": "u"}, "migrate_to_chat_id": new}}
    await bot.app.process_update(Update.de_json(service, bot.app.bot))
    moved = bot.store.digests.subscription(new)
    assert moved is not None and moved.active and moved.time == "09:00"
    assert bot.jobs(old) == [] and len(bot.jobs(new)) == 1
    # Nobody moved the rows before: the groups feature does it on the service message (one
    # place moves rows), in the default handler group, before the digest feature moves the
    # job.
    bot.app.add_handler(MessageHandler(filters.StatusUpdate.MIGRATE, groups.migrate))
    subscribe_at(bot.store, -4004, "10:00", "Asia/Shanghai", LONG_AGO, chat_type="group")
    await bot.service.schedule_all()
    service["message"]["chat"]["id"] = -4004
    service["message"]["migrate_to_chat_id"] = -1004004
    await bot.app.process_update(Update.de_json(service, bot.app.bot))
    assert bot.store.digests.subscription(-4004) is None
    assert bot.jobs(-4004) == [] and len(bot.jobs(-1004004)) == 1
    assert bot.store.digests.subscription(-1004004).time == "10:00"  # type: ignore[union-attr]
    assert bot.jobs(-4004) == [] and len(bot.jobs(-1004004)) == 1
