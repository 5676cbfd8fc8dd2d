"""Verify: a chosen fact must agree with every constraint the question states. One that
contradicts a constraint (another year, edition, batch or place; 申请 where 授权 was asked;
a running total where what is new was asked) answers a different question: the reply is
"not found", with the fact the document does give shown as what it knows instead."""

from __future__ import annotations

from data.models import Answer, Fact
from data.pipeline.constraints import (
    AREAS,
    KIND_WORDS,
    PATENTS,
    PLACE_SAID_AS,
    Constraints,
    kinds_in,
)
from data.pipeline.knowledge import Knowledge
from data.question import Question

# Families a fact must speak of when a question names one of their kinds (a figure with no
# word of patents is no answer to a question about utility-model patents).
MUST_SAY = (PATENTS, AREAS)


def entry_text(kb: Knowledge, fact: Fact) -> str:
    entries = kb.entries_of.get(fact.source, []) if fact.source else []
    return "".join(kb.entry_text.get(eid, "") for eid in entries)


def years_hold(kb: Knowledge, q: Question, answer: Answer) -> bool:
    """The years asked about stand in the fact's sentence or its entry."""
    text = (answer.evidence or "") + "".join(
        f.value + f.label + f.detail + (f.entity or "") for f in answer.facts)
    entries = kb.entries_of.get(answer.source, []) if answer.source else []
    text += "".join(kb.entry_text.get(eid, "") for eid in entries)
    return all(str(y) in text for y in q.years)


def conflict(kb: Knowledge, c: Constraints, fact: Fact) -> str | None:
    """The first constraint ``fact`` contradicts, in the question's words; None if none."""
    said = (fact.evidence or "") + fact.value + fact.label + fact.detail
    around = said + entry_text(kb, fact)
    for ordinal in c.ordinals:
        if not ordinal.said_in(around):
            return str(ordinal)
    for place in c.places:
        where = said + (fact.source.entry if fact.source else "") + (fact.entity or "")
        if not any(word in where for word in PLACE_SAID_AS.get(place, (place,))):
            return place
    if fact.kind == "figure":
        own = fact.scope or said
        for family, asked in c.kinds():
            # Its own words first; when they are silent on the family, its sentence's
            # (获得授权3件 counts the 发明专利 the clause before names).
            said_kinds = kinds_in(family, own) or kinds_in(family, fact.evidence or "")
            if said_kinds and not said_kinds & set(asked):
                return KIND_WORDS[asked[0]]
            if not said_kinds and family in MUST_SAY:
                return KIND_WORDS[asked[0]]  # asked about patents, told about talents
    return None
