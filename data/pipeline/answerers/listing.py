"""List: the names of the kind asked for (哪些公司, 哪两家企业技术中心), or the sentence that
enumerates things of the kind asked (哪些领域, 哪些产业)."""

from __future__ import annotations

import itertools
import re

from data import english, extract
from data.english.dictionary import glossary
from data.english.translate import NUMBER_WORDS
from data.english.words import lemma
from data.lazyre import lazy_regex, regex, rx
from data.linking import KIND_ASKED, Link
from data.models import Answer, Fact
from data.normalize import fold
from data.pipeline import weights as W
from data.pipeline.constraints import STAGES, cn_int, kinds_in
from data.pipeline.knowledge import CREDIT, Knowledge, trim
from data.pipeline.retrieve import Evidence, Row
from data.pipeline.verify import conflict
from data.question import (
    COUNT_WORD,
    ONES_COUNTER,
    PARKS_BUILT,
    PHOTO_WORDS,
    PLURAL_NOUN,
    Question,
)
from data.texts import LATIN_NAME_SHAPE

ASKED_KIND = lazy_regex(r"(?:哪些|哪几|哪[两二三四五六七八九十]+|哪)[家个所位项名]?(\w{2,6})")
COUNTED_KIND = lazy_regex(r"\d+(?:余|多)?[家个所支](?:入选|获批|新增|认定)?的?$")
EN_ASKED_ONE = lazy_regex(r"\b(?:which|what) (?:one )?([a-z]+(?:-[a-z]+)?)\b")
# (a company asked after the place it is from: which Singapore start-up)
EN_ASKED_COMPANY_OF = lazy_regex(r"\b(?:which|what) [a-z]+ (start-?up|company|firm)\b")
EN_ASKED_KIND = lazy_regex(r"\b(?:which|what)\s+((?:[a-z-]+\s+){0,4}?[a-z]+[^s\W]s)\b")
# Plurals that ask for fields of work, not for names of a kind (which industries, fields).
FIELDS_ASKED = lazy_regex(r"\b(?:industries|fields|areas|sectors|applications|domains|"
                          r"directions|technologies)$")
FIELD_NOUNS = ("领域", "产业", "行业")
ASKED_WORD = lazy_regex(r"(?:哪些|哪几|哪[两二三四五六七八九十]+[家个所位项]?)([^\s]{2,4})")
# The same kind asked in English (what parks, which labs): the words its names end in.
EN_KIND_ENDINGS = ((lazy_regex(r"\b(?:which|what) (?:\w+ )?(?:parks|zones)\b"), ("园",)),
                   (lazy_regex(r"\b(?:which|what) (?:\w+ )?(?:labs|laboratories)\b"),
                    ("实验室",)),
                   (lazy_regex(r"\b(?:which|what) (?:\w+ )?(?:universities)\b"),
                    ("大学", "学院")),
                   (lazy_regex(r"\b(?:which|what) (?:\w+ )?(?:incubators)\b"), ("孵化器",)))
# … and in Chinese as a bare kind (建什么园: names ending in 园, not an incubator).
PARKS_BUILT_ASKED = lazy_regex(PARKS_BUILT)
CN_KIND_ENDINGS = ((PARKS_BUILT_ASKED, ("园",)),)
COUNTED_AT_END = lazy_regex(rf"的({COUNT_WORD})({ONES_COUNTER})[?？。]*$")
COMPANY_SENTENCES = 50  # the sentences naming a company asked about, read at most
# What a company bought or merged with (收购了哪家, which firm did it acquire).
ACQUIRED_ASKED = lazy_regex(r"\b(?:buy|bought|acquired?|acquires|take over|took over|"
                            r"taken over|merged? with|merges with)\b|收购|并购|买了|买下")
