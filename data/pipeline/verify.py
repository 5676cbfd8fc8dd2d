"""Verify: a chosen fact must agree with every constraint the question states. One that
contradicts a constraint (another year, edition, batch or place; 申请 where 授权 was asked;
a running total where what is new was asked) answers a different question: the reply is
"not found", with the fact the document does give shown as what it knows instead."""

from __future__ import annotations

import re
from collections.abc import Callable

from data.english.dictionary import english_word
from data.lazyre import lazy_regex, regex, rx
from data.linking import Link, without_links
from data.models import Answer, Fact
from data.normalize import fold
from data.pipeline.constraints import (
    AREAS,
    CHANGES,
    CODE,
    DEGREES,
    KIND_WORDS,
    LISTINGS,
    OWNERS,
    PATENTS,
    PERIODS,
    PLACE_SAID_AS,
    RATE_SAID,
    Constraints,
    kinds_in,
    phases,
)
from data.pipeline.knowledge import Knowledge
from data.question import Question
from data.texts import NOW_ZH

# Families a fact must speak of when a question names one of their kinds (a figure with no
# word of patents is no answer to a question about utility-model patents).
MUST_SAY = (PATENTS, AREAS, CHANGES, OWNERS, DEGREES, LISTINGS)
# Places the park lies in: a scope for a count (江苏省5家), no more than a qualifier of a
# name or a description.
AROUND_THE_PARK = frozenset({"江苏", "江苏省"})
# Boards a company lists on: a count of listings is of one board only when its own clause
# says so (累计上市企业45家 is no count of the 科创板 the next clause names).
BOARDS = frozenset({"科创板", "创业板", "star market", "chinext"})
YEAR_SAID = lazy_regex(r"((?:19|20)\d{2})年")
# Wholes a share is of (占全市的64%): the one its own item names is the one asked.
SHARE_SCOPES = frozenset({"全国", "全省", "全市"})
SHARE_OF = lazy_regex(r"全国|全省|全市|全球")
CLAUSE_BREAK = lazy_regex(r"[，。；,;]")  # where one clause of a sentence ends


def entry_text(kb: Knowledge, fact: Fact) -> str:
    return kb.source_text(fact.source) if fact.source else ""


def years_hold(kb: Knowledge, q: Question, answer: Answer) -> bool:
    """The years asked about stand in the fact's sentence or its entry, and no other year
    governs a figure's sentence."""
    text = (answer.evidence or "") + "".join(
        f.value + f.label + f.detail + (f.entity or "") for f in answer.facts)
    text += kb.source_text(answer.source) if answer.source else ""
    if not all(str(y) in text for y in q.years):
        return False
    return all((not (governing := governing_years(kb, fact)) or governing & set(q.years))
               and not SPAN_OF_YEARS.search(fact.scope or "")
               for fact in answer.facts if fact.kind == "figure")


# A figure its own words put over several years (10年内建设资金总额, 未来5年): no one
# year's amount.
_YEARS = r"(?:(?<!\d)\d{1,2}|[两二三四五六七八九十]+)年"
SPAN_OF_YEARS = lazy_regex(rf"{_YEARS}(?:内|间|来)|未来{_YEARS}|\d{{4}}\s*[-—～~至到]\s*\d{{4}}年")


def governing_years(kb: Knowledge, fact: Fact) -> set[int]:
    """The years a figure's sentence speaks of: those it names, else the last year its
    entry names before it (2020年，该研究院引进… governs the sentences after it); empty
    when nothing says."""
    sentence = (fact.evidence or "").strip("…")
    if not sentence:
        return set()
    own = {int(y) for y in YEAR_SAID.findall(sentence)}
    if own or not fact.source:
        return own
    entry = kb.source_text(fact.source)
    at = entry.find(sentence[:12])
    before = YEAR_SAID.findall(entry[:at]) if at > 0 else []
    return {int(before[-1])} if before else set()


def _share_scope(fact: Fact) -> str:
    """The words before a share in its own item (占全市的 of 占全市的64%), or "" when the
    figure is no share of a whole the sentence names."""
    text = fact.evidence or ""
    at = text.find(fact.value) if fact.kind == "figure" and fact.unit == "%" else -1
    if at < 0:
        return ""
    item = rx(r"[、，。；,;]").split(text[:at])[-1]
    return fold(item) if SHARE_OF.search(item) else ""


def _clause(fact: Fact) -> str:
    return value_clause(fact.evidence or "", fact.value)


