"""When: the date of the event the question is about."""

from __future__ import annotations

from dataclasses import replace

from data import extract
from data.lazyre import lazy_regex, rx
from data.models import Answer, Event, Fact
from data.normalize import fold
from data.pipeline import weights as W
from data.pipeline.knowledge import Knowledge, trim
from data.pipeline.retrieve import Evidence, Row, shared_run
from data.question import SEPARABLE_VERBS, Question
from data.texts import YEAR

OVERVIEW = "概况"  # the title of a section's overview entry
FOUNDING_ASKED = lazy_regex(r"成立|创立|创建|组建|建立|\bfounded\b|\bestablished\b|\bset up\b")
FOUNDING_SAID = lazy_regex(r"成立|创立|创建|组建|建立|设立")
SIGNING_SAID = lazy_regex(r"签署|签约|签订|签下")
# Building work begun (三期B区…10月开工建设): a part's works, no founding of the whole.
WORKS_BEGUN = lazy_regex(r"开工|动工|开建|奠基")
SIGNING_ASKED = lazy_regex(r"签|\bsign")
LEGAL_SUFFIX = lazy_regex(r"^(?:股份)?有限(?:责任)?公司$|^公司$")
# Its completion asked (总部什么时候建成, when will construction be completed): a date of its
# unveiling or of its start of construction is none.
COMPLETION_ASKED = lazy_regex(r"建成|竣工|完工|落成|建好|盖好|交付|"
                              r"\b(?:complet(?:e|ed|ion)|finish(?:ed)?)\b")
COMPLETION_SAID = lazy_regex(r"建成|竣工|完工|落成|完成|交付|投用|投入使用|启用")
# What happened, as a question asks it (开业, 揭牌, 上市…).
EVENT_ASKED = lazy_regex("|".join((*SEPARABLE_VERBS, "成立", "启用", "投用", "竣工", "开通",
                                   "发布", "举办", "举行", "签署", "入驻", "落地", "启动")))
# A listing dates that listing only: 再鼎医药's on 港交所 is neither its founding nor its
# first drug's approval (获批, 批件). (Asked in the question's words or, in English, in its
# content's.)
LISTING_SAID = lazy_regex(r"上市")
LISTING_ASKED = lazy_regex(r"上市|挂牌|敲钟|交易|港交所|交易所|科创板|创业板|纳斯达克|"
                           r"\b(?:ipo|list(?:ed|ing)?|trad(?:e|ed|ing)|debut\w*|float\w*|"
                           r"hkex|nasdaq|exchange|star market|(?:go|goes|gone|went) public)\b")
APPROVAL_ASKED = lazy_regex(r"获批|批准|批件|审批|\bapprov")


def event_fact(kb: Knowledge, event: Event, caption: bool) -> Fact:
    return Fact("date", event.date_text, detail=event.title,
                evidence=trim(event.sentence, event.date_text),
                source=kb.source(event.entry_id, caption, event.sentence))


def _a_unit_of(asked: list[str], title: str, folded: str) -> bool:
    """An event's title names a unit called after a thing asked (X分子诊断技术创新中心),
    other than by a legal suffix (X有限公司) and not asked for itself."""
    for m in extract.find_entities(title):
        unit = fold(m.name)
        for name in asked:
            rest = unit.replace(name, "") if name in unit else ""
            if LEGAL_SUFFIX.sub("", rest) and rest not in folded:
                return True
    return False