WHICH_ONE_ASKED = lazy_regex(r"哪[家个所位]|\bwhich (?:one|other)\b")
# What the asker already knows is one of the names asked for (除了信达，还有哪家; besides
# Innovent, which company): the others are asked, of its kind.
EXCEPT = lazy_regex(r"(?:除了|除去|除开)([^，,。？?]{2,24}?)(?:以外|之外)?(?=[，,]|还|另)|"
                    r"\b(?:besides|apart from|aside from|except(?: for)?|other than) "
                    r"([^,?]{2,40}?)(?=,|\s+(?:which|what|who)\b)")


def wanted_types(q: Question) -> set[str]:
    """The kinds of names asked for: 公司 → company, 产业园 → park, …"""
    plural = EN_ASKED_KIND.search(q.folded) if q.lang == "en" else None
    if plural and FIELDS_ASKED.search(plural.group(1)):
        # Which industries does the institute target: fields, listed in a sentence; the
        # institute is what is asked about, not the kind of names asked for.
        return set()
    if plural:
        # Which top universities have institutes here: universities are the kind asked.
        wanted = _types(q, plural.group(1))
        if wanted:
            return wanted
    one = EN_ASKED_ONE.search(q.folded) if q.lang == "en" else None
    if one and (wanted := _types(q, one.group(1))):
        return wanted  # which company …: that kind, whatever else the question names
    if (of := EN_ASKED_COMPANY_OF.search(q.folded)) and (wanted := _types(q, of.group(1))):
        return wanted
    asked = ASKED_KIND.search(q.folded)
    if asked and re.search(rf"(?:{'|'.join(FIELD_NOUNS)})(?![园区城基])", asked.group(1)):
        return set()  # 哪三大产业: fields, whatever the institute asked about is called
    return _types(q, (asked.group(1) if asked else "") + " " + q.content)


def _types(q: Question, asked_about: str) -> set[str]:
    wanted: set[str] = set()
    if rx(r"公司|企业|初创|巨头|compan(?:y|ies)|firms?\b|start-?ups?|giants?|corporations?|"
          r"multinationals?|heavyweights?|players?\b").search(asked_about) or rx(
            r"哪(?:些|几|[两二三四五六七八九十]+)家|"
            r"的[两二三四五六七八九十\d]+家(?:分别)?是(?:谁|哪)").search(q.folded) or (
            (counted := COUNTED_AT_END.search(q.folded)) and counted.group(2) == "家"):
        wanted.add("company")
    if rx(r"产业园|科技园|载体|园区|开发区|高新区|场馆|parks?\b|zones?\b|venues?\b").search(
            asked_about) or rx(r"哪[个座](?:园|产业园|科技园|载体)").search(q.folded) or (
            PARKS_BUILT_ASKED.search(q.folded)):
        wanted.add("park")
    if rx(r"大学|高校|学院|universit").search(asked_about):
        wanted.add("university")
    if rx(r"单位|\bunits?\b|\bbodies\b|\bentit(?:y|ies)\b|organi[sz]ations?").search(
            asked_about) and not (
            PHOTO_WORDS.search(q.folded)):
        wanted |= {"company", "institute", "platform"}  # (a body of any kind; a photo's
        # credit is no name of the document's kinds)
    if rx(r"authorit(?:y|ies)|regulators?\b|(?<!研发)(?<!科研)(?<!创新)机构").search(
            asked_about):
        wanted.add("organisation")  # (which authority, 哪个机构: 国家药品监督管理局)
    if rx(r"agenc(?:y|ies)|bureaus?\b|administrations?\b").search(asked_about):
        # (which agency: a government's, 国家药品监督管理局, or a research one, A*STAR)
        wanted |= {"organisation", "lab", "institute", "platform"}
    if rx(r"实验室|研究院|机构|院所|institut|\bcent(?:re|er)s\b").search(asked_about) or rx(
            r"哪(?:些|几|[两二三四五六七八九十]+)个?[^，。？?\s]{0,14}中心").search(q.folded):
        # (哪两个技术中心, 哪两个入选了…技术中心: centres named by their owners, …有限公司
        # 技术中心)
        wanted |= {"lab", "institute", "platform"}
    return wanted


