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


class Console:
    """Shows what the bot sends as plain text, and turns typed lines into updates."""

    CHAT_ID = 1
    USER_ID = 1

    def __init__(self, language_code: str) -> None:
        self.user = {"id": self.USER_ID, "is_bot": False, "first_name": "you",
                     "language_code": language_code}
        self.chat = {"id": self.CHAT_ID, "type": "private", "first_name": "you"}
        self.choices: list[tuple[str, dict[str, Any]]] = []  # (callback data, message)
        self._ids = 0

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

    def update_for(self, line: str) -> dict[str, Any]:
        """The update Telegram would send for ``line``: a button press when it is the
        number of a shown choice, else a message (a command when it starts with /)."""
        if line.isdigit() and 1 <= int(line) <= len(self.choices):
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


async def _chat_loop(settings: Settings, kb: KnowledgeBase, language_code: str) -> None:
    from telegram import Update

    from bot.app import build_application
    from bot.offline import OFFLINE_TOKEN, OfflineRequest

    console = Console(language_code)
    request = OfflineRequest(on_call=console.show)
    offline = dataclasses.replace(settings, token=OFFLINE_TOKEN)
    app = build_application(offline, kb, request=request, rate_limiter=False)
    await app.initialize()
    try:
        interactive = sys.stdin.isatty()
        while True:
            if interactive:
                click.echo("> ", nl=False)
            line = await asyncio.to_thread(sys.stdin.readline)
            if not line:
                break
            line = line.strip()
            if line:
                await app.process_update(Update.de_json(console.update_for(line), app.bot))
    finally:
        await app.shutdown()


@click.command()
@click.option("--lang", "language_code", default="zh", show_default=True,
              help="Your Telegram language (zh or en); /lang overrides it.")
def chat(language_code: str) -> None:
    """Chat with the bot in this terminal: no token, no network, the same handlers.

    Type a question, a command such as /start or /help, or the number of a [button].
    Example: printf '苏州纳米城入驻企业多少家\\n' | sipbot chat
    """
    settings = _settings(require_token=False)
    kb = _kb(settings)
    try:
        asyncio.run(_chat_loop(settings, kb, language_code))
    except KeyboardInterrupt:
        pass
    finally:
        kb.close()


COMMANDS = [run, chat]
