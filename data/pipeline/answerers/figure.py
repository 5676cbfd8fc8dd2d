"""Figure: the quantity that answers "how many / how much", chosen among the figures of
the best sentences by what each figure's own words say it measures."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from data.lazyre import lazy_regex, regex, rx
from data.linking import Link
from data.models import Answer, Fact, Figure
from data.normalize import fold, is_cjk
from data.pipeline import weights as W
from data.pipeline.answerers.parts import SUM
from data.pipeline.constraints import (
    AREAS,
    CHANGES,
    DEGREES,
    GROWTH_ASKED,
    KIND_WORDS,
    PERIODS,
    STAGES,
    YEAR_ALONE,
    kinds_in,
    phases,
)
from data.pipeline.knowledge import Knowledge, trim
from data.pipeline.retrieve import Evidence, Row
from data.pipeline.verify import (
    CLAUSE_BREAK,
    conflict,
    group_listed,
    member_of_group,
    value_clause,
    whole_for_part,
)
from data.question import FUNCTION_CHARS, Question

FIGURE_TEXT = lazy_regex(r"\d+(?:\.\d+)?[万亿]?[余多]?[%家人名件张个支项类批场所年倍元]")
# A part of a whole asked for: 其中…, "how many of the listed companies are…".
ASKED_PART = lazy_regex(r"其中|包括|\bhow many of\b|\bof (?:them|which|these|those)\b|"
                        r"^(?:of|among) (?:the|its|their|these|those|all)\b")
TIME_FRAME = lazy_regex(r"\s*(?:截至|截止|到)\S{0,8}(?:年底|年末|底|末)\s*$")
PART_START = lazy_regex(r"\s*(?:其中|包括)")
PART_WORD = lazy_regex(r"其中|包括")
PHASE_SAID = lazy_regex(r"(?:\d+|[一二三四五六七八九十]+)期")
PLOT_SAID = lazy_regex(r"(?<![a-z])[a-z][0-9]?(?:地块|区)")  # (folded: b1地块)
# A plot or zone asked at all, however typed (B 1 地块, C dikuai, plot C).
PLOT_ASKED = lazy_regex(r"地块|区|\b(?:plots?|zones?|dikuai|blocks?|lots?)\b")
HOW_MANY = lazy_regex(r"多少|几|\bhow (?:many|much)\b")
# What is built asked, or what is planned (规划, planned, to be built).
BUILT_ASKED = lazy_regex(r"建成|建好|盖好|\bbuilt\b")
PLANNED_ASKED = lazy_regex(r"规划|计划|\bplan(?:ned|s)?\b|\bto be built\b|\bwill\b")
# The whole asked in words: 总建筑面积, 一共, the total floor area.
# (一共/总共 几家 only asks how many.)
ASKED_WHOLE = lazy_regex(r"(?<!一)总(?![部理裁经书共计])|整个|\b(?:total|overall|whole|entire)\b")
# Some of a group counted (上市的公司里面…几家, 这些企业中多少): a part is asked.
OF_A_GROUP = lazy_regex(r"(?:企业|公司|人才|项目|专利|机构|团队)(?:里面|里头|当中|之中|中|里)[，,]?"
                        r"([^，,。？?]{0,12}?)(?:有|是|占)?(?:几|多少)|"
                        # (how many of SIP's listed companies are tech companies)
                        r"\bhow many (?:of|among) (?:the |its |their )?(?:[a-z'-]+ ){0,3}?"
                        r"(?:companies|firms|enterprises|talents|projects|patents)\b|"
                        # (of SIP's listed companies, how many are tech companies)
                        r"^(?:of|among) (?:[a-z0-9*'-]+ ){0,4}?(?:companies|firms|enterprises|"
                        r"talents|projects|patents)\b[^?]*\bhow many\b")
# A part asked among a group by its category (创新类的 → 创新).
PART_CATEGORY = lazy_regex(r"([\u4e00-\u9fff]{2})类")
ASKED_NEW = lazy_regex(rf"新增|新引进|新来的?|新进的|全年|年内|今年|当年|\bnew\b|{YEAR_ALONE}")
# A figure's own words depend on the figure alone, and the same figures are scored for
# question after question (the store's are kept per sentence: ``Knowledge.figures``).
FIGURE_WORDS_CACHE = 8192


@lru_cache(maxsize=FIGURE_WORDS_CACHE)
def own_clause(figure: Figure) -> str:
    """The (folded) clause of its sentence a figure stands in, up to and with it."""
    raw = figure.sentence
    start = max(raw.rfind(p, 0, figure.start) for p in "，。；,;") + 1
    return fold(raw[start:figure.start + len(figure.text)])


# The noun a count asks for, right after its counter (几个方面, 多少个品种).
COUNTED_AFTER_COUNTER = lazy_regex(r"(?:几|多少)个([\u4e00-\u9fff]{2})")


@lru_cache(maxsize=FIGURE_WORDS_CACHE)
def local_words(figure: Figure, whole: bool = True) -> str:
    """The words that say what a figure measures: its clause before it (the whole
    sentence before it for a part: 其中创业类7人, unless not ``whole``), its label, and the
    few words after it up to the next punctuation or figure (29张临床批件, 5家企业技术中心)."""
    raw = figure.sentence
    head = raw[:figure.start]
    if whole and PART_START.match(figure.context):
        # (the whole's words, before the first part, and its own: not its siblings',
        # 包括高端人才10人 is none of the 博士学历59人 listed before it)
        sentence = rx(r"[。；;]").split(head)[-1]
        first = PART_WORD.search(sentence)
        before = (sentence[:first.start()] if first else "") + rx(r"[，,：:（(）)]").split(
            sentence)[-1]
    else:
        before = rx(r"[，。；：,;:]").split(head)[-1]
        # After an earlier figure of the same clause, its own words end at 、 or 中:
        # 江苏省5家企业技术中心、2家分中心 → 2家 is 分中心; 33家企业中26家 → 26家.
        earlier = list(FIGURE_TEXT.finditer(before))
        if earlier:
            rest = before[earlier[-1].end():]
            cut = rx(r"[、中]").search(rest)
            before = rest[cut.end():] if cut else ""
    tail = raw[figure.start + len(figure.text):]
    after = rx(r"[,，;；。(（、\d]").split(tail)[0][:8]
    # (年内，该实验室录用人员129人: the time its sentence opens with is every figure's)
    lead = TIME_LEAD.match(raw)
    if lead and lead.end() <= figure.start and lead.group(1) not in before:
        before = lead.group(1) + before
    words = fold(before + figure.label + after)
    # (科技创新型企业 is asked as 科技创新企业: the 型 of a kind of company is left unsaid)
    return f"{words} {words.replace('型企业', '企业')}" if "型企业" in words else words


# An item of a list that a verb closes (江苏省5家企业技术中心、2家分中心入选): the verb is
# every item's.
ITEM_OF_A_LIST = lazy_regex(r"[^,，;；。(（、]*、")
CLOSING_VERB = lazy_regex(r"(?:入选|获批|获评|认定|通过|上市|挂牌|揭牌|落户|启用|成立|签约|开工|"
                          r"竣工)$")
# A sentence opening with the time it speaks of (年内，…; 全年，…).
TIME_LEAD = lazy_regex(r"\s*(年内|全年|当年|年度内)[，,]")


@lru_cache(maxsize=FIGURE_WORDS_CACHE)
def is_part(figure: Figure) -> bool:
    """A figure of a part: its clause begins 其中/包括, as do the items listed after one
    (包括国家级…人才22人、省“双创”计划人才49人) and every figure of a sentence opening
    其中 (其中，一期至四期…31万平方米，五期…47万平方米: the whole is the sentence before)."""
    clause = CLAUSE_BREAK.split(figure.sentence[:figure.start])[-1]
    return bool(PART_START.match(figure.context) or PART_START.match(clause)
                or PART_START.match(figure.sentence))


def _part_named(q: Question, figure: Figure) -> bool:
    """A part (其中创业类7人) the question names by its label: a short one (a category:
    …创业类人才有几个) or one asked among others (…里创业类有几人)."""
    label = fold(figure.label)
    at = q.folded.find(label) if len(label) >= 2 else -1
    return at >= 0 and is_part(figure) and (
        len(label) <= SHORT_PART or bool(AMONG.search(q.folded, 0, at)))


SHORT_PART = 4  # characters of a part's name that say a category (创业类, 高端人才)
AMONG = lazy_regex(r"(?:里|里面|当中|之中|中|其中)(?:的)?$")


def said_kinds(family: dict[str, re.Pattern[str]], figure: Figure, local: str = ""
               ) -> set[str]:
    """The kinds of a family a figure's own words say; a sentence opening 截至年底 counts
    every figure in it up to then."""
    local = local or local_words(figure)
    return kinds_in(family, local + _closing_verb(family, figure)
                    + (_time_frame(figure) if family is PERIODS else ""))


def _closing_verb(family: dict[str, re.Pattern[str]], figure: Figure) -> str:
    """For the stages, the verb closing the list a figure is an item of (5家企业技术中心、
    2家分中心入选: each item 入选); nothing for another family or a figure in no list."""
    if family is not STAGES:
        return ""
    tail = figure.sentence[figure.start + len(figure.text):]
    closing = CLOSING_VERB.search(rx(r"[,，;；。]").split(tail)[0]) if ITEM_OF_A_LIST.match(
        tail) else None
    return fold(closing.group(0)) if closing else ""


@lru_cache(maxsize=FIGURE_WORDS_CACHE)
def _time_frame(figure: Figure) -> str:
    """The clause opening a figure's sentence when it sets the time (截至2020年底)."""
    lead = rx(r"[，,；;]").split(figure.sentence, maxsplit=1)[0]
    return fold(lead) if TIME_FRAME.match(lead) else ""