# Partners listed after 与 and before what was built with them (与华为、腾讯建立…合作关系):
# names no type word marks; asked as partners (who are its partners, 合作伙伴, 跟谁合作 at
# the end, who does it work with, with whom), they are the kind asked, when no other is.
PARTNERS_KIND = "partners"
_WORKS_WITH = (r"\b(?:work(?:s|ed|ing)?|cooperat\w*|collaborat\w*|partner(?:s|ed)?|"
               r"team(?:s|ed)? up)(?: closely| close)? with\b")
PARTNERS_ASKED = lazy_regex(r"合作伙伴|\bpartners\b|(?:跟|和|与|同)谁(?:一起|一块儿?)?合作"
                            r"(?:了|过)?[吗呢啊呀嘛]*[?？]?$|\bwith whom\b|"
                            rf"\bwho(?: else)?\b[^?]{{0,60}}?{_WORKS_WITH}|"
                            rf"{_WORKS_WITH}[^?]{{0,40}}?\bwho else\b")
PARTNERS = lazy_regex(r"与((?:[\u4e00-\u9fff]{2,12}、)+[\u4e00-\u9fff]{2,12}?)等?"
                      r"(?:建立|开展|签署|达成)")


# Its full name asked, right after a name (姑苏实验室全称是什么, 那个…中心叫什么名字).
FULL_NAME_ASKED = lazy_regex(r"的?(?:全称|全名|正式名称|完整名称|(?:具体|到底|正式)?(?:名字|名称)"
                             r"(?=是?(?:什么|啥))|(?:具体|到底|正式)?叫(?:什么|啥)(?:名字|名)?)")


# Between a name said in short and its full name asked: a demonstrative and the rest of
# its name said loosely (冷泉港那个会议中心叫什么名字).
NAME_RESUMED = lazy_regex(r"(?:那个|这个|那家|这家|的)?([\u4e00-\u9fff]{0,8}?)")


def _full_name_asked_after(q: Question, link: Link) -> bool:
    """Whether the full name is asked right after a name said in short, or after words of
    that name's own (its kind) between."""
    if FULL_NAME_ASKED.match(q.folded, link.end):
        return True
    resumed = NAME_RESUMED.match(q.folded, link.end)
    return any(FULL_NAME_ASKED.match(q.folded, end) and all(
        ch in link.name for ch in q.folded[resumed.start(1):end])
        for end in range(resumed.start(1) + 1, min(len(q.folded), resumed.start(1) + 9)))


def _said_in_short(kb: Knowledge, link: Link) -> bool:
    return link.name != kb.chapter_subject and 0 < link.end - link.start < len(link.name)


def _short_name_asked(kb: Knowledge, q: Question, link: Link) -> bool:
    """A short form of a name said after 哪个 (哪个知识产权保护中心) or before 全称 or 叫什么
    名字: the full name asked."""
    return _said_in_short(kb, link) and bool(KIND_ASKED.search(q.folded, 0, link.start)
                                             or _full_name_asked_after(q, link))


def answer_full_name(kb: Knowledge, q: Question, own: list[Row]) -> Answer | None:
    """A name said in short and its full name asked (姑苏实验室全称是什么): the name linked,
    from the first of its sentences that writes it whole."""
    for link in q.links:
        if _said_in_short(kb, link) and _full_name_asked_after(q, link):
            row = next((r for r in own if link.name in r.text), None)
            if row is not None:
                fact = _names_fact(kb, [link.name], row)
                return Answer(q.raw, True, q.intent, link.name, fact.source, facts=(fact,))
    return None


