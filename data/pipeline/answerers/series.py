"""Which of a series came first or last (生物医药产业园哪个地块最晚开工, which BioBAY plot broke
ground last?): of the events one sentence dates one after another, each doing the deed
asked (三期B区10月开工，五期A1地块11月开工，五期A2地块12月开工), the earliest or the latest."""

from __future__ import annotations

from collections import defaultdict

from data import extract
from data.lazyre import lazy_regex
from data.models import Answer, Event, Fact
from data.normalize import fold
from data.pipeline.answerers.compare import dates_overlap
from data.pipeline.answerers.when import EVENT_ASKED, WORKS_BEGUN
from data.pipeline.knowledge import Knowledge, trim
from data.pipeline.retrieve import Evidence
from data.question import Question

# Which one, first or last: not how many came last (最后认定了多少家), not a first batch or
# last year's.
_EXTREME_ZH = r"最早|最先|最晚|最后|最迟"
# (first or last said of the deed, closing the question or before when or where it was: not
# an ordinal before a noun, the park's first pilot, which is a kind of thing)
_EXTREME_EN = (r"\b(?:first|last|earliest|latest)\b(?=\s*(?:[?.,!]|$|in\b|of\b|among\b|and\b|"
               r"or\b|then\b|out of\b))")
EXTREME_ASKED = lazy_regex(rf"哪[^，,。？?]{{0,10}}?(?:{_EXTREME_ZH})|(?:{_EXTREME_ZH})[^，,。？?]"
                           rf"{{0,10}}?哪|\bwhich\b[^?]{{0,80}}?{_EXTREME_EN}")
LATE_ASKED = lazy_regex(r"最晚|最后|最迟|\b(?:last|latest)\b")
COUNT_ASKED = lazy_regex(r"多少|几|\bhow (?:many|much)\b")
# What one of the series is: a phase's zone or plot (五期A2地块), else a name its title says.
PART_SAID = lazy_regex(r"(?:[一二三四五六七八九十]+期)?[A-Z][0-9]?(?:区|地块)")
SERIES_ROWS = 8  # the best sentences of the thing asked, read for a series
MIN_SERIES = 2


def asks_first_or_last(q: Question) -> bool:
    return bool(EXTREME_ASKED.search(q.folded)) and not COUNT_ASKED.search(q.folded)


def answer_series(kb: Knowledge, q: Question, ev: Evidence) -> Answer | None:
    """The first or last of the best sentence's series of dated deeds, the deed asked; None
    when no sentence dates two of it, or two of its dates cannot be told apart."""
    rows = ev.own[:SERIES_ROWS] if q.links else ev.top[:SERIES_ROWS]
    asked = q.folded + " " + q.content
    verbs = {m.group(0) for m in EVENT_ASKED.finditer(asked)} | {
        m.group(0) for m in WORKS_BEGUN.finditer(asked)}
    if not rows or not verbs:
        return None
    events = kb.store.events(sentence_ids=[r.id for r in rows])
    sentence_of = kb.store.event_sentence_ids([e.id for e in events])
    series: dict[int, list[Event]] = defaultdict(list)
    for event in events:
        if not event.from_caption and any(v in fold(event.title) for v in verbs):
            series[sentence_of.get(event.id) or 0].append(event)
    row = next((r for r in rows if len(series.get(r.id, ())) >= MIN_SERIES), None)
    if row is None:
        return None
    dated = sorted(series[row.id], key=_when)
    late = bool(LATE_ASKED.search(q.folded))
    best, runner_up = (dated[-1], dated[-2]) if late else (dated[0], dated[1])
    if _when(best) == _when(runner_up) or dates_overlap(_when(best), _when(runner_up)):
        return None  # (10月 and 10月22日: either may be the earlier)
    fact = Fact("compare", _what(best, q), label=best.full_date,
                detail="last" if late else "first",
                evidence=trim(best.sentence, best.date_text),
                source=kb.source(best.entry_id, False, best.sentence))
    return Answer(q.raw, True, "when", kb.about(q.links), fact.source, facts=(fact,))


def _when(event: Event) -> tuple[int, int, int]:
    return event.year, event.month or 0, event.day or 0


def _what(event: Event, q: Question) -> str:
    """What did the deed: the zone or plot its title opens with, else a name it says that
    the question does not, else the title."""
    part = PART_SAID.match(event.title)
    if part:
        return part.group(0)
    names = [m.name for m in extract.find_entities(event.title) if fold(m.name) not in q.folded]
    return names[0] if names else event.title
