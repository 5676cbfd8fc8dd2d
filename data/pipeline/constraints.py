"""The constraints a question states, read once, checked by ``verify``: a fact that
contradicts one of them answers a different question.

- ordinals: 第十四届, 第27批, 第一批 (an edition, a batch, a meeting);
- places: a scope the question names that is no part of a linked name (吴中区, 全国, 苏州市);
- status: what happened to the thing counted (申请 vs 授权, 申报 vs 认定);
- level: 国家级, 省级, 市级 (a count of one level is none of another);
- dates: a year, a month, a day (去年 is the document's own year).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from data.lazyre import lazy_regex, rx
from data.linking import Link
from data.normalize import fold, is_cjk
from data.question import ASKS
from data.texts import NOW_ZH, YEAR

# The yearbook reports on this year: 去年 to a reader of it is this year, 前年 the one before.
DOCUMENT_YEAR = 2020
_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
              "七": 7, "八": 8, "九": 9}
ORDINAL = lazy_regex(r"第([0-9]+|[一二两三四五六七八九十百零〇]+)(届|批|次|期|例|个|家|位|名)|"
                     # (十三届领军: an edition said without 第, by a number of ten or more)
                     r"(?<![第\d一二两三四五六七八九十百])([1-9]\d|[一二三四五六七八九]?十[一二三四五六七八九]?)"
                     r"(届)")
# 第一次 before a verb (第一次签): the first time it was done, no first of numbered sessions.
FIRST_TIME = lazy_regex(r"第一次(?!会议|大会|全体|常委|理事|联席|工作会)[\u4e00-\u9fff]")

# The n-th one of a kind counted (第二例, 第一家): one counter as good as another, and the
# first is also said 首 (首个, 首股).
COUNTED_ONE = frozenset("例个家位名")
FIRST = lazy_regex(r"首[个家例位股批届次]")
# A phase of a park (五期, 七期): said without 第; 一期至四期 says phases one to four.
PHASE = lazy_regex(r"(?<![第\d一二三四五六七八九十哪])([0-9]+|[一二三四五六七八九十]+)期")
PHASE_RANGE = lazy_regex(r"([0-9]+|[一二三四五六七八九十]+)期?(?:至|到|—|-|～)"
                         r"([0-9]+|[一二三四五六七八九十]+)期")
# English: the 14th (edition), the first batch, phase 7 / phase VII.
# (3rd-gen, 3rd generation: a word of a name, 第三代, no edition asked)
# (the 7th phase is a phase, read below, not an edition of anything)
EN_ORDINAL = lazy_regex(r"\b(\d+)(?:st|nd|rd|th)\b(?![\s-]*(?:gen|phase))"
                        r"(?:\s+(batch|edition|session|round)\b)?|"
                        r"\b(first|second|third|fourth|fifth|sixth|"
                        r"seventh|eighth|ninth|tenth)\s+(batch|edition|session|round)\b")
# A class of a thing (三类医疗器械, 一类新药; class III): another class is another thing.
CATEGORY = lazy_regex(  # (那一类, 这一类: that kind, no class one)
    r"(?<![\d一二三四五六七八九十那这哪每同])([1-9]|[一二三四五六七八九十])类(?=[\u4e00-\u9fff])")
EN_CLASS = lazy_regex(r"\bclass\s+(\d+|[ivx]+)\b")
EN_PHASE = lazy_regex(r"\bphase\s+(\d+|[ivx]+)\b|\b(\d+)(?:st|nd|rd|th)\s+phase\b|"
                      r"\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
                      r"\s+phase\b")
# Phases 1 to 4, phase I-IV: every phase between (一期至四期).
EN_PHASE_RANGE = lazy_regex(r"\bphases?\s+(\d+|[ivx]+)\s*(?:to|-|–|through|thru)\s*"
                            r"(?:phase\s+)?(\d+|[ivx]+)\b")
EN_WORDS = {w: i for i, w in enumerate((
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth"), 1)}
EN_COUNTERS = {"batch": "批", "edition": "届", "session": "届", "round": "批"}
ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9,
         "x": 10}
DATE = lazy_regex(rf"({YEAR})年(?:(\d{{1,2}})月(?:(\d{{1,2}})[日号])?)?")
MONTH_DAY = lazy_regex(r"(?<![0-9年])(\d{1,2})月(?:(\d{1,2})[日号])?")
# (明年, next year: after the one its reader lives in, on which it reports nothing)
RELATIVE_YEAR = {"去年": DOCUMENT_YEAR, "前年": DOCUMENT_YEAR - 1, "明年": DOCUMENT_YEAR + 2,
                 "last year": DOCUMENT_YEAR, "the year before last": DOCUMENT_YEAR - 1,
                 "next year": DOCUMENT_YEAR + 2}
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december")
_MONTH = r"(?P<m>jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
# 30 June 2020, June 30, 2020, December 2020, June 30.
ENGLISH_DATE = lazy_regex(
    rf"(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+)?\b{_MONTH}\s*(?P<d2>\d{{1,2}}(?!\d))?"
    r"(?:st|nd|rd|th)?,?\s*(?P<y>(?:19|20)\d{2})?")
# Scopes a figure is counted over. Naming one the fact's sentence does not name asks about
# another population (吴中区 has its own high-tech enterprises).
PLACES = lazy_regex(
    r"全国|全省|全市|江苏省|江苏|苏州市|苏州高新区|高新区|吴中区|相城区|姑苏区|吴江区|虎丘区|"
    r"昆山|常熟|张家港|太仓|南京|无锡|常州|上海|北京|杭州|深圳|广州|成都|香港|新加坡|"
    r"海外|国外|境外|境内|"
    # Exchanges are places a company lists in.
    r"深交所|北交所|纳斯达克|纽交所|港股|美股|nasdaq|nyse|new york stock exchange|"
    r"科创板|创业板|star market|chinext|"
    r"shenzhen stock exchange|suzhou city|city of suzhou|hong kong|"
    # Other provinces and cities of China: a question about one is not about the Park.
    r"重庆|天津|武汉|西安|长沙|郑州|合肥|济南|青岛|厦门|福州|宁波|温州|徐州|南通|扬州|"
    r"镇江|泰州|盐城|淮安|连云港|宿迁|沈阳|大连|哈尔滨|长春|石家庄|太原|南昌|昆明|贵阳|南宁|"
    r"海口|兰州|银川|西宁|乌鲁木齐|拉萨|呼和浩特|台湾|澳门|浙江|安徽|四川|福建|辽宁|黑龙江|"
    # (not 湖北, 河南…: 金鸡湖北京 holds one)
    r"陕西|云南|贵州|甘肃|青海|宁夏|新疆|西藏|内蒙古")
# A scope that only ranks the thing (是不是全国首个, 听说是全市第一): where it ranks, not the
# population its figure counts.
RANK_SCOPES = ("全国", "全市", "全省")
RANK_AFTER_SCOPE = lazy_regex(r"的?(?:首[个家]|第[一二三四五六七八九十\d]|最|唯一|领先|前列)")
# A plot or zone named by letter and number (五期B1地块, Ⅱ区): one is not another.
# (m2, m3: square and cubic metres, no plot)
CODE = lazy_regex(r"(?<![a-z0-9])(?:(?!m[23](?![a-z0-9]))[a-z]\d{1,2}(?![a-z0-9])|"
                  r"(?:iv|v?i{1,3}|v)(?=区)|"
                  r"(?<=zone )(?:iv|v?i{1,3}|v)(?![a-z0-9])|[a-z]区|(?<=zone )([a-z])(?![a-z0-9])|"
                  r"(?<![a-z0-9])[a-z]地块|"
                  # (plot C, the C plot: the document's C地块)
                  r"(?<=plot )([a-z])(?![a-z0-9])|"
                  r"(?<![a-z0-9'])(?<!phase )(?!a )([a-z])(?= plot\b))")
# (Zone I: Ⅰ区; a lettered zone, 三期A区 or Zone A, is said with its 区: A alone is no code)
# Words a place may be said in: 全市 is 苏州市 in this chapter's voice, 省“双创” the
# province's programme.
JIANGSU = ("江苏", "全省", "省内", "省“", "省\"", "省级", "省实验室", "省重点")
PLACE_SAID_AS = {"全市": ("全市", "苏州市"), "苏州市": ("苏州市", "全市"),
                 "suzhou city": ("苏州市", "全市"), "city of suzhou": ("苏州市", "全市"),
                 "全省": ("全省", "江苏省"), "江苏省": JIANGSU, "江苏": JIANGSU,
                 "高新区": ("高新区",), "国外": ("国外", "海外", "境外"),
                 "海外": ("海外", "国外", "境外"), "境外": ("境外", "境内外", "海外"),
                 "境内": ("境内", "境内外"), "香港": ("香港", "港交所"),
                 "上海": ("上海", "上交所"), "深圳": ("深圳", "深交所"),
                 "港股": ("港股", "港交所", "香港"), "hong kong": ("香港", "港交所"),
                 "star market": ("科创板",),
                 "chinext": ("创业板",)}
# What happened to the thing counted: a figure of one stage answers no question about
# another (427 patent applications are not 427 grants; 33 that applied are not 26 approved).
STAGES: dict[str, re.Pattern[str]] = {
    "granted": lazy_regex(r"授权|granted|(?<=patent )grants\b"),
    "applied": lazy_regex(r"申请|申报|appl(?:y|ied|ication)|\bfil(?:e|ed|es|ing|ings)\b"),
    # (认定 alone is the recognition; 申报…认定工作 is applying for it)
    # (认定公示: the list published before recognition, no recognition yet)
    "approved": lazy_regex(r"获得认定|(?<![申报请])认定(?!工作|申请|公示)|通过|过会|获批|获评|入选|"
                           r"approved|recogni[sz]ed"),
    # What is held in force (万人有效发明专利拥有量174件): a stock, no year's grants.
    "held": lazy_regex(r"拥有量|有效(?:发明)?专利|\bin force\b|\bvalid patents?\b"),
    # (上市申请获受理: taken up for review, not yet passed)
    "accepted": lazy_regex(r"受理|\baccepted\b"),
    # On the list published before recognition (744家企业进入公示): neither applied nor held.
    "announced": lazy_regex(r"公示|\bpublic (?:announcement|notice|list)|\bpublici[sz]ed\b"),
}


def said_otherwise(term: str, text: str) -> bool:
    """Whether a text says the deed a word of the question is, in another of its words
    (获评: its 入选)."""
    stage = next((name for name, pattern in STAGES.items() if pattern.fullmatch(term)), None)
    return stage is not None and is_cjk(term[0]) and bool(STAGES[stage].search(text))


# Kinds of patent and of area: a figure of one kind answers no question about another.
PATENTS: dict[str, re.Pattern[str]] = {
    "invention": lazy_regex(r"发明专利|invention"),
    "utility": lazy_regex(r"实用新型|utility model"),
    "design": lazy_regex(r"外观设计|design patent"),
    "pct": lazy_regex(r"pct", re.IGNORECASE),
    # Patents of any kind: asked only when no kind is named; a fact saying no word of
    # patents answers no question about them.
    "any": lazy_regex(r"专利|patent"),
}
AREAS: dict[str, re.Pattern[str]] = {
    "floor": lazy_regex(r"建筑面积|建面|载体面积|载体空间|建成载体|floor (?:area|space)|"
                        r"building area"),
    # (the land it covers, not the verb: how much funding did it land)
    # (acres, hectares, 亩: measures of land, never of floor space)
    "land": lazy_regex(r"占地|用地|land area|site area|\bacres?\b|\bhectares?\b|\bfarmland\b|"
                       r"多少亩|几亩|公顷|"
                       r"\b(?:how much|the|total|of|its|on|what|which) land\b|"
                       r"\bland (?:area|size|use|parcel|plot|covered|occupied)\b"),
}
# The level of a thing counted (国家级, 省级, 市级): talents or institutes of one level are
# no count of another; 市级以上 counts from the city level up, not the national alone.
LEVELS: dict[str, re.Pattern[str]] = {
    "national": lazy_regex(r"国家级|national[- ]level"),
    # (省“双创”计划: the province's programme)
    "province": lazy_regex(r"省级|省双创|provincial[- ]level"),
    "city": lazy_regex(r"市级|municipal[- ]level|city[- ]level"),
}
# A place the asker's own (my Hong Kong colleague, 我的上海客户), or where the asker comes
# from (阿拉宁波来的, 俺是天水人): no place asked of.
ASKERS_OWN = lazy_regex(r"(?:\bmy|\bour|我的?|我们的?|俺的?|阿拉|(?:我|俺|额|阿拉)是)\s*$")
ASKERS_ORIGIN = lazy_regex(r"(?:那边|那儿|那里|这边)?(?:人|过)?来的|人[，,。!！]")
# New in the year vs. the running total.
# What only a running total says (一共 with a year asked is that year's all).
# (until end 2020, up to the end of the year: 截至年底, as the document says it)
EN_UNTIL_END = r"\b(?:until|till|til|up to|up till) (?:the )?end\b"
RUNNING_TOTAL = lazy_regex(rf"累计|至今|截至|{NOW_ZH}|so far|cumulative|\bnow\b|currently|"
                           rf"to date|accumulat|{EN_UNTIL_END}")
# In 2020 alone (that year's, against a running total): the year's new ones.
YEAR_ALONE = (r"(?:\b20\d\d|\byear) alone\b|\balone in 20\d\d\b|"
              # (光2020年一年, 仅2020年: that year's alone, no running total)
              rf"(?:光|仅|单|只){YEAR}年")
PERIODS: dict[str, re.Pattern[str]] = {
    # (a new drug is no new addition: "new" counts only where it asks what was added)
    # (全年集聚: what the year held, a stock; 10年内: a span of years, not the year's)
    # (新批准上市, 新认定: new before a verb of approving; not 新药, a noun)
    "new": lazy_regex(r"新增|新引进|新来的?|新进的|全年(?!集聚|拥有|共有|汇聚)|"
                      r"(?<![创更革重清最])新(?=批准|获批|认定|入选|上市|落户|注册)|"
                      r"(?<![\d十两二三四五六七八九])年内|"
                      r"当年|\bhow many new\b|newly|\badd(?:ed|s)?\b(?! up\b)|"
                      rf"{YEAR_ALONE}"),
    "total": lazy_regex(rf"累计|总计|总额|总量|至今|截至|{NOW_ZH}|一共|总共|so far|in total|"
                        r"cumulative|\bnow\b|currently|to date|accumulat|altogether|"
                        rf"\btotal number\b|{EN_UNTIL_END}"),
}

# A change asked (比上年增长多少, how much did it grow): only a figure saying a change
# answers it (增长37%, 增加459家), never the level itself (产值800亿余元).
GROWTH_ASKED = lazy_regex(r"增长|增幅|增速|同比|[比较](?:上一?|前一|去)年|涨了|增加了?(?:多少|几)|"
                          r"\bgrowth\b|"
                          r"\bgr[eo]w(?:n|s|ing)?\b|\bincreas(?:e|ed|es)\b|\bros[ei]n?\b")
# Whose the things counted are (外资企业, foreign-invested firms): a count of all is none of
# the foreign ones.
OWNERS: dict[str, re.Pattern[str]] = {
    "foreign": lazy_regex(r"外资|外商|外企|外籍|外国(?:企业|公司|人|专家|员工)|留学生|"
                          r"\bforeign[- ](?:invested|owned|funded|capital|enterprises?|"
                          r"compan(?:y|ies)|firms?|workers?|employees|staff|nationals|talents?|"
                          r"experts?|students?|researchers?|scientists?|engineers?|scholars?|"
                          r"hires|recruits|professionals?)\b|\binternational students?\b|"
                          r"\boverseas[- ](?:funded|invested)\b"),
}
# The degree of the people counted (博士人才, PhD holders): a count of all talents is none
# of the doctors.
# Listed companies counted (上市企业, listed firms): a count of all the companies is none of
# the listed ones.
LISTINGS: dict[str, re.Pattern[str]] = {
    "listed": lazy_regex(r"上市|挂牌|\blisted\b|\blistings?\b|\bipos?\b|"
                         r"\b(?:go|goes|going|gone|went) public\b"),
}
DEGREES: dict[str, re.Pattern[str]] = {
    "doctor": lazy_regex(r"博士(?!后)|\bph\.?d\.?s?\b|\bdoctor(?:al|ate)?s?\b"),
    # (a master's degree or above is another count than the master's alone)
    "master": lazy_regex(r"硕士(?!及?以上|或博士)|研究生|"
                         r"\bmaster'?s?\b(?! plans?\b)(?!(?: degrees?)? or (?:higher|above|"
                         r"ph\.?d|doctor))"),
    "master_up": lazy_regex(r"硕士及?以上|硕士或博士|\bmaster'?s?(?: degrees?)? or (?:higher|"
                            r"above|ph\.?d|doctor\w*)\b"),
    "bachelor": lazy_regex(r"本科|学士|\bbachelor'?s?\b|\bundergraduates?\b"),
    # (postdocs are no doctors counted: 博士后 asked, 博士学历59人 is another count)
    "postdoc": lazy_regex(r"博士后|\bpost-?docs?\b|\bpostdoctoral\b"),
}
CHANGES: dict[str, re.Pattern[str]] = {
    "growth": lazy_regex(r"增长|增加|增幅|增速|同比|比上年|较上年|上升|提高|新增|growth|increase"),
}


# A figure asked per something other than a stretch of time (每平方米, 人均, per capita):
# a total is no answer to it. (每年, per year: a year's figure is one.)
RATE_ASKED = lazy_regex(
    r"每(?:平方米|平米|平方|亩|人|名|家|个|位|项|户|间|套)|人均|亩均|单位面积|"
    # (一个能拿多少: what each one gets)
    r"一(?:个|家|名|位|项)(?:项目|人|企业|公司)?能(?:拿|得|领|获得?)|"
    r"\bper\s+(?:square\s+met(?:re|er)|sq\.?\s*m|m2|sqm|capita|person|head|employee|"
    r"worker|resident|company|firm|enterprise|project|team|household|mu)\b")
# (first: most questions need no RATE_ASKED)
RATE_WORD = lazy_regex(r"每|均|单位面积|能(?:拿|得|领|获)|\bper\b")
# What says a figure is one per something (万人有效发明专利拥有量, 元/平方米).
RATE_SAID = lazy_regex(r"每|人均|平均|亩均|万人|/|单位面积")
CN_NUMBERS = {v: k for k, v in _CN_DIGITS.items() if k not in "零〇两"} | {10: "十"}


def cn_int(text: str) -> int | None:
    """27 or 二十七 → 27 (ordinals up to the hundreds)."""
    if text.isdigit():
        return int(text)
    total, current = 0, 0
    for ch in text:
        if ch in _CN_DIGITS:
            current = _CN_DIGITS[ch]
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        elif ch == "百":
            total += (current or 1) * 100
            current = 0
        else:
            return None
    return total + current


def _ordinal(m: re.Match[str]) -> tuple[int | None, str]:
    """An ORDINAL match's number and counter, said with 第 or without."""
    return cn_int(m.group(1) or m.group(3)), m.group(2) or m.group(4)