@lru_cache(maxsize=FIGURE_WORDS_CACHE)
def previous_clause(figure: Figure) -> str:
    """The clause before the figure's own (分4批认定科技企业59家，涉及产品70类)."""
    clauses = CLAUSE_BREAK.split(figure.sentence[:figure.start])
    return fold(clauses[-2]) if len(clauses) >= 2 else ""


def _names_in(names: tuple[frozenset[str], ...], local: str) -> float:
    """How much of a name the question gives stands in a figure's own words (…七期
    人工智能产业园建筑面积26万平方米, not 六期创意泵站建筑面积2万平方米): ``names`` are
    the names as said, by their three-character pieces."""
    best = 0.0
    for grams in names:
        best = max(best, sum(g in local for g in grams) / len(grams))
    return best


# A figure's number with its magnitude (800亿 of 800亿余元).
STATED_SIZE = lazy_regex(r"\d+(?:\.\d+)?[万亿]")
# Counters of people said for one another (高端人才10人 stated as 10名高端人才, 10位).
PEOPLE_COUNTERS = ("人", "名", "位")


def stated(q: Question, figure: Figure) -> bool:
    """Whether the question states the figure (427件发明专利里…, of the 33 firms): as the
    document writes it, with another counter of people, or in English as a number of its
    own."""
    text = fold(figure.text)
    if text in q.folded or (q.lang == "en" and _said_as_number(figure, q.folded)):
        return True
    # (国科园有800亿，伊拉呢: a sum stated by its number and magnitude, 800亿余元's 800亿,
    # 800多亿; not one guessed, 800亿 ke?, which is checked)
    if (size := STATED_SIZE.match(text)) and regex(
            rf"(?<![\d.]){re.escape(size.group(0)[:-1])}[多余来]?{size.group(0)[-1]}"
            r"(?![^，,。；;?？]{0,6}[?？])").search(q.folded):
        return True
    if figure.unit not in PEOPLE_COUNTERS or not text.endswith(figure.unit):
        return False
    number = text[:-len(figure.unit)]
    return any(regex(rf"(?<![\d.]){re.escape(number + counter)}").search(q.folded)
               for counter in PEOPLE_COUNTERS if counter != figure.unit)


