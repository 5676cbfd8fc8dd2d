"""Number: a bare figure asked about (397家是什么): every place the document states it."""

from __future__ import annotations

import re

from data.lazyre import regex, rx
from data.models import Answer, Fact
from data.normalize import fold
from data.pipeline.answerers.figure import FigureAnswerer
from data.question import NUMBER_QUESTION, Question

MAX_PLACES = 5


def asked_number(q: Question) -> str | None:
    match = NUMBER_QUESTION.fullmatch(rx(r"\s+").sub("", q.folded))
    return match.group(1) if match else None


def answer_number(figures: FigureAnswerer, q: Question, number: str) -> Answer | None:
    digits = rx(r"\d+(?:\.\d+)?").match(number)
    if digits is None:
        return None
    store = figures.kb.store
    rows = store.search_sentences([digits.group(0)], limit=50)
    found = [f for f in figures.kb.figures(r.id for r in rows)
             if regex(rf"(?:近|约|超过|逾|达)?{re.escape(number)}").match(fold(f.text))]
    if not found:
        return None
    facts = []
    for figure in found[:MAX_PLACES]:
        fact = figures.fact(figure)
        # Each place a reader can tell apart by its label (the bracketed aside dropped).
        label = figure.label.split("（")[0]
        owner = figure.entity if figure.entity and fold(figure.entity) not in fold(label) else None
        facts.append(Fact("figure", fact.value, label, owner, evidence=fact.evidence,
                          source=fact.source))
    return Answer(q.raw, True, "figure", found[0].entity, facts[0].source, facts=tuple(facts))