@dataclass(frozen=True, slots=True)
class Ordinal:
    number: int
    counter: str  # 届, 批, 次, 期, 类; 例, 个, 家 (the n-th one counted); * (English)

    def said_in(self, text: str) -> bool:
        if self.counter == "期":
            return self.number in phases(text)
        if self.counter == "类":
            return any(cn_int(m.group(1)) == self.number for m in CATEGORY.finditer(text))
        if self.counter in COUNTED_ONE and self.number == 1 and FIRST.search(text):
            return True
        return any(number == self.number
                   and (counter == self.counter or self.counter == "*"
                        or {counter, self.counter} <= COUNTED_ONE)
                   for number, counter in map(_ordinal, ORDINAL.finditer(text)))

    def __str__(self) -> str:
        if self.counter in ("期", "类"):
            return f"{CN_NUMBERS.get(self.number, str(self.number))}{self.counter}"
        return f"第{self.number}{'' if self.counter == '*' else self.counter}"


def phases(text: str) -> set[int]:
    """The phases a text speaks of: 五期, 一期至四期 (one to four)."""
    said = {n for m in PHASE.finditer(text) if (n := cn_int(m.group(1))) is not None}
    for m in PHASE_RANGE.finditer(text):
        low, high = cn_int(m.group(1)), cn_int(m.group(2))
        if low is not None and high is not None and low <= high:
            said |= set(range(low, high + 1))
    return said


