"""A synthetic yearbook: N chapters in the page-layout style of the real one, for benchmarks.

Chapter 0 is the real document, verbatim. Every other chapter is a variation of it, not a
copy: the distinctive part of each entity name is replaced (consistently within the
chapter, so short forms follow their full name), numbers are scaled, years, months and
days are shifted, and the entries of each section are reshuffled. The text is then laid out
again the way the print extraction looks — hard-wrapped short lines separated by blank
lines, photo captions with a ``（…供稿）`` credit interleaved mid-entry, padded author
credits behind a ``�``, the running header and page labels — so that the real parser, not a
shortcut, ingests it.

Pure and deterministic: the same (scale, seed) gives the same bytes. No I/O except reading
the bundled document (or the text given).
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from dataclasses import dataclass

from data import extract
from data.parse import REPLACEMENT, Document, Entry, parse
from data.sources import BUNDLED_DOCUMENT

# Characters new names are made of: common in Chinese company and institution names.
NAME_CHARS = (
    "华泰恒瑞康博达信和元启明晟睿智远航新源嘉德凯立通宏图天禄云峰金石星河海川晨光鼎盛"
    "汇丰正道安迈普思创威锐腾飞凌志英杰兴隆永昌宝丰君合中联东方百川万象聚力同心长风"
    "科讯微芯光谷明珠翰林卓越领航至诚恒通灵犀融晖鸿业泽润乾坤嘉禾锦程蓝海碧水青松")
# Names (or name cores) left alone: the park itself, places, exchanges, generic words.
KEEP = frozenset({
    "苏州工业园区", "园区", "苏州", "江苏", "江苏省", "苏州市", "中国", "上海", "北京", "深圳",
    "港交所", "上交所", "深交所", "科创板", "国家", "省级", "全省", "全国", "生物医药",
    "人工智能", "纳米", "第三代半导体", "技术", "科技", "创新", "产业", "知识产权", "科技发展",
    "产业技术", "重大创新", "攻坚", "科技创新载体", "科技招商", "世界一流高", "人才交流三大",
    "公共技术研发", "批国家企业", "医药临床", "生物医药产业创新", "生物医药国家技术",
})
# Whole names every chapter shares.
KEEP_NAMES = frozenset({
    "苏州工业园区", "港交所", "上交所", "深交所", "科创板", "国家药品监督管理局", "华为", "腾讯",
    "中科院苏州纳米所", "中科院上海药物所", "江苏省产业技术研究院", "上海科创中心",
})
PLACE_PREFIX = re.compile(r"^(?:苏州工业园区|中国（江苏）|中国（苏州）|江苏省|苏州市|苏州|江苏|"
                          r"中国|园区|中科院|上海|国家|全省)")
LEGAL_SUFFIX = re.compile(r"(?:（[^（）]{2,8}）)?(?:股份有限公司|有限责任公司|有限公司)$")
TYPE_SUFFIX = re.compile("(?:" + "|".join(p for _, p in extract.TYPE_SUFFIXES) + ")$")
# Numbers, with years, months and days told apart so that dates stay dates.
_NUMBER = re.compile(
    r"(?P<year>(?:19|20)\d{2})(?=年)|(?P<month>\d{1,2})(?=月)|(?P<day>\d{1,2})(?=日)|"
    r"(?P<num>\d+(?:\.\d+)?)(?P<pct>%)?")
LINE_CHARS = 16          # body column width in characters, as in print
CAPTION_LINE_CHARS = 45  # a caption's first line spans the page
RUNNING_HEADER = " 科学技术"
# How many times a core may occur in the chapter and still be renamed: more, and it is a
# common word (生物医药, 人工智能) rather than a name.
MAX_CORE_USES = 6


@dataclass(frozen=True, slots=True)
class Chapter:
    name: str
    text: str


def _source(text: str | None) -> str:
    return text if text is not None else BUNDLED_DOCUMENT.read_text(encoding="utf-8")


def entity_names(doc: Document) -> set[str]:
    names: set[str] = set()
    for entry in doc.entries:
        subject = extract.entry_subject(entry.title)
        if subject:
            names.add(subject[0])
        for text in (entry.title, entry.body):
            names.update(m.name for m in extract.find_entities(text) if m.type != "document")
    for caption in doc.captions:
        names.update(m.name for m in extract.find_entities(caption.text)
                     if m.type != "document")
    return names


def _core(name: str) -> tuple[str, str, str]:
    """(place prefix, distinctive core, type/legal suffix) of a name."""
    prefix_match = PLACE_PREFIX.match(name)
    prefix = prefix_match.group(0) if prefix_match else ""
    rest = name[len(prefix):]
    legal = LEGAL_SUFFIX.search(rest)
    suffix = ""
    if legal:
        suffix, rest = rest[legal.start():], rest[: legal.start()]
    typed = TYPE_SUFFIX.search(rest)
    if typed:
        suffix, rest = rest[typed.start():] + suffix, rest[: typed.start()]
    return prefix, rest, suffix


def _new_chars(rng: random.Random, n: int, used: set[str]) -> str:
    for _ in range(50):
        candidate = "".join(rng.choice(NAME_CHARS) for _ in range(n))
        if candidate not in used:
            used.add(candidate)
            return candidate
    return "".join(rng.choice(NAME_CHARS) for _ in range(n))


@dataclass(frozen=True, slots=True)
class _Template:
    names: tuple[str, ...]
    corpus: str


_LAST: list[tuple[Document, _Template]] = []


def _template(doc: Document) -> _Template:
    """What every variant of ``doc`` shares (names, text), computed once per document."""
    if _LAST and _LAST[0][0] is doc:
        return _LAST[0][1]
    corpus = "\n".join([e.title + e.body for e in doc.entries] + [c.text for c in doc.captions])
    names = tuple(sorted(entity_names(doc), key=lambda n: (-len(n), n)))
    _LAST[:] = [(doc, _Template(names, corpus))]
    return _LAST[0][1]


def renaming(doc: Document, rng: random.Random) -> dict[str, str]:
    """Old text → new text: distinctive name cores (so short forms follow), then whole
    names that kept no renamed core (a new distinctive word in front of a generic one:
    苏州生物医药产业园 → 苏州华泰生物医药产业园). Park-level names, exchanges and national
    bodies stay: every chapter of a real yearbook names them too."""
    template = _template(doc)
    corpus = template.corpus
    cores: dict[str, str] = {}
    used: set[str] = set()
    for name in template.names:
        prefix, core, suffix = _core(name)
        core = core.strip("—-·（）")
        if core in KEEP or name in KEEP or name in extract.GENERIC:
            continue
        if (2 <= len(core) <= 8 and not re.search(r"\d", core)
                and corpus.count(core) <= MAX_CORE_USES
                and core not in cores and not any(core in k for k in cores)):
            cores[core] = _new_chars(rng, len(core), used)
    pattern = _pattern(cores)
    mapping = dict(cores)
    for name in template.names:
        if name in KEEP or name in KEEP_NAMES or name in extract.GENERIC or len(name) < 4:
            continue
        if _apply(name, pattern, cores) != name or re.search(r"\d", name):
            continue
        if name.startswith("《"):
            mapping[name] = "《" + _new_chars(rng, 2, used) + name[1:]
            continue
        prefix, core, suffix = _core(name)
        mapping.setdefault(name, prefix + _new_chars(rng, 2, used) + core + suffix)
    return mapping


def _pattern(mapping: dict[str, str]) -> re.Pattern[str] | None:
    keys = sorted(mapping, key=len, reverse=True)
    return re.compile("|".join(re.escape(k) for k in keys)) if keys else None


def _apply(text: str, pattern: re.Pattern[str] | None, mapping: dict[str, str]) -> str:
    return pattern.sub(lambda m: mapping[m.group(0)], text) if pattern else text


def _shift_numbers(text: str, rng: random.Random, year_shift: int, month_shift: int) -> str:
    def repl(m: re.Match[str]) -> str:
        if m["year"]:
            return str(int(m["year"]) + year_shift)
        if m["month"]:
            month = int(m["month"])
            return str((month - 1 + month_shift) % 12 + 1) if 1 <= month <= 12 else m["month"]
        if m["day"]:
            day = int(m["day"])
            return str(min(28, max(1, day + rng.randint(-9, 9)))) if 1 <= day <= 31 else m["day"]
        raw = m["num"]
        value = float(raw) * rng.uniform(0.6, 1.6)
        if m["pct"]:
            value = min(value, 99.0)
        decimals = len(raw.split(".")[1]) if "." in raw else 0
        if decimals:
            return f"{max(value, 0.1):.{decimals}f}" + (m["pct"] or "")
        return str(max(1, round(value))) + (m["pct"] or "")

    return _NUMBER.sub(repl, text)


_NO_LINE_START = "，。、；：！？）”》%"


def _wrap(text: str, width: int) -> list[str]:
    lines: list[str] = []
    for i in range(0, len(text), width):
        piece = text[i:i + width]
        # Print never starts a line with closing punctuation: it hangs at the previous end.
        while lines and piece and piece[0] in _NO_LINE_START:
            lines[-1] += piece[0]
            piece = piece[1:]
        if piece:
            lines.append(piece)
    # A short last line without punctuation would look like a heading: keep it attached.
    if len(lines) > 1 and len(lines[-1]) <= 12 and not re.search(r"[，。、；：！？）”]",
                                                                lines[-1]):
        lines[-2] += lines.pop()
    return lines


def _heading(title: str) -> str:
    return " " + ("  ".join(title) if len(title) == 2 else title)


def _credit_line(credits: tuple[str, ...]) -> str:
    padded = ["  ".join(c) if len(c) == 2 and i % 2 else c for i, c in enumerate(credits)]
    return f"{REPLACEMENT} （{'  '.join(padded)}）"


def _caption_lines(text: str, credit: str) -> list[str]:
    tail = f"{REPLACEMENT} （{credit}  供稿）"
    if len(text) <= CAPTION_LINE_CHARS - 8:
        return [text + tail]
    # Wrapped: the first line spans the page (at least 20 characters), the rest ends
    # with the credit.
    cut = min(CAPTION_LINE_CHARS, len(text) - 4)
    return [text[:cut], text[cut:] + tail]


def layout(sections: list[tuple[str, list[Entry]]], captions: dict[int, list[tuple[str, str]]],
           rng: random.Random, page_prefix: str) -> str:
    """Print-extraction layout: blank-line separated short lines, captions mid-entry."""
    out: list[str] = []
    page = 1
    emitted = 0
    turn = False  # a page is full: its header goes after the next body line an entry continues
    for section, entries in sections:
        out += [_heading(section), ""]
        for entry in entries:
            lines = _wrap(f"【{entry.title}】  {entry.body}", LINE_CHARS)
            pending = captions.get(entry.position, [])
            cut = rng.randint(1, max(1, len(lines) - 1)) if pending else -1
            for k, line in enumerate(lines):
                out += [line, ""]
                emitted += 1
                if k == cut:
                    for text, credit in pending:
                        out += [*_caption_lines(text, credit), ""]
                turn = turn or emitted % 120 == 0
                if turn and k < len(lines) - 1:
                    # Turning a page: the running header between two body lines (after an
                    # entry's last, before 【, it would read as a section's heading).
                    out += [RUNNING_HEADER, ""]
                    turn = False
            if entry.credits:
                out += [_credit_line(entry.credits), ""]
    for _ in range(2):
        out.append(f"\t{page_prefix}_部分{page}_部分{rng.randint(1, 3)}")
        page += 1
    return "\n".join(out) + "\n"


def variant(doc: Document, index: int, seed: int = 0) -> str:
    """Chapter ``index`` (≥ 1) of the synthetic yearbook, as extracted text."""
    rng = random.Random(f"{seed}:{index}")
    mapping = renaming(doc, rng)
    pattern = _pattern(mapping)
    year_shift = -rng.randint(0, 9)
    month_shift = rng.randint(0, 11)

    def vary(text: str) -> str:
        return _shift_numbers(_apply(text, pattern, mapping), rng, year_shift, month_shift)

    by_section: dict[str, list[Entry]] = {s: [] for s in doc.sections}
    for entry in doc.entries:
        credits = tuple(rng.sample(entry.credits, len(entry.credits)))
        by_section.setdefault(entry.section, []).append(
            Entry(entry.position, entry.section, vary(entry.title), vary(entry.body), credits))
    sections: list[tuple[str, list[Entry]]] = []
    for section in doc.sections:
        entries = by_section.get(section, [])
        if not entries:
            continue
        head, rest = entries[:1], entries[1:]
        rng.shuffle(rest)  # 概况 stays first in its section, as in every yearbook
        sections.append((section, head + rest))
    positions = [e.position for e in doc.entries]
    captions: dict[int, list[tuple[str, str]]] = {}
    for caption in doc.captions:
        captions.setdefault(rng.choice(positions), []).append(
            (vary(caption.text), _apply(caption.credit, pattern, mapping)))
    return layout(sections, captions, rng, f"内芯{index}")


def chapters(scale: int, seed: int = 0, text: str | None = None) -> Iterator[Chapter]:
    """The real chapter, then ``scale - 1`` variations of it."""
    source = _source(text)
    yield Chapter(BUNDLED_DOCUMENT.name, source)
    doc = parse(source)
    for index in range(1, scale):
        yield Chapter(f"synth-{seed}-{index:05d}.txt", variant(doc, index, seed))