def value_clause(text: str, value: str) -> str:
    """The clause of a sentence that holds a value; a clause naming no code of its own
    (建筑面积8.9万平方米) speaks of the one before it (Ⅰ区B1地块竣工投用)."""
    at = text.find(value) if value else -1
    if at < 0:
        return ""
    starts = [i + 1 for i, ch in enumerate(text[:at]) if ch in "，。；;,"]
    ends = [e for p in "，。；;," if (e := text.find(p, at)) >= 0]
    own = text[starts[-1] if starts else 0:min(ends) if ends else len(text)]
    if CODE.search(fold(own)) or not starts:
        return own
    return text[starts[-2] if len(starts) > 1 else 0:starts[-1]] + own


def conflict(kb: Knowledge, c: Constraints, fact: Fact) -> str | None:
    """The first constraint ``fact`` contradicts, in the question's words; None if none."""
    said = (fact.evidence or "") + fact.value + fact.label + fact.detail

    def around() -> str:
        # Its whole entry (a shelf's namesake titles make that many entries): read only
        # for a constraint that may stand anywhere in it.
        return said + entry_text(kb, fact)

    entry = around() if c.ordinals else ""
    titled = said + (fact.source.entry if fact.source else "")
    for ordinal in c.ordinals:
        # (A phase of a park is said where its figure is, not only elsewhere in the entry:
        # the park's 入驻企业650余家 are no count of its 七期.)
        if not ordinal.said_in(titled if ordinal.counter == "期" and fact.kind == "figure"
                               else entry):
            return str(ordinal)
    # A code must stand in the fact's own words, not just its sentence (A1 and B1 share
    # one: 五期A1地块11月开工建设…五期B1地块规划方案设计完成).
    own_words = fold(fact.value + fact.label + fact.detail + _clause(fact))
    asked = [o for o in c.ordinals if o.counter == "期"]
    if asked and fact.kind == "figure" and (said_phases := phases(own_words)) and not any(
            o.number in said_phases for o in asked):
        # A figure whose own words say its phases (一期至四期…31万) answers none other
        # (phases 5 to 7), though its sentence goes on to them. (A range asked is named as
        # asked: 五期至七期.)
        numbers = [o.number for o in asked]
        contiguous = numbers == list(range(numbers[0], numbers[0] + len(numbers)))
        return f"{asked[0]}至{asked[-1]}" if len(asked) > 1 and contiguous else str(asked[0])
    if c.rates and fact.kind == "figure" and not RATE_SAID.search(own_words):
        return c.rates[0]  # a total, asked per something (每平方米补贴多少)
    for kind in (True, False):  # zones (Ⅱ区) and plots (B1, C地块) each hold
        codes = [code for code in c.codes
                 if (code[-1].isdigit() or code.endswith("地块")) == kind]
        if codes and not any(code in own_words for code in codes):
            return codes[0].upper()  # (A1 and A2 asked together: either one)
    if c.places:
        # Where a place must be said: a figure's own clause or its sentence's first (its
        # subject), not a later clause (…累计172人，其中创业类7人，占全市的64%: 172 is no
        # count of the city's); a date in its sentence; a passage or a list anywhere in its
        # entry (the alliance with 上海); and always the entry's title or the fact's owner.
        named_by = (fact.source.entry if fact.source else "") + (fact.entity or "")
        if fact.kind == "figure":
            first = CLAUSE_BREAK.split(fact.evidence or "")[0]
            # (the first clause raw too: folding drops the quotes of 省“双创”)
            where = own_words + _clause(fact) + first + fold(first) + named_by
        else:
            where = said + named_by + (around() if fact.kind in ("passage", "names") else "")
    unsaid: list[str] = []  # (places offered as a choice, not said)
    for place in c.places:
        if place in AROUND_THE_PARK and fact.kind != "figure":
            continue  # the only such company in Jiangsu: the province qualifies, no scope
        scope = _share_scope(fact) if place in SHARE_SCOPES else ""
        if scope:
            # The whole a share is of stands in its own item (占全市的64%、全国的17%: 64% is
            # the city's); with several asked (占全市和全国多少), either.
            if not any(asked in scope for asked in c.places if asked in SHARE_SCOPES):
                return place
            continue
        # (a board only in a figure's own words)
        said_in = own_words if place in BOARDS and fact.kind == "figure" else where
        if not any(word in said_in for word in PLACE_SAID_AS.get(place, (place,))):
            if not c.either:
                return place
            unsaid.append(place)
    if unsaid and len(unsaid) == len(c.places):
        return unsaid[0]  # (none of the places offered)
    if fact.kind == "figure":
        own = fact.scope or said
        for family, asked in c.kinds():
            # Its own words first; when they are silent on the family, its sentence's
            # (获得授权3件 counts the 发明专利 the clause before names). A period, only as
            # said before the figure (截至年底，…650余家): 744家企业进入公示 is the year's,
            # whatever 累计 says of a figure after it.
            evidence = fact.evidence or ""
            if family is PERIODS and (at := evidence.find(fact.value)) >= 0:
                evidence = evidence[:at]
            said_kinds = kinds_in(family, own) or kinds_in(family, evidence)
            if said_kinds and not said_kinds & set(asked):
                return KIND_WORDS[asked[0]]
            if not said_kinds and family in MUST_SAY:
                return KIND_WORDS[asked[0]]  # asked about patents, told about talents
    elif fact.kind == "passage" and c.changes and not any(
            CHANGES[change].search(said) for change in c.changes):
        # (产值同比增长情况: a sentence saying the output, no change of it, does not say)
        return KIND_WORDS[c.changes[0]]
    elif fact.kind == "passage" and c.levels and not any(
            LEVEL_MENTIONED[level].search(around()) for level in c.levels):
        # (是省级还是市级平台: an entry saying no level of any kind does not say which)
        return KIND_WORDS[c.levels[0]]
    return None


