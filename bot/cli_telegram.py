"""``sipbot run`` (the Telegram bot) and ``sipbot chat`` (the same bot in a terminal).

telegram is imported inside the commands so that ``sipbot ask`` starts fast.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import sys
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import urlparse

import click

if TYPE_CHECKING:
    from bot.offline import Call
    from bot.settings import Settings
    from data.kb import KnowledgeBase

log = logging.getLogger("sipbot")


def _settings(*, require_token: bool) -> Settings:
    from bot.settings import Settings, SettingsError

    try:
        return Settings.from_env(require_token=require_token)
    except SettingsError as exc:
        click.echo(f"sipbot: {exc}", err=True)
        sys.exit(2)


def _kb(settings: Settings) -> KnowledgeBase:
    from data.kb import KnowledgeBase
    from data.store import StoreError

    try:
        # The bot must come back on its own: a corrupt store is set aside and rebuilt.
        return KnowledgeBase.open_or_rebuild(settings.db_path)
    except StoreError as exc:
        click.echo(f"sipbot: cannot open the store {settings.db_path}: {exc}", err=True)
        sys.exit(1)


# Back-off while the Bot API is unreachable at start: 1, 2, 4 … seconds, at most a minute.
FIRST_RETRY_S = 1.0
MAX_RETRY_S = 60.0


async def wait_for_api(settings: Settings, *, sleep: Callable[[float], Awaitable[None]]
                       = asyncio.sleep) -> int:
    """Return once the Bot API answers getMe (how many attempts it took). Unreachable: one
    log line per attempt, then back off. A rejected token raises InvalidToken at once."""
    from telegram import Bot
    from telegram.error import BadRequest, NetworkError

    host = urlparse(settings.base_url).netloc
    delay = FIRST_RETRY_S
    attempt = 1
    while True:
        try:
            # initialize() is getMe; a separate Bot, so no half-initialized client lingers.
            async with Bot(settings.token or "", base_url=settings.base_url):
                if attempt > 1:
                    log.info("Bot API at %s answers (attempt %d)", host, attempt)
                return attempt
        except BadRequest:
            raise  # the API answered, and refused: not something waiting fixes
        except NetworkError as exc:  # also TimedOut
            log.warning("Bot API at %s unreachable (attempt %d: %s); retrying in %gs",
                        host, attempt, exc.message or type(exc).__name__, delay)
        await sleep(delay)
        delay = min(delay * 2, MAX_RETRY_S)
        attempt += 1


@click.command()
def run() -> None:
    """Run the Telegram bot: long polling, or a webhook when TELEGRAM_WEBHOOK_URL is set.

    Example: TELEGRAM_BOT_TOKEN=123:abc sipbot run
    """
    from telegram import Update
    from telegram.error import InvalidToken

    from bot.app import build_application
    from bot.logs import install_redaction

    settings = _settings(require_token=True)
    install_redaction(settings.token)
    root = logging.getLogger()
    if root.level > logging.INFO:
        root.setLevel(logging.INFO)
    kb = _kb(settings)
    kb.warm()  # the answer engine's indexes, before the first user waits for them
    app = build_application(settings, kb)
    try:
        # Docker's restart policy is a backstop: a bot started before the network (or a
        # self-hosted Bot API) waits for it rather than exiting with a traceback.
        asyncio.run(wait_for_api(settings))
        if settings.webhook_url:
            log.info("webhook mode: listening on %s:%s", settings.webhook_listen,
                     settings.webhook_port)
            app.run_webhook(
                listen=settings.webhook_listen, port=settings.webhook_port,
                url_path=urlparse(settings.webhook_url).path.strip("/"),
                webhook_url=settings.webhook_url, secret_token=settings.webhook_secret,
                allowed_updates=Update.ALL_TYPES)
        else:
            log.info("polling %s every %ss", urlparse(settings.base_url).netloc,
                     settings.poll_interval)
            app.run_polling(poll_interval=settings.poll_interval,
                            allowed_updates=Update.ALL_TYPES)
    except InvalidToken:
        # PTB's message quotes the token; Python would print it in the traceback.
        click.echo("sipbot: Telegram rejected TELEGRAM_BOT_TOKEN (check it with @BotFather)",
                   err=True)
        sys.exit(2)
    except Exception:
        # Through logging, whose filter redacts the token, never the bare excepthook.
        log.exception("sipbot run stopped on an error")
        sys.exit(1)
    finally:
        kb.close()


# What the console prints itself (not the bot), in the console user's language.
CONSOLE_TEXTS: dict[str, dict[str, str]] = {
    "intro": {
        "zh": "sipbot chat：在终端里与年鉴机器人对话（离线，无需令牌）。\n"
              "输入问题、/命令，或 [按钮] 的编号。退出：Ctrl-C、Ctrl-D、/quit 或 exit。",
        "en": "sipbot chat: the yearbook bot in your terminal (offline, no token needed).\n"
              "Type a question, a /command, or the number of a [button]. "
              "Quit: Ctrl-C, Ctrl-D, /quit or exit.",
    },
    "no_button": {
        "zh": "（没有编号为 {number} 的按钮{shown}。想问数字，请写成完整的问题。）",
        "en": "(There is no button [{number}]{shown}. To ask about a number, write a question.)",
    },
    "shown": {"zh": "：现有按钮 1–{count}", "en": ": the buttons shown are 1–{count}"},
}
QUIT_WORDS = frozenset({"/quit", "/exit", "quit", "exit", "退出"})
# Typed alone, a number this short means a button; a longer one (2020) may be a question.
BUTTON_DIGITS = 2


class Console:
    """Shows what the bot sends as plain text, and turns typed lines into updates."""

    CHAT_ID = 1
    USER_ID = 1

    def __init__(self, language_code: str) -> None:
        self.lang = "zh" if language_code.lower().startswith("zh") else "en"
        # The bot greets users by first name; a console user has none, so the greeting
        # reads "你好，朋友！" rather than naming a placeholder.
        name = "朋友" if self.lang == "zh" else "there"
        self.user = {"id": self.USER_ID, "is_bot": False, "first_name": name,
                     "language_code": language_code}
        self.chat = {"id": self.CHAT_ID, "type": "private", "first_name": name}
        self.choices: list[tuple[str, dict[str, Any]]] = []  # (callback data, message)
        self._ids = 0

    def say(self, key: str, **values: object) -> None:
        """Print the console's own words (as opposed to the bot's)."""
        click.echo(CONSOLE_TEXTS[key][self.lang].format(**values))

    def show(self, call: Call) -> None:
        from bot.offline import MESSAGE_METHODS
        from handlers.render import strip_html

        if call.method == "answerCallbackQuery" and call.params.get("text"):
            click.echo(f"({call.params['text']})")
        if call.method not in MESSAGE_METHODS or "text" not in call.params:
            return
        click.echo(strip_html(str(call.params["text"])))
        markup = call.params.get("reply_markup") or {}
        rows = markup.get("inline_keyboard", []) if isinstance(markup, dict) else []
        buttons = [b for row in rows for b in row]
        if buttons:
            self.choices = []
            message = {"message_id": self._next_id(), "date": 0, "chat": self.chat,
                       "text": call.params["text"]}
            for button in buttons:
                if "callback_data" in button:
                    self.choices.append((button["callback_data"], message))
                    click.echo(f"  [{len(self.choices)}] {button['text']}")
                elif "url" in button:
                    click.echo(f"  {button['text']}: {button['url']}")
        click.echo()

    def _next_id(self) -> int:
        self._ids += 1
        return self._ids

    def update_for(self, line: str) -> dict[str, Any] | None:
        """The update Telegram would send for ``line``: a button press when it is the
        number of a shown choice, else a message (a command when it starts with /). None
        (after saying so) for a number that is no button."""
        if line.isdigit() and len(line) <= BUTTON_DIGITS:
            if not 1 <= int(line) <= len(self.choices):
                shown = (CONSOLE_TEXTS["shown"][self.lang].format(count=len(self.choices))
                         if self.choices else "")
                self.say("no_button", number=line, shown=shown)
                return None
            data, message = self.choices[int(line) - 1]
            return {"update_id": self._next_id(), "callback_query": {
                "id": str(self._ids), "from": self.user, "chat_instance": "console",
                "data": data, "message": message}}
        message: dict[str, Any] = {"message_id": self._next_id(), "date": 0,
                                   "chat": self.chat, "from": self.user, "text": line}
        if line.startswith("/"):
            message["entities"] = [{"type": "bot_command", "offset": 0,
                                    "length": len(line.split()[0])}]
        return {"update_id": self._ids, "message": message}


def _chat_session(settings: Settings, kb: KnowledgeBase, language_code: str) -> None:
    from telegram import Update

    from bot.app import build_application
    from bot.offline import BOT_USER, OFFLINE_TOKEN, OfflineRequest

    console = Console(language_code)
    # A console bot has no inline mode, and its getMe says so (so /help does not offer it).
    request = OfflineRequest(on_call=console.show,
                             responses={"getMe": {**BOT_USER, "supports_inline_queries": False}})
    offline = dataclasses.replace(settings, token=OFFLINE_TOKEN)
    app = build_application(offline, kb, request=request, rate_limiter=False)
    # stdin is read here, in the main thread, not in a worker thread: Ctrl-C then interrupts
    # the read at once instead of waiting for the thread to see Enter.
    loop = asyncio.new_event_loop()
    try:
        loop.run_until_complete(app.initialize())
        console.say("intro")
        click.echo()
        interactive = sys.stdin.isatty()
        lines = ["/start"] if interactive else []  # a newcomer sees the examples at once
        while True:
            if lines:
                line = lines.pop()
            else:
                if interactive:
                    click.echo("> ", nl=False)
                line = sys.stdin.readline()
                if not line:
                    break
                line = line.strip()
            if not line:
                continue
            if line.casefold() in QUIT_WORDS:
                break
            update = console.update_for(line)
            if update is not None:
                loop.run_until_complete(app.process_update(Update.de_json(update, app.bot)))
    finally:
        loop.run_until_complete(app.shutdown())
        loop.close()


@click.command()
@click.option("--lang", "language_code", default="zh", show_default=True,
              help="Your Telegram language (zh or en); /lang overrides it.")
def chat(language_code: str) -> None:
    """Chat with the bot in this terminal: no token, no network, the same handlers.

    Type a question, a command such as /start or /help, or the number of a [button];
    quit with Ctrl-C, Ctrl-D, /quit or exit.
    Example: printf '苏州纳米城入驻企业多少家\\n' | sipbot chat
    """
    settings = _settings(require_token=False)
    kb = _kb(settings)
    try:
        _chat_session(settings, kb, language_code)
    except KeyboardInterrupt:
        click.echo()  # end the "> " line; Ctrl-C is how a terminal session ends
    finally:
        kb.close()


COMMANDS = [run, chat]
