"""Understand: a question becomes a frozen ``Question`` — what it asks (intent, measure,
units), about what (linked entities, with how each was matched) and under which
constraints (``data/pipeline/constraints.py``).

The tables and patterns live in ``data/question.py``; the alias index in
``data/linking.py``; this module reads a question against them and the document's
statistics.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache, cached_property
from itertools import pairwise, permutations

from data import english
from data.english import spelling
from data.english.dictionary import english_word, glossary_acronyms
from data.lazyre import lazy_regex, regex, rx
from data.linking import (
    OTHER_PLACE_PREFIX,
    OTHER_PLACES,
    Link,
    Linker,
    in_order,
    specific,
    without_links,
)
from data.normalize import bigrams, fold, is_cjk, to_mainland, to_simplified
from data.pipeline import weights as W
from data.pipeline.constraints import (
    GROWTH_ASKED,
    Constraints,
    english_phase_ranges,
    read_constraints,
)
from data.pipeline.stats import DocumentStats
from data.question import (
    _YEAR_IN_Q,
    AREA_AS_FIELD,
    ASKS,
    ASPECTS,
    AUDIENCE,
    BACK_REFERENCE,
    COUNTER_UNITS,
    CURRENCY_WORDS,
    DEEDS_IN_ORDER,
    EN_DASHED_EXAMPLES,
    EN_EXAMPLES,
    EN_LISTED_SUBJECT,
    EN_ORDINAL_ASKED,
    EN_RANK,
    EN_STOP,
    EN_SUBJECT,
    EN_THING_SUBJECT,
    EXAMPLES,
    FIGURE_CHECK,
    FOCUS_WORDS,
    FORWARDED,
    FUNCTION_CHARS,
    HOW_MANY_SICHUAN,
    INTENT_PATTERNS,
    KIN,
    NOT_A_UNIT,
    PINYIN_WORDS,
    QUESTION_WORDS,
    SHARE_ASKED,
    UNIT_QUESTIONS,
    UNIT_TOPICS,
    Question,
    _segment,
    asks,
    asks_rank,
    code_typed,
    in_document_words,
    intent_of,
    join_split_verbs,
    load_terms,
    personal_sentences,
    shared_name_spread,
    which_first,
    without_decoration,
    without_document_says,
    without_frame,
    without_hedges,
    without_on_behalf,
    without_options,
    without_personal_sentences,
    without_trailing_remark,
    without_wording_asked,
)
from data.texts import YEAR

CN_NUMERALS = ("零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十")


def language(raw: str) -> str:
    """en when the question is written in English (Latin words, few Chinese characters)."""
    cjk = sum(1 for ch in raw if is_cjk(ch))
    words = rx(r"[A-Za-z]{2,}").findall(raw)
    return "en" if len(words) >= 2 and sum(map(len, words)) > 2 * cjk else "zh"


# A Chinese question in an English frame (Gusu Lab 招的人里 硕士 vs 博士 which is bigger?
# numbers pls): the frame's words said in Chinese, the question read as Chinese.
# Which came first or last, said in English (of a frame or after a Chinese 哪个).
EN_EARLIER = r"(?:earlier|earliest|first|sooner)"
EN_LATER = r"(?:later|latest|last)"
# (the first of a kind, said before its noun: which one is the first 拿地即开工 pilot project
# asks an ordinal, not which came first)
EN_NOUN_AFTER = r"(?:\s*[\u4e00-\u9fff]|\s+(?!(?:to|of|one|or|and|among|between)\b)[a-z])"
EN_ORDINAL_NOUN = rf"(?(1)(?!{EN_NOUN_AFTER}))"  # (after "the" only: which is first stays)
CODE_SWITCH: tuple[tuple[re.Pattern[str], str], ...] = (
    (lazy_regex(rf"\bwhich (?:one )?(?:is|was) the first\b(?={EN_NOUN_AFTER})", re.I),
     "哪个是第一个"),
    (lazy_regex(rf"\bwhich (?:one )?(?:is|was) the last\b(?={EN_NOUN_AFTER})", re.I),
     "哪个是最后一个"),
    (lazy_regex(r"\bwhich (?:one |group |side |of (?:them|the two) )?(?:is |has |had |was )?"
                r"(?:the )?(?:higher|bigger|larger|greater|more|most)\b", re.I), "哪个多"),
    (lazy_regex(r"\bwhich (?:one |group |side |of (?:them|the two) )?(?:is |has |had |was )?"
                r"(?:the )?(?:lower|smaller|fewer|less|least)\b", re.I), "哪个少"),
    (lazy_regex(r"\bwhich (?:one |of (?:them|the two) )?(?:is |was |came |happened |did |"
                rf"took place |occurred )?(the )?{EN_EARLIER}\b{EN_ORDINAL_NOUN}", re.I), "哪个早"),
    (lazy_regex(r"\bwhich (?:one |of (?:them|the two) )?(?:is |was |came |happened |did |"
                rf"took place |occurred )?(the )?{EN_LATER}\b{EN_ORDINAL_NOUN}", re.I), "哪个晚"),
    # (哪个 earlier, 哪个 bigger: the Chinese which, an English comparative after it)
    (lazy_regex(rf"(?<=哪个)\s*(?:is |was |came )?{EN_EARLIER}\b", re.I), "早"),
    (lazy_regex(rf"(?<=哪个)\s*(?:is |was |came )?{EN_LATER}\b", re.I), "晚"),
    (lazy_regex(r"(?<=哪个)\s*(?:is )?(?:higher|bigger|larger|greater|more)\b", re.I), "多"),
    (lazy_regex(r"(?<=哪个)\s*(?:is )?(?:lower|smaller|fewer|less)\b", re.I), "少"),
    # (… the opening of A or the launch of B: each name's own day, A or B as a choice)
    (lazy_regex(r"\b(?:the )?(?:opening|launch|founding|unveiling|establishment|"
                r"inauguration|signing|setting up|start) of (?:the )?(?=[\u4e00-\u9fff])", re.I),
     ""),
    # (belongs to which 产业园, registered which 法人机构: the Chinese which of a kind named)
    (lazy_regex(r"\b(?:belongs?|belonged|belonging) to (?:which|what)\s*(?=[\u4e00-\u9fff])",
                re.I), "属于哪个"),
    (lazy_regex(r"\b(?:which|what)\s*(?=[\u4e00-\u9fff]{2})", re.I), "哪个"),
    (lazy_regex(r"(?<=[\u4e00-\u9fff）)])\s*\bor\b\s*(?=[\u4e00-\u9fff（(])", re.I), "还是"),
    (lazy_regex(r"(?<=[\u4e00-\u9fff）)])\s*\band\b\s*(?=[\u4e00-\u9fff（(])", re.I), "和"),
    (lazy_regex(r"\bnumbers?\s*(?:pls|please|plz)\b|\bnumbers?(?=\s*[?？]?\s*$)", re.I),
     "各多少"),
    # (入驻 how many companies: 多少家, companies counted as 家 are)
    (lazy_regex(r"\bhow many\s+(?:companies|firms|enterprises|start-?ups)\b", re.I), "多少家"),
    (lazy_regex(r"\bhow (?:many|much)\b", re.I), "多少"),
    # (省双创人才 total 多少: all of them, as 一共 asks it, no whole of which they are a part)
    (lazy_regex(r"\b(?:in )?total\b(?=\s*(?:是|有|为)?(?:多少|几))", re.I), "一共"),
    (lazy_regex(r"\bwhen\b", re.I), "什么时候"),
    # (上市 exact date?, 签约 on which day: a day asked, in the frame or at the end; 发布
    # date?: when, as the document dates it, a month or a day)
    (lazy_regex(r"\b(?:(?:on )?(?:what|which) (?:exact |specific )?(?:date|day)|"
                r"(?:the |its )?(?:exact|specific) date(?=\s*(?:[?？]|$)))\b", re.I), "哪天"),
    (lazy_regex(r"\b(?:the |its )?date(?=\s*(?:[?？]|$))", re.I), "什么时候"),
    (lazy_regex(r"\b(?:in )?(?:what|which) year\b", re.I), "哪年"),
    (lazy_regex(r"\bwhere\b", re.I), "在哪"),
)
CODE_SWITCH_MIN_HANZI = 4  # Chinese characters that make the question Chinese ...
CODE_SWITCH_MAX_WORDS = 3  # ... with no more English words than a name's, the frame aside
ASKED_OWN_TOPIC = 4  # content characters that make the rest of a question its own topic


# Malay (and Indonesian) words around a Chinese question (国际科技园 ada berapa 国家高新技术企业
# lah?): their question and joining words, in Chinese.
MALAY = {"ada berapa": "有多少", "berapa banyak": "多少", "berapa": "多少", "nama apa": "叫什么",
         "apa nama": "叫什么", "siapa": "谁", "bila": "什么时候", "bilakah": "什么时候",
         "di mana": "在哪里", "masing-masing": "各", "punya": "的", "dan": "和", "atau": "还是",
         "tahun": "年", "apa": "什么", "ada": "有", "boleh": "", "tak": "不"}
# (a word only Malay says, before any is read so: ada, dan and apa alone may be English)
MALAY_SAID = lazy_regex(r"\b(?:berapa|siapa|bilakah|masing-masing|punya|tahun|boleh|apa)\b", re.I)
MALAY_WORDS = lazy_regex(r"\b(?:" + "|".join(sorted(map(re.escape, MALAY), key=len, reverse=True))
                         + r")\b", re.I)


def code_switched(raw: str) -> str:
    """``raw`` with an English frame around a Chinese question said in Chinese."""
    if not english.has_latin(raw) or sum(map(is_cjk, raw)) < CODE_SWITCH_MIN_HANZI:
        return raw
    said = MALAY_WORDS.sub(lambda m: MALAY[m.group(0).lower()], raw) if MALAY_SAID.search(
        raw) else raw
    for pattern, chinese in CODE_SWITCH:
        said = pattern.sub(chinese, said)
    # (vs stays: the splitter reads it as a comparison; what follows the question, need it
    # for my deck, is an aside)
    asked = rx(r"[?？]+").split(said, maxsplit=1)[0]
    if said == raw or len(rx(r"(?!vs\b|versus\b)[A-Za-z]{2,}").findall(asked)) > (
            CODE_SWITCH_MAX_WORDS):
        return raw
    return said


def _glued_alone(folded: str, start: int, end: int) -> bool:
    """Whether the Latin letters at start:end touch a character with no space between and
    no other Latin word stands beside them (xiang目, 信da; not si pai ke 学院)."""
    glued = (start > 0 and is_cjk(folded[start - 1])) or (
        end < len(folded) and is_cjk(folded[end]))
    return glued and not rx(r"[a-z]\s*$").search(folded, 0, start) and not (
        rx(r"\s*[a-z]").match(folded, end))


def _glossed_by_a_name(word: str, folded: str, links: list[Link]) -> bool:
    """Nanowei Tech (纳微科技): a word of the asker's name for a thing, the document's name of
    it in brackets after, is that name, no unknown word."""
    return any(rx(rf"\b{re.escape(word)}\b(?:\s+[a-z]+){{0,2}}\s*[(（]\s*$").search(
        folded, 0, link.start) for link in links if link.end > link.start)


def _initials_of_a_name(word: str, folded: str, links: list[Link]) -> bool:
    """jjh创新合作中心: a name's first characters typed by their pinyin initials, right
    before the rest of it (金鸡湖), are that name, no unknown word."""
    for link in links:
        if len(word) >= 2 and folded[max(0, link.start - len(word)):link.start] == word:
            initials = "".join(s[:1] for s in english.pinyin_syllables(fold(link.name)))
            if initials.startswith(word):
                return True
    return False


def _pinyin_name(raw: str, word: str, syllables: frozenset[str]) -> bool:
    """Ling Zhi: a word of whole pinyin syllables is a name (an acronym, CEO, is not)."""
    parts = _segment(word, syllables)
    said = _typed(raw, word)
    return bool(parts and all(len(p) >= 2 for p in parts)
                and not (said and said.group(0).isupper()))


# A clause in which the asker speaks of themselves (I'm the director of a Canadian
# university's office and we're exploring…; could you…), asking nothing.
EN_ASKER_SAYS = lazy_regex(r"\b(?:i'm|im|i am|i work|we're|we are|my|our)\b[^;.!?]*", re.I)
EN_ASKING = lazy_regex(r"\b(?:how|what|which|when|where|who|whom|whose|could you|can you|"
                       r"would you|please|tell me)\b", re.I)
# A clause saying what someone believes or heard, before or after the question (my brother
# reckons the science park is massive, …): its words are the premise's, none asked.
EN_HEARSAY = lazy_regex(r"[^,;.!?]*\b(?:reckons?|reckoned|says|said|thinks?|thought|heard|"
                        r"swears?|told me|tells me)\b[^,;.!?]*")


# A name's head typed with a slip before its tail (牛津大学高等研究员苏州分子诊断…): how like
# the name it must read (rapidfuzz's partial ratio), and how long.
SLIPPED_HEAD, MIN_SLIPPED_HEAD = 85, 6
# A share asked in English (as a share of the whole country, what percentage).
EN_SHARE_OF = lazy_regex(r"\bshare of\b|\bpercentage\b|\bproportion\b|\bper ?cent\b")
# Going to do something: will (what is SIP going to help Zhangjiagang build).
EN_GOING_TO = lazy_regex(r"\bgoing to(?= [a-z])")
# How far a thing has got, asked as where it is at (IPO - where's it at?, where do things
# stand): its status, no place.
EN_WHERE_AT = lazy_regex(r"(\b(?:ipo|listing|applications?|projects?|approvals?|deal|plans?|"
                         r"construction|review)\b[^?？]{0,20}?)\bwhere(?:s| is| are| does| do)? "
                         r"(?:it|things|that|they|this) (?:at|stands?)(?=\s*(?:[?？,.!]|$|now\b))")
# (where a question asks a place, with a name's words set aside)
WHERE_ASKED = next(pattern for name, pattern in INTENT_PATTERNS if name == "where")
# A clause of time after another question word (how much did it raise when it listed).
EN_TIME_CLAUSE = lazy_regex(rf"^((?:how|what|which|who)\b.{{1,80}}?)\s+when(?= {EN_SUBJECT}|"
                            rf" {EN_THING_SUBJECT}| {EN_LISTED_SUBJECT})")
# Letters typed among Chinese characters for a word of two syllables or more (boshi, leiji).
PINYIN_TYPED = lazy_regex(r"(?<=[\u4e00-\u9fff ])[a-z]{4,12}(?=[\u4e00-\u9fff ?？]|$)|"
                          r"^[a-z]{4,12}(?=[\u4e00-\u9fff])")
# A word pointing, said between characters (苏州—剑桥那个纳米中心).
POINTING_INSIDE = lazy_regex(r"(?<=[\u4e00-\u9fff—])(?:那个|这个|那家|这家|那所|这所)"
                             r"(?=[\u4e00-\u9fff])")
# A word pointing at the place just named (国际科技园那块入驻企业, Shanxi's 兀搭): at it.
PLACE_POINTED = lazy_regex(r"(?<=[\u4e00-\u9fff])(?:那块|那边|那里|那儿|这边|这块|这里|兀搭|"
                           r"那搭|这搭|那嘎达|那旮旯|那点)(?![地的])(?=[\u4e00-\u9fff])")
# A word pointing at what follows (那块地, 这个园区): no word of what is asked.
POINTING_AT = lazy_regex(r"[那这](?:一)?(?:块|个|片|家|所|座|边|些)")
# A capitalised word ending a name after another (Nanotech City, Science Park).
EN_NAME_ENDING = lazy_regex(r"[A-Z][A-Za-z*&-]+\s+(?:City|Park|Zone|District|Town)$")
# "Area" right after a name (the Suzhou FTZ area): the name's zone, unless a size is asked.
EN_AREA_OF_A_NAME = lazy_regex(r"\s+area\b")
EN_BAY_AREA = lazy_regex(r"(?<=\bbay) area\b")
EN_SIZE_ASKED = lazy_regex(r"\b(?:how (?:big|large)|size|floor|square|sq|hectares?|acres?|"
                           r"m2|land|space|covers?)\b")


# Lower-case letters typed for the pinyin initials of the document's words between its
# characters (yq科技上市qy几家, gs领军人才, kcb首股): a run of two to five letters.
INITIALS_TYPED = lazy_regex(r"(?<![a-z0-9&.\-])[a-z]{2,5}(?![a-z0-9&\-])")
INITIALS_BEFORE = lazy_regex(r"([\u4e00-\u9fff]{1,2})\s?$")
INITIALS_AFTER = lazy_regex(r"\s?([\u4e00-\u9fff]{1,2})")
INITIALS_SENTENCES = 500  # sentences read for the characters beside the letters


# A city's name, then a space, then more characters: keywords typed apart (张家港 园区
# 合作协议), not a namesake in that city (南京纳米城), which folding would make of them.
CITY_THEN_SPACE = lazy_regex(rf"({OTHER_PLACES.pattern[:-1]})\s+(?=[\u4e00-\u9fff])")


# Cantonese and Wu words typed in a question (a Hong Kong reader's 喺邊度上市, 用咩方式), in
# the Mandarin the document and the question patterns read (folded: Simplified already).
DIALECT = {"喺边度": "在哪里", "边度": "哪里", "边个": "哪个", "边间": "哪家", "乜嘢": "什么",
             "咩": "什么", "几多": "多少", "点样": "怎样", "嘅": "的", "咗": "了", "系喺": "是在",
             "喺": "在", "佢哋": "他们", "佢": "它", "唔系": "不是", "唔是": "不是", "冇": "没有",
             "系咩嚟": "是什么", "系乜嘢嚟": "是什么", "系咩": "是什么", "系乜嘢": "是什么",
             # (and 系 before the other dialects' what: Hunan's 系么子, 系么个, as 系啥 below;
             # not 系 alone, Mandarin's 关系 and 体系)
             "系么子": "是什么", "系么个": "是什么", "系么事": "是什么",
             "嚟": "",
             # Wu (Suzhou, Shanghai) words typed as spoken: 啥辰光设立个, 几化家, 交关多
             "啥辰光": "什么时候", "几辰光": "什么时候", "啥时光": "什么时候", "几化大": "多大",
             "几化": "多少",
             # (啥日脚: what day; 个事体: 的事; 啥事体: what; 铜钿: money)
             "啥日脚": "哪天", "日脚": "日子", "个事体": "的事", "啥事体": "什么", "铜钿": "钱",
             "交关": "很", "里厢": "里", "同一日": "同一天", "啥日子": "哪天",
             "听讲": "听说", "听人讲": "听人说",
             # (听朋友讲, 听同事说: heard from someone, as 听人说)
             **{f"听{who}{said}": "听人说" for who in ("朋友", "同事", "老乡", "别人", "亲戚",
                                                     "邻居") for said in "讲说"},
             "老早": "早就", "哪能": "怎么样", "阿是": "是不是",
             # (Wenzhou's 几厘 and 真个假个: how many; is it true)
             "几厘": "多少", "真个假个": "是不是真的",
             # (and its 阿里 for 哪 before a counter: 阿里一天, 阿里个高新区; not Alibaba)
             "阿里一天": "哪一天", "阿里天": "哪天", "阿里个": "哪个", "阿里家": "哪家",
             "阿里年": "哪年", "阿里搭": "哪里", "阿里几": "哪几", "阿里两": "哪两",
             "阿里三": "哪三",
             # (勒阿里搭个位置, 哪里个位置: which place; Wu's 啥场化 and 啥场合: what place)
             "阿里搭个": "哪个", "哪里个": "哪个", "哪搭个": "哪个", "啥场化": "什么地方",
             "啥场合": "什么地方", "啥地方": "什么地方",
             # (Wu's 并拢来, added up; Hunan's 咯年, this year, 第好多, which number, and
             # 那头, over there)
             "并拢来": "加起来", "并起来": "加起来", "咯年": "今年", "第好多": "第几",
             **{f"第多少{counter}": f"第几{counter}" for counter in "次批届期名位"},
             "那头": "那边", "那只": "那个", "这只": "这个", "咯只": "这个",
             # (Wu's 勿曾 and 呒没: not, none, 没有)
             "勿曾": "没有", "呒没": "没有", "嘸没": "没有",
             # (六期搭七期: Wu's 搭 for 和 between two phases, zones or parks; 弄好仔: 了)
             "期搭": "期和", "区搭": "区和", "园搭": "园和", "城搭": "城和", "证搭": "证和",
             "好仔": "好了",
             # (能干些啥, 做些啥: what, 些 only saying it may be several)
             "干些啥": "干什么", "做些啥": "做什么", "搞些啥": "搞什么",
             "格个": "那个", "迭个": "这个", "啥个": "什么", "搿个": "这个", "搿搭": "这里",
             "系边": "是哪", "边两": "哪两", "边三": "哪三", "边几": "哪几",
             # (两只金鸡湖创新合作中心: 只 counting any thing, as Cantonese and Wu do)
             "两只": "两个", "三只": "三个", "几只": "几个",
             # (分别来东啥城市, 勒浪哪里: Wu's 在)
             "来东": "在", "勒浪": "在", "来浪": "在",
             # (签嗰个备忘录: that one; 嗰 folded to its Simplified 𠮶)
             "𠮶个": "那个", "𠮶": "那",
             # (系几时嘅事, 几多间公司, 挂牌㗎: 是几时的事, 多少家公司, a closing particle)
             "系几": "是几", "系咪": "是不是", "系唔系": "是不是", "㗎": "", "喎": "", "啩": "",
             # (Suzhou's 个 for 的 and 仔 for 了: 有名气个大学, 投仔几化钞票, 签仔几化项目)
             "有名气个": "知名的", "有名气的": "知名的", "聚起来个": "聚集的", "聚起来的": "聚集的",
             "投仔": "投了", "签仔": "签了", "开仔": "开了", "招仔": "招了", "造仔": "造了",
             "领头": "牵头",
             # (Henan's 嘞 for 的, after a verb: 发嘞, 招嘞人, 往上嘞; a closing 嘞 stays)
             **{f"{verb}嘞": f"{verb}的" for verb in ("发", "招", "开", "签", "建", "搞", "办",
                                                     "评", "投", "引进", "以上")},
             # (硕士往上: and above, 以上)
             "往上嘞": "以上的", "往上": "以上",
             # (its full name, said 完整名称)
             "完整企业名称": "全称", "完整的企业名称": "全称", "完整名称": "全称",
             "完整的名称": "全称",
             # (Shandong's closing 嘎: 博士有几个嘎)
             "几个嘎": "几个", "多少嘎": "多少",
             "啲": "些",
             "边日": "哪天", "边一日": "哪一天", "边年": "哪年", "边个月": "哪个月",
             # Japanese question words and particles among kanji (…設立日 教えてください,
             # 場所はどこ): the Chinese they ask with; kana is never the document's. (Their
             # ですか is JAPANESE's, read first; いつですか stays for how_many_in_mandarin.)
             "どこ": "哪里", "いつですか": "什么时候", "いつ": "什么时候",
             "设立日": "什么时候设立", "设立は": "设立", "场所は": "", "教えてください": "",
             "教えて": "",
             "の": "的", "は": "", "を": "", "が": "",
             # Tianjin's 嘛 for 什么 (嘛时候揭牌的, 在…嘛位置) and 介个 for 这个; 多儿 for
             # 多少 before a counter or money (产值多儿钱, 多儿家)
             "嘛时候": "什么时候", "嘛位置": "什么位置", "嘛地方": "什么地方", "介个": "这个",
             # (在…啥位置: where in it)
             "啥位置": "什么位置",
             **{f"多儿{counter}": f"多少{counter}" for counter in "钱个家件张项人名所"},
             # Yangzhou's and Jianghuai's 什个 and 怎个 (是个什个东西, 得了个什个称号)
             "什个": "什么", "怎个": "怎么",
             # (叫做乜: what it is called, not 做乜, what it does)
             "叫做乜": "叫做什么",
             # 时侯 typed for 时候 (什么时侯: 侯 and 候 look alike)
             "时侯": "时候",
             # 土 typed for 士, which it looks like (博土学历, 院土)
             "博土": "博士", "硕土": "硕士", "院土": "院士",
             # Gansu's and Qinghai's 阿会儿 (when), beside 阿达 (where)
             "阿会儿": "什么时候", "阿会子": "什么时候", "阿门时候": "什么时候",
             # (Wenzhou's 啥儿时候; Hakka's 脉个, what: 系脉个来个, 搞脉个)
             "啥儿时候": "什么时候", "系脉个来个": "是什么", "脉个来个": "什么",
             "系脉个": "是什么", "脉个": "什么",
             # (多少个平方: square metres, counted as spoken)
             "多少个平方": "多少平方", "几个平方": "几平方",
             # (how many ten thousands of square metres: 各几万平方)
             "几万平方米": "多少平方米", "几万平方": "多少平方米",
             # How big a thing was built (盖了多大): its floor area
             "盖了多大": "建筑面积多大", "盖了有多大": "建筑面积多大", "盖得多大": "建筑面积多大",
             "盖起来多大": "建筑面积多大", "盖了多少平": "建筑面积多少平",
             # The northeast's 啥前儿 (when) and 哪嘎达 (where)
             "啥前儿": "什么时候", "搁哪嘎达": "在哪里", "哪嘎达": "哪里", "哪疙瘩": "哪里",
             # (Liaoning's 多前儿, when; Inner Mongolia's 哪哒个, which: 各落在哪哒个区)
             "多前儿": "什么时候", "哪哒个": "哪个", "哪达个": "哪个", "哪嗒个": "哪个",
             # Whether the document says it (文件里有没有提到…是哪天设立的): what it says
             "文件里有没有提到": "", "文件里有没有说": "", "文档里有没有提到": "",
             "文档里有没有说": "", "年鉴里有没有提到": "", "年鉴里有没有说": "",
             # The northeast's 整起来 for setting up (啥时候整起来的)
             "整起来": "成立", "弄起来": "成立", "搞起来": "成立",
             # (批下来的是…, 批下来没有: approved, as the document says it)
             "批下来": "获批",
             # (产品用到哪里去了: where it is used, what it is applied in)
             "用到哪里去了": "用在哪里", "用到哪儿去了": "用在哪里", "用到哪去了": "用在哪里",
             "用到哪里": "用在哪里",
             # (啥 and 什么 typed in pinyin before 时候: sha时候)
             "sha时候": "什么时候", "shenme时候": "什么时候", "sm时候": "什么时候",
             # (the academy's full name, 中国科学院, as the document abbreviates it)
             "中国科学院": "中科院",
             # (想搞成个么子, 要弄成啥: what it is to be made into, 打造成)
             "搞成个": "打造成", "弄成个": "打造成", "搞成啥": "打造成什么", "弄成啥": "打造成什么",
             "搞成什么": "打造成什么", "弄成什么": "打造成什么",
             # (个啥, 个甚, 个什么 after a verb of calling: 叫个啥, 被人誉为个甚, 称为个啥)
             **{f"{verb}个{what}": f"{verb}什么" for verb in ("叫", "誉为", "称为")
                for what in ("啥", "甚", "什么")},
             "整好": "建好",
             # (被人喊做, 喊作: the southwest's and Hunan's 喊 for 叫, called)
             "喊做": "叫做", "喊作": "叫做", "喊成": "叫做",
             # The northwest's 额 for 我 and 哈 for 一下 (额想问哈)
             "额想": "我想", "问哈": "问一下",
             # Sichuan's (啥子时候揭的牌, 咋个申请)
             "啥子时候": "什么时候", "啥子": "什么", "咋个": "怎么", "是好久": "是什么时候",
             # Hunan's and Jiangxi's (么子时候成立的, 冇得)
             "么子时候": "什么时候", "么子": "什么", "冇得": "没有",
             # (哪里牵头建的: which body led it, who)
             "哪里牵头": "谁牵头", "哪儿牵头": "谁牵头", "哪块牵头": "谁牵头",
             # (配套了哪些平台: which it is equipped with, has)
             "配套了哪些": "有哪些", "配套哪些": "有哪些", "配套了什么": "有什么",
             # Jiangxi's 么哩 (what: 么哩时候, 建么哩)
             "么哩时候": "什么时候", "么哩": "什么",
             # Shanxi's 甚 and 多会儿 (甚时候设立的, 是个甚东西, 多会儿启用的, 在哪搭); Qinghai's
             # 多会 (多会的事)
             "甚时候": "什么时候", "多会儿": "什么时候", "多会": "什么时候",
             "甚东西": "什么东西", "是个甚": "是什么",
             "个甚": "个什么", "做甚": "做什么", "甚地方": "什么地方", "哪搭": "哪里",
             "咋地": "怎么样", "甚么": "什么",
             # Henan's 里头 (里头有多少家), and everyone's 里面 and 里边 (in it); 搁哪儿
             # (where), 哪俩 and 头一个
             "里头": "里", "里面": "里", "里边": "里", "搁哪儿": "在哪儿",
             "搁哪": "在哪", "哪俩": "哪两个", "头一个": "第一个", "上嘞市": "上市",
             # An old-fashioned letter's 敢问, 约莫 and 听闻; 在那里头 (in there: what it
             # refers back to)
             "敢问": "", "约莫": "大约", "听闻": "听说", "在那里头": "", "那里头": "",
             # Hebei's 多咱 (when: 多咱签的, 是多咱的事); Anhui's and Hubei's 么斯 (搞了么斯办法)
             "多咱": "什么时候", "搞么斯": "干什么", "么斯": "什么",
             # Jiaodong's and the northeast's 哪旮 (在成都哪旮: where); 哪一头 (which end of a
             # place: where in it)
             "哪旮旯": "哪里", "哪旮": "哪里", "哪一头": "什么位置", "哪头": "什么位置",
             # Shandong's 多么些 (how many), 恁 (your, that: 恁园区, 恁那个…) and 那旮
             # (there: 园那旮有…)
             "多么些": "多少", "恁": "", "那旮旯": "", "那旮": "",
             # Korean question words among Chinese ones (몇 개, 언제 落户, 어디 있어요)
             "몇 개": "几个", "몇 명": "几人", "몇 장": "几张", "몇 번째": "第几", "몇": "几",
             "얼마": "多少", "언제": "什么时候", "어디": "哪里", "무엇": "什么", "뭐": "什么",
             "누구": "谁", "각각": "各", "이랑": "和", "그중": "其中",
             # (합치면 몇 명: added up; 이름 뭐예요: its name; 있어요: is there one)
             "합치면": "加起来", "합계": "合计", "이름 뭐예요": "叫什么名字",
             "이름이 뭐예요": "叫什么名字", "이름": "名字", "뭐예요": "是什么", "있어요": "有吗",
             # The northeast's and Qingdao's 嘎哈 (是嘎哈的: what it does), 多老些 and 啥玩意;
             # Hebei's 多些个 (投了多老些钱, 是个啥玩意, 多些个企业); Fuyang's 多些 before a
             # counter (有多些家)
             "是嘎哈的": "是干什么的", "嘎哈": "干什么", "多老些": "多少", "多些个": "多少",
             "有多些": "有多少", "多些家": "多少家", "多些人": "多少人", "多些件": "多少件",
             "多些张": "多少张", "多些项": "多少项", "差多些": "差多少", "多些亿": "多少亿",
             "多些钱": "多少钱",
             # (Yunnan's and Sichuan's 整 for making: 整出来的产值)
             "整出来的": "实现的", "整出来个": "实现的",
             "啥玩意儿": "什么", "啥玩意": "什么",
             # Yunnan's 哪样 (是整哪样的, 拿了哪样证); 哪个时候 and 多少个钱 as said
             "是整哪样": "是什么", "整哪样": "干什么", "哪样": "什么", "哪个时候": "什么时候",
             "多少个钱": "多少钱", "哪儿个": "哪个", "哪阵": "什么时候", "哪点": "哪里",
             # Fuzhou's (若多家, 若夥家, 底时发布, 底落个区, 底个研究院, 伊)
             "若多": "多少", "若夥": "多少", "若伙": "多少", "底时": "什么时候", "底落": "哪里",
             # (Puxian's 甚物, what; 底位, where and which: 在底位, 落在底位区)
             "甚物": "什么", "在底位": "在哪里", "底位区": "哪个区",
             # (the north's 给 for being done to: 给授了个啥称号)
             "给授了": "被授予了", "给授予": "被授予",
             "底个": "哪个", "伊": "它",
             # Chaozhou's 乜人, 做乜 and 底块 (哪块: where, or which part)
             "乜人": "谁", "做乜": "干什么", "底块": "哪块",
             # (底间公司: which company; 乜个物件, 物事: what thing)
             "底间": "哪家", "物件": "东西", "物事": "东西",
             # (Minnan's and Chaoshan's 按呢 and 安呢: so, then)
             "按呢": "那", "安呢": "那",
             # (乜个地步, 若济钱, 投落去: what, how much, put in)
             "乜个": "什么", "若济": "多少", "投落去": "投入",
             # (报上来好多家: applied, as a form is handed up)
             "报上来": "申报", "报上去": "申报",
             # (提升几个pct: percentage points, not PCT applications)
             "几个pct": "几个百分点", "多少个pct": "多少个百分点",
             # (旭创做出来的东西用在哪: what a company makes, its products)
             "做出来的东西": "产品", "造出来的东西": "产品", "生产的东西": "产品",
             # Wenzhou's 何乜 and 几许 (何乜时候发布, 产值几许钱)
             "何乜": "什么", "几许": "多少", "第几许": "第几",
             # Taizhou's 何里 and 里向 (在何里个园区, 上海何里个高新区, 纳米城里向落户个企业)
             "何里个": "哪个", "何里": "哪里", "里向": "里",
             # Lanzhou's 阿么个, 阿么时候 and 哪塔 (是个阿么个东西, 阿么时候落户的, 在哪塔)
             "阿么个": "什么", "哪塔": "哪里", "阿么时候": "什么时候",
             # Shanghai's 啥人搭啥人, 一道, 勒, 钞票 and 啥两 (啥人搭啥人一道搞个, 落勒啥地方,
             # 几化钞票, 是啥两家)
             "啥人搭啥人": "谁和谁", "一道": "一起", "勒": "在", "钞票": "钱",
             "啥两": "哪两", "啥三": "哪三", "啥几": "哪几",
             # Yangzhou's 可 asking yes or no (可是的, 可有); Hainan's 乜侬 and 去底; Ningbo's
             # 啥西; Nanchang's 么里
             "可是的": "是不是", "可有": "有没有", "乜侬": "谁", "去底": "去哪里", "啥西": "什么",
             # (and Hefei's, before a guess: …多晚落户的，可是2019年)
             **{f",可是{d}": f",是不是{d}" for d in "0123456789"},
             # Fuzhou's 什乇 (什乇东西, 被誉为什乇): what
             "什乇": "什么",
             "么里": "什么",
             # Wu's 几钿 (how much money) and Chaoshan's 乜 before any noun (到乜地步)
             "几钿": "多少钱", "乜": "什么",
             # A letter's classical 何等 and 有何 (素有何等美誉, 有何要事)
             "有何等": "有什么", "何等": "什么", "有何": "有什么",
             # A reader asking how the document words it (占全市比例如何表述): what it says
             "如何表述": "是什么", "怎么表述": "是什么", "怎样表述": "是什么",
             "原文怎么说": "是什么", "原文怎么写": "是什么",
             # A headline's framing (一文看懂…, 划重点): nothing asked
             "一文看懂": "", "一文读懂": "", "划重点": "",
             # 火星文, a teenager's look-alike characters (莪想问, 哆少, 拿菿叻啥证吖)
             "莪": "我", "嘚": "的", "芣": "不", "菿": "到", "哆": "多", "姩": "年", "噺": "新",
             "叻": "了", "妳": "你", "伱": "你", "吖": "", "东东": "东西", "系啥": "是啥",
             # A dictating voice's fillers (那个那个…然后呢, 那个啥…你说说)
             "那个那个": "", "然后呢": "", "那个啥": "", "你说说": "", "你给说说": "",
             # (由哪些方面共同建设, 由哪几方共建: by whom, the parties, not its fields)
             "由哪些方面": "由谁", "由哪几方": "由谁",
             # Nanchang's 么人 (who) and 该只 (this one); Wenzhou's 何个 (which) and 爻 (了, done:
             # 录用爻几多人); Hakka's and Hunan's 咯 for 了 between a verb and what is asked
             # (投咯几多钱, 得咯么个称号; elsewhere 咯 is 这, 咯年, or a closing particle)
             # (什么人 as it is: 么人 asks who only on its own)
             "么人": "谁", "什么人": "什么人", "该只": "这个", "何个": "哪个", "爻": "了",
             # (是该院设立的第几个: 该院, 该所, 该校 point back at the institution just named, as
             # 它; the document says 该研究院, 该学院 in full)
             "该院": "它", "该所": "它", "该校": "它",
             # (叫做什么名, 喊做么个名: its name, 名字)
             "么个名字": "什么名字",
             **{f"{call}{what}": "叫什么名字" for call in ("叫做", "叫作", "喊做", "喊作")
                for what in ("什么名字", "什么名", "么个名字", "么个名")},
             # (Lanzhou's 阿达 (where, asked at the end), 阿个 (which), 兀个 (that one), 一满
             # (in all) and a closing 唦; Minnan's 叨位 (where, 叨位一个区: which), 敢有 (is
             # there); Yangzhou's 多晚子 (when))
             "阿达唦": "哪里", "在阿达": "在哪里", "阿达呢": "哪里呢", "阿个": "哪个",
             "兀个": "那个", "一满": "一共", "唦": "",
             "叨位一个": "哪个", "叨位": "哪里", "敢有": "有没有", "多晚子": "什么时候",
             # (Fuzhou's 几侪 (how many), 底一个 (which one), 甚乇 (what))
             "几侪": "多少", "底一个": "哪一个", "甚乇": "什么",
             # (Shaanxi's 多乎 (how many): 入驻的企业有多乎家; Jin's 圪聚 (gathered))
             "多乎": "多少", "圪聚": "聚集",
             # (Wuxi's 辣 for 在 after a verb: 用辣啥地方, 落辣哪里)
             "用辣": "用在", "落辣": "落在", "辣啥": "在啥", "辣哪": "在哪",
             **{f"咯{what}": f"了{said}" for what, said in (
                 ("几多", "多少"), ("多少", "多少"), ("么个", "什么"), ("什么", "什么"),
                 ("么子", "什么"), ("啥", "啥"))},
             # Hangzhou's 多少佬 (how many)
             "多少佬": "多少",
             # (…公司帮我列全, 全部列出来: how to answer a list, nothing asked; not 列全市第一)
             **{f"{who}列{how}": "" for who in ("帮我", "给我", "全部")
                for how in ("全", "齐", "全了", "出来", "一下")},
             # (…，能解释一下吗, 给我科普一下: explaining, what a question of it asks already)
             **{f"{ask}{verb}一下{end}": "" for ask in ("", "能", "能不能", "可以", "给我", "帮我",
                                                      "能给我", "能帮我")
                for verb in ("解释", "科普", "讲解") for end in ("", "吗")},
             # (…大湾区那个啥时候: that one, then when, not the filler)
             "那个啥时候": "那个什么时候", "那个啥时": "那个什么时候",
             # (and Sichuan's 啥子 there: …大湾区那个啥子时候, 那个啥子)
             "那个啥子时候": "那个什么时候", "那个啥子": "那个什么",
             # The park addressed (你们评了多少个项目, 你们园区): the park, as a bot of it is
             "你们园区": "园区", "贵园区": "园区", "你们": "园区",
             # A livestream host's address and asides (家人们问…, 宝子们, 扣1): nothing asked
             "家人们问": "", "宝子们问": "", "宝宝们问": "", "家人们": "", "宝子们": "",
             "宝宝们": "", "扣个1": "", "扣1": "",
             # (Cantonese's 系边间, 哪间, 啱唔啱, 入面, 而家, 去到: 是哪家, 哪家, 对不对, 里面,
             # 现在, 到)
             "系边间": "是哪家", "哪一间": "哪一家", "哪间": "哪家", "啱唔啱": "对不对",
             "啱唔": "对不",
             "入面": "里面", "而家": "现在", "去到": "到", "同埋": "和",
             # (哪一年哪一月哪一日: a day asked, in full)
             "哪一年哪一月哪一日": "哪一天", "哪年哪月哪日": "哪天",
             # Hokkien's (偌济间公司, 佇佗位上市, 啥物时阵成立, 啥人佮啥人做伙设的, 内底, 较济)
             "偌济间": "多少家", "偌多间": "多少家", "偌济": "多少", "偌多": "多少", "偌大": "多大",
             "佇佗位": "在哪里", "佗位": "哪里", "佗一间": "哪一家", "佗一个": "哪一个",
             # (佗一工, 佗一日: which day)
             "佗一工": "哪一天", "佗一日": "哪一天",
             # (佗两家, 佗个: 佗 alone is which, the document never writing it)
             "佗一": "哪一", "佗": "哪",
             "啥物时阵": "什么时候", "啥物时候": "什么时候", "啥物时": "什么时候",
             "啥物名": "什么名字", "啥物": "什么", "啥人": "谁", "佇": "在", "佮": "和",
             "做伙": "一起", "内底": "里", "彼个": "那个", "彼间": "那家", "较济": "更多",
             "今仔日": "今天", "家己": "自己", "遐": "那里",
             # (拢总偌济, 啥物时候的代志: in all, the matter)
             "拢总": "总共", "代志": "事", "拢共": "总共",
             # Sichuan's 设起 and 建起 (啥时候设起的: set up), 园子 (哪个园子头: which park)
             # and 在前头 (哪个在前头: earlier)
             "设起": "设立", "建起": "建成", "园子头": "园里", "园子": "园", "在前头": "在前",
             "前头": "前"}
DIALECT_WORDS = lazy_regex("|".join(sorted(DIALECT, key=len, reverse=True)))
# Japanese among kanji (…は何人ですか, 選ばれた2社はどこですか, どこが牵头して): read before the
# dialects, only where kana is typed, since 何人 (how many people) asks who in classical
# Chinese and 分野 is no Chinese word for a field.
JAPANESE = {"何人": "多少人", "何社": "多少家", "何件": "多少件", "何个": "多少个",
            "何家": "多少家", "何类": "多少类", "何项": "多少项", "何张": "多少张",
            "何品种": "多少个品种", "何支": "多少支", "何亿元": "多少亿元", "何万元": "多少万元",
            "何平方米": "多少平方米",
            "いくら": "多少", "それぞれ": "分别", "どの": "哪些", "どんな": "什么",
            "どこが": "谁", "企业はどこですか": "是哪家企业", "社はどこですか": "家企业是哪些",
            "分野": "领域", "名前": "名称", "主に": "主要", "选ばれた": "入选的",
            "登录した": "注册的", "登录": "注册",
            "何がありましたか": "有什么事", "は何ですか": "是什么",
            "になりましたか": "", "しましたか": "", "ましたか": "", "ますか": "", "して": "",
            "された": "的", "した": "的", "累计で": "累计", "ですか": "", "でしょうか": "",
            "で": "", "に": "", "と": "和"}
JAPANESE_WORDS = lazy_regex("|".join(sorted(JAPANESE, key=len, reverse=True)))
KANA = lazy_regex(r"[\u3040-\u30ff]")
# Other dialects' words for how many and when (几多, 多老些, 若多): the pieces of a question
# with several are split where each asks one (see how_many_in_mandarin).
HOW_MANY_WORDS = {word: said for word, said in DIALECT.items()
                  if said.startswith(("多少", "什么时候"))}
HOW_MANY_DIALECT = lazy_regex("|".join(sorted(HOW_MANY_WORDS, key=len, reverse=True)))
# … and for which and who (何个, 么人), read too when the question splits no other way.
WHICH_WORDS = {**HOW_MANY_WORDS, **{word: said for word, said in DIALECT.items()
                                    if said.startswith(("哪个", "哪家", "哪一", "谁", "是几"))}}
WHICH_DIALECT = lazy_regex("|".join(sorted(WHICH_WORDS, key=len, reverse=True)))


def how_many_in_mandarin(text: str, which: bool = False) -> str:
    """``text`` with other dialects' words for how many and when in Mandarin's (各是好多,
    办了多老些场, 几多间: 多少; 阿么时候: 什么时候), as the question is read; ``which``: and
    their words for which and who (何个: 哪个)."""
    words, pattern = (WHICH_WORDS, WHICH_DIALECT) if which else (HOW_MANY_WORDS,
                                                                  HOW_MANY_DIALECT)
    return haoduo_as_asked(pattern.sub(lambda m: words[m.group(0)], text))


def haoduo_as_asked(text: str) -> str:
    """``text`` with 好多 asking how many (签了好多项目, 一共好多) as 多少; 好多 "a lot"
    beside another question word (招了好多博士，一共录用多少) as it is."""
    if "好多" not in text:
        return text
    if not OTHER_QUESTION_WORD.search(text):
        asked_last = HOW_MANY_LATE.search(text)
        text = HOW_MANY_LATE.sub("多少", text)
        # (…增长好多，…增长好多: each clause asks how many; …人才嘛，听说上万了: what the
        # asker heard or guesses follows the question)
        if asked_last or HEARSAY_AFTER.search(text):
            text = HOW_MANY_CLAUSE.sub("多少", text)
    return HOW_MANY_SICHUAN.sub("多少", text)


# Written Chinese in the classical manner (揭牌于何年何月何日, 依托何单位而设, 凡几家, 系何公司,
# 孰多): its question words, in today's.
CLASSICAL = {"于何年何月何日": "哪天", "何年何月何日": "哪天", "于何年何月": "哪个月",
             "何年何月": "哪个月", "于何日": "哪天", "于何时": "什么时候", "于何年": "哪年",
             "于何月": "哪个月", "何日": "哪天", "何年": "哪年", "何月": "哪个月",
             "于何地": "在哪里", "于何处": "在哪里", "在何处": "在哪里", "何处": "哪里",
             "何地": "哪里", "之期": "的日期",
             "何单位": "哪个单位", "何机构": "哪个机构", "何部门": "哪个部门",
             "何公司": "哪家公司", "何企业": "哪家企业", "何人": "谁", "何者": "哪个",
             "何种": "什么", "系何": "是什么", "孰": "哪个", "凡几": "多少", "几何": "多少"}
# 何处 and 哪里的 before a kind of place (上海何处高新区, 上海哪里的高新区): which one of
# them, not where.
WHICH_PLACE_OF_A_KIND = lazy_regex(r"(?:何处|哪里的)(?!上市)(?=[\u4e00-\u9fff]{0,3}(?:区|园|城|市|"
                                   r"省|县|镇|街|路|中心|基地|大学|学院))")
# 哪里 after two things joined, before a comparison (国际科技园和纳米城哪里入驻的企业多):
# which of the two.
WHICH_OF_TWO = lazy_regex(r"([和跟与][\u4e00-\u9fff]{2,12}?)哪里(?=[^，,。？?\s]{0,8}?"
                          r"(?:多|少|大|小|高|低|早|晚))")
CLASSICAL_WORDS = lazy_regex("|".join(sorted(CLASSICAL, key=len, reverse=True)))
# …为何 at the end of a clause asks what it is (揭牌之期为何, 各为何); before it, why.
WHAT_IT_IS = lazy_regex(r"为何(?=[?？。!！，,]|$)")
# A year written in characters (二〇一九年): in digits, as the document writes years.
YEAR_IN_WORDS = lazy_regex(r"(?<![一二三四五六七八九十〇零])([〇零一二三四五六七八九]{4})(?=年)")
YEAR_DIGITS = str.maketrans("〇零一二三四五六七八九", "00123456789")
# An accountant's upper-case numerals (贰零贰零年, 拾壹月): the ordinary ones, read as those are.
FINANCIAL_NUMERALS = lazy_regex(r"[壹贰叁肆伍陆柒捌玖拾佰仟][零壹贰叁肆伍陆柒捌玖拾佰仟]*")
FINANCIAL_DIGITS = str.maketrans("壹贰叁肆伍陆柒捌玖拾佰仟", "一二三四五六七八九十百千")


# The number of companies named (the number of STAR Market-listed companies): a count, unless
# its growth is asked.
EN_NUMBER_OF_COMPANIES = lazy_regex(r"(?<![a-z])(?:number|count) of (?:the )?(?:[a-z*'-]+ ){0,3}"
                                    r"(?:companies|firms|enterprises|start-?ups)\b")
# Companies counted in English (how many firms, how many new high-tech enterprises): the
# document counts them in 家, as 多少家 asks.
EN_COMPANIES_COUNTED = lazy_regex(
    # ((?<![a-z]), not \b: folding glues a Chinese word to the English after it, 入驻how many)
    # (how many AI companies, how many national high-tech enterprises: the words before the
    # noun say which companies, unless one is a verb or a preposition: how many people
    # work at companies counts people, how many granted … companies the patents granted)
    r"(?<![a-z])how many (?:(?!(?:are|is|was|were|do|does|did|have|has|had|will|can|could|"
    r"in|of|at|for|by|with|from|to|on|the|and|or|people|persons|staff|employees|jobs|work|"
    # (how many batches dey recognise companies: batches counted, a subject between)
    r"works|working|batch|batches|rounds?|times|they|dey|dem)\b)"
    r"(?!(?!(?:listed|registered|specialized|specialised|advanced|"
    r"invested|funded|based)\b)[a-z]+ed\b)[a-z*'-]+ ){0,3}"
    r"(?:companies|company|firms?|enterprises?)\b|"
    # (how many Singapore start-ups: companies, whoever's they are)
    r"(?<![a-z])how many (?:[a-z*'-]+ ){0,2}(?:start-?ups|ventures)\b|"
    # (companies how many, in the order of a language that counts after the noun: kampuni
    # ngapi; not …companies how many jobs, which counts the jobs)
    r"\b(?:companies|firms|enterprises) how many\b(?! [a-z]+s\b)")


# Wu's sentence-final 个 (设立个, 揭牌个？), where Mandarin says 的: not after a number or a
# word that counts with it (有几个, 多少个, 这个, 首个).
# (at the end of any of a message's questions: …揭牌个伐？分别…)
WU_FINAL = lazy_regex(r"(?<![几多少一两二三四五六七八九十百千万这那哪每各整某首\d])个"
                      r"(?=伐?[啦呀呢哦]*(?:[?？!！。]|$))")


# Wu's 搭 joining two things compared or added up (北京搭大湾区阿是同一日, 发明专利搭PCT专利
# 加起来): 和; not 搭建, 搭好, 搭载.
WU_AND = lazy_regex(r"(?<=[\u4e00-\u9fff）)])(?<![那这哪搿迭该啥里])搭(?![建载配乘台桥好起成了完])"
                    r"(?=[\u4e00-\u9fff（(]{2}|[A-Za-z]{2})")
WU_AND_COMPARED = lazy_regex(r"同一|哪个|一样|还是|各|分别|都|加起来|一共|总共|合计|相差|"
                             r"差多少|差几|哪家")
# A plot's code with its number in words (五期B一地块): in digits, as the document codes it.
CODE_IN_WORDS = lazy_regex(r"(?<=[A-Za-z])([一二三四五六七八九])(?=地块|区)")
# Wu's sentence-final 格 (阿是同一日揭牌格, 哪两家签格): 的.
# (Wenzhou's 个 so, after a verb: 何乜单位签个; not a counter's 个, 几个, 哪个, 两个)
WU_FINAL_GE = lazy_regex(r"(?:(?<=[\u4e00-\u9fff])格|"
                         r"(?<=[签设建办发布立牌市搞])个)(?=[啦呀呢哦啊?？!！。]*$)")
# Chaoshan's and Wu's 个 for 的 before what is said of the ones qualified (上市个有几家,
# 入选个是哪家); not a counter's 个 (几个, 哪个, 这个, 一个有).
GE_AS_DE = lazy_regex(r"(?<=[\u4e00-\u9fff])"
                      r"(?<![一二两三四五六七八九十百千万几哪这那每某各整半多单另])个(?=[有是又])|"
                      # (after a deed, before who did it: 落户个企业, 认定个企业)
                      r"(?<=落户|入驻|认定|引进|申报|获批|入选|上市|签约|成立|设立|建成)个"
                      r"(?=企业|公司|项目|人才|团队|机构)")
# How many great ones asked (覆盖几大新兴产业领域, 建设几大平台): the document names them by
# their number said in words (三大平台), no figure; which ones, whose sentence says how many.
# (not Cantonese's 几大, how big: 有几大面积, 几大规模)
HOW_MANY_GREAT = lazy_regex(r"(?<![哪好有])几大(?=[\u4e00-\u9fff]{2})"
                            r"(?!面积|规模|体量|金额|数额|产值|[呀啊呢哦嘛吗啦咧哇么咯喃哒])")
# 平方 asked for 平方米 (多少平方, 几许平方): the unit the document writes.
SQUARE_SAID_SHORT = lazy_regex(r"(多少|几|若多|几许|好多|多大)平方(?![米公千])")
# Chaoshan's 底几 (有底几家): how many; not 到底几多 (after all, how many).
CHAOSHAN_HOW_MANY = lazy_regex(r"(?<![到彻])底几")
# A benchmarker's 体量, how big in number (累计体量, 哪个体量大): how many, or the size
# compared.
VOLUME = lazy_regex(r"的?体量(?:是|有)?(?:多少)?(?=[啊呀呢吗?？。!！]*$)|"
                    r"(?P<size>的?体量(?=更?[大小]))")
# Hakka's and Wuhan's 么 for 什么 (么时候, 么个证, 么事部门), not the 么 of 什么 or 怎么.
HAKKA_WHAT = lazy_regex(r"(?<![什怎那这多要])(?:么个|么事|么(?=时候|时间))")
# How long apart two things happened (A和B隔了多久, 相差几个月), not how often (每隔多久):
# each one's date, and how far apart they are.
INTERVAL = lazy_regex(r"(?<!每)(?:相隔|间隔|隔|相差|差)了?"
                      r"(?:多久|多长时间|多少天|几天|几个月|几年)")
# One thing's figure against another's (五期比六期建筑面积多多少, A比B少几家): the two, and
# how far apart; not against a year before (比上年多多少: a growth the document says).
MORE_THAN = lazy_regex(r"(?<=[\u4e00-\u9fff\w）)])比(?!上一?年|去年|前一?年|同期|往年|"
                       r"\d{4}年|例|重|率|较|一比|比)([^，,。？?！!]{1,20}?)(?:要|还)?"
                       r"(?:多|少|高|低|大|小)(?:了|出)?(?:多少|几)")
# One thing's date against another's (A成立比B启动晚了几天, 比B早几个月): the two dates, and how
# far apart they are.
LATER_THAN = lazy_regex(r"(?<=[\u4e00-\u9fff\w）)])比([^，,。？?！!]{1,30}?)(?:要|还)?"
                        r"(?:早|晚|迟)了?(?:多久|多长时间|多少天|几天|几个月|几年)")
# The number of a deed done (申报数, 进入公示数, 认定数), two of them compared: each deed's
# count, as the document says it (申报1440家); not 申请数, the document's own word.
DEED_COUNT = lazy_regex(r"(?<=申报|公示|认定|入选|授权|受理|签约|引进|录用)数(?=和|与|跟|同|及|"
                        r"相差|差|是|有|为|多少|几|[，,？?]|$)")
# Places offered as a choice (在香港还是上海上市, listed in HK or Shanghai?): either may be the
# one the document says.
PLACES_OFFERED = lazy_regex(r"还是|或者|或是|\bor\b")
# A place guessed after where is asked (在哪上的市，深交所？): the asker's guess, which the
# answer's place confirms or corrects; no place the answer must be.
PLACE_GUESSED_AFTER = lazy_regex(r"[，,]\s*([^，,。？?\s]{2,8})[?？]+$")
# An exchange or board known by name (上交所), offered beside a place (深交所) a company lists in.
EXCHANGE_NAMED = lazy_regex(r"交所|交易所|板$")
# A final particle said, not asked (Henan's 多少家企业嘞, 啥时候丫, Gansu's 多少平方米哩):
# nothing.
# (and Shandong's and Fuyang's 来 after what is asked: 啥时候发的来, 多少家企业来, 上的市来)
# (嘞 and 哩 end a clause too: 批成国家级哩，是哪两家)
# (Sichuan's 喃 and Hunan's 哒 ending a question: 好多家科技企业喃, 哪天设的哒)
FINAL_LEI = lazy_regex(r"(?<=[\u4e00-\u9fff])(?:[嘞丫哩喃哒](?=[?？!！。]*$)|[嘞哩](?=[，,]))|"
                       r"(?<=[的了家市业])来(?=[?？!！。，,]*$)")
# A guess put with a final 吧 (应该是2019年吧, 我记得是12月设立的吧): asked as with 吗.
# (Only after words that say it is a guess: 老早格事体了吧 after a question is a remark.)
GUESS_BA = lazy_regex(r"(?<=[\u4e00-\u9fff\d])吧(?=[?？!！。]*$)")
GUESSED = lazy_regex(r"应该|记得|印象|大概|大约|是不是|可能|估计|我猜")
# Beijing's 儿 after a noun (多少项目儿, 拿了啥证儿, 高校儿): the noun; not 哪儿, 这儿, 会儿.
NOUN_ER = lazy_regex(r"(?<=[\u4e00-\u9fff])(?<![哪这那会块点])儿(?=[?？!！。，,\s]|$)")
# ... and inside the question, after words asking (哪天儿发的, 咋回事儿, 一块儿共建的): the word.
WORD_ER = lazy_regex(r"(?<=哪天|那天|几天|回事|一块|一起|一点)儿")
# Hokkien's 当时 at the end asks when (签备忘录是当时); Mandarin's 当时 never ends a question.
WHEN_HOKKIEN = lazy_regex(r"是?当时(?=[?？]*$)")
# The south's and southwest's 好大 asking how big (那个园子有好大, B1地块建了好大): 多大;
# at the question's end, after a verb, not a remark's 好大 (a big one) before a noun.
# (是不是好大: is it big, asked yes or no)
HOW_BIG_SOUTHERN = lazy_regex(r"(?<=[有是了])(?<!不是)好大(?=[哦嘛呢啊喃噻?？]*$)")
# Sichuan's 好久 asking when, before the deed and a closing 的 (好久启用的噻, 好久成立的嘛);
# not 好久 "for long" (好久没去了).
WHEN_SICHUAN = lazy_regex(r"好久(?![没不])(?=[\u4e00-\u9fff]{1,8}的[噻嘛呢哦啊]?[?？]*$)")
# 好多 ending a question that asks nothing else (签约了好多个项目, 一年搞得好多产值哦): how
# many, as a bot is asked; beside another question word (招了好多博士，一共录用多少) a lot.
# The same ending a clause before a comma, when the last one asks so (…增长好多，…增长好多).
_HAODUO_ENDING = r"好多(?=[个件家人张项名位所批类场次支]?[\u4e00-\u9fff]{0,10}?[哦嘛呢啊咯喃啰]?"
HOW_MANY_LATE = lazy_regex(_HAODUO_ENDING + r"[?？]*$)")
HOW_MANY_CLAUSE = lazy_regex(_HAODUO_ENDING + r"(?:[，,、]|[?？](?=.)))")
# (…，听说上万了; …好多件咯？申请的我晓得: a remark after the question, asking nothing;
# …，要得的话我想去考察一哈, 我娃儿想去读书: what the asker, or theirs, means to do)
HEARSAY_AFTER = lazy_regex(r"[，,]\s*(?:听说|据说|好像|应该|大概|估计|感觉|我猜)[^，,？?]*$|"
                           r"[，,][^，,？?]*我[^，,？?]{0,4}?(?:想|要|打算|准备)[^，,？?]*$|"
                           r"[?？][^?？]+$")
OTHER_QUESTION_WORD = lazy_regex(r"多少|几|哪|什么|啥|谁|吗|怎么|如何|是否|是不是|有没有")
# Shanxi's 甚 before any noun (拿了甚证, 甚单位): 什么; the document never writes 甚, so
# only the 甚 of 甚至 and of 甚多, 甚少 (very) is another word.
SHANXI_WHAT = lazy_regex(r"甚(?![至为多少大远高微嚣佳广])")
# The northwest's 哪达 ending a question (在独墅湖科教创新区哪达？): where; before what it
# compares (哪达入驻企业多), which.
WHERE_NADA = lazy_regex(r"哪[达嗒哒](?=[?？，,。！!\s]|$)")
# The southwest's and the northwest's 撒 (搞撒领域, 多少钱撒): 啥 before a word, a particle
# at the end; the document never writes 撒.
SA_FINAL = lazy_regex(r"撒(?=[?？!！。，,]|$)")
SA_WHAT = lazy_regex(r"撒")
# A copula put last, after what is asked (入驻企业哪个多是, 哪个区分别在是): the question
# without it.
FINAL_SHI = lazy_regex(r"(?<=[多少几么在个])(?<!不)是(?=[?？。!！]*$)")
# Tianjin's 嘛 before the noun it asks about, after a verb or 个 (被授了个嘛称号, 是嘛东西):
# 什么; the particle 嘛 ends a clause instead.
TIANJIN_WHAT = lazy_regex(r"(?<=[了个是叫做有])嘛(?=[\u4e00-\u9fff])(?![呢啊呀吧])")
# 哪一块 ending a question after 在 or 位于 (在独墅湖哪一块啊): where; 是哪一块 asks which
# zone or plot (拿地即开工的是哪一块).
WHERE_KUAI = lazy_regex(r"((?:在|位于)[^，,。？?是的]{0,12}?)哪一?块(?=[啊呀呢吗哦?？。!！]*$)")
# Wu's question particle 伐 at the end (好伐, 有伐): 吗.
WU_QUESTION = lazy_regex(r"伐(?=[?？!！。]|$)")
# Cantonese counts companies in 间 (边三间, 系边几间): 家.
# When it was, asked as a matter (是几时的事, 什么时候的事情): when.
WHEN_A_MATTER = lazy_regex(r"(?<=几时|时候|哪年|哪天|何时)的事(?:情|儿)?")
CANTONESE_JIAN = lazy_regex(r"(?<=[边哪][两二三四五六七八九几])间|(?<=几多)间(?![\u4e00-\u9fff])|"
                            # (纳米城650間對吧, 有幾間？: Taiwan's count of companies too)
                            r"(?<=\d)间|(?<=几)间(?![\u4e00-\u9fff])|"
                            # (几多间公司: companies counted in 间, as Cantonese counts them)
                            r"(?<=[几多少一两二三四五六七八九十\d])间(?=公司|企业|机构|高校|大学)")


# A country's side of a partnership (英方合作方, 新方): the country, as the document names it.
SIDE_OF = {"英": "英国", "美": "美国", "德": "德国", "法": "法国", "日": "日本", "韩": "韩国",
           "新": "新加坡", "中": "中国"}
COUNTRY_SIDE = lazy_regex(r"(?<![其精之])([英美德法日韩新中])方(?![向面案法式针位便式])")


# Cantonese's 同 joining two events (姑苏实验室揭牌同牛津…中心启用，边个早啲): "and", after
# the first event's verb (no 同比, 同时, 共同 or 合同 there).
EVENTS_JOINED = lazy_regex(r"(?<=揭牌|启用|成立|签署|设立|上市|落户|开工|竣工|签约|举办|启动)同"
                           r"(?=[\u4e00-\u9fff])")


# Cantonese's 同 for 和 (存量企业同新引进企业各几多间, 星诺奇同晶云), in a question its
# particles or question words mark as Cantonese; not 同比, 同时, 共同, 合同, 同一.
# (and Chaozhou's, Minnan's and Fuzhou's words, whose 同 is 和 too: 北京同大湾区…底块区)
CANTONESE_SAID = lazy_regex(r"嘅|係|系边|边间|边个|边度|几多|咩|喺|唔|咗|而家|啱|乜|底块|底个|底落|"
                            r"若济|偌济|啥物|佗位")
CANTONESE_TONG = lazy_regex(r"(?<![共合一相协如等])同(?![比时期年样意步类行级一等])")


# Whom the asker heard it from, opening the question (听我女婿讲…, 据我同事说…): heard, as
# 听说 says it; who said it is no word of what is asked.
HEARD_FROM = lazy_regex(r"^(?:听|据)(?:我|俺|咱)(?:们)?(?:家)?(?:的)?[\u4e00-\u9fff]{1,3}?"
                        r"(?:讲|说)(?:的|过)?")
# Per ten thousand people, said in full (一万个人有几件): the document's 万人.
PER_TEN_THOUSAND = lazy_regex(r"(?:每|平均)?一万个人|每一万人")
# 哪块 after two things, before how they compare (纳米城跟国际科技园哪块入驻企业多, B1地块和
# C地块，哪块面积大): which of them, not where.
WHICH_OF_PAIR = lazy_regex(r"((?:跟|和|与|同)[\u4e00-\u9fffa-z0-9]{2,10}?[,，]?\s*)哪块"
                           r"(?=[^，,。？?]{0,12}?(?:多|少|大|小|高|低|早|晚|强))")
# Wu's 个 for 的 after each of two things compared (北京个跟大湾区个分别在哪): the pair.
WU_PAIR_GE = lazy_regex(r"(?<![一二两三四五六七八九十几这那哪每各某整半多])"
                        r"([\u4e00-\u9fff]{2,6}?)个(跟|和|与|同)([\u4e00-\u9fff]{2,6}?)个"
                        r"(?=分别|各|都|[,，?？]|$)")
# The Roman numeral one typed as the letter it looks like (纳米城l区: the document's Ⅰ区).
ROMAN_ONE_TYPED = lazy_regex(r"(?<![a-z])l(?=区|期)")
# A document's coming out, asked after the dialect's word for when (…时候出来的).
CAME_OUT = lazy_regex(r"时候出来(?:的|个)")
# Gone to a place to list (到香港去上市, 去上海挂牌): listed in it.
GONE_TO_LIST = lazy_regex(r"(?:到|去)(香港|上海|深圳|北京|新加坡|纽约|美国|海外|境外)去?"
                          r"(?=上市|挂牌)")
# Things counted, then what they are asked (两家公司是什么, 个两间公司是乜个): which ones, by
# name; Wu's and Chaozhou's 个 for 的 before the count.
COUNTED_NAMES_ASKED = lazy_regex(r"(?:个(?=[两二三四五六七八九十]))?"
                                 r"(([两二三四五六七八九十][家个所座项位])"
                                 r"(?:(?!分别)[\u4e00-\u9fff]){0,4}?)"
                                 r"(?:是|叫)(?:什么|啥|谁)(?!时候|时间|地方|日子)(?:名字)?")
COMPANIES_NUMBER = lazy_regex(r"(?:企业|公司)(?:的)?(?:数量|数目|个数)[?？。]*$")
# A year said by its last two digits (19年, 21年), not a number of years (10年内, 20年来).
SHORT_YEAR = lazy_regex(r"(?<![\d.\-/])(1[5-9]|2[1-4])年(?![内来间以多前后])")
# A Weibo hashtag (#苏州国际科技园#, #纳米城): the words tagged, read as typed.
HASHTAG = lazy_regex(r"#([^#\s]{1,30})#|#(?=[\u4e00-\u9fff])")


# A term's acronym typed against Chinese characters (七期AI产业园, IP保护中心): the term, as
# the document writes it.
ACRONYM_BY_CJK = lazy_regex(r"(?<![a-z])[a-z]{2,4}(?![a-z])(?=[\u4e00-\u9fff])|"
                            r"(?<=[\u4e00-\u9fff])[a-z]{2,4}(?![a-z])")


def _mandarin(folded: str) -> str:
    if not folded.isascii() and ACRONYM_BY_CJK.search(folded):
        folded = ACRONYM_BY_CJK.sub(lambda m: glossary_acronyms().get(m.group(0), m.group(0)),
                                    folded)
    if "#" in folded:
        folded = HASHTAG.sub(lambda m: f" {m.group(1)} " if m.group(1) else "", folded)
    if "同" in folded:
        folded = EVENTS_JOINED.sub("和", folded)
        if "同" in folded and CANTONESE_SAID.search(folded):
            folded = CANTONESE_TONG.sub("和", folded)
    if KANA.search(folded):
        folded = JAPANESE_WORDS.sub(lambda m: JAPANESE[m.group(0)], folded)
    folded = DIALECT_WORDS.sub(lambda m: DIALECT[m.group(0)], CANTONESE_JIAN.sub("家", folded))
    if "年" in folded:
        folded = SHORT_YEAR.sub(r"20\1年", folded)  # (19年园区…: 2019, as said in speech)
    if "出来" in folded:
        # (多会儿出来的, 啥辰光出来个: when, as the dialect words read, it was issued)
        folded = CAME_OUT.sub("时候发布的", folded)
    if folded.startswith(("听", "据")):
        folded = HEARD_FROM.sub("听说", folded, count=1)
    if "到" in folded or "去" in folded:
        folded = GONE_TO_LIST.sub(r"在\1", folded)
    if "l" in folded:
        folded = ROMAN_ONE_TYPED.sub("i", folded)
    if "个" in folded:
        folded = WU_PAIR_GE.sub(r"\1的\2\3的", folded)
    if "哪块" in folded:
        folded = WHICH_OF_PAIR.sub(r"\1哪个", folded)
    if "万" in folded:
        folded = PER_TEN_THOUSAND.sub("每万人", folded)
    if "数" in folded and "差" in folded:
        folded = DEED_COUNT.sub("", folded)  # (申报数和进入公示数相差多少: of the two deeds)
    if "是" in folded or "叫" in folded:
        folded = COUNTED_NAMES_ASKED.sub(r"\1是哪\2", folded)
    if "的事" in folded:
        folded = WHEN_A_MATTER.sub("", folded)
    if "隔" in folded or "差" in folded:
        folded = INTERVAL.sub("分别是什么时候，相差多少", folded)
    if "比" in folded:
        folded = LATER_THAN.sub(r"和\1分别是什么时候，相差多少", folded)
        folded = MORE_THAN.sub(r"和\1相差多少", folded)
    if any(ch in folded for ch in "嘞丫哩来喃哒"):
        folded = FINAL_LEI.sub("", folded)
    if "吧" in folded and GUESSED.search(folded):
        folded = GUESS_BA.sub("吗", folded)
    if "好久" in folded:
        folded = WHEN_SICHUAN.sub("什么时候", folded)
    if "好大" in folded:
        folded = HOW_BIG_SOUTHERN.sub("多大", folded)
    # (again after the dialects' words: …好多㗎 ends as a question only without its 㗎)
    folded = haoduo_as_asked(folded)
    if "么" in folded:
        folded = HAKKA_WHAT.sub("什么", folded)
    if "甚" in folded:
        folded = SHANXI_WHAT.sub("什么", folded)
    if "哪达" in folded or "哪嗒" in folded or "哪哒" in folded:
        folded = WHERE_NADA.sub("哪里", folded)
    if "撒" in folded:
        folded = SA_WHAT.sub("啥", SA_FINAL.sub("", folded))
    if "嘛" in folded:
        folded = TIANJIN_WHAT.sub("什么", folded)
    if "块" in folded:
        folded = WHERE_KUAI.sub(r"\1哪里", folded)
    if folded.endswith(("是", "是?", "是？")) and OTHER_QUESTION_WORD.search(folded):
        folded = FINAL_SHI.sub("", folded)
    if "儿" in folded:
        folded = WORD_ER.sub("", NOUN_ER.sub("", folded)).replace("一块共", "一起共")
    if "当时" in folded:
        folded = WHEN_HOKKIEN.sub("是什么时候", folded)
    if "方" in folded:
        folded = COUNTRY_SIDE.sub(lambda m: SIDE_OF[m.group(1)], folded)
    if "何处" in folded or "哪里的" in folded:
        folded = WHICH_PLACE_OF_A_KIND.sub("哪个", folded)  # (上海何处高新区, 哪里的高新区)
    if "哪里" in folded:
        folded = WHICH_OF_TWO.sub(r"\1哪个", folded)
    if "何" in folded or "孰" in folded or "凡几" in folded or "之期" in folded:
        folded = CLASSICAL_WORDS.sub(lambda m: CLASSICAL[m.group(0)], folded)
    if "为何" in folded:
        folded = WHAT_IT_IS.sub("是什么", folded)
    if FINANCIAL_NUMERALS.search(folded):
        folded = FINANCIAL_NUMERALS.sub(lambda m: m.group(0).translate(FINANCIAL_DIGITS), folded)
    if "年" in folded:
        folded = YEAR_IN_WORDS.sub(lambda m: m.group(1).translate(YEAR_DIGITS), folded)
    if "格" in folded or "个" in folded:
        folded = GE_AS_DE.sub("的", WU_FINAL_GE.sub("的", folded))
    if "底几" in folded:
        folded = CHAOSHAN_HOW_MANY.sub("几", folded)
    if "平方" in folded:
        folded = SQUARE_SAID_SHORT.sub(r"\1平方米", folded)
    if "几大" in folded:
        folded = HOW_MANY_GREAT.sub("哪几大", folded)
    if "地块" in folded or "区" in folded:
        folded = CODE_IN_WORDS.sub(lambda m: m.group(1).translate(YEAR_DIGITS), folded)
    if "搭" in folded and WU_AND_COMPARED.search(folded):
        folded = WU_AND.sub("和", folded)
    if "体量" in folded:
        folded = VOLUME.sub(lambda m: "" if m.group("size") else "多少", folded)
    return WU_QUESTION.sub("吗", WU_FINAL.sub("的", folded))


# What the asker means to do with the answer or believes already, said after the question
# (…是多少？想跟2020年的4.5%对比下; …in 2020? I believe all are class 1 new drugs): nothing
# asked of the document, and its year or its words are not the ones asked.
_SCOPE = (r"园区|全区|全市|全省|全国|苏州市?|累计|新增|当年|年内|全年|口径|统计|万元|亿元|元|"
          r"的|数|这个|那个|数字|总数|总量")
# (an English remark after the question that asks nothing more)
_ASKS_NOTHING = r"(?![^?？]*\b(?:how|what|when|where|which|who)\b)"
REMARK_AFTER = lazy_regex(r"(?<=[?？])\s*"
                          # (…？国际科技园是60亿，我想对比一下: what the asker knows, then why)
                          r"(?:(?![^?？!！。，,]*(?:呢|吗|多少|几|哪|什么|谁|啥))"
                          r"[^?？!！。，,]{1,20}[，,]\s*(?=(?:我|我们)?(?:想|要|准备|打算|好)))?"
                          r"(?:(?:我|我们)?(?:想|要|准备|打算|好|用来|为了)"
                          r"[^?？!！。]*?(?:对比|比较|比一比|比一下|比比|比)|"
                          r"(?:我|我们)?(?:记得|觉得|以为|印象中|好像|听说|说是|据说|听人说|有人说|"
                          r"网上说|只看到|只查到|"
                          r"只找到|看到的是|查到的是)|"
                          # (…? Want to compare against the Nano City numbers.)
                          r"(?:(?:i|we) )?(?:want|wanna|need|would like|'d like|hope|plan) to "
                          r"(?:compare|benchmark|contrast|check (?:it )?against)\b|"
                          r"(?:for (?:a )?(?:comparison|benchmarking)|to compare with)\b|"
                          # (…? Need the list for a BD deck. / Asking for a client report.)
                          r"(?:(?:i|we) )?(?:need|needed|want) (?:it|this|that|them|the \w+ ?\w*) "
                          r"(?:for|in)\b|(?:(?:i'?m|we'?re) )?(?:asking|writing|preparing|working) "
                          r"(?:this )?(?:for|on|up)\b|(?:it'?s|this is) for (?:a|an|my|our)\b|"
                          r"(?:(?:i|we) )?need\b[^?？]*?\bfor (?:my|our|a|an)\b|"
                          # (…? We're a Scottish startup, …: who asks, what they are)
                          r"(?:i'?m|i am|we'?re|we are|my|our) (?![^?？]*\b(?:how|what|when|where|"
                          r"which)\b)|"
                          # (…? I grow maize here in Choma, just curious: of the asker, no
                          # question of its own)
                          # (one with a figure is a guess to check, read as such elsewhere)
                          r"(?:i|we) (?![^?？]*\b(?:how|what|when|where|which|who|whose|whom)\b)"
                          r"(?![^?？]*[\d\u4e00-\u9fff])(?=[^?？]*$)|"
                          # (…? I want to visit the area when I come for the fair: a visit
                          # planned, its "when" the asker's own)
                          r"(?:(?:i|we) )?(?:want|plan|hope|intend|would like|'d like|am going|"
                          r"'m going|are going) to (?:visit|come|go|see|travel|tour|attend|"
                          r"drop by|stop by)\b(?![^?？]*\b(?:how|what|where|which|who)\b)"
                          r"(?![^?？]*\bwhen\b(?! (?:i|we)\b))|"
                          # (…? Trying to copy this model for Guam: what the asker means to do)
                          r"(?:(?:i'?m|i am|we'?re|we are) )?(?:trying|hoping|planning|looking|"
                          rf"going) to {_ASKS_NOTHING}|"
                          # (…? a coating firm in our port may be interested: who else, why)
                          rf"{_ASKS_NOTHING}[^?？]*\b(?:my|our)\b"
                          r"[^?？]*\b(?:may|might|could|would|will) be interested\b|"
                          r"(?:i|we) (?:believe|think|guess|assume|suppose|heard|recall|mean|"
                          r"only (?:saw|see|found|find))\b|"
                          # (…? I've seen 29 and 196 quoted: what the asker has come across)
                          r"(?:i'?ve|i have|we'?ve|we have) (?:seen|heard|read|come across)\b|"
                          # (…? Allyuh gave it for the Science Park, so surely…: what the
                          # asker saw given for another thing)
                          r"(?:you|y'?all|allyuh|they|it) (?:gave|give|gives|listed|lists|"
                          r"showed|shows|mentioned|mentions|had|has|have)"
                          r"(?: (?:it|that|this|them|one|the figure|a figure))? for\b|"
                          # (…? cuz I seen both: why the asker asks)
                          r"(?:cuz|coz|cos|'?cause|because) (?:i|we)\b|"
                          # (…? sounds high. …? seems a lot: the asker's impression)
                          r"(?:(?:that|it|this) )?(?:sounds|seems|looks) (?:very |quite |really |"
                          r"pretty |so )?(?:high|low|big|small|a lot|like a lot|huge|impressive|"
                          r"right|off|like)\b|"
                          # (…? looking for suppliers: what the asker is after)
                          r"(?:(?:i'?m|we'?re|i am|we are) )?looking for\b|"
                          # (…? the chapter seems to say both: what the asker read)
                          r"(?:the (?:chapter|document|yearbook|book|text|report|article)|it)"
                          r" (?:seems|appears|says|said|mentions|states|reads)\b|"
                          # (…？带客户去看场地, 给学生讲课用: whom it is for, what for)
                          r"(?:我|我们)?(?:要|想|准备|打算)?(?:带|陪|领)[^?？!！。]{1,8}?"
                          r"(?:去|来|参观|看)|"
                          r"(?:我|我们)?(?:要|想|准备|打算)?(?:给|替|帮|为)[^?？!！。]{1,8}?"
                          r"(?:讲|介绍|解释|准备|写|做|汇报)[^?？!！。]{0,8}?用?$|"
                          r"[^?？!！。]{1,10}?(?:要用|用的|急用)$|"
                          # (…？随便举一个就行, 说两个即可: how much to answer)
                          r"(?:随便|随意|任意)?(?:举|说|列|给我?)出?(?:一|两|几|1|2)个"
                          r"(?:例子)?(?:就行|就好|就可以|即可|就够)|"
                          # (…？是园区的数还是全市的, 是累计还是新增: which scope, which the
                          # answer's figure says)
                          rf"(?:是|算)?(?:{_SCOPE})+还是(?:{_SCOPE})+[?？]*$|"
                          # (…？一家是分中心好像: a guess, its hedge at the end)
                          r"(?![^?？!！。]*(?:呢|吗|多少|几|哪|什么|谁|啥))"
                          r"[^?？!！。]{2,20}?(?:好像|似乎|貌似)(?=[。.!！~]*$)|"
                          # (…？我们今年才评了300个: the asker's own figure, to compare)
                          r"(?:我们|咱们|我)[^?？!！。]{0,16}?\d)"
                          r"[^?？!！。]*[。.!！]?$")
# ... or after a comma (…录用了多少人，我们实验室招了60个).
OWN_FIGURE_AFTER = lazy_regex(r"(?<=[\u4e00-\u9fff])[，,]\s*(?:我们|咱们)[^?？!！。，,]{0,16}?\d"
                              r"[^?？!！。，,]*[。.!！]?$")


TEXT_AFTER_QUESTION_MARK = lazy_regex(r"[?？]\s*\S")
# A hint of the name asked, in brackets after its kind, its unknown part left out (Which
# Shanghai zone (上海…高新区) …): the asker's guess at the answer, no name asked about.
KIND_HINTED = lazy_regex(r"(\bwhich(?: [a-z-]+){1,4})\s*[(（][^()（）]{0,12}(?:…|\.\.\.)"
                         r"[^()（）]{0,12}[)）]")
# The kind of thing a which-question asks for (by which ministry, what kind of body).
EN_KIND_ASKED = lazy_regex(r"\b(?:which|what)\s+(?:(?:kind|type|sort) of\s+)?([a-z]+)")
# Comparatives and superlatives (which is bigger, the smallest): how the things asked
# compare, no word of the document's.
EN_COMPARED = lazy_regex(r"\b(?:bigg|larg|small|few|great|high|low)(?:er|est)\b")
# A guess after the question, its tag asking the asker's own belief (…? Some big science kit,
# aye?): what the answer will say, no words of what is asked.
# (…? Innovent na?, …? Is it Innovent?: a tag after the guess without a comma, or the guess
# asked as a yes or no)
TAGGED_GUESS_AFTER = lazy_regex(r"(?<=[?？])\s*(?:[^?？]{2,60}?,\s*(?:aye|right|eh|yeah|yes|innit|"
                                r"isn'?t it|correct|no|ya|na|da)|[^?？,]{2,40}?\s+(?:right|na|da|"
                                r"innit|aye)|"
                                # (…? NMPA izzit? …? the 20th I think?; not …? and where is it?)
                                r"(?:(?!\b(?:how|what|when|where|which|who|whom|whose|why)\b)"
                                r"[^?？,]){2,40}?\s+(?:is it|izzit|i think|i guess)|"
                                # (…? the 20th?: an ordinal guessed, which the answer says)
                                r"(?:the\s+)?\d{1,3}(?:st|nd|rd|th)(?:\s+(?:one|meeting|session))?|"
                                # (…? Something Cold Spring Harbor?: a half-remembered name)
                                r"(?:is it|was it|is that|maybe|probably|something(?: like)?)\s+"
                                r"[^?？]{2,40}?)\s*[?？]\s*$", re.I)
# A guess of one or two words after a which-question (…listed on which exchange? HKEX?): the
# answer it expects, no second question (and Kintor?, what about BioBAY? ask one).
WHICH_GUESSED_AFTER = lazy_regex(r"(\bwhich\s+[a-z]+\s*[?？])\s*(?!(?:and|or|what|how|when|where|"
                                 r"which|who|also|then|plus)\b)[a-z0-9*&.'-]+(?:\s+[a-z0-9*&.'-]+)?"
                                 r"\s*[?？]\s*$")
# What the asker knows already, said after the question (…output value? Science Park one I
# know, need Nano City): no second question, and no name asked about.
EN_KNOWN_AFTER = lazy_regex(r"(?<=[?？])\s*[^?？]{0,50}?\b(?:i (?:already |do )?know|"
                            r"i(?:'ve| have) (?:already )?(?:got|seen|found))\b"
                            # (…? Harvard I know, who else: what else is asked)
                            r"(?![^?？]*\b(?:who|what|which|where|when|how|else)\b)[^?？]*$")
QUESTION_MARK_THEN = lazy_regex(r"[?？]+(?=\s*\S)")
# A place named last, in capitals, in the sentence that asks (…innovation center in Tel
# Aviv?): a place of its own, no more of the name before it, unless the document or its
# pinyin knows its words (not a month: in December).
EN_IN_PLACE_LAST = lazy_regex(r"\b(?:in|at) ((?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+)\s*[?.!]*\s*$")
MONTHS_AND_DAYS = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday spring summer autumn "
    "winter".split())
# The asker's guess at the figure, put after the question (…, is it around 1800? / …？是
# 1800家左右吗): what to check the answer against, no figure the question is about.
GUESSED_FIGURE = lazy_regex(
    r"(?:[,，?？]\s*|\s(?=or\b))(?:(?:or|is it|is that|it's|it is|was it|maybe|perhaps|"
    r"probably|i think|i guess|i heard|heard|someone said|people say|they say|i was told|"
    r"(?:someone|somebody|a friend|people|they) told me|"
    r"like|something like|"
    # (…? Is it so that it is above 2000 bn?)
    r"is it (?:so|true|right|correct) that(?: it is| it's)?)\s+)*"
    r"(?:(?:around|about|roughly|approximately|approx\.?|close to|nearly|almost|over|"
    r"more than|at least|some|above|below|under|beyond|exceeding|in excess of)\s+)?"
    r"\d[\d,.]*(?:-odd)?\s*(?:[a-z%]+\s*)?(?:or so|or more|\+)?"
    # (…? 430 vs 650 right: a guess at each of two)
    r"(?:\s*(?:vs\.?|versus|and|/)\s*\d[\d,.]*\s*(?:[a-z%]+\s*)?)?"
    # (…? heard 2000 la: Singapore's particle after the guess)
    r"\s*(?:right|correct)?\s*(?:la|lah|leh|lor|ah|hor)?\??\s*$|"
    r"(?:[，,?？]\s*)(?:是不是|是|有|大概|大约|差不多|估计|应该|将近|接近|超过|约)*"
    # (…？800个亿有伐: the figure, then whether it holds)
    r"\d+(?:\.\d+)?个?[万亿]?[余多]?[家个人件项名所张元%]?(?:左右|上下|多|以上)?"
    r"(?:有|到|够)?(?:吧|吗|么|嘛|对吧|是吧|对吗|没有?)?[?？]*$|"
    # (…？稿子写的281人对不对: what a draft or someone says, to be checked)
    r"(?:[，,?？]\s*)[\u4e00-\u9fff]{0,4}?(?:写的|说的|写着|说是|讲的)(?:是)?"
    r"\d+(?:\.\d+)?[万亿]?[余多]?[家个人件项名所张元%支]?(?:左右)?"
    r"(?:对不对|对吗|准不准|没错吧|是吧|吧|吗)?[?？]*$")
# A place said of a thing (在成都, 位于苏州): no content when its name says it already.
PLACE_RESTATED = lazy_regex(r"(?:位于|在|于)(?=[\u4e00-\u9fff]{2})")
# A city typed right after a name (斯派克学院 成都; folding leaves a · for the space).
CITY_AFTER_NAME = lazy_regex(rf"[·\s]?({OTHER_PLACE_PREFIX.pattern})(?:市)?·?")
# Chinese words typed after a space once the question is asked (see
# Reader._without_spaced_aside).
RANK_SAID = lazy_regex(r"第[一二三四五六七八九十\d]|最|排名|排行|排第")  # (排第一: no aside)
SPACED_ASIDE = lazy_regex(r"(?<=[\u4e00-\u9fff])\s+([\u4e00-\u9fff]{4,14})[。.!！~]*$")
# Chinese words after the question's last question mark (see Reader._without_aside).
ASIDE_AFTER_QUESTION = lazy_regex(r"[?？]\s*([^?？a-z0-9]{3,20}?)[。.!！~]*$")
# The place after a name several things share (… Center in Beijing; see
# Reader._told_apart).
EN_PLACE_AFTER_NAME = lazy_regex(r"\s+(?:in|at)\s+([a-z]+(?: [a-z]+)?)")
# What the asker will do with the answer, after the question (…占地多大？我想让学生自己换算成
# 几个足球场，先告诉我面积): asks nothing of the document, whatever its question words.
PURPOSE_AFTER_QUESTION = lazy_regex(r"[?？]\s*((?:列一下|列出来)?(?:我|俺|咱)们?"
                                    r"(?:想|要|打算|准备|得|好|放|用|做|写)"
                                    r"(?![^?？]*(?:知道|问|了解|查|请教))[^?？]{2,40}?)[。.!！~]*$|"
                                    # (…多少家，PPT要用最新数: the slides the figure is for)
                                    r"[?？，,]\s*((?:PPT|ppt|报告|材料|汇报|稿子|表格)[里中上]?"
                                    r"(?:要|得)用[^?？，,]{0,12}|"
                                    # (…，写新闻稿用: what the answer is for)
                                    r"(?:写|做|放|填|交|发|准备|整理)[^?？，,。]{1,8}?用的?|"
                                    # (…都列一下，我好跟人讲: whom the asker will tell)
                                    r"(?:我|俺|咱)们?好(?:跟|和|给|同|向)[^?？，,。]{0,6}?"
                                    r"(?:讲|说|解释|介绍|交代)[^?？，,。]{0,4})"
                                    r"[。.!！~]*$")
# What the asker does not know, after the question (…建筑面积多大，有没有空的办公位不知道):
# no question to the document, when its words are none of the document's.
WONDERED_AFTER = lazy_regex(r"[，,]\s*([^?？，,。]{2,16}?(?:不知道|不清楚|不晓得|不确定)[呢啊哈]?)"
                            r"[。.!！~?？]*$")
# (and after the question's mark, what the asker does not know: …？这个指标我不晓得么子意思)
UNKNOWN_TO_ASKER = lazy_regex(r"[?？]\s*([^?？，,。]{0,8}?(?:我|俺)也?(?:不知道|不清楚|不晓得|不懂|"
                              r"搞不懂|不明白)[^?？]{0,16})[。.!！~]*$")
# A remark in brackets at the question's end (（做统计表用，请给准确数）; folded brackets).
RULED_OUT = lazy_regex(r"不含|不包括|不算|不是|仅|只|除|以外|之外")  # (（仅发明，不含PCT）: asked)
# The form a date or figure is wanted in, in brackets (（年月日）, (yyyy-mm-dd), （精确到日）).
FORMAT_ASKED = lazy_regex(r"年月日|年-?月-?日|年/月/日|年月|yyyy[-/.]?mm(?:[-/.]?dd)?|"
                          r"(?:精确|具体)到[年月日天号个位]|阿拉伯数字|数字")
BRACKETED_REMARK = lazy_regex(r"\(([^()]{2,24})\)[\s。.!！?？]*$")
# 呢 after something going on (孙女正考研呢): no question.
PROGRESSIVE_NE = lazy_regex(r"(?:正在|正)(?![^呢]*(?:哪|谁|啥|什么|几|多少))[^?？，,。]{1,8}呢")
# A share asked in points (占GDP几个点, 多少个百分点).
POINTS_ASKED = lazy_regex(r"(?:多少|几)个?(?:百分)?点(?![钟半])")
# What the asker rules out, after the question (规划建筑面积是多少（规划值，不是已建成载体）;
# …，不是新增的那个): no words of what is asked.
NOT_THIS = lazy_regex(r"(?<=[，,（(？?])\s*(?:而)?(?:不是|并非|不要|别)"
                      # (…，不是硕士的有几个: a clause that asks is no exclusion)
                      r"(?![^，,。？?）)!！]*(?:多少|几|好多))[^，,。？?）)!！]{2,12}"
                      r"(?=[）)，,。？?!！]|$)")
# A change the asker states beside the count asked (how many firms … — up 37% on last year):
# what they know of it, asking no share.
# 's before "the" or a verb of repute is "is", never a possessive (Nano City's the world's
# biggest what; Nano City's reckoned…); reckoned the, considered as the: to be the.
EN_IS_CONTRACTED = lazy_regex(r"(?<=[a-z])['’]s\s+(?=(?:the|reckoned|considered|regarded|"
                              r"rated|deemed|known|called|dubbed|hailed|billed)\b)")
EN_REPUTED = lazy_regex(r"\b(reckoned|considered|regarded|rated|deemed)\s+(?:as\s+)?"
                        r"(?=the\b)")
EN_COUNT_ASKED = lazy_regex(r"\bh?ow many (?!percent|per cent|%|points?\b)[a-z]")  # ('ow)
EN_CHANGE_STATED = lazy_regex(r"\s*(?:[,—–(]|\s-)\s*(?:that's |that is |which is |it was |"
                              r"so )?(?:up|down|a rise of|an increase of|a growth of|growth of"
                              r"|increased by|grew by|rose by) \d+(?:\.\d+)?\s?%"
                              r"(?: (?:on|from|over|against|versus|vs\.?|than|compared to|"
                              r"compared with) (?:the year before|last year|the previous year|"
                              r"the prior year|2019)| year[- ]on[- ]year| yoy)?\)?"
                              # (…, up 58% idden it?: a tag asking it be agreed, nothing more)
                              r"(?:,?\s*(?:isn't it|isnt it|idden it|innit|right|eh|yeah|"
                              r"no))?"
                              r"(?=\s*[,.;?!)]|\s*$)")
# One of two named, the other asked (一家是信达生物，另一家是啥公司): all but the one named.
THE_OTHER_ASKED = lazy_regex(r"一([家个所位])是([^，,。？?]{2,24}?)[，,]\s*(?:那)?另(?:外)?一\1?"
                             r"(?:家|个|所|位)?(?:是|叫)(?:啥|什么|哪)[家个所位]?")
# (and in English: …in 2020? not applications, granted.)
EN_NOT_THIS = lazy_regex(r"(?<=[,(?])\s*(?:but |and )?not (?:the |any )?[a-z-]+(?: [a-z-]+)?"
                         r"(?=\s*[,.;)!?]|\s*$)")
# An exclamation after the question (…一年产值多少 厉害了): it asks nothing.
EXCLAIMED = lazy_regex(r"(?:厉害了?|牛[逼b]?啊?|太强了|绝了|666+|哇塞?|哈哈+|真棒|好家伙)"
                       r"[!！~。]*$")
# The asker's words after a question with no mark (…录用了多少人 我侄子想去): folded, the
# space is gone; what follows the count asked and opens with the asker.
ASIDE_AFTER_ASKING = lazy_regex(r"(?:多少|几)[^我咱俺?？，,。]{0,3}((?:我|咱|俺)[^?？，,。]{1,14}?)"
                                r"[。.!！~]*$")
# What the asker heard or remembers, after the count asked with no mark between
# What the asker remembers, a clause of its own before the question (我印象中是2019年年底
# 的事，到底是哪天…; 好像都在2020年6月，…哪个在先): its date is no constraint (its names
# are still what is asked about).
RECALLING = r"(?:我|我们)?(?:记得|印象中|印象里|以为|觉得|好像)"
WH = r"多少|几|哪|什么|谁|啥"  # words asking what, not whether (吗, 呢)
RECALLED_BEFORE_ASKING = lazy_regex(
    rf"(?:^|(?<=[，,。]))\s*{RECALLING}(?:(?!吗|呢|{WH})[^，,。？?！!])*[，,。？?]\s*"
    rf"(?=[^。]*(?:{WH}))")  # (…，对吗: the remembered is what is checked)
# What the asker heard said of a place before asking about it (听说纳米城不错，纳米城在哪): an
# opinion, no words of what is asked.
OPINION_BEFORE_ASKING = lazy_regex(
    rf"(?:^|(?<=[，,。]))\s*(?:听说|据说|都说|听人说|大家都说)(?:(?!吗|呢|{WH})[^，,。？?！!]){{1,12}}?"
    rf"(?:不错|挺好|很好|厉害|有名|很牛|挺牛)[的啊呀]?[，,。]\s*(?=[^。]*(?:{WH}))")
# A guess said after the question, in a clause of its own (，是不是七月; ，是国际科技园吧;
# ，上海那边是不是瑞金医院): checked by the answer, not asked.
GUESS_AFTER_ASKING = lazy_regex(r"[，,？?]\s*[^，,。？?！!]{0,8}?(?:是不是|是否|应该是|是)"
                                r"[^，,。？?！!]{1,15}?(?:吧|吗|啊|呀|呢)?[？?！!。]*$")
WH_ASKED = lazy_regex(WH)
# A number said in a guess after the question mark (？係咪2019年, 阿是三百多家): not 同一天's 一.
NUMBER_SAID = lazy_regex(r"\d|[一二三四五六七八九两][十百千万]|[十百千万][多余来]?[家个人件项]")
# Numbers said roughly (好几百亿, 四百来家, 一万多人): a guess, asking nothing.
APPROXIMATE = lazy_regex(r"好几|几[十百千万亿]|[十百千万]几")
_QUANTITY = (r"(?:好)?[一二两三四五六七八九十几\d][一二两三四五六七八九十百千万亿几\d.]*"
             r"(?:来|多|余)?[十百千万亿]*(?:[家个人名位件张项所支]|万元|亿元|元)?")
QUANTITY_GUESSED = lazy_regex(rf"(?:是不是|是否|应该是|是)(?:有)?{_QUANTITY}(?:吧|吗|啊|呀|呢)?"
                              r"[？?！!。]*$")
# (…全市第一，: a rank heard, no quantity)
QUANTITY_HEARD = lazy_regex(rf"(?:我|我们)?(?:听说|据说|好像|印象中)([^，,。？?]{{0,20}}?)"
                            rf"(?:有|是|约)?(?<!第){_QUANTITY}(?=[，,])")
RECALLED_WHEN = lazy_regex(r"(?:\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}[日号])?"
                           r"(?<=[年月日号])(?:年底|年初|年中|底|初|中旬|上旬|下旬)?")
# ... and the words that say nothing else (我印象中是…的事, 好像都在…, 我记得是同一天办的).
RECALLED_ONLY = lazy_regex(rf"{RECALLING}|同一天|同一时间|同时|差不多|左右|大概|应该|的事|"
                           r"[是都在的了办搞弄也还就\s，,。？?]")


def _recalled(m: re.Match[str]) -> str:
    """A remembered clause without its date; nothing when that is all it says."""
    clause = RECALLED_WHEN.sub("", m.group(0))
    return clause if len(RECALLED_ONLY.sub("", clause)) >= 2 else ""


# (…多少家听说排全市第二, …几个我记得挺多): no words of what is asked.
HEARSAY_AFTER_ASKING = lazy_regex(r"(?:多少|几)[家个人件项名所位张批类支]?[呢啊]?"
                                  r"((?:我|我们)?(?:听说|据说|好像|印象中|记得|有人说)"
                                  r"[^?？，,。]{1,16})[。.!！~]*$")
# A share ruled out (not the percent, 非问占比): the units asked are the others'.
NOT_WORD = lazy_regex(r"\bnot?\b|\babsolute\b|\brather than\b|\binstead of\b|不是|非|不要|不问|"
                      r"不用|别|光|只|绝对")
NOT_A_SHARE = lazy_regex(r"\b(?:not|no|rather than|instead of) (?:the |da |a |as a |in )?"
                         r"(?:%\s*)?(?:percent(?:age)?|share|ratio|"
                         r"proportion)s?\b|\babsolute (?:amount|number|figure|value|terms)\b|"
                         r"(?:不是|非|不要|不问|不用|别)(?:问|要)?(?:占比|比例|比重|百分比)|"
                         # (绝对金额, 光说比例: the amount, the document's share not wanted)
                         r"绝对(?=金额|数额|值|数)|(?:光|只)(?:说|给|有|提|讲)了?(?:占比|比例|比重|"
                         r"百分比)")
ASKED_BEFORE_GUESS = lazy_regex(r"多少|几|how (?:many|much)|\bwhat (?:is|was|are|were) the "
                                r"(?:amount|number|count|size|total|value|scale)\b")
# A figure stated and asked yes or no (园区有400多家省级以上研发机构吗, …是1840家对吧): the
# figure is what is checked, so it is asked, and the document's own is the answer.
CHECKED_FIGURE = lazy_regex(r"(?<![第\d.])\d+(?:\.\d+)?([万亿]?)(?:余|多|来)?"
                            r"(?=[家个人件项名所张支批类位元%]|平方米)")
CHECKED_YES_NO = lazy_regex(rf"(?:{FIGURE_CHECK}|吗|么|嘛|是吗|对吧|是吧|"
                            # (…是397家吧: 吧 after a count, a figure put to be confirmed)
                            r"(?<=[\d家个人件项名所张支批类位元%])吧)[?？。!！]*$")
# (…是9月28号上市的吧: a deed's day put to be confirmed)
DEED_BA = lazy_regex(r"的吧[?？。!！]*$")
ASKS_OTHERWISE = lazy_regex(r"多少|几|哪|什么|谁|啥|何|怎么|如何|是不是|有没有")
# (…入驻企业是不是400家？: whether the figure is the one, put at the question's end)
WHETHER_FIGURE = lazy_regex(r"(?:是不是|是否)(?:有|为)?(?:约|近|超过)?\d+(?:\.\d+)?[万亿]?"
                            r"(?:余|多|来)?[家个人件项名所张支批类位元%](?:左右)?(?:吧|吗|呢|啊)?"
                            r"[?？。!！]*$")
# A day (or month) stated before the deed it dates (2020年11月8日启动), asked yes or no.
CHECKED_DATE = lazy_regex(r"(?:\d{4}年)?\d{1,2}月(?:\d{1,2}[日号])?"
                          # (2020年9月28号在港交所上市的吗: where, then the deed)
                          r"(?=(?:在[\u4e00-\u9fff]{1,8}?)?(?:正式)?(?:启动|揭牌|成立|"
                          r"签署|签约|上市|挂牌|开工|竣工|启用|投用|开业|举行|举办|发布|落户|入驻))")


# The same in English (does SIP have 400-plus R&D institutions?, I read it has 1,840 … — is
# that right?): a count, not a year, before the words it counts.
EN_CHECKED_COUNT = lazy_regex(
    r"(?:\b(?:over|about|around|nearly|almost|more than|some|roughly|approximately)\s+)?"
    # (not the number of a phase, batch or plot: phase 2, is it open)
    r"(?<![\w.,])(?<!\bphase )(?<!\bphases )(?<!\bbatch )(?<!\bplot )(?<!\bno\. )"
    r"(?!(?:19|20)\d\d\b)\d[\d,]*(?:\.\d+)?(?:\s*-?\s*(?:plus|odd)\b|\+)?(?=\s+[a-z])")
EN_YES_NO = lazy_regex(
    r"^(?:[^,:.!?]{0,30}[,:.!]\s*)?(?:is it (?:true|right|correct) that|(?:i|we) (?:read|heard|"
    r"saw|was told)(?: that)?|is|are|does|do|did|has|have|was|were)\b|"
    r"\b(?:is (?:that|this|it) (?:right|true|correct|accurate)|are (?:those|these|the) "
    r"(?:numbers|figures|counts) (?:right|correct|accurate)|right|correct)\?*\s*$")
EN_CLAUSE_JOINT = lazy_regex(r"(?:\band|,)\s+")
EN_ASKS_OTHERWISE = lazy_regex(r"\b(?:how|what|which|when|where|who|whom|whose|why)\b")
# (… . Are those numbers right?: a sentence of its own asking only that)
EN_CHECK_SENTENCE = lazy_regex(r"(?<=[.!])\s*(?:is|are) (?:that|this|it|those|these|the) "
                               r"(?:numbers? |figures? |counts? )?(?:right|true|correct|accurate)"
                               r"\?*\s*$")


# Where the asker read or heard what follows (我看到…, 听说…), before it: asks nothing.
# (我爸说…, 群里有人说…: what one of the asker's people said)
# (俺听说: the dialects' I; 我嗦粉的时候听客人讲…: when, and from whom, the asker heard it)
ASKER_SAW = lazy_regex(r"^(?:(?:我|我们|俺)?(?:[\u4e00-\u9fff]{1,8}?的?时候)?"
                       r"(?:看到|看见|读到|查到|注意到|听说|听人说|听[\u4e00-\u9fff]{1,3}?[说讲])"
                       r"(?:说|了|过)?|"
                       r"据说|据报道|报道说|(?:群里|朋友圈|网上)?有人说|网上说|网传|网上传|传言|"
                       rf"有消息说|坊间传闻?|(?:我|咱){KIN}(?:说|讲))"
                       r"(?=[\u4e00-\u9fff]{3})")


# Whom the asker will tell, opening the question (给游客讲讲…, 怎么介绍…): asks nothing.
_TO_AUDIENCE = rf"(?:给|跟|向|对)(?:{AUDIENCE})"
TELLING_FRAME = lazy_regex(rf"^(?:请|帮我)?(?:{_TO_AUDIENCE}(?:讲讲|讲一讲|讲一下|说说|说一说|"
                           rf"说一下|介绍一下|介绍介绍|介绍)|怎么(?:{_TO_AUDIENCE})?介绍(?:一下)?)"
                           r"(?=[\u4e00-\u9fff]{3})")


# … and in English, a sentence of its own before the question.
EN_ASKER_SAW = lazy_regex(r"(?:(?:i|we) (?:understand|heard|have heard|read|have read|know|saw|"
                          r"was told|were told|learned|gather|believe)|"
                          # (The yearbook says …. So what …?: a premise restated, then asked)
                          r"(?:the|this) (?:yearbook|chapter|document|report|book|text|entry) "
                          r"(?:says|states|mentions|notes|reports|tells me))(?: that)? [^.?!]{8,}"
                          r"[.!]\s+(?:so,? )?(?=\S)")
EN_ASKED_ALONE = 6  # words the question after it has, to be asked without it
EN_REFERS_BACK = lazy_regex(r"\b(?:it|its|they|their|them)\b|\bthe (?:\w+ )?total\b")
PREMISE_NUMBER = lazy_regex(r"\b(?:over |nearly |about |some )?\d[\d,.]*(?:%|-\w+)?")


def figure_checked(folded: str) -> str:
    """``folded`` with the figures it states asked (多少, how many), when it asks only yes or
    no."""
    if english.has_latin(folded) and not rx(r"[\u4e00-\u9fff]").search(folded):
        if (not EN_YES_NO.search(folded) or EN_ASKS_OTHERWISE.search(folded)
                or not EN_CHECKED_COUNT.search(folded)):
            return folded
        # (… and jointly built 40-odd: a later count asked where its clause begins)
        joints = [ends[-1] for previous, count in pairwise(EN_CHECKED_COUNT.finditer(folded))
                  if (ends := [m.end() for m in EN_CLAUSE_JOINT.finditer(
                      folded, previous.end(), count.start())])]
        for joint in reversed(joints):
            folded = folded[:joint] + "how many " + folded[joint:]
        # (its check kept: a premise put to be confirmed, …, right?, is corrected when wrong)
        return "how many " + EN_CHECK_SENTENCE.sub("?", EN_CHECKED_COUNT.sub("", folded))
    if (not CHECKED_YES_NO.search(folded) or ASKS_OTHERWISE.search(folded)) and (
            not (whether := WHETHER_FIGURE.search(folded))
            or ASKS_OTHERWISE.search(folded, 0, whether.start())):
        return folded
    stated = CHECKED_FIGURE.findall(folded)
    if len(stated) != 1:
        return folded
    # (its yes or no kept: a premise put to be confirmed, …对吧, is corrected when wrong)
    return CHECKED_FIGURE.sub(lambda m: "多少" + m.group(1), folded)


# Typed a character at a time, a space after each (2 0 2 0 年 5 月: large print, or a
# screen reader's keyboard): its numbers too, not only its characters, are one word.
SPACED_OUT = lazy_regex(r"(?:[\u4e00-\u9fff\d] ){4,}")
SPACED_DIGITS = lazy_regex(r"(?<=\d) (?=\d)")


# A name in the document's characters, then in Latin letters in brackets (再鼎医药 (Zai
# Lab)): the document's name said twice; the characters are the one it writes.
# (not an acronym in capitals: 专利（PCT）申请 asks of PCT)
NAME_GLOSSED = lazy_regex(r"(?<=[\u4e00-\u9fff])\s*[（(]\s*(?=[^)）]*[a-z])"
                          r"[A-Za-z][A-Za-z .&'*-]{2,40}?\s*[)）]")


# …and a name in Latin letters glossed in characters after it (the Sino-US Biomedical
# Innovation Center (中美生物医药创新中心)): the characters' name; the Latin words are no
# words of what is asked. (A short gloss, 斯派克 or 开拓药业, may be of a part: both kept.)
LATIN_NAME_GLOSSED = lazy_regex(r"\b[A-Z][\w&'*.-]*(?:\s+(?:(?:of|and|for|the|&)\s+)?"
                                r"[A-Z][\w&'*.-]*)*\s*(?=[（(]\s*[\u4e00-\u9fff]{6,30}\s*[)）])")


def _unglossed(raw: str) -> str:
    if "(" not in raw and "（" not in raw:
        return raw
    return LATIN_NAME_GLOSSED.sub("", NAME_GLOSSED.sub("", raw))


def _spaced_places(raw: str) -> str:
    if " " not in raw:
        return raw
    if SPACED_OUT.search(raw):
        raw = SPACED_DIGITS.sub("", raw)
    return CITY_THEN_SPACE.sub(r"\1·", to_simplified(raw))


def _typed(raw: str, words: str) -> re.Match[str] | None:
    """Where English ``words`` stand in the question as typed, whole, in any case."""
    return regex(rf"(?<![A-Za-z]){re.escape(words)}(?![A-Za-z])", re.IGNORECASE).search(raw)


# A person's name after a title (Dr. Shen here; Prof. Lin): no place.
EN_TITLED = lazy_regex(r"\b(?:Dr|Mr|Mrs|Ms|Miss|Prof|Professor)\.?\s+([A-Z][a-z]+)")


def _asker_words(asked: str) -> set[str]:
    """The words of what the asker says of themselves only (I'm at a Canadian university;
    could you tell me…): no place asked of."""
    return _words_only_in(asked, [m.group(0) for m in EN_ASKER_SAYS.finditer(asked)
                                  if not EN_ASKING.search(m.group(0))])[0]


def _words_only_in(text: str, clauses: list[str]) -> tuple[set[str], str]:
    """The words (lower case) of ``clauses``, parts of ``text``, that the rest of it does not
    say; and that rest."""
    rest = text
    for clause in clauses:
        rest = rest.replace(clause, " ")
    said = {w.lower() for clause in clauses for w in rx(r"[A-Za-z]+").findall(clause)}
    return said - {w.lower() for w in rx(r"[A-Za-z]+").findall(rest)}, rest


# An English -ing word typed as spoken (fundin, leadin', buildin): read with its g.
G_DROPPED = lazy_regex(r"\b[a-z]{4,}in\b")
# An English word typed without its h, an apostrophe for it ('ub, 'igh-tech): read with it.
H_DROPPED = lazy_regex(r"(?<![A-Za-z])['’]([A-Za-z]{2,})\b")


def _with_h(m: re.Match[str]) -> str:
    """The word with its h when only that is English ('ub: hub); a quoted word as it is."""
    word = m.group(1)
    if english_word(word.lower()) or not english_word("h" + word.lower()):
        return m.group(0)
    return ("H" if word[0].isupper() else "h") + word


# A Pijin verb's transitive -im (listim, hirem, teamim up): the English verb it is made of.
PIJIN_IM = lazy_regex(r"\b[a-z]{3,}(?:im|em)\b")


@cache
def _table_words() -> frozenset[str]:
    """Every word of the abbreviations' and other languages' table, its phrases' too."""
    return frozenset(word for key in english.words.ABBREVIATIONS for word in key.split())


def _without_im(m: re.Match[str]) -> str:
    """The English verb of a Pijin -im word (listim: list, hirem: hire); an English word
    (claim, system, them) or a name as it is."""
    word = m.group(0)
    if word in _table_words() or spelling.is_english(word):
        return word  # (wanem, kisim, dev borem korum: the table's own words)
    stem = next((s for s in (word[:-2], word[:-1]) if len(s) >= 3 and s.isalpha()
                 and s in spelling.dictionary_words()), None)
    return stem or word


def _with_g(m: re.Match[str]) -> str:
    """The word with its g when it is a verb's -ing (fund, cultivate, plan): not a name in
    pinyin (zhongxin, whose zhongxing is a word too)."""
    word = m.group(0)
    if english_word(word):
        return word  # (within, certain: English as typed, no need to build the word set)
    stem = word[:-2]
    verb = spelling.is_english(stem) or spelling.is_english(stem + "e") or (
        stem[-1] == stem[-2] and spelling.is_english(stem[:-1]))
    return word + "g" if verb and spelling.dropped_g(word) else word


def _hearsay_words(folded: str) -> set[str]:
    """The words only a clause of hearsay holds (see EN_HEARSAY), when another clause asks."""
    words, rest = _words_only_in(folded, [m.group(0) for m in EN_HEARSAY.finditer(folded)
                                          if not EN_ASKING.search(m.group(0))])
    return words if EN_ASKING.search(rest) else set()


def _proper(raw: str, english: str) -> bool:
    """Whether an English phrase is written as a proper name (Chengdu, Oxford)."""
    said = _typed(raw, english)
    return bool(said and said.group(0)[:1].isupper() and said.start() > 0)


def _capitalised(raw: str, word: str) -> bool:
    """Whether ``word`` is typed with a capital (Centers in a name), as a name is."""
    said = _typed(raw, word)
    return bool(said and said.group(0)[:1].isupper())


def _name_like(raw: str, word: str) -> bool:
    """A Capitalised word not opening the question (Innovent), or one not found as typed."""
    match = _typed(raw, word)
    if match is None:
        return True
    said = match.group(0)
    return match.start() > 0 and said[:1].isupper() and not said.isupper()


def english_terms(reading: english.EnglishReading) -> list[str]:
    """One Chinese word an English phrase, the dictionary's best: alternatives would each
    dilute the question's weights. A compound (国家高新技术企业) stands for its parts."""
    compounds = [p.chinese[0] for p in reading.phrases if p.source == "compound" and p.chinese]
    singles = [p.chinese[0] for p in reading.phrases if p.source != "compound" and p.chinese
               and not any(p.chinese[0] in c for c in compounds)]
    return list(dict.fromkeys(compounds + singles))


# An English word of the question (R&D and A*STAR are one word each).
# 是哪家公司牵头设的: who did something to the name (a kind, then a deed, then 的), not
# what the name is (是什么机构).
BY_WHOM = lazy_regex(r"是(?:什么|哪)[家个所位]?\w{0,4}?(?:公司|企业|单位|机构|部门|高校|大学|"
                     r"院所)\w{1,6}的[?？]?$")
# (not an ordinal's ending, the th of 19th: the number is a constraint, no word of a name)
LATIN_WORD = lazy_regex(r"(?!(?<=\d)(?:st|nd|rd|th)\b)[a-z](?:[a-z0-9*]|&(?=[a-z]))+")


EN_AS_FIELD = {"area": "field", "areas": "fields", "cover": "involve", "covers": "involves",
               "covered": "involved", "covering": "involving"}
WHICH_IS_DESCRIBED = lazy_regex(r"\b(?:which|what) [a-z]+ (?:is|was|are|were|gets?|got) "
                                r"(?:described|billed|hailed|touted|dubbed|praised|regarded)\b|"
                                r"哪[个家所座位]\w{0,4}(?:被)?(?:誉为|称为|称作)")
EN_WHICH_COUNT = lazy_regex(r"\b((?:which|what)|(?:who|which|what) (?:are|were) the)\s+"
                            r"(?:two|three|four|five|six|seven|eight|nine|ten)\b"
                            # (the two parties, sides: who they are, no 五方 of a count)
                            r"(?:\s+(?:parties|sides)\b)?")
EN_REQUEST = lazy_regex(r"^\s*(?:(?:can|could|would|will) you |please )*(?:list|name)\b")
# Kindly share the amount, could you share: a request to tell, no share (占比) asked.
EN_SHARE_ASKED = lazy_regex(r"\b(?:kindly|please|pls|plz|(?:can|could|would|will) you)\s+share\b")
# Which exchange: where it listed (the exchange is the answer, no 交流 to look for).
EN_WHICH_EXCHANGE = lazy_regex(r"\b(?:which|what) (?:stock )?(?:exchange|bourse)\b")
EN_ZONE_CODE = lazy_regex(r"\bzone (?:iv|v?i{1,3}|v)\b")
# What is counted is people: the question's last words after 多少 (多少省双创人才, 几名专家)
# or after "how many" (how many experts …).
PEOPLE = r"(?:人才|人员|专家|学者|员工|学生|留学生|研究生|科学家|工程师|院士)"  # people counted
# Asked after the people named (…总数为几何, …有多少).
ASKED_AFTER_PEOPLE = r"的?(?:总数|总量|数量|人数)?(?:为|是|有|共)?(?:多少|几何|几)"
PEOPLE_COUNTED = lazy_regex(rf"(?:多少|几)(?:个|名|位)?[^，,。？?多少几]{{0,8}}?"
                            rf"{PEOPLE}[?？呢吗]*$|"
                            # (从业人员总数为几何, 员工有多少人: the people, then the asking)
                            rf"{PEOPLE}{ASKED_AFTER_PEOPLE}|"
                            r"\bhow many (?:[a-z'&-]+ ){0,4}?(?:talents|experts|people|"
                            r"researchers|scientists|staff|employees|students|graduates|"
                            r"postdocs|engineers|workers|academicians|folks|hires)\b|"
                            # (the headcount, how many staff: people)
                            r"\b(?:headcount|head count|staff numbers?|workforce)\b")
# What is set aside, not asked (granted (not just applied for); 授权的，不是申请的): its words
# read no constraint. (Blanked, so that the names keep their places.)
NOT_ASKED = lazy_regex(r"\(not [^)]*\)|\bnot (?:just|only|merely) [a-z -]+|"
                       r",\s*not [a-z -]+(?=[,.;?]|$)|"
                       r"[（(]而?(?:不是|并非|不包括|不算)[^）)]*[）)]|"
                       r"[，,]而?(?:不是|并非)[^，,。？?]{1,10}(?=[，,。？?]|$)")
# People counted in 个 (多少个研究人员): the counter any count, the noun right after it people
# (not 几个报了领军人才, where 个 counts the projects that applied).
PEOPLE_BY_GE = lazy_regex(rf"(?:多少|几)个[^，,。？?了过]{{0,4}}?{PEOPLE}[?？呢吗]*$")
# What follows "how many" up to its verb is what is counted.
COUNTED = lazy_regex(r"\bhow many (.+?) (?:have|has|had|are|is|were|was|did|do|does|will|can|"
                     r"could|would)\b")
# "class III", "phase 5", "phases 1 to 4", "the first batch": constraints, read as 三类/五期/
# 一期至四期/第一批, not words to translate.
EN_NUMBERED = lazy_regex(r"\b(?:class|phases?)\s+(?:\d+|[ivx]+)\b(?:\s*(?:to|-|–|through|thru)\s*"
                         r"(?:phase\s+)?(?:\d+|[ivx]+)\b)?|\b(?:first|second|third|fourth|fifth|"
                         r"sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+"
                         r"(?:batch|edition|session|round)\b")


# An English plural (centers, parks, labs), its s read apart; not -ss, -us, -is, -ies.
EN_PLURAL = lazy_regex(r"\b([a-z]{2,}[^siu\W])s\b")


# A place said only to locate the name after it (独墅湖那边的纳米城; works near Dushu Lake
# … Nano City): the name is asked about, not the place.
LOCATES_NEXT = lazy_regex(r"(?:那边|那儿|那里|这边|附近|旁边|一带|边上)的?\s*")
EN_NEAR = lazy_regex(r"\b(?:near|next to|close to)\s+(?:the\s+)?$")


# The park before the kind a which-question asks for, after the name asked about and 是 or
# 由, or right after it (…是园区哪个中心合作设立的, …（北京）园区这边是哪个部门…): whose
# one the answer is, no second thing asked about.
OWNER_OF_KIND_ASKED = lazy_regex(r"(?:这边|那边|方面)?(?:是|由)?的?(?:哪个|哪一个|哪家|哪一家)"
                                 r"(?:中心|机构|部门|单位|企业|公司|"
                                 r"高校|大学|平台|载体)")


def _without_locating_places(folded: str, links: list[Link], owner: str | None = None
                             ) -> list[Link]:
    """Links less the places said only to locate another name asked (see LOCATES_NEXT), and
    ``owner`` (the chapter's subject) said of the kind asked for (see OWNER_OF_KIND_ASKED)."""
    out = []
    for i, link in enumerate(links):
        later = [other for other in links[i + 1:] if other.start >= link.end]
        others = [other for other in links if other is not link and other.end > other.start]
        if (later and LOCATES_NEXT.fullmatch(folded, link.end, later[0].start)) or (
                others and EN_NEAR.search(folded, 0, link.start)):
            continue
        if link.name == owner and OWNER_OF_KIND_ASKED.match(folded, link.end) and (
                earlier := [other for other in others if other.end <= link.start]) and (
                folded[link.start - 1:link.start] in ("是", "由", "被")
                or any(other.end == link.start for other in earlier)):
            continue
        out.append(link)
    return out


def _examples(folded: str, links: list[Link]) -> list[Link]:
    """The names given as examples of what is asked (see EXAMPLES)."""
    if not links:
        return []
    spans = [m.span() for m in EXAMPLES.finditer(folded)]
    return [link for link in links
            if any(start <= link.start and link.end <= end for start, end in spans)]


# What may stand between a name and the longer name holding it (牛津大学那个分子诊断技术
# 创新中心): a character, or words pointing at it, after more words of that name (牛津大学
# 高等研究院苏州那个…).
HEAD_TO_NAME = lazy_regex(r"(?:[\s\S]|的?[那这][个家所])?")
POINTING = lazy_regex(r"的?[那这][个家所]$")


def _typed_with_a_slip(typed: str, name: str) -> bool:
    """What lies between a name and a longer one holding it, typed with a slip or two
    (牛津大学高等研究员苏州…: 研究院): the longer name's own words still."""
    from rapidfuzz import fuzz

    bare = rx(r"[（）()·\-—\s]").sub("", name)  # (the brackets a name is written with)
    return len(typed) >= MIN_SLIPPED_HEAD and fuzz.partial_ratio(typed, bare) >= SLIPPED_HEAD


def _heads_only(folded: str, links: list[Link]) -> list[Link]:
    """A name followed at once by a longer name holding it (A*STAR苏州企业合作中心: the
    centre of A*STAR) says whose the second is: one name, the second, over both spans."""
    order = sorted(range(len(links)), key=lambda i: links[i].start)
    starts = {i: i for i in range(len(links))}  # where each link's span now starts
    owners: set[int] = set()
    for at, i in enumerate(order):
        a = links[i]
        longer = next((j for j in order[at + 1:] if links[j].start >= a.end
                       and a.name != links[j].name and a.name in links[j].name
                       and (HEAD_TO_NAME.fullmatch(folded, a.end, links[j].start)
                            or in_order(a.name + POINTING.sub(
                                "", folded[a.end:links[j].start]), fold(links[j].name))
                            or _typed_with_a_slip(a.name + folded[a.end:links[j].start],
                                                  fold(links[j].name)))),
                      None)
        if longer is not None:
            owners.add(i)
            starts[longer] = starts[i]
    return [replace(link, start=links[starts[i]].start) if starts[i] != i else link
            for i, link in enumerate(links) if i not in owners]


def content_terms(content: str) -> list[str]:
    """The words searched for: a question's content in bigrams, less stop words, lone
    letters and words across 的."""
    return [t for t in bigrams(content)
            if not t.isdigit() and t not in EN_STOP and t not in FUNCTION_CHARS
            and not (len(t) == 1 and t.isascii())  # a lone letter is markup (<b>)
            and "的" not in t]  # 国家的公司: 家的 and 的企 join words, they are none


class Reader:
    """Reads questions against one document: its statistics, its names, its English terms."""

    def __init__(self, stats: DocumentStats, linker: Linker,
                 chapter_subject: str | None = None) -> None:
        self.stats = stats
        self.chapter_subject = chapter_subject
        self.store = stats.store
        self.linker = linker
        self._corpus: english.Text | None = None

    def read(self, raw: str) -> Question:
        """The question as typed, or as characters when typed wholly in pinyin."""
        q = self.understand(raw)
        if q.folded and rx(r"\w").search(q.folded):
            hanzi = self.from_pinyin(q.folded)
            if hanzi:
                # nami cheng ruzhu qiye duoshao jia: answered as 纳米城入驻企业多少家.
                return replace(self.understand(hanzi), raw=raw)
        return q

    def understand(self, raw: str) -> Question:
        # (an English frame around a Chinese question: read, and split, as its Chinese)
        typed = without_on_behalf(without_frame(code_switched(without_hedges(
            without_document_says(shared_name_spread(code_typed(without_options(
                without_decoration(raw)))))))))
        personal_free = without_personal_sentences(typed)
        asked = self._without_purpose(
            self._without_spaced_aside(without_trailing_remark(personal_free)))
        if asked != typed:
            # (我没去过纳米城，想带老伴去看看。请问纳米城在哪: read without what the asker says
            # of themselves, when what is left names what it asks about)
            q = self._understood(raw, asked)
            if BACK_REFERENCE.search(asked) and not specific(q.links, self.chapter_subject):
                # …想去纳米城看看，请问它在园区哪个位置: what it refers back to, by its name
                told = specific(self._understood(raw, personal_sentences(typed)).links,
                                self.chapter_subject)
                if told:
                    said = BACK_REFERENCE.sub(told[0].name, asked, count=1)
                    return replace(self._understood(raw, said), asked=said)
            # (only a remark after the question set aside, 丫头子让我问的: never its topic)
            if q.links or personal_free == typed or self._opening_aside(raw, typed, asked, q):
                return replace(q, asked=asked)
        q = self._understood(raw, typed)
        return replace(q, asked=typed) if typed != raw else q

    def _without_spaced_aside(self, text: str) -> str:
        """``text`` without what the asker adds after a space once the question is asked
        (…是个啥玩意 真空能吃不; …多大 比俺家地大不): words that ask nothing, state no
        constraint and run three characters the document never says."""
        aside = SPACED_ASIDE.search(text)
        if aside is None:
            return text
        tail, start = aside.group(1), aside.start()
        if asks(tail) or not asks(text, start):
            return text
        said = fold(tail)
        if (self._says_of_the_document(said) or read_constraints(said, []) != Constraints()
                or RANK_SAID.search(said)):
            return text
        return text[:start]

    def _without_purpose(self, text: str) -> str:
        """``text`` without what the asker will do with the answer, said after the question
        (see PURPOSE_AFTER_QUESTION), when it states no constraint and runs no three
        characters of the document."""
        purpose = PURPOSE_AFTER_QUESTION.search(text) if (
            "？" in text or "?" in text or "用" in text or "好" in text) else None
        group = 1 if purpose is not None and purpose.group(1) else 2
        # (…的具体日期，写新闻稿用: what the figure is for follows a keyword question too)
        if purpose is None or (group == 1 and not ASKS.search(text, 0, purpose.start(group))):
            return text
        said = fold(purpose.group(group))
        if self._says_of_the_document(said) or read_constraints(said, []) != Constraints():
            return text
        return text[:purpose.start(group)]

    def _opening_aside(self, raw: str, typed: str, asked: str, q: Question) -> bool:
        """Whether what was set aside opens the message, names nothing, and leaves a
        question with a topic of its own (I import EV parts. The Jiangsu … institute, which
        areas?)."""
        return (sum(map(is_cjk, q.content)) >= ASKED_OWN_TOPIC
                and typed.rstrip().endswith(asked.strip())
                and not self._understood(raw, personal_sentences(typed)).links)

    def _countries_named(self, folded: str, links: list[Link]) -> tuple[str, ...]:
        """Countries the question names in Chinese outside its names (法国的大学, 印度药企):
        places its facts must name. Not where one of the document's words runs into it from
        before (上海地区 holds no 海地, 增加纳入 no 加纳)."""
        by_first = self.corpus().countries()
        found: list[str] = []
        for at, ch in enumerate(folded):
            for word in by_first.get(ch, ()):
                end = at + len(word)
                if folded.startswith(word, at) and not any(
                        link.start < end and at < link.end for link in links) and not any(
                        self.corpus().holds(folded[start:stop])
                        for start in range(max(0, at - 3), at)
                        for stop in range(at + 1, end + 1) if stop - start >= 2):
                    found.append(word)
                    break
        return tuple(dict.fromkeys(found))

    def _initials_read(self, folded: str, asked: str) -> str:
        """Letters typed for the pinyin initials of a word, between characters (yq科技,
        上市qy几家): the word the document writes beside the same characters (园区科技,
        上市企业), the commonest of those; one syllable, the character read so (xiang目:
        项目). An acronym typed in capitals (AI, IPO), a Latin word of the document and
        whole words in pinyin are what they are."""
        if sum(map(is_cjk, folded)) < 2:
            return folded
        syllables = self.stats.syllables()
        letters = self.stats.initial_chars()
        said = self.stats.df(m.group(0) for m in INITIALS_TYPED.finditer(folded))
        out, last = [], 0
        for m in INITIALS_TYPED.finditer(folded):
            run = m.group(0)
            typed = re.search(rf"(?<![a-z]){run}(?![a-z])", asked, re.I)
            if (typed and typed.group(0).isupper()) or said[run]:
                continue
            if run in syllables:
                # One syllable typed for a character a child cannot write (xiang目, 信da): a
                # character read so, as the document writes it beside the same ones. (Not
                # one of several syllables spelling a name: si pai ke 学院.)
                if not _glued_alone(folded, m.start(), m.end()):
                    continue
                chars = "".join(self.stats.pinyin_chars().get(run, ()))
                pattern = f"[{re.escape(chars)}]" if chars else ""
            elif _segment(run, syllables) or not all(ch in letters for ch in run):
                continue
            else:
                pattern = "".join(f"[{letters[ch]}]" for ch in run)
            if not pattern:
                continue
            before = INITIALS_BEFORE.search(folded, 0, m.start())
            after = INITIALS_AFTER.match(folded, m.end())
            word = self._word_of_initials(
                pattern, before.group(1) if before else "", after.group(1) if after else "")
            if word:
                out += [folded[last:m.start()], word]
                last = m.end()
        return "".join([*out, folded[last:]]) if out else folded

    def _word_of_initials(self, letters: str, before: str, after: str) -> str | None:
        """The characters the document writes for ``letters`` (a pattern a character a
        letter) right between ``before`` and ``after``, or else before ``after``, or else
        after ``before``: the commonest."""
        both = ((before, after),) if before and after else ()
        for pre, post in (*both, ("", after), (before, "")):
            beside = post or pre
            if not beside:
                continue
            texts = self.store.texts_with_phrase(
                [beside[i:i + 2] for i in range(max(1, len(beside) - 1))],
                limit=INITIALS_SENTENCES)
            found = [m.group(1) for text in texts for m in re.finditer(
                f"{re.escape(pre)}({letters}){re.escape(post)}", fold(text))]
            if found:
                return max(dict.fromkeys(found), key=found.count)
        return None

    def _without_aside(self, folded: str) -> str:
        """Words after the question that ask nothing and say nothing of the document
        (…多少平？提前帮客户占个坑; …？跟客户讲实力用的): an aside, set aside."""
        unknown = UNKNOWN_TO_ASKER.search(folded) if "不" in folded else None
        if unknown is not None and asks(folded, unknown.start(1)):
            return folded[:unknown.start(1)]  # (what the asker does not know, whatever it says)
        aside = (ASIDE_AFTER_QUESTION.search(folded) or ASIDE_AFTER_ASKING.search(folded)
                 or WONDERED_AFTER.search(folded))
        if aside is None or ASKS.search(PROGRESSIVE_NE.sub("", aside.group(1))) or not asks(
                folded, aside.start(1)):
            return folded
        return folded if self._says_of_the_document(aside.group(1)) else folded[:aside.start(1)]

    def _without_pointing_inside(self, folded: str) -> str:
        """那个 said inside a name, as one points while saying it (苏州—剑桥那个纳米中心): the
        name, when without it one is linked across where it stood."""
        for m in POINTING_INSIDE.finditer(folded):
            joined = folded[:m.start()] + folded[m.end():]
            if any(link.start < m.start() < link.end
                   for link in self.linker.link(joined, [])):
                return joined
        # (国际科技园那块: the place just named, pointed at again)
        pointed = list(PLACE_POINTED.finditer(folded))
        ends = {link.end for link in self.linker.link(folded, [])} if pointed else set()
        m = next((m for m in pointed if m.start() in ends), None)
        return folded[:m.start()] + folded[m.end():] if m else folded

    def _says_of_the_document(self, words: str) -> bool:
        """Whether any three characters running in ``words`` are the document's."""
        return any(self.stats.in_document(words[i:i + 3]) for i in range(len(words) - 2))

    def _without_bracketed_remark(self, folded: str) -> str:
        """A remark in brackets at the end that asks nothing and says nothing of the
        document (…项目数（做统计表用，请给准确数）), or the form the answer is wanted in
        (（年月日）): set aside, as the asker's."""
        remark = BRACKETED_REMARK.search(folded)
        if remark is None or ASKS.search(remark.group(1)) or RULED_OUT.search(remark.group(1)):
            return folded
        if FORMAT_ASKED.fullmatch(remark.group(1).strip()):
            return folded[:remark.start()]  # (…日期（年月日）: how to write it, nothing more)
        words = rx(r"[^\u4e00-\u9fff]").sub("", remark.group(1))
        if len(words) < 4 or self._says_of_the_document(words):
            return folded
        return folded[:remark.start()]

    def _understood(self, raw: str, asked: str) -> Question:
        if "'" in asked or "’" in asked:
            asked = H_DROPPED.sub(_with_h, asked)
        # (好多 asking how many before the verbs are joined: 签了好多项目 as 签了多少项目)
        folded = _mandarin(join_split_verbs(haoduo_as_asked(fold(
            _spaced_places(_unglossed(to_mainland(asked, self.stats.in_document)))))))
        folded = without_wording_asked(folded)
        if "那" in folded or "这" in folded or "兀" in folded:
            folded = self._without_pointing_inside(folded)
        if rx(r"[a-z]").search(folded) and rx(r"[\u4e00-\u9fff]").search(folded):
            folded = self._acronyms_unscrambled(folded)
        if INITIALS_TYPED.search(folded):
            folded = self._initials_read(folded, asked)
        if PINYIN_TYPED.search(folded) and sum(map(is_cjk, folded)) >= 2 and len(
                rx(r"[a-z]{2,}").findall(folded)) == 1:
            # (one word alone: several are a name spelled out, read as that name)
            folded = self._pinyin_read(folded)
        if ("我们" in folded or "咱们" in folded) and ASKS.search(
                own := OWN_FIGURE_AFTER.sub("", folded)) and own != folded:
            folded = own
        if TEXT_AFTER_QUESTION_MARK.search(folded):
            # (only then: a long pattern to compile)
            folded = REMARK_AFTER.sub("", TAGGED_GUESS_AFTER.sub("", EN_KNOWN_AFTER.sub(
                "", WHICH_GUESSED_AFTER.sub(r"\1", folded))))
            folded = self._without_aside(folded)
        elif ("我" in folded or "咱" in folded or "俺" in folded or "不知道" in folded
              or "不清楚" in folded or "不晓得" in folded or "不确定" in folded):
            folded = self._without_aside(folded)
        if "说" in folded or "记得" in folded or "好像" in folded or "印象" in folded:
            # (…有多少家听说排全市第二: what the asker heard, after what is asked)
            hearsay = HEARSAY_AFTER_ASKING.search(folded)
            folded = folded[:hearsay.start(1)] if hearsay else folded
            folded = RECALLED_BEFORE_ASKING.sub(_recalled, folded)
            folded = OPINION_BEFORE_ASKING.sub("", folded)
        if "是" in folded:
            # (…是几月份发的啊，是不是七月: the asker's guess after the question, no
            # constraint; the answer says what the document does)
            guess = GUESS_AFTER_ASKING.search(folded)
            if guess and guess.group(0)[0] in "?？" and not NUMBER_SAID.search(guess.group(0)):
                guess = None  # (…？跟大湾区那个是不是同一天: a question of its own)
            if guess and WH_ASKED.search(folded, 0, guess.start()) and not WH_ASKED.search(
                    APPROXIMATE.sub("", guess.group(0))):  # (好几百亿 asks nothing)
                folded = folded[:guess.start()]
            elif guess and (quantity := QUANTITY_GUESSED.search(guess.group(0))):
                # (…入驻的企业，是不是四百来家: the number guessed is what is asked; 人才里，
                # 创业类是7人吧: and of what the clause names before it)
                named = guess.group(0)[1:quantity.start()].strip().lstrip("都也还就才又")
                folded = folded[:guess.start()] + (f"，{named}" if named else "") + "多少"
        if "听说" in folded or "据说" in folded or "好像" in folded or "印象" in folded:
            # (听说里头高层次研发人才有一万多人，到底是多少: the number heard is the one asked;
            # one heard and then checked, 是这样吗, is the premise the answer checks)
            heard = QUANTITY_HEARD.search(folded)
            if heard and WH_ASKED.search(APPROXIMATE.sub("", folded[heard.end():])):
                folded = folded[:heard.start()] + heard.group(1) + folded[heard.end():]
        if "不是" in folded or "并非" in folded or "不要" in folded or "别" in folded:
            folded = NOT_THIS.sub("", folded)
        if "另" in folded:
            folded = THE_OTHER_ASKED.sub(r"除了\2，还有哪\1", folded)
        if "not " in folded:
            folded = EN_NOT_THIS.sub("", folded)
        if "%" in folded and EN_COUNT_ASKED.search(folded):
            folded = EN_CHANGE_STATED.sub("", folded)
        if "'s " in folded or "’s " in folded:
            folded = EN_IS_CONTRACTED.sub(" is ", folded)
        if "ed " in folded:
            folded = EN_REPUTED.sub(r"\1 to be ", folded)
        if ("看" in folded or "听" in folded or "读" in folded or "查" in folded
                or "注意" in folded or "说" in folded or "据" in folded or "传" in folded):
            folded = ASKER_SAW.sub("", folded)
        if "讲" in folded or "说" in folded or "介绍" in folded:
            folded = TELLING_FRAME.sub("", folded)
        if ":" in folded or "：" in folded:
            folded = FORWARDED.sub("", folded)
        if folded.startswith(("i ", "we ", "the ", "this ")) and (
                saw := EN_ASKER_SAW.match(folded)) and len(
                folded[saw.end():].split()) >= EN_ASKED_ALONE:
            # (I understand that Harvard … set up institutes here. How many …?: what the
            # asker knows is no constraint of what is asked, when that is asked whole; one
            # naming nothing of its own and referring back, how many has it been granted,
            # what is the total now, asks of what the asker said, less their numbers)
            premise, asked = folded[:saw.end()], folded[saw.end():]
            folded = (PREMISE_NUMBER.sub(" ", premise) + asked if EN_REFERS_BACK.search(asked)
                      and not specific(self.linker.link(asked), self.chapter_subject)
                      else asked)
        if folded.rstrip("。.!！?？ ").endswith(")"):
            folded = self._without_bracketed_remark(folded)
        if "which" in folded and "(" in folded:
            folded = KIND_HINTED.sub(r"\1", folded)
        exclaimed = EXCLAIMED.search(folded)
        if exclaimed and ASKS.search(folded):
            folded = folded[:exclaimed.start()]
        folded = which_first(DEEDS_IN_ORDER.sub(r"\1和", folded))
        # (a digit among the last few characters first: most questions end in words)
        guess = GUESSED_FIGURE.search(folded) if rx(r"\d\D{0,8}$").search(folded) else None
        if guess and ASKED_BEFORE_GUESS.search(folded, 0, guess.start()):
            folded = folded[:guess.start()] + "?"
        if ("吗" in folded or "吧" in folded or "对" in folded or "准" in folded
                or "么" in folded or "是" in folded or english.has_latin(folded)):
            if "月" in folded and (CHECKED_YES_NO.search(folded) or DEED_BA.search(folded)) and (
                    not ASKS_OTHERWISE.search(folded)):
                # (…是2020年11月8日启动的，日期对吗: the day of the deed is what is checked;
                # 是2020年10月成立的，对吗: its month)
                folded = CHECKED_DATE.sub(lambda m: "哪天" if m.group(0).endswith(("日", "号"))
                                          else "什么时候", folded, count=1)
            folded = figure_checked(folded)
        if english.has_latin(folded):
            if "in" in folded:
                folded = G_DROPPED.sub(_with_g, folded)  # (fundin from higher up: funding)
            if "im" in folded or "em" in folded:
                folded = PIJIN_IM.sub(_without_im, folded)
            folded = self._spelled(EN_DASHED_EXAMPLES.sub("", EN_EXAMPLES.sub(
                "", english.expand_abbreviations(
                    EN_GOING_TO.sub("will", EN_SHARE_ASKED.sub("tell", folded))))))
            if "where" in folded:
                folded = EN_WHERE_AT.sub(r"\1what is the status", folded)
        # (How much did it raise when it listed: a clause of time after the question asks
        # no date)
        phrased = EN_TIME_CLAUSE.sub(r"\1 then", folded) if " when " in folded else folded
        intent = "figure" if ("which" in folded or "what" in folded) and SHARE_ASKED.search(
            folded) else intent_of(phrased)
        bare = intent is None
        if asks_rank(folded, intent):
            intent = "what"  # 列全市第几: a ranking is said in words, not a figure
        intent = intent or "what"
        namesakes: list[str] = []
        named = _heads_only(folded, self._linked(folded, namesakes, raw))
        examples = _examples(folded, named)
        links = _without_locating_places(folded, [link for link in named
                                                  if link not in examples],
                                         self.chapter_subject)
        if intent == "where" and any(link.how != "pinyin" for link in links):
            # (what's Nano City's total output: a kind of place inside a name asks no where)
            unnamed = without_links(phrased, links) if len(phrased) == len(folded) else phrased
            if not WHERE_ASKED.search(unnamed):
                intent = intent_of(unnamed) or "what"
        # (园区是哪两家入选…: the ones counted, a list)
        if any(rx(r"是(?:什么(?!时候|时间|地方|板)|"
                  r"哪(?![里儿天日年一月两二三四五六七八九十几]|个月|[个家]交易所))").match(
                      folded[link.end:])
               and not BY_WHOM.match(folded[link.end:]) for link in links):
            intent = "what"  # 新加坡科技研究局是什么机构: about the name, not a list
        if rx(r"哪个?(?:国家|城市|省份?)|哪国|什么国家").search(folded):
            intent = "what"  # a country or city is said in the sentence, not listed
        elif rx(r"(?:哪个|哪次|哪场|什么)(?:会议|大会|会|论坛|活动|仪式)|"
                r"\b(?:which|what) (?:meeting|conference|forum|event|ceremony)\b").search(
                folded):
            intent = "what"  # 在哪个会议上: the meeting is said in the sentence, no name kind
        elif rx(r"\b(?:which|what) (?:[a-z]+ ){1,3}(?:meeting|conference|session)\b").search(
                folded) and "number" not in folded:
            intent = "what"  # (at which listing committee meeting: the meeting, as said)
        elif rx(r"哪[个座家](?:园|产业园|科技园|载体|园区|平台|机构)").search(folded):
            intent = "who"  # 在哪个园: which park, a name, not a place
        if intent == "figure" and NOT_A_UNIT.search(folded):
            intent = "what"  # 有几期: phases are named, not counted, in the text
        if rx(r"[吗呢?？哪谁啥怎]|什么").search(folded):
            bare = False  # a question word the intents do not list is still a question
        counter = (rx(r"(?:多少|几)个?([家人件张支项名所批类场次位])").search(folded)
                   # (多少个亿: an amount in hundreds of millions, no count)
                   or rx(r"(?:多少|几)(个)(?![亿万千百])").search(folded)
                   # (…上市企业家数: a count named by its counter at the end)
                   or rx(r"([家所支])数[?？。]*$").search(folded))
        companies = EN_COMPANIES_COUNTED.search(folded) or (
            EN_NUMBER_OF_COMPANIES.search(folded) if not GROWTH_ASKED.search(folded) else None
        ) or COMPANIES_NUMBER.search(folded)  # (…入驻企业数量: a count of companies, 家)
        if "点" in folded and POINTS_ASKED.search(folded):
            units = ("%",)  # 占GDP几个点: percentage points
        elif counter:
            # The counter asked for decides: 分几批 is answered in 批, 多少所高校 may be
            # counted in 家, 几个 is any count; topic words (批件 → 张) do not.
            units = COUNTER_UNITS.get(counter.group(1), (counter.group(1),))
            if counter.group(1) == "个" and PEOPLE_BY_GE.search(folded):
                units = COUNTER_UNITS["人"]  # 多少个研究人员: any count, but of people
        elif companies and not EN_SHARE_OF.search(folded):
            # (how many companies: 多少家, no 33个 of jobs; but how many companies … as a
            # share of the country's: the share)
            units = COUNTER_UNITS["家"]
        else:
            found: list[str] = []
            # (…, not the percent: a share is what the asker does not want)
            said = NOT_A_SHARE.sub(" ", folded) if NOT_WORD.search(folded) else folded
            for pattern, hinted in UNIT_QUESTIONS:
                if pattern.search(said):
                    found.extend(u for u in hinted if u not in found)
            units = tuple(found)
        if not units and PEOPLE_COUNTED.search(folded):
            units = COUNTER_UNITS["人"]  # 多少省双创人才: people, no count of companies
        likely: list[str] = []
        # How many certificates have companies obtained: what follows "how many" is counted.
        counted = COUNTED.search(folded)
        topic = counted.group(1) if counted else folded
        hints = [(m.start(), hinted) for pattern, hinted in UNIT_TOPICS
                 if (m := pattern.search(topic))]
        if counted and hints:
            # (certificates BioBAY companies have obtained: the first thing named is counted)
            hints = [min(hints, key=lambda hint: hint[0])]
        for _, hinted in hints:
            likely.extend(u for u in hinted if u not in likely)
        focus = FOCUS_WORDS.search(folded)
        years = tuple(int(y) for y in _YEAR_IN_Q.findall(folded) if len(y) == 4)
        aspect_match = next(((name, m) for name, pattern in ASPECTS
                             if (m := pattern.search(folded))), None)
        if aspect_match and aspect_match[0] == "describe" and WHICH_IS_DESCRIBED.search(folded):
            aspect_match = None  # which company is described as …: a name asked, no aspect
        aspect = aspect_match[0] if aspect_match else None
        # (examples are no content; nor are names, but for words of a name said in English
        # after its owner's, which its sentences say: Oxford molecular diagnostics centre)
        spans = [(link.start, link.end if link.words_from is None else link.words_from)
                 for link in named]
        if "在" in folded or "于" in folded:
            # (成都斯派克学院在成都…: the place its name says, said again, asks nothing)
            for m in PLACE_RESTATED.finditer(folded):
                # (the name just before: 园区在上海开的…交流会 places the meeting)
                names = [fold(link.name) for link in named if link.end == m.start()]
                place = next((folded[m.end():m.end() + n] for n in (3, 2)
                              if any(folded[m.end():m.end() + n] in name for name in names)),
                             None)
                end = m.end() + len(place or "")
                if place and not any(link.start < end and m.start() < link.end
                                     for link in named):
                    spans.append((m.start(), end))
        for link in named:
            # (斯派克学院 成都: the city its name holds, typed after it, asks nothing)
            city = CITY_AFTER_NAME.match(folded, link.end)
            if city and city.group(1) in fold(link.name):
                spans.append(city.span())
        if aspect_match:
            spans.append(aspect_match[1].span())
            if intent in ("what", "where", "who") or aspect == "status":
                intent = "status" if aspect == "status" else "what"
        if " area" in folded and not EN_SIZE_ASKED.search(folded):
            # (the Suzhou FTZ area, the Greater Bay Area: the name's area, a zone, when no
            # size is asked; no 面积)
            spans += [(link.end, m.end()) for link in links
                      if (m := EN_AREA_OF_A_NAME.match(folded, link.end))]
            # (… in the Greater Bay Area: a region's name wherever it stands)
            spans += [m.span() for m in EN_BAY_AREA.finditer(folded)]
        spans += self._name_typed_on(folded, links)
        content, unknown, groups = self._content(folded, spans)
        if examples:
            # (the parks (science park, nano city, biobay): a group asked by its examples,
            # no names asked about; the sentence listing them says the group's figure)
            content = " ".join([content, *(fold(link.name) for link in examples)])
        lang = language(asked)
        if lang == "en" and all(link.name == self.chapter_subject for link in links):
            by_words, misread = self._link_by_words(
                *self._with_pinyin(groups, asked, unknown), len(folded), asked)
            links += by_words
            # (the Gusu materials lab: Gusu names it, so no 姑苏创新创业领军人才 is asked)
            for word in misread:
                content = re.sub(rf"(?<!\S){re.escape(word)}(?!\S)", " ", content)
        if lang == "en" and rx(r"[\u4e00-\u9fff]").search(folded) and all(
                any(link.start <= m.start() and m.end() <= link.end
                    for link in links if link.how == "pinyin-latin")
                for m in rx(r"[a-z]{2,}").finditer(folded)):
            lang = "zh"  # (sheng wu yi yao chan ye yuan 三期B区几月份开工: a name in pinyin)
        # The document's own Latin words (PraxisAuril, B1) are known, as are names; typed
        # apart (Praxis Auril), they are the document's word.
        unknown = self._joined(unknown, folded)
        if "元" in units:
            # (how many billion yuan: the currency of the money asked, no name in pinyin)
            unknown = [w for w in unknown if w not in CURRENCY_WORDS]
        said = self.stats.df(unknown)
        syllables = self.stats.syllables() if unknown else frozenset()
        if lang == "en":
            # A word of the document typed in pinyin (Shuangchuang talents): its word.
            read_as = {w: hanzi for w in unknown if not said[w]
                       and (hanzi := self._pinyin_word(w, syllables))}
            unknown = [w for w in unknown if w not in read_as]
            content = " ".join([content, *read_as.values()])
        latin = [w for w in unknown if said[w] or _name_like(asked, w)
                 or _pinyin_name(asked, w, syllables) or _initials_of_a_name(w, folded, links)
                 or _glossed_by_a_name(w, folded, links)]
        unknown_place = None
        if lang == "en" and latin and (last := EN_IN_PLACE_LAST.search(asked)) and (
                EN_ASKING.search(asked, max(asked.rfind(stop, 0, last.start())
                                            for stop in ".?!") + 1, last.start())):
            placed = {w.lower() for w in last.group(1).split()}
            if placed <= set(latin) and not placed & MONTHS_AND_DAYS and not any(
                    said[w] or _pinyin_name(asked, w, syllables) for w in placed) and not any(
                    link.start <= m.start() and m.end() <= link.end for link in links
                    for w in placed for m in rx(rf"\b{re.escape(w)}\b").finditer(folded)):
                latin = [w for w in latin if w not in placed]
                unknown_place = last.group(1)
        # An adverb the document has no word for (closely) says how, not what.
        # (which batch, where does it rank: words of the question, not of its subject)
        # (by which ministry: the kind of thing asked, which the answer names)
        asking = {m.group(1) for m in EN_ORDINAL_ASKED.finditer(folded) if m.group(1)} | set(
            EN_RANK.findall(folded)) | set(EN_KIND_ASKED.findall(folded)) | set(
            EN_COMPARED.findall(folded))
        if lang == "en" and " " in folded:
            asking |= _hearsay_words(folded)
        foreign = tuple(w for w in unknown if w not in latin and w not in asking
                        and not (len(w) > 4 and w.endswith("ly"))
                        and not spelling.dropped_g(w))
        if foreign and lang == "en" and (mark := QUESTION_MARK_THEN.search(folded)) and (
                ASKS.search(folded, 0, mark.start()) and not ASKS.search(folded, mark.end())):
            after = [w for w in rx(r"[a-z]+").findall(folded, mark.end())
                     if w not in EN_STOP]
            if any(link.start >= mark.end() for link in links) or not any(
                    map(english_word, after)):
                # (…on HKEX? the brochure write 再鼎医药: a remark naming what is asked
                # about again; …in SIP? toda raba: thanks in the asker's language, no English
                # word in it; the asker's words, not what is asked)
                foreign = tuple(w for w in foreign if w in folded[:mark.start()])
        terms = content_terms(content)
        words = content.split()
        # (English words in a Chinese question have their senses too: 平台 who leads it)
        senses = tuple(group for _, group in groups if len(group) > 1 and group[0] in words)
        # (granted, not just applied for: the stage set aside is not asked)
        constraints = read_constraints(NOT_ASKED.sub(lambda m: " " * len(m.group(0)), folded),
                                       links)
        if unknown_place:
            # (…center in Tel Aviv: a place the document never names, which no sentence
            # of it is in)
            constraints = replace(constraints, places=(*constraints.places, unknown_place))
        if named := self._countries_named(folded, links):
            constraints = replace(constraints, places=tuple(dict.fromkeys(
                constraints.places + named)))
        # Places named in English (in Shanghai; 金鸡湖创新合作中心 Singapore 那个) read
        # through the translation: proper names only (national is no place to constrain to).
        # (National, capitalised in a name, the National Development and Reform
        # Commission, is 国家, no place either)
        # (City after a capitalised word ends a name, Suzhou Nanotech City: no 全市)
        translated = read_constraints(" ".join(
            g[0] for english_words, g in groups if _proper(asked, english_words)
            and english_words.lower() != "national"
            and not EN_NAME_ENDING.search(asked, 0, _typed(asked, english_words).end())),
            []) if groups else None
        if translated or unknown:
            # A place the document never names (the centre in London; 金鸡湖创新合作中心
            # London 那个) is a constraint no fact of it can meet.
            own = ((_asker_words(asked) if lang == "en" else set())
                   | {w.lower() for w in EN_TITLED.findall(asked)}) if unknown else set()
            elsewhere = [where for w in unknown if len(w) >= english.PLACE_MIN_LETTERS
                         and _name_like(asked, w)
                         and w not in own and not self.linker.known_name(w)
                         and (where := self.corpus().place(w))]
            constraints = replace(constraints, places=tuple(dict.fromkeys(
                constraints.places + (translated.places if translated else ())
                + tuple(elsewhere))))
        if intent == "where" and constraints.places and (
                guessed := PLACE_GUESSED_AFTER.search(folded)) and WH_ASKED.search(
                folded, 0, guessed.start()):
            constraints = replace(constraints, places=tuple(
                p for p in constraints.places if p not in guessed.group(1)))
        if constraints.places and (offered := PLACES_OFFERED.search(folded)):
            # (上交所还是深交所: an exchange's name offered beside the place, either of them)
            beside = tuple(link.name for link in links if EXCHANGE_NAMED.search(link.name) and (
                not folded[link.end:offered.start()].strip()
                or not folded[offered.end():link.start].strip()))
            if len(constraints.places) > 1 or beside:
                constraints = replace(constraints, either=True,
                                      places=constraints.places + beside)
                if intent == "where" and any(p in content for p in constraints.places):
                    # (listed where? HKEX or STAR?: the places offered are what the answer
                    # picks from, not words its sentence must hold)
                    for place in constraints.places:
                        content = content.replace(place, " " * len(place))
                    terms = content_terms(content)
        return Question(
            raw=raw, folded=folded, intent=intent, links=tuple(links), content=content,
            terms=tuple(terms), latin=tuple(latin), units=units, years=years,
            namesakes=tuple(namesakes), likely_units=tuple(likely),
            focus=focus.start() if focus else -1, bare=bare,
            constraints=constraints, aspect=aspect, foreign=foreign,
            lang=lang, senses=senses)

    def _spelled(self, folded: str) -> str:
        """English words typed wrong (labratory, Nanopolus) as the document's English
        words; the document's own Latin words, names and pinyin are typed right."""
        words = set(re.findall(rf"[a-z]{{{spelling.MIN_LENGTH},}}", folded))
        if not words:
            return folded
        def known(left: list[str]) -> set[str]:
            syllables = self.stats.syllables()
            said = self.stats.df(left)
            spelled = self.linker.by_pinyin(left)
            return {w for w in left if w in EN_STOP or said[w] or spelled.get(w)
                    or _segment(w, syllables)}

        fixes = spelling.corrections(words, english.index(self.corpus()).vocabulary, known)
        for wrong, right in fixes.items():
            folded = regex(rf"\b{wrong}\b").sub(right, folded)
        return folded

    def _with_pinyin(self, groups: list[tuple[str, tuple[str, ...]]], raw: str,
                     unknown: list[str]
                     ) -> tuple[list[tuple[str, tuple[str, ...]]], set[str]]:
        """A proper name that is the pinyin of the document's word (Gusu: 姑苏) is that word
        too, beside what the dictionary gives for it (姑苏创新创业领军人才, of Gusu Leading
        Talents): the Gusu materials lab is 材料科学姑苏实验室. One no dictionary has (a
        brand, Liulian of Liulian Technology: 六莲) is that word alone. Also the English
        words read so: names, even opening the question, where every word is capitalised."""
        syllables = self.stats.syllables()
        out = []
        pinyin_names: set[str] = set()
        for english_words, group in groups:
            word = (None if " " in english_words or not _capitalised(raw, english_words)
                    else self._pinyin_word(english_words, syllables))
            if word:
                pinyin_names.add(english_words)
            out.append((english_words, (*group, word) if word and word not in group
                        else group))
        for w in unknown:
            if _capitalised(raw, w) and (word := self._pinyin_word(w, syllables)):
                pinyin_names.add(w)
                out.append((w, (word,)))
        return out, pinyin_names

    def _link_by_words(self, groups: list[tuple[str, tuple[str, ...]]],
                       pinyin_names: set[str], at: int, raw: str
                       ) -> tuple[list[Link], set[str]]:
        """An English question naming a thing in its own words (its academy in Chengdu):
        the known name that says two or more of the question's English words, each in
        one of the document's words for it, one of them a proper name (Chengdu; or the
        pinyin of the document's word, as ``_with_pinyin`` read it); and the other readings
        of the proper names that name it (Gusu's 姑苏创新创业领军人才, beside its 姑苏)."""
        # The chapter's own subject (园区, the Park) is no proper name of something else.
        chapter = self.linker.keys_of_name(self.chapter_subject)
        named = {english_words for english_words, _ in groups
                 if _proper(raw, english_words) or english_words in pinyin_names}
        proper = {w for english_words, group in groups if english_words in named
                  for w in group if w not in chapter}
        said: dict[str, list[str]] = {}
        saying: dict[str, list[str]] = {}  # (the English words that say each)
        for english_words, group in groups:
            for key in set().union(*(self.linker.keys_with(w) for w in group)):
                word = next((w for w in group if w in key), None)
                if word:
                    said.setdefault(key, []).append(word)
                    saying.setdefault(key, []).append(english_words)
        # Two words or more, covering half the name at least; the rarer the words, the
        # likelier the name (成都 says more than 产业).
        scored = sorted(((sum(self.stats.idf(w) for w in words), key)
                         for key, words in said.items()
                         if len(words) >= 2 and 2 * sum(map(len, words)) >= len(key)
                         and proper & set(words)),
                        reverse=True)
        ids_of = self.linker.entity_ids(key for _, key in scored[:2])
        if not scored or (len(scored) > 1 and scored[1][0] == scored[0][0]
                          and set(ids_of[scored[1][1]]) != set(ids_of[scored[0][1]])):
            return [], set()
        entities = set(ids_of[scored[0][1]])
        if not entities or len(entities) > 2:
            return [], set()
        ids = tuple(sorted(entities))
        key = scored[0][1]
        naming = named.intersection(saying[key])
        return ([Link(ids, self.linker.entities[ids[0]][0], at, at, "words")],
                {w for english_words, group in groups if english_words in naming
                 for w in group if w not in key})

    def _linked(self, folded: str, namesakes: list[str], raw: str) -> list[Link]:
        """The names of the question; in English, a name typed as a name in the plural
        too (the two Jinji Lake Innovation Centers: the names say Center), read where the
        plural is read as one (its s a space, so that every place keeps its offset)."""
        links = [self._told_apart(link, folded) for link in self.linker.link(folded, namesakes)]
        singular = EN_PLURAL.sub(lambda m: m.group(1) + " " if _capitalised(raw, m.group(0))
                                 else m.group(0), folded) if english.has_latin(folded) else folded
        if singular == folded:
            return links
        more = [link for link in self.linker.link(singular, [])
                if singular[link.start:link.end + 1] != folded[link.start:link.end + 1]
                and not any(link.start < other.end and other.start < link.end
                            for other in links)]
        return sorted(links + more, key=lambda link: link.start) if more else links

    def _told_apart(self, link: Link, folded: str) -> Link:
        """A name several things share, and the place that tells them apart, after it or
        before it (the Jinji Lake Innovation Center in Beijing, the Beijing Jinji Lake
        centre): the one whose own name holds that place."""
        if len(link.entity_ids) < 2 or not english.has_latin(folded):
            return link
        after = EN_PLACE_AFTER_NAME.match(folded, link.end)
        words = after.group(1).split() if after else []
        # (… or before it: the Beijing Jinji Lake centre)
        before = folded[:link.start].split()[-3:]
        tried = ([" ".join(words), words[0]] if words else []) + [
            " ".join(before[i:]) for i in range(len(before))]
        place = next((found for said in tried if said.isalpha() or " " in said
                      if (found := self.corpus().place(said))), None)
        if not place:
            return link
        ids = [eid for eid in link.entity_ids if place in fold(self.linker.entities[eid][0])]
        if len(ids) != 1:
            return link
        return replace(link, entity_ids=(ids[0],), name=self.linker.entities[ids[0]][0])

    def _content(self, folded: str, spans: list[tuple[int, int]]
                 ) -> tuple[str, list[str], list[tuple[str, tuple[str, ...]]]]:
        """What remains once names and question words are gone, and its Latin words."""
        chars = list(folded)
        for start, end in spans:
            for i in range(start, end):
                chars[i] = " "
        content = in_document_words("".join(chars))  # (公司 → 企业, in its place)
        content = QUESTION_WORDS.sub(" ", content)
        if "那" in content or "这" in content:
            content = POINTING_AT.sub(" ", content)  # (那块地多大: the land, pointed at)
        content = self._correct_homophones(content)
        content = re.sub(rf"{YEAR}年?", " ", content)
        # (11月24日: a day asked is a constraint, as a year is; no words 日峰 to know)
        content = rx(r"\d{1,2}月(?:\d{1,2}[日号])?").sub(" ", content)
        # (去年评上, 今年报: a year said relative to the yearbook's is a constraint, and
        # glued to the verb after it, it would make a word the document lacks: 年评, 年报)
        content = rx(r"去年|前年|今年").sub(" ", content)
        # (Zone I is a code, read as a constraint: no development zone, 开发区)
        # (Could you list …, name …: a request, no listing on a stock exchange; which two
        # parties: a count asked, no second one)
        content = EN_WHICH_COUNT.sub(
            r"\1", EN_REQUEST.sub(" ", EN_WHICH_EXCHANGE.sub(" ", content)))
        said = LATIN_WORD.findall(EN_NUMBERED.sub(" ", EN_ZONE_CODE.sub(" ", content)))
        if all(w in EN_STOP for w in said):
            return content, [], []
        kept = english.in_reviewed_phrases(said, self.corpus())
        words = [w for i, w in enumerate(said) if w not in EN_STOP or i in kept]
        if AREA_AS_FIELD.search(folded):
            # The areas projects cover are fields (领域), covered as 涉及, not a size.
            words = [EN_AS_FIELD.get(w, w) for w in words]
        # English words: the dictionary reads them into the document's own Chinese.
        reading = english.translate(" ".join(words), self.corpus())
        content = rx(r"[a-z][a-z0-9*&]*").sub(" ", content)
        # Phase 7, Class III: the document writes them 七期, 三类.
        # Phases 1 to 4: as the document writes a range, 一期至四期.
        ranges = [(low, high) for low, high in english_phase_ranges(folded)
                  if high < len(CN_NUMERALS)]
        within = {n for low, high in ranges for n in range(low, high + 1)}
        ordinals = [o for o in read_constraints(folded, []).ordinals
                    if o.counter != "*" and (o.number < len(CN_NUMERALS)
                                             or o.counter not in ("期", "类"))]
        # (第一批 in words, 第27批 in digits, as the document writes them)
        numbered = [f"{CN_NUMERALS[o.number]}{o.counter}" if o.counter in ("期", "类")
                    else f"第{CN_NUMERALS[o.number] if o.number < len(CN_NUMERALS) else o.number}"
                         f"{o.counter}" for o in ordinals
                    if not (o.counter == "期" and o.number in within)] + [
            f"{CN_NUMERALS[low]}期至{CN_NUMERALS[high]}期" for low, high in ranges]
        groups = [(p.english, p.chinese) for p in reading.phrases if p.chinese]
        return (" ".join([content, *english_terms(reading), *numbered]), list(reading.unknown),
                groups)

    def _acronyms_unscrambled(self, folded: str) -> str:
        """纳米城申请PTC专利: an acronym among characters that the document never writes,
        its letters in the order of one it does (PCT), is that one."""
        words = set(rx(r"(?<![a-z])[a-z]{3,4}(?![a-z\d])").findall(folded))
        unknown = [w for w, n in self.stats.df(list(words)).items() if n == 0]
        for word in unknown:
            orders = sorted({"".join(p) for p in permutations(word)} - {word})
            said = [w for w, n in self.stats.df(orders).items() if n > 0]
            if len(said) == 1:
                folded = rx(rf"(?<![a-z]){word}(?![a-z\d])").sub(said[0], folded)
        return folded

    def _name_typed_on(self, folded: str, links: list[Link]) -> list[tuple[int, int]]:
        """The spans after a name linked by its opening (信达生物 of 信达生物制药…) where its
        next two characters are typed in their sound (信达生物制要): the name's, no words of
        the question's own."""
        spans = []
        for link in links:
            name, said = fold(link.name), folded[link.start:link.end]
            if not said or not name.startswith(said):
                continue
            rest, typed = name[len(said):len(said) + 2], folded[link.end:link.end + 2]
            if (len(rest) == len(typed) == 2 and typed != rest and all(map(is_cjk, typed))
                    and self.stats.pinyin(typed) == self.stats.pinyin(rest)):
                spans.append((link.end, link.end + 2))
        return spans

    def _joined(self, words: list[str], folded: str) -> list[str]:
        """Neighbouring words the document writes as one (praxis auril → praxisauril)."""
        pairs = [(a, b) for a, b in pairwise(words) if f"{a} {b}" in folded]
        if not pairs:
            return words
        known = self.stats.df([a + b for a, b in pairs])
        out: list[str] = []
        i = 0
        while i < len(words):
            if i + 1 < len(words) and (words[i], words[i + 1]) in pairs and known[
                    words[i] + words[i + 1]]:
                out.append(words[i] + words[i + 1])
                i += 2
            else:
                out.append(words[i])
                i += 1
        return out

    def _pinyin_read(self, folded: str) -> str:
        """A word of the document typed in pinyin among characters (姑苏实验室boshi有几个,
        上市企业leiji多少家): that word, where every two syllables are one of the document's
        words; an English word, a Latin word of the document's, is what it is."""
        syllables = self.stats.syllables()
        vocabulary = english.index(self.corpus()).vocabulary

        def read(m: re.Match[str]) -> str:
            word = m.group(0)
            if word in vocabulary or self.stats.df([word])[word]:
                return word
            return self._pinyin_word(word, syllables) or word

        return PINYIN_TYPED.sub(read, folded)

    def _pinyin_word(self, word: str, syllables: frozenset[str]) -> str | None:
        """The document's word written as this pinyin (shuangchuang → 双创), two
        syllables a word; None unless every pair is a word the document uses."""
        parts = _segment(word, syllables)
        if not parts or len(parts) % 2 or len(parts) > 6:
            return None
        found = [self.stats.homophone(parts[i:i + 2]) for i in range(0, len(parts), 2)]
        return "".join(w for w in found if w) if all(found) else None

    def in_the_sense_of(self, q: Question, texts: list[str]) -> Question:
        """``q`` with each English word in the sense the best sentences found use (the list
        of centres: 名单, not the 上市 of "list" first read; what first: 第一): the other
        word where the best one says it and none of the best says the first."""
        words = q.content.split()
        for group in q.senses:
            if not texts or any(group[0] in text for text in texts):
                continue
            other = next((w for w in group[1:] if w in texts[0] and w not in words), None)
            if other is not None:
                words = [other if w == group[0] else w for w in words]
        if words == q.content.split():
            return q
        content = " ".join(words)
        return replace(q, content=content, terms=tuple(content_terms(content)), senses=())

    def corpus(self) -> english.Text:
        """The store's words: the English reading maps only to words the documents use
        (kept at ingest, not read from every sentence)."""
        if self._corpus is None:
            self._corpus = self.store.english_text(english.MAX_WORD)
        return self._corpus

    def _correct_homophones(self, content: str) -> str:
        """入住企业 → 入驻企业: a two-character word the document never uses, typed with the
        same pinyin as one it does, is that word."""
        runs = rx(r"[\u4e00-\u9fff]{2,}").findall(content)
        grams = {run[i:i + 2] for run in runs for i in range(len(run) - 1)}
        unknown = [g for g, n in self.stats.df(list(grams)).items() if n == 0]
        if not unknown:
            return content
        for gram in unknown:
            # (and as a Wu ear hears it, the same checks below standing: 旭仓科 reads on as
            # the document's 旭创科)
            fix = self.stats.homophone(self.stats.pinyin(gram)) or self.stats.near_homophone(gram)
            if not fix or fix == gram:
                continue
            # Only when the fixed word also reads on with its neighbour as the document
            # does (入驻企), so an ordinary word the text lacks (院长) is not "corrected".
            at = content.find(gram)
            # (Nor when a character it would change reads on as the document's word already:
            # 认定公示 holds 公示, no 定工 to make of 定公.)
            around = [b for changed, b in ((gram[0] != fix[0], content[max(0, at - 1):at + 1]),
                                           (gram[1] != fix[1], content[at + 1:at + 3]))
                      if changed and len(b) == 2 and all(is_cjk(c) for c in b)]
            if around and any(self.stats.df(around).values()):
                continue
            # (a function character beside it, 起动的, is no neighbour it reads on with)
            phrases = [p for p in (content[max(0, at - 1):at] + fix, fix + content[
                at + 2:at + 3]) if len(p) == 3 and all(is_cjk(c) for c in p)
                and p.replace(fix, "", 1) not in FUNCTION_CHARS]
            if not phrases and self.stats.df([fix])[fix] >= W.HOMOPHONE_ALONE:
                content = content.replace(gram, fix)  # a word alone (站比 → 占比)
                continue
            for phrase in phrases:
                # Its two-character words one after the other, unranked (whether the
                # document says it needs no ranking; a shelf has thousands of each).
                texts = self.store.texts_with_phrase(bigrams(phrase), limit=20)
                if any(phrase in fold(text) for text in texts):
                    content = content.replace(gram, fix)
                    break
        return content

    @cached_property
    def _terms_by_pinyin(self) -> dict[str, str]:
        """The question words of ``terms.tsv`` (高企, 公司) by their toneless pinyin (built
        at the first question typed in pinyin)."""
        by_pinyin: dict[str, str] = {}
        for term in load_terms():
            if all(map(is_cjk, term)):
                by_pinyin.setdefault("".join(self.stats.pinyin(term)), term)
        return by_pinyin

    def from_pinyin(self, folded: str) -> str | None:
        """A question typed wholly in pinyin, in characters; None when it is not one."""
        words = folded.split()
        if len(words) < 3 or rx(r"[^a-z0-9 ]").search(folded) or not rx(r"[a-z]").search(folded):
            return None
        syllables = self.stats.syllables()
        split = [[w] if w.isdigit() else _segment(w, syllables) for w in words]
        if sum(1 for parts in split if parts) < 0.8 * len(words) or (sum(
                1 for parts in split if parts and len(parts) > 1) < 2 and sum(
                1 for parts in split if parts and len(parts) == 1) < 4):
            return None  # English, not pinyin
        out: list[str] = []
        names = self.linker.by_pinyin("".join(words[i:j]) for i in range(len(words))
                                      for j in range(i + 1, min(len(words), i + 8) + 1))
        # Syllables typed one a word (fa ming zhuan li) wait to be read two by two.
        lone: list[str] = []

        def read_lone() -> bool:
            # Two by two where two spell a word (guo jia → 国家), else one that is a word of
            # its own (jia → 家): the reading with the fewest words.
            best: list[list[str] | None] = [[]] + [None] * len(lone)
            for k in range(len(lone)):
                if best[k] is None:
                    continue
                one = PINYIN_WORDS.get(lone[k])
                two = (PINYIN_WORDS.get(lone[k] + lone[k + 1])
                       or self.stats.homophone(lone[k:k + 2])) if k + 1 < len(lone) else None
                for step, word in ((2, two), (1, one)):
                    prior = best[k]
                    if word and prior is not None and (
                            best[k + step] is None or len(prior) + 1 < len(best[k + step])):
                        best[k + step] = [*prior, word]
            reading = best[len(lone)]
            lone.clear()
            if reading is None:
                return False
            out.extend(reading)
            return True

        i = 0
        while i < len(words):
            # The longest run of words spelling a known name (nami cheng → 纳米城) first.
            end = next((j for j in range(min(len(words), i + 8), i, -1)
                        if "".join(words[i:j]) in names), None)
            word, parts = words[i], split[i]
            if end is None and parts and len(parts) == 1 and not word.isdigit():
                lone.append(word)
                i += 1
                continue
            if not read_lone():
                return None
            if end is not None:
                out.append(min(names["".join(words[i:end])], key=len))
                i = end
                continue
            if word.isdigit():
                out.append(word)  # (a year or a number typed among them: nami cheng 2020)
            elif word in PINYIN_WORDS:
                out.append(PINYIN_WORDS[word])
            elif word in self._terms_by_pinyin:
                out.append(self._terms_by_pinyin[word])  # (gaoqi: 高企, the park's shorthand)
            elif parts and len(parts) % 2 == 0:
                pairs = [self.stats.homophone(parts[k:k + 2]) for k in range(0, len(parts), 2)]
                if not all(pairs):
                    return None
                out.extend(p for p in pairs if p)
            else:
                return None
            i += 1
        return "".join(out) if read_lone() else None
