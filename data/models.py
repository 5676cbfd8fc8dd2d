"""Frozen dataclasses at the seams between the knowledge layer and its callers."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Source:
    """Where a fact comes from: the section and the entry title."""

    section: str
    entry: str

    def __str__(self) -> str:
        return f"{self.section} › {self.entry}"


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
class Answer:
    """What the bot says to one question. ``answer`` is the plain text a user reads."""

    question: str
    found: bool
    answer: str
    intent: str
    entity: str | None = None
    source: Source | None = None
    suggestions: tuple[str, ...] = ()
    fact: str | None = None
    evidence: str | None = None

    def to_json(self) -> dict[str, Any]:
        """The stable ``sipbot ask --json`` contract."""
        return {
            "question": self.question,
            "found": self.found,
            "answer": self.answer,
            "intent": self.intent,
            "entity": self.entity,
            "source": asdict(self.source) if self.source else None,
            "suggestions": list(self.suggestions),
        }


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

    @property
    def job_name(self) -> str:
        return f"digest:{self.chat_id}"


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
