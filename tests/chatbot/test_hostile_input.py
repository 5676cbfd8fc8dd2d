"""Hostile input, property-based: any text through the engine and through the real handlers.

Every example goes through ``Application.process_update`` on the offline request (the bot
as it runs, minus the network) with the real engine over the bundled document. Whatever
the input, the bot must send well-formed messages (valid Telegram HTML, at most 4096
characters), answer every callback, never reach the error handler, and leave the
knowledge tables exactly as they were.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from botkit import BOT_USERNAME, GROUP_ID, USER_ID, BotHarness
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from telegram import CallbackQuery, Chat, InlineQuery, MessageEntity, Update
from tghtml import check_message, problems

from data import present
from data.kb import KnowledgeBase
from data.models import Answer, Fact, Source
from data.store import Store
from handlers.i18n import TEXTS
from handlers.ratelimit import GroupLimiter
from handlers.render import encode_deep_link, render_answer, split_html

EXAMPLES = 60  # per property; each example is a full round through the handlers
SETTINGS = settings(max_examples=EXAMPLES, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.function_scoped_fixture,
                                           HealthCheck.too_slow, HealthCheck.data_too_large])

# What people (and scripts) really send: query syntax, markup, invisible and combining marks.
FRAGMENTS = [
    '" AND * ( ) NEAR', "' OR 1=1 --", "'; DROP TABLE subscriptions; --", "NEAR(a b, 2)",
    "纳米城*", '"', "''", "\\", "%", "_", "AND", "OR NOT", "^园区", "-园区", "a:b", "()",
    "<b>", "</b>", "<i>x", "&", "&amp;", "&lt;", "&#0;", "&#x110000;", "<script>alert(1)</script>",
    '<a href="javascript:x">', "<tg-spoiler>", "\x00", "\x1b[31m", "\r\n", "\t", "\x7f",
    "\u200b", "\u200e", "\u200f", "\u202e", "\u2066", "\ufeff", "\u2028", "\ufffd",
    "e\u0301\u0301\u0301", "\u0336" * 20, "🙂", "👨‍👩‍👧", "🏳️‍🌈", "🇨🇳", "𠀀", "㊙",
    "苏州纳米城", "入驻企业有多少家", "园区", "2020年5月30日", "4.5%", "PCT", "５月３０日",
    "@" + BOT_USERNAME, "/ask", "/start", "s:1:0", "v:1:1", "x:0",
]
CHAR = st.characters(exclude_categories=("Cs",))  # any code point but lone surrogates
PIECE = st.one_of(st.sampled_from(FRAGMENTS), st.text(CHAR, max_size=12))
TEXT = st.one_of(
    st.lists(PIECE, max_size=8).map("".join),
    st.text(CHAR, max_size=40),
    # 10 000 characters: a message Telegram itself would never deliver, but forged clients
    # and the console can.
    st.tuples(st.sampled_from(["x", "纳米城", "苏州纳米城入驻企业有多少家", "🙂", "<b>&",
                               "a\u0301", "园区 ", "\x00"]), PIECE)
    .map(lambda p: (p[0] * (10_000 // len(p[0]) + 1))[:10_000 - len(p[1])] + p[1]),
)
ERROR_TEXTS = {v for v in TEXTS["error"].values()}
KNOWLEDGE_TABLES = ("sentences_fts", "events", "figures", "mentions", "aliases", "entities",
                    "captions", "sentences", "entries", "sections")


def fingerprint(store: Store) -> str:
    """A hash of every row of the knowledge tables (and the FTS index's size)."""
    digest = hashlib.sha256()
    with store.database.locked() as db:
        for table in (*KNOWLEDGE_TABLES, "documents", "pinyin"):
            if table == "sentences_fts":
                rows = db.execute("SELECT count(*) FROM sentences_fts").fetchall()
            else:
                rows = db.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall()
            digest.update(f"{table}:{json.dumps(rows, ensure_ascii=False)}".encode())
    return digest.hexdigest()


@contextmanager
def hostile_bot(kb: KnowledgeBase, make_bot: Callable[..., Any],
                **kwargs: Any) -> Iterator[tuple[BotHarness, asyncio.Runner, list]]:
    """An offline bot on its own event loop (hypothesis drives it synchronously), with an
    extra error handler that records anything that reached PTB's error handling."""
    errors: list[BaseException] = []
    with asyncio.Runner() as runner:
        manager = make_bot(kb, **kwargs)
        bot = runner.run(manager.__aenter__())

        async def record(update: object, context: Any) -> None:
            errors.append(context.error)

        bot.app.add_error_handler(record)
        before = fingerprint(kb.store)
        try:
            yield bot, runner, errors
        finally:
            runner.run(manager.__aexit__(None, None, None))
        assert fingerprint(kb.store) == before, "the knowledge tables changed"


def run_update(bot: BotHarness, runner: asyncio.Runner, errors: list,
               update: Update) -> list[Any]:
    """Process one update; check every Bot API call it caused. Returns the calls."""
    errors.clear()
    bot.app.bot_data.group_limiter = GroupLimiter()  # budgets are not what is tested here
    before = len(bot.request.calls)
    runner.run(bot.app.process_update(update))
    calls = bot.request.calls[before:]
    assert not errors, f"the error handler was reached: {errors[0]!r}"
    for call in calls:
        if call.method in ("sendMessage", "editMessageText"):
            assert not check_message(call.params), (check_message(call.params),
                                                    call.params["text"][:300])
            assert call.params["text"] not in ERROR_TEXTS
        if call.method == "answerInlineQuery":
            for result in call.params["results"]:
                content = result["input_message_content"]
                assert not check_message(content | {"text": content["message_text"]})
        if call.method == "answerCallbackQuery":
            assert len(call.params.get("text", "")) <= 200
    return calls


def sends(calls: list[Any]) -> list[dict]:
    return [c.params for c in calls if c.method == "sendMessage"]


def depth(text: str) -> int:
    level = deepest = 0
    for tag in re.findall(r"</?[a-z]", text):
        level += -1 if tag.startswith("</") else 1
        deepest = max(deepest, level)
    return deepest


# -- the engine and the renderer alone --------------------------------------------------------


def test_any_text_gets_an_answer_rendered_as_valid_telegram_html(kb):
    before = fingerprint(kb.store)

    @SETTINGS
    @given(text=TEXT, lang=st.sampled_from(["zh", "en"]))
    def check(text: str, lang: str) -> None:
        answer = kb.ask(text)
        assert isinstance(present.text(answer), str) and present.text(answer).strip()
        assert all(isinstance(s, str) and s for s in answer.suggestions)
        json.dumps(present.to_json(answer), ensure_ascii=False)  # the --json contract serialises
        chunks = split_html(render_answer(answer, lang))
        for chunk in chunks:
            assert len(chunk) <= 4096 and not problems(chunk), (problems(chunk), chunk[:200])

    check()
    assert fingerprint(kb.store) == before


@SETTINGS
@given(text=st.lists(st.sampled_from(["<b>", "</b>", "<i>", "</i>", "&amp;", "&lt;", "\n",
                                      "x", "纳", "🙂", "&#129410;"]), max_size=3000)
       .map("".join), limit=st.integers(40, 300))
def test_split_html_keeps_valid_markup_valid_under_any_limit(text: str, limit: int) -> None:
    # Only valid input has to stay valid; nesting as deep as answers use (bold, italic).
    assume(not problems(text) and depth(text) <= 2)
    chunks = split_html(text, limit=limit)
    for chunk in chunks:
        assert len(chunk) <= limit and not problems(chunk), (problems(chunk), chunk)


# -- through the handlers ---------------------------------------------------------------------


@pytest.fixture(params=["engine", "echo"])
def any_kb(request: pytest.FixtureRequest) -> KnowledgeBase:
    """The real engine over the bundled document, or a canned one that echoes the question
    into its answer and suggestions (so user text reaches the rendered HTML)."""
    if request.param == "engine":
        return request.getfixturevalue("kb")
    canned = request.getfixturevalue("canned_kb")
    canned.ask = lambda q: Answer(
        question=q, found=len(q) % 2 == 1, intent="unknown", source=Source(q[:30], q[-30:]),
        suggestions=(q[:100] or "?", "苏州纳米城入驻企业有多少家"),
        facts=(Fact("figure", q[:5] or "?", q[:20], q[-10:] or None,
                    evidence=f"文档中没有找到“{q}”。\n出处：{q}"),))
    return canned


def test_private_text_any_unicode(any_kb, make_bot):
    kb = any_kb
    with hostile_bot(kb, make_bot) as (bot, runner, errors):
        @SETTINGS
        @given(text=TEXT, lang=st.sampled_from(["zh", "en-US", None]), group=st.booleans(),
               before=st.text(CHAR, max_size=6))
        def check(text: str, lang: str | None, group: bool, before: str) -> None:
            user = bot.user(language_code=lang)
            if group:  # "<anything> @bot <question>": the mention's offset is in UTF-16 units
                mention = f"@{BOT_USERNAME}"
                offset = len(before.encode("utf-16-le")) // 2
                message = bot.message(f"{before}{mention} {text}", user=user,
                                      chat=bot.chat(GROUP_ID, Chat.SUPERGROUP), entities=[
                                          MessageEntity(MessageEntity.MENTION, offset,
                                                        len(mention))])
            else:
                message = bot.message(text, entities=[], user=user)
            replies = sends(run_update(bot, runner, errors, Update(1, message=message)))
            if group or (text.strip() and not text.startswith("/")):
                assert len(replies) >= 1  # a question always gets its answer (or usage)

        check()


COMMANDS = ["ask", "subscribe", "onthisday", "lang", "start", "settings", "unsubscribe",
            "help", "stats", "reload", "forget", "frobnicate"]


def test_command_arguments_any_unicode(any_kb, make_bot):
    kb = any_kb
    with hostile_bot(kb, make_bot) as (bot, runner, errors):
        @SETTINGS
        @given(command=st.sampled_from(COMMANDS), args=TEXT,
               at_bot=st.booleans(), group=st.booleans())
        def check(command: str, args: str, at_bot: bool, group: bool) -> None:
            head = f"/{command}@{BOT_USERNAME}" if at_bot else f"/{command}"
            text = f"{head} {args}"
            chat = bot.chat(GROUP_ID, Chat.SUPERGROUP) if group else bot.chat()
            message = bot.message(text, chat=chat, entities=[
                MessageEntity(MessageEntity.BOT_COMMAND, 0, len(head))])
            replies = sends(run_update(bot, runner, errors, Update(1, message=message)))
            if command in ("ask", "subscribe", "onthisday", "lang", "start", "settings",
                           "help", "stats", "reload"):
                assert replies, f"{text[:80]!r} got no reply"

        check()


def test_start_deep_link_payloads(kb, make_bot):
    with hostile_bot(kb, make_bot) as (bot, runner, errors):
        @SETTINGS
        @given(question=TEXT, raw=st.booleans())
        def check(question: str, raw: bool) -> None:
            payload = question if raw else (encode_deep_link(question) or question[:64])
            message = bot.message(f"/start {payload}", entities=[
                MessageEntity(MessageEntity.BOT_COMMAND, 0, len("/start"))])
            replies = sends(run_update(bot, runner, errors, Update(1, message=message)))
            assert replies

        check()


def test_callback_data_any_bytes_is_answered(kb, make_bot):
    with hostile_bot(kb, make_bot) as (bot, runner, errors):
        # A real question (id 1) from another chat: forged data must not reach it.
        kb.store.chats.log_question(USER_ID + 1, "苏州纳米城入驻企业有多少家", "397家", True)
        numbers = st.one_of(st.integers(-2**70, 2**70).map(str), st.sampled_from(
            ["0", "1", "-1", "+1", "01", "1e9", "nan", "٣", "１", " 1", "1_0"]))
        data = st.one_of(
            st.text(CHAR, max_size=64),
            st.tuples(st.sampled_from(["s", "v", "x"]), st.lists(st.one_of(numbers, PIECE),
                                                                  max_size=3))
            .map(lambda p: ":".join([p[0], *p[1]])),
        ).map(lambda s: s.encode()[:64].decode(errors="ignore"))

        @SETTINGS
        @given(data=data, inline=st.booleans())
        def check(data: str, inline: bool) -> None:
            user = bot.user()
            if inline:  # a button under an inline-mode message: no chat, no message
                query = CallbackQuery("q", user, "instance", data=data, inline_message_id="im")
            else:
                query = CallbackQuery("q", user, "instance", data=data,
                                      message=bot.bot_message("answer", bot.chat()))
            query.set_bot(bot.bot)
            calls = run_update(bot, runner, errors, Update(1, callback_query=query))
            answered = [c for c in calls if c.method == "answerCallbackQuery"]
            assert len(answered) == 1, f"callback {data!r} answered {len(answered)} times"
            votes = kb.store.chats.usage_stats()
            assert votes["upvotes"] == votes["downvotes"] == 0  # forged votes never count

        check()


def test_inline_queries_any_unicode(kb, make_bot):
    with hostile_bot(kb, make_bot) as (bot, runner, errors):
        @SETTINGS
        @given(text=TEXT)
        def check(text: str) -> None:
            query = InlineQuery("iq", bot.user(), text, "")
            query.set_bot(bot.bot)
            calls = run_update(bot, runner, errors, Update(1, inline_query=query))
            answers = [c for c in calls if c.method == "answerInlineQuery"]
            assert len(answers) == 1
            # Answers, or (nothing to send) none and a button that opens the bot.
            params = answers[0].params
            assert params["results"] or params["button"]["start_parameter"]
            assert len({r["id"] for r in params["results"]}) == len(params["results"])

        check()


@pytest.mark.parametrize("name", ["<b>Bob</b> & <script>", "\x00\u202e", "🙂" * 64, ""])
async def test_greeting_escapes_any_first_name(kb, make_bot, name):
    async with make_bot(kb) as bot:
        user = bot.user()
        user._unfreeze()
        user.first_name = name
        user._freeze()
        [reply] = await bot.send("/start", user=user)
    assert not check_message(reply)
