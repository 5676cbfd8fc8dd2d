"""Suggestions: questions the document can answer, near what was asked, built from the
figures of the sentences nearest the question (the entity asked about first)."""

from __future__ import annotations

from data.lazyre import rx
from data.models import Answer, Fact
from data.normalize import fold
from data.pipeline.knowledge import Knowledge
from data.pipeline.retrieve import Row
from data.question import Question

MAX_SUGGESTIONS = 3
MIN_LABEL = 4  # 苏州市 or 完成: no question in it


def suggest(kb: Knowledge, rows: list[Row], q: Question | None = None,
            limit: int = MAX_SUGGESTIONS) -> list[tuple[str, Fact | None]]:
    """(question, the figure it asks for) pairs, the entity asked about first."""
    ids = [r.id for r in rows[:30]]
    out: list[tuple[str, Fact | None]] = []
    if ids:
        named = {link.name for link in q.links} if q is not None else set()
        # Figures of the entity asked about first, then the rest, in document order.
        figures = sorted(kb.figures(ids),
                         key=lambda f: (f.entity not in named, f.sentence_id, f.start))
        for figure in figures:
            label = figure.label.split("（")[0].rstrip("的")
            label = rx(r"^该(?:实验室|研究院|学院|平台|联盟|中心|公司)").sub("", label)
            owner = figure.entity or ""
            if len(label) < MIN_LABEL:
                continue
            # 占地区生产总值 is a share: asked as 占…多少, not as …是多少.
            ask = "多少" if "占" in label else "是多少"
            text = f"{owner if owner and fold(owner) not in fold(label) else ''}{label}{ask}"
            if text not in [t for t, _ in out]:
                out.append((text, Fact("figure", figure.text, label, owner or None,
                                       unit=figure.unit)))
            if len(out) >= limit:
                break
    if not out and q is not None and q.links:
        out.append((f"{q.links[0].name}是什么", Fact("passage", "", entity=q.links[0].name)))
    return out[:limit]


def not_found(kb: Knowledge, raw: str, intent: str, entity_name: str | None,
              rows: list[Row], q: Question | None = None, *, reason: str = "unknown",
              known: tuple[Fact, ...] = (), conflict: str | None = None,
              conflict_named: bool = False) -> Answer:
    """The document does not say: with what it does say nearby, as questions to ask."""
    offered = suggest(kb, rows, q)
    return Answer(raw, False, intent, entity_name, None, tuple(t for t, _ in offered),
                  reason=reason, known=known, conflict=conflict,
                  conflict_named=conflict_named,
                  suggested=tuple(f for _, f in offered if f is not None),
                  lang=q.lang if q is not None else "zh")
