"""Daily "on this day" digests on Telegram: the commands and the feature's registration.

Commands: ``/onthisday [MM-DD]``, ``/subscribe [HH:MM] [Area/City]``, ``/unsubscribe``,
``/settings``. In groups only administrators may (un)subscribe the group. Their arguments and
the local-date arithmetic of the slots are in :mod:`data.schedule`; the texts in
:mod:`handlers.i18n`. Scheduling is :mod:`handlers.digest_jobs`; sending,
:mod:`data.delivery`.
"""

from __future__ import annotations

import asyncio
from typing import cast

from telegram import Chat, Update
from telegram.ext import Application, CommandHandler, MessageHandler, filters

from data.delivery import Clock, Sleep
from data.models import Subscription
from data.onthisday import digest_for_day
from data.schedule import (
    DEFAULT_TIME,
    BadArgument,
    UsageError,
    local_today,
    next_slot,
    parse_month_day,
    parse_subscribe_args,
    utc_offset,
    utcnow,
)
from handlers.context import BotData, Context
from handlers.digest_jobs import STARTUP_JOB, DigestService, service_of, telegram_send
from handlers.groups import admin_or_refuse
from handlers.i18n import LANG_NAMES, Lang, pick_lang, t


class DigestCommands:
    """/onthisday, /subscribe, /unsubscribe and /settings over one :class:`DigestService`."""

    def __init__(self, service: DigestService) -> None:
        self.service = service

    async def _reply(self, update: Update, text: str) -> None:
        message = update.effective_message
        if message is not None:
            # Plain text whatever the Defaults: a digest quotes the yearbook, which may hold
            # "<" or "&", and the digest's texts carry no markup.
            await message.reply_text(text, parse_mode=None)

    async def _chat_state(self, update: Update, context: Context, chat: Chat
                          ) -> tuple[Subscription | None, str | None, Lang]:
        """The chat's subscription, its /lang choice, and the language to reply in."""
        store = context.store
        sub = await asyncio.to_thread(store.digests.subscription, chat.id)
        stored = await asyncio.to_thread(store.chats.chat_lang, chat.id)
        # Not handlers.common.chat_lang: that also records the chat as seen, which these
        # commands have never done.
        user = update.effective_user
        return sub, stored, pick_lang(stored, user.language_code if user else None)

    async def _managed_chat(self, update: Update, context: Context
                            ) -> tuple[Chat, Subscription | None, Lang] | None:
        """(chat, subscription, language) if the sender may manage it; else refuse, None."""
        chat = update.effective_chat
        if chat is None:
            return None
        sub, _, lang = await self._chat_state(update, context, chat)
        if not await admin_or_refuse(update, context, lang, "subscribe_admins_only"):
            return None
        return chat, sub, lang

    def _next_send(self, sub: Subscription) -> str:
        return next_slot(sub.time, sub.tz, self.service.now()).strftime("%Y-%m-%d %H:%M")

    def _zone(self, tz: str) -> str:
        """``Asia/Shanghai (UTC+08:00)``: the IANA name and today's offset, never "CST"."""
        return f"{tz} ({utc_offset(tz, self.service.now())})"

    async def cmd_onthisday(self, update: Update, context: Context) -> None:
        """/onthisday [MM-DD]: the digest of that day, or of today in the chat's timezone."""
        chat = update.effective_chat
        if chat is None:
            return
        sub, _, lang = await self._chat_state(update, context, chat)
        tz = sub.tz if sub else self.service.bot_data.tz
        today = local_today(tz, self.service.now())
        month, day = today.month, today.day
        if context.args:
            try:
                month, day = parse_month_day(" ".join(context.args))
            except UsageError:
                await self._reply(update, t(lang, "onthisday_usage"))
                return
        digest = await asyncio.to_thread(digest_for_day, context.store.knowledge, month, day,
                                         today=today, lang=lang)
        await self._reply(update, digest.text)

    async def cmd_subscribe(self, update: Update, context: Context) -> None:
        """/subscribe [HH:MM] [Area/City]: start or change this chat's daily digest."""
        managed = await self._managed_chat(update, context)
        if managed is None:
            return
        chat, sub, lang = managed
        try:
            args = parse_subscribe_args(context.args or [])
        except UsageError as exc:
            await self._reply(update, self._subscribe_problem(exc, lang))
            return
        when = args.time or (sub.time if sub else DEFAULT_TIME)
        tz = args.tz or (sub.tz if sub else self.service.bot_data.tz)
        sub = await asyncio.to_thread(context.store.digests.upsert_subscription, chat.id, chat.type,
                                      when, tz, lang)
        self.service.schedule(sub)
        await self._reply(update, t(lang, "subscribed", time=sub.time, tz=sub.tz,
                                    next=self._next_send(sub)))

    def _subscribe_problem(self, exc: UsageError, lang: Lang) -> str:
        """What was wrong with /subscribe's arguments, quoted, then the usage and example."""
        lines: list[str] = []
        if isinstance(exc, BadArgument):
            key = {"time": "subscribe_bad_time", "zone": "subscribe_bad_zone"}.get(
                exc.kind, "subscribe_extra")
            line = t(lang, key, value=exc.value)
            if exc.suggestion:
                line += t(lang, "subscribe_zone_hint", zone=exc.suggestion)
            lines.append(line)
        lines.append(t(lang, "subscribe_usage", time=DEFAULT_TIME, tz=self.service.bot_data.tz))
        return "\n".join(lines)

    async def cmd_unsubscribe(self, update: Update, context: Context) -> None:
        """/unsubscribe: stop this chat's daily digest."""
        managed = await self._managed_chat(update, context)
        if managed is None:
            return
        chat, sub, lang = managed
        if context.args:
            await self._reply(update, t(lang, "unsubscribe_usage"))
            return
        if sub is None or not sub.active:
            await self._reply(update, t(lang, "not_subscribed"))
            return
        await asyncio.to_thread(context.store.digests.set_subscription_active, chat.id, False)
        self.service.unschedule(chat.id)
        await self._reply(update, t(lang, "unsubscribed"))

    async def cmd_settings(self, update: Update, context: Context) -> None:
        """/settings: this chat's digest time, timezone, language and next send."""
        chat = update.effective_chat
        if chat is None:
            return
        sub, chat_lang, lang = await self._chat_state(update, context, chat)
        if context.args:
            await self._reply(update, t(lang, "settings_usage"))
            return
        language = LANG_NAMES.get(chat_lang or (sub.lang if sub else lang), lang)
        if sub is None or not sub.active:
            # One word for both: a chat that unsubscribed is simply not subscribed.
            await self._reply(update, t(lang, "not_subscribed") + "\n"
                              + t(lang, "settings_language", lang=language))
            return
        await self._reply(update, t(lang, "digest_settings", state=t(lang, "digest_on"),
                                    time=sub.time, tz=self._zone(sub.tz), lang=language,
                                    next=self._next_send(sub)))