@dataclass(frozen=True, slots=True)
class When:
    year: int | None
    month: int | None = None
    day: int | None = None


@dataclass(frozen=True, slots=True)
class Constraints:
    ordinals: tuple[Ordinal, ...] = ()
    places: tuple[str, ...] = ()
    stages: tuple[str, ...] = ()
    periods: tuple[str, ...] = ()
    patents: tuple[str, ...] = ()
    areas: tuple[str, ...] = ()
    dates: tuple[When, ...] = ()
    relative_year: int | None = None
    codes: tuple[str, ...] = ()  # plot and block codes (B1地块): the very one asked
    levels: tuple[str, ...] = ()
    changes: tuple[str, ...] = ()
    rates: tuple[str, ...] = ()  # a figure per something (每平方米, per capita)
    owners: tuple[str, ...] = ()
    degrees: tuple[str, ...] = ()
    listings: tuple[str, ...] = ()
    # The places offered as a choice (在香港还是上海上市, HK or Shanghai): one said is enough.
    either: bool = False

    def any_stated(self) -> bool:
        return bool(self.ordinals or self.places or self.codes or self.kinds())

    def kinds(self) -> list[tuple[dict[str, re.Pattern[str]], tuple[str, ...]]]:
        """(family, the kinds asked) for every family the question states a kind of."""
        asked = ((STAGES, self.stages), (PERIODS, self.periods), (PATENTS, self.patents),
                 (AREAS, self.areas), (LEVELS, self.levels), (CHANGES, self.changes),
                 (OWNERS, self.owners), (DEGREES, self.degrees), (LISTINGS, self.listings))
        return [(family, kinds) for family, kinds in asked if kinds]


