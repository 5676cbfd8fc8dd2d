"""The command menus: per language (zh, en) and per scope (private chats, groups)."""

from __future__ import annotations

import logging

from telegram import Bot, BotCommand, BotCommandScopeAllGroupChats, BotCommandScopeAllPrivateChats
from telegram.error import TelegramError

from handlers.i18n import LANGS, t

log = logging.getLogger(__name__)

# Digest commands (/onthisday, /subscribe, /unsubscribe, /settings) belong to handlers.digest;
# they are listed here so the menus show the bot as a whole.
PRIVATE_COMMANDS = ("ask", "onthisday", "subscribe", "unsubscribe", "settings", "lang",
                    "help", "forget", "start")
GROUP_COMMANDS = ("ask", "onthisday", "subscribe", "unsubscribe", "settings", "lang", "help")


def commands(names: tuple[str, ...], lang: str) -> list[BotCommand]:
    return [BotCommand(name, t(lang, f"cmd_{name}")) for name in names]


async def set_menus(bot: Bot) -> bool:
    """Set every menu; a Bot API that refuses is logged, not fatal. True if all were set."""
    ok = True
    for scope, names in ((BotCommandScopeAllPrivateChats(), PRIVATE_COMMANDS),
                         (BotCommandScopeAllGroupChats(), GROUP_COMMANDS)):
        # language_code None is the menu for users whose language has no menu of its own.
        for lang in (*LANGS, None):
            try:
                await bot.set_my_commands(commands(names, lang or "en"), scope=scope,
                                          language_code=lang)
            except TelegramError as exc:
                ok = False
                log.warning("set_my_commands(%s, %s) refused: %s", scope.type, lang, exc)
    return ok
