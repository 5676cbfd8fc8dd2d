"""Fact lines in English: who · what it measures: the amount (the document's figure).

Suzhou Nanopolis · PCT patent applications: 81 items (81件)
Gusu Laboratory of Materials · unveiled: 30 June 2020 (2020年6月30日)
"""

from __future__ import annotations

from data import english
from data.lazyre import lazy_regex, rx
from data.models import Fact
from data.normalize import fold
from data.present import en

# What happened on a date, from the words of its event (longest first).
EVENT_VERBS = ("挂牌上市", "开工建设", "签约成立", "揭牌成立", "揭牌", "成立", "签署", "签约",
               "举办", "举行", "发布", "印发", "启用", "启动", "落户", "开工", "获批", "上市",
               "竣工", "公布")


# What a count in 家 counts, by the last such word of its label (31家 of 知名高校: 31
# universities, not companies).
COUNTED_BY_JIA = (("企业", "companies"), ("公司", "companies"), ("高校", "universities"),
                  ("院校", "universities"), ("大学", "universities"),
                  ("机构", "institutions"), ("院所", "institutes"), ("中心", "centres"),
                  ("平台", "platforms"), ("实验室", "labs"), ("医院", "hospitals"),
                  ("基金", "funds"), ("孵化器", "incubators"), ("载体", "carriers"))


def _figure(value: str, label: str = "") -> str:
    said = en.amount(value)
    if label and said.endswith(" companies") and "家" in value:
        at, noun = max((label.rfind(zh), en) for zh, en in COUNTED_BY_JIA)
        if at >= 0:
            said = said[:-len("companies")] + noun
    return f"{said} ({value})" if said and said != value else value


def _beside(said: str, zh: str) -> str:
    """English with the document's Chinese beside it, unless it says the same or already
    holds its Chinese in brackets (a name read as it sounds)."""
    return said if fold(said) == fold(zh) or "(" in said else f"{said} ({zh})"


def _who(fact: Fact) -> str:
    return en.name(fact.entity) if fact.entity else ""


def _event(detail: str, owner: str | None = None) -> tuple[str, str]:
    """(who, what happened) of an event's words: 金鸡湖创新合作中心（北京）揭牌 →
    (Jinji Lake Innovation Center (Beijing), unveiled); of several named (A、B、C在港交所挂牌
    上市), the fact's own ``owner`` when it is one of them."""
    title = english.glossary().get(fold(detail))
    if title is not None and not en.has_chinese(title.english):
        return title.english, ""
    verb = next((v for v in EVENT_VERBS if v in detail), "")
    names = [row for key, row in english.glossary().items()
             if row.kind == "entity" and len(key) >= 3 and key in fold(detail)
             and not en.has_chinese(row.english)]
    said = fold(detail)
    own = [row for row in names if owner and fold(row.chinese) == fold(owner) and (
        f"{fold(owner)}、" in said or f"、{fold(owner)}" in said)]  # (one of a list)
    who = (own or [max(names, key=lambda row: len(row.chinese))])[0].english if names else ""
    what = en.words(verb) or "" if verb else ""
    return who, what


def event_en(detail: str, sentence: str = "") -> str:
    """An event's words in English (Jinji Lake Innovation Center (Beijing) Unveiled), or,
    when the glossary cannot say it, its Chinese quoted."""
    who, what = _event(detail)
    if not who and sentence:
        who, what = _event(sentence)
    said = " · ".join(p for p in (who, what) if p)
    return said or f"“{detail}”"