# Links made by guessing (every character of a known name; a near spelling), not by a name
# the document or the alias table gives.
GUESSED_LINKS = ("abbrev", "fuzzy")


def _outside(links: Sequence[Link], start: int, end: int) -> bool:
    return not any(link.start < end and start < link.end for link in links)


# A stage said only to be set aside (no just applied, not the applications, applications
# ja nakute).
STAGE_DENIED = lazy_regex(r"\b(?:no|not)\s+(?:just\s+|only\s+)?(?:the\s+)?(?:applied|applications?|"
                          r"filed|filings?)\b|\b(?:applications?|filings?)\s+(?:(?:ja|ga)\s+)?nakute\b")
# What a count is taken from, before the question (Of the 299 PCT filings, …; 在这299件PCT申请
# 中，…).
STAGE_PREMISE = lazy_regex(r"\b(?:out )?of (?:the |those |these |its |their |all )?\d[\d,.]*\s+"
                           r"[a-z][^,?]{0,50}?(?=\s+(?:were|was|are|is|have|has|had|got|get|did)\b"
                           r"|[,?]|$)|"
                           r"^(?:在|从)?(?:这|那)?[^，,？?。]{2,30}(?:中|里|当中|之中)[，,]\s*"
                           r"(?=(?:有|又有)?(?:多少|几))")