def _of_kind_asked(q: Question, name: str) -> bool:
    """Whether a name's English ends in the kind an English question asks for (which
    university: Shanghai Jiao Tong University; which IP protection center)."""
    asked = EN_KIND_NAMED.search(q.folded) if q.lang == "en" else None
    row = glossary().get(fold(name))
    if not asked or row is None or not row.english.split():
        return False
    # (British or American: which IP protection centre asks for a Center)
    last = lemma(row.english.lower().split()[-1], frozenset()).rstrip("s")
    return any(lemma(word, frozenset()).rstrip("s") == last
               for word in asked.group(1).split())


# The words of the kind an English question asks for (which IP protection center).
EN_KIND_NAMED = lazy_regex(r"\b(?:which|what) (?:one )?((?:[a-z-]+ ){0,2}[a-z-]+)")
# How many names a question asks for (which three companies, 哪两家).
COUNT_ASKED = lazy_regex(r"\b(?:which|what|name the|list the) (two|three|four|five|2|3|4|5)\b|"
                         rf"哪([两二三四五2-5])[家个所位项]|{COUNTED_AT_END.pattern}")


def _how_many_asked(folded: str) -> int | None:
    asked = COUNT_ASKED.search(folded)
    word = next(filter(None, asked.groups())) if asked else None
    return cn_int(NUMBER_WORDS.get(word, word)) if word else None


# A party named by its own Latin name after what it is (联合英国科技资源网络公司PraxisAuril),
# which no type word ends: a body of any kind asked for.
LATIN_PARTY = lazy_regex(r"(?:(?<=[，。、与和及同由合])|^)[\u4e00-\u9fff]{2,12}?"
                         rf"(?:公司|机构|组织|协会){LATIN_NAME_SHAPE}")
BODIES = frozenset({"company", "institute", "platform", "organisation"})
# A place said of the very one asked for (哪家英国机构, which British organisation).
PLACE_OF_ASKED = lazy_regex(r"哪一?[家个所]?([\u4e00-\u9fff]{2,3}?)(?:公司|机构|企业|单位)")
EN_PLACE_OF_ASKED = lazy_regex(r"\b[Ww]hich (?!Suzhou\b|Chinese\b)[A-Z][A-Za-z]+ (?:company|"
                               r"organi[sz]ation|firm|partner|institution|body|party)\b")


def names_in(kb: Knowledge, text: str, wanted: set[str], linked: set[int],
             places: tuple[str, ...] = (), count: int | None = None) -> list[str]:
    """Names of the wanted kinds a sentence gives, less those the question names; a party
    by its Latin name when fewer others are given than the ``count`` asked (or none), or
    when it is of a place asked (英国), then alone."""
    text = CREDIT.sub("", text)
    names = [m.name for m in extract.find_entities(text)
             if (m.type in wanted or ("company" in wanted and "公司" in m.name))
             and kb.name_to_id.get(m.name) not in linked
             and not COUNTED_KIND.search(text, 0, m.start)]  # (5家企业技术中心: a kind)
    if wanted & BODIES:
        parties = [m.group(0) for m in LATIN_PARTY.finditer(text)
                   if not any(m.group(0) in other or other in m.group(0) for other in names)]
        of_place = [p for p in parties if any(p.startswith(place) for place in places)]
        if of_place:
            return of_place
        if not names or (count is not None and len(names) < count):
            names += parties
    if "company" in wanted:
        names += [m.name for m in extract.brand_subjects(text)
                  if not any(m.name in other for other in names)]
    if "company" in wanted or PARTNERS_KIND in wanted:
        names += [n for listed in PARTNERS.findall(text) for n in listed.split("、")
                  if not any(n in other for other in names)]
    return names


