"""Extract entities, figures and events from parsed entries.

A small regex grammar, tested on the real document: figures keep the verbatim text
(``2500亿余元``) with value, unit and qualifier; dates become events with a precision;
names are found by their type word (有限公司, 实验室, 产业园, …) and bounded by punctuation
and function words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from data.lazyre import lazy_regex, rx
from data.texts import CJK, FUND_TRADE, YEAR

# -- figures --------------------------------------------------------------------------

UNITS = (
    "平方公里", "平方米", "公顷", "亩", "元", "家", "人", "名", "件", "张", "个", "支", "项",
    "类", "批", "场", "所", "年", "倍", "%", "台", "套", "篇", "位", "座", "种", "条", "次",
)
CN_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
             "九": 9, "十": 10}
_UNIT_RE = "|".join(re.escape(u) for u in UNITS)
FIGURE_RE = lazy_regex(
    # Not inside a Latin code or a longer number: PM2.5年均浓度 has no figure "2.5年".
    r"(?<![A-Za-z0-9.])(?P<pre>近|约|超过|逾|达)?"
    r"(?P<num>\d+(?:\.\d+)?)(?:(?P<dash>[—\-～~至到])(?P<num2>\d+(?:\.\d+)?))?"
    r"(?P<mult>[万亿千])?(?P<q1>余|多)?"
    rf"(?P<unit>{_UNIT_RE})(?P<q2>以上|左右|以下|多)?"
)
# Chinese numerals only for small counts; 一批/一类/三类 are idioms and categories.
CN_FIGURE_RE = lazy_regex(
    r"(?<![第一二两三四五六七八九十])(?P<num>[二两三四五六七八九十])(?P<unit>项|个|家|支|名)")
# A figure "measures" the words before it in its clause; these only qualify it.
_LABEL_TRIM = lazy_regex(
    r"^(?:其中|另有|此外|共计|共|合计|同时|全年|年内|截至\d{4}年底|截至年底|分别为|分别是|"
    r"包括|以及|并|且|还|和|及|与)+")
_CLAUSE_SPLIT = lazy_regex(r"[，。；：、（）,;:()]")
_MODIFIER_ONLY = lazy_regex(r"^(?:累计|新增|增加|增长|较上年增长|占全市的|占全国的|全国的|占比|"
                            r"占|其中|达|约|近|共|总计|合计|列全市第.)?$")


@dataclass(frozen=True, slots=True)
class FigureMatch:
    start: int
    end: int
    text: str
    value: float
    value_max: float | None
    unit: str
    qualifier: str
    label: str
    context: str


def _fnum(text: str) -> float:
    return float(text)


def find_figures(sentence: str) -> list[FigureMatch]:
    """Every quantity in a sentence, with a label saying what it measures."""
    found: list[FigureMatch] = []
    taken: list[tuple[int, int]] = []
    for m in FIGURE_RE.finditer(sentence):
        start, end = m.span()
        before = sentence[:start]
        if before.endswith("第") or (m["pre"] is None and before.endswith("第")):
            continue
        after = sentence[end:end + 1]
        unit = m["unit"]
        value = _fnum(m["num"])
        if unit == "年" and (value >= 100 or after in "月底度"):
            continue  # a calendar year, which is an event's business
        if unit == "次" and not before.endswith(("共", "累计", "达", "约", "近")):
            continue  # ordinal-like counts (第N次) are noise unless clearly a total
        # value is the number as written, in its unit (107 万平方米, 2500 亿元).
        value_max = _fnum(m["num2"]) if m["num2"] else None
        qualifier = (m["pre"] or "") + (m["q1"] or "") + (m["q2"] or "")
        found.append(FigureMatch(start, end, m.group(0), value, value_max,
                                 (m["mult"] or "") + unit, qualifier, "", ""))
        taken.append((start, end))
    for m in CN_FIGURE_RE.finditer(sentence):
        start, end = m.span()
        if any(a <= start < b for a, b in taken):
            continue
        found.append(FigureMatch(start, end, m.group(0), float(CN_DIGITS[m["num"]]), None,
                                 m["unit"], "", "", ""))
    found.sort(key=lambda f: f.start)
    labelled: list[FigureMatch] = []
    previous_label = ""
    for i, figure in enumerate(found):
        context = _context_before(sentence, figure.start)
        label = _LABEL_TRIM.sub("", context)
        after = _context_after(sentence, figure.end)
        earlier = found[i - 1] if i else None
        if earlier and label.startswith(("内", "以内")) and sentence[
                earlier.end:figure.start].startswith(label):
            label = earlier.text + label  # 10年内建设资金总额, not 内建设资金总额
        elif rx(r"\w{1,4}中").fullmatch(label) and after:
            label = f"{after}的{label[:-1]}"  # 33家企业中26家获得认定: 获得认定的企业
        elif label.endswith("的") and len(label) > 2:
            # …工作的33家企业 / 占地区生产总值的4.5%: what follows finishes the words.
            label = label + after.removesuffix("中") if after else label[:-1]
        if not label:
            label = after or previous_label
        elif _MODIFIER_ONLY.match(label) and previous_label:
            # 新增…13人，累计172人: the total is not "new"; keep what it counts.
            base = rx(r"^(?:新增入选|新增|新引进)").sub("", previous_label) or previous_label
            label = f"{base}（{label}）"
        elif len(label) <= 2 and after and not after[0].isdigit():
            label = label + after
        if len(label) > 3 and label.endswith("的"):
            label = label[:-1]  # 医疗器械企业的10家: the words name it without 的
        previous_label = label.split("（")[0] if label else previous_label
        labelled.append(FigureMatch(figure.start, figure.end, figure.text, figure.value,
                                    figure.value_max, figure.unit, figure.qualifier,
                                    label[-30:], context))
    return labelled


def _context_before(sentence: str, start: int) -> str:
    head = sentence[:start]
    pieces = _CLAUSE_SPLIT.split(head)
    context = pieces[-1] if pieces else ""
    # Strip an earlier figure in the same clause ("硕士学历63人占比49%": label 占比).
    context = re.split(r"\d+(?:\.\d+)?[万亿]?[余多]?(?:" + _UNIT_RE + ")", context)[-1]
    return context.strip()


def _context_after(sentence: str, end: int) -> str:
    tail = _CLAUSE_SPLIT.split(sentence[end:])[0]
    # Up to the next figure: 分4批认定科技企业59家 → 4批 counts 认定科技企业.
    return rx(r"\d").split(tail)[0][:20].strip()


# -- dates and events -----------------------------------------------------------------

FULL_DATE_RE = lazy_regex(rf"(?P<y>{YEAR})年(?P<m>1[0-2]|0?[1-9])月(?:(?P<d>[0-3]?\d)日)?")
_YEAR_RE = lazy_regex(rf"({YEAR})年")
MONTH_DATE_RE = lazy_regex(
    r"(?<![\d年第])(?P<m>1[0-2]|0?[1-9])月(?:(?P<d>[0-3]?\d)日)?(?!份?[以之]?[内前后底])")
_EVENT_VERBS = ("揭牌成立", "签约成立", "挂牌上市", "揭牌", "成立", "签署", "举办", "发布",
                "印发", "启用", "启动", "落户", "开工", "举行", "获批", "上市")


@dataclass(frozen=True, slots=True)
class DateMatch:
    start: int
    end: int
    text: str
    year: int
    month: int
    day: int | None


def find_dates(sentence: str, default_year: int | None) -> list[DateMatch]:
    """Full dates (2020年6月30日, 2019年10月) and, given a year, bare months (11月)."""
    out: list[DateMatch] = []
    spans: list[tuple[int, int]] = []
    for m in FULL_DATE_RE.finditer(sentence):
        day = int(m["d"]) if m["d"] else None
        out.append(DateMatch(m.start(), m.end(), m.group(0), int(m["y"]), int(m["m"]), day))
        spans.append(m.span())
    if default_year is not None:
        for m in MONTH_DATE_RE.finditer(sentence):
            if any(a <= m.start() < b for a, b in spans):
                continue
            day = int(m["d"]) if m["d"] else None
            # The nearest year named before it in the sentence ("2020年，二期于5月开工").
            years = _YEAR_RE.findall(sentence, 0, m.start())
            year = int(years[-1]) if years else default_year
            out.append(DateMatch(m.start(), m.end(), m.group(0), year, int(m["m"]), day))
    out.sort(key=lambda d: d.start)
    return out


def event_title(sentence: str, date: DateMatch, entry_title: str | None,
                opens_entry: bool = False) -> str:
    """A short title: the clause the date belongs to, without the date itself.

    A yearbook entry titled with an event (``…揭牌``, ``…印发``) opens with that event's
    date, so a date at the very start of such an entry takes the entry's title.
    """
    if opens_entry and date.start == 0 and entry_title and entry_title.endswith(
            _EVENT_VERBS):
        return entry_title
    head = sentence[: date.start]
    tail = sentence[date.end:]
    clause_start = max(head.rfind(c) for c in "，。；：") + 1
    before = head[clause_start:]
    before = rx(r"(?:于|在|自|从)$").sub("", before)
    tail = tail.lstrip("，,、 ")
    clauses = rx(r"[，。；]").split(tail)
    after = clauses[0] if clauses else ""
    if after.startswith("在") and after.endswith(("上", "中")) and len(clauses) > 1:
        after = clauses[1]
    title = (before + after).strip("，。；、 ")
    if entry_title and entry_title.endswith(_EVENT_VERBS) and not before and (
            _shares_name(title, entry_title)):
        title = entry_title
    return title[:60] or (entry_title or "")


def _shares_name(title: str, entry_title: str) -> bool:
    grams = {entry_title[i:i + 3] for i in range(len(entry_title) - 2)}
    return any(title[i:i + 3] in grams for i in range(len(title) - 2))


# -- entities --------------------------------------------------------------------------

TYPE_SUFFIXES: tuple[tuple[str, str], ...] = (
    ("company", "股份有限公司|有限责任公司|有限公司|（有限合伙）"),
    ("lab", "实验室|实验站"),
    ("institute", "研究院|研究所|研究局|纳米所|药物所|研究中心"),
    ("university", "大学|学院"),
    ("park", "产业园|科技园|纳米城|创新区|自贸片区|高新区|孵化器|基地|会议中心"),
    ("platform", "创新中心|合作中心|服务中心|保护中心|技术中心|中心|平台|联盟"),
    ("programme", "行动计划|计划|工程"),
    ("event", "交流会|峰会|大会"),
    ("exchange", "港交所|上交所|深交所|科创板"),
    ("organisation", "管理局"),  # (a regulator: 国家药品监督管理局)
)
_SUFFIX_RE = lazy_regex("|".join(f"(?P<{t}>{p})" for t, p in TYPE_SUFFIXES))
TYPE_WORD_RE = lazy_regex("|".join(p for _, p in TYPE_SUFFIXES))
# The kind a name ends in, a bracketed qualifier after it aside (…研究院（苏州）: institute).
_KIND_ENDING = lazy_regex(f"(?:{_SUFFIX_RE.pattern})" + r"(?:[(（][^()（）]*[)）])?$")


def kind_of_ending(name: str) -> str | None:
    """The kind of thing ``name`` ends in (大学: university), if it ends in a kind word."""
    m = _KIND_ENDING.search(name)
    return m.lastgroup if m else None


_DOC_RE = lazy_regex(r"《([^《》]{2,60})》")
_NAME_CHAR = lazy_regex(rf"[{CJK}A-Za-z0-9（）—·]")
# Words that end a name when scanning backwards from its type word.
STOP_WORDS = tuple(sorted((
    "与", "和", "及", "跟", "在", "由", "将", "是", "为", "对", "向", "从", "于", "的", "了", "获",
    "成为", "通过", "设立", "建设", "建成", "推进", "深化", "牵头", "使", "其中", "包括",
    "分别是", "拥有", "入选", "完成", "支持", "推动", "打造", "召开", "发布", "出台", "制定",
    "参与", "争创", "对接", "服务", "加快", "落户", "注册", "签署", "举办", "实施", "聚集",
    "集聚", "公布", "依托", "联合", "携手", "首股", "以", "即", "并", "而", "至", "会上",
    "被", "把", "让", "给", "年", "月", "日", "该", "均", "也", "还", "已", "正式",
    "全面", "这", "此外", "申报", "评选", "引进", "培育", "认定", "新增", "累计", "共建",
    "作为", "如", "省内", "唯一", "首个", "一批", "二期", "三期", "五期", "揭牌", "启用",
    "对标", "签约", "成立", "凭借", "符合", "布局", "增设", "内", "等",
), key=len, reverse=True))
# Stop words that are also parts of names: 高等研究院, 区内 is not 内芯.
_NOT_STOPS = ("高等", "内芯")
GENERIC = frozenset({
    "实验室", "中心", "公司", "产业园", "园区", "平台", "联盟", "研究院", "学院", "大学",
    "有限公司", "股份有限公司", "科技园", "基地", "计划", "工程", "技术中心", "创新中心",
    "服务中心", "合作中心", "会议中心", "孵化器", "数据中心", "超级计算中心", "集聚中心",
    "交流中心", "该实验室", "该研究院", "该学院", "该平台", "该联盟", "该中心", "产业中枢",
    "研究中心", "研究所", "医院", "学校", "实验站", "大会", "峰会", "交流会", "分中心",
    "分中心技术中心",
})
PLACE_PREFIXES = ("苏州工业园区", "中国（江苏）", "中国（苏州）", "江苏省", "苏州市", "苏州",
                  "江苏", "中国")
LEGAL_SUFFIX_RE = lazy_regex(r"(?:（[^（）]{2,6}）)?(?:股份有限公司|有限责任公司|有限公司)$")
BUSINESS_WORDS_RE = lazy_regex(r"(?:科技|技术|生物|电子)$")
# A fund manager's trade words after its brand (元禾辰坤股权投资基金管理中心（有限合伙）,
# 元禾原点创业投资管理): the brand is what people say.
FUND_MANAGER_RE = lazy_regex(rf"{FUND_TRADE}(?:中心)?(?:（有限合伙）)?$")
_EVENT_SUFFIX_RE = lazy_regex("(?:" + "|".join(_EVENT_VERBS) + ")$")


@dataclass(frozen=True, slots=True)
class EntityMatch:
    start: int
    end: int
    name: str
    type: str


# Stop words by length, each with its place in STOP_WORDS (the first that fits wins).
_STOP_RANK: dict[int, dict[str, int]] = {}
for _rank, _w in enumerate(STOP_WORDS):
    _STOP_RANK.setdefault(len(_w), {}).setdefault(_w, _rank)
_COUNTED = lazy_regex(r"\d[家个项人批]")
COUNTED_KIND = lazy_regex(r"[两二三四五六七八九十]大$")


def _stop_ending(text: str, i: int) -> str | None:
    """The first of STOP_WORDS that ends at ``i``, as ``text.startswith(w, i - len(w))``
    finds it: near the start that offset is negative and counts from the end (kept as the
    names were always cut), so a word of each length is looked up where it would stand."""
    best: tuple[int, str] | None = None
    for size, ranks in _STOP_RANK.items():
        at = i - size if size <= i else max(0, len(text) + i - size)
        rank = ranks.get(text[at:at + size])
        if rank is not None and (best is None or rank < best[0]):
            best = (rank, STOP_WORDS[rank])
    return best[1] if best else None


APPOSED_KIND = lazy_regex(r"(?:母基金|基金|公司|企业|机构)(?=苏州|园区)")


def _scan_back(text: str, end: int) -> int:
    """Start of the name whose type word begins at ``end``."""
    i = end
    while i > 0:
        ch = text[i - 1]
        if not _NAME_CHAR.match(ch):
            break
        if ch == "（" and "）" not in text[i:end + 8]:
            break
        stop = _stop_ending(text, i)
        if stop and not any(text.startswith(n, i - len(n)) or text.startswith(n, i - 1)
                            for n in _NOT_STOPS if stop in n):
            break
        if i >= 2 and _COUNTED.match(text, i - 2, i):
            break  # "江苏省5家企业技术中心" names no one
        i -= 1
    # A name does not start with a closing bracket or a digit-unit fragment.
    while i < end and text[i] in "）":
        i += 1
    return i


OPENING = 2  # how far into a text a name may start and still open it


def opening_name(text: str) -> EntityMatch | None:
    """The name a text opens with (苏州旭创科技有限公司产品应用于…), if it opens with one."""
    return min((m for m in find_entities(text) if m.start <= OPENING), key=lambda m: m.start,
               default=None)


def find_entities(sentence: str) -> list[EntityMatch]:
    """Names in a sentence, found by their type word and bounded by stop words."""
    out: list[EntityMatch] = []
    for m in _DOC_RE.finditer(sentence):
        out.append(EntityMatch(m.start(), m.end(), m.group(0), "document"))
    for m in _SUFFIX_RE.finditer(sentence):
        type_ = m.lastgroup or "organisation"
        end = m.end()
        # Extend over a trailing bracketed place ("…研究院（苏州）") and chained names.
        tail = rx(r"（[^（）]{2,8}）").match(sentence[end:])
        if tail and type_ != "company":
            end += tail.end()
        start = m.start() if type_ == "exchange" else _scan_back(sentence, m.start())
        # A kind said before the name (中国第一支…专业母基金园区元禾辰坤…中心): the name is
        # from its place word on.
        apposed = APPOSED_KIND.search(sentence, start, m.start())
        if apposed:
            start = apposed.end()
        name = sentence[start:end]
        if (len(name) < 3 and type_ != "exchange") or name in GENERIC or name.startswith("该"):
            continue
        if COUNTED_KIND.search(sentence, start, m.start()):
            continue  # (信息互通、项目服务、人才交流三大平台: three of a kind, no name)
        if any(d.start <= start < d.end for d in out if d.type == "document"):
            continue
        out.append(EntityMatch(start, end, name, type_))
    # Keep the longest of overlapping names ending at the same place.
    out.sort(key=lambda e: (e.start, -(e.end - e.start)))
    kept: list[EntityMatch] = []
    for e in out:
        if any(k.start <= e.start and e.end <= k.end and k is not e for k in kept):
            continue
        kept = [k for k in kept if not (e.start <= k.start and k.end <= e.end)]
        kept.append(e)
    return kept


# A company named by its brand and trade alone, as the subject of a clause of a list of
# them (其中，六莲科技于2020年…注册…；路胜生物获评…): no legal suffix marks it, the
# clause's start and its verb do.
BRAND_SUBJECT_RE = lazy_regex(
    rf"(?:^|(?<=[，；。：]))(?P<name>(?P<brand>[{CJK}]{{2}})(?:科技|生物|电子))"
    r"(?=于|获|荣获|成为|入选|通过|完成|登陆|注册)")


def brand_subjects(sentence: str) -> list[EntityMatch]:
    """Companies named by brand and trade as a clause's subject (六莲科技于…)."""
    return [EntityMatch(m.start("name"), m.end("name"), m.group("name"), "company")
            for m in BRAND_SUBJECT_RE.finditer(sentence)
            if m.group("brand") not in STOP_WORDS and m.group("brand") not in PLACE_PREFIXES
            and not any(m.group("brand").startswith(w) for w in ("其", "园区", "全", "该"))]


