"""Retrieve: the evidence a question can be answered from — candidate sentences (those
naming its entities, and full-text hits over the bigram index), each scored against the
question's words weighted by rarity, and the ones that belong to the entity asked about.

Also the question-alone judgement that a question is about something the document does not
cover (北京大学, 天气): no search is needed for that.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher
from functools import cached_property, lru_cache

from data import extract
from data.lazyre import lazy_regex
from data.linking import Link, Linker
from data.models import SentenceRow, Source
from data.normalize import fold, is_cjk
from data.pipeline import weights as W
from data.pipeline.constraints import ORDINAL
from data.pipeline.knowledge import Lazy, Subjects
from data.pipeline.stats import DocumentStats
from data.question import (
    CREDIT_ASKED,
    FUNCTION_CHARS,
    NAMED_TYPES,
    PHOTO_WORDS,
    QUESTION_NAME,
    Question,
    credit_asked,
    in_document_words,
)
from data.question import _cjk_trigrams as cjk_trigrams
from data.store import KnowledgeStore

Row = SentenceRow  # a stored sentence: id, text, entry_id, caption_id, …
# A sentence opening with one of these speaks of what the sentence before it named.
ANAPHOR = lazy_regex(r"(?:该|其|此|这一?)(?!外|后|次|前|间)(?!中(?!，|,))")


# What will be done, asked and said.
FUTURE_ASKED = lazy_regex(r"\b(?:will|shall|going to|plans? to|planned to)\b|将(?!军)|拟|未来|"
                          r"打算|准备")
FUTURE_SAID = lazy_regex(r"将(?!军)|拟|计划|力争|预计")
# A name in English: capitalised words ending in a word of its kind (Suzhou Research
# Institute, Zai Lab, the BioBAY Fund).
EN_NAME_OF_A_KIND = lazy_regex(
    r"\b(?:[A-Z][\w*&'-]*\s+){1,6}(?:Institute|University|Cent(?:re|er)|Laborator(?:y|ies)|"
    r"Labs?|Park|Company|Hospital|College|School|Academy|Fund|Group|Incubator|Platform|"
    r"Base|Alliance|Association|Society)\b")


@dataclass(frozen=True)
class Evidence:
    """What a question can be answered from, best first."""

    weights: dict[str, float]
    rows: list[Row]
    scored: list[tuple[float, Row]]
    per_link: list[set[int]]
    mention_ids: set[int]
    own: list[Row]  # sentences about the specific entity asked about (all, if none)
    top: list[Row]  # the best few sentences
    entity_ids: set[int] = field(default_factory=set)

    @cached_property
    def score_of(self) -> dict[int, float]:
        """Sentence id → its score (built once: every answerer looks scores up)."""
        return {r.id: s for s, r in self.scored}

    def most_specific(self, links: Sequence[Link], specific: Sequence[Link]
                      ) -> tuple[Link, set[int]] | None:
        """Of the ``specific`` names a question links (``links``, in the order of
        ``per_link``), the one the fewest sentences name (信达生物 over the 国家企业技术中心
        it became), and the ids of those sentences; None when it names none."""
        if not specific:
            return None
        mentions = dict(zip(links, self.per_link, strict=True))
        chosen = min(specific, key=lambda link: len(mentions.get(link, ())))
        return chosen, mentions.get(chosen, set())


@dataclass(frozen=True, slots=True)
class Scoring:
    """What every candidate sentence of a question is scored against, worked out once."""

    weights: dict[str, float]
    total: float  # of the weights (1 when none)
    trigrams: frozenset[str]  # the question's words in order
    photo: bool  # asks for a photo's credit
    openers: tuple[str, ...]  # the names asked, as said and as named
    entity_ids: set[int]
    mention_ids: set[int]
    per_link: list[set[int]]
    # What naming each linked entity is worth (the chapter's subject less: every sentence
    # of the chapter is about it, said or not).
    link_weights: tuple[float, ...]
    # The document's own Latin names asked (PraxisAuril, BioBAY): named like an entity.
    latin_names: tuple[str, ...] = ()
    # Cities asked without their 市 (张家港), as a sentence may say them with it (张家港市
    # 建设…): read there without it, so that the words around them still match.
    cities: tuple[str, ...] = ()
    # What will be done is asked (园区将支持…建设什么, what will SIP support … to build):
    # a sentence saying what will be done (将, 拟, 计划) answers before one of what was.
    future: bool = False


# A quantity said in Chinese numerals (十年, 两家): a number, as digits are, that the
# document may write in digits (10年内).
CN_QUANTITY = lazy_regex(r"[一二两三四五六七八九十百千]+(?=[年个家项件名位次])|"
                         # (800多万方, 30余亿: a number's size, roughness and unit said
                         # with its digits, as the document's 800万余平方米 is)
                         r"(?<=\d)(?:[多余来]?[十百千万亿]+[多余]?|[多余来])(?:方(?![面向式法案针]))?|"
                         # (9月底, 年初: a time said, as dates are)
                         r"(?<![\u4e00-\u9fff])月[底初末中]|[上中下]旬")


# (the words asking it, not the caption's credit itself: texts.PHOTO_CREDIT)
CREDIT_ASKING_WORDS = lazy_regex(f"{PHOTO_WORDS.pattern}|{CREDIT_ASKED.pattern}")


def _countable(q: Question) -> tuple[str, list[str]]:
    """The content coverage reads, and its characters that count: an edition or batch
    asked (第27批) is a constraint, not a word to know, nor is a quantity (十年); function
    characters say nothing."""
    content = CN_QUANTITY.sub(" ", ORDINAL.sub(" ", q.content))
    if credit_asked(q.folded):
        # Who supplied the photo (那张配图是谁提供的): the caption's credit is asked, in
        # words a caption need not use.
        content = CREDIT_ASKING_WORDS.sub(" ", content)
    return content, [ch for ch in content if is_cjk(ch) and ch not in FUNCTION_CHARS]


MEASURE_HEADS = frozenset("额量率值")  # the last character of a measure's name (成交额)
AMOUNT_WORDS = frozenset({"数额", "金额", "总额", "数量", "总量", "额度"})  # (of any measure)
# Clauses of a Chinese question (给学生讲课用：…, 想搬进X，现在…多少家, …是哪家？做调查想确认,
# …几月几号（图注里有）),
# and the words that make one ask (a request, 核实一下, asks nothing of the document).
CLAUSE = lazy_regex(r"[^，,：:；;？?！!。（）()]+")
ASKING = lazy_regex(r"多少|几|哪|谁|什么|啥|何|怎|吗|呢|是否|有没有|是不是")


def _asked_clause(q: Question) -> tuple[Question, list[tuple[int, int]]]:
    """The question with only the words of its asking clauses as content, when another
    clause says who asks or why (给学生讲课用：, 想搬进苏州国际科技园，, ？做贷前调查想确认):
    words the document need not know. (The content's characters from those clauses are
    blanked.) When the asking clause holds too few words of its own (…，到底是好多嘛), the
    clause before it, which says what it asks about, asks too. With the spans that ask."""
    if q.lang != "zh":
        return q, []
    clauses = [m.span() for m in CLAUSE.finditer(q.folded)]
    asking = [span for span in clauses if ASKING.search(q.folded, *span)]
    if not asking or len(asking) == len(clauses):
        return q, []
    content = _content_within(q, asking)
    first = clauses.index(asking[0])
    if sum(1 for ch in content if is_cjk(ch)) < 2 and first > 0:
        # (听说国际科技园那边发明专利申请数好几千件，到底是好多嘛)
        asking = [clauses[first - 1], *asking]
        content = _content_within(q, asking)
    if sum(1 for ch in content if is_cjk(ch)) < 2 or len(asking) == len(clauses):
        return q, []
    return replace(q, content=content), asking


def _content_within(q: Question, spans: list[tuple[int, int]]) -> str:
    """The question's content, its characters outside ``spans`` blanked."""
    at = 0
    kept = []
    for ch in q.content:  # (content keeps the question's order: each char found in turn)
        found = q.folded.find(ch, at) if not ch.isspace() else -1
        if found >= 0:
            at = found + 1
        outside = found >= 0 and not any(start <= found < end for start, end in spans)
        kept.append(" " if outside else ch)
    return "".join(kept)


