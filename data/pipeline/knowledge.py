"""What every answerer may consult besides the evidence: the store and the document's
tables of entries, sources and names, loaded once per store."""

from __future__ import annotations

from collections import Counter

from data.models import Source
from data.store import KnowledgeStore
from data.texts import PHOTO_CREDIT as CREDIT

MAX_FACT_SENTENCE = 140
MAX_SHORT_SENTENCE = 60
PHOTO_SUFFIX = "（图片说明）"
MIN_CAPTION_WORDS = 3  # three-character runs a caption shares with the entry it shows


class Knowledge:
    def __init__(self, store: KnowledgeStore) -> None:
        self.store = store
        self.sources: dict[int, Source] = store.sources()
        self.entities: dict[int, tuple[str, str, int | None]] = {
            e.id: (e.name, e.type, e.entry_id) for e in store.entities()}
        self.entry_subject: dict[int, str | None] = {}
        self.subjects: set[str] = set()
        self.entry_text: dict[int, str] = {}
        for row in store.entries():
            self.entry_subject[row.id] = row.subject
            if row.subject:
                self.subjects.add(row.subject)
            self.entry_text[row.id] = row.title + row.body
        subjects = Counter(row for row in self.entry_subject.values() if row)
        self.chapter_subject = subjects.most_common(1)[0][0] if subjects else None
        self.name_to_id = {name: eid for eid, (name, _, _) in self.entities.items()}
        self.entries_of: dict[Source, list[int]] = {}
        for entry_id, source in self.sources.items():
            self.entries_of.setdefault(source, []).append(entry_id)

    def source(self, entry_id: int | None, caption: bool = False, text: str = ""
               ) -> Source | None:
        source = self.sources.get(entry_id) if entry_id is not None else None
        if caption:
            # A photo is printed where the page had room: cite the entry it shows.
            owner = self.sources.get(self.caption_entry(text)) if text else None
            if owner is not None:
                return Source(owner.section, f"{owner.entry}{PHOTO_SUFFIX}", owner.document)
            return Source(source.section if source else "图片", "图片说明",
                          source.document if source else "")
        return source

    def row_source(self, row: dict) -> Source | None:
        return self.source(row.entry_id, bool(row.caption_id), row.text)

    def caption_entry(self, text: str) -> int | None:
        """The entry a photo caption belongs to: the one sharing most of its words."""
        said = CREDIT.sub("", text)
        grams = {said[i:i + 3] for i in range(len(said) - 2)} - {""}
        best = max(((sum(g in body for g in grams), eid)
                    for eid, body in self.entry_text.items()), default=(0, None))
        return best[1] if best[0] >= MIN_CAPTION_WORDS else None

    def is_caption(self, sentence_id: int) -> bool:
        rows = self.store.sentences([sentence_id])
        return bool(rows and rows[0].caption_id)


def trim(sentence: str, anchor: str) -> str:
    """Keep the clauses around the fact: on a phone, the fact's own part of a long
    sentence is the evidence (；separates independent statements)."""
    sentence = CREDIT.sub("", sentence)  # a photo's credit is no part of what it says
    at = max(0, sentence.find(anchor))
    if len(sentence) > MAX_SHORT_SENTENCE and "；" in sentence:
        start = sentence.rfind("；", 0, at) + 1
        end = sentence.find("；", at + len(anchor))
        end = len(sentence) if end < 0 else end + 1
        piece = sentence[start:end].rstrip("；")
        if end < len(sentence):
            piece += "…"
        return ("…" if start > 0 else "") + piece
    if len(sentence) <= MAX_FACT_SENTENCE:
        return sentence
    start = max(sentence.rfind("，", 0, max(0, at - 40)) + 1, 0)
    end = sentence.find("，", at + len(anchor) + 30)
    end = len(sentence) if end < 0 else end
    piece = sentence[start:end]
    return ("…" if start > 0 else "") + piece + ("…" if end < len(sentence) else "")
