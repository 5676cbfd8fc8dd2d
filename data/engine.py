"""Answer questions from the store: understand, link, rank, compose.

1. Fold the question (NFKC, Traditional → Simplified, spacing) and read its intent from
   the question words (the patterns and tables live in ``data/question.py``).
2. Link entities over the stored aliases: exact, then the tail of a name (姑苏实验室 for
   材料科学姑苏实验室), then pinyin (纳米成 → 纳米城), then fuzzy (rapidfuzz)
   (``data/linking.py``).
3. Rank the linked entity's sentences, figures and events (or, with no entity, full-text
   hits) against the question's measure words, weighted by how rare each word is.
4. Lead with the fact as the document states it, then the sentence, then the source —
   or say plainly that the document does not say, with suggestions it can answer.
"""

from __future__ import annotations

import logging
import math
import re
from collections import Counter
from collections.abc import Iterable
from difflib import SequenceMatcher
from functools import lru_cache

from data import extract
from data.linking import Link, Linker
from data.models import Answer, Event, Figure, Source
from data.normalize import bigrams, fold, is_cjk
from data.question import (
    _YEAR_IN_Q,
    COUNTER_UNITS,
    EN_STOP,
    FOCUS_WORDS,
    FUNCTION_CHARS,
    INTENT_PATTERNS,
    NAMED_TYPES,
    NOT_A_UNIT,
    NUMBER_QUESTION,
    PHOTO_WORDS,
    PINYIN_WORDS,
    QUESTION_NAME,
    QUESTION_WORDS,
    RANK_QUESTION,
    UNIT_QUESTIONS,
    UNIT_TOPICS,
    Question,
    _cjk_trigrams,
    _segment,
    load_terms,
)
from data.store import Store

log = logging.getLogger(__name__)

FIGURE_TEXT = re.compile(r"\d+(?:\.\d+)?[万亿]?[余多]?[%家人名件张个支项类批场所年倍元]")
_WHERE_PATTERNS = (
    re.compile(r"位于([^，。；]{2,30})"),
    re.compile(r"落户(?:于)?([^，。；]{2,30})"),
    re.compile(r"(?<![旨正现存所实好内外])在([^，。；在]{2,20}?)(?:挂牌|上市|设立|揭牌|举办|举行|注册|建设|成立)"),
)
MAX_FACT_SENTENCE = 140
# Candidate budgets: enough for any entity of one chapter, bounded for a whole yearbook.
MAX_MENTIONS = 120
MAX_HOMOPHONES = 400
MAX_SEARCH = 60
MAX_DOCUMENTS = 20
MAX_NAMESAKES = 50
SEARCH_POSTINGS = 3000
MAX_SHORT_SENTENCE = 60
CREDIT = re.compile(r"（[^（）]*供稿）$")


@lru_cache(maxsize=8192)
def _about(subject: str, name: str) -> bool:
    """Whether an entry's subject is (part of) the same thing as a name: they share four
    characters in a row (新加坡科技研究局苏州基地 / …苏州企业合作中心; 交流会 / 上海科创中心)."""
    if not subject or not name:
        return False
    match = SequenceMatcher(None, subject, name, autojunk=False).find_longest_match()
    return match.size >= min(4, len(name))


