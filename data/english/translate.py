"""An English question → the document's Chinese words for what it asks about."""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

from data.english.dictionary import PLACE_MIN_LETTERS
from data.english.index import GLOSSARY_WEIGHT, MAX_PHRASE, Index, Text, index
from data.english.words import STOP_WORDS, english_words, has_latin, lemma, other_form

PER_PHRASE = 3  # Chinese candidates kept per English phrase: recall for the engine's ranking
# A number of years (three-year, 10 years): N年 as the document writes it.
YEAR_WORDS = frozenset({"year", "years"})
NUMBER_WORDS = {"one": "一", "two": "两", "three": "三", "four": "四", "five": "五",
                "six": "六", "seven": "七", "eight": "八", "nine": "九", "ten": "十"}


@dataclass(frozen=True)
class Phrase:
    """An English span of the question and the document words it maps to, best first."""

    english: str
    chinese: tuple[str, ...]
    source: str  # "glossary", "dictionary", "partial" (one word of a longer gloss), "compound"


@dataclass(frozen=True)
class EnglishReading:
    question: str
    terms: tuple[str, ...]  # the document's Chinese words, most specific first
    unknown: tuple[str, ...]  # English content words nothing maps
    phrases: tuple[Phrase, ...]



@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    english: str
    scores: dict[str, float]
    source: str


def _ranked(idx: Index, candidates: dict[str, float]) -> dict[str, float]:
    # Among the words a gloss allows, the document's frequent ones are its vocabulary.
    scored = {w: s * (1.0 + math.log1p(idx.frequency(w))) for w, s in candidates.items()}
    best = sorted(scored.items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))[:PER_PHRASE]
    return dict(best)


def _partial(idx: Index, word: str) -> dict[str, float]:
    """Words whose glosses hold ``word``, and those of another form of it (provincial is
    said in glosses as province: 省级, 全省)."""
    found = dict(idx.partial[word])
    kin = other_form(word, idx.vocabulary)
    for other, weight in idx.partial.get(kin, {}).items() if kin else ():
        found[other] = max(found.get(other, 0.0), weight)
    return found


def _match(idx: Index, lemmas: list[str], raw: list[str]) -> tuple[list[_Span], list[str]]:
    spans: list[_Span] = []
    unknown: list[str] = []
    i = 0
    while i < len(lemmas):
        years = _years(idx, lemmas[i:i + 2])
        if years:
            spans.append(_Span(i, i + 2, " ".join(raw[i:i + 2]), {years: GLOSSARY_WEIGHT},
                               "glossary"))
            i += 2
            continue
        for length in range(min(MAX_PHRASE, len(lemmas) - i), 0, -1):
            key = tuple(lemmas[i:i + length])
            if key in idx.exact:
                source = ("glossary" if max(idx.exact[key].values()) >= GLOSSARY_WEIGHT
                          else "dictionary")
                spans.append(_Span(i, i + length, " ".join(raw[i:i + length]),
                                   _ranked(idx, idx.exact[key]), source))
                i += length
                break
        else:
            word = lemmas[i]
            named = idx.text.place(word) if word.isalpha() else None
            if named and named in idx.words:
                # A place is its name, not a word its neighbours' glosses hold (Jiangsu is
                # 江苏, not the 苏州 "city in Jiangsu").
                spans.append(_Span(i, i + 1, raw[i], {named: GLOSSARY_WEIGHT}, "place"))
            elif named and len(word) >= PLACE_MIN_LETTERS:
                unknown.append(raw[i])  # (Nanjing, a place the document never names: no 江苏)
            elif word in idx.partial and not word.isdigit():
                # (a number is a figure, not a word of a gloss: 10 is no 万人… "per 10,000")
                spans.append(_Span(i, i + 1, raw[i], _ranked(idx, _partial(idx, word)),
                                   "partial"))
            elif not word.isdigit():
                unknown.append(raw[i])
            i += 1
    return spans, unknown


