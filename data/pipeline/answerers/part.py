"""Which part: the phase, zone or plot of a park a sentence says did what was asked
(哪个区是第一个“拿地即开工”试点项目 → 三期B区), not where the park is."""

from __future__ import annotations

from data.lazyre import lazy_regex
from data.models import Answer, Fact
from data.normalize import fold
from data.pipeline.knowledge import CREDIT, Knowledge, trim
from data.pipeline.retrieve import Evidence, Row
from data.question import Question

PART_ASKED = lazy_regex(r"哪(?:个|一)(?:区块?|期|地块)(?![县镇街])|哪一?块|"
                        # (not "under which Phase III …": a part named is no part asked)
                        # (which BioBAY section: the name it is a part of before it)
                        r"\bwhich (?:[a-z*]+ )?(?:phase|zone|plot|block|section|part)\b"
                        r"(?! (?:[ivx]+|\d+|[a-z])\b)")
# A part as the document names it: 三期B区, 五期A1地块, 二期C区, 七期.
PART_SAID = lazy_regex(r"(?:[一二三四五六七八九十]+期)?[A-Z][0-9]?(?:区|地块)|"
                       r"[一二三四五六七八九十]+期(?![间限内])")
CLAUSE = lazy_regex(r"[^，。；,;]+")
# Which one of a park, right after its name (生物医药产业园哪个是第一个…试点项目): its parts
# are the ones to choose among.
ONE_OF_IT = lazy_regex(r"\s*哪一?个(?:是|为|作为)")
# (or at the end: 生物医药产业园…的试点项目是哪个)
ONE_OF_IT_AT_END = lazy_regex(r"是哪一?个[?？]*$")


def _one_of_a_park(kb: Knowledge, q: Question) -> bool:
    at_end = bool(ONE_OF_IT_AT_END.search(q.folded))
    return any((at_end or ONE_OF_IT.match(q.folded, link.end))
               and link.name != kb.chapter_subject
               and kb.type_of(link) == "park" for link in q.links)


def answer_part(kb: Knowledge, q: Question, ev: Evidence) -> Answer | None:
    """The part named in the clause holding most of what is asked, among the best
    sentences about the thing asked (or all, with no name)."""
    if not PART_ASKED.search(q.folded) and not _one_of_a_park(kb, q):
        return None
    for link in q.links:
        # 国际科技园哪一期是人工智能产业园: the part is in the name the question gives
        named = PART_SAID.search(link.name)
        if named and named.group(0) not in q.raw:
            row = next((r for r in ev.own if named.group(0) in r.text), None)
            if row is not None:
                return _answer(kb, q, named.group(0), row)
    if not ev.weights:
        return None
    best: tuple[float, int, str, Row] | None = None
    for rank, row in enumerate(ev.own[:12] if q.links else ev.top):
        for clause in CLAUSE.finditer(CREDIT.sub("", row.text)):
            part = PART_SAID.search(clause.group(0))
            if part is None:
                continue
            text = fold(clause.group(0))
            held = sum(w for t, w in ev.weights.items() if t in text)
            if held > 0 and (best is None or (held, -rank) > (best[0], -best[1])):
                best = (held, rank, part.group(0), row)
    if best is None:
        return None
    return _answer(kb, q, best[2], best[3])


def _answer(kb: Knowledge, q: Question, part: str, row: Row) -> Answer:
    source = kb.row_source(row)
    subject = kb.about(q.links)
    fact = Fact("part", part, entity=subject, evidence=trim(row.text, part), source=source)
    return Answer(q.raw, True, q.intent, subject, source, facts=(fact,))