def answer_list(kb: Knowledge, q: Question, top: list[Row], also: frozenset[str] = frozenset(),
                following: bool = True, beside: bool = True) -> Answer | None:
    """The names of the kinds asked for (and ``also`` these) the best sentence gives; with
    ``following``, the sentence after each of the best four may give them; without
    ``beside``, not those listed beside a name asked (where a park is: not the parks
    enumerated with it)."""
    # A name guessed from the question's English words may be the very one asked for, when
    # it is of the kind asked (which university in Shanghai: 上海交通大学), and so is a short
    # name after 哪个 (哪个知识产权保护中心: its full name): names of their kind are asked. A
    # name said otherwise, or one of another kind (the Greater Bay Area centre's partner
    # institute), is no answer.
    asked_links = [link for link in q.links if _short_name_asked(kb, q, link)
                   or (link.how == "words" and _of_kind_asked(q, link.name))]
    wanted = wanted_types(q) | also | {kb.entities[link.entity_ids[0]][1]
                                       for link in asked_links}
    excluded = _excluded(q)
    if excluded and not wanted and WHICH_ONE_ASKED.search(q.folded):
        # (除了信达，还有哪家: one of the excluded one's kind; not 还有谁, any party)
        wanted = {kb.entities[link.entity_ids[0]][1] for link in excluded}
    if not wanted and PARTNERS_ASKED.search(q.folded):
        wanted = {PARTNERS_KIND}
    if not wanted:
        return None
    said_links = [link for link in q.links if link not in asked_links]
    linked = {eid for link in said_links for eid in link.entity_ids}
    asked = ASKED_WORD.search(q.folded)
    word = extract.TYPE_WORD_RE.match(asked.group(1)) if asked else None
    endings = next((ends for pattern, ends in (
        EN_KIND_ENDINGS if q.lang == "en" else CN_KIND_ENDINGS) if pattern.search(q.folded)), ())
    stages = set(q.constraints.stages)
    how_many = _how_many_asked(q.folded)
    listed: list[tuple[float, int, list[str], Row]] = []
    candidates = with_next(kb, top[:4]) if following else top[:4]
    candidates += [r for r in top[4:] if r not in candidates]
    companies = [eid for link in said_links if link.how != "words" and link not in excluded
                 for eid in link.entity_ids if kb.entities[eid][1] == "company"]
    if top and companies and ACQUIRED_ASKED.search(q.folded) and top[0].id in (naming := {
            r.id for r in kb.store.sentences_mentioning(companies, COMPANY_SENTENCES)}):
        # (Which company did HYC buy: its deed's sentence the best; one naming none of the
        # companies asked about tells nothing of their deeds. Not when the best names none:
        # Zai Lab only the asker's guess. The store is read only when a deal is asked.)
        candidates = [r for r in candidates if r.id in naming]
    asked_names = [fold(link.name) for link in said_links]
    # (哪家英国机构, which British organisation: the place is the asked one's; 哪家公司联合
    # 英方: its partner's)
    if q.lang == "en":
        places_of_asked = q.constraints.places if EN_PLACE_OF_ASKED.search(q.raw) else ()
    else:
        said = PLACE_OF_ASKED.search(q.folded)
        places_of_asked = (said.group(1),) if said else ()
    for rank, row in enumerate(candidates):
        # (less a part of a name asked: 企业技术中心 of 国家企业技术中心)
        names = [n for n in names_in(kb, row.text, wanted, linked, places_of_asked, how_many)
                 if not any(fold(n) in name for name in asked_names)]
        if not beside:
            text = fold(row.text)
            names = [n for n in names if not any(
                _listed_with(text, name, fold(n), names) for name in asked_names)]
        if excluded and (others := [n for n in names if not any(
                fold(link.name) in fold(n) for link in excluded)]):
            names = others  # (除了信达，还有哪家: 旭创 alone)
        if q.intent == "who" and len(set(names)) > 1 and not PLURAL_ASKED.search(q.folded):
            names = _of_the_clause_asked(kb, q, row.text, wanted, linked, names)
        said = kinds_in(STAGES, fold(row.text)) if stages else set()
        if not names or (said and not said & stages):
            continue  # (names of another stage: 过会 is not 获受理)
        # The sentence naming the most things of the kind asked for (哪些产业园) wins, and
        # one saying the stage asked (上市申请获受理) over one silent on it.
        fit = sum(1 for n in names if (word and n.endswith(word.group(0)))
                  or (endings and n.endswith(endings)))
        # (each stage asked that it says: 申请…获受理 over 申请…过会 for applications accepted)
        score = fit - 0.5 * rank + W.LIST_STAGE_SAID * len(said & stages)
        if how_many and len(set(names)) == how_many:
            score += W.LIST_COUNT_AS_ASKED  # which three companies: the sentence naming three
        listed.append((score, -rank, names, row))
    if not listed:
        return None
    ranked = sorted(listed, key=lambda s: s[:2], reverse=True)
    fact = _names_fact(kb, *ranked[0][2:])
    if q.constraints.places and conflict(kb, q.constraints, fact) is not None:
        # (the centre in Beijing: the partners its sentence names, not a sibling's in
        # Shenzhen that would name more firms; the best if none meets it)
        fact = next((f for _, _, names, row in ranked[1:]
                     if conflict(kb, q.constraints, f := _names_fact(kb, names, row)) is None),
                    fact)
    return Answer(q.raw, True, q.intent, kb.about(q.links), fact.source, facts=(fact,))


