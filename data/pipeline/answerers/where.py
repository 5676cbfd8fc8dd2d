"""Where: the place a sentence says the thing is (位于, 落户于) or happened (在…揭牌)."""

from __future__ import annotations

from data.lazyre import lazy_regex
from data.linking import Link
from data.models import Answer, Fact
from data.normalize import fold
from data.pipeline.knowledge import CREDIT, Knowledge, trim
from data.pipeline.retrieve import Row
from data.pipeline.understand import PLACES_OFFERED
from data.question import Question

# The strongest phrasing first: 位于 / 落户于 say where a thing is; 在…揭牌 where something
# happened.
WHERE_PATTERNS = (
    lazy_regex(r"位于([^，。；]{2,30})"),
    lazy_regex(r"落户(?:于)?([^，。；]{2,30})"),
    lazy_regex(r"(?<![旨正现存所实好内外])在([^，。；在]{2,20}?)"
               r"(?:挂牌|上市|设立|揭牌|举办|举行|注册|建设|成立)"),
    # (通过上交所科创板2020年第114次上市会议审核: the board whose listing meeting it passed)
    lazy_regex(r"通过([^，。；\d]{2,12}?)(?:\d{4}年)?(?:第\d+次)?上市(?:委员会)?(?:审议)?会议审核"),
)


# Asked at a level finer than a city (哪个区, which district): a place must name it.
DISTRICT_ASKED = lazy_regex(r"哪个?[区县镇街]|哪条街|什么区|"
                            r"\bwhich (?:[a-z]+ )?(?:district|county|street|town)\b|"
                            r"\bwhat (?:district|street)\b|\baddress\b|地址")
DISTRICT_SAID = lazy_regex(r"[区县镇街路号]")
# Asked which exchange or board (上的哪个交易所, which board): a place must be one.
EXCHANGE_ASKED = lazy_regex(r"(?:哪个|哪家|什么|哪一?个?)(?:证券)?交易所|"
                            r"(?:哪个|什么)板(?!块)|"
                            # (哪个板块 of a listing: a board, not a zone of the park)
                            r"(?:哪个|什么)板块(?=[^，,。？?]*(?:上市|审核|挂牌|过会))|"
                            r"\b(?:which|what) (?:stock )?(?:exchange|board|bourse)\b|"
                            # (where it listed, 在哪里上市: on which exchange, no address)
                            r"哪(?:里|儿|边|块)?(?:上的?市|挂的?牌)|"
                            r"\bwhere\b[^?]{0,40}\b(?:list(?:ed|ing)?|ipo|go(?:ne)? public|"
                            r"went public)\b|\blist(?:ed|ing) where\b")
EXCHANGE_SAID = lazy_regex(r"交所|交易所|科创板|创业板|主板|纳斯达克|纽交所")
# Listing said in any words (上市, 挂牌, listed, bourse, bolsa): an exchange may be its where.
# (and in pinyin, shang shi; coté as folded, its é no letter of a word boundary's)
LISTING_WORDS = lazy_regex(r"上市|上的市|挂牌|交易所|交所|\blist(?:ed|ing|s)?\b|\bipo\b|"
                           r"\bbourse\b|\bbolsa\b|\bexchange\b|\bcot[ée](?![a-z])|"
                           r"\bshang ?shi\b")

# The country a thing is of (哪国的公司, which country is it from): the country the sentence
# writes before its name (英国科技资源网络公司PraxisAuril).
COUNTRY_ASKED = lazy_regex(r"哪一?个?国家|哪国|什么国家|\b(?:which|what) country\b")
COUNTRY_BEFORE = lazy_regex(r"(英国|美国|新加坡|德国|法国|日本|韩国|以色列|瑞士|荷兰|加拿大|"
                            r"澳大利亚|意大利|瑞典|芬兰|丹麦|比利时|奥地利|挪威)"
                            r"[\u4e00-\u9fff]{0,12}$")