# A level as its entry may say it at all (江苏省实验室 is the province's; 国家企业技术中心 the
# nation's): loosely, since a passage answers with the whole sentence.
LEVEL_MENTIONED = {"national": lazy_regex(r"国家|national"), "province": lazy_regex(r"省|provinc"),
                   "city": lazy_regex(r"市级|市重点|municipal|city[- ]level")}


def park_alone(kb: Knowledge, q: Question) -> Link | None:
    """The chapter's subject as the question names it (园区…), when it names nothing else."""
    said = [link for link in q.links if link.name == kb.chapter_subject]
    return said[0] if said and len(said) == len(q.links) else None


# (two runs of words shared with the part's name describe it inside a longer run of words:
# 在上海办的交流会签约 names the exchange meeting; one kind word alone, 实验室, does not)
PART_WORDS = 2


def _runs_shared(content: str, named: str) -> int:
    """How many separate runs of two or more of ``content``'s characters ``named`` holds."""
    runs = 0
    for word in content.split():
        inside = False
        for i in range(len(word) - 1):
            shared = word[i:i + 2] in named
            runs += shared and not inside
            inside = shared
    return runs


# A part asked of a whole the question states (how many of the 14 products…, 这14个产品中有
# 几个…): no figure as large as that whole is the part.
PART_OF_STATED = lazy_regex(r"\bhow many of (?:the |those |these |its |their )?(\d[\d,]*)\b|"
                            r"\bof (?:the |those |these |its |their )?(\d[\d,]*) [^,?]{1,40},\s*"
                            r"how many\b|"
                            r"(\d+)[个家张件项名人][^，,？?。]{0,12}(?:中|里|当中|之中)[，,]?(?:又)?(?:有)?"
                            r"(?:多少|几)")


def part_as_large(q: Question, fact: Fact) -> str | None:
    """The whole the question states (14) when the figure answering the part is as large:
    another count (27 production licences), no part of it."""
    stated = PART_OF_STATED.search(q.folded)
    if stated is None or fact.kind != "figure" or fact.number is None:
        return None
    whole = float(next(g for g in stated.groups() if g).replace(",", ""))
    if fact.number < whole:
        return None
    said = rx(r"\bhow many\b|[，,]?(?:又)?(?:有)?(?:多少|几)$").sub("", stated.group(0))
    return said.strip(" ,，")  # (of the 14 green-channel products; 这14个产品中)


def whole_for_part(kb: Knowledge, q: Question, entity: str | None) -> str | None:
    """Asked about the park as a whole (园区…), a figure of one of its parts (a lab's 3
    patents granted) answers another question: the question's word for the park."""
    park = park_alone(kb, q)
    if not entity or park is None or entity == kb.chapter_subject:
        return None
    named = fold(entity)
    if any(len(word) >= 2 and word in named for word in q.content.split()) or (
            _runs_shared(q.content, named) >= PART_WORDS):
        return None  # the part described in words (SIP's exchange meeting: 交流会)
    sector = next((words for name, words in SECTOR_PARKS.items() if name in entity), None)
    if sector is not None and sector.search(q.folded + " " + q.content) and not (
            TOTAL_ASKED.search(q.folded)):
        # The park's own park of a sector (BioBAY, its biomedicine) reports the sector's
        # figures for it: 园区三类医疗器械注册证 are BioBAY's 105. (Not a total asked: 整个园区.)
        return None
    return q.folded[park.start:park.end] if park.start < len(q.folded) else None