def _shares_half(subject: str, name: str) -> bool:
    """Whether a subject and a name share a run of half the name (four characters at
    least, the whole of a shorter one)."""
    return bool(subject and name) and shared_run(subject, name) >= min(
        len(name), max(4, (len(name) + 1) // 2))


# A sentence going on from the one before (其中，苏州市2家…分别是…): that one's date is its.
CONTINUES = lazy_regex(r"^(?:其中|此外|同时|另外)[，,]?")


def _continued(kb: Knowledge, q: Question, ev: Evidence, named: set[int]) -> dict[int, Row]:
    """Of the named thing's own sentences (ids ``named``) that go on from the one before,
    with the deed asked said in it or the one before: its id → the sentence before it."""
    going_on = [r for r in ev.own[:8] if r.id in named and r.entry_id is not None
                and r.position > 0 and CONTINUES.match(r.text)]
    if not going_on:
        return {}
    before = {(r.entry_id, r.position): r for r in kb.store.sentences_of_entries(
        {r.entry_id for r in going_on})}
    verb = EVENT_ASKED.search(q.folded)
    names = [fold(link.name) for link in q.links]
    asked = [t for t in ev.weights if not any(t in name for name in names)]

    def says_the_deed(text: str) -> bool:
        return (verb is None or verb.group(0) in text) and any(t in text for t in asked)

    return {r.id: prior for r in going_on
            if (prior := before.get((r.entry_id, r.position - 1))) is not None
            and says_the_deed(fold(r.text + prior.text))}


def answer_when(kb: Knowledge, q: Question, ev: Evidence, top: list[Row]) -> Answer | None:
    by_id = ev.score_of
    if q.links:
        # The best sentences of the named thing's own entries too: an entry about it dates
        # its event in a sentence that names it otherwise (《…苏州片区…办法》发布).
        # (Not a section's overview (概况): its events are everyone's. A photo is cited as
        # its own, never as an overview: its owner need not be looked for.)
        entries = {r.entry_id for r in ev.own if r.caption_id
                   or (source := kb.source(r.entry_id)) is None or source.entry != OVERVIEW}
        top = top + [r for r in ev.top if r.entry_id in entries and r not in top]
    events = kb.store.events(sentence_ids=[r.id for r in top])
    if not events and top and not q.links and top[0].entry_id is not None:
        # Described, not named (支持新加坡科技起步公司的合作中心哪天启动): the best sentence
        # says what it is, its entry when it happened.
        top = top + [r for r in kb.store.sentences_of_entries([top[0].entry_id])
                     if r not in top]
        events = kb.store.events(sentence_ids=[r.id for r in top])
    # About a named thing, its own events: 开拓药业's listing date is not 再鼎医药's.
    mentioned = [(link, ids) for link, ids in zip(q.links, ev.per_link, strict=True)
                 if link.name != kb.chapter_subject]
    # (其中…旭创…分中心: the thing named only in a sentence going on from the one dated, the
    # deed asked said in one of them)
    continued = _continued(kb, q, ev, {sid for _, ids in mentioned for sid in ids})
    if continued:
        top = top + [r for r in continued.values() if r not in top]
        events = events + [e for e in kb.store.events(
            sentence_ids=[r.id for r in continued.values()]) if e not in events]
    if not events:
        return None
    total = sum(ev.weights.values()) or 1.0
    sentence_of = {r.id: r for r in top}
    ev_sentence = kb.store.event_sentence_ids([e.id for e in events])

    def score(event: Event) -> float:
        sid = ev_sentence.get(event.id)
        title = fold(event.title)
        hit = sum(w for t, w in ev.weights.items() if t in title)
        return by_id.get(sid, 0) + W.EVENT_TITLE * hit / total + (
            W.EVENT_DAY if event.precision == "day" else 0)

    named = [ids for _, ids in mentioned]
    # (an exchange named is where, not whose: 信达生物 listed on 港交所 is 信达生物's event,
    # not one of every company listed there)
    things = [ids for link, ids in mentioned if not kb.is_exchange(link)]
    if named:
        subject = min(things or named, key=len)
        subject = subject | {continued[sid].id for sid in subject if sid in continued}
        own_entries = {r.entry_id for r in ev.own}
        said = [form for link in q.links if link.name != kb.chapter_subject
                for form in {fold(link.name), q.folded[link.start:link.end]} if form]
        # (an entry is the thing's own when one of its sentences names it, or its subject
        # says half the name at least: a shared 生物医药 makes 生物医药临床资源合作战略联盟
        # no entry of 中美生物医药创新中心)
        naming = {r.entry_id for r in ev.own if r.id in subject}
        events = [e for e in events if ev_sentence.get(e.id) in subject
                  or (e.entry_id in own_entries and not e.from_caption and (
                      e.entry_id in naming or any(
                          _shares_half(fold(kb.entry_subject.get(e.entry_id) or ""), name)
                          for name in said)))]
        if not events:
            return None
    specific = kb.specific(q.links)
    asked = [fold(link.name) for link in specific]
    verb = EVENT_ASKED.search(q.folded)
    if named and verb:
        # 飞地孵化器什么时候开业: an event that neither names the thing nor says the verb
        # asked (园区与张家港市签署…协议, which names it among its aims) is not its opening.
        said = {*asked, *(q.folded[link.start:link.end] for link in specific)}
        events = [e for e in events if verb.group(0) in fold(e.title)
                  or any(name and name in fold(e.title) for name in said)]
        if not events:
            return None
    asked_as = q.folded + " " + q.content
    if not LISTING_ASKED.search(asked_as) and (
            EVENT_ASKED.search(asked_as) or APPROVAL_ASKED.search(asked_as)):
        events = [e for e in events if not LISTING_SAID.search(e.title)]
        if not events:
            return None
    if COMPLETION_ASKED.search(q.folded):
        events = [e for e in events if COMPLETION_SAID.search(e.title)]
        if not events:
            return None
    if FOUNDING_ASKED.search(q.folded):
        # When was X itself founded: the opening of a unit named after it (X分子诊断技术创新
        # 中心启用) is the unit's, not X's founding.
        # (nor is an agreement it signed: 园区与新加坡科技研究局签署…备忘录 is no founding of
        # A*STAR)
        # (nor its building works begun: 三期B区开工 when was BioBAY set up)
        events = [e for e in events if FOUNDING_SAID.search(e.title)
                  or not (_a_unit_of(asked, e.title, q.folded) or WORKS_BEGUN.search(e.title)
                          or (SIGNING_SAID.search(e.title)
                              and not SIGNING_ASKED.search(q.folded)))]
        if not events:
            return None
    best = max(events, key=score)
    sid = ev_sentence.get(best.id)
    caption = bool(sid in sentence_of and sentence_of[sid].caption_id)
    fact = replace(event_fact(kb, best, caption),
                   entity=kb.about(q.links))
    return Answer(q.raw, True, "when", kb.about(q.links), fact.source,
                  facts=(fact,))


# A sentence that opens with the year its news happened in (2020年，A、B、C在港交所挂牌上市):
# the document dates it no closer, and the extractor keeps no year-only event.
YEAR_OPENING = lazy_regex(rf"^({YEAR}年)[，,]")
PLOT = lazy_regex(r"[a-z][0-9]*(?:地块|区)")  # (C地块, B区: the very plot asked)


def answer_year(kb: Knowledge, q: Question, ev: Evidence, own: list[Row]) -> Answer | None:
    """When the thing asked did what the question says (上市), said only as a year: its own
    sentence naming it and that verb, opening with the year."""
    # (as typed, or in the document's word for it: 敲钟 is 上市)
    verb = EVENT_ASKED.search(q.folded) or EVENT_ASKED.search(q.content)
    specific = [ids for link, ids in zip(q.links, ev.per_link, strict=True)
                if link.name != kb.chapter_subject]
    if verb is None or not specific:
        return None
    codes = [fold(code) for code in q.constraints.codes] + PLOT.findall(q.folded)
    for row in own[:12]:
        text = fold(row.text)
        year = YEAR_OPENING.match(text)
        # (the clause saying the verb says the plot asked: B1地块竣工…；C地块…启动 dates no
        # completion of C)
        said = next((c for c in rx(r"[；;]").split(text) if verb.group(0) in c), "")
        if (year and said and all(code in said for code in codes)
                and all(row.id in ids for ids in specific)):
            source = kb.source(row.entry_id, bool(row.caption_id), row.text)
            fact = Fact("date", year.group(1), detail=row.text[year.end():].rstrip("。"),
                        evidence=row.text, source=source, entity=kb.about(q.links))
            return Answer(q.raw, True, "when", kb.about(q.links), source, facts=(fact,))
    return None
