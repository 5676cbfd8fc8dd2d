"""Helpers for the bot tests (imported by tests/conftest.py and test modules).

Bot tests follow python-telegram-bot's own style: real ``telegram.Update`` objects go through
``Application.process_update`` on a bot whose network is :class:`bot.offline.OfflineRequest`,
which records every Bot API call. Nothing touches the network.
"""

from __future__ import annotations

import itertools
import shutil
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from telegram import (
    CallbackQuery,
    Chat,
    InlineQuery,
    Message,
    MessageEntity,
    Update,
    User,
)
from telegram.ext import Application, ExtBot

from bot.offline import BOT_USER, ApiError, OfflineRequest
from data.kb import KnowledgeBase
from data.models import Answer, Fact, Source
from data.store import Store

ADMIN_ID = 7001
USER_ID = 7002
GROUP_ID = -100123
BOT_USERNAME: str = BOT_USER["username"]
BOT_ID: int = BOT_USER["id"]


def copy_store(template: Path, path: Path) -> Path:
    """Copy an ingested store file to ``path`` (a test writes its copy, never the template)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(template, path)
    return path


def replaced_shelf(path: Path) -> tuple[Store, dict[str, str]]:
    """A store of three synthetic chapters, two of them since replaced (chapter 1 by chapter
    2's text, then chapter 2 by chapter 0's): what the store's derived tables must survive.
    Returns the open store and each chapter's name with the text it now holds."""
    from bot.bench import synth
    from data.ingest import ingest_text

    store = Store(path)
    chapters = list(synth.chapters(3, seed=1))
    for chapter in chapters:
        ingest_text(store, chapter.text, name=chapter.name)
    ingest_text(store, chapters[2].text, name=chapters[1].name)
    ingest_text(store, chapters[0].text, name=chapters[2].name)
    return store, {chapters[0].name: chapters[0].text, chapters[1].name: chapters[2].text,
                   chapters[2].name: chapters[0].text}


class CannedKB(KnowledgeBase):
    """A KnowledgeBase over a real store whose answers are given, not computed.

    For tests about how answers are shown (escaping, splitting), independent of the engine.
    """

    def __init__(self, store: Store, answers: dict[str, Answer] | None = None) -> None:
        super().__init__(store)
        self.answers = dict(answers or {})
        self.ingested: list[Path] = []
        self.reloads = 0

    def ask(self, question: str) -> Answer:
        if question in self.answers:
            return self.answers[question]
        return Answer(question=question, found=False, intent="unknown", entity=question,
                      suggestions=("苏州纳米城入驻企业有多少家", "姑苏实验室10年内建设资金总额"))

    def ingest(self, path: str | Path) -> dict[str, int]:
        self.ingested.append(Path(path))
        return {"entries": 1}

    def reload(self) -> dict[str, int]:
        self.reloads += 1
        return {"entries": 1}


FIGURE_ANSWER = Answer(
    question="苏州纳米城入驻企业有多少家", found=True, intent="figure", entity="苏州纳米城",
    source=Source("科技载体", "苏州纳米城"),
    facts=(Fact("figure", "397家", "入驻企业", "苏州纳米城", evidence="苏州纳米城入驻企业397家。",
                source=Source("科技载体", "苏州纳米城")),))


# What getChatMember adds for an administrator: PTB's ChatMemberAdministrator requires them all.
ADMIN_RIGHTS = {k: True for k in (
    "can_be_edited", "can_manage_chat", "can_delete_messages", "can_manage_video_chats",
    "can_restrict_members", "can_promote_members", "can_change_info", "can_invite_users",
    "can_post_stories", "can_edit_stories", "can_delete_stories")}