MIGRATE_GROUP = 7


def register(app: Application, *, now: Clock = utcnow,
             sleep: Sleep = asyncio.sleep) -> DigestService:
    """Add the digest commands. Jobs are built in :func:`post_init`, once connected."""
    service = DigestService(app, now=now, sleep=sleep)
    cast(BotData, app.bot_data).digest = service
    commands = DigestCommands(service)
    app.add_handler(CommandHandler("onthisday", commands.cmd_onthisday))
    app.add_handler(CommandHandler("subscribe", commands.cmd_subscribe))
    app.add_handler(CommandHandler("unsubscribe", commands.cmd_unsubscribe))
    app.add_handler(CommandHandler("settings", commands.cmd_settings))
    # A group of its own: PTB runs one handler per group, and the groups feature handles
    # the same service message in the default group.
    app.add_handler(MessageHandler(filters.StatusUpdate.MIGRATE, service.on_migrate),
                    group=MIGRATE_GROUP)
    return service


async def post_init(app: Application) -> None:
    """Rebuild one job per subscription (PTB keeps none across restarts) and queue the
    catch-up to run as soon as the job queue starts, so a long catch-up never delays
    polling."""
    service = service_of(app)
    await service.schedule_all()
    # misfire_grace_time=None: APScheduler would otherwise drop this one-off job when the
    # queue starts more than a second after it was added.
    service.job_queue.run_once(service.catch_up_job, when=0, name=STARTUP_JOB,
                               job_kwargs={"misfire_grace_time": None})


__all__ = ["STARTUP_JOB", "DigestCommands", "DigestService", "post_init", "register",
           "service_of", "telegram_send"]