# Companies of a kind asked (园区半导体企业有多少家, how many textile firms): the words
# just before 企业 or 公司 in the clause that asks, after the last word that only joins,
# counts or points (有, 的, 家, 那边), less the words saying they are there (入驻, 现有).
KIND_OF_COMPANY = lazy_regex(r"([\u4e00-\u9fff]{2,12}?)类?(?:企业|公司)")
# (and funds of a kind, 天使母基金, sized by a figure of funds: 区域股权投资基金规模)
KIND_OF_FUND = lazy_regex(r"([\u4e00-\u9fff]{2,12}?)类?母?基金")
KIND_JOINED = lazy_regex(r".*[的有家个在和与及里内中是了哪多少几些边下把问]")
KIND_PRESENT = lazy_regex(rf"入驻|落户|在园|进驻|入园|现有|拥有|集聚|聚集|园内|区内|一共|总共|累计|"
                          rf"{NOW_ZH}")
# (搞新能源的企业: the kind said before 的, after a verb of doing it)
KIND_BEFORE_DE = lazy_regex(r"^(?:搞|做|弄|干|从事)([\u4e00-\u9fff]{2,8}?)的$")
_BREAKS = "，,。；;？?！!"  # (folded text has the ASCII comma and marks: , ; ? !)
CLAUSE = lazy_regex(rf"[^{_BREAKS}]*")
CLAUSE_START = lazy_regex(rf"[{_BREAKS}]")
_EN_KIND = (r"((?:[a-z0-9][a-z0-9&-]* ){1,2}"
            # (two kinds offered: seafood or fish processing firms)
            r"(?:(?:or|and) (?:[a-z][a-z&-]* ){1,2})?)")
# (or the question word after them, as Hindi and Turkish put it: unicorn companies kitni hain,
# read as unicorn companies how many are)
EN_KIND_OF_COMPANY = lazy_regex(rf"\b(?:how many|number of|count of) {_EN_KIND}"
                                r"(?:companies|company|firms?|enterprises?)\b|"
                                rf"(?<![a-z0-9&-]){_EN_KIND}(?:companies|firms|enterprises) "
                                r"(?:are )?(?:there )?how many\b|"
                                # (any automotive electronics companies? how many?)
                                rf"\bany {_EN_KIND}(?:companies|company|firms?|enterprises?)\b")
EN_KINDS_JOINED = frozenset({"or", "and"})
EN_NO_KIND = frozenset({"how", "many", "much", "the", "of", "are", "is", "there", "in", "a",
                        "an", "any", "all", "number", "total", "which", "what", "and", "or",
                        "to", "for", "with", "from", "by", "at", "on", "those", "these",
                        "were", "was", "be", "been", "did", "do", "does", "have", "has",
                        "had", "got", "get"})
EN_KIND_MIN_LETTERS = 4  # (ftz hi-tech enterprises: a short word unknown is a name's letters)


# An average (or a minimum, a monthly figure) asked of a measure (the average salary, a
# typical rent, the minimum wage), or a rate or price
# (the tax rate): one the document has no word for is one it gives no figure of.
# (a lookahead: "average monthly salary" reads both words)
EN_MEASURE_NAMED = lazy_regex(r"(?=\b(?:average|mean|median|typical|minimum|maximum|monthly)\s+"
                              r"(?:the\s+)?([a-z-]+)"
                              r"(?:\s+([a-z-]+))?)|"
                              # (the tax rate, land prices: a rate or price of something unknown)
                              r"\b([a-z-]+) (?=(?:rates?|prices?|fees?)\b)")


def measure_unsaid(q: Question) -> str | None:
    """An English average, rate or price asked of a measure neither the document nor its
    glossary knows (salary, tax): that word."""
    if q.lang != "en" or not q.foreign:
        return None
    for m in EN_MEASURE_NAMED.finditer(q.folded):
        for word in filter(None, m.groups()):
            if word in q.foreign and len(word) >= 3 and word.upper() not in q.raw:
                return word
    return None