class ScriptedRequest(OfflineRequest):
    """An :class:`OfflineRequest` whose sends can fail and whose members have roles.

    ``failures[chat_id]`` queues refusals (:class:`ApiError`) for the next sendMessage calls
    to that chat, so PTB raises its real ``Forbidden``/``ChatMigrated``/``RetryAfter``;
    ``members[(chat_id, user_id)]`` is that user's status (default ``member``), and
    ``member_lookup_fails`` refuses every getChatMember. Everything else is the
    OfflineRequest's: every attempt is in :attr:`calls`, the accepted sends in
    :meth:`delivered`.
    """

    def __init__(self) -> None:
        super().__init__(responses={"sendMessage": self._send_message,
                                    "getChatMember": self._chat_member})
        self.failures: dict[int, list[ApiError]] = {}
        self.members: dict[tuple[int, int], str] = {}
        self.member_lookup_fails = False
        self._delivered: list[dict[str, Any]] = []

    def delivered(self) -> list[dict[str, Any]]:
        """Parameters of the sendMessage calls that were accepted, oldest first."""
        return list(self._delivered)

    def texts_to(self, chat_id: int) -> list[str]:
        return [p["text"] for p in self._delivered if int(p["chat_id"]) == chat_id]

    def _send_message(self, params: dict[str, Any]) -> dict[str, Any]:
        queue = self.failures.get(int(params["chat_id"]))
        if queue:
            raise queue.pop(0)
        self._delivered.append(params)
        return self.message(params)

    def _chat_member(self, params: dict[str, Any]) -> dict[str, Any]:
        if self.member_lookup_fails:
            raise ApiError(400, "Bad Request: x")
        user_id = int(params["user_id"])
        status = self.members.get((int(params["chat_id"]), user_id), "member")
        member: dict[str, Any] = {"status": status, "user": {
            "id": user_id, "is_bot": False, "first_name": "u"}}
        if status == "administrator":
            member.update(ADMIN_RIGHTS, is_anonymous=False)
        if status == "creator":
            member["is_anonymous"] = False
        return member


class BotHarness:
    """An initialized Application on an offline bot, and builders for incoming updates."""

    def __init__(self, app: Application, request: OfflineRequest) -> None:
        self.app = app
        self.request = request
        self._ids = itertools.count(1)

    @property
    def bot(self) -> ExtBot:
        return self.app.bot

    def user(self, user_id: int = USER_ID, language_code: str | None = "zh") -> User:
        return User(user_id, "Ada", is_bot=False, language_code=language_code)

    def chat(self, chat_id: int = USER_ID, chat_type: str = Chat.PRIVATE) -> Chat:
        chat = Chat(chat_id, chat_type, title=None if chat_type == Chat.PRIVATE else "group")
        chat.set_bot(self.bot)
        return chat

    def message(self, text: str | None, *, chat: Chat | None = None, user: User | None = None,
                reply_to: Message | None = None, entities: list[MessageEntity] | None = None,
                **kwargs: object) -> Message:
        if entities is None and text and text.startswith("/"):
            entities = [MessageEntity(MessageEntity.BOT_COMMAND, 0, len(text.split()[0]))]
        message = Message(next(self._ids), datetime.now(UTC), chat or self.chat(),
                          from_user=user or self.user(), text=text, entities=entities,
                          reply_to_message=reply_to, **kwargs)
        message.set_bot(self.bot)
        return message

    def bot_message(self, text: str, chat: Chat) -> Message:
        message = Message(next(self._ids), datetime.now(UTC), chat,
                          from_user=User(BOT_ID, "bot", is_bot=True, username=BOT_USERNAME),
                          text=text)
        message.set_bot(self.bot)
        return message

    async def send(self, text: str | None = None, *, message: Message | None = None,
                   **kwargs: object) -> list[dict]:
        """Process one message; return the params of what the bot sent in reply."""
        message = message or self.message(text, **kwargs)
        return await self.process(Update(next(self._ids), message=message))

    async def edit(self, message: Message, text: str, **kwargs: object) -> list[dict]:
        """The user edits ``message`` to ``text``: an ``edited_message`` update."""
        edited = Message(message.message_id, message.date, message.chat,
                         from_user=message.from_user, text=text,
                         entities=kwargs.pop("entities", None)
                         or ([MessageEntity(MessageEntity.BOT_COMMAND, 0,
                                            len(text.split()[0]))]
                             if text.startswith("/") else None),
                         edit_date=datetime.now(UTC), **kwargs)
        edited.set_bot(self.bot)
        return await self.process(Update(next(self._ids), edited_message=edited))

    async def press(self, data: str, *, chat: Chat | None = None,
                    user: User | None = None) -> list[dict]:
        """Press an inline button with ``data`` under a bot message."""
        chat = chat or self.chat()
        query = CallbackQuery(str(next(self._ids)), user or self.user(), "instance",
                              data=data, message=self.bot_message("answer", chat))
        query.set_bot(self.bot)
        return await self.process(Update(next(self._ids), callback_query=query))

    async def inline(self, text: str, user: User | None = None) -> list[dict]:
        query = InlineQuery(str(next(self._ids)), user or self.user(), text, "")
        query.set_bot(self.bot)
        return await self.process(Update(next(self._ids), inline_query=query))

    async def process(self, update: Update) -> list[dict]:
        before = len(self.request.calls)
        await self.app.process_update(update)
        return [c.params for c in self.request.calls[before:] if c.method == "sendMessage"]

    def calls(self, method: str) -> list[dict]:
        return self.request.sent(method)
