"""Parse a yearbook chapter extracted from a printed page layout.

The text fights back: lines are hard-wrapped mid-word, photo captions (ending in a
``（…供稿）`` credit) are interleaved and can split a word or a figure in two, the running
header and page labels appear mid-text, and ``�`` replacement characters and padded author
credits close entries. This module turns it into sections, entries, captions and sentences.
Nothing here is specific to one chapter: headings, headers and captions are recognised by
their shape.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from dataclasses import dataclass

from data.lazyre import lazy_regex, rx
from data.texts import CJK, PHOTO_CREDIT

REPLACEMENT = "\ufffd"
_PAGE_LABEL = lazy_regex(r"^\S*_部分\d+(?:_部分\d+)*$|^\d{1,4}$")
_SENTENCE_PUNCT = lazy_regex(r"[，。、；：！？“”‘’（）《》,;:!?()]")
_TITLE_LIKE = lazy_regex(rf"^[{CJK}A-Za-z·]+$")
_CREDIT = lazy_regex(rf"(?<=[。！？”）])\s*（([{CJK}·\s]{{2,40}})）\s*$")
_LATIN_END = lazy_regex(r"[A-Za-z]$")
_LATIN_START = lazy_regex(r"^[A-Za-z]")
_DOT_BETWEEN_CJK = lazy_regex(rf"(?<=[{CJK}])\.(?=[{CJK}])")
_SENTENCE_END = lazy_regex(r"(?<=[。！？!?])(?![”’）)])|(?<=[。！？!?][”’）)])")

# Longest a bare heading can be; the running header is a short bare line too, told apart
# from a section heading by not being followed by an entry.
MAX_HEADING_CHARS = 12
# A wrapped caption's first line is a full page width; body columns are much narrower.
MIN_CAPTION_LINE_CHARS = 20


class ParseError(ValueError):
    """The text is not a yearbook chapter in the expected style."""


@dataclass(frozen=True, slots=True)
class Caption:
    position: int
    text: str
    credit: str
    near_entry: int | None


@dataclass(frozen=True, slots=True)
class Entry:
    position: int
    section: str
    title: str
    body: str
    credits: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Document:
    sections: tuple[str, ...]
    entries: tuple[Entry, ...]
    captions: tuple[Caption, ...]
    dropped: tuple[str, ...]

    @property
    def title(self) -> str:
        """The chapter's title as its pages print it: the running header (the short bare line
        between entries that is no section heading, 科学技术; the most frequent one if the
        pages disagree); "" when the text kept none."""
        headers = Counter(line for line in self.dropped if _is_bare(line))
        return headers.most_common(1)[0][0] if headers else ""


def squash(text: str) -> str:
    """Remove all whitespace (headings and names are padded with spaces in print)."""
    return rx(r"\s+").sub("", text)


def join_fragments(fragments: list[str]) -> str:
    """Rejoin hard-wrapped fragments: CJK joins with no space, Latin words keep theirs."""
    out = ""
    for fragment in fragments:
        piece = fragment.replace(REPLACEMENT, "").strip()
        if not piece:
            continue
        if out and _LATIN_END.search(out) and _LATIN_START.search(piece):
            out += " "
        out += piece
    return _DOT_BETWEEN_CJK.sub("。", out)


def split_credits(raw: str) -> tuple[str, ...]:
    """``林岚开  牟文华`` → (林岚开, 牟文华); padded two-character names are rejoined:
    ``叶    滢`` → (叶滢,), ``林岚开  潘  吉`` → (林岚开, 潘吉)."""
    tokens = raw.split()
    names: list[str] = []
    i = 0
    while i < len(tokens):
        if len(tokens[i]) == 1 and i + 1 < len(tokens) and len(tokens[i + 1]) == 1:
            names.append(tokens[i] + tokens[i + 1])
            i += 2
        else:
            names.append(tokens[i])
            i += 1
    return tuple(names)


def split_sentences(body: str) -> list[str]:
    """Split on sentence-final punctuation, keeping closing quotes with their sentence."""
    parts = [p.strip() for p in _SENTENCE_END.split(body)]
    return [p for p in parts if p]


def _is_bare(line: str) -> bool:
    text = squash(line)
    return (0 < len(text) <= MAX_HEADING_CHARS and not _SENTENCE_PUNCT.search(text)
            and _TITLE_LIKE.match(text) is not None)


def _is_caption_start(line: str) -> bool:
    stripped = line.strip()
    return len(stripped) >= MIN_CAPTION_LINE_CHARS or stripped.endswith(REPLACEMENT)


def parse(text: str) -> Document:
    """Parse a chapter. Raises ParseError when no ``【…】`` entry is found."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = text.lstrip("\ufeff")
    lines = text.split("\n")

    # Pass 1: lift captions out; they may wrap over two physical lines.
    caption_at: dict[int, tuple[int, str, str]] = {}
    skip: set[int] = set()
    for i, line in enumerate(lines):
        match = PHOTO_CREDIT.search(line.replace(REPLACEMENT, " "))
        if not match:
            continue
        start = i
        if i > 0 and lines[i - 1].strip() and i - 1 not in skip and _is_caption_start(
                lines[i - 1]):
            start = i - 1
        head = line.replace(REPLACEMENT, " ")[: match.start()]
        caption_text = join_fragments([*lines[start:i], head])
        caption_at[start] = (i, caption_text, squash(match.group(1)))
        skip.update(range(start, i + 1))

    # Pass 2: walk the remaining lines.
    meaningful = [
        (i, line) for i, line in enumerate(lines)
        if line.strip().replace(REPLACEMENT, "") and not _PAGE_LABEL.match(line.strip())
        and i not in skip
    ]
    sections: list[str] = []
    entries: list[Entry] = []
    captions: list[Caption] = []
    dropped: list[str] = []
    section = ""
    title_parts: list[str] | None = None
    title = ""
    body: list[str] = []
    in_title = False

    def close_entry() -> None:
        nonlocal title_parts, body, title
        if title_parts is None:
            return
        joined = join_fragments(body)
        credits: tuple[str, ...] = ()
        match = _CREDIT.search(joined)
        if match:
            credits = split_credits(match.group(1))
            joined = joined[: match.start()].rstrip()
        entries.append(Entry(len(entries), section or "综述", title, joined, credits))
        title_parts, body, title = None, [], ""

    caption_lines = sorted(caption_at)
    next_caption = 0
    for k, (i, raw) in enumerate(meaningful):
        while next_caption < len(caption_lines) and caption_lines[next_caption] < i:
            _, ctext, credit = caption_at[caption_lines[next_caption]]
            near = len(entries) if title_parts is not None else (
                len(entries) - 1 if entries else None)
            captions.append(Caption(len(captions), ctext, credit, near))
            next_caption += 1
        line = raw.strip()
        if in_title:
            if "】" in line:
                head, _, rest = line.partition("】")
                title_parts = [*(title_parts or []), head]
                title = join_fragments(title_parts)
                body = [rest]
                in_title = False
            else:
                title_parts = [*(title_parts or []), line]
            continue
        if line.startswith("【"):
            close_entry()
            rest = line[1:]
            if "】" in rest:
                head, _, tail = rest.partition("】")
                title_parts = [head]
                title = join_fragments(title_parts)
                body = [tail]
            else:
                title_parts = [rest]
                in_title = True
            continue
        if _is_bare(line):
            following = meaningful[k + 1][1].strip() if k + 1 < len(meaningful) else ""
            if following.startswith("【"):
                close_entry()
                section = squash(line)
                sections.append(section)
                continue
            if title_parts is not None or entries:
                # A short bare line not followed by an entry: the running header.
                dropped.append(squash(line))
                continue
        if title_parts is None:
            if line:
                dropped.append(line)
            continue
        body.append(raw)
    close_entry()
    for start in caption_lines[next_caption:]:
        _, ctext, credit = caption_at[start]
        captions.append(Caption(len(captions), ctext, credit, len(entries) - 1 if entries
                                else None))

    if not entries:
        raise ParseError("no 【…】 entries found: not a yearbook chapter in the expected style")
    if not sections or (entries[0].section == "综述" and "综述" not in sections):
        sections.insert(0, "综述")
    return Document(tuple(dict.fromkeys(sections)), tuple(entries), tuple(captions),
                    tuple(dropped))