# A company's brand, then 国际 or 中国 before its trade (天臣国际医疗).
BRAND_INTERNATIONAL = lazy_regex(r"^([\u4e00-\u9fff]{2})(?:国际|中国)(?=[\u4e00-\u9fff]{2})")


def short_forms(name: str, type_: str) -> list[str]:
    """Aliases users naturally type: without legal suffix, place prefix, business word."""
    forms: list[str] = []
    base = name
    if type_ == "company":
        base = LEGAL_SUFFIX_RE.sub("", name)
        forms.append(base)
    stripped = base
    for prefix in PLACE_PREFIXES:
        if stripped.startswith(prefix) and len(stripped) - len(prefix) >= 3:
            stripped = stripped[len(prefix):]
            break
    forms.append(stripped)
    if type_ == "company":
        trimmed = BUSINESS_WORDS_RE.sub("", stripped)
        if len(trimmed) >= 3:
            forms.append(trimmed)
        # (天臣国际医疗: its brand and trade, as said, 天臣医疗)
        forms.append(BRAND_INTERNATIONAL.sub(r"\1", trimmed))
    if type_ in ("company", "platform"):
        brand = FUND_MANAGER_RE.sub("", stripped)
        if brand != stripped:  # (the park's own fund manager: its brand after 园区)
            brand = brand.removeprefix("园区") if len(brand) >= 6 else brand
            forms.append(brand)
    if type_ == "document":
        forms.append(name.strip("《》"))
    out = []
    for form in forms:
        form = form.lstrip("—-·")
        if form != name and len(form) >= 3 and form not in GENERIC and form not in out:
            out.append(form)
    return out


def entry_subject(title: str) -> tuple[str, str] | None:
    """The entity an entry is about, from its title (``成都斯派克学院成立`` → 成都斯派克学院)."""
    name = _EVENT_SUFFIX_RE.sub("", title)
    doc = _DOC_RE.fullmatch(name)
    if doc:
        return name, "document"
    match = None
    for m in _SUFFIX_RE.finditer(name):
        match = m
    if match is None:
        return None
    end = match.end()
    tail = rx(r"（[^（）]{2,8}）").match(name[end:])
    if tail:
        end += tail.end()
    if end < len(name) - 1 or _scan_back(name, match.start()) > 0:
        # The type word is not at the end, or a verb splits the title ("园区2家企业技术中心
        # 获批国家企业技术中心"): a title like that names no one.
        if not name.endswith(("协议", "交流会")):
            return None
        end = len(name)
    return name[:end], match.lastgroup or "organisation"