def _said_as_number(figure: Figure, text: str) -> bool:
    """The figure's number stands in an English question as a number of its own (the 33
    firms), not as a year or a part of another."""
    digits = rx(r"\d+(?:\.\d+)?").match(figure.text)
    return bool(digits) and not YEAR_LIKE.fullmatch(digits.group(0)) and bool(
        regex(rf"(?<![\d.]){re.escape(digits.group(0))}(?![\d.%])").search(text))


YEAR_LIKE = lazy_regex(r"(?:19|20)\d{2}")
# A figure stated, then its share or its growth asked (2630家占全市比例多少; 有效高企1840家，
# 比上年增长了百分之几).
SHARE_OF_STATED = lazy_regex(r"\d[^，,。？?\d]{0,8}(?:占|[，,]?\s*(?:比上年|较上年|比去年|同比)?"
                             r"(?:增长|增加|增幅|涨))")
# A whole the question states, then a part of it asked (of the 45…, 45家…中/里/当中).
OF_THE_PREMISE = lazy_regex(r"\b(?:of|among|out of) (?:the |these |those |its |sip(?:'s)? |"
                            r"the park(?:'s)? )?\d|\d[^，,。？?]*?(?:中|里|当中|之中)")


@lru_cache(maxsize=FIGURE_WORDS_CACHE)
def _periods_said(local: str) -> frozenset[str]:
    return frozenset(kinds_in(PERIODS, local))