class Engine:
    """Stateless per question; holds document statistics and the linker (alias index)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.sources: dict[int, Source] = store.sources()
        self.entities: dict[int, tuple[str, str, int | None]] = {
            e.id: (e.name, e.type, e.entry_id) for e in store.entities()}
        self.entry_subject: dict[int, str | None] = {}
        self.subjects: set[str] = set()
        self.entry_text: dict[int, str] = {}
        for row in store.entries():
            self.entry_subject[row["id"]] = row["subject"]
            if row["subject"]:
                self.subjects.add(row["subject"])
            self.entry_text[row["id"]] = row["title"] + row["body"]
        subjects = Counter(row for row in self.entry_subject.values() if row)
        self.chapter_subject = subjects.most_common(1)[0][0] if subjects else None
        self.name_to_id = {name: eid for eid, (name, _, _) in self.entities.items()}
        self.linker = Linker(store, self.entities, self.subjects, self.pinyin,
                             self._in_document)
        self.total_sentences = max(1, store.counts()["sentences"])
        self.terms = load_terms()
        by_length = sorted(self.terms.items(), key=lambda kv: -len(kv[0]))
        self._cjk_terms = [(k, v) for k, v in by_length if not k.isascii()]
        # Compiled once: a hundred phrases would otherwise be compiled on a first question.
        self._latin_terms = [
            (re.compile(rf"(?<![a-z0-9]){re.escape(k)}(?![a-z0-9])"), v)
            for k, v in by_length if k.isascii()]
        self._df_cache: dict[str, int] = {}
        self._chars_by_pinyin: dict[str, list[str]] | None = None
        self._syllable_set: frozenset[str] | None = None
        self._pinyin_cache: dict[str, str] = {}
        self._entries_of: dict[Source, list[int]] = {}
        for entry_id, source in self.sources.items():
            self._entries_of.setdefault(source, []).append(entry_id)

    # -- statistics ----------------------------------------------------------------------

    def df(self, tokens: Iterable[str]) -> dict[str, int]:
        missing = [t for t in tokens if t not in self._df_cache]
        if missing:
            self._df_cache.update(self.store.token_document_frequency(missing))
            for t in missing:
                self._df_cache.setdefault(t, 0)
            if len(self._df_cache) > 50_000:
                self._df_cache.clear()
        return {t: self._df_cache.get(t, 0) for t in tokens}

    def idf(self, token: str) -> float:
        df = self.df([token])[token]
        return math.log((self.total_sentences + 1) / (df + 0.5)) + 0.1

    def pinyin(self, text: str) -> list[str]:
        missing = [ch for ch in text if is_cjk(ch) and ch not in self._pinyin_cache]
        if missing:
            self._pinyin_cache.update(self.store.pinyin_of(missing))
        return [self._pinyin_cache.get(ch, ch) if is_cjk(ch) else ch for ch in text]

    # -- understanding ---------------------------------------------------------------------

    def understand(self, raw: str) -> Question:
        folded = fold(raw)
        intent = next((name for name, pattern in INTENT_PATTERNS if pattern.search(folded)),
                      None)
        if RANK_QUESTION.search(folded):
            intent = "what"  # 列全市第几: a ranking is said in words, not a figure
        q = Question(raw, folded, intent or "what", bare=intent is None)
        q.links = self.linker.link(folded, q.namesakes)
        if any(re.match(r"是(?:什么(?!时候|时间|地方)|哪(?![里儿天年一]))", folded[link.end:])
               for link in q.links):
            q.intent = "what"  # 新加坡科技研究局是什么机构: about the name, not a list
        if re.search(r"哪个?(?:国家|城市|省份?)|哪国|什么国家", folded):
            q.intent = "what"  # a country or city is said in the sentence, not listed
        elif re.search(r"哪[个座家](?:园|产业园|科技园|载体|园区|平台|机构)", folded):
            q.intent = "who"  # 在哪个园: which park, a name, not a place
        if q.intent == "figure" and NOT_A_UNIT.search(folded):
            q.intent = "what"  # 有几期: phases are named, not counted, in the text
        if re.search(r"[吗呢?？哪谁啥怎]|什么", folded):
            q.bare = False  # a question word the intents do not list is still a question
        counter = (re.search(r"(?:多少|几)个?([家人件张支项名所批类场次位])", folded)
                   or re.search(r"(?:多少|几)(个)", folded))
        if counter:
            # The counter asked for decides: 分几批 is answered in 批, 多少所高校 may be
            # counted in 家, 几个 is any count; topic words (批件 → 张) do not.
            q.units = COUNTER_UNITS.get(counter.group(1), (counter.group(1),))
        else:
            units: list[str] = []
            for pattern, hinted in UNIT_QUESTIONS:
                if pattern.search(folded):
                    units.extend(u for u in hinted if u not in units)
            q.units = tuple(units)
        likely: list[str] = []
        for pattern, hinted in UNIT_TOPICS:
            if pattern.search(folded):
                likely.extend(u for u in hinted if u not in likely)
        q.likely_units = tuple(likely)
        focus = FOCUS_WORDS.search(folded)
        q.focus = focus.start() if focus else -1
        q.years = tuple(int(y) for y in _YEAR_IN_Q.findall(folded) if len(y) == 4)
        # Content: what remains once names and question words are gone.
        chars = list(folded)
        for link in q.links:
            for i in range(link.start, link.end):
                chars[i] = " "
        content = "".join(chars)
        for phrase, zh in self._cjk_terms:
            content = content.replace(phrase, zh)  # a synonym keeps its place: 公司 → 企业
        content = QUESTION_WORDS.sub(" ", content)
        content = self._correct_homophones(content)
        content = re.sub(r"(?:19|20)\d{2}年?", " ", content)
        translated = []
        for pattern, zh in self._latin_terms:
            if pattern.search(content):
                translated.append(zh)
                content = pattern.sub(" ", content)
        q.latin = [w for w in re.findall(r"[a-z][a-z0-9*]+", content) if w not in EN_STOP]
        q.content = " ".join([content, *translated])
        q.terms = [t for t in bigrams(q.content)
                   if not t.isdigit() and t not in EN_STOP and t not in FUNCTION_CHARS
                   and not (len(t) == 1 and t.isascii())  # a lone letter is markup (<b>)
                   and "的" not in t]  # 国家的公司: 家的 and 的企 join words, they are none
        return q

    def link(self, folded: str) -> list[Link]:
        """Entities named in the question (see ``Linker.link``)."""
        return self.linker.link(folded)

    def _correct_homophones(self, content: str) -> str:
        """入住企业 → 入驻企业: a two-character word the document never uses, typed with the
        same pinyin as one it does, is that word."""
        runs = re.findall(r"[\u4e00-\u9fff]{2,}", content)
        grams = {run[i:i + 2] for run in runs for i in range(len(run) - 1)}
        unknown = [g for g, n in self.df(list(grams)).items() if n == 0]
        if not unknown:
            return content
        for gram in unknown:
            fix = self._homophone(self.pinyin(gram))
            if not fix or fix == gram:
                continue
            # Only when the fixed word also reads on with its neighbour as the document
            # does (入驻企), so an ordinary word the text lacks (院长) is not "corrected".
            at = content.find(gram)
            phrases = [p for p in (content[max(0, at - 1):at] + fix, fix + content[
                at + 2:at + 3]) if len(p) == 3 and all(is_cjk(c) for c in p)]
            if not phrases and self.df([fix])[fix] >= 3:
                content = content.replace(gram, fix)  # a word alone (站比 → 占比)
                continue
            for phrase in phrases:
                # Both of the phrase's two-character words: short lists, a cheap AND.
                rows = self.store.search_sentences(bigrams(phrase), limit=20, require_all=True)
                if any(phrase in fold(r["text"]) for r in rows):
                    content = content.replace(gram, fix)
                    break
        return content

    def _pinyin_chars(self) -> dict[str, list[str]]:
        """Syllable → the document's characters read that way."""
        if self._chars_by_pinyin is None:
            chars = [t for t, _ in self.store.vocabulary(1) if len(t) == 1 and is_cjk(t)]
            index: dict[str, list[str]] = {}
            for ch, py in zip(chars, self.pinyin("".join(chars)), strict=True):
                index.setdefault(py, []).append(ch)
            self._chars_by_pinyin = index
        return self._chars_by_pinyin

    def warm(self) -> None:
        """Build the indexes typos and pinyin need now, not on some user's first typo."""
        self._pinyin_chars()
        self._syllables()
        self.linker.warm()

    def _homophone(self, syllables: list[str]) -> str | None:
        """The document's most used two-character word read as these two syllables."""
        by_pinyin = self._pinyin_chars()
        firsts = by_pinyin.get(syllables[0], [])
        seconds = by_pinyin.get(syllables[1], [])
        words = [a + b for a in firsts for b in seconds]
        if not words or len(words) > MAX_HOMOPHONES:
            return None
        used = self.store.token_document_frequency(words)
        best = max(words, key=lambda w: used[w])
        return best if used[best] > 0 else None

    # -- answering -----------------------------------------------------------------------

    def ask(self, raw: str) -> Answer:
        question = raw if isinstance(raw, str) else str(raw)
        try:
            q = self.understand(question[:500])
        except Exception:
            log.exception("understanding %r failed", question[:200])
            return self._not_found(question, "what", None, [])
        if not q.folded or not re.search(r"[\w]", q.folded):
            return self._not_found(question, q.intent, None, [])
        try:
            hanzi = self._from_pinyin(q.folded)
            if hanzi:
                # nami cheng ruzhu qiye duoshao jia: answered as 纳米城入驻企业多少家.
                q = self.understand(hanzi)
                q.raw = question
            return self._answer(q)
        except Exception:
            log.exception("answering %r failed", question[:200])
            return self._not_found(question, q.intent, None, [])

    def _from_pinyin(self, folded: str) -> str | None:
        """A question typed wholly in pinyin, in characters; None when it is not one."""
        words = folded.split()
        if len(words) < 3 or re.search(r"[^a-z ]", folded):
            return None
        syllables = self._syllables()
        split = [_segment(w, syllables) for w in words]
        if sum(1 for parts in split if parts) < 0.8 * len(words) or sum(
                1 for parts in split if parts and len(parts) > 1) < 2:
            return None  # English, not pinyin
        out: list[str] = []
        i = 0
        while i < len(words):
            # The longest run of words spelling a known name (nami cheng → 纳米城) first.
            end = next((j for j in range(min(len(words), i + 5), i, -1)
                        if "".join(words[i:j]) in self.linker.pinyin_index), None)
            if end is not None:
                out.append(min(self.linker.pinyin_index["".join(words[i:end])], key=len))
                i = end
                continue
            word, parts = words[i], split[i]
            if word in PINYIN_WORDS:
                out.append(PINYIN_WORDS[word])
            elif parts and len(parts) % 2 == 0:
                pairs = [self._homophone(parts[k:k + 2]) for k in range(0, len(parts), 2)]
                if not all(pairs):
                    return None
                out.extend(p for p in pairs if p)
            else:
                return None
            i += 1
        return "".join(out)

    def _syllables(self) -> frozenset[str]:
        if self._syllable_set is None:
            self._syllable_set = frozenset(self.store.pinyin_syllables())
        return self._syllable_set

    def _weights(self, q: Question) -> dict[str, float]:
        """IDF weights of the question's words the document uses at all: a bigram across
        two words (建科 in 建科创载体) can match nothing and would only dilute the rest."""
        terms = list(dict.fromkeys(q.terms + q.latin))
        known = self.df(terms)
        return {t: self.idf(t) for t in terms if known[t] > 0}

    def _candidates(self, q: Question) -> list[dict]:
        """Sentences worth scoring: those naming the question's specific entities, and the
        best full-text hits. The chapter's own subject (园区) is named in most sentences of
        a yearbook: it ranks candidates but does not fetch them."""
        specific_links = [link for link in q.links if link.name != self.chapter_subject]
        # A name a whole yearbook repeats in every chapter: its first few chapters stand
        # for the rest (the same words, the same kind of sentence).
        specific = [eid for link in specific_links for eid in link.entity_ids[:MAX_NAMESAKES]]
        rows = self.store.sentences_mentioning(specific, MAX_MENTIONS) if specific else []
        terms = q.terms + q.latin
        if terms:
            useful = [t for t in terms if len(t) >= 2 or len(terms) <= 2]
            chosen = self._search_terms(useful)
            df = self.df(useful)
            rarest = sorted((t for t in dict.fromkeys(useful) if df[t] > 0),
                            key=lambda t: df[t])[:2]
            documents = self._documents_of(specific_links)
            if documents is not None:
                # About a named entity: what the document says of it lives in its own
                # chapters, a short list the index intersects cheaply.
                found = self.store.search_sentences(chosen, limit=MAX_SEARCH,
                                                    documents=documents)
            elif specific and all(self.df(chosen)[t] > self.total_sentences / 50
                                  for t in chosen):
                found = []  # its mentions are the candidates; words this common add nothing
            else:
                # The sentences holding all of the rarest words (cheap even when each is
                # common), then the best holding any of them.
                found = self.store.search_sentences(
                    rarest, limit=MAX_SEARCH, require_all=True) if len(rarest) > 1 else []
                if len(found) < MAX_SEARCH // 4:
                    found += self.store.search_sentences(chosen, limit=MAX_SEARCH)
            seen = {r["id"] for r in rows}
            for row in found:
                if row["id"] not in seen:
                    seen.add(row["id"])
                    rows.append(row)
        if not rows and q.links:
            rows = self.store.sentences_mentioning(
                [eid for link in q.links for eid in link.entity_ids[:MAX_NAMESAKES]],
                MAX_MENTIONS)
        return rows

    def _documents_of(self, links: list[Link]) -> set[int] | None:
        """The chapters of the most specific named entity, when there are few."""
        smallest: set[int] | None = None
        for link in links:
            documents = self.store.entity_documents(link.entity_ids, MAX_DOCUMENTS + 1)
            if smallest is None or len(documents) < len(smallest):
                smallest = documents
        return smallest if smallest and len(smallest) <= MAX_DOCUMENTS else None

    def _search_terms(self, terms: list[str]) -> list[str]:
        """The rarest words, up to a budget of postings: they find the sentence, while
        words found in most sentences of a large yearbook only slow the search down."""
        df = self.df(terms)
        known = sorted((t for t in dict.fromkeys(terms) if df[t] > 0), key=lambda t: df[t])
        chosen: list[str] = []
        postings = 0
        for term in known:
            if chosen and postings + df[term] > SEARCH_POSTINGS:
                break
            chosen.append(term)
            postings += df[term]
        return chosen or terms

    def _sentence_score(self, q: Question, weights: dict[str, float], row: dict,
                        entity_ids: set[int], mention_ids: set[int],
                        per_link: list[set[int]] | None = None) -> float:
        text = fold(row["text"])
        subject = self.entry_subject.get(row["entry_id"]) or ""
        source = self.sources.get(row["entry_id"])
        title = fold(source.entry) if source else ""
        total = sum(weights.values()) or 1.0
        hit = sum(w for t, w in weights.items() if t in text)
        hit_title = sum(w for t, w in weights.items() if t in title and t not in text)
        score = (hit + 0.5 * hit_title) / total
        if row["caption_id"] and PHOTO_WORDS.search(q.folded):
            score += 0.5  # who took the photo: the answer is a caption's credit
        # Words in the question's order, not just its characters: 建设…产业园.
        trigrams = _cjk_trigrams(q.content)
        if trigrams:
            score += 0.2 * sum(1 for t in trigrams if t in text) / len(trigrams)
        if entity_ids:
            if per_link:
                # A sentence naming more of the question's entities ranks higher.
                score += 0.6 * sum(row["id"] in ids for ids in per_link) / len(per_link)
            elif row["id"] in mention_ids:
                score += 0.6
            if subject and self.name_to_id.get(subject) in entity_ids:
                score += 0.2
            if any(text.startswith(fold(q.folded[link.start:link.end]))
                   or text.startswith(fold(link.name)) for link in q.links):
                score += 0.15  # the name opens the sentence: it is what the sentence is about
        return score

    def _answer(self, q: Question) -> Answer:
        number = NUMBER_QUESTION.fullmatch(re.sub(r"\s+", "", q.folded))
        if number:
            answer = self._answer_number(q, number.group(1))
            if answer:
                return answer
        weights = self._weights(q)
        entity_ids = {eid for link in q.links for eid in link.entity_ids}
        entity_name = q.links[0].name if q.links else None
        # What can be judged from the question alone comes first: no search is needed to
        # know that 北京大学 or 天气 is not in the document.
        content_chars = [ch for ch in q.content if is_cjk(ch) or ch.isalnum()]
        coverage = self._coverage(q, weights)
        if (q.namesakes or self._unknown_names(q)
                or (not q.links and (not weights or coverage < 0.6))
                or (q.links and content_chars and coverage < 0.5
                    and self._uncovered(q, weights) >= 2)):
            specific = [eid for link in q.links if link.name != self.chapter_subject
                        for eid in link.entity_ids[:MAX_NAMESAKES]]
            near = self.store.sentences_mentioning(specific, 30) if specific else []
            return self._not_found(q.raw, q.intent, entity_name, near, q)
        rows = self._candidates(q)
        if not rows:
            return self._not_found(q.raw, q.intent, entity_name, rows, q)
        candidate_ids = [r["id"] for r in rows]
        q.per_link = per_link = [self.store.mentioned_among(link.entity_ids, candidate_ids)
                                 for link in q.links]
        mention_ids = set().union(*per_link) if per_link else set()
        scored = sorted(
            ((self._sentence_score(q, weights, r, entity_ids, mention_ids, per_link), r)
             for r in rows),
            key=lambda sr: -sr[0])
        if not q.links and scored[0][0] < 0.45:
            return self._not_found(q.raw, q.intent, entity_name, [r for _, r in scored], q)
        answer = self._choose(q, weights, rows, scored, per_link, mention_ids, entity_name)
        if answer.found and q.years and not self._years_match(q.years, answer):
            # The document gives this for another year (园区2021年研发投入占比).
            return self._not_found(q.raw, q.intent, entity_name, [r for _, r in scored], q)
        return answer

    def _choose(self, q: Question, weights: dict[str, float], rows: list[dict],
                scored: list[tuple[float, dict]], per_link: list[set[int]],
                mention_ids: set[int], entity_name: str | None) -> Answer:
        best_score, best = scored[0]
        top = [r for s, r in scored[:8] if s >= best_score * 0.5]
        # The chapter's own subject (园区) is named everywhere; a more specific name in the
        # question is what a figure, a date or a place must be about.
        specific = [ids for link, ids in zip(q.links, per_link, strict=True)
                    if link.name != self.chapter_subject]
        if specific:
            own_ids = set().union(*specific)
            # An entry about the entity (its subject names it) speaks of it throughout:
            # 会上，签约项目近30个 belongs to the 交流会. An overview that merely mentions
            # it does not (纳米真空互联实验站 is no owner of the overview's 投资近100亿元).
            names = [fold(link.name) for link in q.links if link.name != self.chapter_subject]
            own_entries = {r["entry_id"] for r in rows if any(
                _about(fold(self.entry_subject.get(r["entry_id"]) or ""), name)
                for name in names) and self.entry_subject.get(r["entry_id"])
                != self.chapter_subject}
            own = [r for _, r in scored if r["id"] in own_ids or r["entry_id"] in own_entries]
        else:
            own = [r for _, r in scored]  # about the park as a whole: all of it is its own
        intent = q.intent
        if intent == "when":
            answer = self._answer_when(q, weights, own[:12] if q.links else top, scored)
            if answer:
                return answer
            if q.links:
                return self._not_found(q.raw, q.intent, entity_name, own or rows, q)
        if intent == "where":
            answer = self._answer_where(q, own[:3] if q.links else top)
            if answer:
                return answer
            # No sentence says where: saying so beats quoting one that does not answer.
            return self._not_found(q.raw, q.intent, entity_name, own or rows, q)
        if intent in ("list", "who"):
            answer = self._answer_list(q, weights, own[:4] if q.links else top)
            if answer:
                return answer
        if intent == "list":
            row = self._enumeration(q, own[:12] if q.links else top, scored)
            if row is not None:
                return self._compose_sentence(q, row, entity_name, intent)
        if (intent == "figure" or q.bare) and q.links:
            top = own[:30]  # a figure about a named entity comes from its own entries
        figure = self._best_figure(q, weights, top, scored) if top else None
        if intent == "figure" and (figure is None or (q.units and figure[1].unit not in q.units)):
            return self._not_found(q.raw, q.intent, entity_name, [r for _, r in scored], q)
        said = sum(1 for ch in q.content if is_cjk(ch)) + 2 * len(q.latin)
        if figure is not None and (intent == "figure" or (q.bare and figure[2] >= 0.6
                                                          and said >= 2)):
            return self._compose_figure(q, figure[1], entity_name)
        # About a named entity, the sentence comes from what the document says of it.
        sentence = own[0] if q.links and own else best
        text = fold(sentence["text"])
        if weights and not any(all(ch in text for ch in t) for t in weights):
            # Nothing asked about is in it, not even in other words' order (会上 for 会议上):
            # Who founded Zai Lab? The document does not say.
            return self._not_found(q.raw, q.intent, entity_name, own or rows, q)
        return self._compose_sentence(q, sentence, entity_name, intent)

    def _answer_number(self, q: Question, number: str) -> Answer | None:
        """What a figure is: every place the document states it."""
        digits = re.match(r"\d+(?:\.\d+)?", number)
        if digits is None:
            return None
        rows = self.store.search_sentences([digits.group(0)], limit=50)
        figures = [f for f in self.store.figures(sentence_ids=[r["id"] for r in rows])
                   if re.match(rf"(?:近|约|超过|逾|达)?{re.escape(number)}", fold(f.text))]
        if not figures:
            return None
        lines = []
        for figure in figures[:5]:
            label = figure.label.split("（")[0]
            owner = figure.entity or ""
            prefix = f"{owner} · " if owner and fold(owner) not in fold(label) else ""
            lines.append(f"{prefix}{label}：{figure.text}")
        first = figures[0]
        rows = self.store.sentences([first.sentence_id])
        source = self._source(first.entry_id, bool(rows and rows[0]["caption_id"]))
        fact = "；".join(lines)
        evidence = self._trim(first.sentence, first.text)
        return Answer(q.raw, True, self._render(fact, evidence, source), "figure",
                      first.entity, source, (), first.text, evidence)

    def _coverage(self, q: Question, weights: dict[str, float]) -> float:
        """Share of the question's content characters the document knows at all."""
        chars = [ch for ch in q.content if is_cjk(ch) and ch not in FUNCTION_CHARS]
        if not chars and not q.latin:
            return 1.0
        known_terms = {t for t, n in self.df(list(weights)).items() if n > 0}
        covered = 0
        content = q.content
        for i, ch in enumerate(content):
            if not is_cjk(ch) or ch in FUNCTION_CHARS:
                continue
            pair_l = content[i - 1:i + 1] if i > 0 else ""
            pair_r = content[i:i + 2]
            single = ch in known_terms and len(chars) <= 2
            if pair_l in known_terms or pair_r in known_terms or single:
                covered += 1
        # An English word weighs like a two-character Chinese word.
        latin_known = 2 * sum(1 for w in q.latin if w in known_terms)
        # With a recognised name, leftover Latin words are mostly more name (Ling Zhi).
        latin_total = latin_known if q.links else 2 * len(q.latin)
        return (covered + latin_known) / max(1, len(chars) + latin_total)

    def _uncovered(self, q: Question, weights: dict[str, float]) -> int:
        """How many content characters no known word covers (one stray 签 is no topic)."""
        chars = [ch for ch in q.content if is_cjk(ch) and ch not in FUNCTION_CHARS]
        return round(len(chars) * (1 - self._coverage(q, weights)))

    def _unknown_names(self, q: Question) -> list[str]:
        """Names in the question (found by their type word) that the document never
        mentions: 北京大学, 南京纳米城. Such a question is about something else."""
        out = []
        for match in extract.find_entities(q.folded):
            name = match.name
            if match.type not in NAMED_TYPES or QUESTION_NAME.search(name):
                continue  # "哪个高新区" asks for a name; 扩大会议 is no 大会
            if any(link.start < match.end and match.start < link.end for link in q.links):
                continue  # the linker recognised it (perhaps through a typo)
            if self.linker.known_name(name):
                continue
            out.append(name)
        return out

    @lru_cache(maxsize=4096)  # noqa: B019 - the engine lives as long as its store
    def _in_document(self, name: str) -> bool:
        grams = list(dict.fromkeys(bigrams(name)))
        df = self.df(grams)
        if not grams or not all(df.values()):
            return False
        rarest = sorted(grams, key=lambda g: df[g])[:3]
        rows = self.store.search_sentences(rarest, limit=50, require_all=True)
        return any(name in fold(r["text"]) for r in rows)

    def _years_match(self, years: tuple[int, ...], answer: Answer) -> bool:
        text = (answer.evidence or "") + answer.answer
        entries = self._entries_of.get(answer.source, []) if answer.source else []
        text += "".join(self.entry_text.get(eid, "") for eid in entries)
        return all(str(y) in text for y in years)

    # -- composing -------------------------------------------------------------------------

    @staticmethod
    def _local(figure: Figure, context: str, start: int) -> str:
        """The words that say what a figure measures: its clause before it (the whole
        sentence before it for a part: 其中创业类7人), its label, and the few words after
        it up to the next punctuation or figure (29张临床批件, 5家企业技术中心)."""
        raw = figure.sentence
        head = raw[:start]
        if re.match(r"(?:其中|包括)", context):
            before = re.split(r"[。；;]", head)[-1]
        else:
            before = re.split(r"[，。；：,;:]", head)[-1]
            # After an earlier figure of the same clause, its own words end at 、 or 中:
            # 江苏省5家企业技术中心、2家分中心 → 2家 is 分中心; 33家企业中26家 → 26家.
            earlier = list(FIGURE_TEXT.finditer(before))
            if earlier:
                rest = before[earlier[-1].end():]
                cut = re.search(r"[、中]", rest)
                before = rest[cut.end():] if cut else ""
        tail = raw[start + len(figure.text):]
        after = re.split(r"[,，;；。(（、\d]", tail)[0][:8]
        return fold(before + figure.label + after)

    @staticmethod
    def _previous_clause(figure: Figure, start: int) -> str:
        """The clause before the figure's own (分4批认定科技企业59家，涉及产品70类)."""
        clauses = re.split(r"[，。；,;]", figure.sentence[:start])
        return fold(clauses[-2]) if len(clauses) >= 2 else ""

    @staticmethod
    def _names_in(q: Question, local: str) -> float:
        """How much of a name the question gives stands in a figure's own words (…七期
        人工智能产业园建筑面积26万平方米, not 六期创意泵站建筑面积2万平方米)."""
        best = 0.0
        for link in q.links:
            said = q.folded[link.start:link.end]
            grams = {said[i:i + 3] for i in range(len(said) - 2)}
            if grams:
                best = max(best, sum(g in local for g in grams) / len(grams))
        return best

    @staticmethod
    def _nearness(q: Question, term: str) -> float:
        """1 to 2: how close a word stands to the question word (多少/几/how many)."""
        if q.focus < 0:
            return 1.0
        at = q.folded.find(term)
        if at < 0:
            return 1.0
        end = at + len(term)
        distance = q.focus - end if end <= q.focus else at - q.focus
        return 1.0 + max(0.0, 1.0 - max(0, distance) / max(8, len(q.folded)))

    def _figure_score(self, q: Question, weights: dict[str, float], figure: Figure,
                      context: str, start: int, sentence_score: float, entity_ids: set[int]
                      ) -> tuple[float, float]:
        """(score, share of the question's words found in the figure's own words)."""
        # Words next to the question word name what is counted (…新增投资的企业几家).
        near = {t: w * self._nearness(q, t) for t, w in weights.items()}
        total = sum(near.values()) or 1.0
        local = self._local(figure, context, start)
        hit = sum(w for t, w in near.items() if t in local) / total
        previous = self._previous_clause(figure, start)
        hit_previous = sum(w for t, w in near.items()
                           if t in previous and t not in local) / total
        score = sentence_score + 2.0 * hit + 0.5 * hit_previous
        # Prefer the figure whose label says no more than was asked (国家高新技术企业 over
        # 新增国家高新技术企业).
        label = fold(figure.label) or fold(context)
        asked = set(q.content)
        if label:
            score -= 0.3 * sum(1 for ch in label if ch not in asked) / len(label)
        content = re.sub(r"\s+", "", q.content)
        if content and len(content) >= 3 and content[-4:] in fold(figure.label + context):
            score += 0.3
        if q.units:
            score += 0.5  # (only figures in the units asked for get here)
        elif q.likely_units:
            score += 0.4 if figure.unit in q.likely_units else -0.3
        running_total = "累计" in fold(context + figure.label)
        asked_new = re.search(r"新增|新引进|全年|年内|今年|当年|\bnew\b", q.folded)
        if running_total and not asked_new:
            score += 0.1  # asked "how many" without "new": the running total
        elif running_total and asked_new:
            score -= 0.2  # asked what is new (新增了几支): not the running total
        if re.match(r"(?:其中|包括)", context) and not re.search(r"其中|包括", q.folded):
            score -= 0.15  # a part (其中科技上市企业33家), when the whole was asked for
        if figure.unit == "%" and "%" not in q.units and "占" in fold(context + figure.label):
            score -= 2.0  # a share of GDP is no answer to "what is the GDP"
        if fold(figure.text) in q.folded:
            score -= 1.0  # the question already states it: it is not the answer
        score += 0.5 * self._names_in(q, local)
        if len(q.links) > 1:
            # 国际科技园、纳米城、生物医药产业园这些载体…: the sentence naming them all.
            per_link = q.per_link or []
            score += 0.4 * sum(figure.sentence_id in ids for ids in per_link) / len(per_link)
        if entity_ids and figure.entity and self.name_to_id.get(figure.entity) in entity_ids:
            score += 0.4
        elif not entity_ids and figure.entity == self.chapter_subject:
            score += 0.3  # no name asked: the chapter is about the park as a whole
        return score, hit

    def _best_figure(self, q: Question, weights: dict[str, float], top: list[dict],
                     scored: list[tuple[float, dict]]) -> tuple[float, Figure, float] | None:
        by_id = {r["id"]: s for s, r in scored}
        ids = [r["id"] for r in top]
        figures = self.store.figures(sentence_ids=ids)
        if q.units:
            # The unit asked for picks among the figures (多少个，增长多少: the count).
            figures = [f for f in figures if f.unit in q.units]
        if not figures:
            return None
        entity_ids = {eid for link in q.links for eid in link.entity_ids}
        scored_figures = [
            (*self._figure_score(q, weights, f, f.context, f.start, by_id[f.sentence_id],
                                 entity_ids), f) for f in figures]
        score, hit, figure = max(scored_figures, key=lambda shf: shf[0])
        if weights and hit == 0:
            # Nothing asked about is what this figure measures; only the unit asked for, in
            # the best-matching sentence (建科创载体投了多少钱 → 投资近100亿元), will do.
            best_sentence = max(by_id[r["id"]] for r in top)
            said = fold(figure.sentence)
            in_sentence = sum(w for t, w in weights.items() if t in said) / sum(
                weights.values())
            if not (q.units and figure.unit in q.units and in_sentence >= 0.5
                    and by_id[figure.sentence_id] >= 0.8 * best_sentence):
                return None
        return score, figure, hit

    def _source(self, entry_id: int | None, caption: bool = False) -> Source | None:
        source = self.sources.get(entry_id) if entry_id is not None else None
        if caption:
            return Source(source.section if source else "图片", "图片说明")
        return source

    @staticmethod
    def _trim(sentence: str, anchor: str) -> str:
        """Keep the clauses around the fact: on a phone, the fact's own part of a long
        sentence is the evidence (；separates independent statements)."""
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

    def _render(self, fact: str, evidence: str | None, source: Source | None) -> str:
        lines = [fact]
        if evidence and fold(evidence) != fold(fact):
            lines.append(f"原文：{evidence}")
        if source:
            lines.append(f"出处：{source}")
        return "\n".join(lines)

    def _compose_figure(self, q: Question, figure: Figure, entity_name: str | None) -> Answer:
        owner = figure.entity or entity_name or ""
        label = figure.label or ""
        if owner and fold(owner) in fold(label):
            owner = ""
        fact = f"{owner + ' · ' if owner else ''}{label}：{figure.text}" if label else (
            f"{owner}：{figure.text}")
        rows = self.store.sentences([figure.sentence_id])
        caption = bool(rows and rows[0]["caption_id"])
        source = self._source(figure.entry_id, caption)
        evidence = self._trim(figure.sentence, figure.text)
        return Answer(q.raw, True, self._render(fact, evidence, source), "figure",
                      figure.entity or entity_name, source, (), figure.text, evidence)

    def _answer_when(self, q: Question, weights: dict[str, float], top: list[dict],
                     scored: list[tuple[float, dict]]) -> Answer | None:
        by_id = {r["id"]: s for s, r in scored}
        events = self.store.events(sentence_ids=[r["id"] for r in top])
        if not events:
            return None
        total = sum(weights.values()) or 1.0
        sentence_of = {r["id"]: r for r in top}
        ev_sentence = self.store.event_sentence_ids([ev.id for ev in events])

        def score(ev: Event) -> float:
            sid = ev_sentence.get(ev.id)
            title = fold(ev.title)
            hit = sum(w for t, w in weights.items() if t in title)
            return by_id.get(sid, 0) + 0.3 * hit / total + (
                0.05 if ev.precision == "day" else 0)

        best = max(events, key=score)
        sid = ev_sentence.get(best.id)
        caption = bool(sid in sentence_of and sentence_of[sid]["caption_id"])
        source = self._source(best.entry_id, caption)
        fact = f"{best.date_text}：{best.title}"
        evidence = self._trim(best.sentence, best.date_text)
        return Answer(q.raw, True, self._render(fact, evidence, source), "when",
                      q.links[0].name if q.links else None, source, (), best.date_text,
                      evidence)

    def _answer_where(self, q: Question, top: list[dict]) -> Answer | None:
        # The strongest phrasing first: 位于 / 落户于 say where a thing is; 在…揭牌 where
        # something happened.
        for pattern in _WHERE_PATTERNS:
            for row in top[:3]:
                match = pattern.search(CREDIT.sub("", row["text"]))
                if not match:
                    continue
                place = match.group(1)
                source = self._source(row["entry_id"], bool(row["caption_id"]))
                subject = q.links[0].name if q.links else ""
                fact = f"{subject}：{place}" if subject else place
                evidence = self._trim(row["text"], place)
                return Answer(q.raw, True, self._render(fact, evidence, source), "where",
                              subject or None, source, (), place, evidence)
        return None

    def _answer_list(self, q: Question, weights: dict[str, float], top: list[dict]
                     ) -> Answer | None:
        # What is asked for: the word after 哪些/哪两家 (even inside a linked name, as in
        # 哪两家企业技术中心), else what is left once linked names are gone.
        asked = re.search(r"(?:哪些|哪几|哪[两二三四五六七八九十]+|哪)[家个所位项名]?(\w{2,6})",
                          q.folded)
        asked_about = (asked.group(1) if asked else "") + " " + q.content
        wanted: set[str] = set()
        if re.search(r"公司|企业|companies|firms", asked_about):
            wanted.add("company")
        if re.search(r"产业园|科技园|载体|园区|parks?\b", asked_about) or re.search(
                r"哪[个座](?:园|产业园|科技园|载体)", q.folded):
            wanted.add("park")
        if re.search(r"大学|高校|学院|universit", asked_about):
            wanted.add("university")
        if re.search(r"实验室|研究院|机构|院所|institut", asked_about):
            wanted |= {"lab", "institute", "platform"}
        if not wanted:
            return None
        linked = {eid for link in q.links for eid in link.entity_ids}
        asked = re.search(r"(?:哪些|哪几|哪[两二三四五六七八九十]+[家个所位项]?)([^\s]{2,4})",
                          q.folded)
        word = extract.TYPE_WORD_RE.match(asked.group(1)) if asked else None
        best: tuple[float, list[str], dict] | None = None
        for rank, row in enumerate(top[:4]):
            names = [m.name for m in extract.find_entities(CREDIT.sub("", row["text"]))
                     if (m.type in wanted or ("company" in wanted and "公司" in m.name))
                     and self.name_to_id.get(m.name) not in linked]
            if not names:
                continue
            # The sentence naming the most things of the kind asked for (哪些产业园) wins.
            fit = sum(1 for n in names if word and n.endswith(word.group(0)))
            score = fit - 0.5 * rank
            if best is None or score > best[0]:
                best = (score, names, row)
        if best is None:
            return None
        _, names, row = best
        source = self._source(row["entry_id"], bool(row["caption_id"]))
        fact = "、".join(dict.fromkeys(names))
        evidence = self._trim(row["text"], names[0])
        return Answer(q.raw, True, self._render(fact, evidence, source), q.intent,
                      q.links[0].name if q.links else None, source, (), fact, evidence)

    @staticmethod
    def _enumeration(q: Question, rows: list[dict], scored: list[tuple[float, dict]]
                     ) -> dict | None:
        """For 哪些领域/哪些产业: the sentence that lists things (、) of the kind asked."""
        asked = re.search(r"(?:哪些|哪几|有哪)(\w{2})", q.folded)
        if not asked or not rows:
            return None
        noun = asked.group(1)
        by_id = {r["id"]: s for s, r in scored}
        best = max(rows, key=lambda r: by_id.get(r["id"], 0)
                   + (0.4 if noun in r["text"] else 0)
                   + 0.1 * min(r["text"].count("、"), 4))
        return best if noun in best["text"] and best["text"].count("、") >= 2 else None

    def _compose_sentence(self, q: Question, row: dict, entity_name: str | None,
                          intent: str) -> Answer:
        source = self._source(row["entry_id"], bool(row["caption_id"]))
        text = row["text"]
        if len(text) > MAX_FACT_SENTENCE * 2:
            text = text[: MAX_FACT_SENTENCE * 2] + "…"
        return Answer(q.raw, True, self._render(text, None, source), intent, entity_name,
                      source, (), text, text)

    def _not_found(self, raw: str, intent: str, entity_name: str | None, rows: list[dict],
                   q: Question | None = None) -> Answer:
        suggestions = self.suggest(rows, q)
        lines = ["文档中没有找到这个问题的答案。"]
        if entity_name:
            lines[0] = f"文档没有提到这一点（关于{entity_name}）。"
        if suggestions:
            lines.append("您可以问：" + "；".join(suggestions))
        return Answer(raw, False, "\n".join(lines), intent, entity_name, None,
                      tuple(suggestions))

    def suggest(self, rows: list[dict], q: Question | None = None, limit: int = 3
                ) -> list[str]:
        """Questions the document can answer, near what was asked."""
        ids = [r["id"] for r in rows[:30]]
        out: list[str] = []
        if ids:
            named = {link.name for link in q.links} if q is not None else set()
            # Figures of the entity asked about first, then the rest, in document order.
            figures = sorted(self.store.figures(sentence_ids=ids),
                             key=lambda f: (f.entity not in named, f.sentence_id, f.start))
            for figure in figures:
                label = figure.label.split("（")[0].rstrip("的")
                label = re.sub(r"^该(?:实验室|研究院|学院|平台|联盟|中心|公司)", "", label)
                owner = figure.entity or ""
                if len(label) < 4:
                    continue  # 苏州市 or 完成: no question in it
                # 占地区生产总值 is a share: asked as 占…多少, not as …是多少.
                ask = "多少" if "占" in label else "是多少"
                text = f"{owner if owner and fold(owner) not in fold(label) else ''}{label}{ask}"
                if text not in out:
                    out.append(text)
                if len(out) >= limit:
                    break
        if not out and q is not None and q.links:
            out.append(f"{q.links[0].name}是什么")
        return out[:limit]
