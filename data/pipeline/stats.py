"""What the document's own statistics say about words: how rare they are, how they read in
pinyin, and which of its words a typo stands for. Shared by every stage of the pipeline."""

from __future__ import annotations

import math
from collections.abc import Iterable
from functools import lru_cache

from data.normalize import bigrams, fold, is_cjk
from data.store import KnowledgeStore

# Candidate budget: two syllables read as more words than this are too vague to correct.
MAX_HOMOPHONES = 400


def merged(syllable: str) -> str:
    """A syllable as a Wu speaker hears it, where retroflex and flat initials are one and
    -uang after them is -ang (chuang and cang alike: 旭仓 typed for 旭创)."""
    if syllable[:2] in ("zh", "ch", "sh"):
        syllable = syllable[0] + syllable[2:]
        if syllable[1:].startswith("uang"):
            syllable = syllable[0] + syllable[2:]
    return syllable


class DocumentStats:
    """Document frequencies, IDF, per-character pinyin and homophones, cached per store."""

    def __init__(self, store: KnowledgeStore) -> None:
        self.store = store
        self.total_sentences = max(1, store.sentence_count())
        self._df_cache: dict[str, int] = {}
        self._pinyin_cache: dict[str, str] = {}
        self._chars_by_pinyin: dict[str, list[str]] | None = None
        self._chars_by_initial: dict[str, str] | None = None
        self._syllable_set: frozenset[str] | None = None
        self._chars_by_merged: dict[str, list[str]] | None = None
        self._used_chars: frozenset[str] | None = None
        # Cached per store (not per class: a method's lru_cache would hold every store).
        self.in_document = lru_cache(maxsize=4096)(self._search_said)

    def df(self, tokens: Iterable[str]) -> dict[str, int]:
        tokens = list(tokens)
        missing = [t for t in tokens if t not in self._df_cache]
        if missing:
            self._df_cache.update(self.store.token_document_frequency(missing))
            for t in missing:
                self._df_cache.setdefault(t, 0)
            if len(self._df_cache) > 50_000:
                self._df_cache.clear()
        return {t: self._df_cache.get(t, 0) for t in tokens}

    def idf(self, token: str) -> float:
        df = self.df([token])[token]
        return math.log((self.total_sentences + 1) / (df + 0.5)) + 0.1

    def pinyin(self, text: str) -> list[str]:
        cache = self._pinyin_cache  # (characters of the documents only: CJK)
        missing = [ch for ch in set(text) if ch not in cache and is_cjk(ch)]
        if missing:
            found = self.store.pinyin_of(missing)
            # (one the documents lack reads as itself, and is not asked for again)
            cache.update({ch: found.get(ch, ch) for ch in missing})
        return [cache.get(ch, ch) for ch in text]

    def pinyin_chars(self) -> dict[str, list[str]]:
        """Syllable → the document's characters read that way."""
        if self._chars_by_pinyin is None:
            chars = self.store.characters()
            index: dict[str, list[str]] = {}
            for ch, py in zip(chars, self.pinyin("".join(chars)), strict=True):
                index.setdefault(py, []).append(ch)
            self._chars_by_pinyin = index
        return self._chars_by_pinyin

    def initial_chars(self) -> dict[str, str]:
        """Letter → the document's characters whose pinyin starts with it (g: 姑, 高…)."""
        if self._chars_by_initial is None:
            index: dict[str, list[str]] = {}
            for py, chars in self.pinyin_chars().items():
                if py[:1].isascii() and py[:1].isalpha():
                    index.setdefault(py[0], []).extend(chars)
            self._chars_by_initial = {letter: "".join(chars) for letter, chars in index.items()}
        return self._chars_by_initial

    def syllables(self) -> frozenset[str]:
        if self._syllable_set is None:
            self._syllable_set = frozenset(self.store.pinyin_syllables())
        return self._syllable_set

    def homophone(self, syllables: list[str]) -> str | None:
        """The document's most used two-character word read as these two syllables."""
        by_pinyin = self.pinyin_chars()
        return self._most_used(by_pinyin.get(syllables[0], []), by_pinyin.get(syllables[1], []))

    def near_homophone(self, gram: str) -> str | None:
        """The document's most used two-character word read as ``gram`` by a Wu ear (see
        ``merged``), changing only characters the documents never use (仓 of 旭仓, never 数
        or 今, words of their own)."""
        if self._chars_by_merged is None:
            index: dict[str, list[str]] = {}
            for py, chars in self.pinyin_chars().items():
                index.setdefault(merged(py), []).extend(chars)
            self._chars_by_merged = index
        used_chars = self._document_chars()
        syllables = self.pinyin(gram)
        firsts, seconds = (
            [ch] if ch in used_chars else self._chars_by_merged.get(merged(py), [])
            for ch, py in zip(gram, syllables, strict=True))
        return self._most_used(firsts, seconds)

    def _most_used(self, firsts: list[str], seconds: list[str]) -> str | None:
        """Of the words a first and a second character make, the one the index holds most
        (the first of a tie, in the characters' order); None when none or too many."""
        words = [a + b for a in firsts for b in seconds]
        if not words or len(words) > MAX_HOMOPHONES:
            return None
        used = self.store.token_document_frequency(words)
        best = max(words, key=lambda w: used[w])
        return best if used[best] > 0 else None

    def _document_chars(self) -> frozenset[str]:
        if self._used_chars is None:
            self._used_chars = frozenset(ch for chars in self.pinyin_chars().values()
                                         for ch in chars)
        return self._used_chars

    def warm(self) -> None:
        self.pinyin_chars()
        self.syllables()

    def _search_said(self, name: str) -> bool:
        """Whether the document says ``name`` word for word somewhere."""
        grams = list(dict.fromkeys(bigrams(name)))
        df = self.df(grams)
        if not grams or not all(df.values()):
            return False
        if len(name) >= 2 and all(map(is_cjk, name)):
            # One run of characters: its bigrams in a row, unranked (a shelf's common names
            # stand in thousands of sentences, and ranking them all was the cost).
            return any(name in fold(text) for text in self.store.texts_with_phrase(
                [name[i:i + 2] for i in range(len(name) - 1)]))
        rarest = sorted(grams, key=lambda g: df[g])[:3]
        rows = self.store.search_sentences(rarest, limit=50, require_all=True)
        return any(name in fold(r.text) for r in rows)
