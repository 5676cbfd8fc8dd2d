"""The reverse index: English lemma phrases → the words a document actually uses."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Protocol

from data.english.dictionary import (
    CJK_RUN,
    MAX_WORD,
    Entry,
    by_first_character,
    countries,
    dictionary_entries,
    glossary,
    place,
)
from data.english.words import SKIP_SENSE, STOP_WORDS, english_words, gloss_phrases, lemma
from data.normalize import fold
from data.sources import BUNDLED_DOCUMENT

SOURCE_FILE = BUNDLED_DOCUMENT
MAX_PHRASE = 5  # longest English phrase matched as one gloss
GLOSSARY_WEIGHT = 2.0  # reviewed, document-specific rows beat a dictionary sense
# Glossary kinds that name a question's topic; units and titles only serve rendering.
FORWARD_KINDS = frozenset({"label", "term"})


def substrings(folded: str) -> set[str]:
    out: set[str] = set()
    for run in CJK_RUN.findall(folded):
        for n in range(1, min(MAX_WORD, len(run)) + 1):
            out.update(run[i:i + n] for i in range(len(run) - n + 1))
    return out



class Text(Protocol):
    """What the reverse index reads of the text it maps English into: one document's
    folded text (:class:`FoldedText`), or a shelf of them kept in the store."""

    def words(self) -> Iterable[str]:
        """Its words CC-CEDICT may hold (every headword of two characters or more)."""
        ...

    def entries(self) -> list[Entry]:
        """The CC-CEDICT entries of :meth:`words`, in the dictionary's order."""
        ...

    def holds(self, word: str) -> bool:
        """Whether a glossary word occurs in it."""
        ...

    def count(self, word: str) -> int:
        """How often a word of :meth:`words` or a glossary word occurs in it."""
        ...

    def __contains__(self, word: object) -> bool:
        """Whether ``word`` is a piece (up to MAX_WORD) of one of its CJK runs."""
        ...

    def place(self, english: str) -> str | None:
        """The Chinese of a place CC-CEDICT names in English (London → 伦敦)."""
        ...

    def countries(self) -> dict[str, tuple[str, ...]]:
        """First character → the countries' Chinese names so starting, longest first."""
        ...


class FoldedText:
    """A folded text held whole, every CJK piece of it up to MAX_WORD in a set."""

    def __init__(self, folded: str) -> None:
        self.folded = folded
        self.pieces = frozenset(substrings(folded))

    def words(self) -> frozenset[str]:
        return self.pieces

    def entries(self) -> list[Entry]:
        return dictionary_entries(set(self.pieces))

    def holds(self, word: str) -> bool:
        return word in self.folded

    def count(self, word: str) -> int:
        return self.folded.count(word)

    def __contains__(self, word: object) -> bool:
        return word in self.pieces

    def place(self, english: str) -> str | None:
        return place(english)

    def countries(self) -> dict[str, tuple[str, ...]]:
        return by_first_character(countries())


@dataclass(frozen=True)
class Index:
    """English lemma phrases → document words with a weight (gloss rank, glossary)."""

    text: Text  # for frequencies and compounds
    exact: dict[tuple[str, ...], dict[str, float]]
    partial: dict[str, dict[str, float]]
    vocabulary: frozenset[str]
    entries: Mapping[str, tuple[Entry, ...]]
    stop_phrases: frozenset[tuple[str, ...]]  # reviewed phrases holding a stop word

    @cached_property
    def stop_phrase_lengths(self) -> tuple[int, ...]:
        return tuple(sorted({len(key) for key in self.stop_phrases}))

    @property
    def words(self) -> Text:
        """The text, asked whether a compound is one of its pieces (``a + b in words``)."""
        return self.text

    def frequency(self, word: str) -> int:
        return self.text.count(word)


def _add(table: dict, key, word: str, weight: float) -> None:
    slot = table.setdefault(key, {})
    if weight > slot.get(word, 0.0):
        slot[word] = weight