def _nearness(q: Question, term: str) -> float:
    """1 to 2: how close a word stands to the question word (多少/几/how many)."""
    if q.focus < 0:
        return 1.0
    at = q.folded.find(term)
    if at < 0:
        return 1.0
    end = at + len(term)
    distance = q.focus - end if end <= q.focus else at - q.focus
    return 1.0 + max(0.0, 1.0 - max(0, distance) / max(8, len(q.folded)))


def _as_asked_among_neighbours(q: Question, figures: list[Figure]) -> list[Figure]:
    """A figure of another kind (33 that applied, asked how many were approved) gives way
    to a neighbour in its sentence of the kind asked (the 26 approved); one whose sentence
    does not name the edition asked (第十四届) to one whose sentence does."""
    ordinals = q.constraints.ordinals
    out = [f for f in figures if all(o.said_in(f.sentence) for o in ordinals)] or figures
    for family, asked in q.constraints.kinds():
        fits = {f.sentence_id for f in out if said_kinds(family, f) & set(asked)}
        out = [f for f in out if f.sentence_id not in fits
               or not (said := said_kinds(family, f)) or said & set(asked)]
    return out


# Words one measure is said in (投入 asked, 建设资金 said): money spent on a thing.
KIN_MEASURES = (("投资", "投入", "资金", "出资", "经费"),)


def _kin_measure(q: Question, figure: Figure, chapter_subject: str | None) -> bool:
    """The question asks the measure the figure's own words say in another word, of a
    named thing (the park's own 研发投入 is a measure of its own)."""
    if not any(link.name != chapter_subject for link in q.links):
        return False
    local = local_words(figure)
    return any(any(w in q.content for w in kin) and any(w in local for w in kin)
               for kin in KIN_MEASURES)


@dataclass(frozen=True, slots=True)
class Asked:
    """What every figure of one question is scored against, worked out once a question."""

    near: dict[str, float]  # the question's words, weighted by nearness to its question word
    total: float
    chars: frozenset[str]  # the characters of what it asks about
    content: str  # what it asks about, without spaces
    new: bool  # it asks what was new (新增了几支)
    names: tuple[frozenset[str], ...]  # the names as said, by three-character pieces
    kinds: tuple[tuple[dict[str, re.Pattern[str]], tuple[str, ...]], ...]  # constrained
    part: bool  # it asks a part (其中…)
    specific: tuple[Link, ...] = ()  # the names asked, less the chapter's subject (园区)
    # The words of the floor space asked (建筑面积), which a figure's own words may say
    # another way (载体空间, 建成载体): the same kind of area.
    floor_words: frozenset[str] = frozenset()
    counted: str = ""  # the noun counted right after its counter (几个方面: 方面)

    @classmethod
    def of(cls, q: Question, weights: dict[str, float], specific: Sequence[Link] = ()
           ) -> Asked:
        # Words next to the question word name what is counted (…新增投资的企业几家).
        near = {t: w * _nearness(q, t) for t, w in weights.items()}
        # (a name typed in English among Chinese words, Creative Industry Park, said as
        # the document names it; an English question's words are weighed as read)
        said = [typed if q.lang == "en" or any(map(is_cjk, typed)) else fold(link.name)
                for link in q.links if (typed := q.folded[link.start:link.end])]
        names = tuple(grams for name in said
                      if (grams := frozenset(name[i:i + 3] for i in range(len(name) - 2))))
        return cls(near, sum(near.values()) or 1.0, frozenset(q.content),
                   rx(r"\s+").sub("", q.content), bool(ASKED_NEW.search(q.folded)), names,
                   tuple(q.constraints.kinds()), bool(ASKED_PART.search(q.folded)),
                   tuple(specific),
                   frozenset(t for t in weights if t in KIND_WORDS["floor"])
                   if "floor" in q.constraints.areas else frozenset(),
                   counted.group(1) if (counted := COUNTED_AFTER_COUNTER.search(q.folded))
                   else "")