@lru_cache(maxsize=8192)
def shared_run(subject: str, name: str) -> int:
    """How many characters in a row an entry's subject and a name share."""
    if not subject or not name:
        return 0
    return SequenceMatcher(None, subject, name, autojunk=False).find_longest_match().size


# A name qualified in brackets at its end (金鸡湖创新合作中心(北京)), folded.
QUALIFIED_NAME = lazy_regex(r"^(.{2,}?)\(([^()]+)\)$")


# A place in brackets inside a name (牛津大学高等研究院(苏州)…, 信达生物制药(苏州)有限公司):
# where it is, which two names may share without being one thing.
BRACKETED_PLACE = lazy_regex(r"\([^()]{1,6}\)(?=.)")


def _unplaced(name: str) -> str:
    return BRACKETED_PLACE.sub("", name) if "(" in name else name


def about(subject: str, name: str) -> bool:
    """Whether an entry's subject is (part of) the same thing as a name: they share four
    characters in a row (新加坡科技研究局苏州基地 / …苏州企业合作中心; 交流会 / 上海科创中心),
    not counting a place in brackets inside them. Not a sibling of the name, the same stem
    qualified otherwise (金鸡湖创新合作中心(大湾区) is no 金鸡湖创新合作中心(北京)), nor one
    that shares only the kind both end in (苏州—剑桥纳米技术创新中心 is no 牛津…分子诊断
    技术创新中心)."""
    if not (subject and name):
        return False
    said, named = _unplaced(subject), _unplaced(name)
    if named not in said and said not in named:
        pairs = zip(reversed(said), reversed(named), strict=False)
        kind = next((i for i, (a, b) in enumerate(pairs) if a != b),
                    min(len(said), len(named)))
        said, named = said[:len(said) - kind], named[:len(named) - kind]
    if shared_run(said, named) < min(4, len(name)):
        return False
    qualified = QUALIFIED_NAME.match(name)
    if qualified and name not in subject:
        stem = qualified.group(1)
        at = subject.find(stem + "(")
        return at < 0 or subject.startswith(f"{stem}({qualified.group(2)})", at)
    return True