def read_constraints(folded: str, links: Sequence[Link]) -> Constraints:
    """The constraints stated in a folded question, outside the names it links."""
    # Ordinals count inside linked names too: a name linked fuzzily (第十二届…工程 to the
    # document's 第十四届…工程) must not carry another edition's figures with it.
    ordinals = tuple(dict.fromkeys(
        [*(Ordinal(n, counter) for m in ORDINAL.finditer(folded)
           for n, counter in (_ordinal(m),)
           if n is not None and not FIRST_TIME.match(folded, m.start())),
         *(Ordinal(n, "期") for n in sorted(phases(folded))),
         *(Ordinal(n, "类") for m in CATEGORY.finditer(folded)
           if (n := cn_int(m.group(1))) is not None),
         *_english_ordinals(folded)]))
    # A place inside a linked name counts too when that name does not say it: an
    # abbreviation (苏州高新区 read as 苏州…高新技术企业…) is no reason to drop the place.
    places = tuple(dict.fromkeys(
        m.group(0) for m in PLACES.finditer(folded)
        if not (m.group(0) in RANK_SCOPES and RANK_AFTER_SCOPE.match(folded, m.end()))
        and not ASKERS_OWN.search(folded, 0, m.start())
        and not ASKERS_ORIGIN.match(folded, m.end())
        and (_outside(links, m.start(), m.end()) or not any(
            # (a name that is the place itself, 科创板, is said as the place)
            fold(link.name) not in (m.group(0), *PLACE_SAID_AS.get(m.group(0), ())) and
            (m.group(0) in fold(link.name) or link.how not in GUESSED_LINKS) for link in links
            if link.start < m.end() and m.start() < link.end))))
    # (Of the 299 PCT filings, how many were granted: the stage the premise names is what
    # is counted from, not what is asked)
    # (…granted, not just applied; 申请じゃなくて: the stage set aside is none asked)
    stages = _kinds(STAGES, STAGE_DENIED.sub(_blank, STAGE_PREMISE.sub(_blank, folded, count=1)),
                    links)
    periods = _kinds(PERIODS, folded, links)
    if "total" in periods and re.search(rf"{YEAR}年|今年|本年|当年|全年|去年|前年|"
                                        r"\b(?:this|last|that) year\b|"
                                        rf"\b(?:in|during|for) {YEAR}\b", folded) and (
            not RUNNING_TOTAL.search(folded)):
        # 2020年一共录用多少人, 今年一共, the total number in 2020: all of that year, not a
        # running total.
        periods = tuple(p for p in periods if p != "total")
    patents = _kinds(PATENTS, folded, links)
    if len(patents) > 1:
        patents = tuple(kind for kind in patents if kind != "any")
    areas = _kinds(AREAS, folded, links)
    dates = [When(int(m.group(1)), int(m.group(2)) if m.group(2) else None,
                  int(m.group(3)) if m.group(3) else None) for m in DATE.finditer(folded)]
    if not dates:
        dates = [When(None, int(m.group(1)), int(m.group(2)) if m.group(2) else None)
                 for m in MONTH_DAY.finditer(folded) if 1 <= int(m.group(1)) <= 12]
    if not dates:
        dates = [_english_date(m) for m in ENGLISH_DATE.finditer(folded)
                 if m.group("d1") or m.group("d2") or m.group("y")]
    relative = next((year for word, year in RELATIVE_YEAR.items() if word in folded), None)
    codes = tuple(dict.fromkeys(m.group(0) + "区" * bool(m.group(1))
                                + "地块" * bool(m.group(2) or m.group(3))
                                for m in CODE.finditer(folded)
                                if _outside(links, m.start(), m.end())))
    changes = ("growth",) if any(_outside(links, m.start(), m.end())
                                 for m in GROWTH_ASKED.finditer(folded)) else ()
    rates = tuple(dict.fromkeys(m.group(0) for m in RATE_ASKED.finditer(folded)
                                if _outside(links, m.start(), m.end()))) if RATE_WORD.search(
        folded) else ()
    return Constraints(ordinals, places, stages, periods, patents, areas, tuple(dates),
                       relative, codes, _kinds(LEVELS, folded, links), changes, rates,
                       _kinds(OWNERS, folded, links),
                       _kinds(DEGREES, TITLE.sub(_blank, _asking_sentences(folded)), links)
                       if any(word in folded for word in DEGREE_WORDS) else (),
                       _kinds(LISTINGS, folded, links))


