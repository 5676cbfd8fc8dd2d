"""Where: the place a sentence says the thing is (位于, 落户于) or happened (在…揭牌)."""

from __future__ import annotations

import re

from data.models import Answer, Fact
from data.pipeline.knowledge import CREDIT, Knowledge, trim
from data.pipeline.retrieve import Row
from data.question import Question

# The strongest phrasing first: 位于 / 落户于 say where a thing is; 在…揭牌 where something
# happened.
WHERE_PATTERNS = (
    re.compile(r"位于([^，。；]{2,30})"),
    re.compile(r"落户(?:于)?([^，。；]{2,30})"),
    re.compile(r"(?<![旨正现存所实好内外])在([^，。；在]{2,20}?)"
               r"(?:挂牌|上市|设立|揭牌|举办|举行|注册|建设|成立)"),
)


def answer_where(kb: Knowledge, q: Question, top: list[Row]) -> Answer | None:
    for pattern in WHERE_PATTERNS:
        for row in top[:3]:
            match = pattern.search(CREDIT.sub("", row["text"]))
            if not match:
                continue
            place = match.group(1)
            source = kb.row_source(row)
            subject = q.links[0].name if q.links else ""
            fact = Fact("place", place, entity=subject or None,
                        evidence=trim(row["text"], place), source=source)
            return Answer(q.raw, True, "where", subject or None, source, facts=(fact,))
    return None