def fact_line_en(fact: Fact) -> str:
    if fact.kind == "figure":
        label = en.words(fact.label) if fact.label else None
        head = " · ".join(p for p in (_who(fact), label) if p)
        said = _figure(fact.value, fact.label)
        return f"{head}: {said}" if head else said
    if fact.kind == "date":
        who, what = _event(fact.detail, fact.entity)
        who = who or _who(fact)
        head = " · ".join(p for p in (who, what) if p)
        when = en.date(fact.value)
        said = f"{when} ({fact.value})" if when else fact.value
        return f"{head}: {said}" if head else said
    if fact.kind == "place":
        where = _beside(en.place(fact.value), fact.value)
        return f"{_who(fact)}: {where}" if fact.entity else where
    if fact.kind == "part":
        return f"{_part(fact.value)} ({fact.value})"
    if fact.kind == "honour":
        said = _beside(en.name(fact.value), fact.value)
        return f"{_who(fact)}: {said}" if fact.entity else said
    if fact.kind == "credit":
        from data.english import pinyin_name

        return "Written by " + ", ".join(f"{pinyin_name(n, person=True)} ({n})"
                                          for n in fact.value.split("、"))
    if fact.kind == "names":
        return "; ".join(en.name(n) for n in fact.value.split("、"))
    if fact.kind == "count":
        names = "; ".join(en.name(n) for n in fact.detail.split("、"))
        return f"{_figure(fact.value)}: {names}"
    if fact.kind == "sum":
        parts = " + ".join(_figure(v) for v in fact.detail.split("＋"))
        return f"Total: {_figure(fact.value)} = {parts}"
    if fact.kind == "share":
        part, whole = fact.detail.split("÷")
        return f"Share: {fact.value} = {_figure(part)} ÷ {_figure(whole)}"
    if fact.kind in ("difference", "rest"):
        parts = " − ".join(_figure(v) for v in fact.detail.split("－"))
        said = "Difference" if fact.kind == "difference" else "The rest"
        return f"{said}: {_figure(fact.value)} = {parts}"
    if fact.kind == "compare":
        from data.present import compare_key, t

        # (who wins: an entity by its name, or, of one entity's two figures, the measure
        # when English can say it)
        measure = en.words(fact.scope) if fact.scope else None
        who = measure if measure and not en.has_chinese(measure) else (
            _part(fact.value) if not fact.entity and fact.value and PART.fullmatch(fact.value)
            else en.name(fact.entity or fact.value))
        return t("en", compare_key(fact), who=who if fact.value else "",
                 value=en.date(fact.label) or _figure(fact.label))
    # A passage: the document's own sentence, quoted.
    return f"“{fact.value}”"


PART = lazy_regex(r"(?:([一二三四五六七八九十]+)期)?(?:([A-Z][0-9]?)(区|地块))?")


def _part(part: str) -> str:
    """三期B区 → Phase 3, Zone B; 五期A1地块 → Phase 5, Plot A1."""
    from data.pipeline.constraints import cn_int

    m = PART.fullmatch(part)
    if m is None:
        return part
    words = [f"Phase {cn_int(m.group(1))}"] if m.group(1) else []
    if m.group(2):
        words.append(f"{'Zone' if m.group(3) == '区' else 'Plot'} {m.group(2)}")
    return ", ".join(words) or part


COUNTS = ("家", "人", "名", "件", "张", "个", "支", "项", "类", "批", "场", "所", "位")


def question_en(fact: Fact) -> str:
    """A question the figure answers, asked in English (a suggestion the bot can answer)."""
    who = en.english_name(fact.entity) if fact.entity else None
    what = en.words(fact.label) if fact.label else None
    if fact.kind == "passage" or not what:
        return f"What is {who or en.name(fact.entity or '')}?"
    if fact.unit == "%":
        ask = "What share is"
    else:
        ask = "How many" if fact.unit in COUNTS else "How much is"
    return f"{ask} {what}" + (f" of {who}?" if who else "?")


def has_chinese_outside_quotes(line: str) -> bool:
    """Whether a line has Chinese outside brackets and quotes (the original may stand
    there; nothing of the bot's own words may)."""
    bare = rx(r"\([^()]*\)|（[^（）]*）|“[^”]*”|「[^」]*」").sub("", line)
    return en.has_chinese(bare)