def _country_before(kb: Knowledge, q: Question, top: list[Row]) -> Answer | None:
    """The country named just before a name the question says, in one of its sentences."""
    names = [fold(link.name) for link in q.links] + list(q.latin)
    for row in top[:3]:
        text = fold(row.text)
        for name in names:
            at = text.find(name)
            country = COUNTRY_BEFORE.search(text, max(0, at - 16), at) if at > 0 else None
            if country:
                # (the name as the sentence writes it, PraxisAuril, where folding kept places)
                said = row.text[at:at + len(name)] if len(text) == len(row.text) else name
                source = kb.row_source(row)
                fact = Fact("place", country.group(1), entity=said,
                            evidence=trim(row.text, country.group(1)), source=source)
                return Answer(q.raw, True, "where", said, source, facts=(fact,))
    return None


def answer_where(kb: Knowledge, q: Question, top: list[Row],
                 per_link: list[set[int]]) -> Answer | None:
    if COUNTRY_ASKED.search(q.folded) and (country := _country_before(kb, q, top)):
        return country
    finer = DISTRICT_ASKED.search(q.folded)
    exchange = EXCHANGE_ASKED.search(q.folded)
    offered = q.constraints.either or (
        sum(kb.is_exchange(link) for link in q.links) > 1 and PLACES_OFFERED.search(q.folded))
    things = _things_asked(kb, q, per_link)
    for pattern in WHERE_PATTERNS:
        for row in top[:3]:
            match = pattern.search(CREDIT.sub("", row.text))
            if not match:
                continue
            place = match.group(1)
            if finer and not DISTRICT_SAID.search(place):
                continue  # 在成都 says the city, not the district asked
            if exchange and not EXCHANGE_SAID.search(place):
                continue  # 位于园区 says where it is, not where it listed
            if not exchange and EXCHANGE_SAID.search(place) and not LISTING_WORDS.search(
                    q.folded):
                continue  # (园区在哪里: 在上交所挂牌上市 says where its firms listed)
            if exchange and not _names_one_asked(row, things):
                continue  # (纳微科技 passed 上交所科创板's review: no listing of 信达生物's)
            said = fold(place)
            if not offered and (
                    said in q.folded or any(said == fold(link.name) for link in q.links)):
                # (在园区哪个位置: the place the asker already said is no answer, unless it
                # is offered as a choice: HKEX or STAR?, SSE or HKEX?)
                continue
            source = kb.row_source(row)
            # (a name linked to several namesakes, 金鸡湖创新合作中心: the one whose entry
            # the place stands in)
            owner = kb.entry_subject.get(row.entry_id)
            asked = {eid for link in q.links for eid in link.entity_ids}
            # (of several names asked, the one the sentence names: 凌志软件's 上交所 is no
            # place of 再鼎医药's, asked first)
            named = [link.name for link, ids in things if row.id in ids]
            subject = (owner if owner and kb.name_to_id.get(owner) in asked
                       else named[0] if len(named) == 1 and len(kb.specific(q.links)) > 1
                       else kb.about(q.links) or "")
            fact = Fact("place", place, entity=subject or None,
                        evidence=trim(row.text, place), source=source)
            return Answer(q.raw, True, "where", subject or None, source, facts=(fact,))
    return None


def _things_asked(kb: Knowledge, q: Question, per_link: list[set[int]]
                  ) -> list[tuple[Link, set[int]]]:
    """The names asked whose place is asked, with the sentences naming each: not the park,
    nor an exchange (the kind of place asked, 哪个证券交易所)."""
    return [(link, ids) for link, ids in zip(q.links, per_link, strict=True)
            if link.name != kb.chapter_subject and not kb.is_exchange(link)]


def _names_one_asked(row: Row, things: list[tuple[Link, set[int]]]) -> bool:
    """Whether the sentence is one naming a thing the question names, or the question
    names nothing but the park or an exchange."""
    return not things or any(row.id in ids for _, ids in things)
