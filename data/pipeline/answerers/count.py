"""Count: "how many companies …" answered by the names the document lists (三家在港交所
挂牌上市), when it states no figure for it: the count, with the names."""

from __future__ import annotations

from data.lazyre import lazy_regex
from data.models import Answer, Fact
from data.normalize import fold
from data.pipeline.answerers.listing import names_in
from data.pipeline.constraints import STAGES, kinds_in
from data.pipeline.knowledge import Knowledge, trim
from data.pipeline.retrieve import Evidence
from data.question import FUNCTION_CHARS, Question

COUNTED = ("家", "所")
KIND_WORDS = lazy_regex(r"企|公司|家")
KIND_HEADS = ("企", "公")  # (企业, 公司: their first characters)
MAX_ROWS = 6
# Who set a thing up (由园区科技招商中心与…有限公司合作设立): its founders, no companies it
# holds, unless the founding is what is asked.
FOUNDERS = lazy_regex(r"由([^，。；]{2,80}?)(?:合作设立|共同设立|联合设立|设立|共建|发起|牵头)")
FOUNDING_ASKED = lazy_regex(r"设立|共建|发起|合作|set up|found|establish|partner|initiat")
MIN_SHARE = 0.6  # of the best sentence's score


def answer_count(kb: Knowledge, q: Question, ev: Evidence) -> Answer | None:
    # (how many companies: counted in 家 though no counter is said)
    units = q.units or q.likely_units
    if not set(units) & set(COUNTED):
        return None
    specific = [ids for link, ids in zip(q.links, ev.per_link, strict=True)
                if link.name != kb.chapter_subject]
    by_id = ev.score_of
    rows = [r for _, r in ev.scored[:MAX_ROWS] if all(r.id in ids for ids in specific)]
    if not rows:
        return None
    best = by_id[rows[0].id]
    linked = {eid for link in q.links for eid in link.entity_ids}
    asked = set(q.constraints.stages)
    # The words of what is counted, less the kind (企业, 公司): the names are its instances.
    # A bigram across a function word (业在 of 企业在) is no word of the question, nor one
    # running on from the kind (业上 of 企业上市, companies listed).
    asked_words = {t: w for t, w in ev.weights.items() if not KIND_WORDS.search(t)
                   and not (len(t) == 2 and set(t) & FUNCTION_CHARS)
                   and not any(kind + t in q.content for kind in KIND_HEADS)}
    total = sum(asked_words.values()) or 1.0
    names: list[str] = []
    used = []
    for row in rows:
        if by_id[row.id] < MIN_SHARE * best:
            break
        text = fold(row.text)
        if sum(w for t, w in asked_words.items() if t in text) / total < MIN_SHARE:
            continue  # names of other things than those counted
        if "total" in q.constraints.periods and "累计" not in text:
            continue  # (listed so far, in total: a year's listings are no running total)
        # A sentence about another stage (上市申请获受理, 通过审核) counts other things.
        stages = kinds_in(STAGES, fold(row.text))
        if stages and not stages & asked:
            continue
        found = names_in(kb, row.text, {"company"}, linked)
        founders = FOUNDERS.search(text) if not FOUNDING_ASKED.search(q.folded) else None
        if founders:
            found = [n for n in found if fold(n) not in founders.group(1)]
        if found:
            names += [n for n in found if n not in names]
            used.append(row)
    if not names:
        return None
    source = kb.row_source(used[0])
    fact = Fact("count", f"{len(names)}{units[0]}", detail="、".join(names),
                evidence="".join(trim(r.text, "") for r in used), source=source,
                number=float(len(names)), unit=units[0])
    return Answer(q.raw, True, "figure", kb.about(q.links), source,
                  facts=(fact,))
