"""The document's facts in English words: amounts, dates, names, titles and sources.

The Chinese as the document states it goes beside them in brackets (81 (81件)), so a reader
can check the figure against the original. Glossary first (data/glossary_en.tsv), then the
dictionary, then pinyin: an answer's own words are never left in Chinese."""

from __future__ import annotations

from functools import lru_cache

from data import english
from data.lazyre import lazy_regex, rx
from data.models import Source
from data.normalize import fold, is_cjk
from data.texts import FUND_TRADE, LATIN_NAME_SHAPE

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
AMOUNT = lazy_regex(
    r"^(?P<pre>近|约|超过|逾|达)?(?P<num>\d+(?:\.\d+)?)(?:[—\-～~至到](?P<num2>\d+(?:\.\d+)?))?"
    r"(?P<mult>[万亿千])?(?P<q1>余|多)?(?P<unit>.*?)(?P<q2>以上|左右|以下|多)?$")
PREFIX = {"近": "nearly ", "约": "about ", "超过": "over ", "逾": "over ", "达": ""}
SCALE = {"万": 10_000, "亿": 100_000_000, "千": 1_000}
CN_SMALL = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
            "九": 9, "十": 10}
DATE = lazy_regex(r"(?:(?P<y>\d{4})年)?(?:(?P<m>\d{1,2})月)?(?:(?P<d>\d{1,2})日)?")


def has_chinese(text: str) -> bool:
    return any(is_cjk(ch) for ch in text)


def _number(value: float) -> str:
    if value >= 1_000_000_000 and value % 100_000_000 == 0:
        return f"{value / 1_000_000_000:g} billion"
    if value >= 1_000_000 and value % 10_000 == 0:
        return f"{value / 1_000_000:g} million"
    return f"{value:,.10g}"


def unit_en(unit: str) -> str:
    row = english.glossary().get(fold(unit))
    return row.english.strip() if row is not None else (english.gloss(unit) or "")


def amount(text: str) -> str:
    """81件 → 81 items, 约100万平方米 → about 1 million m², 2500亿余元 → over 250 billion
    yuan, 3—5年 → 3–5 years. What it cannot read is left to the bracketed original."""
    m = AMOUNT.match(fold(text).replace(",", ""))
    if m is None:
        small = rx(r"([一二两三四五六七八九十])(\w)").fullmatch(text)
        return f"{CN_SMALL[small.group(1)]} {unit_en(small.group(2))}".strip() if small else ""
    scale = SCALE.get(m["mult"] or "", 1)
    value = float(m["num"]) * scale
    number = _number(value) if not m["num2"] else (
        f"{_number(value)}–{_number(float(m['num2']) * scale)}")
    words = unit_en(m["unit"])
    before = PREFIX.get(m["pre"] or "", "")
    if m["q1"] or m["q2"] in ("以上", "多"):
        before = "over "
    spaced = "" if words.startswith("%") else " "
    return f"{before}{number}{spaced}{words}".strip()


def ordinal(n: int) -> str:
    """14 → 14th, 1 → 1st, 22 → 22nd."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def date(text: str) -> str:
    """2020年6月30日 → 30 June 2020; 2020年12月 → December 2020; 11月 → November."""
    m = DATE.fullmatch(fold(text))
    if m is None or not (m["y"] or m["m"]):
        return ""
    parts = [m["d"], MONTHS[int(m["m"]) - 1] if m["m"] else None, m["y"]]
    return " ".join(p for p in parts if p)


# What a company's name says of where and what it is, around the part that is its name.
_NAME_HEAD = lazy_regex(r"^(?:中国|江苏省?|苏州工业园区|苏州市?|园区)+")
# (Names are folded: their brackets are half-width.)
_NAME_TAIL = lazy_regex(r"(?:\([^()]*\))?(?:科技|技术|医药|医疗|药业|生物|软件|微电子|数字|"
                        r"股份|有限|公司|集团|国际|研究院|中心|"
                        # (a fund manager's trade words: 股权投资基金管理中心(有限合伙))
                        rf"{FUND_TRADE}|\(有限合伙\))+$")
PLACE = lazy_regex(r"(.+?)(省|市|区|县)")
# A name ending in its own Latin name, after what it is in Chinese (…网络公司PraxisAuril).
LATIN_NAME_AT_END = lazy_regex(rf"(?<=[\u4e00-\u9fff]){LATIN_NAME_SHAPE}$")
PLACE_WORDS = {"区": "District", "县": "County"}


@lru_cache(maxsize=2048)
def english_name(zh: str) -> str | None:
    """A name's English form, when it has one (the reviewed glossary's)."""
    row = english.glossary().get(fold(zh))
    # Latin letters and typography (Suzhou–Cambridge): an English name, dashes and all.
    return row.english if row is not None and not has_chinese(row.english) else None


@lru_cache(maxsize=2048)
def name(zh: str) -> str:
    """A name in English: its English form, else read as it sounds with the Chinese beside
    it (Xingnuoqi (苏州星诺奇科技股份有限公司)), as names with no English form are written."""
    known = english_name(zh)
    if known:
        return known
    owned = _of_known(fold(zh)) or _from_entry_title(fold(zh)) or _of_glossary_words(fold(zh))
    if owned:
        return owned
    latin = LATIN_NAME_AT_END.search(zh)
    if latin:
        return f"{latin.group(0)} ({zh})"  # (英国科技资源网络公司PraxisAuril: PraxisAuril)
    core = _NAME_TAIL.sub("", _NAME_HEAD.sub("", fold(zh))) or fold(zh)
    # (the Chinese beside it always: a reader can show it, or read it)
    return f"{english.pinyin_name(core)} ({zh})"


_UNIT = lazy_regex(r"(?:(?:技术|研发|创新|工程)?(?:分中心|中心|研究院|研究所|实验室|基地|分院))+")


def _of_known(folded: str) -> str | None:
    """A unit of a name with an English form (信达生物制药（苏州）有限公司技术中心 →
    Innovent Biologics (Suzhou) Co., Ltd. Technology Center): the owner's English name
    and the unit's words, when the glossary or the dictionary has them."""
    for end in range(len(folded) - 2, 1, -1):
        owner = english_name(folded[:end])
        if owner and _UNIT.fullmatch(folded[end:]):
            rest = english.gloss(folded[end:])
            return f"{owner} {rest.title()}" if rest and not has_chinese(rest) else None
    return None


