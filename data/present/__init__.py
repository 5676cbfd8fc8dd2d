"""Presentation: an ``Answer`` (data) as what a person reads, in Chinese or English, as
plain text (CLI) or Telegram HTML (the bot) — one set of strings, one layout.

An answer reads: the fact line(s); the document's own sentence (原文 / Original); where it
stands (出处 / Source). Not found: why, what the document does give instead, and (in plain
text only: the bot shows them as buttons) questions it can answer.
"""

from __future__ import annotations

import html as html_lib
import re
from dataclasses import dataclass, replace
from typing import Any

from data.lazyre import regex, rx
from data.models import Answer, Fact, Source
from data.normalize import fold

LANGS = ("zh", "en")
# Answers of several facts, a line each (a bare figure's places share one line).
SEVERAL = ("compare", "events")

STRINGS: dict[str, dict[str, str]] = {
    "not_found": {"zh": "文档中没有找到这个问题的答案。",
                  "en": "The document does not say."},
    "not_found_about": {"zh": "文档没有提到这一点（关于{entity}）。",
                        "en": "The document does not say this about {entity}."},
    "conflict": {"zh": "文档没有“{conflict}”的数据。",
                 "en": "The document has no figure for {conflict}."},
    # (a date, a name or a place asked: no "figure" to speak of)
    "conflict_other": {"zh": "文档没有关于“{conflict}”的记载。",
                       "en": "The document has nothing on {conflict}."},
    "known": {"zh": "文档记载的是：", "en": "What it does give: "},
    "original": {"zh": "原文：", "en": "Original: "},
    "source": {"zh": "出处：", "en": "Source: "},
    "you_can_ask": {"zh": "您可以问：", "en": "You could ask: "},
    "more": {"zh": "更多的是：{who}（{value}）", "en": "More: {who} ({value})"},
    "earlier": {"zh": "更早的是：{who}（{value}）", "en": "Earlier: {who} ({value})"},
    "later": {"zh": "更晚的是：{who}（{value}）", "en": "Later: {who} ({value})"},
    "first": {"zh": "最早的是：{who}（{value}）", "en": "First: {who} ({value})"},
    "last": {"zh": "最晚的是：{who}（{value}）", "en": "Last: {who} ({value})"},
    "less": {"zh": "更少的是：{who}（{value}）", "en": "Fewer: {who} ({value})"},
    "same": {"zh": "一样多：都是{value}", "en": "The same: {value} each"},
    "same_day": {"zh": "同一天：都在{value}", "en": "The same day: {value}"},
    "total": {"zh": "合计：{value}（{detail}）", "en": "Total: {value} ({detail})"},
    "difference": {"zh": "相差：{value}（{detail}）", "en": "Difference: {value} ({detail})"},
    "rest": {"zh": "其余：{value}（{detail}）", "en": "The rest: {value} ({detail})"},
    "share": {"zh": "占比：{value}（{detail}）", "en": "Share: {value} ({detail})"},
    "partial": {"zh": "文档没有提到：{parts}", "en": "Not in the document: {parts}"},
    "premise": {"zh": "不是“{conflict}”。文档记载的是：",
                "en": "Not {conflict}. The document says:"},
    "says": {"zh": "", "en": "{who}, in the document's words:"},
    "says_unnamed": {"zh": "", "en": "In the document's words:"},
}
# The constraints verify names, in English (the Chinese is kept beside them).
CONFLICT_EN = {"授权": "granted patents", "申请": "applications", "获得认定": "approvals",
               "新增": "new additions", "累计": "the running total", "国家级": "the national level",
               "省级": "the provincial level", "市级": "the city level",
               "具体日期": "the exact day", "拥有量": "patents held",
               "发明专利": "invention patents", "实用新型": "utility model patents",
               "外观设计": "design patents", "专利": "patents", "建筑面积": "floor area",
               "占地面积": "land area", "增长": "growth", "外资": "foreign-invested ones",
               "人均": "each person", "亩均": "each mu", "单位面积": "each square metre",
               "上市": "listed companies", "具体数量": "the number itself"}
# A figure asked per something (每平方米, per capita): what each one is.
PER_EN = {"平方米": "square metre", "平米": "square metre", "平方": "square metre",
          "亩": "mu", "人": "person", "名": "person", "位": "person", "户": "household",
          "家": "company", "个": "one", "项": "project", "间": "room", "套": "unit",
          "capita": "person", "head": "person"}


def compare_key(fact: Fact) -> str:
    """The string a comparison's outcome is said with (more unless the fact says else)."""
    return fact.detail if fact.detail in ("less", "earlier", "later", "first", "last", "same",
                                          "same_day") else "more"