def build_index(corpus: str | Text) -> Index:
    text = FoldedText(fold(corpus)) if isinstance(corpus, str) else corpus
    entries = text.entries()
    # (word, weight, phrase) before lemmatising: lemmas are checked against all gloss words
    raw: list[tuple[str, float, str, bool]] = []
    for entry in entries:
        if len(entry.word) == 1:
            continue  # a lone character is rarely what an English word means (地, 公, 学)
        kept = [s for s in entry.senses if s and not SKIP_SENSE.match(s)]
        for rank, sense in enumerate(kept):
            weight = 1.0 / (1.0 + 0.3 * rank)  # CC-CEDICT lists the common sense first
            raw += [(entry.word, weight, p, False) for p in gloss_phrases(sense)]
    for chinese, row in glossary().items():
        if row.kind in FORWARD_KINDS and text.holds(chinese):
            raw += [(chinese, GLOSSARY_WEIGHT, p, True) for p in (row.english, *row.also)]
    vocabulary = frozenset(w for _, _, phrase, _ in raw for w in english_words(phrase))
    exact: dict[tuple[str, ...], dict[str, float]] = {}
    partial: dict[str, dict[str, float]] = {}
    stop_phrases: set[tuple[str, ...]] = set()
    # A compound also written spaced (roadshow, road show): its parts alone (road, show) are
    # no reading of it.
    compounds = frozenset(w for w in vocabulary if " " not in w)
    for word, weight, phrase, reviewed in raw:
        lemmas = [lemma(w, vocabulary) for w in english_words(phrase)]
        # A reviewed phrase keeps its stop words ("total investment" stays two words).
        key = tuple(w for w in lemmas if reviewed or w not in STOP_WORDS) or tuple(lemmas)
        if not key:
            continue
        # (only a phrase the matcher can take whole: a longer one's stop words, kept, would
        # be read as words of their own)
        if reviewed and 1 < len(key) <= MAX_PHRASE and any(w in STOP_WORDS for w in key):
            stop_phrases.add(key)
        if len(key) <= MAX_PHRASE:
            _add(exact, key, word, weight)
        spaced = {w for i in range(len(lemmas) - 1) if lemmas[i] + lemmas[i + 1] in compounds
                  for w in lemmas[i:i + 2]}
        for w in set(key) - spaced:
            if w not in STOP_WORDS:
                # One word of a reviewed phrase is no reviewed reading of that word alone
                # (provincial is 省级, not the 省级及以上研发机构 of "provincial R&D …").
                _add(partial, w, word, min(weight, 1.0) * 0.5 / len(key))
    return Index(text, exact, partial, vocabulary, _by_word(entries), frozenset(stop_phrases))


def _by_word(entries: Iterable[Entry]) -> dict[str, tuple[Entry, ...]]:
    """Dictionary entries by their headword, in the dictionary's order."""
    by_word: dict[str, list[Entry]] = {}
    for entry in entries:
        by_word.setdefault(entry.word, []).append(entry)
    return {w: tuple(es) for w, es in by_word.items()}


# What a kept index's rows are (see :func:`index_rows`).
EXACT, PARTIAL, VOCABULARY, STOP_PHRASE = range(4)
KEY_SEPARATOR = "\t"  # between a phrase's lemmas (a lemma may hold a space: road show)
IndexRow = tuple[int, str, str, float]  # part, key, word, weight


def index_rows(idx: Index) -> Iterator[IndexRow]:
    """The index as rows a store keeps (built at ingest, not in every process), in the
    order its tables were filled, so that :func:`kept_index` gives back the same one."""
    for key, words in idx.exact.items():
        yield from ((EXACT, KEY_SEPARATOR.join(key), w, weight) for w, weight in words.items())
    for head, words in idx.partial.items():
        yield from ((PARTIAL, head, w, weight) for w, weight in words.items())
    yield from ((VOCABULARY, w, "", 0.0) for w in idx.vocabulary)
    yield from ((STOP_PHRASE, KEY_SEPARATOR.join(key), "", 0.0) for key in idx.stop_phrases)


class _Entries(Mapping[str, tuple[Entry, ...]]):
    """A kept index's dictionary entries, read from its text when first asked for."""

    def __init__(self, text: Text) -> None:
        self._text = text
        self._by_word: dict[str, tuple[Entry, ...]] | None = None

    def _all(self) -> dict[str, tuple[Entry, ...]]:
        if self._by_word is None:
            self._by_word = _by_word(self._text.entries())
        return self._by_word

    def __getitem__(self, word: str) -> tuple[Entry, ...]:
        return self._all()[word]

    def __iter__(self) -> Iterator[str]:
        return iter(self._all())

    def __len__(self) -> int:
        return len(self._all())


def kept_index(text: Text, rows: Sequence[IndexRow]) -> Index:
    """The index of ``text`` from the rows :func:`index_rows` gave at ingest."""
    exact: dict[tuple[str, ...], dict[str, float]] = {}
    partial: dict[str, dict[str, float]] = {}
    vocabulary: list[str] = []
    stop_phrases: list[tuple[str, ...]] = []
    for part, key, word, weight in rows:
        if part == EXACT:
            exact.setdefault(tuple(key.split(KEY_SEPARATOR)), {})[word] = weight
        elif part == PARTIAL:
            partial.setdefault(key, {})[word] = weight
        elif part == VOCABULARY:
            vocabulary.append(key)
        else:
            stop_phrases.append(tuple(key.split(KEY_SEPARATOR)))
    return Index(text, exact, partial, frozenset(vocabulary), _Entries(text),
                 frozenset(stop_phrases))


@lru_cache(maxsize=4)
def _cached_index(corpus: str | Text) -> Index:
    # A store's shelf keeps its index, built at ingest; a text held whole is indexed here.
    kept = getattr(corpus, "kept_index_rows", None)
    rows = kept() if kept is not None else None
    return kept_index(corpus, rows) if rows else build_index(corpus)  # type: ignore[arg-type]


@lru_cache(maxsize=1)
def _bundled_text() -> str:
    return SOURCE_FILE.read_text(encoding="utf-8")


def index(corpus: str | Iterable[str] | Text | None = None) -> Index:
    """The reverse index for ``corpus`` (default: the bundled document), built once; a
    :class:`Text` (a store's shelf) is indexed as it is, with no text read whole."""
    if corpus is None:
        corpus = _bundled_text()
    elif not isinstance(corpus, str) and not hasattr(corpus, "holds"):  # sentences
        corpus = "\n".join(corpus)
    return _cached_index(corpus)


