"""The reverse direction: Chinese → English for answers (glossary, CC-CEDICT, pinyin)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import lru_cache

from data.english.dictionary import MAX_WORD, Entry, glossary, word_entries
from data.english.index import index
from data.english.words import SKIP_SENSE, gloss_phrases
from data.normalize import fold


def _first_sense(entries: Iterable[Entry]) -> str | None:
    for entry in entries:
        for sense in entry.senses:
            phrases = gloss_phrases(sense) if sense and not SKIP_SENSE.match(sense) else []
            if phrases:
                return phrases[0]
    return None


@lru_cache(maxsize=1024)
def _dictionary_sense(word: str) -> str | None:
    """First sense of ``word``: from the document's index, else CC-CEDICT's lines for it."""
    idx = index()
    known = idx.entries.get(word)
    if known is None and word not in idx.words:
        # A piece of the document that the index has no entries for has none at all.
        known = word_entries(word)
    return _first_sense(known or ())


def gloss(zh: str) -> str | None:
    """English for a Chinese word or label: the reviewed glossary first, then the first
    CC-CEDICT sense; a compound neither knows is glossed part by part (longest known part
    first), or ``None`` when some part is unknown."""
    key = fold(zh)
    if not key:
        return None
    row = glossary().get(key)
    if row is not None:
        return row.english
    whole = _dictionary_sense(key)
    if whole is not None:
        return whole

    def english_of(part: str) -> str | None:
        row = glossary().get(part)
        # A lone character's first sense is a guess (斯 is "this"); glossary rows only.
        return row.english if row is not None else (
            _dictionary_sense(part) if len(part) > 1 else None)

    found = longest_parts(key, english_of)
    parts = [part for part in found or () if part]  # (a part with empty English adds no word)
    return " ".join(parts) if found is not None and parts else None


def longest_parts(key: str, english_of: Callable[[str], str | None], *, shortest: int = 1,
                  longest: int = MAX_WORD) -> list[str] | None:
    """``key`` cut left to right into its longest parts ``english_of`` knows: their
    English, or None when some part is unknown."""
    parts: list[str] = []
    at = 0
    while at < len(key):
        for end in range(min(len(key), at + longest), at + shortest - 1, -1):
            english = english_of(key[at:end])
            if english is not None:
                parts.append(english)
                at = end
                break
        else:
            return None
    return parts


@lru_cache(maxsize=1024)
def pinyin_name(zh: str, *, person: bool = False,
                syllables: tuple[str, ...] | None = None) -> str:
    """A name in pinyin, as names with no English form are written: one capitalised word
    (斯派克 → Sipaike, 西安 → Xi'an), or surname and given name for a person (林岚开 → Lin
    Lankai). Characters pypinyin cannot read are kept as they are; ``syllables``, when
    given, are those the name has in a longer text (北京市朝阳区's chao yang)."""
    return _name_of(list(syllables) if syllables else pinyin_syllables(zh), person=person)


def pinyin_syllables(zh: str) -> list[str]:
    """The syllables of ``zh`` as pypinyin reads them in context (朝阳区: chao yang qu, where
    朝阳 alone reads zhao yang); characters it cannot read kept as they are."""
    from pypinyin import lazy_pinyin

    return lazy_pinyin(fold(zh), v_to_u=True, errors=lambda s: [s])


def _name_of(syllables: list[str], *, person: bool = False) -> str:
    # An apostrophe marks a syllable boundary before a, o, e (Xi'an, not Xian).
    joined = [syl if i == 0 or syl[:1] not in "aoe" else "'" + syl
              for i, syl in enumerate(syllables)]
    words = [joined[:1], joined[1:]] if person and len(joined) > 1 else [joined]
    return " ".join("".join(w).lstrip("'").capitalize() for w in words if w)