def t(lang: str, key: str, **values: str) -> str:
    strings = STRINGS[key]
    return strings.get(lang, strings["zh"]).format(**values)


def _lang(answer: Answer, lang: str | None) -> str:
    """The reader's language: as asked for (a chat's /lang), else the question's own."""
    chosen = lang or answer.lang
    return chosen if chosen in LANGS else "zh"


# -- facts ------------------------------------------------------------------------------


def fact_line(fact: Fact, lang: str = "zh") -> str:
    """One fact as a line: who · what it measures：the value as the document states it."""
    if lang == "en":
        from data.present.english_lines import fact_line_en

        return fact_line_en(fact)
    if fact.kind == "figure":
        owner = f"{fact.entity} · " if fact.entity else ""
        if fact.label:
            return f"{owner}{fact.label}：{fact.value}"
        return f"{fact.entity or ''}：{fact.value}"
    if fact.kind == "date":
        return f"{fact.value}：{fact.detail}"
    if fact.kind == "count":
        return f"{fact.value}：{fact.detail}"
    if fact.kind == "sum":
        return t("zh", "total", value=fact.value, detail=fact.detail)
    if fact.kind in ("difference", "rest", "share"):
        return t("zh", fact.kind, value=fact.value, detail=fact.detail)
    if fact.kind == "compare":
        return t("zh", compare_key(fact), who=fact.value, value=fact.label)
    if fact.kind in ("place", "honour"):
        return f"{fact.entity}：{fact.value}" if fact.entity else fact.value
    if fact.kind == "credit":
        return f"供稿：{fact.value}"
    return fact.value


def _conflict(answer: Answer, lang: str) -> str:
    conflict = answer.conflict or ""
    if lang != "en":
        return conflict
    from data.pipeline.constraints import cn_int
    from data.present import en

    ordinal = rx(r"第(\d+)(\w?)").fullmatch(conflict)
    numbered = rx(r"([一二三四五六七八九十]+)([期类])").fullmatch(conflict)  # 五期: phase 5
    phases = rx(r"([一二三四五六七八九十]+)期至([一二三四五六七八九十]+)期").fullmatch(conflict)
    per = rx(r"每(.+)|per\s+(.+)").fullmatch(conflict)
    english = CONFLICT_EN.get(conflict) or en.date(conflict) or (
        f"each {PER_EN.get(per.group(1) or per.group(2), per.group(1) or per.group(2))}"
        if per else None) or (
        f"the {en.ordinal(int(ordinal.group(1)))} {en.unit_en(ordinal.group(2))}".strip()
        if ordinal else None) or (
        f"{'phase' if numbered.group(2) == '期' else 'class'} {cn_int(numbered.group(1))}"
        if numbered else None) or (
        f"phases {cn_int(phases.group(1))} to {cn_int(phases.group(2))}" if phases else None) or (
        en.place(conflict) if en.has_chinese(conflict) else conflict)
    if per and not en.has_chinese(conflict):
        return english  # (per square meter, as asked)
    if not en.has_chinese(conflict) and english == conflict:
        # (as the asker typed it: Nasdaq, not the folded nasdaq)
        typed = regex(re.escape(conflict), re.IGNORECASE).search(answer.question)
        return typed.group(0) if typed else conflict
    return english if english == conflict or english.endswith(f"({conflict})") else (
        f"{english} ({conflict})")


def headline(answer: Answer, lang: str | None = None) -> str:
    """The first line(s): the fact(s), or why nothing was found."""
    lang = _lang(answer, lang)
    if not answer.found:
        if answer.conflict:
            figure = answer.intent == "figure" or any(f.kind == "figure" for f in answer.known)
            said = _conflict(answer, lang)
            # (a name the document does use elsewhere: not "nothing on" it, only not this)
            return t(lang, "conflict" if figure else "not_found_about" if answer.conflict_named
                     else "conflict_other", conflict=said, entity=said)
        if answer.entity:
            return t(lang, "not_found_about", entity=_name(answer.entity, lang).rstrip("."))
        return t(lang, "not_found")
    if answer.reason == "premise" and answer.conflict:
        # (the premise corrected first, then the facts as any answer gives them)
        return t(lang, "premise", conflict=_conflict(answer, lang)) + "\n" + headline(
            replace(answer, reason=None, conflict=None), lang)
    if answer.facts and answer.facts[0].kind == "passage" and lang == "en":
        if not answer.entity:
            return t(lang, "says_unnamed")  # (not "The document, in the document's words")
        return t(lang, "says", who=_name(answer.entity, lang))
    lines = [fact_line(f, lang) for f in answer.facts]
    if answer.reason == "partial" and answer.conflict:
        lines.append(t(lang, "partial", parts=answer.conflict))
    return ("\n" if answer.intent in SEVERAL else "；" if lang == "zh" else "; ").join(lines)