def _of_glossary_words(folded: str) -> str | None:
    """A name made wholly of reviewed words (生物医药产业园 → Biomedicine Industrial Park
    (生物医药产业园)): those words, the Chinese beside them; no proper name in it."""
    def reviewed(part: str) -> str | None:
        row = english.glossary().get(part)
        return row.english if row is not None and row.kind in ("term", "label") and not (
            has_chinese(row.english)) else None

    parts = english.longest_parts(folded, reviewed, shortest=2, longest=len(folded))
    if parts is None or len(parts) < 2:
        return None
    words = " ".join(parts).split()
    return " ".join(w[0].upper() + w[1:] for w in words) + f" ({folded})"


# An entry titled by a name and what happened to it (…交流会举办 → … Held).
_TITLE_VERBS = ("举办", "召开", "成立", "签约成立", "启动", "签署", "揭牌", "发布", "印发", "启用")
_EN_TITLE_VERB = lazy_regex(r"\s+(?:Held|Convened|Founded|Launched|Signed|Unveiled|Issued|"
                            r"Published|Established|Opened|Started)$")


def _from_entry_title(folded: str) -> str | None:
    """A name's English from the reviewed title of the entry about it (园区对接…交流会举办:
    Exchange Meeting on Linking … Held → Exchange Meeting on Linking …)."""
    for verb in _TITLE_VERBS:
        row = english.glossary().get(folded + verb)
        if row is not None and row.kind == "entry":
            bare = _EN_TITLE_VERB.sub("", row.english)
            if bare != row.english and not has_chinese(bare):
                return bare
    return None


def place(zh: str) -> str:
    """北京市朝阳区 → Chaoyang District, Beijing; other places by name or their words."""
    known = english_name(zh)
    if known:
        return known  # (园区 is the Park, no Yuan District)
    parts = PLACE.findall(zh)
    if parts and "".join(a + b for a, b in parts) == zh:
        # Each part's syllables as the whole reads them (北京市朝阳区: Chaoyang, not the
        # Zhaoyang 朝阳 alone reads as).
        syllables, at, names = english.pinyin_syllables(zh), 0, []
        if len(syllables) != len(zh):
            syllables = []
        for a, b in parts:
            said = tuple(syllables[at:at + len(a)]) if syllables else None
            names.append(f"{english.pinyin_name(a, syllables=said)} "
                         f"{PLACE_WORDS.get(b, '')}".strip())
            at += len(a) + len(b)
        return ", ".join(reversed(names))
    return words(zh) or name(zh)


def words(zh: str) -> str | None:
    """What a label or title says, in English; None when the dictionary cannot say it."""
    glossed = english.gloss(zh)
    return glossed if glossed and not has_chinese(glossed) else None


def source(src: Source) -> str:
    section = words(src.section) or english.pinyin_name(src.section)
    if src.entry == "图片说明":
        return f"{section} › photo caption"
    title = src.entry.removesuffix("（图片说明）")
    entry = words(title) or name(title)
    where = f"{section} › {entry}" + (" (photo caption)" if title != src.entry else "")
    if src.document:  # several chapters in the store: say which one
        return f"{words(src.document) or english.pinyin_name(src.document)} › {where}"
    return where