# A person addressed or signing by a degree as a title (沈博士：…): no degree asked.
TITLE = lazy_regex(r"[\u4e00-\u9fff]{1,2}(?:博士|硕士)(?=[：:，,]|这边|在此)")


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group(0))


# Words of the degrees (a cheap test before DEGREES' patterns, which most questions skip).
DEGREE_WORDS = ("博士", "硕士", "研究生", "本科", "学士", "ph", "doctor", "master", "bachelor",
                "undergraduate", "postdoc")


def _asking_sentences(folded: str) -> str:
    """``folded`` with the sentences that ask nothing blanked (说起…招了好多博士。请问…一共
    录用了多少人: the doctors are the talk, not the count asked), positions kept."""
    if "。" not in folded.rstrip("。") and "!" not in folded and "！" not in folded:
        return folded
    sentences = rx(r"(?<=[。！!])").split(folded)
    kept = ["" if ASKS.search(t) else " " * len(t) for t in sentences]
    if all(kept):
        return folded
    return "".join(blank or t for t, blank in zip(sentences, kept, strict=True))


def _english_ordinals(folded: str) -> list[Ordinal]:
    out = []
    for m in EN_ORDINAL.finditer(folded):
        if m.group(1):
            # (the 27th batch: 第27批; the 14th alone, or a round, 批 or 届: any)
            counter = EN_COUNTERS.get(m.group(2) or "", "*") if m.group(2) != "round" else "*"
            out.append(Ordinal(int(m.group(1)), counter))
        else:
            out.append(Ordinal(EN_WORDS[m.group(3)], EN_COUNTERS[m.group(4)]))
    for m in EN_PHASE.finditer(folded):
        said = m.group(1) or m.group(2)
        number = _en_number(said) if said else EN_WORDS[m.group(3)]
        if number:
            out.append(Ordinal(number, "期"))
    for low, high in english_phase_ranges(folded):
        out.extend(Ordinal(n, "期") for n in range(low, high + 1))
    for m in EN_CLASS.finditer(folded):
        number = int(m.group(1)) if m.group(1).isdigit() else ROMAN.get(m.group(1))
        if number:
            out.append(Ordinal(number, "类"))
    return [o for o in out if not (o.counter == "*" and 1900 < o.number < 2100)]