# Prices, pay and rates people ask of a place (税率, 工资, 租金): one the document never
# says is one no figure of it answers.
# (and what a company is worth, 市值, its shares' 发行价 and what they raised, 募资, or a
# grant's 资助标准; not a budget, which the document's investment may answer)
PRICE_ASKED = lazy_regex(r"税率|利率|汇率|工资|薪资|薪酬|薪水|月薪|年薪|租金|房租|房价|地价|价格|"
                         r"单价|收费|费用|学费|物业费|市值|估值|股价|发行价|募资|募集资金|"
                         r"注册资本|注册资金|"
                         r"(?:资助|补贴|补助|奖励|扶持)(?:标准|金额|额度)")
# The same asked in English, with the document's word it would be.
EN_PRICE_ASKED = {"market cap": "市值", "market capitalization": "市值",
                  "market capitalisation": "市值", "market value": "市值", "valuation": "估值",
                  "valued at": "估值",
                  "share price": "股价", "stock price": "股价", "registered capital": "注册资本",
                  "salary": "工资", "salaries": "工资", "wages": "工资", "rent": "租金",
                  "rents": "租金", "tax rate": "税率", "price": "价格", "prices": "价格",
                  "issue price": "发行价", "offer price": "发行价", "ipo price": "发行价"}
EN_PRICE = lazy_regex(r"\b(" + "|".join(sorted(EN_PRICE_ASKED, key=len, reverse=True)) + r")\b")


def price_unsaid(q: Question, in_document: Callable[[str], bool]) -> str | None:
    """A price, pay or rate asked (园区企业所得税税率, the market cap of its listed firms)
    that the document never says."""
    if q.lang == "en":
        return next((m.group(1) for m in EN_PRICE.finditer(q.folded)
                     if not in_document(EN_PRICE_ASKED[m.group(1)])), None)
    if q.focus < 0:
        return None
    return next((m.group(0) for m in PRICE_ASKED.finditer(q.folded)
                 if not in_document(m.group(0))), None)


# A kind of centre, institute or park asked in English by a word the document never says
# (a maritime technology innovation centre, a quantum lab): no other one answers.
EN_KIND_OF_THING = lazy_regex(r"\b([a-z]{4,})(?: or ([a-z]{4,}))? (?=(?:(?:technology|tech|"
                              r"innovation|research|science|industrial|engineering|development|"
                              r"energy|power) ){0,3}(?:centers?|centres?|institutes?|labs?|"
                              r"laborator(?:y|ies)|parks?|funds?|platforms?|alliances?|"
                              r"incubators?)\b)")


def en_kind_unsaid(q: Question, in_document: Callable[[str], bool]) -> str | None:
    """The English word for a kind of centre or park asked (maritime) that is no word of the
    document's: that word, or None. (An English word: another language's or a name's,
    gijutsu center, is read otherwise.)"""
    if q.lang != "en" or not (q.latin or q.foreign):
        return None
    for m in EN_KIND_OF_THING.finditer(q.folded):
        words = [w for w in m.groups() if w]
        if all((w in q.latin or w in q.foreign) and _english_unsaid(q, w, in_document)
               for w in words):
            return " or ".join(words)
    return None


def _english_unsaid(q: Question, word: str, in_document: Callable[[str], bool]) -> bool:
    """Whether a word of the question is an English word the document has no word for,
    typed in lower case (a capitalised one, SimCel, may be a name's)."""
    return bool(regex(rf"\b{re.escape(word)}\b").search(q.raw)) and not in_document(
        word) and english_word(word)


# What an English "how many" counts, of the things the document counts (approvals,
# certificates, patents…), with a word before them saying which (COVID-19 vaccine clinical
# approvals). (Companies of a kind are kind_unsaid's.)
EN_COUNTED = lazy_regex(r"\bhow many (?:[a-z0-9][a-z0-9-]* ){0,3}?([a-z]{4,}) (?:[a-z]+ )?"
                        r"(?:approvals|certificates|licen[cs]es|patents|trials|products|drugs|"
                        r"medicines|applications|projects)\b")


def en_counted_unsaid(q: Question, in_document: Callable[[str], bool]) -> str | None:
    """The word saying which things an English "how many" counts (vaccine) when it is an
    English word the document has none for: no count of the others answers it."""
    if q.lang != "en" or not q.foreign:
        return None
    return next((m.group(1) for m in EN_COUNTED.finditer(q.folded)
                 if m.group(1) in q.foreign and _english_unsaid(q, m.group(1), in_document)),
                None)