def _changes_what_is_asked(q: Question, weights: dict[str, float], figure: Figure) -> bool:
    """A change (增长58%) answers a change asked of what its own words measure: they hold
    a word of the question besides its words of change (比上年, 增长), if it has any."""
    spans = [m.span() for pattern in (GROWTH_ASKED, CHANGES["growth"])
             for m in pattern.finditer(q.folded)]

    def of_change(term: str) -> bool:  # (a word across its edge, 模比 of 规模比上年, too)
        at = q.folded.find(term)
        return at < 0 or any(at < end and start < at + len(term) for start, end in spans)

    measured = [term for term in weights if not of_change(term)]
    own = local_words(figure) + previous_clause(figure)
    return not measured or any(term in own for term in measured)


def _of_them_together(q: Question, figure: Figure, per_link: list[set[int]]) -> bool:
    """Several names asked together (biobay, nano city and science park: how many companies
    in all), and the figure's sentence names them all: theirs, as one of them owns its own."""
    return len(per_link) > 1 and all(figure.sentence_id in ids for ids in per_link) and bool(
        SUM.search(q.folded))


# Words any amount is asked with (总额, 规模, 亿元): alone they tell not what is measured.
MEASURE_WORDS = frozenset({"规模", "总额", "总量", "数量", "金额", "总数", "亿元", "万元"})


def _only_measure_words(weights: dict[str, float], figure: Figure) -> bool:
    """Whether the question names something measured (研发投入) beside its words for an
    amount, and the figure's own words hold only the latter (基金规模) and its sentence
    none of the former."""
    named = [t for t in weights if t not in MEASURE_WORDS]
    own, said = local_words(figure) + previous_clause(figure), fold(figure.sentence)
    return bool(named) and not any(t in own for t in named) and not any(
        t in said for t in named if len(t) > 1)