def _years(idx: Index, pair: list[str]) -> str | None:
    """三年 for "three year(s)", 10年 for "10 years", when the document says it."""
    if len(pair) < 2 or pair[1] not in YEAR_WORDS:
        return None
    number = pair[0]
    forms = ([f"{number}年"] if number.isdigit() and len(number) <= 2 else []) + (
        [f"{NUMBER_WORDS[number]}年"] if number in NUMBER_WORDS else [])
    # (its words are runs of characters: 10年, of 10年内, is in its text, not among them)
    return next((form for form in forms if form in idx.words or idx.text.holds(form)), None)


def _compounds(idx: Index, spans: list[_Span]) -> list[_Span]:
    """Neighbouring phrases whose words the document writes as one word.

    CC-CEDICT has 发明 (invention) and 专利 (patent) but not 发明专利; the document has it,
    so "invention patent" becomes 发明专利. Chains grow left to right (国家+高新技术+企业),
    and the reverse order is tried too ("approvals for clinical trials" → 临床试验批件).
    """
    out: list[_Span] = []
    current = spans[0] if spans else None
    for nxt in spans[1:]:
        assert current is not None
        joined: dict[str, float] = {}
        if nxt.start == current.end:
            for a, sa in current.scores.items():
                for b, sb in nxt.scores.items():
                    if a + b in idx.words:
                        joined[a + b] = max(joined.get(a + b, 0.0), sa + sb)
                    elif b + a in idx.words:
                        joined[b + a] = max(joined.get(b + a, 0.0), 0.8 * (sa + sb))
        if joined:
            best = dict(sorted(joined.items(), key=lambda kv: (-kv[1], -len(kv[0])))
                        [:PER_PHRASE])
            current = _Span(current.start, nxt.end, f"{current.english} {nxt.english}",
                            best, "compound")
            out.append(current)
        else:
            current = nxt
    return out



def _in_reviewed_phrases(idx: Index, lemmas: list[str]) -> set[int]:
    """Positions of the words inside a reviewed phrase holding a stop word (work with)."""
    # "year" after a number too: three-year is 三年.
    protected = {i + 1 for i in range(len(lemmas) - 1) if lemmas[i + 1] in YEAR_WORDS
                 and (lemmas[i].isdigit() or lemmas[i] in NUMBER_WORDS)}
    # Each window of each phrase length looked up (not each phrase tried at each word).
    for n in idx.stop_phrase_lengths:
        for i in range(len(lemmas) - n + 1):
            if tuple(lemmas[i:i + n]) in idx.stop_phrases:
                protected.update(range(i, i + n))
    return protected


def in_reviewed_phrases(words: list[str], corpus: str | Iterable[str] | Text | None = None
                        ) -> set[int]:
    """Which of ``words`` stand in a reviewed phrase holding a stop word ("made the
    list", "work with"): a question keeps them, where it drops its other stop words."""
    idx = index(corpus)
    return _in_reviewed_phrases(idx, [lemma(w, idx.vocabulary) for w in words])


def translate(question: str, corpus: str | Iterable[str] | Text | None = None
              ) -> EnglishReading:
    """The document's Chinese words for what an English question asks about.

    ``corpus`` is the ingested document text (or its sentences, or a store's :class:`Text`);
    the default is the bundled chapter. Only words that occur in it are produced. A question
    with no Latin letters is returned empty without loading the dictionary.
    """
    if not has_latin(question):
        return EnglishReading(question, (), (), ())
    idx = index(corpus)
    raw = english_words(question)
    lemmas = [lemma(w, idx.vocabulary) for w in raw]
    # Stop words go, except inside a reviewed phrase of the question ("total investment").
    protected = _in_reviewed_phrases(idx, lemmas)
    kept = [i for i, lemma in enumerate(lemmas) if lemma not in STOP_WORDS or i in protected]
    spans, unknown = _match(idx, [lemmas[i] for i in kept], [raw[i] for i in kept])
    compounds = _compounds(idx, spans)
    # Most specific first: compounds of more English words, then the single phrases.
    ordered = sorted(compounds, key=lambda s: -(s.end - s.start)) + spans
    terms: list[str] = []
    for span in ordered:
        for word in span.scores:
            if word not in terms:
                terms.append(word)
    phrases = tuple(Phrase(s.english, tuple(s.scores), s.source) for s in spans + compounds)
    return EnglishReading(question, tuple(terms), tuple(dict.fromkeys(unknown)), phrases)


