"""A strict checker for Telegram's HTML parse mode (https://core.telegram.org/bots/api#html-style).

Telegram accepts only a handful of tags, requires them balanced, and wants every ``<``, ``>``
and ``&`` that is not part of a tag or an entity escaped as ``&lt;`` ``&gt;`` ``&amp;``
(``&quot;`` and numeric entities are also understood). :func:`problems` lists what the real
Bot API would refuse (``Bad Request: can't parse entities``); an empty list means valid.
"""

from __future__ import annotations

import re

MAX_TEXT = 4096

# Tag → attributes Telegram allows on it.
ALLOWED: dict[str, frozenset[str]] = {
    **{t: frozenset() for t in ("b", "strong", "i", "em", "u", "ins", "s", "strike", "del",
                                "tg-spoiler", "code")},
    "span": frozenset({"class"}),
    "a": frozenset({"href"}),
    "tg-emoji": frozenset({"emoji-id"}),
    "pre": frozenset(),
    "blockquote": frozenset({"expandable"}),
}
NAMED_ENTITIES = frozenset({"lt", "gt", "amp", "quot"})

_PIECE = re.compile(r"<[^<>]*>|&[^;\s<>&]*;?|[<>]|[^<>&]+", re.S)
_OPEN = re.compile(r"<([a-z][a-z-]*)((?:\s+[a-z-]+(?:=\"[^\"<>]*\")?)*)\s*>\Z")
_CLOSE = re.compile(r"</([a-z][a-z-]*)\s*>\Z")
_ATTR = re.compile(r"([a-z-]+)(?:=\"[^\"<>]*\")?")
_ENTITY = re.compile(r"&(?:(lt|gt|amp|quot)|#(\d{1,7})|#x([0-9a-fA-F]{1,6}));\Z")


def problems(text: str) -> list[str]:
    """Why Telegram would refuse ``text`` in HTML parse mode; [] when it is valid."""
    found: list[str] = []
    stack: list[str] = []
    for piece in _PIECE.findall(text):
        if piece in ("<", ">"):
            found.append(f"unescaped {piece!r}")
        elif piece.startswith("</"):
            match = _CLOSE.match(piece)
            if not match:
                found.append(f"malformed closing tag {piece!r}")
            elif not stack or stack[-1] != match.group(1):
                found.append(f"unbalanced {piece!r} (open: {stack})")
            else:
                stack.pop()
        elif piece.startswith("<"):
            match = _OPEN.match(piece)
            if not match or match.group(1) not in ALLOWED:
                found.append(f"tag not allowed by Telegram {piece!r}")
                continue
            attrs = {a for a in _ATTR.findall(match.group(2))}
            if not attrs <= ALLOWED[match.group(1)]:
                found.append(f"attributes not allowed {piece!r}")
            stack.append(match.group(1))
        elif piece.startswith("&"):
            match = _ENTITY.match(piece)
            if not match:
                found.append(f"unescaped '&' in {piece[:20]!r}")
            elif match.group(2) or match.group(3):
                code = int(match.group(2) or match.group(3), 16 if match.group(3) else 10)
                if not 0 < code <= 0x10FFFF:
                    found.append(f"bad character reference {piece!r}")
    if stack:
        found.append(f"tags left open: {stack}")
    return found


def check_message(params: dict) -> list[str]:
    """Problems of one sendMessage/editMessageText call (text length and, in HTML mode,
    markup); [] when the Bot API would accept it."""
    text = params.get("text")
    found: list[str] = []
    if not isinstance(text, str) or not text.strip():
        return [f"no text: {params!r}"[:200]]
    if len(text) > MAX_TEXT:
        found.append(f"{len(text)} characters, over {MAX_TEXT}")
    if params.get("parse_mode") == "HTML":
        found += problems(text)
    return found
