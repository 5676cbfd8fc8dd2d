"""Entity linking: which of the document's names a question mentions, and how.

``Linker.link`` tries exact names, pinyin, tails, abbreviations and then fuzzy matches
against the name index the store keeps (built at ingest: ``data/store/names.py``), asking
it only about the question's own pieces.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from typing import Protocol, TypeVar

from data import extract
from data.lazyre import lazy_regex, regex, rx
from data.names import TAIL_HEAD
from data.normalize import fold, is_cjk
from data.question import QUESTION_NAME, QUESTION_WORDS
from data.store import KnowledgeStore

OTHER_PLACE_PREFIX = lazy_regex(
    r"北京|上海|天津|重庆|南京|无锡|常州|南通|杭州|宁波|合肥|武汉|广州|深圳|成都|西安|郑州|"
    r"长沙|青岛|厦门|福州|济南|沈阳|大连|哈尔滨|昆山|常熟|太仓|吴江")
# Cities abroad, said after a name in English (Jinji Lake Innovation Center Silicon Valley).
EN_PLACE_AFTER = lazy_regex(r"\s*(?:in\s+|at\s+|\(\s*)?([a-z]+(?:\s+[a-z]+)?)\b\s*\)?")
EN_OTHER_CITIES = frozenset({"silicon valley", "hong kong", "singapore", "london", "boston",
                             "tokyo", "new york", "san francisco", "munich", "paris",
                             "cambridge", "oxford", "seoul", "sydney", "toronto", "berlin"})
# Places that make a same-named entity a different one (南京纳米城 is not 苏州纳米城).
OTHER_PLACES = lazy_regex(
    r"(?:北京|上海|天津|重庆|南京|无锡|常州|南通|杭州|宁波|合肥|武汉|广州|深圳|成都|西安|"
    r"郑州|长沙|青岛|厦门|福州|济南|沈阳|大连|哈尔滨|昆山|张家港|常熟|太仓|吴江|香港|澳门|"
    r"台湾|新加坡|美国|英国)市?$")
# A kind asked right before a tail of a name (哪个保护中心, 什么实验室, 哪两个…中心): no name
# said.
KIND_ASKED = lazy_regex(r"(?:哪个|哪一个|哪家|哪所|哪座|什么|啥|哪些|"
                        r"哪[两二三四五六七八九十几]+[个家所座项])$")
# ... in English, before a name's characters and an English kind word (which 中科院 institute).
WHICH_BEFORE = lazy_regex(r"\b(?:which|what)\s*$")
# ... or several of the kind counted, before it or asked after it (两个国家技术创新中心是
# 哪两个): the kind, no one name.
KIND_COUNTED = lazy_regex(r"[两二三四五六七八九十几][个家所座项]$")
KIND_COUNTED_AFTER = lazy_regex(r"^(?:分别)?是?(?:哪|什么)[两二三四五六七八九十几]+[个家所座项]")
# A budget, bounded for a whole yearbook: fuzzy matching compares a question with at most
# this many names (those sharing one of its rarest characters; a chapter has ~200). Past
# it, the characters are too common to guess a name from, and reading the keys alone cost
# 4-14 ms at 1 000 chapters.
MAX_FUZZY = 1_000
MAX_REMEMBERED = 20_000  # store lookups a linker remembers (bigrams, characters)
# A name a shelf repeats in every chapter: its first namesakes (in the order stored) are
# ranked and linked; the rest say the same (one chapter gives a key one or two entities).
LINKED_NAMESAKES = 100
# An abbreviation of three characters, the last a kind word (国科园): the extractor's type
# words are longer.
SHORT_KIND = "园城院所馆"
SHORT_FORM = lazy_regex(rf"[\u4e00-\u9fff]{{2}}[{SHORT_KIND}]")
T = TypeVar("T")
# Keys read first when a name might abbreviate another (see ``Linker._abbreviates``).
ABBREVIATION_PROBE = 64
# Latin words one name may be typed in: a name's syllables typed apart (sheng wu yi yao chan
# ye yuan: seven; jin ji hu chuang xin he zuo zhong xin: nine).
MAX_LATIN_RUN = 10
MIN_PART_NAME = 4  # characters of a part's name said after its owner's English name
# English kind words a name typed in characters may end with, and the document's word.
EN_KIND_WORDS = {"centre": "中心", "center": "中心", "lab": "实验室", "laboratory": "实验室",
                 "institute": "研究院", "college": "学院", "academy": "学院", "park": "园",
                 "platform": "平台", "alliance": "联盟", "university": "大学"}
# English trade words after a company's brand typed in pinyin, and the document's words.
EN_TRADE_WORDS = {"pharma": ("药业", "医药", "制药", "药物"),
                  "pharmaceutical": ("药业", "医药", "制药"),
                  "pharmaceuticals": ("药业", "医药", "制药"), "medical": ("医疗",),
                  "tech": ("科技", "技术"), "technology": ("科技", "技术"),
                  "software": ("软件",), "electronics": ("电子",),
                  "microelectronics": ("微电子",)}
# The English words after a name's own part typed in pinyin (Kaituo Pharma, Sipaike Academy)
# and the document's words they stand for.
EN_WORDS_AFTER_PINYIN = {**{word: (zh,) for word, zh in EN_KIND_WORDS.items()},
                         **EN_TRADE_WORDS}
EN_KIND_AFTER = lazy_regex(r"([\u4e00-\u9fff]{2,})\s*(" + "|".join(EN_KIND_WORDS) + r")\b")
# Between an owner's name and its part's (Oxford Suzhou 分子诊断中心): spaces, dashes, a
# Latin word or two (a place in pinyin).
OWNER_GAP = lazy_regex(r"[\s\-—]*(?:[a-z]+[\s\-—]*){0,2}")


class EntityTable(Protocol):
    """Entity id → (name, type, entry id), read on demand (``Knowledge.entities``)."""

    def __getitem__(self, entity_id: int, /) -> tuple[str, str, int | None]: ...

    def prefetch(self, entity_ids: Iterable[int], /) -> None: ...


@dataclass(frozen=True, slots=True)
class Link:
    """An entity mentioned in the question, and how it was recognised."""

    entity_ids: tuple[int, ...]
    name: str
    start: int
    end: int
    how: str
    # Where the name's words that stay the question's own words begin (Oxford molecular
    # diagnostics centre: those after the owner's name, which its sentences say), if any.
    words_from: int | None = None


def without_links(text: str, links: Iterable[Link]) -> str:
    """``text`` with the spans of ``links`` blanked: a name's words set aside, every other
    position where it was."""
    chars = list(text)
    for link in links:
        chars[link.start:link.end] = " " * (link.end - link.start)
    return "".join(chars)


class Linker:
    """Linking a question's names to the store's name index (``data/store/names.py``).

    Nothing is loaded at start: each question asks the store for the names among its own
    pieces (substrings, pinyin spellings, tails, characters), a few indexed lookups."""

    def __init__(self, store: KnowledgeStore, entities: EntityTable,
                 pinyin: Callable[[str], list[str]],
                 in_document: Callable[[str], bool]) -> None:
        # The engine's own tables and helpers: entity names (read on demand), the
        # per-character pinyin and the full-text "does the document say this".
        self.entities = entities
        self.pinyin = pinyin
        self._in_document = in_document
        self.names = store.names
        self._ids_cache: dict[str, list[int] | None] = {}
        self._count_cache: dict[str, int] = {}
        self._heads_cache: dict[str, int] = {}  # bigram → longest name it starts (0: none)
        # Two syllables → the longest pinyin so starting, in letters (0: none); four
        # characters → the longest tail so starting.
        self._pinyin_heads: dict[str, int] = {}
        self._tail_heads: dict[str, int] = {}
        self._name_keys: dict[str, frozenset[str]] = {}
        self._rank_cache: dict[tuple[int, ...], tuple[int, ...]] = {}
        self._linked_cache: dict[str, list[int]] = {}  # key → its first namesakes
        self._is_key: dict[str, bool] = {}
        self._english: tuple[list[tuple[str, frozenset[str]]], frozenset[str]] | None = None
        self._english_parts: dict[str, list[tuple[str, frozenset[str]]]] = {}

    def warm(self) -> None:
        """Nothing to build (the index is the store's); the fuzzy matcher's library is
        imported now (~9 ms), not on a user's first typo, and the English names read. ``sipbot
        ask`` does not warm: a one-question start need not pay it."""
        import rapidfuzz.process  # noqa: F401

        self._english_names()

    def _qualifier_by_sound(self, said: str, qualifier: str, ids: Sequence[int]) -> bool:
        """Whether ``qualifier`` (（苏洲）) is, typed by sound, the one the document gives the
        name ``said`` (再鼎医药（苏州）有限公司): a typo, no namesake."""
        typed = self.pinyin(qualifier[1:-1])
        for eid in ids[:QUALIFIED_SIBLINGS]:
            theirs = regex(rf"{re.escape(said)}\(([^()]+)\)").match(fold(self.entities[eid][0]))
            if theirs and self.pinyin(theirs.group(1)) == typed:
                return True
        return False

    def _qualifier_told(self, rest: str, qualifier: str) -> int:
        """How much of ``rest``, after a name the document always qualifies, says the
        qualifier ``qualifier`` (北京): in its characters (的北京), its pinyin (beijing) or its
        English (Greater Bay Area); 0 if it does not say it."""
        from data.english.dictionary import glossary

        told = regex(rf"\s*的?{re.escape(qualifier)}").match(rest)
        if told:
            return told.end()
        row = glossary().get(qualifier)
        for spelling in ("".join(self.pinyin(qualifier)), row.english.lower() if row else ""):
            words = spelling.split()
            if words and (told := regex(r"\s*(\()?\s*(?:the\s+)?" + r"\s*".join(
                    map(re.escape, words)) + r"\b(?(1)\s*\))").match(rest)):
                return told.end()
        return 0

    def entity_ids(self, keys: Iterable[str]) -> dict[str, list[int]]:
        """Alias key → its entities' ids (in the order the aliases were stored), for those of
        ``keys`` that are names."""
        keys = set(keys)
        if len(self._ids_cache) > MAX_REMEMBERED:
            self._ids_cache.clear()
        missing = [k for k in keys if k not in self._ids_cache]
        if missing:
            found = self.names.entity_ids(missing)
            self._ids_cache.update(found)
            if len(missing) <= 64:  # a few keys asked by name: remember that they are none
                self._ids_cache.update((k, None) for k in missing if k not in found)
        return {k: ids for k in keys if (ids := self._ids_cache.get(k)) is not None}

    def _keys_among(self, pieces: set[str]) -> set[str]:
        """Those of ``pieces`` that are keys (remembered)."""
        if len(self._is_key) > MAX_REMEMBERED:
            self._is_key.clear()
        missing = [p for p in pieces if p not in self._is_key]
        if missing:
            found = self.names.keys_among(missing)
            self._is_key.update((p, p in found) for p in missing)
        return {p for p in pieces if self._is_key.get(p)}

    def _linked_ids(self, keys: Iterable[str]) -> dict[str, list[int]]:
        """Key → its first LINKED_NAMESAKES entities, for those of ``keys`` that are names
        (a shelf's namesakes beyond them are not read)."""
        out: dict[str, list[int]] = {}
        for key in dict.fromkeys(keys):
            ids = self._linked_cache.get(key)
            if ids is None:
                if len(self._linked_cache) > MAX_REMEMBERED:
                    self._linked_cache.clear()
                ids = self._linked_cache[key] = self.names.first_entity_ids(
                    key, LINKED_NAMESAKES)
            if ids:
                out[key] = ids
        return out

    def by_pinyin(self, spellings: Iterable[str]) -> dict[str, set[str]]:
        """Pinyin spelling (no spaces) → the alias keys read that way."""
        return self.names.by_pinyin(spellings)

    def keys_of_name(self, name: str | None) -> frozenset[str]:
        """Alias keys of the entities called ``name`` (remembered: the chapter's subject is
        asked for on every English question, and a shelf has it in every chapter)."""
        if not name:
            return frozenset()
        if name not in self._name_keys:
            if len(self._name_keys) > MAX_REMEMBERED:
                self._name_keys.clear()
            self._name_keys[name] = frozenset(self.names.keys_of_entity_named(name))
        return self._name_keys[name]

    def _heads(self, bigrams: set[str]) -> dict[str, int]:
        """Of ``bigrams``, those a name starts with → the longest such name's length."""
        return _remembered(self._heads_cache, bigrams, self.names.heads)

    def _char_counts(self, chars: Iterable[str]) -> dict[str, int]:
        """Character → how many keys of the character index hold it (absent: none)."""
        return _remembered(self._count_cache, set(chars), self.names.char_counts)

    def link(self, folded: str, namesakes: list[str] | None = None) -> list[Link]:
        """Entities named in the question: exact, tail of a name, pinyin, then fuzzy.
        Names that turn out to be another place's namesake go to ``namesakes``."""
        links: list[Link] = []
        namesakes = [] if namesakes is None else namesakes
        n = len(folded)
        taken = [False] * n

        def add(start: int, end: int, keys: list[str], how: str) -> None:
            found = self._linked_ids(keys)
            ids = self._ranked(eid for k in keys for eid in found.get(k, ()))
            if not ids:
                return
            said = folded[start:end]
            if len(ids) > 1 and rx(r"\s*[\u4e00-\u9fffa-z(]").match(folded[end:]) and any(
                    key.endswith(")") or self.names.has_prefix(key + "(") for key in keys):
                # A name the document always qualifies, then one of its qualifiers said
                # plainly (金鸡湖创新合作中心北京, …的大湾区中心): that one. (Among the first
                # few: a park's name a shelf repeats in every chapter has no qualifier.)
                for eid in ids[:QUALIFIED_SIBLINGS]:
                    qualified = rx(r"(.+)\((.+)\)").fullmatch(fold(self.entities[eid][0]))
                    told = self._qualifier_told(folded[end:], qualified.group(2)) if (
                        qualified and qualified.group(1).endswith(said) and len(said) >= 4
                    ) else 0
                    if told and not any(taken[end:end + told]):
                        ids, end = (eid,), end + told
                        break
            if len(ids) > 1 and (other := _other_place_after(folded[end:])) and all(
                    fold(self.entities[eid][0]).endswith(")") for eid in ids):
                # (Jinji Lake centre Silicon Valley, … in London: a qualifier the document
                # never gives a name it always qualifies: that namesake, none of its own)
                for i in range(start, end + other):
                    taken[i] = True
                namesakes.append(folded[start:end + other])
                return
            if OTHER_PLACES.search(folded[:start]):
                # 南京纳米城: a short form of a Suzhou name after another city's name is that
                # city's namesake.
                for key in keys:
                    canonical = fold(self.entities[found[key][0]][0])
                    if canonical != said and canonical.startswith(("苏州", "园区")):
                        for i in range(start, end):
                            taken[i] = True  # nor any shorter piece of it (际科技园)
                        namesakes.append(said)
                        return
            qualifier = rx(r"\([^()]{1,8}\)").match(folded[end:])
            if qualifier and all(self.names.has_prefix(f"{said}({item})") for item in
                                 rx(r"和|与|及|、|跟").split(qualifier.group(0)[1:-1])):
                qualifier = None  # (北京和大湾区): the document's own qualifiers, each
            if (qualifier and len(said) >= 2
                    and not self._qualifier_by_sound(said, qualifier.group(0), ids)
                    and not self.entity_ids([said + qualifier.group(0)])
                    and self.names.has_prefix(said + "(")
                    # (再鼎医药（苏州）: the start of the document's 再鼎医药（苏州）有限公司)
                    and not self.names.has_prefix(said + qualifier.group(0))):
                # 金鸡湖创新合作中心（上海）: the document has its （北京） and （大湾区）
                # namesakes, not this one.
                for i in range(start, end + qualifier.end()):
                    taken[i] = True
                namesakes.append(said + qualifier.group(0))
                return
            if how in ("fuzzy", "abbrev") and self._another_name(said, keys):
                for i in range(start, end):
                    taken[i] = True
                namesakes.append(said)
                return
            for i in range(start, end):
                taken[i] = True
            links.append(Link(ids, self.entities[ids[0]][0], start, end, how))

        # 1. Exact alias occurrences, longest first: where a name can start (its first two
        # characters) and how long it can be, then which of those pieces are names.
        heads = self._heads({folded[i:i + 2] for i in range(n - 1)}) if n > 1 else {}
        starts = [(i, heads[folded[i:i + 2]]) for i in range(n - 1) if folded[i:i + 2] in heads]
        pieces = {folded[i:i + size] for i, longest in starts
                  for size in range(2, min(longest, n - i) + 1)}
        exact = self._keys_among(pieces) if pieces else set()
        spans: list[tuple[int, int, str]] = []
        for i, longest in starts:
            for size in range(2, min(longest, n - i) + 1):
                key = folded[i:i + size]
                if key in exact and self._word_bounded(folded, i, key) and not (
                        folded[i + size:i + size + 1] == "s"
                        and len(self._linked_ids([key]).get(key) or ()) < 2):
                    # (said in the plural, a name of namesakes only: the two Jinji Lake
                    # centres; which two national enterprise technology centres is a kind)
                    spans.append((i, i + size, key))
        # Tails of longer names (姑苏实验室), every place each stands, longest first: asked of
        # the store once, for step 3 and for the names they hold here (分子诊断技术创新中心
        # holds the common noun 技术创新中心 the document also names: the longer is meant).
        held = _longest_first((at, at + len(tail)) for tail in self._tails(folded)
                              for at in _occurrences(folded, tail))
        for start, end, key in sorted(spans, key=lambda s: (-(s[1] - s[0]), s[0])):
            longer = next(((a, b) for a, b in held if a <= start and end <= b
                           and b - a >= end - start + 2), None)
            if (longer and not any(taken[longer[0]:longer[1]])
                    and not _kind_asked(folded, *longer)):
                piece = folded[longer[0]:longer[1]]
                add(*longer, sorted(self.names.by_tail([piece])[piece]), "tail")
            if not any(taken[start:end]):
                add(start, end, [key], "exact")
        # 2. Pinyin: homophone typos from pinyin input methods (纳米成, 苏洲, 再顶医药); and
        # 3b's Latin pinyin (nami cheng): every spelling asked of the store at once.
        # (Pieces overlapping a name already linked can link nothing: only the free ones
        # are spelled and asked of the store.)
        cjk_end = _run_ends(folded, is_cjk)
        free = _run_ends(taken, _free)
        syllables = self.pinyin(folded)
        words = [(m.start(), m.end(), m.group(0)) for m in rx(r"[a-z]+").finditer(folded)]
        spelled: dict[str, list[tuple[int, int]]] = {}  # spelling → (start, end) of runs
        # A run of three syllables or more spells a name only where the name's pinyin
        # starts with the run's first two: positions no pinyin starts like that are skipped.
        runs = [i for i in range(n) if min(cjk_end[i], free[i]) >= i + 3]
        py_heads = _remembered(self._pinyin_heads,
                               {syllables[i] + syllables[i + 1] for i in runs},
                               self.names.pinyin_starts) if runs else {}
        for i in runs:
            longest = py_heads.get(syllables[i] + syllables[i + 1], 0)
            for end in range(i + 3, min(i + 16, cjk_end[i], free[i]) + 1):
                spelling = "".join(syllables[i:end])
                if len(spelling) > longest:
                    break
                spelled.setdefault(spelling, []).append((i, end))
        spellings = set(spelled)
        # Runs of Latin words, longest first: their letters → (start, end).
        latin: dict[str, tuple[int, int]] = {}
        for size in range(min(len(words), MAX_LATIN_RUN), 0, -1):
            for i in range(len(words) - size + 1):
                latin.setdefault("".join(w for _, _, w in words[i:i + size]),
                                (words[i][0], words[i + size - 1][1]))
        spellings |= {key for key in latin if len(key) >= 5}
        # Pinyin, then the characters the name goes on in (si pai ke 学院): its letters and
        # theirs.
        mixed = {key + "".join(syllables[at:stop]): (start, stop)
                 for key, (start, end) in latin.items()
                 if (at := _next_word(folded, end)) < n and is_cjk(folded[at])
                 for stop in range(at + 1, min(cjk_end[at], at + 6, free[start]) + 1)}
        # (and a company's brand in pinyin, then its trade in English: Kaituo Pharma, its
        # 开拓药业; or a name's own part, then its kind: Sipaike Academy, 斯派克学院)
        following = {words[k][1]: words[k + 1] for k in range(len(words) - 1)}
        for key, (start, end) in latin.items():
            trade = following.get(end)
            if trade and trade[2] in EN_WORDS_AFTER_PINYIN and not (
                    folded[end:trade[0]].strip()):
                for zh in EN_WORDS_AFTER_PINYIN[trade[2]]:
                    mixed.setdefault(key + "".join(self.pinyin(zh)), (start, trade[1]))
        spellings |= set(mixed)
        by_pinyin = self.names.by_pinyin(spellings) if spellings else {}
        # The runs whose spelling is a name's.
        for start, end in _longest_first(span for key in by_pinyin
                                         for span in spelled.get(key, ())):
            if not any(taken[start:end]):
                key = "".join(syllables[start:end])
                add(start, end, sorted(by_pinyin[key]), "pinyin")
        # 3. The tail of a longer name (姑苏实验室, 三年行动计划), where no name is linked.
        for start, end in held:
            if not any(taken[start:end]) and not _kind_asked(folded, start, end):
                piece = folded[start:end]
                if (end < n and folded[end] in SHORT_KIND and not taken[end]
                        and (keys := self._abbreviates(piece + folded[end]))):
                    # (生物医药园: the tail 生物医药 of a company's name, then a kind word,
                    # BioBAY's 生物医药产业园 in short)
                    add(start, end + 1, keys, "abbrev")
                    continue
                # A common tail (研究中心) ends many names: their keys only when it links.
                keys = self.names.by_tail([piece])[piece]
                level = LEVEL_BEFORE.search(folded, 0, start)
                if level and not any(level.group(1) in key for key in keys):
                    continue  # 国家级人才工程: no 园区…人才工程, which is the park's own
                add(start, end, sorted(keys), "tail")
        # 3b. Latin pinyin input (nami cheng, zaiding yiyao): runs of words whose letters
        # spell an alias's syllables.
        for size in range(min(len(words), MAX_LATIN_RUN), 0, -1):
            for i in range(len(words) - size + 1):
                window = words[i:i + size]
                start, end = window[0][0], window[-1][1]
                key = "".join(w for _, _, w in window)
                if len(key) >= 5 and key in by_pinyin and not any(taken[start:end]):
                    add(start, end, sorted(by_pinyin[key]), "pinyin-latin")
        for start, end in _longest_first(span for key, span in mixed.items()
                                         if key in by_pinyin):
            if not any(taken[start:end]):
                key = next(k for k, span in mixed.items()
                           if span == (start, end) and k in by_pinyin)
                add(start, end, sorted(by_pinyin[key]), "pinyin-latin")
        # 3c. Abbreviations: a name in the question whose characters all belong to one
        # known name (剑桥中心 → 苏州—剑桥纳米技术创新中心, 金鸡湖北京中心).
        for match in [*self._free_names(folded, taken), *self._short_forms(folded, taken)]:
            if taken[match.start] and not taken[match.end - 1] and rx(r"[a-z]").match(
                    folded, match.start):
                # (Oxford 分子诊断中心: a name linked in English, then the rest of the
                # extractor's name, which may stand for a part of it)
                rest = match.start + taken[match.start:match.end].index(False)
                if match.end - rest >= MIN_PART_NAME:
                    match = extract.EntityMatch(rest, match.end, folded[rest:match.end],
                                                match.type)
            if any(taken[match.start:match.end]) or QUESTION_NAME.search(match.name):
                continue
            keys = self._abbreviates(match.name)
            if keys:
                add(match.start, match.end, keys, "abbrev")
        # 3c'. A name begun in characters and ended by an English kind word (牛津分子诊断
        # centre, 斯派克 college): the characters and the kind's own word.
        for m in EN_KIND_AFTER.finditer(folded):
            start, end = m.start(), m.end()
            if any(taken[start:end]) or QUESTION_NAME.search(m.group(1)) or WHICH_BEFORE.search(
                    folded, 0, start):
                continue  # (which 中科院 institute: the kind asked, no name said)
            name = m.group(1) + EN_KIND_WORDS[m.group(2)]
            keys = [name] if self.entity_ids([name]).get(name) else self._abbreviates(name)
            if keys:
                add(start, end, keys, "abbrev")
        links = self._owners_named_before(folded, links)
        links = self._parts_said_after_owners(folded, words, links)
        links = [self._abbreviated_before(folded, link, taken) for link in links]
        # 3d. A long English name typed in part, or with one word another (biomedical
        # clinical resources cooperation alliance: its Strategic Alliance).
        if not links and len(words) >= EN_NAME_MIN_WORDS:
            for start, end, key in self._english_in_part(folded, words, taken):
                add(start, end, [key], "english-part")
        # 4. Fuzzy: dropped or swapped characters (材料科学姑苏实验).
        if not links:
            for start, end, key in self._fuzzy(folded):
                if not any(taken[start:end]):
                    add(start, end, [key], "fuzzy")
        return links

    def _owners_named_before(self, folded: str, links: list[Link]) -> list[Link]:
        """A name, then a longer one holding it said just after (Oxford Suzhou
        分子诊断技术创新中心: 牛津大学 is in 牛津大学高等研究院（苏州）分子诊断技术创新中心):
        the longer, said from the first on (its owner's name is part of it)."""
        for owner in sorted(links, key=lambda link: link.start):
            held = next((link for link in links if link.start >= owner.end
                         and OWNER_GAP.fullmatch(folded, owner.end, link.start)
                         and len(link.entity_ids) == 1 and len(owner.entity_ids) == 1
                         and link.name != owner.name
                         and fold(owner.name) in fold(link.name)), None)
            if held is not None:
                merged = replace(held, start=owner.start)
                links = [merged if link is held else link for link in links
                         if link is not owner]
        return links

    def _abbreviated_before(self, folded: str, link: Link, taken: list[bool]) -> Link:
        """A name's tail linked, its owner's part of the name said just before in short
        (新加坡科研局 企业合作中心: 新加坡科技研究局苏州企业合作中心): the name from there."""
        if link.how != "tail" or len(link.entity_ids) != 1:
            return link
        name = fold(link.name)
        head = name[:len(name) - (link.end - link.start)]
        for size in range(min(MAX_HEAD_SAID, link.start), MIN_HEAD_SAID - 1, -1):
            start = link.start - size
            said = folded[start:link.start]
            if all(is_cjk(ch) for ch in said) and not any(taken[start:link.start]) and (
                    said[0] == head[:1] and in_order(said, head)):
                for i in range(start, link.start):
                    taken[i] = True
                return replace(link, start=start)
        return link

    def _parts_said_after_owners(self, folded: str, words: list[tuple[int, int, str]],
                                 links: list[Link]) -> list[Link]:
        """An owner's name linked in English, then English words of one of its parts' names
        (Oxford molecular diagnostics centre: the 牛津大学…分子诊断技术创新中心, whose English
        name says OSCAR, not Oxford): the part, said from the owner on. (Its words stay the
        question's own words too: its sentences say them.)"""
        for owner in [link for link in links if len(link.entity_ids) == 1
                      and rx(r"[a-z]").match(folded, link.start)]:
            after = [w for w in words if w[0] >= owner.end]
            if not after or not OWNER_GAP.fullmatch(folded, owner.end, after[0][0]):
                continue
            _, rare = self._english_names()
            if not any(_en_word(word) in rare for *_, word in after):
                continue  # (no word few names hold: no part's name said, none read)
            best: list[tuple[int, str]] = []  # (end, key) of the parts said most fully
            most = 0
            for key, name in self._parts_in_english(owner.name):
                matched, end = set(), 0
                for start, stop, word in after:
                    if any(link.start < stop and start < link.end for link in links):
                        break
                    if (w := _en_word(word)) in name:
                        matched.add(w)
                        end = stop
                    elif w not in EN_NAME_STOP and w not in EN_PART_SKIPPED:
                        break
                if len(matched) < EN_PART_MIN_WORDS or not matched & rare:
                    continue
                if len(matched) > most:
                    best, most = [(end, key)], len(matched)
                elif len(matched) == most:
                    best.append((end, key))
            ids = {eid for _, key in best for eid in self.entity_ids([key]).get(key, ())}
            if len(ids) == 1:
                (eid,) = ids
                part = Link((eid,), self.entities[eid][0], owner.start,
                            max(end for end, _ in best), "owner-english", after[0][0])
                links = [part if link is owner else link for link in links]
        return links

    def _parts_in_english(self, owner: str) -> list[tuple[str, frozenset[str]]]:
        """The English keys (and their words) of the entities whose names hold ``owner``'s
        and are longer (its parts), remembered per owner."""
        if owner not in self._english_parts:
            named, _ = self._english_names()
            ids = self.entity_ids(key for key, _ in named)
            folded = fold(owner)
            self._english_parts[owner] = [
                (key, name) for key, name in named
                if any(folded in (held := fold(self.entities[eid][0])) and held != folded
                       for eid in ids.get(key, ()))]
        return self._english_parts[owner]

    def _english_names(self) -> tuple[list[tuple[str, frozenset[str]]], frozenset[str]]:
        """English keys of three words or more → their words (as :func:`_en_word` reads
        them), and the words few keys hold (clinical, not national or center): read from
        the store once."""
        if self._english is None:
            named = [(key, words) for key in self.names.latin_keys()
                     if len(words := frozenset(_en_words(key))) >= EN_NAME_MIN_WORDS]
            counts = Counter(word for _, words in named for word in words)
            self._english = named, frozenset(w for w, n in counts.items()
                                             if n <= EN_NAME_RARE_IN)
        return self._english

    def _english_in_part(self, folded: str, words: list[tuple[int, int, str]],
                         taken: list[bool]) -> list[tuple[int, int, str]]:
        """(start, end, key) of English names most of whose words the question says in a
        row, with at most one word of its own among them (and no comma: the centres, the
        Beijing one… is no name running on)."""
        said = [_en_word(w) for _, _, w in words]
        best: tuple[int, int, str, int, int] | None = None  # start, end, key, matched, left
        named, rare = self._english_names()
        for key, name in named:
            if not name & rare & set(said):
                continue  # only words many names share (national technology center)
            need = max(EN_NAME_MIN_WORDS, math.ceil(len(name) * EN_NAME_SHARE))
            for i, first in enumerate(said):
                if first not in name or taken[words[i][0]]:
                    continue
                matched, extra = {first}, 0
                for j in range(i + 1, len(said)):
                    word = said[j]
                    if taken[words[j][0]] or (word not in name and word not in EN_NAME_STOP
                                              and (extra := extra + 1) > 1) or (
                            NAME_BREAK.search(folded, words[j - 1][1], words[j][0])):
                        break
                    if word in name:
                        matched.add(word)
                        if len(matched) >= need and (best is None or (
                                len(matched), -(len(name) - len(matched)))
                                > (best[3], -best[4])):
                            best = (words[i][0], words[j][1], key, len(matched),
                                    len(name) - len(matched))
        return [best[:3]] if best else []

    def _tails(self, folded: str) -> set[str]:
        """Tails of longer names (姑苏实验室) among the pieces of ``folded``."""
        n = len(folded)
        tail_end = _run_ends(folded, _tail_char)
        firsts = [i for i in range(n) if is_cjk(folded[i]) and tail_end[i] - i >= TAIL_HEAD]
        tail_heads = _remembered(self._tail_heads,
                                 {folded[i:i + TAIL_HEAD] for i in firsts},
                                 self.names.tail_heads) if firsts else {}
        pieces = {folded[i:i + length] for i in firsts
                  for length in range(TAIL_HEAD, min(30, tail_end[i] - i, tail_heads.get(
                      folded[i:i + TAIL_HEAD], 0)) + 1)}
        return self.names.tails_among(pieces) if pieces else set()

    @staticmethod
    def _free_names(folded: str, taken: list[bool]) -> list[extract.EntityMatch]:
        """The extractor's names in the question, unless every type word (and title) of it
        is in a name already linked: a name holds its type word, so none could be free."""
        if "《" in folded or any(not any(taken[m.start():m.end()])
                                for m in extract.TYPE_WORD_RE.finditer(folded)):
            return [_without_joiner(m) for m in extract.find_entities(folded)]
        return []

    def _short_forms(self, folded: str, taken: list[bool]) -> list[extract.EntityMatch]:
        """Three characters ending in a one-character kind word (国科园 for 苏州国际科技园,
        no type word the extractor knows), where the document has no such words itself."""
        return [extract.EntityMatch(m.start(), m.end(), m.group(0), "short")
                for m in SHORT_FORM.finditer(folded)
                if not any(taken[m.start():m.end()]) and not self._in_document(m.group(0))]

    def _another_name(self, said: str, keys: Iterable[str]) -> bool:
        """A guessed name that differs from the known one by a word the document uses for
        something else (苏州—哈佛纳米技术创新中心 is not the 剑桥 one): a namesake, no typo."""
        for key in keys:
            extra = "".join(ch if ch not in key else " " for ch in said).split()
            if any(len(run) >= 2 and self._in_document(run) for run in extra):
                return True
        return False

    def keys_with(self, text: str) -> set[str]:
        """Alias keys (of the character index) that contain every character of ``text``."""
        chars = self._rarest_first(text)
        return self.names.keys_with_all(chars) if chars else set()

    def any_key_with(self, text: str, containing: Sequence[str] = (),
                     kind: str | None = None) -> bool:
        """Whether an alias key contains every character of ``text``, and ``containing``;
        with ``kind``, one ending in no other kind of word (see :meth:`_abbreviates`)."""
        chars = self._rarest_first(text)
        if not chars or not self.names.any_key_with_all(chars, containing):
            return False
        if kind is None:
            return True
        keys = self.names.keys_with_all(chars, ABBREVIATION_PROBE)
        return len(keys) >= ABBREVIATION_PROBE or any(
            all(piece in key for piece in containing) and _of_kind(key, kind) for key in keys)

    def _rarest_first(self, text: str) -> list[str]:
        """The characters of ``text``, rarest first, or none when one is in no key."""
        chars = set(text)
        counts = self._char_counts(chars)
        if not chars or not all(ch in counts for ch in chars):
            return []
        return sorted(chars, key=lambda ch: (counts[ch], ch))

    def _abbreviates(self, name: str) -> list[str]:
        """Alias keys containing every character of ``name`` (at most a few: else it is
        too vague to stand for one name). Three characters (国科园) must stand in one
        name's order."""
        if len(name) < 3:
            return []
        most = 1 if len(name) == 3 else 2  # entities it may stand for
        # (ending in a kind word, it is a thing of that kind: 苏州大学 is a university, no
        # 牛津大学高等研究院（苏州）; 金鸡湖北京中心 is a 金鸡湖创新合作中心（北京）)
        kind = extract.kind_of_ending(name)

        def fits(key: str) -> bool:
            if not _of_kind(key, kind):
                return False
            return len(key) > 3 and in_order(name, key) if len(name) == 3 else (
                len(key) > len(name))

        chars = self._rarest_first(name)
        keys: set[str] = set()
        entities: set[int] = set()
        # A few keys first: a shelf's common characters are in thousands of keys, and
        # more entities than ``most`` among a few already rule the name out.
        for limit in (ABBREVIATION_PROBE, -1) if chars else ():
            found = self.names.keys_with_all(chars, limit)
            keys = _least({k for k in found if fits(k)})
            entities = {eid for ids in self.entity_ids(keys).values() for eid in ids}
            if len(entities) > most or len(found) < limit or limit < 0:
                break
        if len(entities) > most and (len(found) < limit or limit < 0):
            # Several fit, one has a section of its own: what a reader shortens (科技园:
            # 国际科技园, not the phrase 世界一流高科技园; 生物园: BioBAY's 生物医药产业园, not
            # the park of that name planned elsewhere).
            known = self.names.with_entry(sorted(entities))
            if len(known) == 1:
                return sorted(k for k, ids in self.entity_ids(keys).items() if known[0] in ids)
        return sorted(keys) if 0 < len(entities) <= most else []

    def _ranked(self, entity_ids: Iterable[int]) -> tuple[int, ...]:
        ids = tuple(dict.fromkeys(entity_ids))
        ranked = self._rank_cache.get(ids)
        if ranked is None:
            ranked = self._rank_cache[ids] = self._rank(ids)
            if len(self._rank_cache) > 4096:
                self._rank_cache.clear()
        return ranked

    def _rank(self, entity_ids: Iterable[int]) -> tuple[int, ...]:
        """Among entities sharing an alias, the one with its own entry comes first, then
        the longer (more specific) name. (A yearbook repeats a name in every chapter, so
        names are ranked, not ids.)"""
        return tuple(self.names.ranked(list(dict.fromkeys(entity_ids))))

    @staticmethod
    def _word_bounded(text: str, i: int, key: str) -> bool:
        if not key[0].isascii():
            return True
        before = text[i - 1] if i > 0 else " "
        end = i + len(key)
        after = text[end] if end < len(text) else " "
        if after == "s" and " " in key and (PLURAL_CUE.search(text, max(0, i - 20), i)
                                              or PAIR_AFTER.match(text, end + 1)):
            # (a name of several words in the plural after two, both or those, or before
            # its pair: the two Jinji Lake innovation centres, them centres (dialect's
            # those); not all the science parks)
            after = text[end + 1] if end + 1 < len(text) else " "
        return not (before.isascii() and before.isalnum()) and not (
            after.isascii() and after.isalnum())

    def _fuzzy(self, folded: str) -> list[tuple[int, int, str]]:
        """(start, end, alias key) for names typed with characters dropped or swapped."""
        from rapidfuzz import fuzz

        out: list[tuple[int, int, str]] = []
        for run in rx(r"[\u4e00-\u9fff]{4,}").finditer(folded):
            text = run.group(0)
            # The words are the document's own, its question words aside (区域股权投资
            # 基金规模是多少): nothing to repair.
            pieces = [p for p in QUESTION_WORDS.split(text) if len(p) >= 2]
            if self._in_document(text) or (pieces and all(map(self._in_document, pieces))):
                continue
            key = self._fuzzy_key(text, text, FUZZY_CUTOFF)
            if key is None:
                # (生物医约产业园累计临床批件: the part that is no text of the document's,
                # 生物医约产业园, a name's run of characters with one of them swapped)
                unknown = self._unknown_part(next(
                    (p for p in pieces if not self._in_document(p)), text))
                key = self._fuzzy_key(unknown, unknown, FUZZY_CUTOFF) if unknown != text else None
                if key is not None and not _one_swapped(unknown, key):
                    key = None
            if key is None:
                continue
            # Keep it only when most of the name's characters are in the question.
            common = sum(1 for ch in set(key) if ch in text)
            if common < max(4, int(len(set(key)) * 0.75)):
                continue
            start, end = run.start(), run.end()
            if len(key) < len(text):
                at = fuzz.partial_ratio_alignment(key, text)
                start, end = run.start() + at.dest_start, run.start() + at.dest_end
            if any(self._in_document(folded[start:stop])
                   for stop in range(run.end(), start + len(key) - 1, -1)
                   if folded[start:stop] != key):
                continue  # 公共技术服务平台: the document's own words from there, no typo
            out.append((start, end, key))
        return out

    def _fuzzy_key(self, text: str, rare_of: str, cutoff: int) -> str | None:
        """The alias key ``text`` most nearly holds, of those sharing one of the three
        rarest characters of ``rare_of`` (a name typed with a character dropped or swapped
        keeps its rarer characters); None when none scores ``cutoff``."""
        from rapidfuzz import fuzz, process

        counts = self._char_counts(rare_of)
        rare = sorted(counts, key=lambda ch: (counts[ch], ch))[:3]
        if rare and max(counts[ch] for ch in rare) > MAX_FUZZY:
            return None  # only common characters: too vague to guess a name from
        pool = self.names.keys_with_any(rare) if rare else set()
        if len(pool) > MAX_FUZZY:
            return None  # only common characters: too vague to guess a name from
        # Sorted: a tie between names must not depend on the process's hash seed.
        candidates = sorted(k for k in pool if len(k) >= 4)
        best = process.extractOne(text, candidates, scorer=fuzz.partial_ratio,
                                  score_cutoff=cutoff) if candidates else None
        return best[0] if best else None

    def _unknown_part(self, text: str) -> str:
        """``text`` less the longest run of the document's text it ends with, when four
        characters at least are left; and of that, the part before the first run of four of
        them."""
        for i in range(MIN_FUZZY_PART, len(text) - 1):
            if self._in_document(text[i:]):
                text = text[:i]
                break
        # (生物医约产业园一类新药临床批件: the part before the first run of the document's
        # text, which the question goes on in)
        for i in range(MIN_FUZZY_PART, len(text) - MIN_FUZZY_PART + 1):
            if self._in_document(text[i:i + MIN_FUZZY_PART]):
                return text[:i]
        return text

    def known_name(self, name: str) -> bool:
        """In the document, or sharing most of itself with a known name (partial names:
        对接上海科创中心交流会 for 园区对接上海科创中心建设合作交流会)."""
        if self._in_document(name):
            return True
        place = OTHER_PLACE_PREFIX.match(name)
        if place and not self._in_document(place.group(0)):
            return False  # 无锡国际科技园: another city's namesake of a known name
        suffixes = list(extract.TYPE_WORD_RE.finditer(name))
        suffix = suffixes[-1] if suffixes else None
        if suffix is not None and suffix.start() >= 2:
            # An abbreviation: its distinctive part names a known entity of the same kind
            # (大湾区中心 → 金鸡湖创新合作中心（大湾区））; 北京大学 has no known 北京…大学.
            prefix, word = name[: suffix.start()], suffix.group(0)
            if self.any_key_with(prefix + word, containing=(prefix, word),
                                 kind=extract.kind_of_ending(name)):
                return True
        if len(name) >= 4 and self.any_key_with(name, kind=extract.kind_of_ending(name)):
            return True  # 金鸡湖北京中心: every character of a known name, reordered
        need = max(4, math.ceil(len(name) * 0.6))
        candidates = self.names.starting_with_any(name[i:i + 2] for i in range(len(name) - 1))
        if name.isascii():
            # A Latin word is one of a name's words (Harvard), not letters shared across
            # two of them (Changshu is no "shanghai stock").
            word = regex(rf"\b{re.escape(name)}\b")
            return any(word.search(key) for key in candidates)
        for key in candidates:
            match = SequenceMatcher(None, name, key, autojunk=False).find_longest_match()
            if match.size >= need and not self._another_name(name, [key]):
                return True
        return False


QUALIFIED_SIBLINGS = 16  # namesakes looked at for a qualifier said after the name
MIN_FUZZY_PART = 4  # characters of a run a typo is looked for in
FUZZY_CUTOFF = 80  # how nearly (rapidfuzz's partial ratio) a run holds a name
MIN_SWAPPED_RUN = 5  # characters of a name's run typed with one swapped
EN_NAME_MIN_WORDS = 3  # an English name this long may be typed in part ...
EN_NAME_SHARE = 0.7  # ... saying this share of its words, in a row, one of them a word
PLURAL_CUE = lazy_regex(r"\b(?:two|both|three|those|these|them)\s+(?:of\s+)?(?:the\s+)?$")
# (…or followed by the pair it is of: centers Beijing and Bay Area, centres (in A and B))
PAIR_AFTER = lazy_regex(r"\s*[(,:\-–—]?\s*(?:in |at |for )?(?:the )?[a-z][a-z ]{1,30}? (?:and|&) ")
NAME_BREAK = lazy_regex(r"[,;:?!—–]")  # (what no name typed in part runs across)
EN_NAME_RARE_IN = 2  # ... this few English keys hold
MIN_HEAD_SAID, MAX_HEAD_SAID = 3, 8  # characters of a name's head said short before its tail
EN_PART_SKIPPED = frozenset({"suzhou"})  # (Oxford Suzhou …: the city every entry is in)
EN_PART_MIN_WORDS = 2  # words of a part's English name said after its owner's (Oxford ...)
EN_NAME_STOP = frozenset({"of", "the", "and", "for", "in", "on", "with", "a", "an", "to", "at",
                          "co", "ltd", "inc"})


# Endings of one root's nouns and adjectives (biomedicine, biomedical; industry, industrial).
EN_ROOT_ENDINGS = ("icine", "ical", "ation", "ative", "ity", "ive", "ion", "ial", "ic", "al", "y")
EN_ROOT_MIN = 5  # letters a root keeps


def _en_word(word: str) -> str:
    """A word of an English name as its variants share it (centre, centers: center;
    biomedicine, biomedical: biomed)."""
    word = word.replace("centre", "center")
    if word.endswith("ies") and len(word) > 4:
        word = word[:-3] + "y"
    elif word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        word = word[:-1]
    for ending in EN_ROOT_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= EN_ROOT_MIN:
            return word[:-len(ending)]
    return word


def _of_kind(key: str, kind: str | None) -> bool:
    """Whether a name's key may stand for a thing of ``kind``: it ends in no other kind's
    word (牛津大学高等研究院（苏州） is no university; any kind, when none is asked)."""
    return kind is None or extract.kind_of_ending(key) in (kind, None)


def _en_words(key: str) -> list[str]:
    """The words of an English key that name it (no of, the, and)."""
    return [w for w in map(_en_word, rx(r"[a-z]+").findall(key)) if w not in EN_NAME_STOP]


def _one_swapped(typed: str, key: str) -> bool:
    """Whether ``typed`` opens with most of ``key`` (all but two characters at most, five
    at least) with one of its characters another."""
    for n in range(min(len(typed), len(key)), max(MIN_SWAPPED_RUN, len(key) - 2) - 1, -1):
        if any(sum(a != b for a, b in zip(typed[:n], key[i:i + n], strict=True)) == 1
               for i in range(len(key) - n + 1)):
            return True
    return False


def _other_place_after(rest: str) -> int:
    """How much of ``rest``, after a name the document always qualifies, says a city abroad
    (Silicon Valley, London): none of its qualifiers; 0 if none. (A city of China may be
    where one of them stands: the Greater Bay Area's is in Shenzhen.)"""
    said = EN_PLACE_AFTER.match(rest)
    return said.end() if said and said.group(1) in EN_OTHER_CITIES else 0


def specific(links: Iterable[Link], subject: str | None) -> list[Link]:
    """The names linked, less the chapter's own subject (园区, named everywhere)."""
    return [link for link in links if link.name != subject]


def in_order(chars: str, key: str) -> bool:
    """Whether every one of ``chars`` stands in ``key`` in their order (国科园 in
    国际科技园), not a pattern built for each name."""
    at = 0
    for ch in chars:
        at = key.find(ch, at)
        if at < 0:
            return False
        at += 1
    return True


def _tail_char(ch: str) -> bool:
    return is_cjk(ch) or ch in "()“”—"


def _remembered(cache: dict[str, int], keys: set[str],
                fetch: Callable[[list[str]], dict[str, int]]) -> dict[str, int]:
    """``fetch`` of the keys not asked before (0 remembered for those it lacks), bounded:
    the store's answer for each of ``keys`` it has."""
    if len(cache) > MAX_REMEMBERED:
        cache.clear()
    missing = [k for k in keys if k not in cache]
    if missing:
        found = fetch(missing)
        for key in missing:
            cache[key] = found.get(key, 0)
    return {k: n for k in keys if (n := cache[k])}


# A Latin word joining two names (姑苏实验室揭牌 vs 牛津分子诊断中心: folding drops the
# spaces), which the name scanned back from its kind word would otherwise begin with.
LATIN_JOINER = lazy_regex(r"^(?:vs\.?|versus|and|or|&)(?=[\u4e00-\u9fff])")


def _without_joiner(match: extract.EntityMatch) -> extract.EntityMatch:
    joiner = LATIN_JOINER.match(match.name)
    if joiner is None:
        return match
    return replace(match, start=match.start + joiner.end(), name=match.name[joiner.end():])


def _next_word(text: str, at: int) -> int:
    """Where the next non-space character after ``at`` stands."""
    while at < len(text) and text[at] == " ":
        at += 1
    return at


def _least(keys: set[str]) -> set[str]:
    """Those of ``keys`` that hold none of the others: a name that extends another (苏州国际
    科技园七期人工智能产业园, a part of 苏州国际科技园) is not what an abbreviation whose
    characters the shorter one holds stands for."""
    return {k for k in keys if not any(o != k and o in k for o in keys)}


# A level said just before a tail (国家级人才工程, 省级研发机构): the level's name.
LEVEL_BEFORE = lazy_regex(r"(国家|省|市)级?(?:重大|重点)?$")


def _kind_asked(folded: str, start: int, end: int) -> bool:
    """The tail at ``start:end`` is a kind asked (哪个保护中心) or counted (两个国家技术创新
    中心是哪两个), not the name of one."""
    return bool(KIND_ASKED.search(folded[:start]) or KIND_COUNTED.search(folded[:start])
                or KIND_COUNTED_AFTER.match(folded[end:]))


def _longest_first(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """(start, end) spans, the longest first, then the leftmost: the order names are
    taken in, so that a shorter piece inside a longer name is never linked."""
    return sorted(spans, key=lambda span: (span[0] - span[1], span[0]))


def _occurrences(text: str, piece: str) -> list[int]:
    """Where ``piece`` starts in ``text``, overlapping occurrences included."""
    out = []
    at = text.find(piece)
    while at >= 0:
        out.append(at)
        at = text.find(piece, at + 1)
    return out


def _run_ends(items: Sequence[T], inside: Callable[[T], bool]) -> list[int]:
    """For each position, where the run of items ``inside`` starting there ends."""
    ends = [0] * (len(items) + 1)
    end = len(items)
    for i in range(len(items) - 1, -1, -1):
        if not inside(items[i]):
            end = i
        ends[i] = end
    return ends


def _free(taken: bool) -> bool:
    return not taken
