"""Ingest a yearbook chapter: decode, parse, extract, and replace it in the store atomically."""

from __future__ import annotations

import hashlib
import importlib.util
import itertools
import json
import unicodedata
from collections import Counter, deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from data import extract, reader
from data.lazyre import lazy_regex, rx
from data.normalize import fold, folded_tokens
from data.parse import Document, ParseError, parse, split_sentences
from data.store import Store, Writer
from data.texts import YEAR

if TYPE_CHECKING:
    from data.english import GlossaryRow

ALIASES_FILE = Path(__file__).parent / "aliases.tsv"
_YEAR = lazy_regex(rf"({YEAR})年")


class IngestError(ValueError):
    """The file cannot be ingested; the store is left unchanged."""


def decode(raw: bytes, name: str) -> tuple[str, str]:
    """Decode UTF-8 (with or without BOM), else GB18030, which Chinese documents often are."""
    if not raw.strip():
        raise IngestError(f"{name}: the file is empty")
    if b"\x00" in raw:
        raise IngestError(f"{name}: a binary file, not text")
    try:
        return raw.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        text = raw.decode("gb18030")
    except UnicodeDecodeError as exc:
        raise IngestError(f"{name}: neither UTF-8 nor GB18030 text ({exc.reason})") from exc
    cjk = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")
    if cjk < len(text) * 0.2:
        raise IngestError(f"{name}: not UTF-8, and as GB18030 it is not Chinese text")
    return text, "gb18030"


def read_document(path: Path) -> tuple[str, str, bytes]:
    if not path.exists():
        raise IngestError(f"{path}: no such file")
    if path.is_dir():
        raise IngestError(f"{path}: a directory, not a file")
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise IngestError(f"{path}: cannot read ({exc.strerror})") from exc
    text, encoding = decode(raw, str(path))
    return text, encoding, raw