def _en_number(said: str) -> int | None:
    return int(said) if said.isdigit() else ROMAN.get(said)


def english_phase_ranges(folded: str) -> list[tuple[int, int]]:
    """The phases from one to another an English question asks (phases 1 to 4: (1, 4))."""
    out = []
    for m in EN_PHASE_RANGE.finditer(folded):
        low, high = _en_number(m.group(1)), _en_number(m.group(2))
        if low and high and low < high <= 20:
            out.append((low, high))
    return out


def _english_date(m: re.Match[str]) -> When:
    month = next(i for i, name in enumerate(MONTHS, 1) if name.startswith(m.group("m")[:3]))
    day = m.group("d1") or m.group("d2")
    return When(int(m.group("y")) if m.group("y") else None, month, int(day) if day else None)


def _kinds(patterns: dict[str, re.Pattern[str]], folded: str, links: Sequence[Link]
           ) -> tuple[str, ...]:
    return tuple(kind for kind, pattern in patterns.items()
                 if any(_outside(links, m.start(), m.end()) for m in pattern.finditer(folded)))


# How a kind is said back to a reader ("文档没有“授权”的数据").
KIND_WORDS = {"granted": "授权", "applied": "申请", "approved": "获得认定", "held": "拥有量",
              "accepted": "受理", "announced": "公示", "foreign": "外资",
              "new": "新增",
              "total": "累计", "invention": "发明专利", "utility": "实用新型",
              "design": "外观设计", "pct": "PCT", "any": "专利", "floor": "建筑面积",
              "land": "占地面积", "national": "国家级", "province": "省级", "city": "市级",
              "growth": "增长", "doctor": "博士", "master": "硕士", "master_up": "硕士及以上",
              "bachelor": "本科", "postdoc": "博士后", "listed": "上市"}


def kinds_in(patterns: dict[str, re.Pattern[str]], text: str) -> set[str]:
    """The stages (or periods) a fact's own words speak of."""
    return {kind for kind, pattern in patterns.items() if pattern.search(text)}