def _excluded(q: Question) -> list[Link]:
    """The names the question rules out of those asked for (除了X, besides X)."""
    spans = [m.span(m.lastindex or 0) for m in EXCEPT.finditer(q.folded)]
    return [link for link in q.links if any(a <= link.start < b for a, b in spans)]


def _names_fact(kb: Knowledge, names: list[str], row: Row) -> Fact:
    return Fact("names", "、".join(dict.fromkeys(names)), evidence=trim(row.text, names[0]),
                source=kb.row_source(row))


def _listed_with(text: str, name: str, other: str, names: list[str]) -> bool:
    """Whether ``other`` stands in the same enumeration as ``name`` (A、B、C等载体): only
    names and the words joining them between the two."""
    # (the name as the sentence says it: its tail, 生物医药产业园 of 苏州生物医药产业园)
    name = next((name[-k:] for k in range(len(name), 3, -1) if name[-k:] in text), name)
    at, there = text.find(name), text.find(other)
    if at < 0 or there < 0:
        return False
    between = text[at + len(name):there] if at < there else text[there + len(other):at]
    for n in sorted(names, key=len, reverse=True):
        between = between.replace(fold(n), "")
    return bool(between) and not between.strip("、和及与")


# Which startups (a plural asked): all of them, whichever part of the sentence says each.
PLURAL_ASKED = lazy_regex(rf"\bwhich\s+(?:\S+\s+){{0,3}}?{PLURAL_NOUN}|哪些|哪几")


def _of_the_clause_asked(kb: Knowledge, q: Question, text: str, wanted: set[str],
                         linked: set[int], names: list[str]) -> list[str]:
    """One asked for (which lab, 哪家), a sentence naming several: the names of its part
    that says most of what is asked (…；材料科学姑苏实验室揭牌成立，被授予“江苏省实验室”称号)."""
    asked = [*q.terms, *{q.folded[link.start:link.end] for link in q.links} - {""},
             *{fold(link.name) for link in q.links}]
    scored = []
    for clause in rx(r"[；;。]").split(text):
        said = [n for n in names_in(kb, clause, wanted, linked) if n in names]
        if said:
            scored.append((sum(1 for t in asked if t in fold(clause)), said))
    if not scored:
        return names
    best = max(held for held, _ in scored)
    top = [said for held, said in scored if held == best]
    return top[0] if best > 0 and len(top) == 1 else names  # (a tie: each may be it)