# What an English "how many" counts, named by its noun, and the document's words for such
# things: a count whose clause says none of them counts something else (10 innovation
# institutions are no hospitals; the park's 2630 companies are no offshore centres).
_CENTRES = ("中心", "机构", "平台", "基地")
_UNIVERSITIES = ("大学", "高校", "院校", "学院")
_INSTITUTES = ("研究院", "研究所", "院所", "机构", "中心")
EN_NOUNS_COUNTED = {"hospitals": ("医院",), "centres": _CENTRES, "centers": _CENTRES,
                    "universities": _UNIVERSITIES, "colleges": _UNIVERSITIES,
                    "laboratories": ("实验室", "实验站"), "labs": ("实验室", "实验站"),
                    "institutes": _INSTITUTES, "institutions": _INSTITUTES + _UNIVERSITIES}
_NOUNS = "|".join(EN_NOUNS_COUNTED)
# (the last of two nouns one after the other: universities institutions counts institutions)
EN_NOUN_COUNTED = lazy_regex(rf"\bhow many (?:[a-z0-9'&-]+ ){{0,4}}?({_NOUNS})\b(?: ({_NOUNS})\b)?")


def en_noun_unsaid(q: Question, fact: Fact) -> str | None:
    """The noun of what an English "how many" counts (hospitals) when the clause of the
    figure says no word of such things."""
    if q.lang != "en" or fact.kind not in ("figure", "count") or "how many" not in q.folded:
        return None
    asked = EN_NOUN_COUNTED.search(q.folded)
    if asked is None:
        return None
    said = fold(_clause(fact) + fact.label)
    noun = asked.group(2) or asked.group(1)
    return None if any(word in said for word in EN_NOUNS_COUNTED[noun]) else noun


# People of a sex asked (女性占比, 女的有几个, how many women): a count or share of people
# whose sentence says no sex counts them all, or another part.
SEX_ASKED = lazy_regex(r"女性|女的|女生|女士|女员工|女博士|女科学家|男性|男的|男生|"
                       r"\b(?:women|woman|female|females|men|male|males)\b")
SEX_SAID = lazy_regex(r"女|男")


def sex_unsaid(q: Question, fact: Fact) -> str | None:
    """The sex asked of people (女的有好多) that the figure's sentence never says."""
    if fact.kind != "figure" or not (asked := SEX_ASKED.search(q.folded)):
        return None
    return None if SEX_SAID.search(fact.evidence or "") else asked.group(0)


# People of a kind counted (10名高端人才中有几位院士, 多少名外籍): the kind after the counter.
PEOPLE_KIND_ASKED = lazy_regex(r"(?:几|多少)(?:位|名)([\u4e00-\u9fff]{2})")
# Words for people in general, which any count of people counts.
PEOPLE_ANY = frozenset({"人才", "人员", "员工", "职工", "专家", "成员", "团队", "学生", "高端"})


def people_unsaid(q: Question, fact: Fact) -> str | None:
    """A kind of people counted (几位院士) by a figure of people whose sentence never says
    that kind (the 122 with a master's degree or more): the kind asked."""
    if fact.kind != "figure" or fact.unit not in ("人", "名", "位"):
        return None
    asked = PEOPLE_KIND_ASKED.search(q.folded)
    if asked is None or asked.group(1) in PEOPLE_ANY:
        return None
    said = fold((fact.evidence or "") + fact.label + fact.detail)
    return None if asked.group(1) in said else asked.group(1)


def _kind_missing(kind: str, subject: str, said: str) -> bool:
    """A kind of company (two characters or more, not the subject's) that a sentence says
    none of the characters of, or less than half of a longer one's (人工智能 beside
    苏州工业园区's 工)."""
    return len(kind) >= 2 and kind not in subject and 2 * sum(ch in said for ch in kind) < (
        len(kind) if len(kind) >= 4 else 1)


