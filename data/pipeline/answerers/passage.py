"""Passage: the best sentence itself, when no structured fact fits but the document
clearly speaks about what was asked."""

from __future__ import annotations

from data.models import Answer, Fact
from data.pipeline.knowledge import CREDIT, MAX_FACT_SENTENCE, Knowledge
from data.pipeline.retrieve import Row
from data.question import PHOTO_WORDS, Question


def passage(kb: Knowledge, q: Question, row: Row, entity_name: str | None,
            intent: str) -> Answer:
    source = kb.row_source(row)
    text = row.text
    if not PHOTO_WORDS.search(q.folded):
        text = CREDIT.sub("", text)  # the credit only when who took the photo is asked
    if len(text) > MAX_FACT_SENTENCE * 2:
        text = text[: MAX_FACT_SENTENCE * 2] + "…"
    fact = Fact("passage", text, evidence=text, source=source)
    entity_name = kb.namesake_of_row(q.links, entity_name, row.entry_id)
    return Answer(q.raw, True, intent, entity_name, source, facts=(fact,))
