"""English words mistyped on a phone (labratory, Nanopolus, pattents): the nearest word of
the document's English, when the word typed is no English word at all.

A word CC-CEDICT's senses use (in any of its simple forms) is English typed right and is
left alone, as is anything the caller knows (the document's own Latin words, pinyin, a
name's spelling): only then is a word near enough to one the document's English uses read
as that word. Two equally near are a guess, and none is taken.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from functools import lru_cache

from data.english.dictionary import _cedict_bytes, glossary
from data.english.words import STOP_WORDS, _by_beginning, english_words, lemma

MIN_LENGTH = 5  # shorter words are too often another word one letter away
LONG = 8  # from this length, two edits (labratory: one; laboraotry: a swap) are allowed


@lru_cache(maxsize=1)
def dictionary_words() -> frozenset[str]:
    """Every word of three letters or more that CC-CEDICT's senses use (~48 000; built
    once a process, ~0.25 s, and only when an English question holds a word unknown to
    the document's English)."""
    return frozenset(w.decode() for w in re.findall(rb"[a-z]{3,}", _cedict_bytes().lower()))


def is_english(word: str) -> bool:
    """Whether ``word``, or a plain base form of it, is a word CC-CEDICT uses."""
    known = dictionary_words()
    forms = [word]
    if word.endswith("s"):
        forms.append(word[:-1])
    if word.endswith("es"):
        forms.append(word[:-2])
    if word.endswith("ies"):
        forms.append(word[:-3] + "y")
    if word.endswith("ed"):
        forms += [word[:-1], word[:-2]]
    if word.endswith("ing"):
        forms += [word[:-3], word[:-3] + "e"]
    return any(form in known for form in forms)


def dropped_g(word: str) -> bool:
    """Whether ``word`` is an English -ing word typed as spoken (somethin, lookin')."""
    word = word.rstrip("'")
    return (len(word) >= 6 and word.endswith("in") and not is_english(word)
            and word + "g" in dictionary_words())


@lru_cache(maxsize=1)
def _glossary_words() -> frozenset[str]:
    """The words of the reviewed glossary's English (its names included)."""
    out: set[str] = set()
    for row in glossary().values():
        for text in (row.english, *row.also):
            out.update(english_words(text))
    return frozenset(out)


@lru_cache(maxsize=4)
def _targets(vocabulary: frozenset[str]) -> tuple[str, ...]:
    words = {*vocabulary, *_glossary_words()}
    # (and the stem of a word said with -ed, Interconnected: interconect is its stem typed;
    # not one of -e, completed, whose stem is a word already)
    stems = {w[:-2] for w in words
             if len(w) >= LONG and w.endswith("ed") and w[:-1] not in words}
    return tuple(sorted((words | stems) - STOP_WORDS))


def warm(vocabulary: frozenset[str]) -> None:
    """Build what correcting a word needs now (the words to correct to, by their beginning;
    the edit distance's library), not on some user's first English question."""
    from rapidfuzz.distance import DamerauLevenshtein  # noqa: F401

    _targets(vocabulary)
    _by_beginning(vocabulary)


def corrections(words: Collection[str], vocabulary: frozenset[str],
                known: Callable[[list[str]], Collection[str]]) -> dict[str, str]:
    """Mistyped word → the word of ``vocabulary`` (or of the glossary) it stands for.
    ``known`` says which of the words left are the caller's own (asked once, for all)."""
    glossary_words = _glossary_words()
    left = [w for w in words
            if len(w) >= MIN_LENGTH and w.isalpha() and w not in STOP_WORDS
            and w not in vocabulary and w not in glossary_words
            and lemma(w, vocabulary) not in vocabulary]
    near = {w: fix for w in left if (fix := _nearest(w, vocabulary))}
    if not near:
        return {}
    theirs = known(list(near))
    # (CC-CEDICT's words are read only now, when a word has a near one to be taken for)
    return {w: fix for w, fix in near.items() if w not in theirs and not is_english(w)}


@lru_cache(maxsize=4096)
def _nearest(word: str, vocabulary: frozenset[str]) -> str | None:
    """The one word of the document's English (or the glossary) nearest to ``word``, within
    one edit (two from eight letters); None when there is none, or two as near."""
    # Imported here: a Chinese question (and most English ones) never needs rapidfuzz, and a
    # one-question `sipbot ask` should not pay its import (~6 ms).
    from rapidfuzz import process
    from rapidfuzz.distance import DamerauLevenshtein

    limit = 2 if len(word) >= LONG else 1
    near = process.extract(word, _targets(vocabulary), scorer=DamerauLevenshtein.distance,
                           score_cutoff=limit, limit=3)
    if not near:
        return None
    best = min(distance for _, distance, _ in near)
    nearest = [w for w, distance, _ in near if distance == best]
    return nearest[0] if len(nearest) == 1 else None