def kind_unsaid(q: Question, fact: Fact, subject: str,
                in_document: Callable[[str], bool] = lambda _: True) -> str | None:
    """Companies of a kind asked (半导体企业, textile firms), counted by a figure whose
    sentence says little of that kind (the park's 2630 科技型中小企业), or funds of a kind
    (天使母基金) sized by a figure of funds: the kind, in the question's words. A kind
    whose characters the sentence mostly says (入库企业 of 入省、市…培育库企业) is that
    one. In English, only a kind the document has no word for: a translated one need not
    be the document's word for it; a capitalised one (Congolese) is read as a name's,
    unknown as long as the document does not say it."""
    if fact.kind not in ("figure", "count"):  # (a count: the companies a sentence lists)
        return None
    if fact.unit == "家":
        kind_of = KIND_OF_COMPANY
    elif "基金" in fact.label and q.lang != "en":
        kind_of = KIND_OF_FUND
    else:
        return None
    said = fold((fact.evidence or "") + fact.label + fact.detail)
    if q.lang == "en":
        # (the content's word for a kind of company: the word before 企业, or its compound's)
        tokens = q.content.split()
        kinds = [t[:-2] if len(t) > 2 else (tokens[i - 1] if i else "")
                 for i, t in enumerate(tokens) if t.endswith(("企业", "公司"))]
        for m in EN_KIND_OF_COMPANY.finditer(q.folded):
            words = (m.group(1) or m.group(2) or m.group(3)).split()
            while words and words[0] in EN_NO_KIND:
                words.pop(0)
            # (as typed; and a word before a noun that says its kind is singular: a part
            # reordered, in how many batches technology companies, asks of batches)
            # (the noun may be another language's, read as English: kompanii)
            typed = regex(rf"\b{re.escape(' '.join(words))} [^\W\d_]+")
            alternatives = " ".join(words).split(" or " if "or" in words else " and ")
            if (not words or not typed.search(q.raw.lower())
                    or EN_NO_KIND & (set(words) - EN_KINDS_JOINED)
                    or any(not a or EN_KINDS_JOINED & set(a.split()) for a in alternatives)):
                continue
            # (each kind offered one the document has no word for)
            # (agro-food: a word of parts, its first unknown)
            if all(any((p in q.foreign or (p in q.latin and not in_document(p)))
                       and len(p) >= EN_KIND_MIN_LETTERS and not p.endswith("s")
                       and p.upper() not in q.raw for p in (w.split("-")[0] for w in a.split()))
                   for a in alternatives):
                return " ".join(words)  # (textile firms, wind power companies)
            if len(alternatives) > 1:
                continue
            # (semiconductor companies: the document's word for the kind typed, none of
            # whose characters the sentence says, or less than half of a longer one's:
            # 人工智能 of 苏州工业园区's 工)
            if any(_kind_missing(k, subject, said) for k in kinds):
                return " ".join(words)
        # (人工智能companies: the kind typed in Chinese before the English noun)
        return next((k for k in kinds if k in q.folded and _kind_missing(k, subject, said)
                     and regex(rf"{re.escape(k)}\s*(?:compan|firms?\b|enterprises?\b)").search(
                         q.folded)), None)
    if q.focus < 0:
        return None
    at = max((m.end() for m in CLAUSE_START.finditer(q.folded, 0, q.focus)), default=0)
    clause = CLAUSE.match(without_links(q.folded, q.links), at).group(0)
    for m in kind_of.finditer(clause):
        said_before = KIND_BEFORE_DE.search(m.group(1))
        kind = KIND_PRESENT.sub("", said_before.group(1) if said_before
                                else KIND_JOINED.sub("", m.group(1)))
        if (len(kind) >= 2 and kind not in subject
                and 2 * sum(ch in said for ch in kind) < len(kind)):
            # (a fund's kind named with its noun: 天使母基金, not 天使)
            return kind + m.group(0)[len(m.group(1)):] if kind_of is KIND_OF_FUND else kind
    return None


# A park of the park's own for one sector, and the words of that sector's figures.
SECTOR_PARKS = {"生物医药产业园": lazy_regex(
    r"医疗器械|器械|新药|药品|药物|临床|医药|\b(?:medical devices?|drugs?|clinical|"
    r"pharma\w*|biomedic\w*)\b")}
# The park asked as a whole or a total (整个园区, 全区, 总量, the whole park, in total).
TOTAL_ASKED = lazy_regex(r"整个|全区|全园|总量|总共|一共|合计|累计总|"
                         # (of whole Suzhou: the whole a share is of, not the park's)
                         r"\b(?:whole|entire|total|in all)\b(?! (?:of )?(?:the )?(?:suzhou|city|"
                         r"province|jiangsu|country|nation|china)\b)")


# A question asking of a group by examples of it (BioBAY这些载体, carriers like Nano City).
GROUP_ASKED = lazy_regex(r"等|这些|那些|之类|比如|例如|像|"
                         r"\b(?:like|such as|e\.g\.|including|these|those)\b|"
                         # (all them carriers, A, B and that: the group, its items after it)
                         r"\band (?:that|so on|the like|the rest|others)\b|"
                         r"\ball them\b")


