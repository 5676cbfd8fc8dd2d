"""Frozen dataclasses at the seams between the knowledge layer and its callers."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Source:
    """Where a fact comes from: the section and the entry title, and the document (its
    title) when the store holds several, so that citations tell chapters apart."""

    section: str
    entry: str
    document: str = ""

    def __str__(self) -> str:
        where = f"{self.section} › {self.entry}"
        return f"{self.document} › {where}" if self.document else where


@dataclass(frozen=True, slots=True)
class SentenceRow:
    """A stored sentence: of an entry, or of a photo caption (``caption_id``); ``rank`` is
    the full-text score when it came from a search (lower is better)."""

    id: int
    entry_id: int | None
    caption_id: int | None
    position: int
    text: str
    rank: float | None = None


@dataclass(frozen=True, slots=True)
class EntryRow:
    """A stored entry (【title】 body) with its section and document names; ``credits`` is
    the JSON list of its authors."""

    id: int
    title: str
    subject: str | None
    body: str
    credits: str
    position: int
    section: str
    document: str


@dataclass(frozen=True, slots=True)
class DocumentRow:
    """An ingested document: its file name, content hash, encoding, size and when."""

    id: int
    name: str
    sha256: str
    encoding: str
    chars: int
    ingested_at: str
    title: str = ""  # the chapter's running header: 科学技术
    path: str | None = None  # the file it was read from (None: given as text)


@dataclass(frozen=True, slots=True)
class QuestionRow:
    """A logged question and the answer given (``replied_at``: when the reply was sent)."""

    id: int
    chat_id: int | None
    question: str
    answer: str
    found: bool
    created_at: str
    replied_at: str | None


@dataclass(frozen=True, slots=True)
class DeliveryRow:
    """One digest delivery: (chat, local date), its status and how it went."""

    chat_id: int
    local_date: str
    status: str  # sending | sent | failed | skipped
    attempts: int
    message_id: int | None
    error: str | None
    updated_at: str


@dataclass(frozen=True, slots=True)
class Entity:
    """A named thing the document talks about (company, lab, park, programme, …)."""

    id: int
    name: str
    type: str
    entry_id: int | None
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Figure:
    """A quantity as the document states it, with what it measures."""

    id: int
    text: str
    value: float
    value_max: float | None
    unit: str
    qualifier: str
    label: str
    entity: str | None
    entry_id: int
    sentence_id: int
    sentence: str = ""
    context: str = ""  # the words before it in its clause
    start: int = 0  # where it stands in its sentence


@dataclass(frozen=True, slots=True)
class Event:
    """A dated statement. ``day`` is None for month precision, ``month`` too for year."""

    id: int
    year: int
    month: int | None
    day: int | None
    precision: str
    date_text: str
    title: str
    sentence: str
    entry_id: int | None
    entry: str
    section: str
    from_caption: bool

    @property
    def full_date(self) -> str:
        """The date in full, year included, as the document writes one (2020年12月,
        2020年12月22日): 12月 of a sentence dated by its year no longer needs it."""
        month = f"{self.month}月" if self.month else ""
        day = f"{self.day}日" if self.month and self.day else ""
        return f"{self.year}年{month}{day}"

    @property
    def iso(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    @property
    def source(self) -> Source:
        return Source(self.section, self.entry)


@dataclass(frozen=True, slots=True)
class Fact:
    """One fact an answer gives, as the document states it.

    ``kind`` is figure (a quantity), date (an event's date; ``detail`` says what
    happened), place, part (a phase, zone or plot of a park: 三期B区), honour (what it was
    selected as: 国家企业技术中心), names (a list,
    ``value`` joined by 、), credit (who wrote an entry, joined by 、) or passage (a
    sentence)."""

    kind: str
    value: str
    label: str = ""
    entity: str | None = None  # whose it is, when the label does not already say
    detail: str = ""
    evidence: str | None = None  # the document's sentence, trimmed to the fact
    source: Source | None = None
    scope: str = ""  # the words that say what it is (a figure's own words), for verify
    number: float | None = None  # a figure's value, for comparing and summing
    unit: str = ""


@dataclass(frozen=True, slots=True)
class Answer:
    """What the bot says to one question, as data: the presentation layer
    (``data/present.py``) turns it into text in the reader's language."""

    question: str
    found: bool
    intent: str
    entity: str | None = None
    source: Source | None = None
    suggestions: tuple[str, ...] = ()
    facts: tuple[Fact, ...] = ()
    # Not found: why ("unknown" — nothing about it; "constraint" — the document gives
    # this for another year, edition, place, …) and what the document does give instead.
    reason: str | None = None
    known: tuple[Fact, ...] = ()
    conflict: str | None = None  # the constraint the document's fact does not meet (第13届)
    # The document does name the conflict (上海), only not with what is asked: "has
    # nothing on 上海" would be untrue.
    conflict_named: bool = False
    lang: str = "zh"  # the question's own language
    # The figures behind ``suggestions`` (for asking them in another language).
    suggested: tuple[Fact, ...] = ()

    @property
    def fact(self) -> str | None:
        """The first fact's value (the words a reply puts in bold)."""
        return self.facts[0].value if self.facts else None

    @property
    def evidence(self) -> str | None:
        return self.facts[0].evidence if self.facts else None


@dataclass(frozen=True, slots=True)
class Subscription:
    """A chat's daily digest settings."""

    chat_id: int
    chat_type: str
    time: str
    tz: str
    lang: str
    active: bool
    created_at: str = ""
    updated_at: str = ""


@dataclass(frozen=True, slots=True)
class Digest:
    """One day's on-this-day digest. ``events`` holds only events on that calendar day."""

    date: str
    events: tuple[Event, ...]
    month_events: tuple[Event, ...] = ()
    fallback: str | None = None
    text: str = ""
    extras: tuple[str, ...] = field(default=())


@dataclass(frozen=True, slots=True)
class InboxEntry:
    """One update as the bot fetched it, journaled before Telegram considers it confirmed.

    ``payload`` is the update's JSON, all a handler needs to process it again after a crash;
    ``chat_id``, ``message_id`` and ``text`` are copies an operator (or /forget) can query.
    """

    update_id: int
    chat_id: int | None
    message_id: int | None
    text: str | None
    payload: str
    received_at: str  # ISO 8601, UTC
