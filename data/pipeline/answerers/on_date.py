"""On a date: what happened on a day (or in a month) the question names, when it asks
what happened rather than when something did (2019年7月26日发生了什么)."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from data.lazyre import lazy_regex, rx
from data.models import Answer, Event, Fact
from data.normalize import fold
from data.pipeline.answerers.when import event_fact
from data.pipeline.constraints import PLACE_SAID_AS, When
from data.pipeline.knowledge import Knowledge
from data.pipeline.retrieve import about
from data.question import Question, credit_asked
from data.texts import YEAR

MAX_EVENTS = 5
# A name's qualifier in brackets, which tells namesakes apart.
QUALIFIER = lazy_regex(r"[（(]([^（）()]+)[）)]")
# What happened / what was done, said in many ways; a date alone asks the same.
HAPPENED = lazy_regex(r"发生|什么事|啥事|大事|做了|干了|有什么|有哪些|有啥|举行|举办|动态|"
                      r"happen|what did|what was|events?\b")


def asks_about_a_date(q: Question) -> When | None:
    """The date asked about, when the question asks what happened then."""
    dates = [d for d in q.constraints.dates if d.month is not None]
    if len(dates) != 1 or q.intent in ("when", "figure") or credit_asked(q.folded):
        return None  # (…那张照片是哪个单位供稿的: the photo's credit, not what happened)
    date = dates[0]
    rest = re.sub(rf"{YEAR}年|\d{{1,2}}月|\d{{1,2}}[日号]", "", q.folded)
    # A day named in full with any question of what (办了个什么会) asks what happened.
    if HAPPENED.search(rest) or not rx(r"[\u4e00-\u9fffa-z]{2}").search(rest) or (
            date.day is not None and rx(r"什么|啥|哪|what|which").search(rest)
            and not THING_ASKED.search(q.folded)):
        return date
    return None


# Words of what a named thing does or has, asked after the day that names it (12月28日签约的
# 联盟聚焦哪些疾病, the alliance signed Dec 28 focusing on which diseases): its fact asked.
THING_ASKED = lazy_regex(r"聚焦|领域|方向|目标|专注|致力|\bfocus|\bfields?\b|\bareas\b|"
                         r"\bwhich (?:disease|field|area|sector)s?\b")


def distinct(events: list[Event]) -> list[Event]:
    """One event once: a caption repeating an entry's sentence is dropped (two events of
    one day that share a party, 园区与张家港市签署协议 and …张家港市政府…签约仪式, stay)."""
    out: list[Event] = []
    for event in sorted(events, key=lambda e: (e.from_caption, e.id)):
        if not any(e.iso == event.iso and _same(fold(e.title), fold(event.title))
                   for e in out):
            out.append(event)
    return sorted(out, key=lambda e: (e.year, e.month or 0, e.day or 0, e.id))


def _same(a: str, b: str) -> bool:
    """Two titles of one event: they share half the shorter one in a row (and what
    ``about`` asks of a subject and a name, from the same match)."""
    if not a or not b:
        return False
    qualifiers = (QUALIFIER.findall(a), QUALIFIER.findall(b))
    if all(qualifiers) and qualifiers[0] != qualifiers[1]:
        return False  # (金鸡湖创新合作中心（北京）and（大湾区）: two centres, one day)
    match = SequenceMatcher(None, a, b, autojunk=False).find_longest_match()
    return match.size >= max(min(4, len(b)), min(len(a), len(b)) / 2)


def answer_on_date(kb: Knowledge, q: Question, date: When) -> Answer | None:
    events = kb.store.events(month=date.month, day=date.day)
    events = [e for e in events if date.year is None or e.year == date.year]
    for place in q.constraints.places:
        # The events there, when the document says where; a region (海外) it does not
        # name leaves the day's events as they are.
        words = PLACE_SAID_AS.get(place, (place,))
        events = [e for e in events if any(w in e.sentence for w in words)] or events
    specific = kb.specific(q.links)
    if specific:
        names = [fold(link.name) for link in specific]
        events = [e for e in events if any(about(fold(e.sentence), n) for n in names)]
    events = distinct(events)
    if not events:
        return None
    # (the day's event the question describes first: 签约仪式, 全面战略合作)
    words = {w[i:i + 2] for w in q.content.split() for i in range(len(w) - 1)}
    events.sort(key=lambda e: -sum(w in fold(e.sentence) for w in words))
    facts: tuple[Fact, ...] = tuple(event_fact(kb, e, e.from_caption)
                                    for e in events[:MAX_EVENTS])
    return Answer(q.raw, True, "events", specific[0].name if specific else None,
                  facts[0].source, facts=facts)
