"""Verify: a chosen fact must agree with every constraint the question states. One that
contradicts a constraint (another year, edition, batch or place; 申请 where 授权 was asked)
answers a different question: the reply is "not found", with the fact the document does
give shown as what it knows instead."""

from __future__ import annotations

from data.models import Answer
from data.pipeline.knowledge import Knowledge
from data.question import Question


def years_hold(kb: Knowledge, q: Question, answer: Answer) -> bool:
    """The years asked about stand in the fact's sentence or its entry."""
    text = (answer.evidence or "") + "".join(
        f.value + f.label + f.detail + (f.entity or "") for f in answer.facts)
    entries = kb.entries_of.get(answer.source, []) if answer.source else []
    text += "".join(kb.entry_text.get(eid, "") for eid in entries)
    return all(str(y) in text for y in q.years)
