"""What a thing was approved or selected as (信达生物入选了什么, what was Innovent's technology
centre approved as?): the honour its entry's title names, when its own sentence says only
that it was selected (苏州市2家入选企业技术中心…，分别是信达生物制药（苏州）有限公司技术中心和…)."""

from __future__ import annotations

import re

from data.lazyre import lazy_regex, regex
from data.models import Answer, Fact
from data.normalize import fold
from data.pipeline.knowledge import Knowledge
from data.pipeline.retrieve import Evidence, Row
from data.question import Question

HONOUR_ASKED = lazy_regex(
    r"(?:入选|获批|获评|评为|评上|认定为|批准为|选上)(?:了|为|成|成了)?(?:个|一个)?"
    r"(?:什么|啥|么子|么事|哪个|哪种|哪类|哪一类)|"
    # (拿到什么国家级称号, 获得了啥名号: a title or list asked of what it got)
    r"(?:拿到|获得|得到|拿了|评上|获评|入选)了?[^，,。？?]{0,4}?(?:什么|啥|么子|么事|哪个|哪种)"
    r"[^，,。？?]{0,4}?(?:称号|名头|名号|头衔|荣誉|资格|名单)|"
    r"\b(?:approved|selected|picked|chosen|named|recognised|recognized|designated|"
    r"certified|listed)\s+(?:as|for|into)\s+(?:a |an |the )?(?:what|which)\b|"
    r"\bwhat\b[^?]{0,80}?\b(?:approved|selected|picked|chosen|named|recognised|recognized|"
    r"designated)(?:\s+(?:as|for|into)\b|\s*[?!.]*$)")
# The sentence says only that it was selected (入选企业技术中心), not as what.
SELECTED = lazy_regex(r"入选|获批|获评|评为|认定")
# A sentence naming what it was selected as (获批的创新型生物药企业, 被评为…).
NAMED = lazy_regex(r"(?:获批|入选|获评)的[^，,。；;]{2,}|(?:评为|认定为|授予)[^，,。；;]{2,}")
# An entry titled by the honour its sentences report (园区2家企业技术中心获批国家企业技术中心).
TITLE_HONOUR = lazy_regex(r"(?:获批|入选|获评|被评为|认定为)为?(.{4,})$")
# The sentences of the thing asked read for one that says it was selected.
HONOUR_ROWS = 6
HONOUR_KIND = 4  # the honour's last characters, the kind of thing selected (技术中心)


def asks_honour(q: Question) -> bool:
    return bool(q.links) and bool(HONOUR_ASKED.search(q.folded))


def answer_honour(kb: Knowledge, q: Question, ev: Evidence,
                  entity_name: str | None) -> Answer | None:
    """The honour the entry of the thing's own sentence is titled by, that sentence saying
    it was selected and naming the thing; None when its sentence names the honour itself
    (the passage says it) or no entry is titled so."""
    rows = [r for r in ev.own[:HONOUR_ROWS] if r.entry_id is not None and SELECTED.search(r.text)]
    kb.sources.prefetch(list(dict.fromkeys(r.entry_id for r in rows)))
    names = [fold(link.name) for link in q.links if link.name != kb.chapter_subject]
    for row in rows:
        source = kb.sources.get(row.entry_id)
        title = TITLE_HONOUR.search(fold(source.entry)) if source else None
        text = fold(row.text)
        if title is None or title.group(1) in text or NAMED.search(text) or not any(
                n in text for n in names):
            continue  # (a sentence naming what it was selected as is a passage's to quote)
        if _named_elsewhere(q, ev.weights, rows, text + fold(source.entry), names):
            return None
        # (of the entry's sentences naming it, the one saying it was selected as that kind:
        # 入选企业技术中心, not 获批的创新型生物药企业)
        row = next((r for r in rows if r.entry_id == row.entry_id
                    and title.group(1)[-HONOUR_KIND:] in fold(r.text)), row)
        said = fold(row.text)
        owners = list(dict.fromkeys(link.name for link in q.links if fold(link.name) in said))
        facts = tuple(Fact("honour", _honour_of(owner, title.group(1), said), entity=owner,
                           evidence=row.text, source=source)
                      for owner in owners or [entity_name])
        return Answer(q.raw, True, "what", facts[0].entity, source, facts=facts)
    return None


def _named_elsewhere(q: Question, weights: dict[str, float], rows: list[Row], said: str,
                     names: list[str]) -> bool:
    """Another of its sentences names what it was selected as (省内唯一获批的创新型生物药企业)
    and holds more of the question's words than the sentence and title answering would
    (信达生物是省内唯一获批个什么企业: that one is asked)."""
    def held(text: str) -> float:
        return sum(w for t, w in weights.items()
                   if t in text and not any(t in name for name in names))
    mine = held(said)
    return any(NAMED.search(fold(r.text)) and held(fold(r.text)) > mine for r in rows)


def _honour_of(owner: str | None, honour: str, said: str) -> str:
    """The honour, or its sub-centre's when the sentence selects the owner's 技术中心分中心."""
    if owner and (fold(owner).endswith("分中心") or regex(
            rf"{re.escape(fold(owner))}[^、，,和及]*分中心").search(said)):
        return honour + "分中心"
    return honour