class Retriever:
    """Candidate sentences and their scores, for one store."""

    def __init__(self, stats: DocumentStats, linker: Linker, chapter_subject: str | None,
                 entry_subject: Subjects, name_to_id: Lazy[str, int],
                 sources: Lazy[int, Source], *, several: bool = False) -> None:
        self.stats = stats
        self.store: KnowledgeStore = stats.store
        self.linker = linker
        self.chapter_subject = chapter_subject
        self.entry_subject = entry_subject
        self.name_to_id = name_to_id
        self.sources = sources
        self.several = several  # documents (a shelf): see _best_chapters

    # -- the question alone --------------------------------------------------------------

    def weights(self, q: Question) -> dict[str, float]:
        """IDF weights of the question's words the document uses at all: a bigram across
        two words (建科 in 建科创载体) can match nothing and would only dilute the rest."""
        terms = list(dict.fromkeys(q.terms + q.latin))
        if credit_asked(q.folded):
            # Who provided the photo: the caption's credit (供稿) is asked, not a sentence
            # saying 提供 (a passage providing services).
            # Whatever verb asks it (提供, took, supplied), the word a credit is said in.
            terms = [t for t in terms if PHOTO_WORDS.fullmatch(t) or not CREDIT_ASKED.fullmatch(t)]
            terms += [] if "供稿" in terms else ["供稿"]
        known = self.stats.df(terms)
        return {t: self.stats.idf(t) for t in terms if known[t] > 0}

    def out_of_scope(self, q: Question, weights: dict[str, float]) -> bool:
        """Judged from the question alone: about a name or words the document lacks (an
        earlier clause saying who asks or why, 给学生讲课用：, not counted against it)."""
        if not self._out_of_scope(q, weights):
            return False
        asked, spans = _asked_clause(q)
        # (园区头一回在成都设学院，…是哪一天设立的: a name the premise seems to say is none
        # the question asks about)
        return asked is q or self._out_of_scope(asked, weights, spans)

    def _out_of_scope(self, q: Question, weights: dict[str, float],
                      within: list[tuple[int, int]] | None = None) -> bool:
        content_chars = [ch for ch in q.content if is_cjk(ch) or ch.isalnum()] or list(
            "".join(q.foreign))
        coverage = self.coverage(q, weights)
        return bool(q.namesakes or self.unknown_names(q, within)
                    or (q.intent == "figure" and self._unknown_run(q) >= W.UNKNOWN_MEASURE_RUN)
                    or (not q.links and (not weights or coverage < W.MIN_COVERAGE))
                    or (q.links and content_chars and coverage < W.MIN_COVERAGE_NAMED
                        and self.uncovered(q, weights) >= 2))

    def coverage(self, q: Question, weights: dict[str, float]) -> float:
        """Share of the question's content characters the document knows at all."""
        chars = _countable(q)[1]
        if not chars and not q.latin and not q.foreign:
            return 1.0
        uncovered, known_terms = self._uncovered(q, weights)
        covered = len(chars) - len(uncovered)
        # An English word weighs like a two-character Chinese word.
        latin_known = 2 * sum(1 for w in q.latin if w in known_terms)
        # With a recognised name, leftover Latin words are mostly more name (Ling Zhi).
        latin_total = latin_known if q.links else 2 * len(q.latin)
        return (covered + latin_known) / max(1, len(chars) + latin_total + 2 * len(q.foreign))

    def _uncovered(self, q: Question, weights: dict[str, float]) -> tuple[list[str], set[str]]:
        """The content characters no known word covers, and the known words."""
        content, chars = _countable(q)
        known_terms = {t for t, n in self.stats.df(list(weights)).items() if n > 0}
        out = []
        for i, ch in enumerate(content):
            if not is_cjk(ch) or ch in FUNCTION_CHARS:
                continue
            pair_l = content[i - 1:i + 1] if i > 0 else ""
            pair_r = content[i:i + 2]
            # (a known one-character word standing alone, 产值做到多少亿: its own word,
            # wherever it stands and whatever punctuation follows)
            alone = not (i > 0 and is_cjk(content[i - 1])) and not is_cjk(content[i + 1:i + 2])
            single = ch in known_terms and (len(chars) <= 2 or alone)
            if not (pair_l in known_terms or pair_r in known_terms or single):
                out.append(ch)
        return out, known_terms

    def _unknown_run(self, q: Question) -> int:
        """The most content characters in a row that no known word covers and that end as a
        measure's name does (技术合同成交额: 合同成交额, a measure the document never
        names; not 好像两千多亿, words of the asker's own)."""
        content = _countable(q)[0]
        asked = set(q.terms)
        known = {t for t, n in self.stats.df(list(asked)).items() if n > 0}
        run = longest = 0
        for i, ch in enumerate(content):
            pairs = (content[max(0, i - 1):i + 1], content[i:i + 2])
            # (only the words asked about: 好像, 具体 are none and break a run)
            if is_cjk(ch) and ch not in FUNCTION_CHARS and any(
                    p in asked for p in pairs) and not any(
                    p in known or p in AMOUNT_WORDS for p in pairs):
                run += 1
                if ch in MEASURE_HEADS:
                    longest = max(longest, run)
            else:
                run = 0
        return longest

    def uncovered(self, q: Question, weights: dict[str, float]) -> int:
        """How many content characters no known word covers (one stray 签 is no topic, nor
        is a verb said twice: 签的…是什么时候签的), an unknown foreign word as two."""
        return len(set(self._uncovered(q, weights)[0])) + 2 * len(q.foreign)

    def unknown_names(self, q: Question, within: list[tuple[int, int]] | None = None
                      ) -> list[str]:
        """Names in the question (found by their type word) that the document never
        mentions: 北京大学, 南京纳米城. Such a question is about something else. (``within``:
        only those said in these spans of it.)"""
        out = []
        for match in extract.find_entities(q.folded):
            name = match.name
            if within is not None and not any(start <= match.start and match.end <= end
                                              for start, end in within):
                continue
            if match.type not in NAMED_TYPES or QUESTION_NAME.search(name):
                continue  # "哪个高新区" asks for a name; 扩大会议 is no 大会
            if any(link.start < match.end and match.start < link.end for link in q.links):
                continue  # the linker recognised it (perhaps through a typo)
            if self.linker.known_name(name):
                continue
            if (said := in_document_words(name)) != name and self.stats.in_document(said):
                continue  # 国内外知名大学: the document's 知名高校 in the asker's word
            out.append(name)
        if q.lang == "en" and q.foreign and all(
                link.name == self.chapter_subject for link in q.links):
            # (the NUS Suzhou Research Institute, no name of the document's linked: a name
            # of the institute's kind holding a word neither the document nor its glossary
            # knows is another institute)
            foreign = set(q.foreign)
            out += [m.group(0) for m in EN_NAME_OF_A_KIND.finditer(q.raw)
                    if foreign & {w.lower() for w in m.group(0).split()}]
        return out

    def specific_ids(self, q: Question, limit: int = W.MAX_NAMESAKES) -> list[int]:
        """Entity ids of the names asked about, less the chapter's own subject (园区)."""
        return [eid for link in q.links if link.name != self.chapter_subject
                for eid in link.entity_ids[:limit]]

    # -- candidates ----------------------------------------------------------------------

    def candidates(self, q: Question) -> list[Row]:
        """Sentences worth scoring: those naming the question's specific entities, and the
        best full-text hits. The chapter's own subject (园区) is named in most sentences of
        a yearbook: it ranks candidates but does not fetch them."""
        specific_links = [link for link in q.links if link.name != self.chapter_subject]
        # A name a whole yearbook repeats in every chapter: its first few chapters stand
        # for the rest (the same words, the same kind of sentence).
        specific = self.specific_ids(q)
        rows = self.store.sentences_mentioning(specific, W.MAX_MENTIONS) if specific else []
        terms = q.terms + q.latin
        if terms:
            useful = [t for t in terms if len(t) >= 2 or len(terms) <= 2]
            chosen = self._search_terms(useful)
            df = self.stats.df(useful)
            rarest = sorted((t for t in dict.fromkeys(useful) if df[t] > 0),
                            key=lambda t: df[t])[:2]
            documents = self._documents_of(specific_links)
            if documents is not None:
                # About a named entity: what the document says of it lives in its own
                # chapters, a short list the index intersects cheaply (and few enough
                # matches to rank them all).
                found = self.store.search_sentences(chosen, limit=W.MAX_SEARCH,
                                                    documents=documents)
            elif specific and all(self.stats.df(chosen)[t] > self.stats.total_sentences / 50
                                  for t in chosen):
                found = []  # its mentions are the candidates; words this common add nothing
            else:
                # The sentences holding all of the rarest words (cheap even when each is
                # common), then the best holding any of them.
                found = self.store.search_sentences(
                    rarest, limit=W.MAX_SEARCH, require_all=True,
                    newest=W.RANKED_MATCHES) if len(rarest) > 1 else []
                if len(found) < W.MAX_SEARCH // 4:
                    found += self.store.search_sentences(chosen, limit=W.MAX_SEARCH,
                                                         newest=W.RANKED_MATCHES)
            seen = {r.id for r in rows}
            for row in found:
                if row.id not in seen:
                    seen.add(row.id)
                    rows.append(row)
        if not rows and q.links:
            rows = self.store.sentences_mentioning(
                [eid for link in q.links for eid in link.entity_ids[:W.MAX_NAMESAKES]],
                W.MAX_MENTIONS)
        return rows

    def _documents_of(self, links: list[Link]) -> set[int] | None:
        """The chapters of the most specific named entity, when there are few."""
        smallest: set[int] | None = None
        for link in links:
            documents = self.store.entity_documents(link.entity_ids, W.MAX_DOCUMENTS + 1)
            if smallest is None or len(documents) < len(smallest):
                smallest = documents
        return smallest if smallest and len(smallest) <= W.MAX_DOCUMENTS else None

    def _search_terms(self, terms: list[str]) -> list[str]:
        """The rarest words, up to a budget of postings: they find the sentence, while
        words found in most sentences of a large yearbook only slow the search down."""
        df = self.stats.df(terms)
        known = sorted((t for t in dict.fromkeys(terms) if df[t] > 0), key=lambda t: df[t])
        chosen: list[str] = []
        postings = 0
        for term in known:
            if chosen and postings + df[term] > W.SEARCH_POSTINGS:
                break
            chosen.append(term)
            postings += df[term]
        return chosen or terms

    # -- scoring -------------------------------------------------------------------------

    def sentence_score(self, s: Scoring, row: Row) -> float:
        text = fold(row.text)
        for city in s.cities:
            text = text.replace(city + "市", city)
        subject = self.entry_subject.get(row.entry_id) or ""
        source = self.sources.get(row.entry_id)
        title = fold(source.entry) if source else ""
        hit = hit_title = 0.0
        for t, w in s.weights.items():  # (one pass, the sums in the same order)
            if t in text:
                hit += w
            elif t in title:
                hit_title += w
        score = (hit + W.TITLE_HIT * hit_title) / s.total
        if row.caption_id and s.photo:
            score += W.CAPTION_FOR_PHOTO  # who took the photo: the answer is a caption's credit
        # Words in the question's order, not just its characters: 建设…产业园.
        if s.trigrams:
            score += W.WORD_ORDER * sum(1 for t in s.trigrams if t in text) / len(s.trigrams)
        if s.future and FUTURE_SAID.search(text):
            score += W.FUTURE_SAID
        if s.latin_names:
            score += W.NAMES_ENTITY * sum(1 for w in s.latin_names if w in text) / len(
                s.latin_names)
        if s.entity_ids:
            if s.per_link:
                # A sentence naming more of the question's entities ranks higher.
                score += W.NAMES_ENTITY * sum(
                    weight for ids, weight in zip(s.per_link, s.link_weights, strict=True)
                    if row.id in ids) / len(s.per_link)
            elif row.id in s.mention_ids:
                score += W.NAMES_ENTITY
            if subject and self.name_to_id.get(subject) in s.entity_ids:
                score += W.IN_ENTITY_ENTRY
            if s.openers and text.startswith(s.openers):
                score += W.NAME_OPENS  # the name opens the sentence: what it is about
        return score

    def evidence(self, q: Question, weights: dict[str, float]) -> Evidence | None:
        """The scored candidates, or None when there is none."""
        rows = self.candidates(q)
        if not rows:
            return None
        entity_ids = {eid for link in q.links for eid in link.entity_ids}
        candidate_ids = [r.id for r in rows]
        # Their entries' subjects and titles in one read each: at scale the candidates
        # stand in many chapters, and reading them one by one read a block per chapter.
        entry_ids = [r.entry_id for r in rows if r.entry_id is not None]
        self.entry_subject.prefetch(entry_ids)
        self.sources.prefetch(entry_ids)
        if entity_ids:
            # (scoring asks whether each entry is about a name asked: their ids in one read)
            self.name_to_id.prefetch(
                subject for e in entry_ids if (subject := self.entry_subject.get(e)))
        per_link = [self.store.mentioned_among(link.entity_ids, candidate_ids)
                    for link in q.links]
        mention_ids = set().union(*per_link) if per_link else set()
        scoring = Scoring(weights, sum(weights.values()) or 1.0, cjk_trigrams(q.content),
                          bool(PHOTO_WORDS.search(q.folded)),
                          tuple({fold(q.folded[link.start:link.end]) for link in q.links}
                                | {fold(link.name) for link in q.links}),
                          entity_ids, mention_ids, per_link,
                          tuple(W.SUBJECT_NAMED if link.name == self.chapter_subject else 1.0
                                for link in q.links),
                          tuple(w for w in q.latin if w in weights and len(w) >= 4),
                          tuple(p for p in q.constraints.places
                                if not p.endswith("市") and p + "市" not in q.folded + q.content),
                          bool(FUTURE_ASKED.search(q.folded)))
        scored = sorted(((self.sentence_score(scoring, r), r) for r in rows),
                        key=lambda sr: -sr[0])
        best_score = scored[0][0]
        top = [r for s, r in scored[:8] if s >= best_score * W.TOP_SHARE]
        if self.several:
            rows, scored, top = self._best_chapters(rows, scored, top)
        return Evidence(weights, rows, scored, per_link, mention_ids,
                        self._own(q, rows, scored, per_link), top, entity_ids)

    def _best_chapters(self, rows: list[Row], scored: list[tuple[float, Row]], top: list[Row]
                       ) -> tuple[list[Row], list[tuple[float, Row]], list[Row]]:
        """At a shelf, the candidates of the chapters the best ones stand in (the first few):
        what the answer is read from. (A name every chapter repeats was answered from figures and
        dates scored across a hundred chapters saying the same.)"""
        # (the entries' subjects, and with them their documents, were read for scoring)
        document = self.entry_subject.document
        chosen = set(list(dict.fromkeys(document(r.entry_id) for r in top
                                        if r.entry_id is not None))[:W.BEST_CHAPTERS])

        def kept(row: Row) -> bool:
            return row.entry_id is None or document(row.entry_id) in chosen

        return ([r for r in rows if kept(r)], [(s, r) for s, r in scored if kept(r)],
                [r for r in top if kept(r)])

    def _own(self, q: Question, rows: list[Row], scored: list[tuple[float, Row]],
             per_link: list[set[int]]) -> list[Row]:
        """The sentences about the specific entity asked about, best first."""
        # The chapter's own subject (园区) is named everywhere; a more specific name in the
        # question is what a figure, a date or a place must be about.
        specific = [ids for link, ids in zip(q.links, per_link, strict=True)
                    if link.name != self.chapter_subject]
        if not specific:
            return [r for _, r in scored]  # about the park as a whole: all of it is its own
        own_ids = set().union(*specific)
        # An entry about the entity (its subject names it) speaks of it throughout:
        # 会上，签约项目近30个 belongs to the 交流会. An overview that merely mentions
        # it does not (纳米真空互联实验站 is no owner of the overview's 投资近100亿元).
        names = [fold(link.name) for link in q.links if link.name != self.chapter_subject]
        own_entries = {r.entry_id for r in rows if any(
            about(fold(self.entry_subject.get(r.entry_id) or ""), name)
            for name in names) and self.entry_subject.get(r.entry_id)
            != self.chapter_subject}
        by_id = {r.id: r for r in rows}

        def follows_a_mention(row: Row) -> bool:
            # 合作中心启动。合作中心专注于…: the next sentence of the entry, opening with
            # 该/其 or the end of the name, is about it too.
            before = by_id.get(row.id - 1)
            if before is None or before.id not in own_ids or before.entry_id != row.entry_id:
                return False
            text = fold(row.text)
            return bool(ANAPHOR.match(text)) or any(
                text.startswith(name[-k:]) for name in names for k in range(2, 7)
                if k < len(name))

        return [r for _, r in scored if r.id in own_ids or r.entry_id in own_entries
                or follows_a_mention(r)]
