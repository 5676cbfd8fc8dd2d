"""Text folding shared by ingest and questions: NFKC, Traditional → Simplified, spacing."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache

from data.lazyre import lazy_regex
from data.texts import CJK

_SPACE = lazy_regex(r"\s+")
_ORDINAL = lazy_regex(r"(第|(?<![\d.a-z]))(\d{1,2})(?=[代届期])")
_CN_DIGIT = dict(zip("0123456789", "〇一二三四五六七八九", strict=True))


def _cn_number(digits: str) -> str:
    """1..99 in Chinese numerals: 3 → 三, 14 → 十四, 20 → 二十, 27 → 二十七."""
    value = int(digits)
    if value < 10:
        return _CN_DIGIT[digits[-1]]
    tens, ones = divmod(value, 10)
    return (_CN_DIGIT[str(tens)] if tens > 1 else "") + "十" + (
        _CN_DIGIT[str(ones)] if ones else "")
_POSSESSIVE = lazy_regex(r"(?<=[a-z0-9*])['’]s\b")
# will contracted onto any word (the plot'll be finished): the future asked, a word apart.
_WILL = lazy_regex(r"(?<=[a-z])['’]ll\b")
_QUOTES = lazy_regex(r"[“”‘’\"'「」『』]")
_CJK_RUN = lazy_regex(rf"[{CJK}]+")
_LATIN_WORD = lazy_regex(r"[a-z][a-z0-9*]*|\d+(?:\.\d+)?")
_CJK_SPACE = lazy_regex(rf"(?<=[{CJK}])\s+|\s+(?=[{CJK}])")
_CONTROL = lazy_regex(r"[\x00-\x08\x0b-\x1f\x7f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")


@lru_cache(maxsize=1)
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    return _t2s().convert(text)


@lru_cache(maxsize=1)
def _tw2sp():
    import opencc

    return opencc.OpenCC("tw2sp")


def to_mainland(text: str, said: Callable[[str], bool]) -> str:
    """Text typed in Traditional characters with Taiwan's words for things (奈米, 積體電路):
    those words in the mainland's (纳米, 集成电路) where the document ``said`` them so (two
    characters at least), and not Taiwan's (OpenCC's tw2sp alone would also make 啟用 of
    the document's 激活). Other text as it is."""
    simplified = to_simplified(text)
    if simplified == text:
        return text
    mainland = _tw2sp().convert(text)
    if mainland == simplified or not len(text) == len(simplified) == len(mainland):
        return text
    out = list(text)
    i = 0
    while i < len(text):
        if mainland[i] == simplified[i]:
            i += 1
            continue
        j = i
        while j < len(text) and mainland[j] != simplified[j]:
            j += 1
        spans = ([(i, j)] if j - i >= 2 else []) + [(i - 1, j)] * (i > 0) + [
            (i, j + 1)] * (j < len(text))
        if any(said(mainland[a:b]) and not said(simplified[a:b]) for a, b in spans):
            out[i:j] = mainland[i:j]
        i = j
    return "".join(out)


# The engine folds the same sentences, labels and titles for every question it ranks them
# for; a bounded cache (about 100 bytes an entry) makes that a dictionary hit.
FOLD_CACHE_SIZE = 16_384


@lru_cache(maxsize=FOLD_CACHE_SIZE)
def fold(text: str) -> str:
    """NFKC, Traditional → Simplified, lower case, no whitespace, no control characters.

    Applied the same way to the document and to questions, so that ``（`` equals ``(``,
    ``蘇州納米城`` equals ``苏州纳米城`` and ``纳 米 城`` equals ``纳米城``.
    """
    text = unicodedata.normalize("NFKC", text)
    text = _CONTROL.sub("", text)
    # Combining marks on their own carry nothing a question needs (checked in C first:
    # they are rare, and a per-character Python loop dominated ingest).
    if any(map(unicodedata.combining, text)):
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = to_simplified(text).lower()
    text = _POSSESSIVE.sub("", text)  # A*STAR's base → a*star base
    if "ll" in text:
        text = _WILL.sub(" will", text)
    # Quotation marks only break words apart: 省“双创”计划 is asked as 省双创计划.
    text = _QUOTES.sub("", text)
    # 第3代 is written 第三代, 5期 五期: small ordinals are words, not figures.
    text = _ORDINAL.sub(lambda m: m.group(1) + _cn_number(m.group(2)), text)
    # Spaces between CJK characters are noise; spaces between Latin words separate them.
    text = _CJK_SPACE.sub("", text)
    return _SPACE.sub(" ", text).strip()


def is_cjk(ch: str) -> bool:
    """Whether ``ch`` (its first character) is a CJK ideograph, as ``[{CJK}]`` matches."""
    if not ch:
        return False
    c = ch[0]
    return "\u4e00" <= c <= "\u9fff" or "\u3400" <= c <= "\u4dbf" or "\uf900" <= c <= "\ufaff"


def tokens(text: str) -> list[str]:
    """Index tokens: CJK unigrams and bigrams, Latin words and numbers.

    FTS5's trigram tokenizer silently matches nothing for one- and two-character queries,
    and most Chinese words are two characters; overlapping bigrams fix both.
    """
    return folded_tokens(fold(text))


def folded_tokens(folded: str) -> list[str]:
    """:func:`tokens` of text that is already folded (ingest folds every sentence once)."""
    out: list[str] = []
    for run in _CJK_RUN.findall(folded):
        out.extend(run)
        out.extend(run[i:i + 2] for i in range(len(run) - 1))
    out.extend(_LATIN_WORD.findall(folded))
    return out


def bigrams(text: str) -> list[str]:
    """CJK bigrams of already folded text (single characters for one-character runs)."""
    out: list[str] = []
    for run in re.findall(rf"[{CJK}]+", text):
        if len(run) == 1:
            out.append(run)
        out.extend(run[i:i + 2] for i in range(len(run) - 1))
    out.extend(_LATIN_WORD.findall(text))
    return out
