"""Describe and status: a question about a named thing as a whole. What it is (特别之处,
称号) is what its entry says of it first; how it stands (进展如何) is the latest the
document says of it. A question word that does match a sentence picks that sentence."""

from __future__ import annotations

from data import extract
from data.lazyre import lazy_regex
from data.models import Answer
from data.normalize import fold
from data.pipeline.answerers.listing import with_next
from data.pipeline.answerers.passage import passage
from data.pipeline.knowledge import Knowledge
from data.pipeline.retrieve import Evidence, Row, about
from data.question import EN_AIM_ASKED, EN_WHERE_USED, HONOUR_WORDS, Question

# "What does it do" and the sentences that say what a thing is for.
PURPOSE_ASKED = lazy_regex(r"做什么|干什么|干嘛|干啥|做啥|用途|定位|专注|聚焦|"
                           r"\bwhat (?:does|do|did|the) .+ do\b|\bpurpose\b|\bwhat is .+ for\b|"
                           r"\bfocus(?:es|ed)? on\b|\b(?:dedicated|devoted|committed) to\b|"
                           r"\bdedicated\b|致力于什么|致力于哪|"
                           # (what its products are used in, or where: what they are for)
                           rf"\bused (?:for|in)\b|{EN_WHERE_USED}|"
                           rf"{EN_AIM_ASKED}|打造成|建成什么|成为什么")
PURPOSE_SAID = lazy_regex(r"专注于|致力于|旨在|实现[^，。；]{0,20}功能|"
                          r"主要(?:从事|面向|支持|开展|提供|负责)|定位|服务于|"
                          r"为目标|聚焦|重点围绕|应用于|用于|打造")
# "What title has it": the sentence saying what it was named or awarded.
HONOUR_ASKED = lazy_regex(rf"{HONOUR_WORDS}|称号|荣誉|头衔|誉为|号称|被称为|"
                          r"(?:叫做|叫作|称作|人称|称之为|叫成个?)(?:什么|啥)|"
                          r"\btitles?\b|\bhonou?rs?\b|\bawarded\b|"
                          r"\b(?:known|billed|hailed|touted|dubbed|praised|regarded) as\b|"
                          r"\b(?:acclaimed|renowned|celebrated)\b|"
                          r"\bhow (?:is|was) .+ (?:described|called|known)\b")
# (in that order: a title or award first, then being picked, then being approved)
HONOUR_SAID = (lazy_regex(r"称号|授予|荣誉|获评|评为|誉为"), lazy_regex(r"入选"),
               lazy_regex(r"获批|认定|批准"))
# "What kind of body is it" (是个什么机构, what kind of company): the sentence saying what it is.
KIND_ASKED = lazy_regex(r"是(?:个|一个|一家|家)?(?:什么|啥)(?:样的?|性质的?)?"
                        r"(?:机构|单位|企业|公司|组织|平台)|"
                        r"\bwhat (?:kind|sort|type) of (?:an? )?(?:organi[sz]ation|"
                        r"institution|institute|body|company|firm|enterprise|entity)\b")
KIND_SAID = lazy_regex(r"是[^，。；]{0,60}?(?:机构|企业|公司|组织|平台|单位)(?:[，。；]|$)")
# "What is special about it": the sentence saying what sets it apart (省内唯一, 全国首个).
SPECIAL_ASKED = lazy_regex(r"特别|特殊|特点|特色|亮点|是第几(?:个|家|座)|"
                           r"\b(?:special|unique|distinctive|notable|"
                           r"stands? out)\b")
SPECIAL_SAID = lazy_regex(r"唯一|首个|首家|首批|第一|率先|之最|最早|最大")


def own_sentences(kb: Knowledge, q: Question, ev: Evidence) -> list[Row]:
    """The named thing's own sentences in document order: its entry's, else its mentions."""
    most = ev.most_specific(q.links, kb.specific(q.links))
    if most is None:
        return []
    chosen, ids = most
    name = fold(chosen.name)
    entry = [r for r in ev.own if about(fold(kb.entry_subject.get(r.entry_id) or ""), name)
             and kb.entry_subject.get(r.entry_id) != kb.chapter_subject]
    # (its own entry's before another's about a name sharing only a kind's words with it:
    # 牛津…分子诊断技术创新中心 is no entry about 苏州—剑桥纳米技术创新中心)
    whole = [r for r in entry if (subject := fold(kb.entry_subject.get(r.entry_id) or ""))
             and (name in subject or subject in name)]
    if entry:
        return sorted(whole or entry, key=lambda r: r.id)
    # (no entry of its own: the sentences naming it first, then the other names')
    return sorted(ev.own, key=lambda r: (r.id not in ids, r.id))


def _of_another(text: str, name: str) -> bool:
    """Whether a sentence opens with a name other than ``name`` and never says ``name``."""
    return extract.opening_name(text) is not None and fold(name) not in fold(text)


def answer_describe(kb: Knowledge, q: Question, ev: Evidence) -> Answer | None:
    rows = own_sentences(kb, q, ev)
    if not rows:
        return None
    entity = next((link.name for link in q.links if fold(link.name) == fold(
        kb.entry_subject.get(rows[0].entry_id) or "")), q.links[0].name)
    # What does it do? The sentence saying what it is for, not when it opened (whatever
    # words of the question that one shares); often the one after it is named
    # (…合作中心启动。合作中心专注于支持…).
    # (not one after it whose subject is another name: 苏州旭创…产品应用于…, after 信达生物's)
    purposes = [r for r in with_next(kb, rows) if PURPOSE_SAID.search(r.text)
                and not _of_another(r.text, entity)] if PURPOSE_ASKED.search(q.folded) else []
    # (one after a mention elsewhere, in an overview, may be another thing's)
    own = next((r for r in purposes if r in rows or about(
        fold(kb.entry_subject.get(r.entry_id) or ""), fold(entity))), None)
    if own is not None:
        return passage(kb, q, own, entity, q.intent)
    special = next((r for r in rows if SPECIAL_SAID.search(r.text)),
                   None) if SPECIAL_ASKED.search(q.folded) else None
    if special is not None:
        return passage(kb, q, special, entity, q.intent)
    kind = next((r for r in with_next(kb, rows) if KIND_SAID.search(r.text)
                 and not _of_another(r.text, entity)), None) if KIND_ASKED.search(
                     q.folded) else None
    if kind is not None:
        return passage(kb, q, kind, entity, q.intent)
    if not purposes and q.intent != "figure" and HONOUR_ASKED.search(q.folded):
        # What title did it get? The sentence saying it (被授予“江苏省实验室”称号), one
        # holding words of the question first (省内唯一), whatever words another shares: in
        # its entry, else where another names it. (号称…的纳米城…多少个 asks a count.)
        candidates = with_next(kb, rows) + [r for r in ev.own if r not in rows]
        held = [r for r in candidates if any(t in fold(r.text) for t in ev.weights or {})]
        honour = next((r for pool in (held, candidates) for said in HONOUR_SAID for r in pool
                       if said.search(r.text)), None)
        if honour is not None:
            return passage(kb, q, honour, entity, q.intent)
    said = [r for r in ev.own[:3] if ev.weights and any(
        t in fold(r.text) for t in ev.weights)]
    if said:
        return passage(kb, q, said[0], entity, q.intent)
    row = rows[-1] if q.aspect == "status" else rows[0]
    if purposes:
        row = purposes[0]
    return passage(kb, q, row, entity, q.intent)