def load_alias_table(path: Path = ALIASES_FILE) -> list[tuple[str, str, str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        canonical, alias, kind = [*line.split("\t"), "short"][:3]
        rows.append((canonical.strip(), alias.strip(), kind.strip() or "short"))
    return rows


def glossary_aliases() -> list[tuple[str, str, str]]:
    """The English names of the reviewed glossary's entities (one source for the English
    an answer renders a name in and the English a question may name it by)."""
    from data.english import glossary

    return [(row.chinese, name, "latin") for row in glossary().values()
            if row.kind == "entity" for name in english_names(row)]


_COMPANY_SUFFIX = lazy_regex(r",?\s*(?:Co\.,?\s*)?Ltd\.?$|\s+Co\.$")


def english_names(row: GlossaryRow) -> list[str]:
    """Ways a question may say an English name: as written, without its bracketed part or
    company suffix (Zai Lab (Suzhou) Co., Ltd. → Zai Lab), the bracketed acronym alone."""
    names: list[str] = []
    for name in (row.english, *row.also):
        if any("\u4e00" <= ch <= "\u9fff" for ch in name) or name.lower().startswith("the "):
            continue
        name = name.replace("–", "-").replace("—", "-")  # as a keyboard types the dash
        bare = _COMPANY_SUFFIX.sub("", name).strip()
        plain = rx(r"\s*\([^()]*\)").sub("", bare).strip()
        acronym = rx(r"\(([A-Z*0-9]{2,})\)").findall(name)
        # The name before its parent's (…Nano-Bionics, CAS): how people say it.
        head = rx(r",\s*[A-Z]{2,5}$").sub("", plain)
        names += [name, bare, plain, head, *acronym]
    # 学院 is said as Academy, Institute or College (Chengdu Spark Academy / Institute).
    names += [rx(r"\b(?:Academy|Institute|College)$").sub(other, n) for n in names
              if rx(r"\b(?:Academy|College)$").search(n)
              for other in ("Academy", "Institute", "College")]
    # British and American spellings of the same name (Centre / Center).
    names += [rx(r"\bCent(?:er|re)\b").sub(lambda m: "Centre" if m.group(0) == "Center"
                     else "Center", n) for n in names]
    return [n for n in dict.fromkeys(names) if len(n) >= 3]


@lru_cache(maxsize=4096)
def strip_tones(syllable: str) -> str:
    plain = "".join(c for c in unicodedata.normalize("NFKD", syllable)
                    if not unicodedata.combining(c))
    return plain.replace("ü", "v").lower()


@lru_cache(maxsize=1)
def _pinyin_table() -> dict[str, str]:
    """Every character pypinyin knows → its first reading, toneless; built once per process
    (callers only read it). Kept in the store at ingest, so answering a question never
    imports pypinyin (about 0.1 s and 57 MB)."""
    # About 1 500 distinct toned syllables for 40 000 characters: strip_tones is cached.
    return {chr(cp): strip_tones(readings.split(",")[0])
            for cp, readings in _pinyin_readings().items()}


def _pinyin_readings() -> dict[int, str]:
    """pypinyin's readings of single characters (code point → "líng,yuán"). Read from the
    package's own data file when it ships one: importing the package loads its phrase
    dictionary too, ~0.12 s of every first ingest that only characters need."""
    spec = importlib.util.find_spec("pypinyin")
    data = Path(spec.origin).parent / "pinyin_dict.json" if spec and spec.origin else None
    if data is None or not data.is_file():
        from pypinyin.pinyin_dict import pinyin_dict

        return pinyin_dict
    return {int(cp): readings
            for cp, readings in json.loads(data.read_text(encoding="utf-8")).items()}


def to_pinyin(text: str, table: dict[str, str]) -> str:
    """Space-separated syllables; Latin letters and digits pass through as one syllable."""
    out: list[str] = []
    latin = ""
    for ch in fold(text):
        py = table.get(ch)
        if py:
            if latin:
                out.append(latin)
                latin = ""
            out.append(py)
        elif ch.isalnum():
            latin += ch
        elif latin:
            out.append(latin)
            latin = ""
    if latin:
        out.append(latin)
    return " ".join(out)


@dataclass
class _Sentence:
    key: int
    entry: int | None
    caption: int | None
    position: int
    text: str
    folded: str = ""
    body: str = ""  # what extraction reads: a caption without its credit


@dataclass
class _Plan:
    """Everything to write, built in memory before the transaction starts."""

    doc: Document
    sentences: list[_Sentence] = field(default_factory=list)
    entities: dict[str, str] = field(default_factory=dict)
    entity_entry: dict[str, int] = field(default_factory=dict)
    aliases: dict[str, dict[str, str]] = field(default_factory=dict)
    mentions: dict[int, list[tuple[int, int, str]]] = field(default_factory=dict)
    nested: dict[int, list[tuple[int, int, str]]] = field(default_factory=dict)
    subjects: dict[int, str] = field(default_factory=dict)
    chapter_subject: str | None = None
    # What the sentences say, read while planning (another process in a shelf's ingest),
    # so that writing only writes: index tokens, alias pinyin, figures with their owner,
    # dated events with their title, each by sentence key.
    tokens: dict[int, str] = field(default_factory=dict)
    alias_pinyin: dict[str, str] = field(default_factory=dict)
    figures: dict[int, list[tuple[str | None, extract.FigureMatch]]] = field(
        default_factory=dict)
    events: dict[int, list[tuple[extract.DateMatch, str]]] = field(default_factory=dict)


def _add_entity(plan: _Plan, name: str, type_: str, entry: int | None = None) -> None:
    if name not in plan.entities:
        plan.entities[name] = type_
        plan.aliases[name] = {name: "name"}
    if entry is not None:
        plan.entity_entry.setdefault(name, entry)


def plan_document(doc: Document) -> _Plan:
    plan = _Plan(doc)
    for entry in doc.entries:
        for position, text in enumerate(split_sentences(entry.body)):
            plan.sentences.append(_Sentence(len(plan.sentences), entry.position, None,
                                            position, text))
    for caption in doc.captions:
        # The credit stays with the caption: "who took this photo" is a fair question.
        text = f"{caption.text}（{caption.credit}供稿）" if caption.credit else caption.text
        plan.sentences.append(_Sentence(len(plan.sentences), None, caption.position, 0, text,
                                        body=caption.text))
    for sentence in plan.sentences:
        sentence.folded = fold(sentence.text)
        sentence.body = sentence.body or sentence.text

    # Entities: entry subjects, names found by their type word, the alias table.
    for entry in doc.entries:
        subject = extract.entry_subject(entry.title)
        if subject:
            _add_entity(plan, subject[0], subject[1], entry.position)
            plan.subjects[entry.position] = subject[0]
    for sentence in plan.sentences:
        for match in extract.find_entities(sentence.body) + extract.brand_subjects(
                sentence.body):
            _add_entity(plan, match.name, match.type, sentence.entry)
    folded_doc = "\n".join(s.folded for s in plan.sentences)
    for name in list(plan.entities):
        uses = folded_doc.count(fold(name))
        for form in extract.short_forms(name, plan.entities[name]):
            # A short form the text mostly uses for other things (科技发展) is no alias.
            if folded_doc.count(fold(form)) <= uses + 2:
                plan.aliases[name].setdefault(form, "short")
    # A name the document always qualifies (金鸡湖创新合作中心（北京）, （大湾区）) is typed bare
    # for all of them: the bare name is an alias of each.
    qualified: dict[str, list[str]] = {}
    for name in plan.entities:
        bare = rx(r"(.{4,})（[^（）]{1,8}）$").match(name)
        if bare:
            qualified.setdefault(bare.group(1), []).append(name)
    for bare, names in qualified.items():
        if len(names) > 1 and bare not in plan.entities:
            for name in names:
                plan.aliases[name].setdefault(bare, "short")
    for canonical, alias, kind in load_alias_table():
        if canonical not in plan.entities:
            if fold(canonical) not in folded_doc:
                continue
            _add_entity(plan, canonical, _type_of(canonical))
        plan.aliases[canonical].setdefault(alias, kind)
    for canonical, alias, kind in glossary_aliases():
        if canonical in plan.entities:  # names only: a glossary word makes no entity
            plan.aliases[canonical].setdefault(alias, kind)

    # Mentions: longest alias occurrences, left to right.
    by_bigram: dict[str, list[tuple[str, str]]] = {}
    for name, forms in plan.aliases.items():
        for form in forms:
            key = fold(form)
            if len(key) >= 2:
                by_bigram.setdefault(key[:2], []).append((key, name))
    for bucket in by_bigram.values():
        bucket.sort(key=lambda kv: -len(kv[0]))
    # Each name's own forms, folded: a short form a longer name holds, which names its
    # siblings too (金鸡湖创新合作中心 in 金鸡湖创新合作中心（大湾区）), is that name's, no mention
    # of the siblings (金鸡湖创新合作中心（北京）).
    own_forms = {name: {fold(form) for form in forms} for name, forms in plan.aliases.items()}
    counts: Counter[str] = Counter()
    for sentence in plan.sentences:
        text = sentence.folded
        primary: list[tuple[int, int, str]] = []
        nested: list[tuple[int, int, str]] = []
        covered_to = 0
        for i in range(len(text) - 1):
            for key, name in by_bigram.get(text[i:i + 2], ()):
                if not text.startswith(key, i):
                    continue
                span = (i, i + len(key), name)
                # Longest, non-overlapping names are the primary mentions; names nested in
                # them (园区 in 苏州工业园区凌志软件…) are mentions too, for retrieval.
                if i >= covered_to:
                    primary.append(span)
                    covered_to = span[1]
                elif key not in own_forms[primary[-1][2]] or name == primary[-1][2]:
                    nested.append(span)
                counts[name] += 1
        plan.mentions[sentence.key] = primary
        plan.nested[sentence.key] = nested
    places = [n for n, _ in counts.most_common() if plan.entities[n] in ("place", "park",
                                                                         "organisation")]
    plan.chapter_subject = places[0] if places else None
    _read_facts(plan)
    return plan


def _read_facts(plan: _Plan) -> None:
    """The index tokens, alias pinyin, figures and events of a planned chapter."""
    doc = plan.doc
    pinyin = _pinyin_table()
    plan.tokens = {s.key: " ".join(folded_tokens(s.folded)) for s in plan.sentences}
    plan.alias_pinyin = {alias: to_pinyin(alias, pinyin)
                         for forms in plan.aliases.values() for alias in forms}
    entry_year: dict[int | None, int | None] = {}
    for s in plan.sentences:
        entry_title = doc.entries[s.entry].title if s.entry is not None else None
        subject = plan.subjects.get(s.entry) if s.entry is not None else None
        owner_default = subject or plan.chapter_subject
        plan.figures[s.key] = [(_owner(plan, s, f.start) or owner_default, f)
                               for f in extract.find_figures(s.body)]
        if s.entry not in entry_year:
            body = doc.entries[s.entry].body if s.entry is not None else s.text
            first = _YEAR.search(body)
            entry_year[s.entry] = int(first.group(1)) if first else None
        events = plan.events[s.key] = []
        for d in extract.find_dates(s.body, entry_year[s.entry]):
            if d.day is None and d.text == f"{d.month}月" and s.caption is not None:
                continue
            entry_year[s.entry] = d.year if s.entry is not None else entry_year[s.entry]
            events.append((d, extract.event_title(s.body, d, entry_title,
                                                  opens_entry=s.position == 0)))
        years = _YEAR.findall(s.text)
        if years and s.entry is not None:
            # Later bare months ("年内，二期工程于5月开工") belong to the last year named.
            entry_year[s.entry] = int(years[-1])


def _type_of(name: str) -> str:
    for match in extract.find_entities(name):
        if match.name == name:
            return match.type
    return "place" if name.endswith(("区", "市", "省", "县")) else "organisation"


def write_plan(plan: _Plan, writer: Writer) -> dict[str, int]:
    doc = plan.doc
    section_ids = {title: writer.section(i, title) for i, title in enumerate(doc.sections)}
    entry_ids: dict[int, int] = {}
    for entry in doc.entries:
        entry_ids[entry.position] = writer.entry(
            section_ids[entry.section], entry.position, entry.title,
            plan.subjects.get(entry.position, plan.chapter_subject), entry.body, entry.credits)
    caption_ids = {
        c.position: writer.caption(c.position, c.text, c.credit,
                                   entry_ids.get(c.near_entry) if c.near_entry is not None
                                   else None)
        for c in doc.captions
    }
    sentence_ids: dict[int, int] = {}
    for s in plan.sentences:
        sentence_ids[s.key] = writer.sentence(
            entry_ids.get(s.entry) if s.entry is not None else None,
            caption_ids.get(s.caption) if s.caption is not None else None,
            s.position, s.text, plan.tokens[s.key])
    entity_ids: dict[str, int] = {}
    alias_count = 0
    for name, type_ in plan.entities.items():
        entry = plan.entity_entry.get(name)
        entity_ids[name] = writer.entity(name, type_, entry_ids.get(entry) if entry is not None
                                         else None)
        for alias, kind in plan.aliases[name].items():
            writer.alias(entity_ids[name], alias, kind, plan.alias_pinyin[alias])
            alias_count += 1
    for s in plan.sentences:
        for _, _, name in plan.mentions[s.key] + plan.nested[s.key]:
            writer.mention(entity_ids[name], sentence_ids[s.key])
        subject = plan.subjects.get(s.entry) if s.entry is not None else None
        if subject:
            # Back-references (该实验室, 实验室) resolve to the entry's subject.
            writer.mention(entity_ids[subject], sentence_ids[s.key])

    figures = events = 0
    for s in plan.sentences:
        entry_id = entry_ids.get(s.entry) if s.entry is not None else None
        for owner, f in plan.figures[s.key]:
            writer.figure(
                entry_id=entry_id, sentence_id=sentence_ids[s.key],
                entity_id=entity_ids.get(owner) if owner else None,
                text=f.text, value=f.value, value_max=f.value_max, unit=f.unit,
                qualifier=f.qualifier, label=f.label, context=f.context, start=f.start)
            figures += 1
        for d, title in plan.events[s.key]:
            writer.event(
                entry_id=entry_id, sentence_id=sentence_ids[s.key], year=d.year,
                month=d.month, day=d.day, precision="day" if d.day else "month",
                date_text=d.text, title=title, sentence=s.text,
                from_caption=int(s.caption is not None))
            events += 1
    return {
        "sections": len(doc.sections), "entries": len(doc.entries),
        "sentences": len(plan.sentences), "captions": len(doc.captions),
        "entities": len(plan.entities), "aliases": alias_count, "figures": figures,
        "events": events,
    }


_OWNER_TYPES = frozenset({"company", "lab", "institute", "park", "university", "platform"})


def _owner(plan: _Plan, sentence: _Sentence, figure_start: int) -> str | None:
    """The nearest named owner before a figure in its clause."""
    text = sentence.folded
    clause_start = max(text.rfind(c, 0, figure_start) for c in ",，;；。") + 1
    best = None
    for start, end, name in plan.mentions.get(sentence.key, ()):
        if text[end:end + 1] in ("、", "等"):
            continue  # one of a list ("A、B、C等载体空间800万余平方米"): the total is no one's
        if clause_start <= start <= figure_start and plan.entities.get(name) in _OWNER_TYPES:
            best = name
    return best


def ingest_file(store: Store, path: Path, *, name: str | None = None) -> dict:
    """Ingest one chapter. Raises IngestError and leaves the store unchanged on bad input."""
    from data.english.dictionary import reading_once

    with reading_once():  # (counting its words and keeping their entries: one decoding)
        return write_prepared(store, prepare_file(path, name=name))


def ingest_text(store: Store, text: str, *, name: str, encoding: str = "utf-8",
                sha256: str | None = None, path: str | None = None) -> dict:
    from data.english.dictionary import reading_once

    with reading_once():
        return write_prepared(store, prepare_text(text, name=name, encoding=encoding,
                                                  sha256=sha256, path=path))


@dataclass(frozen=True)
class Prepared:
    """A chapter read and planned, not yet written: all of it the store does not decide."""

    name: str
    plan: _Plan
    words: dict[str, int]  # its dictionary words and their uses (``document_words``)
    sha256: str
    encoding: str
    chars: int
    path: str | None


def prepare_file(path: Path, *, name: str | None = None) -> Prepared:
    text, encoding, raw = read_document(path)
    return prepare_text(text, name=name or path.name, encoding=encoding,
                        sha256=hashlib.sha256(raw).hexdigest(), path=str(path.resolve()))


def prepare_text(text: str, *, name: str, encoding: str = "utf-8", sha256: str | None = None,
                 path: str | None = None) -> Prepared:
    """Parse and plan a chapter, and count its words (no store needed: another process
    may do it while this one writes)."""
    from data.store.words import count_words

    try:
        doc = parse(text)
    except ParseError as exc:
        raise IngestError(f"{name}: {exc}") from exc
    plan = plan_document(doc)
    words = count_words(s.text for s in plan.sentences)  # (as written, in order)
    return Prepared(name, plan, words, sha256 or hashlib.sha256(text.encode()).hexdigest(),
                    encoding, len(text), path)


def write_prepared(store: Store, prepared: Prepared) -> dict:
    """Replace the chapter in the store, in one transaction."""
    plan = prepared.plan
    summary: dict = {}

    def write(writer: Writer) -> None:
        summary.update(write_plan(plan, writer))

    store.documents.replace_document(
        prepared.name, write, sha256=prepared.sha256, encoding=prepared.encoding,
        chars=prepared.chars, title=plan.doc.title, path=prepared.path, words=prepared.words,
        reader=reader.fingerprint())
    if not store.knowledge.pinyin_of(["中"]):
        store.documents.set_pinyin(_pinyin_table())
    if prepared.encoding != "utf-8":
        summary["notes"] = [f"decoded {prepared.name} as {prepared.encoding.upper()}"]
    return summary


# Chapters read ahead of the one being written: enough to keep a reader busy, few enough
# that a shelf's plans are never all in memory.
READ_AHEAD = 4
# Chapters a bulk ingest commits together: a commit writes every page a chapter touched
# (the name and word indexes' pages are shared by all chapters), ~40 % of a chapter's
# cost one at a time at 300 chapters.
BULK_GROUP = 50
BULK_CACHE_KB = 64 * 1024  # the writer's page cache while it ingests a shelf

Source = Path | tuple[str, str]  # a file, or (name, text)


def ingest_many(store: Store, sources: Iterable[Source], *, workers: int = 1,
                group: int = 1) -> list[dict | IngestError]:
    """Ingest chapters in order: for each, its summary, or the IngestError that kept it
    out (the store unchanged for it). With ``workers`` > 1 the next chapters are parsed
    and planned in other processes while this one writes; ``group`` chapters are
    committed together (each still replaced whole: a chapter that fails to write rolls
    back alone, then the error propagates after its group's others are committed)."""
    from data.english.dictionary import reading_once

    results: list[dict | IngestError] = []
    database = store.database
    with database.locked() as db, reading_once(), store.documents.terms_deferred():
        default_cache = db.conn.execute("PRAGMA cache_size").fetchone()[0]
        if group > 1:
            db.conn.execute(f"PRAGMA cache_size=-{BULK_CACHE_KB}")
        try:
            prepared = _prepared(sources, workers)
            while True:
                # (taken one at a time as written: a batch taken at once would wait for all
                # of it to be prepared, and the writing for the reading)
                batch = itertools.islice(prepared, group)
                first = next(batch, None)
                if first is None:
                    break
                failure: Exception | None = None
                with database.write():
                    for item in itertools.chain([first], batch):
                        if isinstance(item, IngestError):
                            results.append(item)
                            continue
                        try:
                            results.append(write_prepared(store, item))
                        except Exception as exc:  # its own transaction rolled back
                            failure = exc
                            break
                if failure is not None:
                    raise failure
        finally:
            db.conn.execute(f"PRAGMA cache_size={default_cache}")
    return results


def _prepared(sources: Iterable[Source], workers: int) -> Iterator[Prepared | IngestError]:
    """Each source prepared, in order (read ahead in other processes with ``workers``)."""
    if workers <= 1:
        yield from map(_prepare, sources)
        return
    import multiprocessing
    from concurrent.futures import Future, ProcessPoolExecutor

    # (fork: the workers start with the tables this process has read; no re-import)
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(workers - 1, mp_context=context) as pool:
        todo = iter(sources)
        pending: deque[Future[Prepared | IngestError]] = deque(
            pool.submit(_prepare, source) for source in itertools.islice(todo, READ_AHEAD))
        while pending:
            done = pending.popleft().result()
            pending.extend(pool.submit(_prepare, source)
                           for source in itertools.islice(todo, 1))
            yield done


def _prepare(source: Source) -> Prepared | IngestError:
    try:
        if isinstance(source, Path):
            return prepare_file(source)
        name, text = source
        return prepare_text(text, name=name)
    except IngestError as exc:
        return exc
