"""Presentation: an ``Answer`` (data) as the text a person reads, in one place.

Plain text for the CLI and the QA tools; ``handlers/render.py`` builds Telegram HTML from
the same parts (``headline``, ``original``, ``source``)."""

from __future__ import annotations

from typing import Any

from data.models import Answer, Fact
from data.normalize import fold

# Answers of several facts, a line each (a bare figure's places share one line).
SEVERAL = ("compare", "events")


def fact_line(fact: Fact) -> str:
    """One fact as a line: who · what it measures：the value as the document states it."""
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
        return f"合计：{fact.value}（{fact.detail}）"
    if fact.kind == "compare":
        word = {"more": "更多", "less": "更少"}.get(fact.detail, "")
        return f"{word}的是：{fact.value}（{fact.label}）"
    if fact.kind == "place":
        return f"{fact.entity}：{fact.value}" if fact.entity else fact.value
    return fact.value


def headline(answer: Answer) -> str:
    """The first line: the fact(s), or why nothing was found."""
    if not answer.found:
        if answer.conflict:
            return f"文档没有“{answer.conflict}”的数据。"
        if answer.entity:
            return f"文档没有提到这一点（关于{answer.entity}）。"
        return "文档中没有找到这个问题的答案。"
    if answer.intent in SEVERAL:
        return "\n".join(fact_line(f) for f in answer.facts)
    return "；".join(fact_line(f) for f in answer.facts)


def original(answer: Answer) -> str | None:
    """The document's own sentence, when it says more than the headline."""
    evidence = answer.evidence
    if evidence and fold(evidence) != fold(headline(answer)):
        return evidence
    return None


def text(answer: Answer) -> str:
    """The whole answer as plain text (what ``sipbot ask`` prints)."""
    lines = [headline(answer)]
    if not answer.found:
        if answer.known:
            lines.append("文档记载的是：" + "；".join(fact_line(f) for f in answer.known))
            if answer.known[0].evidence:
                lines.append(f"原文：{answer.known[0].evidence}")
        elif answer.suggestions:
            lines.append("您可以问：" + "；".join(answer.suggestions))
        return "\n".join(lines)
    if answer.intent in SEVERAL:
        shown = {fold(fact_line(f)) for f in answer.facts}
        quotes = dict.fromkeys(f.evidence for f in answer.facts
                               if f.evidence and fold(f.evidence) not in shown)
        lines += [f"原文：{quote}" for quote in quotes]
        sources = dict.fromkeys(str(f.source) for f in answer.facts if f.source)
        if sources:
            lines.append("出处：" + "；".join(sources))
        return "\n".join(lines)
    quoted = original(answer)
    if quoted:
        lines.append(f"原文：{quoted}")
    if answer.source:
        lines.append(f"出处：{answer.source}")
    return "\n".join(lines)


def to_json(answer: Answer) -> dict[str, Any]:
    """The stable ``sipbot ask --json`` contract."""
    source = answer.source
    return {
        "question": answer.question,
        "found": answer.found,
        "answer": text(answer),
        "intent": answer.intent,
        "entity": answer.entity,
        "source": {"section": source.section, "entry": source.entry} if source else None,
        "suggestions": list(answer.suggestions),
    }
