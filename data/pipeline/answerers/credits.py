"""Who wrote an entry (科技企业上市那一条是谁写的, who wrote the entry on BioBAY): the names
the yearbook prints after it. A photo's credit is its caption's, answered elsewhere."""

from __future__ import annotations

from data.lazyre import lazy_regex
from data.models import Answer, Fact
from data.normalize import fold
from data.pipeline.knowledge import Knowledge
from data.pipeline.retrieve import Evidence
from data.question import PHOTO, Question

AUTHOR_ASKED = lazy_regex(r"谁(?:写|撰写|执笔|编写|供稿)|(?:供稿|撰稿|执笔)(?:人|者)|作者|"
                          r"\bwho (?:wrote|authored|contributed)\b|\bwritten by\b|"
                          r"\bauthors?\b|\bcontributors?\b|"
                          # (who's credited for the write-up, the entry, the article)
                          r"\bcredited for the (?:[\w ]+ )?(?:write-?up|entry|article|text)\b")
# A photo asked about: its caption's credit, not the entry's writer.
PHOTO_ASKED = lazy_regex(PHOTO)


def asks_author(q: Question) -> bool:
    return bool(AUTHOR_ASKED.search(q.folded)) and not PHOTO_ASKED.search(q.folded)


def answer_credits(kb: Knowledge, q: Question, ev: Evidence) -> Answer | None:
    """The writers of the entry asked about: one whose title the question says, else
    the entry of the best sentence about what it names. None when that entry names none."""
    rows = ev.own or ev.top
    entries = list(dict.fromkeys(r.entry_id for r in [*rows, *ev.top] if r.entry_id))
    if not entries:
        return None
    kb.sources.prefetch(entries)
    titled = [e for e in entries
              if (source := kb.sources.get(e)) and len(source.entry) >= 4
              and fold(source.entry) in q.folded]
    entry = (titled or entries)[0]
    kb.entry_credits.prefetch([entry])
    credits = kb.entry_credits.get(entry) or ()
    source = kb.sources.get(entry)
    if not credits or source is None:
        return None
    fact = Fact("credit", "、".join(credits), entity=source.entry, source=source)
    return Answer(q.raw, True, "who", source.entry, source, facts=(fact,))