def with_next(kb: Knowledge, rows: list[Row]) -> list[Row]:
    """The rows, each followed by the next sentence of its entry: a statement often names
    its list one sentence on (…名单… 其中，…分别是A和B)."""
    entries = {r.entry_id for r in rows if r.entry_id is not None}
    following: dict[int, Row] = {}
    by_entry = kb.store.sentences_of_entries(entries) if entries else []
    for row, after in itertools.pairwise(by_entry):
        if row.entry_id == after.entry_id:
            following[row.id] = after
    out: list[Row] = []
    for row in rows:
        for candidate in (row, following.get(row.id)):
            if candidate is not None and candidate.id not in {r.id for r in out}:
                out.append(candidate)
    return out


def enumeration(kb: Knowledge, q: Question, rows: list[Row], ev: Evidence,
                listing_only: bool = False) -> Row | None:
    """For 哪些领域/which sectors: the sentence that lists things (、) of the kind asked,
    among the best sentences and the one after each (the list is often one sentence on)."""
    nouns = _asked_nouns(q)
    if not nouns or not rows:
        return None
    by_id = dict(ev.score_of)
    candidates = with_next(kb, rows[:4]) + rows[4:]
    for before, row in itertools.pairwise(candidates):
        by_id.setdefault(row.id, W.NEXT_SENTENCE * by_id.get(before.id, 0))

    def says(row: Row) -> bool:
        # The kind closes a list of its own clause (肿瘤、…疾病等领域).
        return any(regex(rf"、[^，,。；;]*{re.escape(noun)}").search(row.text) for noun in nouns)

    if listing_only:
        # Only a list the kind asked closes (…、纳米技术及高技术服务业等关键领域), not one
        # with it among the items (科研院所、高等院校、龙头企业).
        candidates = [r for r in candidates if any(
            regex(rf"、[^，,。；;]*等[^，,。；;、]{{0,4}}{re.escape(noun)}").search(r.text)
            for noun in nouns)]
    if not candidates:
        return None
    best = max(candidates, key=lambda r: by_id.get(r.id, 0)
               + (W.LIST_OF_KIND if says(r) else 0) + W.LIST_ITEM * min(_items(r.text), 4))
    return best if says(best) and _items(best.text) >= 2 else None


def _items(text: str) -> int:
    """How many separators of a list a sentence has (A、B和C, A、B等: two)."""
    return text.count("、") + (1 if rx(r"、[^，。；、]{1,20}(?:[和及与]|等)").search(text) else 0)


# which sectors, what disease areas: the plural after which/what, perhaps after one word
# (not the verb: which sectors *does* …).
EN_PLURAL_ASKED = lazy_regex(r"\b(?:which|what|list(?: some| all| a few)?(?: of)?(?: the)?)\s+"
                             r"(?:[a-z]+\s+)??(?!(?:does|has|was|is)\b)([a-z]{3,}s)\b")


def _asked_nouns(q: Question) -> tuple[str, ...]:
    """The kind of thing asked for: 领域 of 哪些领域; the document's words for "sectors"
    (every one the dictionary gives: "areas" may be 面积, 区域 or 领域)."""
    asked = rx(r"(?:哪些|哪几|有哪)(\w{2})(\w{0,2})").search(q.folded)
    if asked:
        noun = asked.group(1)
        # (哪些行业 is answered by …等关键领域: fields are said in any of these words; so
        # are 哪些应用领域, 哪些重点产业: fields of a kind, …等领域的应用)
        fields = noun in (*FIELD_NOUNS, "方向") or asked.group(2) in FIELD_NOUNS
        return FIELD_NOUNS if fields else (noun,)
    plural = EN_PLURAL_ASKED.search(q.folded)
    if plural and q.lang == "en":
        terms = english.translate(plural.group(1)).terms
        # Fields of work (industries, sectors, areas) are said 领域, 产业 or 行业 alike.
        return tuple(dict.fromkeys(terms + (FIELD_NOUNS if FIELDS_ASKED.search(
            plural.group(1)) else ())))
    return ()