class FigureAnswerer:
    """Scores each figure of the best sentences against the question."""

    def __init__(self, kb: Knowledge) -> None:
        self.kb = kb

    def score(self, q: Question, asked_: Asked, figure: Figure,
              sentence_score: float, entity_ids: set[int],
              per_link: list[set[int]]) -> tuple[float, float]:
        """(score, share of the question's words found in the figure's own words)."""
        near, total = asked_.near, asked_.total
        local = local_words(figure)
        previous = previous_clause(figure)
        hit = hit_previous = 0.0
        floor = asked_.floor_words if asked_.floor_words and AREAS["floor"].search(
            local) else frozenset()
        for t, w in near.items():  # (one pass, the sums in the same order)
            if t in local or t in floor:
                hit += w
            elif t in previous:
                hit_previous += w
        hit, hit_previous = hit / total, hit_previous / total
        score = sentence_score + W.FIGURE_OWN_WORDS * hit + W.FIGURE_PREVIOUS_CLAUSE * (
            hit_previous)
        # Prefer the figure whose label says no more than was asked (国家高新技术企业 over
        # 新增国家高新技术企业).
        label = fold(figure.label) or fold(figure.context)
        for link in q.links:  # (the name asked about, in its label, was asked)
            label = label.replace(fold(link.name), "").replace(q.folded[link.start:link.end], "")
        asked = asked_.chars
        if label:
            score -= W.LABEL_EXTRA * sum(1 for ch in label if ch not in asked) / len(label)
        content = asked_.content
        if content and len(content) >= 3 and content[-4:] in fold(figure.label + figure.context):
            score += W.LABEL_ENDS_AS_ASKED
        if q.units:
            score += W.UNIT_ASKED  # (only figures in the units asked for get here)
        elif q.likely_units:
            score += W.UNIT_LIKELY if figure.unit in q.likely_units else W.UNIT_UNLIKELY
        running_total = "累计" in fold(figure.context + figure.label)
        asked_new = asked_.new
        if not q.constraints.periods and _periods_said(local) == {"new"}:
            score += W.FLOW_FOR_STOCK  # how many are there: not the year's additions
        if running_total and not asked_new:
            score += W.RUNNING_TOTAL  # asked "how many" without "new": the running total
        elif running_total and asked_new:
            score += W.RUNNING_TOTAL_FOR_NEW  # asked what is new (新增了几支)
        if asked_.specific and "等" in figure.sentence and member_of_group(
                q, list(asked_.specific), own_clause(figure), fold(figure.text)):
            score += W.GROUP_FOR_MEMBER  # 建成A、B、C等载体空间800万: none of theirs alone
        elif group_listed(q, list(asked_.specific), fold(figure.sentence)):
            score += W.GROUP_AS_ASKED  # 纳米城、生物医药园这些载体: the figure of them all
        if is_part(figure) and not asked_.part and not _part_named(q, figure):
            score += W.PART_FOR_WHOLE  # a part (其中科技上市企业33家), the whole was asked
            if label and not any(ch in asked for ch in label):
                score += W.PART_UNNAMED  # (其中创业类7人: that part not named at all)
        if figure.unit == "%" and "%" not in q.units and "占" in fold(
                figure.context + figure.label):
            score += W.SHARE_FOR_AMOUNT  # a share of GDP is no answer to "what is the GDP"
        if fold(figure.text) in q.folded:
            score += W.ALREADY_SAID  # the question already states it: it is not the answer
        if "规划" in label and BUILT_ASKED.search(wording := q.folded + " " + q.content) and not (
                PLANNED_ASKED.search(wording)):
            score += W.PLANNED_FOR_BUILT  # (built by 2020: 建成载体近40万, not 规划…150万)
        if q.constraints.codes and any(code in fold(value_clause(figure.sentence, figure.text))
                                       for code in q.constraints.codes):
            score += W.CODE_AS_ASKED  # B1地块…8.9万平方米: the plot or zone asked
        if asked_.counted and figure.sentence.startswith(asked_.counted,
                                                         figure.start + len(figure.text)):
            score += W.COUNTED_AFTER  # 几个方面 → 5个方面: the very thing counted follows it
        if q.constraints.ordinals and all(o.said_in(figure.sentence)
                                          for o in q.constraints.ordinals):
            score += W.ORDINAL_AS_ASKED  # 第十四届, 五期: the edition or phase asked
        elif not q.constraints.ordinals and PHASE_SAID.search(local):
            score += W.PHASE_UNASKED  # 五期…47万平方米: one phase, when no phase was asked
        if not PLOT_ASKED.search(q.folded) and (PLOT_SAID.search(local)
                                               or PLOT_SAID.search(previous)):
            score += W.CODE_UNASKED  # B1地块…8.9万平方米: one plot, when no plot was asked
        asked_phases = {o.number for o in q.constraints.ordinals if o.counter == "期"}
        if asked_phases and (said_phases := phases(local)):
            # 六期…2万平方米 among 一期至四期…31万 and 五期…47万 in one sentence, the phase
            # asked in words the question does not share with it (phase VI)
            score += W.PHASE_AS_ASKED if said_phases & asked_phases else W.PHASE_OTHER
        for family, asked in asked_.kinds:
            # Its own words say the kind asked (授权, 累计, 建筑面积) or only another one.
            said = said_kinds(family, figure, local)
            if said:
                score += W.KIND_AS_ASKED if said & set(asked) else W.KIND_OTHER
            elif family is DEGREES and kinds_in(family, fold(figure.sentence)) & set(asked):
                # 录用人员129人，其中…硕士学历63人: the 硕士 asked are counted beside it
                score += W.DEGREE_UNSAID
        # (A part's own clause: the sentence before it names the whole's owner.)
        score += W.NAME_IN_FIGURE_WORDS * _names_in(asked_.names,
                                                    local_words(figure, whole=False))
        if len(q.links) > 1:
            # 国际科技园、纳米城、生物医药产业园这些载体…: the sentence naming them all.
            score += W.ALL_NAMES_SENTENCE * sum(
                figure.sentence_id in ids for ids in per_link) / len(per_link)
        # Its owner is the entity asked about, or the figure stands in that entity's own
        # entry (五期“创意产业园” is part of the 国际科技园 its entry is about).
        owners = (figure.entity, self.kb.entry_subject.get(figure.entry_id))
        if entity_ids and (any(self.kb.name_to_id.get(o or "") in entity_ids for o in owners)
                           or _of_them_together(q, figure, per_link)):
            score += W.OWNER_ASKED
        elif not entity_ids and figure.entity == self.kb.chapter_subject:
            score += W.CHAPTER_OWNER  # no name asked: the chapter is about the park
        return score, hit

    def ranked(self, q: Question, ev: Evidence, top: list[Row]
               ) -> list[tuple[float, float, Figure]]:
        """(score, hit, figure) for the figures of ``top`` in the units asked, best first."""
        by_id = ev.score_of
        figures = every = self.kb.figures(r.id for r in top)
        if q.units:
            # The unit asked for picks among the figures (多少个，增长多少: the count).
            figures = [f for f in figures if f.unit in q.units]
        figures = _as_asked_among_neighbours(q, figures)
        if HOW_MANY.search(q.folded):
            # 427件发明专利里授权了多少件 (of the 33 firms, how many…): a figure the
            # question states is its premise.
            # (stated in any unit: the 800万平方米 of carriers in which companies are asked)
            said = {f.id: f.sentence_id for f in every if stated(q, f)}
            premise = set(said.values())
            figures = [f for f in figures if f.id not in said]
            if premise and OF_THE_PREMISE.search(q.folded):
                # Of the 45 listed companies, how many…: a count within that whole is said
                # beside it (其中…33家), not anywhere else.
                figures = [f for f in figures if f.sentence_id in premise]
        if SHARE_OF_STATED.search(q.folded):
            # 2630家占全市多少: the share (or growth) of the figure stated (in its own
            # unit) is said beside it, not of another thing anywhere else.
            stated_in = {f.sentence_id for f in every if fold(f.text) in q.folded}
            if stated_in:
                figures = [f for f in figures if f.sentence_id in stated_in]
        if group := OF_A_GROUP.search(q.folded):
            # 上市的公司里面，科技类的有几家: a part of that group (其中…33家), while one is
            # among the candidates; the part named (科技类) by one of them, or none does.
            parts = [f for f in figures if is_part(f)]
            category = PART_CATEGORY.search(group.group(1) or "")
            if parts and category:
                # (the category's word, not its characters apart: 创新类 is no 创业类 of a
                # sentence that says 新增 too)
                figures = [f for f in parts if category.group(1) in fold(f.label + f.context)]
            elif category:
                # (…中创新类占比多少: no share of a sentence naming no such category)
                figures = [f for f in figures if category.group(1) in fold(f.sentence)]
            else:
                figures = parts or figures
        elif ASKED_WHOLE.search(q.folded) and not q.constraints.ordinals and not (
                ASKED_PART.search(q.folded)):
            # The whole asked in words (总, in total): no part answers while a whole is
            # among the candidates.
            figures = [f for f in figures if not is_part(f)] or figures
        asked = Asked.of(q, ev.weights, self.kb.specific(q.links))
        scored = [(*self.score(q, asked, f, by_id[f.sentence_id], ev.entity_ids,
                               ev.per_link), f) for f in figures]
        return sorted(scored, key=lambda shf: -shf[0])

    def best(self, q: Question, ev: Evidence, top: list[Row]
             ) -> tuple[float, Figure, float] | None:
        ranked = self.ranked(q, ev, top)
        if not ranked:
            return None
        if whole_for_part(self.kb, q, ranked[0][2].entity):
            # Asked of the park as a whole, a part's figure (BioBAY's 430 高科技创新企业 for
            # the park's tech companies) is no answer: the park's own, if one measures
            # something asked, comes first.
            wholes = [r for r in ranked if r[1] >= W.WHOLE_HIT
                      and r[0] >= ranked[0][0] - W.WHOLE_BEHIND
                      and not whole_for_part(self.kb, q, r[2].entity)]
            ranked = wholes + [r for r in ranked if r not in wholes]
        if not ev.weights and any(is_cjk(ch) and ch not in FUNCTION_CHARS
                                  for ch in q.content):
            return None  # 纳米城有几个狗: what is counted the document never names
        score, hit, figure = self._as_constrained(q, ranked)
        if q.constraints.changes and not _changes_what_is_asked(q, ev.weights, figure):
            return None  # 增长58% of the talents is no growth of the companies asked about
        if ev.weights and hit and _only_measure_words(ev.weights, figure):
            hit = 0.0  # 研发投入总额规模 → 股权投资基金规模: the thing measured is unsaid
        if ev.weights and hit == 0:
            # Nothing asked about is what this figure measures; only the unit asked for, in
            # the best-matching sentence (建科创载体投了多少钱 → 投资近100亿元), will do.
            by_id = ev.score_of
            best_sentence = max(by_id[r.id] for r in top)
            said = fold(figure.sentence)
            in_sentence = sum(w for t, w in ev.weights.items() if t in said) / sum(
                ev.weights.values())
            if not (q.units and figure.unit in q.units
                    and (in_sentence >= W.ANSWER_IN_SENTENCE
                         or _kin_measure(q, figure, self.kb.chapter_subject))
                    and by_id[figure.sentence_id] >= W.ANSWER_SHARE * best_sentence):
                return None
        return score, figure, hit

    def _as_constrained(self, q: Question, ranked: list[tuple[float, float, Figure]]
                        ) -> tuple[float, float, Figure]:
        """The best figure, or when it contradicts a constraint of the question (累计,
        第十四届, 授权) or is silent on a kind asked, a runner-up that says what the question
        asks: one of the same measure (its label ends as the best's does: 累计有效高新技术企业
        for 国家高新技术企业), or one saying the kind asked (申报 for "applied") of nearly as
        much asked. Else the best, which ``verify`` turns into "not found" with what the
        document does give."""
        best = ranked[0]
        if not q.constraints.any_stated():
            return best
        holds, says = self._meets(q, best[2])
        if holds and says:
            return best
        silent = holds  # contradicts nothing, only leaves a kind unsaid
        if q.constraints.codes and not holds:
            # The plot asked (B1) is its neighbour's in the same sentence: B1地块竣工投用，
            # 建筑面积8.9万平方米；C地块约20.3万平方米 — 8.9万 speaks of B1.
            # (C地块约20.3万平方米 is silent on 建筑面积 asked: the plot asked is the more
            # specific word, so silence on the kind does not set it aside)
            for candidate in ranked[1:]:
                if candidate[2].sentence_id == best[2].sentence_id and self._meets(
                        q, candidate[2])[0]:
                    return candidate
        head = fold(best[2].label)[-W.SAME_MEASURE_TAIL:]
        c = q.constraints
        stated = bool(c.kinds() or c.codes or c.ordinals)
        for candidate in ranked[1:]:
            score, hit, figure = candidate
            if (figure.sentence_id != best[2].sentence_id
                    and score < W.RUNNER_UP_ELSEWHERE * best[0]):
                break  # (ranked: the rest score lower still)
            same_measure = (len(head) == W.SAME_MEASURE_TAIL
                            and fold(figure.label).endswith(head))
            says_kind = stated and hit >= W.CONSTRAINED_HIT * best[1]
            if silent and not says_kind:
                continue  # a best that is only silent gives way to one saying the kind
            if hit > 0 and (same_measure or says_kind) and all(self._meets(q, figure)):
                return candidate
        return best

    def _meets(self, q: Question, figure: Figure) -> tuple[bool, bool]:
        """(no constraint contradicted, every kind asked said in the figure's own words
        rather than left unsaid: a runner-up earns its place by saying 累计)."""
        fact = self.fact(figure)
        if conflict(self.kb, q.constraints, fact) or whole_for_part(
                self.kb, q, figure.entity):
            return False, False
        # (Its own clause: a part's sentence, or one opening 截至年底, speaks for a whole;
        # a part the question names (国家级…人才里创业类有几人) is of that whole, its 国家级.)
        own = local_words(figure, whole=_part_named(q, figure))
        return True, all(kinds_in(family, own + _closing_verb(family, figure)) & set(asked)
                         for family, asked in q.constraints.kinds())

    def fact(self, figure: Figure, entity_name: str | None = None) -> Fact:
        owner = figure.entity or entity_name or ""
        label = figure.label or ""
        if owner and fold(owner) in fold(label):
            owner = ""
        source = self.kb.source(figure.entry_id, self.kb.is_caption(figure.sentence_id),
                                figure.sentence)
        return Fact("figure", figure.text, label, owner or None,
                    evidence=trim(figure.sentence, figure.text), source=source,
                    scope=local_words(figure), number=figure.value, unit=figure.unit)

    def answer(self, q: Question, figure: Figure, entity_name: str | None) -> Answer:
        fact = self.fact(figure, entity_name)
        return Answer(q.raw, True, "figure", figure.entity or entity_name, fact.source,
                      facts=(fact,))
