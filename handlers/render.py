"""Answers as Telegram HTML: escaped, the fact in bold, a source line, split under 4096.

Pure functions (no I/O) so they can be tested and reused by the console chat.
"""

from __future__ import annotations

import base64
import binascii
import html
import re

from telegram import InlineKeyboardButton, InlineKeyboardMarkup
from telegram.constants import MessageLimit

from data import present
from data.models import Answer
from data.texts import ellipsize
from handlers.i18n import t

MAX_TEXT = int(MessageLimit.MAX_TEXT_LENGTH)
MAX_CALLBACK_BYTES = 64
MAX_DEEP_LINK = 64
BUTTON_TEXT_MAX = 48
MAX_SUGGESTIONS = 5

# Callback data prefixes. Data is "<prefix>:<fields>", ASCII only, always under 64 bytes.
CB_SUGGESTION = "s"  # s:<question id>:<index>   a did-you-mean suggestion of a logged question
CB_VOTE = "v"  # v:<+1|-1>:<question id>
CB_EXAMPLE = "x"  # x:<index>                     one of i18n.EXAMPLES


def reply_lang(answer: Answer, chat_lang: str) -> str:
    """English when the question is written in English or the chat chose English."""
    return "en" if "en" in (answer.lang, chat_lang) else "zh"


def render_answer(answer: Answer, lang: str) -> str:
    """The whole answer as one HTML string (may exceed 4096; see :func:`split_html`): the
    presentation layer's HTML, and over a not-found answer's buttons their heading."""
    lang = reply_lang(answer, lang)
    body = present.html(answer, lang)
    if not answer.found and answer.suggestions and not answer.known:
        body += "\n\n" + html.escape(t(lang, "did_you_mean"))
    return body


_TOKEN = re.compile(r"<[^>]*>|&#?\w+;|[^<&]", re.S)
_TAG_NAME = re.compile(r"</?\s*([a-zA-Z0-9-]+)")


def _closing(stack: list[str]) -> str:
    names = (_TAG_NAME.match(tag) for tag in reversed(stack))
    return "".join(f"</{m.group(1)}>" for m in names if m)


def _track(token: str, stack: list[str]) -> bool:
    """Update ``stack``, the tags open so far, past ``token``; True when it is a newline."""
    if token.startswith("</"):
        if stack:
            stack.pop()
    elif token.startswith("<"):
        stack.append(token)
    return token == "\n"


def _walk(tokens: list[str]) -> tuple[list[str], int | None, list[str]]:
    """The tags open after ``tokens``, and the last newline's index with the tags open there."""
    stack: list[str] = []
    newline: int | None = None
    newline_stack: list[str] = []
    for index, token in enumerate(tokens):
        if _track(token, stack):
            newline, newline_stack = index, list(stack)
    return stack, newline, newline_stack


def split_html(text: str, limit: int = MAX_TEXT) -> list[str]:
    """Split HTML into chunks of at most ``limit`` characters, each valid on its own.

    Breaks at the last newline that fits (else mid-line), never inside a tag or an entity;
    tags open at a break are closed there and reopened in the next chunk.
    """
    chunks: list[str] = []
    current: list[str] = []
    reopened = 0  # leading tokens of `current` that only reopen tags from the last chunk
    size, stack, newline, newline_stack = 0, [], None, []
    for token in _TOKEN.findall(text):
        if current and size + len(token) + len(_closing(stack)) > limit:
            if newline is not None and newline > reopened:
                head, tail, open_at = current[:newline], current[newline + 1:], newline_stack
            else:
                head, tail, open_at = current, [], stack
            chunks.append("".join(head) + _closing(open_at))
            current, reopened = [*open_at, *tail], len(open_at)
            size = sum(map(len, current))
            stack, newline, newline_stack = _walk(current)
        if _track(token, stack):
            newline, newline_stack = len(current), list(stack)
        current.append(token)
        size += len(token)
    chunks.append("".join(current))
    chunks = [c.strip("\n") for c in chunks]
    return [c for c in chunks if c.strip()] or [""]


def strip_html(text: str) -> str:
    """Plain text for a terminal: tags dropped, entities decoded."""
    return html.unescape(re.sub(r"<[^>]+>", "", text))


def button_text(text: str) -> str:
    return ellipsize(text, BUTTON_TEXT_MAX)


def callback(*fields: object) -> str:
    data = ":".join(str(f) for f in fields)
    if len(data.encode()) > MAX_CALLBACK_BYTES:
        raise ValueError(f"callback data over {MAX_CALLBACK_BYTES} bytes: {data!r}")
    return data


def answer_keyboard(answer: Answer, question_id: int | None, lang: str = "zh"
                    ) -> InlineKeyboardMarkup | None:
    """Did-you-mean buttons (one a row) and a 👍/👎 row; only ids go into callback data."""
    if question_id is None:
        return None
    offered = present.suggestions(answer, reply_lang(answer, lang)) if not answer.known else ()
    rows = [
        [InlineKeyboardButton(button_text(s), callback_data=callback(CB_SUGGESTION,
                                                                       question_id, i))]
        for i, s in enumerate(offered[:MAX_SUGGESTIONS])
    ]
    rows.append([
        InlineKeyboardButton("👍", callback_data=callback(CB_VOTE, 1, question_id)),
        InlineKeyboardButton("👎", callback_data=callback(CB_VOTE, -1, question_id)),
    ])
    return InlineKeyboardMarkup(rows)


def examples_keyboard(examples: tuple[str, ...]) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(button_text(q), callback_data=callback(CB_EXAMPLE, i))]
         for i, q in enumerate(examples)])


def encode_deep_link(question: str) -> str | None:
    """A /start payload for ``question`` (base64url, no padding), or None when too long.

    Deep-link payloads allow only [A-Za-z0-9_-] and 64 characters.
    """
    payload = base64.urlsafe_b64encode(question.encode()).decode().rstrip("=")
    return payload if len(payload) <= MAX_DEEP_LINK else None


def decode_deep_link(payload: str) -> str | None:
    """The question in a /start payload; None for anything that is not one of ours."""
    if not payload or len(payload) > MAX_DEEP_LINK or not re.fullmatch(r"[A-Za-z0-9_-]+",
                                                                       payload):
        return None
    try:
        raw = base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4))
        text = raw.decode()
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return None
    text = text.strip()
    return text if text and text.isprintable() else None