def member_of_group(q: Question, named: list[Link], clause: str, value: str) -> str | None:
    """The name asked that a figure's own (folded) clause lists, closed by 等, before the
    figure (建成A、B、C等载体空间800万余平方米: the figure is of them all), unless the question
    asks of the group (these, like …) or names the others too."""
    if "等" not in clause or "、" not in clause or GROUP_ASKED.search(q.folded):
        return None
    for link in named:
        for name in {fold(link.name), q.folded[link.start:link.end]} - {""}:
            if _listed_before(clause, name, value) and not any(other is not link and (
                    fold(other.name) in clause or q.folded[other.start:other.end] in clause)
                    for other in named):
                return link.name
    return None


def group_listed(q: Question, named: list[Link], sentence: str) -> bool:
    """Whether the question asks of a group by several of its items (国际科技园、纳米城这些
    载体; carriers like Nano City and BioBAY) and the (folded) sentence lists two of them
    or more, closed by 等: a figure of them all."""
    if len(named) < 2 or "等" not in sentence or not GROUP_ASKED.search(q.folded):
        return False
    listed = 0
    for link in named:
        names = {fold(link.name), q.folded[link.start:link.end]} - {""}
        if any(piece in sentence for name in names
               for piece in (name + "、", "、" + name, name + "等")):
            listed += 1
    return listed >= 2


def _listed_before(clause: str, name: str, value: str) -> bool:
    """Whether ``name`` is an item of a list (、) that 等 closes before ``value``, all in
    one stretch of the clause without a comma or a digit (the figure's own digits aside).
    (String scanning, not a pattern of the name: names differ question to question.)"""
    for piece in ("、" + name, name + "、"):
        at = clause.find(piece)
        while at >= 0:
            end = at + len(piece)
            stop = end
            while stop < len(clause) and not (clause[stop] in "，,。；"
                                               or clause[stop].isdecimal()):
                stop += 1
            closed = clause.find("等", end, stop)
            if closed >= 0:
                figure = clause.find(value, closed + 1)
                if 0 <= figure <= stop:
                    return True
            at = clause.find(piece, at + 1)
    return False


def group_for_member(kb: Knowledge, q: Question, fact: Fact) -> str | None:
    """A figure of a group the question's entity is one item of (投资近100亿元，建成A、B、
    C等载体): no figure of that item. The item's name, when so; None otherwise."""
    if fact.kind != "figure" or not fact.evidence:
        return None
    owner = kb.name_to_id.get(fact.entity or "")
    clause = fold(_clause(fact))
    evidence = fold(fact.evidence)
    named = kb.specific(q.links)
    if group_listed(q, named, evidence):
        return None  # (纳米城、生物医药园这些载体: the group asked, a figure of them all)
    for link in named:
        if owner in link.entity_ids:
            continue
        for name in {link.name, q.folded[link.start:link.end]} - {""}:
            listed = any(piece in evidence for piece in (name + "、", name + "等", "、" + name))
            if listed and name not in clause:
                return link.name
    member = member_of_group(q, named, clause, fold(fact.value))
    if member is not None:
        return member
    # An item asked in words (风险资金池规模多大; venture risk capital pool → 风险资金): one
    # of those the sentence lists before the figure of them all.
    # (A list closed by 等 before the figure, naming no counts of its own; one item of it
    # asked, not the list: 通过全职、双聘和合作 is how, no group.)
    figure_at = evidence.find(fold(fact.value))
    own = next((fold(c) for c in CLAUSE_BREAK.split(fact.evidence) if fact.value in c), "")
    asked = " ".join([q.folded, *q.content.split()])
    items = [m.group(1) or m.group(2) for m in LIST_ITEM.finditer(evidence)
             if 0 <= m.end() <= figure_at]
    said = [(item, at) for item in items
            if (at := next((i for i in range(len(item) - 3) if item[i:i + 4] in asked),
                           None)) is not None and item not in own]
    closed = "等" in evidence[:figure_at]  # (A、B、C等: the figure is of them all)
    if closed and len(items) > 1 and len(said) == 1:
        item, at = said[0]
        return item[at:]  # (from the words asked: 风险资金池, not 设立风险资金池)
    return None


# The items of a list in a sentence (设立风险资金池、引导基金、产业基金等): each before 、 or 等,
# none with a count of its own (姑苏重大创新团队3支、顶尖人才团队2支 is no list of names).
LIST_ITEM = lazy_regex(r"([\u4e00-\u9fff]{4,12}?)(?=、|等[^级])|"
                       r"(?<=、)([\u4e00-\u9fff]{4,12})(?=[、等，,。；]|$)")