def _name(zh: str | None, lang: str) -> str:
    if not zh or lang != "en":
        return zh or ""
    from data.present import en

    return en.name(zh)


def source_text(source: Source | None, lang: str) -> str | None:
    if source is None:
        return None
    if lang != "en":
        return str(source)
    from data.present import en

    return en.source(source)


# -- the whole answer ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Parts:
    """An answer laid out: each part plain text, ready for either format."""

    head: str
    known: str | None  # not found: what the document does give
    quotes: tuple[str, ...]
    sources: tuple[str, ...]
    asks: tuple[str, ...]  # suggestions, for plain text (the bot shows buttons)
    bold: str | None  # the words of ``head`` to emphasise
    lang: str


def layout(answer: Answer, lang: str | None = None) -> Parts:
    lang = _lang(answer, lang)
    head = headline(answer, lang)
    shown = {fold(line) for line in head.split("\n")}
    if not answer.found:
        known = None
        quotes: tuple[str, ...] = ()
        if answer.known:
            known = t(lang, "known") + ("；" if lang == "zh" else "; ").join(
                fact_line(f, lang) for f in answer.known)
            quotes = tuple(f.evidence for f in answer.known[:1] if f.evidence)
        return Parts(head, known, quotes, (), suggestions(answer, lang) if not known else (),
                     None, lang)
    quotes = tuple(dict.fromkeys(
        f.evidence for f in answer.facts
        if f.evidence and (lang == "en" or fold(f.evidence) not in shown)))
    if answer.intent not in SEVERAL:
        quotes = quotes[:1]
    sources = tuple(dict.fromkeys(
        s for f in answer.facts if (s := source_text(f.source, lang)))) or tuple(
        s for s in (source_text(answer.source, lang),) if s)
    if answer.intent not in SEVERAL:
        sources = tuple(s for s in (source_text(answer.source, lang),) if s)
    bold = answer.fact if lang == "zh" else None
    return Parts(head, None, quotes, sources, (), bold, lang)


def text(answer: Answer, lang: str | None = None) -> str:
    """The whole answer as plain text (what ``sipbot ask`` prints)."""
    p = layout(answer, lang)
    lines = [p.head]
    if p.known:
        lines.append(p.known)
    lines += [t(p.lang, "original") + q for q in p.quotes]
    if p.sources:
        lines.append(t(p.lang, "source") + ("；" if p.lang == "zh" else "; ").join(p.sources))
    if p.asks:
        lines.append(t(p.lang, "you_can_ask") + ("；" if p.lang == "zh" else "; ").join(p.asks))
    return "\n".join(lines)


def html(answer: Answer, lang: str | None = None) -> str:
    """The answer as Telegram HTML: the fact in bold, the original, a 📖 source line; not
    found, no source line and no suggestions (the bot shows those as buttons)."""
    p = layout(answer, lang)
    head = html_lib.escape(p.head)
    if p.bold and p.bold in p.head:
        before, _, after = p.head.partition(p.bold)
        head = (f"{html_lib.escape(before)}<b>{html_lib.escape(p.bold)}</b>"
                f"{html_lib.escape(after)}")
    elif p.head and (p.quotes or p.sources) and "\n" not in p.head:
        head = f"<b>{head}</b>"
    lines = [head]
    if p.known:
        lines.append(html_lib.escape(p.known))
    lines += [html_lib.escape(t(p.lang, "original") + q) for q in p.quotes]
    body = "\n".join(lines)
    if p.sources:
        body += "\n\n📖 " + html_lib.escape(("；" if p.lang == "zh" else "; ").join(p.sources))
    return body


def suggestions(answer: Answer, lang: str | None = None) -> tuple[str, ...]:
    """The questions to offer, in the reader's language."""
    lang = _lang(answer, lang)
    if lang != "en" or len(answer.suggested) != len(answer.suggestions):
        return answer.suggestions
    from data.present.english_lines import question_en

    # (Two labels may read alike in English: each question once.)
    return tuple(dict.fromkeys(question_en(f) for f in answer.suggested))


def to_json(answer: Answer, lang: str | None = None) -> dict[str, Any]:
    """The stable ``sipbot ask --json`` contract (``answer``: the text in that language)."""
    source = answer.source
    return {
        "question": answer.question,
        "found": answer.found,
        "answer": text(answer, lang),
        "intent": answer.intent,
        "entity": answer.entity,
        "source": ({"section": source.section, "entry": source.entry}
                   # the chapter, once the store holds several
                   | ({"document": source.document} if source.document else {})
                   if source else None),
        "suggestions": list(suggestions(answer, lang)),
        "lang": _lang(answer, lang),
    }
