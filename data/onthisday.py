"""The "on this day" digest: what the yearbook records for one calendar day.

Pure functions over :class:`~data.models.Event` and :class:`~data.models.Figure` values, so the
bot, the CLI and the tests render exactly the same text. Labels follow the chat's language;
the yearbook's content stays Chinese in both.

Rules (issue 5):
- only day-precision events whose month and day equal the requested day are "on this day";
- month-precision events (``2020年12月``) are never pinned to a fake day: they go in a
  "this month" line;
- a digest is never empty: on a day without events it says so plainly and adds a clearly
  labelled fallback (nearest dated events before and after, this month in the yearbook, and a
  figure of the day picked deterministically from the date).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Protocol

from data.lazyre import lazy_regex
from data.models import Digest, Event, Fact, Figure, Source
from data.present import en, source_text
from data.present.english_lines import event_en, fact_line_en
from data.texts import ellipsize, uncredited

# Telegram refuses messages over 4096 characters; the digest is sent as one message.
MAX_TEXT = 4096
# One summary line: the event's sentence, plus whole following sentences of its entry while
# they fit (the 12-22 entry names the two companies only in its second sentence).
SUMMARY_CHARS = 130
MONTH_LINE_ITEMS = 6
# An event whose distinctive text is this much contained in an already listed event of the
# same date is the same happening told twice (a photo caption repeating its entry).
DUPLICATE_CONTAINMENT = 0.85

EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December")


class EventSource(Protocol):
    """What the digest needs from the store (``Store.knowledge`` satisfies it)."""

    def events(self, *, month: int | None = None, day: int | None = None) -> list[Event]: ...

    def figures(self) -> list[Figure]: ...

    def entry_texts(self) -> dict[int, tuple[str, str]]: ...


@dataclass(frozen=True, slots=True)
class _Labels:
    title: str
    intro: str
    source: str
    caption_source: str
    also_month: str
    nothing: str
    fallback: str
    before: str
    after: str
    this_month: str
    month_empty: str
    figure: str
    more: str
    sep: str


_ZH = _Labels(
    title="📅 历史上的今天 · {md}",
    intro="据《苏州工业园区年鉴（2020）》科学技术篇：",
    source="来源：{src}",
    caption_source="来源：年鉴图片说明",
    also_month="🗓 本月（{m}）年鉴还记载：",
    nothing="年鉴中没有记载发生在{md}的事件。",
    fallback="以下为替代内容，并非发生在当天：",
    before="⏪ 此前最近的记载：",
    after="⏩ 此后最近的记载：",
    this_month="🗓 本月（{m}）在年鉴中：",
    month_empty="🗓 年鉴中没有{m}的记载。",
    figure="🔢 今日数字：",
    more="等{n}项",
    sep="；",
)
_EN = _Labels(
    title="📅 On this day · {md}",
    intro="From the Suzhou Industrial Park Yearbook 2020, science and technology chapter:",
    source="Source: {src}",
    caption_source="Source: a photo caption in the yearbook",
    also_month="🗓 Also this month ({m}) in the yearbook: ",
    nothing="The yearbook records nothing on {md}.",
    fallback="Instead, and not on this day:",
    before="⏪ Nearest before: ",
    after="⏩ Nearest after: ",
    this_month="🗓 This month ({m}) in the yearbook: ",
    month_empty="🗓 The yearbook records nothing in {m}.",
    figure="🔢 Figure of the day: ",
    more="and {n} more",
    sep="; ",
)


def _labels(lang: str) -> _Labels:
    return _EN if lang == "en" else _ZH


def _month_day(month: int, day: int, lang: str) -> str:
    return f"{day} {EN_MONTHS[month - 1]}" if lang == "en" else f"{month}月{day}日"


def _month_name(month: int, lang: str) -> str:
    return EN_MONTHS[month - 1] if lang == "en" else f"{month}月"


def years_ago(event: Event, today: date, lang: str = "zh") -> str:
    """How long before ``today`` the event happened, in whole years (``6年前``).

    Whole years count only once the anniversary has passed, so a December 2020 event is
    five years ago on 2026-05-30, not six. Events after ``today`` (a --date in the past)
    read as "in N years".
    """
    month = event.month or 1
    day = event.day or 1
    later = (event.year, month, day) > (today.year, today.month, today.day)
    first, second = ((today.year, today.month, today.day), (event.year, month, day)) \
        if later else ((event.year, month, day), (today.year, today.month, today.day))
    years = second[0] - first[0] - (1 if second[1:] < first[1:] else 0)
    if lang == "en":
        if years == 0:
            return "less than a year away" if later else "less than a year ago"
        unit = "year" if years == 1 else "years"
        return f"in {years} {unit}" if later else f"{years} {unit} ago"
    if years == 0:
        return "不到1年后" if later else "不到1年前"
    return f"{years}年后" if later else f"{years}年前"


_PUNCT = lazy_regex(r"[\W_]+", re.UNICODE)


def _core(text: str, date_text: str) -> str:
    text = unicodedata.normalize("NFKC", text).replace(
        unicodedata.normalize("NFKC", date_text), "")
    return _PUNCT.sub("", text)


def _bigrams(text: str) -> set[str]:
    return {text[i:i + 2] for i in range(len(text) - 1)} or ({text} if text else set())


def _distinctive(event: Event) -> str:
    # The title names the happening; a caption's sentence also carries its photo credit
    # ("（园区科技招商中心供稿）"), which would make a repeat look new.
    return _core(event.title or uncredited(event.sentence), event.date_text)


def dedupe(events: Sequence[Event]) -> tuple[Event, ...]:
    """Drop events that retell an already kept event of the same date.

    Headline events (the event of an entry about it, title equal to the entry's) are kept
    first, then events mentioned inside other entries, then photo captions. So a caption
    repeating its entry (the document prints ``2020年5月30日，金鸡湖创新合作中心（北京）揭牌``
    under the entry of that name) and an overview's passing mention of the 张家港 agreement
    disappear behind the entry on it, while a caption-only event (09-28, 再鼎医药) stays. The
    threshold is high on purpose: the 北京 and 大湾区 centres share most of their wording and
    both must stay.
    """
    ordered = sorted(events, key=lambda e: (e.from_caption, e.title != e.entry, e.id))
    kept: list[Event] = []
    for event in ordered:
        grams = _bigrams(_distinctive(event))
        duplicate = False
        for other in kept:
            if (other.year, other.month, other.day) != (event.year, event.month, event.day):
                continue
            pool = _bigrams(_core(other.title + other.sentence, other.date_text))
            if grams and len(grams & pool) / len(grams) >= DUPLICATE_CONTAINMENT:
                duplicate = True
                break
        if not duplicate:
            kept.append(event)
    return tuple(sorted(kept, key=lambda e: (e.year, e.month or 0, e.day or 0, e.id)))


def _one_line(text: str, limit: int = SUMMARY_CHARS) -> str:
    return ellipsize(" ".join(text.split()), limit)


def _source(event: Event, lab: _Labels, lang: str = "zh") -> str:
    if event.from_caption:
        return lab.caption_source
    return lab.source.format(src=source_text(event.source, lang))


_SENTENCE_END = lazy_regex(r"(?<=[。！？；!?])")


def _summary(event: Event, entries: Mapping[int, tuple[str, str]]) -> str | None:
    """The event's sentence, continued with the entry's next whole sentences while the line
    stays within SUMMARY_CHARS; None when it would only repeat the title."""
    sentence = " ".join(event.sentence.split())
    if event.from_caption:
        sentence = uncredited(sentence)
    summary = sentence
    _, body = entries.get(event.entry_id or -1, ("", ""))
    body = " ".join(body.split())
    start = body.find(sentence) if sentence else -1
    if start >= 0:
        for following in _SENTENCE_END.split(body[start + len(sentence):]):
            following = following.strip()
            if not following:
                continue
            if len(summary) + len(following) > SUMMARY_CHARS:
                break
            summary += following
    summary = _one_line(summary, SUMMARY_CHARS)
    if not summary or _core(summary, event.date_text) == _core(event.title, event.date_text):
        return None
    return summary


def _event_title(event: Event) -> str:
    return event.title or _one_line(_core(event.sentence, event.date_text), 40)


def _event_block(event: Event, today: date, lab: _Labels, lang: str,
                 entries: Mapping[int, tuple[str, str]]) -> str:
    if lang == "en":
        # The bot's words in English; the yearbook's own sentence quoted beside them.
        lines = [f"▪ {en.date(event.date_text) or event.iso} ({years_ago(event, today, lang)})",
                 event_en(_event_title(event), event.sentence),
                 f"“{_summary(event, entries) or _event_title(event)}”"]
    else:
        lines = [f"▪ {event.date_text}（{years_ago(event, today, lang)}）", _event_title(event)]
        summary = _summary(event, entries)
        if summary:
            lines.append(summary)
    lines.append(_source(event, lab, lang))
    return "\n".join(lines)


def _when(event: Event, lang: str) -> str:
    """The event's full date, year included: "2020年12月", "2020年12月22日" (en: ISO)."""
    if lang == "en" or event.month is None:
        return event.iso
    return event.full_date


def _short(event: Event, lang: str) -> str:
    title = _event_title(event)
    if lang == "en":
        return f"{en.date(event.date_text) or event.iso} {event_en(title, event.sentence)}"
    # A date without its year ("12月 五期A2地块开工建设") continues a sentence whose subject
    # came earlier; the entry names that subject.
    if ("年" not in event.date_text and event.entry and not event.from_caption
            and event.entry not in title):
        title = event.entry + title
    return f"{_when(event, lang)} {_one_line(title, 60)}"


def _joined(events: Sequence[Event], lab: _Labels, lang: str) -> str:
    items = [_short(e, lang) for e in events[:MONTH_LINE_ITEMS]]
    if len(events) > MONTH_LINE_ITEMS:
        items.append(lab.more.format(n=len(events) - MONTH_LINE_ITEMS))
    return lab.sep.join(items)


def on_day(events: Sequence[Event], month: int, day: int, *, leap_fold: bool) -> list[Event]:
    """Day-precision events on (month, day). With ``leap_fold`` (28 February of a common
    year) 29 February events are included, so they still get an anniversary."""
    days = {day, 29} if leap_fold else {day}
    return [e for e in events
            if e.precision == "day" and e.month == month and e.day in days]


def _nearest(dated: Sequence[Event], month: int, day: int) -> tuple[list[Event], list[Event]]:
    """Events on the closest calendar day before and after (month, day) in the year's
    calendar. No wrapping round the year: 12-28 is not "before" 02-29, whatever a cyclic
    calendar says, so a side with nothing stays empty."""
    days = sorted({(e.month or 0, e.day or 0) for e in dated})
    before = [d for d in days if d < (month, day)]
    after = [d for d in days if d > (month, day)]
    pick = lambda md: [e for e in dated if (e.month, e.day) == md]  # noqa: E731
    return (pick(before[-1]) if before else []), (pick(after[0]) if after else [])


def figure_of_the_day(figures: Sequence[Figure], on: date) -> Figure | None:
    """A figure chosen from the date alone: the same day always shows the same figure,
    consecutive days walk through the list. Figures without a unit or sentence are noise."""
    usable = sorted((f for f in figures if f.unit and f.sentence), key=lambda f: f.id)
    if not usable:
        return None
    return usable[on.toordinal() % len(usable)]


def _figure_line(figure: Figure, lab: _Labels, entries: Mapping[int, tuple[str, str]],
                 lang: str = "zh") -> str:
    sentence = _one_line(figure.sentence, 2 * SUMMARY_CHARS)
    entry, _ = entries.get(figure.entry_id, ("", ""))
    if lang == "en":
        fact = Fact("figure", figure.text, figure.label, figure.entity)
        line = f"{lab.figure}{fact_line_en(fact)}\n“{sentence}”"
        if entry:
            section, _, title = entry.partition(" › ")
            line += "\n" + lab.source.format(src=en.source(Source(section, title or entry)))
        return line
    what = f"（{figure.label}）" if figure.label else ""
    line = f"{lab.figure}{figure.text}{what}\n{sentence}"
    if entry:
        line += "\n" + lab.source.format(src=entry)
    return line


def _fit(text: str) -> str:
    # Only reachable with a document far richer than this one; never exceed Telegram's limit.
    return ellipsize(text, MAX_TEXT)


def build_digest(events: Sequence[Event], figures: Sequence[Figure], month: int, day: int,
                 *, today: date, lang: str = "zh",
                 entries: Mapping[int, tuple[str, str]] | None = None) -> Digest:
    """The digest for calendar day (month, day) as seen on ``today`` (which dates the
    "N年前" and, for the fallback, picks the figure of the day). ``entries`` maps entry id
    to (source, body), as ``KnowledgeStore.entry_texts`` returns it.

    ``Digest.date`` is (month, day) in ``today``'s year.
    """
    if not 1 <= month <= 12:
        raise ValueError(f"month {month} out of range")
    date(2000, month, day)  # raises ValueError for 02-30, 04-31 …; 2000 is a leap year
    lab = _labels(lang)
    entries = entries or {}
    leap_fold = (month, day) == (2, 28) and not _is_leap(today.year)
    todays = dedupe(on_day(events, month, day, leap_fold=leap_fold))
    month_only = dedupe([e for e in events if e.precision == "month" and e.month == month])
    md = _month_day(month, day, lang)
    mname = _month_name(month, lang)
    parts = [lab.title.format(md=md)]
    fallback: str | None = None
    if todays:
        parts.append(lab.intro)
        parts.extend(_event_block(e, today, lab, lang, entries) for e in todays)
        if month_only:
            parts.append(lab.also_month.format(m=mname) + _joined(month_only, lab, lang))
    else:
        parts.append(lab.nothing.format(md=md))
        dated = dedupe([e for e in events if e.precision == "day"])
        before, after = _nearest(dated, month, day)
        lines = [lab.fallback]
        if before:
            lines.append(lab.before + _joined(before, lab, lang))
        if after:
            lines.append(lab.after + _joined(after, lab, lang))
        in_month = dedupe([e for e in events if e.month == month
                           and e.precision in ("day", "month")])
        shown = {e.id for e in (*before, *after)}
        rest = [e for e in in_month if e.id not in shown]  # each event listed once
        if rest:
            lines.append(lab.this_month.format(m=mname) + _joined(rest, lab, lang))
        elif not in_month:
            lines.append(lab.month_empty.format(m=mname))
        on_date = _safe_date(today.year, month, day)
        figure = figure_of_the_day(figures, on_date)
        if figure is not None:
            lines.append(_figure_line(figure, lab, entries, lang))
        fallback = "\n".join(lines)
        parts.append(fallback)
    text = _fit("\n\n".join(parts))
    # extras: each event's summary line, in order, for the JSON contract.
    return Digest(date=f"{today.year:04d}-{month:02d}-{day:02d}", events=todays,
                  month_events=month_only, fallback=fallback, text=text,
                  extras=tuple(_summary(e, entries) or _event_title(e) for e in todays))


def _is_leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _safe_date(year: int, month: int, day: int) -> date:
    # 29 February asked in a common year: date it in the previous leap year for the figure.
    while True:
        try:
            return date(year, month, day)
        except ValueError:
            year -= 1


def digest_for(source: EventSource, on: date, *, lang: str = "zh",
               today: date | None = None) -> Digest:
    """The digest for the calendar day of ``on``, read from the store."""
    return digest_for_day(source, on.month, on.day, today=today or on, lang=lang)


def digest_for_day(source: EventSource, month: int, day: int, *, today: date,
                   lang: str = "zh") -> Digest:
    """The digest for (month, day) as seen on ``today``. Events are few: load them all,
    because the fallback needs the whole calendar."""
    return build_digest(source.events(), source.figures(), month, day, today=today,
                        lang=lang, entries=source.entry_texts())


def event_json(event: Event, summary: str | None = None) -> dict[str, Any]:
    return {
        "date": event.iso,
        "title": _event_title(event),
        "summary": summary or _summary(event, {}) or _event_title(event),
        "source": "图片说明" if event.from_caption else str(event.source),
    }


def digest_json(digest: Digest) -> dict[str, Any]:
    """The stable ``sipbot onthisday --json`` contract."""
    summaries = digest.extras if len(digest.extras) == len(digest.events) else ()
    return {
        "date": digest.date,
        "events": [event_json(e, summaries[i] if summaries else None)
                   for i, e in enumerate(digest.events)],
        "fallback": digest.fallback,
        "text": digest.text,
    }
