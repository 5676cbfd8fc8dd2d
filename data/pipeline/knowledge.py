"""What every answerer may consult besides the evidence: the store and the document's
tables of entries, sources and names, read from the store on demand (a shelf of yearbooks
is not loaded at start) and cached."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Generic, TypeVar

from data.linking import Link, specific
from data.models import Figure, Source
from data.store import KnowledgeStore
from data.texts import PHOTO_CREDIT as CREDIT

K = TypeVar("K")
V = TypeVar("V")

MAX_FACT_SENTENCE = 140
MAX_SHORT_SENTENCE = 60
PHOTO_SUFFIX = "（图片说明）"
MIN_CAPTION_WORDS = 3  # three-character runs a caption shares with the entry it shows
ENTRY_BLOCK = 32  # entries read together on a miss (a chapter has about 24)
ENTITY_BLOCK = 128  # entities read together on a miss (a chapter has about 110)
MAX_CACHED_SENTENCES = 20_000  # sentences whose figures are kept (a shelf's are not all)


class Lazy(Generic[K, V]):
    """A read-only table filled from the store on demand (``fetch`` takes many keys at once
    and returns those it has), so that a shelf of yearbooks is not loaded at start."""

    def __init__(self, fetch: Callable[[list[K]], dict[K, V]], limit: int = 100_000,
                 block: int = 0) -> None:
        self._fetch = fetch
        self._limit = limit
        # Ids of one chapter are consecutive, and a question reads a few chapters: a miss
        # fetches the whole block of ``block`` ids around it.
        self._block = block
        self._cache: dict[K, V | None] = {}

    def prefetch(self, keys: Iterable[K]) -> None:
        missing = [k for k in dict.fromkeys(keys) if k not in self._cache]
        if missing and self._block and len(missing) <= 8:
            size = self._block
            blocks = {k // size for k in missing if isinstance(k, int)}  # type: ignore[operator]
            missing = [k for k in missing if not isinstance(k, int)] + [  # type: ignore[misc]
                i for b in sorted(blocks) for i in range(b * size, (b + 1) * size)
                if i not in self._cache]
        if missing:
            if len(self._cache) + len(missing) > self._limit:
                self._cache.clear()
            found = self._fetch(missing)
            for key in missing:
                self._cache[key] = found.get(key)

    def get(self, key: K, default: V | None = None) -> V | None:
        if key not in self._cache:
            self.prefetch([key])
        value = self._cache.get(key)
        return default if value is None else value

    def __getitem__(self, key: K) -> V:
        value = self.get(key)
        if value is None:
            raise KeyError(key)
        return value

    def __contains__(self, key: object) -> bool:
        return self.get(key) is not None  # type: ignore[arg-type]


class Knowledge:
    def __init__(self, store: KnowledgeStore) -> None:
        self.store = store
        look = store.lookups
        several = look.several_documents()
        # A miss reads its neighbours too (ids of one chapter are consecutive), about a
        # chapter's worth: more is read for nothing when the question's sentences stand in
        # many chapters (a shelf's namesakes).
        self.sources: Lazy[int, Source] = Lazy(lambda ids: look.sources(ids, several),
                                               block=ENTRY_BLOCK)
        self.entities: Lazy[int, tuple[str, str, int | None]] = Lazy(lambda ids: {
            eid: (e.name, e.type, e.entry_id) for eid, e in look.entities(ids).items()},
            block=ENTITY_BLOCK)
        self.entry_subject = Subjects(Lazy(look.entry_subjects, block=ENTRY_BLOCK))
        self.several = several  # documents (a shelf)
        self.entry_text: Lazy[int, str] = Lazy(look.entry_texts, limit=4_000, block=ENTRY_BLOCK)
        self.entry_credits: Lazy[int, tuple[str, ...]] = Lazy(look.entry_credits, limit=4_000)
        self.chapter_subject = look.most_common_subject()
        self.name_to_id: Lazy[str, int] = Lazy(look.last_entity_named)
        self.entries_of: Lazy[Source, list[int]] = Lazy(lambda sources: {
            s: ids for s in sources if (ids := look.entries_with_source(s))})
        self._caption_owner: dict[str, int | None] = {}
        self._source_text: Lazy[Source, str] = Lazy(self._texts_of, limit=256)
        # A sentence's figures, read once: every figure question scores those of its best
        # sentences, and the same Figure objects let their words be worked out once.
        self._figures: Lazy[int, tuple[Figure, ...]] = Lazy(
            self._figures_of, limit=MAX_CACHED_SENTENCES)

    def specific(self, links: Sequence[Link]) -> list[Link]:
        """The names asked, less the chapter's own subject (园区, named everywhere)."""
        return specific(links, self.chapter_subject)

    def about(self, links: Sequence[Link]) -> str | None:
        """The name a question is about: the first it links, the chapter's own subject (园区,
        named everywhere) only when it names nothing else (and a name guessed from English
        words, not said, only beside no name said)."""
        others = self.specific(links)
        said = [link for link in others if link.how != "words"]
        named = said or (others if len(others) == len(links) else links)
        # (an exchange is where a thing listed, not what is asked about, beside a name)
        things = [link for link in named if not self.is_exchange(link)]
        return (things or named)[0].name if named else None

    def namesake_of_row(self, links: Sequence[Link], name: str | None, row_entry: int | None
                        ) -> str | None:
        """``name``, or the namesake linked with it whose entry a sentence stands in (金鸡湖创新
        合作中心 links the Beijing and the Greater Bay Area centres: the sentence of the
        Beijing one's entry is about the Beijing one)."""
        owner = self.entry_subject.get(row_entry) if row_entry is not None else None
        if not owner or owner == name:
            return name
        owner_id = self.name_to_id.get(owner)
        same = [link for link in links if link.name == name and len(link.entity_ids) > 1]
        return owner if any(owner_id in link.entity_ids for link in same) else name

    def type_of(self, link: Link) -> str | None:
        """The type of the first entity a name linked names (park, company, exchange)."""
        if not link.entity_ids:
            return None
        self.entities.prefetch(link.entity_ids[:1])
        entity = self.entities.get(link.entity_ids[0])
        return entity[1] if entity is not None else None

    def is_exchange(self, link: Link) -> bool:
        """Whether a name linked is a stock exchange's (港交所, 科创板: where, not whose)."""
        return self.type_of(link) == "exchange"

    def _figures_of(self, sentence_ids: list[int]) -> dict[int, tuple[Figure, ...]]:
        out: dict[int, list[Figure]] = {}
        for figure in self.store.figures(sentence_ids=sentence_ids):
            out.setdefault(figure.sentence_id, []).append(figure)
        return {sid: tuple(figures) for sid, figures in out.items()}

    def figures(self, sentence_ids: Iterable[int]) -> list[Figure]:
        """The figures of these sentences, as ``store.figures`` gives them: by sentence,
        then by where each stands in it."""
        ids = sorted(set(sentence_ids))
        self._figures.prefetch(ids)
        return [f for sid in ids for f in self._figures.get(sid, ())]

    def _texts_of(self, sources: list[Source]) -> dict[Source, str]:
        out = {}
        for source in sources:
            entries = self.entries_of.get(source, [])
            self.entry_text.prefetch(entries)
            out[source] = "".join(self.entry_text.get(eid, "") for eid in entries)
        return out

    def source_text(self, source: Source) -> str:
        """The text of every entry cited as ``source`` (a yearbook repeats a title in each
        chapter), one after another."""
        return self._source_text.get(source, "") or ""

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
        """The entry a photo caption belongs to: the one of its own chapter sharing most
        of its words (remembered per caption)."""
        if text not in self._caption_owner:
            if len(self._caption_owner) > 4096:
                self._caption_owner.clear()
            self._caption_owner[text] = self._caption_entry(text)
        return self._caption_owner[text]

    def _caption_entry(self, text: str) -> int | None:
        said = CREDIT.sub("", text)
        grams = {said[i:i + 3] for i in range(len(said) - 2)} - {""}
        look = self.store.lookups
        # A photo shows an entry of its own chapter: another chapter's namesake entry is not
        # its owner, and a shelf's entries need not be read. Text no caption has (none of
        # the engine's) is compared with every entry.
        documents = look.caption_documents(text)
        blocks = [look.entry_texts_of(documents)] if documents else look.entry_texts_by_block()
        best = max(((sum(g in body for g in grams), eid) for block in blocks
                    for eid, body in block), default=(0, None))
        return best[1] if best[0] >= MIN_CAPTION_WORDS else None

    def is_caption(self, sentence_id: int) -> bool:
        rows = self.store.sentences([sentence_id])
        return bool(rows and rows[0].caption_id)


class Subjects:
    """Entry id → its subject (None for an entry about no one name), and its document (read
    with it: one row of the entry)."""

    def __init__(self, subjects: Lazy[int, tuple[str | None, int]]) -> None:
        self._subjects = subjects

    def get(self, entry_id: int | None, default: str | None = None) -> str | None:
        found = self._subjects.get(entry_id) if entry_id is not None else None
        return default if found is None else found[0]

    def document(self, entry_id: int) -> int | None:
        """The id of the entry's document."""
        found = self._subjects.get(entry_id)
        return None if found is None else found[1]

    def prefetch(self, entry_ids: Iterable[int]) -> None:
        self._subjects.prefetch(entry_ids)


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
