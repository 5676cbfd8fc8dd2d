"""Understanding a question: the words that say what is asked, in what unit, about which
year, and the ``Question`` the engine fills in from them.

Tables and patterns only (plus the ``Question`` record and a few pure helpers): reading a
question against the document's statistics and alias index is the engine's job.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from data.lazyre import lazy_regex, rx
from data.normalize import fold, is_cjk
from data.texts import NOW_ZH, YEAR

if TYPE_CHECKING:
    from data.linking import Link
    from data.pipeline.constraints import Constraints

TERMS_FILE = Path(__file__).parent / "terms.tsv"

# Where something stands, said with no question word (所处的具体区域位置, 区位), and a side
# asked as a choice (东边还是西边): where is asked, and these are no words of what it is
# asked about (the where intent and QUESTION_WORDS read them both).
LOCATION_SAID = r"(?:所处|所在)的?(?:具体)?(?:区域|地理)?位置|区位"
SIDE_CHOICE = r"[东南西北](?:边|侧|部|面)还是(?:在)?[东南西北](?:边|侧|部|面)"


# The southwest's 好多 asking how many (有好多家，排第几嘛; 产值有好多哦): after 有 or 是,
# before a counter or a particle; 有好多企业, a lot, is not typed to a bot so.
_HAODUO_ASKED = (r"(?<=[有是])(?<!不是)好多(?=[个件家人张项名位所批类场次支元钱亿万座台套种]|平方|"
                r"[哦嘛哟喃噻呢啊?？]|$)")
# Sichuan's 好多 asking how many (产值好多？签约项目好多个？, 一共好多人), not 好多 "a lot"
# (招了好多博士).
HOW_MANY_SICHUAN = lazy_regex(r"(?:(?<=一共|总共|合计|共计|总计)|(?<=加起来))好多|"
                              # (占全国好多比例噻: what share)
                              r"好多(?=比例|比重|百分比)|"
                              # (比上年多了好多家，…: how many more)
                              r"(?:(?<=多了)|(?<=少了)|(?<=增加了)|(?<=增长了))好多"
                              r"(?=[个件家人张项名位所批类场次]?"
                              r"[咯呢啊哦嘛]?(?:[，,？?]|$))|"
                              # (各有好多人 哪个多: another question after it, the space
                              # between folded away)
                              r"好多(?=[个件家人张项名位所批类场次]?(?:[?？]|$|[，,]?(?:哪个|哪一个|还是))|钱|"
                              # (搬进去好多家公司了哦, 好多所大学哦, 好多亿咯: asked, a particle
                              # ending it)
                              r"[个件家人张项名位所批类场次亿万][\u4e00-\u9fff]{0,6}?了?[哦嘛呢啊咯]"
                              rf"[?？]*$)|{_HAODUO_ASKED}")
# The currency a sum of money is asked in (how many billion yuan).
CURRENCY_WORDS = frozenset({"yuan", "rmb", "cny", "renminbi"})
# ... as a pattern's alternatives
CURRENCIES = "|".join(sorted(CURRENCY_WORDS))
# A count named at a question's end (申报高企的企业数？, 签约项目数): the number of them asked.
COUNT_NAMED = r"(?<=[业企司人项件目构校利才家个所支位])数[?？。]*$"
# Parks asked as a kind built (建什么园: the parks a sentence names), and the ones counted at
# a question's end (园区入选的两家: their names).
PARKS_BUILT = r"(?:建|建设|设立|办|打造|搞)什么(?:产业园|科技园|园)"
COUNT_WORD, ONES_COUNTER = r"[两二三四五六七八九十]+", r"[家所位项]"
THE_COUNTED_ONES = rf"的{COUNT_WORD}{ONES_COUNTER}"
# Kinds of place in English (which Beijing district, which cities): where, not a list.
EN_PLACE_KINDS = (r"districts?|city|cities|provinces?|country|countries|county|counties|"
                  r"streets?|towns?")

# An English plural noun (sectors, companies), not one ending in ss or us (address, campus).
PLURAL_NOUN = r"[a-z]{3,}(?<![su])s\b"
# Where its products are used or applied (where do they use X, where is it applied): what
# in, a purpose, not where it stands.
_USED_AFTER_WHERE = r"[^?]{0,40}\b(?:use[ds]?|applied)\b"
EN_WHERE_USED = rf"\bwhere\b{_USED_AFTER_WHERE}"
# Question words by intent; the first intent whose pattern matches wins.
INTENT_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("when", lazy_regex(r"什么时候|什么时间|啥时候|啥时|何时|几时|哪天|哪一天|哪年|哪一年|几月|"
                        r"哪[个一]?月|几号|何日|哪一?日|"
                        r"日期|时间是|启动时间|成立时间|(?<![长少段年月天周])时间[?？。]*$|"
                        # (an event's day named at the end: 挂牌日, 揭牌日, 开工日)
                        r"(?:挂牌|上市|开业|成立|揭牌|开工|竣工|签约|签署|启用|开幕|落户|获批)日[?？。]*$|"
                        # (launched on the same day?: each one's day, compared)
                        # (its listing day, the opening day: the day of that deed)
                        r"\b(?:listing|opening|launch|founding|signing|unveiling)\s+(?:day|date)\b|"
                        r"\bwhen\b|\b(?:on )?the same (?:day|date)\b|\bsame (?:launch |opening )?"
                        r"(?:day|date)\b|(?:what|which)(?: is| was)?(?: the)? (?:exact |precise |"
                        r"specific )?(?:date|year(?![-\s](?:on|over)[-\s]year)|month|day)s?\b|"
                        # (what is the unveiling date of …, what are their listing dates)
                        r"\b(?:what|which) (?:is|was|are|were) (?:the |its |their )?"
                        r"(?:(?!(?:to|till|until)\b)[a-z]+ ){1,2}dates?\b|"
                        # (…: the date it settled in the park; the date of its listing)
                        # (kindly advise the date Zai Lab listed: a date asked for)
                        r"\b(?:advise|tell|give|confirm|share|send)(?: me| us)? (?:of )?"
                        r"(?:the |its |their )?(?:exact |precise |specific )?"
                        r"(?:(?!(?:to|till|until)\b)[a-z]+ )?dates?\b|"
                        r"\bthe (?:exact |precise |specific )?date (?:it|they|when|on which|"
                        r"that|of (?:its|their|the))\b|"
                        # (date of the alliance's signing?; … IPO date?: a date asked bare;
                        # to date: so far)
                        r"^(?:exact |precise |specific )?date (?:of|for)\b|"
                        # (Zai Lab HKEX listing date 2020: the year after it, a keyword;
                        # a courtesy after it, listing date pls; the question word after
                        # it, listing date what was, as Hindi's kya tha is typed)
                        r"\b(?!(?:to|till|until)\b)[a-z]+ date(?: (?:19|20)\d\d)?"
                        r"(?: what (?:is|was))?"
                        r"(?: (?:please|pls|plz|thanks|thank you|thx))?[?？]?$")),
    ("list", lazy_regex(r"哪些|哪几|有哪|哪[两二三四五六七八九十]+[家个所位项大]|都有什么|包括什么|"
                        # 入选的两家企业分别是: the names of the ones counted
                        r"(?:[两二三四五六七八九十]+|[那这]几)[家个所位项](?:[^，。？?]{0,8}"
                        r"(?:企业|公司|单位|机构|高校))?分别是|"
                        # (建什么园: the parks it names, asked as a kind at the end; not
                        # 七期是个什么园, what one phase is)
                        rf"{PARKS_BUILT}[?？。]*$|"
                        # (园区入选的两家: the ones it names, at the end)
                        rf"{THE_COUNTED_ONES}(?:企业|公司|单位|机构|高校)?[?？。]*$|"
                        # (…的两家是谁, …的两家企业是？, …的2家企业名单: the ones counted, named)
                        rf"{THE_COUNTED_ONES}(?:企业|公司|单位|机构|高校)?(?:分别)?是"
                        r"(?:谁|哪些|哪几家|[?？。]*$)|"
                        r"(?:企业|公司|单位|机构|高校)名单[?？。]*$|"
                        # (入选…的园区企业？: the companies picked, asked as a noun phrase)
                        # (not 获批的什么类型的企业: a kind asked)
                        r"(?:入选|获批|获评|认定为?)(?:(?!什么|啥|哪|多少)[^，。？?]){2,30}"
                        r"的(?:园区)?(?:企业|公司)[?？。]*$|"
                        r"\bwhich\b.*\b(?:companies|firms)\b|"
                        # (what are the two SIP companies that…: the ones counted, named)
                        r"\bwhat (?:are|were|is|was) (?:the|di) (?:two|three|four|five|six|seven|"
                        r"eight|nine|ten|\d+) (?:[a-z-]+ ){0,3}(?:companies|firms|enterprises)\b|"
                        # (what two big tech company…: a count of them, its plural unsaid)
                        r"\b(?:what|which) (?:two|three|four|five|six|seven|eight|nine|ten|\d+) "
                        r"(?:[a-z-]+ ){0,3}(?:company|firm|enterprise)\b|"
                        r"^(?:(?:can|could|would|will) you |please )*list\b|"
                        # (name the park companies that …: a plural named asks for a list)
                        r"^(?:(?:can|could|would|will) you |please )*name (?:the |all (?:the )?)?"
                        rf"(?:[a-z-]+ ){{0,3}}?{PLURAL_NOUN}|"
                        # which sectors, what two companies: a plural asks for a list (which
                        # Beijing district hosts …: a place, then its verb, asks where)
                        # (which 3 fields: a number of them)
                        rf"\b(?:which|what)\s+(?:\d+\s+)?(?!(?:[a-z]+\s+)?(?:{EN_PLACE_KINDS}|"
                        r"(?:stock )?exchanges?)\b)"
                        # (what's the total clinical trial approvals: a count, no list)
                        r"(?:(?!(?:of|in|at|for|does|do|did|is|are|was|were|"
                        r"has|have|total|number|sum|count)\b)[a-z]+\s+){0,4}?"
                        r"(?!does\b|has\b|was\b|is\b)"
                        rf"{PLURAL_NOUN}")),
    ("where", lazy_regex(r"在哪(?![个次场]?(?:会议|大会|会|论坛|活动|仪式|场合))|哪里|哪儿|何处|"
                         r"什么地方|地址|地点|哪(?:一|个|一个)区|什么区(?!别)|哪个片区|哪个板块|(?:哪个|什么)方位|"
                         # (哪边比较多: which of the two)
                         r"哪一?[边侧](?![^，,。？?]{0,8}(?:比较|更|多|少|大|高|低|早|晚))|"
                         # (东边还是西边: which side, asked as a choice)
                         rf"{SIDE_CHOICE}|"
                         # (在园区哪一块, 搁园区哪一片儿: which part of it, where)
                         r"[在搁][^，。？?]{0,6}哪一?(?:块|片儿?(?!区))|"
                         r"哪个城市|哪座城市|哪个省|"
                         r"(?:什么|哪个|具体)位置|位置在|(?:哪个|哪家|什么)(?:证券)?交易所|(?:哪个|什么)板(?!块)|"
                         # (所处的具体区域位置, 区位: where it stands)
                         rf"{LOCATION_SAID}|"
                         rf"\bwhere(?:abouts)?\b(?!{_USED_AFTER_WHERE})|"
                         # (in which part of the district is it: where, within a place)
                         r"\b(?:which|what) (?:part|area|corner|side|end) of\b|"
                         # (what's its address, which street: where it stands)
                         r"\b(?:street )?address(?:es)?\b|\bwhich street\b|"
                         # (which Shenzhen district: a place may stand before the kind)
                         rf"\b(?:which|what) (?:[a-z]+ )?(?:{EN_PLACE_KINDS}|"
                         r"(?:stock )?(?:exchanges?|bourses?))\b")),
    ("figure", lazy_regex(r"多少|几[家个人件张支项年类名批所次倍]|几|规模|面积|比例|占比|比重|"
                          r"数量|总额|总量|金额|多大|多高|多长|多少钱|几成|百分之|"
                          # (申报高企的企业数？: a count named at the end; two joined,
                          # X数和Y数, are read from their sentence whole)
                          rf"^(?!.*数(?:和|与|及|、)).*{COUNT_NAMED}|"
                          r"how many|how much|how large|how big|number of|percentage|share of|"
                          r"\bpercent\b|\bproportion\b|\bamount\b|\bcount of\b|\bquantity\b|"
                          # (which output value did it achieve: a figure, no name)
                          r"\bwhich (?:[a-z]+ )?(?:value|revenue|amount|figure|total|sum)\b|"
                          r"how long|\btime ?frames?\b|\btimelines?\b|\btime ?spans?\b|"
                          r"\bover what (?:period|span|time)\b")),
    # (which title did the province give it, which national list is it on: the title or
    # the list, a thing, not who)
    ("what", lazy_regex(r"\bwhich (?:[a-z]+ )?(?:titles?|honou?rs?|awards?|prizes?|lists?|"
                        r"rankings?|catalogu?es?)\b")),
    ("who", lazy_regex(r"谁|哪家|哪个|哪所|哪位|什么公司|什么机构|\bwho(?:se|m)?\b|\bwhich\b")),
    ("what", lazy_regex(r"是什么|什么|是啥|啥|介绍|怎么样|如何|\bwhat\b|\btell me\b")),
)


def intent_of(text: str) -> str | None:
    """The first intent whose pattern ``text`` matches (INTENT_PATTERNS' order), or None."""
    return next((name for name, pattern in INTENT_PATTERNS if pattern.search(text)), None)


# Which share, what percentage of …: a figure, though the companies counted are named
# after it (read before INTENT_PATTERNS, whose list intent takes "which … companies").
SHARE_ASKED = lazy_regex(r"\b(?:which|what) (?:share|percentage|proportion|fraction|portion|"
                         r"number|amount|count|total)\b")
# Names given in brackets as examples of a group ((International Science Park, Nano City,
# BioBAY etc.), （纳米城、生物医药产业园等）): the group is asked about, not each.
EXAMPLES = lazy_regex(r"[(（][^()（）]*(?:,|，|、|\betc\b|等)[^()（）]*[)）]")
# The same in English (…institutes, like the Institute of Nano-Tech, …): read as unsaid;
# a list of them (such as A, B and C) to its last item, the comma before a clause that asks
# (…, does SIP have) no item's.
EN_EXAMPLES = lazy_regex(
    r"(?:,\s*(?:like|such as|e\.g\.)|\s(?:such as|e\.g\.)|"
    r"(?<=[a-z]s)\slike(?=\s+(?:the\s|[a-z*]+(?:\s+[a-z]+)?(?:\s+and\s|,))))"
    r"(?:\s[^,?()]{1,40}?(?:,(?!\s*(?:how|what|which|when|where|who|why|does|do|did|is|are|"
    r"was|were|has|have|had|can|will|and|or)\b)\s*[^,?()]{1,40}?){1,4}?,?\s+(?:and|or)\s+"
    r"[^,?()]*?(?=\s*[,?]|$)|\s[^,?()]*?(?=\s*[,?]|$))")
# ... and after a dash, closed as a list is (carriers - the Science Park, Nano City and so
# on; an' that, as Scots says it): examples of the group asked, read as unsaid.
EN_DASHED_EXAMPLES = lazy_regex(r"\s[-—–]+\s[^?,()]{1,40}(?:,\s*[^?,()]{1,40}?){1,5}?,?\s*"
                                r"(?:\b(?:and|an) (?:so on|that|the like|such|others)\b|"
                                r"\betc\b\.?)")
# Separable verbs said apart in speech (啥时候揭的牌, 哪天开的工): read as one word.
SEPARABLE_VERBS = ("揭牌", "开工", "签约", "剪彩", "奠基", "开园", "挂牌", "揭幕", "开业",
                   "投产", "落户", "立项", "结题", "授牌", "签字", "上市", "开幕", "供稿")
# (and Henan's 嘞 for 的: 揭嘞牌)
SPLIT_VERB = lazy_regex("|".join(f"{v[0]}[的嘞]{v[1]}" for v in SEPARABLE_VERBS))


# How the yearbook words it, asked after the question (…落户的具体日期，年鉴如何记载？; …?
# What does the yearbook say exactly?): every answer quotes the document's own words, so
# the clause asks nothing more.
WORDING_ASKED = lazy_regex(
    r"(?<=[,，?？;；])\s*(?:(?:在|按|据|按照|根据)?(?:年鉴|原文|文档|文中|书)(?:里|上|中)?是?"
    r"(?:如何|怎么|怎样)(?:记载|记录|写|说|描述|表述)的?|是?(?:如何|怎么|怎样)(?:记载|记录|表述)的?|"
    # (原文的说法是？, 年鉴原话是啥)
    r"(?:年鉴|原文|文档|文中)的?(?:说法|原话|表述|写法)是?(?:什么|啥)?|"
    # (…，出自哪一条, 在哪个部分: the source, which every answer names)
    r"(?:出自|在|属于|来自)哪(?:一|个)?(?:条|部分|节|篇|章|条目|栏目)(?:里|下面)?|"
    # (…，出处在哪, 原文在哪里: where it is said)
    r"(?:出处|原文|来源)(?:在哪(?:里|儿)?|是哪(?:里|儿|一?条|个)?)|"
    r"(?:and )?(?:how|what) (?:does|did|do) (?:the )?(?:yearbook|document|book|text|record)s? "
    r"(?:say|put it|record it|word it|describe it)(?: exactly)?)"
    r"(?:呢|吗|啊)?[?？。.!！]*$", re.IGNORECASE)


def without_wording_asked(text: str) -> str:
    """``text`` without asking how the document words it or where it says it (see
    WORDING_ASKED): every answer quotes its sentence and names its entry. Twice, for both
    asked one after the other (…，原文怎么说的，出自哪一条)."""
    for _ in range(2):
        text = WORDING_ASKED.sub("", text).rstrip("，, ")
    return text


# A sentence about the asker around the question (我没去过纳米城，想带老伴去看看。请问…？;
# …？我侄子在香港问我的。; Hi, I'm writing a report. How many …?): it asks nothing, and its
# names and places are none of the question's. (A sentence opening with the asker or a
# greeting, ended by a full stop, an exclamation or a tilde, and asking nothing itself.)
# Words that turn from who asks to what is asked, at a clause's start (…辅导员，请问…).
ASKING_TURN = (r"请问|想问|我想问|想请教|请教一下|想了解一?下|我想了解|想知道|我想知道|麻烦问|"
               r"问一?下|想打听一?下|打听一?下")
# How such a sentence opens: the asker or a greeting (老板们好: to those who will read it).
# (the dialects' I before what the asker is: Minnan's 阮, Shaanxi's 额, 俺, 偶)
OPENERS = (r"您好|你好|大家好|"
           r"(?:各位(?:老板|老师|师傅|朋友|领导)?|(?:老板|老师|师傅|朋友|领导|亲)们?)好|"
           r"嗨|早上好|上午好|下午好|晚上好|早安|我|咱|本人|早上|昨天|前几天|上周|"
           r"最近|听说|谢谢|多谢|麻烦|天天|每天|平时|经常|(?:阮|额|俺|偶)(?=是|在|们|想)")
EN_OPENERS = (r"hi|hello|hey|greetings|good (?:morning|afternoon|evening|day)|dear|thanks|"
              r"thank you|i|i'm|we|we're|my|"
              # (a greeting in the asker's own language: Sat sri akal ji!, Namaste, Merhaba)
              r"namaste|sat sri akal|salaam|salam|assalamu alaikum|shalom|merhaba|hola|"
              r"bonjour|ciao|konnichiwa|annyeong(?:haseyo)?|sawasdee|sawadee|jambo|habari|"
              r"ahoj|zdravo|privet|salut|olá|"
              # (…? je crois BioBAY: the asker's belief, said in their own language)
              r"je crois|je pense|creo que|ich glaube|ich denke|acho que|penso che|"
              # (a letter's close and its asides: Regards, Gupta; PFB my query; kindly treat
              # as urgent)
              r"(?:best |kind |warm )?regards|sincerely|cheers|pfb|please find below|"
              r"kindly treat|"
              # (…? Ahéhee' for your help: thanks in the asker's language, then what for)
              r"(?:[^\s?？]+ )?for your (?:help|time|kindness|assistance)")
PERSONAL_SENTENCE = lazy_regex(
    rf"(?:^|(?<=[。!！~～?？])|(?<=\.\s))\s*(?:{OPENERS}|(?:{EN_OPENERS})\b)"
    r"[^。!！~～?？]*?(?:[。!！~～]+|\.(?=\s)|$|"
    # (…，请问…: the asking turns to the question within the sentence; 我送餐老去纳米城 它…:
    # a space typed for a full stop, before the words that ask)
    # (我孙子在信达上班，听说园区…, 听人说, the dialects' 听讲: what the asker heard opens
    # the question)
    rf"[，,]\s*(?={ASKING_TURN}|听(?:人|别人)?[说讲]|据[说讲]|有人[说讲])|(?-i:(?<=[\u4e00-\u9fff])\s+(?=[^\s?？]*?"
    r"(?:多少|几|哪|什么|啥|谁|吗|呢|怎么|如何))))",
    re.IGNORECASE)  # ((?-i:…): a class of Chinese characters folded for case costs ~4 ms)
# The openers of PERSONAL_SENTENCE anywhere (cheap to compile: no classes of characters).
PERSONAL_OPENER = lazy_regex(rf"{OPENERS}|\b(?:{EN_OPENERS})\b", re.IGNORECASE)
# What refers back to a name said before the question (…纳米城看看，请问它在哪; 这园子).
BACK_REFERENCE = lazy_regex(r"它们?|这(?:个)?(?:园子|园区|地方|里|儿|个园)|"
                            r"那(?:个)?(?:园子|地方|里|儿)|该(?:园|中心|机构|公司|平台|实验室)")
# What asks (a question word, a question mark): a sentence holding one is no remark.
# (other dialects' too: 咩, 乜, 边度, 甚, 多咱)
ASKS = lazy_regex(r"多少|(?<![好前这那])几(?![天年]前)|哪|什么|啥|谁|何时|吗|呢|怎么|如何|[?？]|"
                  r"咩|乜|边度|边个|甚|多咱|"
                  r"\b(?:how|what|when|where|which|who|whom|whose|why)\b", re.IGNORECASE)
# How big, high, long… (多大, 多久): asking, without a question word ASKS holds.
SIZE_ASKED = lazy_regex(r"多大|多高|多长|多久|多远")


def asks(text: str, end: int | None = None) -> bool:
    """Whether ``text`` (up to ``end``) asks: a question word, or how big or long (多大)."""
    end = len(text) if end is None else end
    return bool(ASKS.search(text, 0, end) or SIZE_ASKED.search(text, 0, end))


def personal_sentences(text: str) -> str:
    """What ``without_personal_sentences`` sets aside, joined."""
    return "".join(m.group(0) for m in PERSONAL_SENTENCE.finditer(text)
                   if not ASKS.search(m.group(0)))


# A remark after the question, a space typed for its full stop (…人才总共多少 客户要看人才
# 密度; …被称为什么啊 老师让我写它的称号): who wants the answer, and why. Not one that says
# what is meant (…上市 我说的是科创板) or gives a year.
REMARKERS = (r"老师|客户|老板|领导|同事|朋友|同学|家人|孩子|学生|我们|他们|她们|他|她|"
             r"丫头子?|儿子|闺女|女儿|老伴|媳妇|孙子|孙女")
# Whom the asker will tell (给游客讲讲, 跟团友说个数): a guide's or a teacher's listeners.
# (read as typed, so in Traditional characters too: 給遊客講講)
AUDIENCE = (r"[游遊]客|客人|[团團]友|[访訪]客|[观觀]众|大家|小朋友|孩子[们們]|[学學]生[们們]|"
            r"[听聽]众|[读讀]者")
TRAILING_REMARK = lazy_regex(rf"(?<=[\u4e00-\u9fff])\s+(?:(?:{OPENERS}|{REMARKERS})"
                             r"[^\s\d?？。!！说指问是]*|"
                             # (…多少个项目 丫头子让我问的: who asked the asker to ask)
                             rf"(?:{REMARKERS})(?:让|叫|要|托)我来?(?:问|查|打听)(?:的|一下|下)?|"
                             # (…多少家 说个准数, …几个 求个数: the figure, exactly, as every
                             # answer gives it)
                             r"(?:说|给|求)个准?(?:数|话)|"
                             # (…哪些领域啊 求科普: asking to be told, nothing more)
                             r"求(?:科普|解答|告知|指教|大神)|"
                             # (…几家 要确切数: the figure, exactly, as every answer gives it)
                             r"(?:要|给|说)个?(?:确切|准确|具体)的?(?:数字?|数据)|"
                             # (…多少家 给游客讲讲; …被誉为什么 一句话说清: whom it is for, how
                             # short)
                             rf"(?:[给給]|跟|向|[对對])(?:{AUDIENCE})[^\s\d?？。!！]*|"
                             r"一句[话話](?:[说說]|[讲講])(?:清楚?|明白)?|"
                             # (…哪些平台啊 全部列出来; …哪些方向啊 列一下谢谢: how to answer)
                             r"(?:全部|都|麻烦|请)?列(?:出来|一下|下)(?:吧|哈|呗)?(?:谢谢|多谢)?"
                             r"|谢谢|多谢|感谢|麻烦了|辛苦了)[。.!！~]*$")


# Whom the asker asks for (帮朋友问下…, …帮他问下, 替我爸打听一下): said before or after the
# question, it asks nothing.
KIN = (rf"(?:{REMARKERS}|老?爸爸?|老?妈妈?|爷爷|奶奶|姥姥|姥爷|外公|外婆|哥哥?|姐姐?|弟弟?|"
       r"妹妹?|亲戚|邻居|老乡|群友|网友|别人|人家)")
ASKING_FOR = rf"(?:帮|替|给)(?:我|咱)?{KIN}?(?:问|打听|查)(?:一下|一问|下|问)?(?:哈|啊|呗|吧)?"
# (我爸说…在哪个园子里: what he asks, in his words)
# (有客户问…, 客户想确认…: a customer's question passed on)
ASKED_BY = (rf"(?:(?:我|咱){KIN}(?:说|问)|"
            r"有(?:个|位)?(?:客户|客人|网友|读者|同事|朋友)(?:想)?(?:问|咨询)|"
            r"(?:客户|客人)(?:想|要)(?:确认|了解|知道|问)(?:一下)?)"
            r"[，,：:\s]*(?=[^，,。？?]*(?:哪|什么|啥|谁|几|多少))")
# (给小朋友讲科技园，…: whom the asker will tell, opening the message)
TELLING = rf"[给跟向对](?:{AUDIENCE})(?:讲讲?|介绍介绍|介绍|说说?)[^，,。？?]{{0,12}}[，,]\s*"
ON_BEHALF = lazy_regex(rf"^\s*(?:{ASKING_FOR}[，,：:。.\s]*|{ASKED_BY}|{TELLING})|"
                       rf"[，,。.\s]*{ASKING_FOR}[。.!！~]*$")


# A question typed as code (select 入驻企业数 from 纳米城 where year=2020; 姑苏实验室.揭牌日期;
# len(…); 上交所上市企业[]): said as words, as a person would ask it.
CODE_TYPED = lazy_regex(r"\bselect\b[^;]*\bfrom\b|"
                        r"(?<=[\u4e00-\u9fff)）])\.(?=[\u4e00-\u9fffA-Za-z])|"
                        r"\blen\(|\[\]|\bwhere\b\s*\w+\s*=", re.IGNORECASE)
_SQL = lazy_regex(r"^\s*select\s+(?P<fields>.+?)\s+from\s+(?P<table>.+?)"
                  r"(?:\s+where\s+(?P<conds>.+?))?\s*;?\s*$", re.IGNORECASE)
_CONDITION = lazy_regex(r"\s*(?P<key>[^\s=]+)\s*(?:=\s*'?(?P<value>[^'\s]+)'?|"
                        r"\s+in\s*\((?P<values>[^)]*)\))\s*", re.IGNORECASE)
_TIME_FIELD = lazy_regex(r"(?:时间|日期|年份|月份|\bdate|\btime)$", re.IGNORECASE)
_NAME_FIELD = lazy_regex(r"^(?:企业|公司|名称|名字|企业名称|机构|name|names?)$", re.IGNORECASE)
_YEAR_KEY = lazy_regex(r"^(?:year|yr|年份|年)$", re.IGNORECASE)
_TRUE_VALUE = lazy_regex(r"^(?:1|true|yes|是)$", re.IGNORECASE)


def _said_conditions(conds: str) -> tuple[str, str]:
    """year=2020 and 级别 in ('省','市') → (2020年, 省、市): the year, said first, and the
    rest, said after what is asked of."""
    year, said = "", []
    for cond in re.split(r"\s+and\s+", conds, flags=re.IGNORECASE) if conds else []:
        m = _CONDITION.fullmatch(cond)
        if m is None:
            said.append(cond.strip())
        elif _YEAR_KEY.match(m.group("key")) and m.group("value"):
            year = f"{m.group('value')}年"
        elif m.group("value") and _TRUE_VALUE.match(m.group("value")):
            said.append(m.group("key"))  # (申报完成=1: those that did)
        elif m.group("values") is not None:
            said.append("、".join(v.strip(" '\"") for v in m.group("values").split(",")))
        else:
            said.append(m.group("value"))
    return year, "".join(said)


def code_typed(text: str) -> str:
    """``text`` typed as code said as a question (see CODE_TYPED); as it is otherwise."""
    if not CODE_TYPED.search(text):
        return text
    text, _, comment = text.partition("//")
    text = text.strip().rstrip(";").strip()
    if sql := _SQL.match(text):
        fields = [f.strip() for f in sql.group("fields").split(",")]
        year, said = _said_conditions(sql.group("conds") or "")
        table = sql.group("table").replace(".", "")
        # (a schema's table, FROM events: no words of what is asked, when a name says it)
        table = "" if said and re.fullmatch(r"[a-z_]+", table, re.IGNORECASE) else table
        frame = year + table + said
        asked = []
        for field in fields:
            if count := re.fullmatch(r"count\((.*)\)", field, re.IGNORECASE):
                field = "" if count.group(1).strip() == "*" else count.group(1).strip()
            asked.append("是什么时候" if re.fullmatch(r"date|time", field, re.IGNORECASE)
                         else f"{field}是什么时候" if _TIME_FIELD.search(field)
                         else f"有哪些{field}" if _NAME_FIELD.match(field) else f"{field}多少")
        text = frame + "，".join(asked)
    else:
        text = re.sub(r"\blen\((.*)\)", r"\1有多少", text, flags=re.IGNORECASE)
        if where := re.search(r"\s*\bwhere\b\s*(.+)$", text, re.IGNORECASE):
            year, said = _said_conditions(where.group(1))
            text = year + said + text[:where.start()]
        text = re.sub(r"\.count\b", "有多少", text, flags=re.IGNORECASE)
        text = re.sub(r"(?<=[\u4e00-\u9fff)）])\.(?=[\u4e00-\u9fffA-Za-z])|"
                      r"(?<=\d)\.(?=[\u4e00-\u9fff])", "的", text)
        text = re.sub(r"\[\]", "有哪些", text)
        text = re.sub(r"\s*=\s*\?\s*$", "是什么", text)
    return f"{text} {comment.strip()}".strip()


# Emoji, the internet's slang of praise, a voice's verbal tics and the numbers of questions
# typed around a question (产值多少💰💰 yyds, 🔬, 那什么, Q1:): nothing asked.
DECORATION = lazy_regex(r"[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F\u200D]+|"
                        r"(?<![A-Za-z])(?:yyds|YYDS|xswl|awsl|nbcs)(?![A-Za-z])|绝绝子|"
                        # (a dictating voice's 那什么; not 那什么时候, then when)
                        r"那什么(?!时候|时间|地方|样|意思)[，,]?|"
                        # (老铁问一下, 家人们: whom the asker addresses, opening the message)
                        r"^\s*(?:老铁们?|哥们儿?|姐妹们?|家人们|宝子们?|亲们?|大佬们?|老哥|兄弟们?)"
                        r"(?=[，,！!\s]|问|请问|想问|求)[，,！!]?|"
                        # (Q1: …? Q2: …?, 问题1：: a question's number, asking nothing)
                        r"(?:^|(?<=[\s，,。.?？!！;；]))(?:Q|q|问题?)\s?\d{1,2}\s*[:：)）]\s*")


def without_decoration(text: str) -> str:
    """``text`` without emoji, slang of praise and verbal tics (see DECORATION), and with
    the north of England's elided words written out (see ELIDED)."""
    if "'" in text or "’" in text:
        text = ELIDED.sub(lambda m: ELIDED_WORDS[m.group(1).lower().replace("’", "'")], text)
        text = ARTICLE_JOINED.sub("the ", DROPPED_G.sub(r"\1g", text))
    return DECORATION.sub(" ", text).strip() if DECORATION.search(text) else text


# Yorkshire's and Tyneside's elisions (t' park, an' how many, wi' them, 'as it got):
# the words, before folding drops the apostrophe and leaves an article or a letter.
ELIDED_WORDS = {"an'": "and", "t'": "the", "wi'": "with", "'as": "has", "'ave": "have",
                "'ad": "had"}
ELIDED = lazy_regex(r"(?<![\w'’])(an['’]|t['’]|wi['’]|['’]as|['’]ave|['’]ad)(?![\w'’])",
                    re.IGNORECASE)
# … the article joined to its noun (t'park, t'Hong Kong, t'14th: the …) and an -ing word's g
# dropped (buildin', goin': building, going); lower case, not a name in quotes ('Berlin'),
# nor the South's fixin' (about to), read as a word of its own.
ARTICLE_JOINED = lazy_regex(r"(?<![\w'’])[tT]['’](?=[a-z0-9]|[A-Z][a-z])")
DROPPED_G = lazy_regex(r"(?<![\w'’])(?!fixin)([a-z]{2,}in)['’](?![\w'’])")


# Options offered after a quiz's question (…是哪家？A.华兴源创 B.纳微科技; 出个题：…): the
# question asks what the document says, whichever option that is.
QUIZ_OPTIONS = lazy_regex(r"(?:\s*[(（]?[A-DＡ-Ｄ][.．、:：)）]\s*[^\sA-DＡ-Ｄ]"
                          r"[^A-DＡ-Ｄ]{0,24}?){2,4}[。.?？!！]*$")
QUIZ_OPENER = lazy_regex(r"^\s*(?:出个题|出道题|考考你|小测验|quiz(?: time)?)[：:!！,，]\s*", re.I)


def without_options(text: str) -> str:
    """``text`` without a quiz's options after it and its opener (see QUIZ_OPTIONS), if a
    question is left."""
    if "A" not in text and "Ａ" not in text:
        return text
    kept = QUIZ_OPENER.sub("", QUIZ_OPTIONS.sub("", text)).rstrip()
    return _kept_if_asking(kept, text)


# A message framed as a report (报告：…？完毕; …, over): the frame asks nothing.
MESSAGE_FRAME = lazy_regex(r"^\s*(?:报告|请示|汇报)[：:]\s*|"
                           r"(?<=[？?。.！!])\s*(?:完毕|over)[。.!！]*$", re.IGNORECASE)


def without_frame(text: str) -> str:
    """``text`` without a report's frame around it (see MESSAGE_FRAME), if a question is
    left."""
    if "报" not in text and "请示" not in text and "完毕" not in text and "over" not in text:
        return text
    return _kept_if_asking(MESSAGE_FRAME.sub("", text), text)


def without_on_behalf(text: str) -> str:
    """``text`` without saying whom it asks for (see ON_BEHALF), if a question is left."""
    if not any(word in text for word in ("问", "打听", "查", "说", "确认", "了解", "知道", "讲",
                                         "介绍")):
        return text
    return _kept_if_asking(ON_BEHALF.sub("", text), text)


# A clause the asker says they do not want answered (比上年多多少我倒不关心, 排第几我不管).
NOT_WANTED = lazy_regex(r"(?:^|(?<=[，,？?。；;\s]))[^，,？?。；;\s]{2,24}?(?:我|咱)?"
                        r"(?:倒|就|可|也|才)?(?:不关心|不管|不在乎|不感兴趣|无所谓|不用管|不需要知道)"
                        r"(?:了|啊|哈|哦)?"
                        r"[。.!！]*(?=[，,？?。；;\s]|$)")


# Telling the asker, after the question (…，给俺说说; …列一下): how to answer, nothing asked.
TELL_ME_AFTER = lazy_regex(r"[，,\s]+(?:(?:给|跟|和|帮)(?:我|俺|咱)们?(?:说说|讲讲|说一下|讲一下|"
                           r"介绍一下|介绍介绍|列一下|列列|数数)|"
                           # (…，给唠唠: the northeast's telling, to no one named)
                           r"(?:给|跟)(?:我|俺|咱)?们?(?:唠唠|唠一唠|唠一下|叨叨)|"
                           # (…都有啥，列一下: listing them, to no one named)
                           r"(?:全部|都|麻烦|请|帮忙|帮我)?列(?:一下|列|出来|个单子?|个?清单))"
                           r"(?:呗|吧|啊|呀|哈)?[。.!！~]*$")
# The same in English after a question mark (…? list 'em, gracias; …? pls list them all;
# …? compare both).
# (…? can list out the names?: what a count's answer shows anyway)
EN_LIST_THEM_AFTER = lazy_regex(r"(?<=[?？])[\s,]*(?:(?:pls|please|just|kindly|can you|could you|"
                                r"can|could)\s+)?(?:(?:list|name)(?:\s+out)?\s+(?:them|'em|’em|em|"
                                r"all of them|all|each|the names|their names|names)|"
                                # (…? both dates pls: what a which-first answer gives)
                                r"(?:give me |with )?(?:both|the two|their|the) dates|"
                                # (…? compare both ya: what both figures answered show)
                                r"compare (?:both|them|'em|the two|the pair))"
                                # (and Scots' aw, all: list them aw)
                                r"(?:\s+(?:all|aw|out|for me|pls|please|ya|yeah))?[\s,.!]*"
                                r"(?:thanks|thx|ty|cheers|gracias|merci|danke|obrigad[oa])?[\s.!~]*$",
                                re.IGNORECASE)
# The asker's own clause after the question (…产值多少，俺们钢厂当年可没这么多; …是多少，俺想
# 跟前一年比比): nothing asked, unless it says what the asker wants (我要累计的, 我想知道…).
FIRST_PERSON_AFTER = lazy_regex(r"(?<=[\u4e00-\u9fff])[，,]\s*(?:俺|我|咱)们?"
                                r"(?![^，,。？?]*(?:要|想知道|问|查|说的是|指的是|\d))"
                                r"[^，,。？?!！]{1,16}[。.!！~]*$")


# What the asker plans, after a comma (…is located, I am planning to visit for my fieldwork):
# why they ask, nothing asked.
EN_PLAN_AFTER = lazy_regex(r"[,，]\s*(?:as |since |because )?(?:i'?m|i am|we'?re|we are|i'?ll be|"
                           r"i will be|we'?ll be) (?:planning|going|hoping|trying|looking|keen|"
                           r"about) to\b[^?？]*$", re.IGNORECASE)


# A remark after a Chinese question with an English word of the asker's trade in it, saying
# how much of something it is (…一共评了多少个项目，pipeline挺大啊): nothing asked.
LATIN_REMARK_AFTER = lazy_regex(r"(?<=[\u4e00-\u9fff])[，,]\s*(?=[^，,？?]*[A-Za-z]{3,})"
                                r"[^，,？?]{1,20}?(?:挺|很|真|好|太|超|蛮)[\u4e00-\u9fff]{1,3}"
                                r"[啊呀吧哦嘛!！。~]*$")


# How big the asker guesses it is, after the question (…评了多少个项目啊 贼多吧, …，挺大的吧):
# no constraint, nothing asked. (Not 好多, which asks how many in the southwest.)
# (…来头 ah，听说很厉害: a particle typed in Latin letters before it; what the asker heard)
# (…几化铜钿？老结棍个伐: Wu's 结棍, mighty, and 个伐, isn't it, after the question's mark)
GUESSED_SIZE_AFTER = lazy_regex(r"(?:(?<=[\u4e00-\u9fff])(?:\s*(?:ah|la|lah|hor|leh|ya))?[\s，,]+|"
                                r"(?<=[?？])\s*)"
                                r"(?:应该|肯定|估计|感觉|听说)?"
                                r"(?:贼|挺|很|真|太|超|老|蛮|巨|特别)(?:多|大|高|猛|厉害|牛|结棍)"
                                r"(?:了|的|个)?[吧啊呀哦嘛伐吗]*[!！。~]*$")

# A guess typed after the question (…哪个部门公布的？是国家级的认定吧; …产值有好多嘛，好几百亿？):
# what the asker believes, for the answer to confirm, no second question.
GUESSED_AFTER = lazy_regex(r"(?<=[?？])\s*(?:应该|估计|我猜|可能|大概)?是[^，,?？。]{1,16}吧"
                           r"[?？。!！~]*$|"
                           r"(?<=[，,])\s*(?:有|得有|应该有|怕是有)?好几[十百千万亿]+[^，,?？。\d]{0,3}"
                           r"[吧吗嘛?？。!！~]*$")

# Where the asker could look it up, or whether the book has it, after the question (…成交额是
# 好多，哪里查得到; …是好多啰，书上有冇得; …入驻了好多家企业，有冇得数): nothing the document
# says, the answer says whether it does.
LOOKED_UP_AFTER = lazy_regex(r"[，,。？?]\s*(?:在|去|到|从)?(?:哪里|哪儿|哪)(?:能|可以)?"
                             r"(?:查|找|看)(?:得到|得着|到|一下)?[?？。!！]*$|"
                             r"[，,。？?]\s*(?:书上|书里|文档里?|文件里?|资料上|资料里|年鉴上|年鉴里|"
                             r"上面|里面)?(?:有没有|有没得|有冇得|有冇|有无)(?:个|具体)?(?:数|数据|"
                             r"数字|写|说|讲|提|记载|写到|讲到|说到|提到)?[啊呀哦啰嘛呢咯哈]*[?？。!！]*$")

# What the asker does not need, after the question (…GDP for 2020? don't need the R&D share,
# just the GDP): the question already says what is asked.
EN_NOT_NEEDED_AFTER = lazy_regex(r"(?<=[?？.])\s*(?:i\s+)?(?:don'?t|do not|dont|dinnae|no)\s+"
                                 r"need\b[^?？]*$|"
                                 # (…? not the total 45 number: a figure ruled out, known)
                                 r"(?<=[?？.])\s*(?:but\s+)?not\s+(?:the\s+)?(?:total\s+|"
                                 r"overall\s+|whole\s+)?\d[^?？]*$", re.IGNORECASE)

# The number asked again after a question asking which meeting or batch (…at which meeting
# of the joint council? what number?): what was asked.
EN_NUMBER_AGAIN_AFTER = lazy_regex(r"(?<=[?？])\s*(?:and\s+)?(?:what|which)(?:'s|\s+is)?\s+"
                                   r"(?:the\s+)?(?:number|no\.?)\s*[?？]*\s*$", re.IGNORECASE)
EN_WHICH_OF_A_SERIES = lazy_regex(r"\b(?:which|what)\s+(?:meeting|session|batch|edition|round|"
                                  r"conference|plenary)\b", re.IGNORECASE)

# An aside before an English question, closed by "but" (don't get mardy but…, no offence
# but…, sorry to bother you but…): nothing asked.
EN_ASIDE_BEFORE = lazy_regex(r"^\s*(?:(?:please\s+)?(?:don'?t|dont|do not)\s+get\s+(?:me\s+)?"
                             r"(?:wrong|mardy|cross|upset|mad|angry|narked|offended|arsey)|"
                             r"no offen[cs]e|not being funny|(?:with\s+)?(?:all\s+due\s+)?respect|"
                             r"sorry(?:\s+to\s+(?:bother|ask|pester|trouble)(?:\s+you)?)?|"
                             r"i hate to ask|excuse me|pardon me)[\s,.]*but\s+", re.IGNORECASE)

# An exclamation after an English question (…over 10 years? that's a lotta shrimp; …?? thats
# mad money), or the asker's guess: nothing asked.
EN_EXCLAIMED_AFTER = lazy_regex(r"(?<=[?？])\s*(?:that'?s|thats|dat'?s|dats|it'?s|'?tis|what a|wow|"
                                r"sounds|must be|"
                                # (…? prob a wicked long name: the asker's guess; …? gert
                                # big number i spect: the West Country's gert, very)
                                r"prob|probs|probably|i bet|bet it'?s|i reckon|i guess|i expect|"
                                r"i spect|gert|"
                                # (…? sound; …? mint, ta: Britain's words of thanks or praise)
                                r"sound|mint|sorted|champion|lovely|ace|nice one|smashing|"
                                r"cracking)\b[^?？]*$",
                                re.IGNORECASE)


# Asking the bot to oblige, after the question (…累计多少支，中不中; …，行不行; …，好吗):
# nothing asked of the document.
OBLIGE_AFTER = lazy_regex(r"(?<=[\u4e00-\u9fff])[\s，,]+(?:中不中|行不行|好不好|成不成|中不|"
                          r"行吗|好吗|成吗|可以吗|可以不)[啊呀吧哈嘛?？!！。~]*$")


# The same said before the question proper (…一年产值倍儿高吧，到底多少钱): a guess, no
# part of what is asked.
GUESSED_SIZE_BEFORE = lazy_regex(r"(?<=[\u4e00-\u9fff])(?:应该|肯定|估计|感觉)?"
                                 r"(?:贼|挺|很|真|太|超|老|蛮|巨|特别|倍儿)(?:多|大|高|猛|厉害|牛)"
                                 r"(?:了|的)?[吧啊呀哦嘛]+(?=[，,]\s*(?:那|到底|究竟|具体)?[^，,]{0,6}"
                                 r"(?:多少|几))")


def without_trailing_remark(text: str) -> str:
    """``text`` without a remark typed after its question (see TRAILING_REMARK,
    TELL_ME_AFTER, EN_LIST_THEM_AFTER, FIRST_PERSON_AFTER, EN_PLAN_AFTER, OBLIGE_AFTER,
    GUESSED_AFTER, EN_NOT_NEEDED_AFTER, EN_NUMBER_AGAIN_AFTER) or a guess or an aside before it
    (GUESSED_SIZE_BEFORE, EN_ASIDE_BEFORE), and without a clause the asker does not want
    answered (see NOT_WANTED)."""
    for after in (TELL_ME_AFTER, EN_LIST_THEM_AFTER, FIRST_PERSON_AFTER, EN_PLAN_AFTER,
                  LATIN_REMARK_AFTER, GUESSED_SIZE_AFTER, EN_EXCLAIMED_AFTER,
                  EN_NOT_NEEDED_AFTER):
        text = _before_remark(text, after.search(text))
    if (aside := EN_ASIDE_BEFORE.match(text)) and asks(text[aside.end():]):
        text = text[aside.end():]
    if (again := EN_NUMBER_AGAIN_AFTER.search(text)) and EN_WHICH_OF_A_SERIES.search(
            text, 0, again.start()):
        text = text[:again.start()]
    if (guess := GUESSED_AFTER.search(text)) and _asks_before(text, guess.start()):
        text = text[:guess.start()]
    if "吧" in text or "啊" in text or "呀" in text or "哦" in text or "嘛" in text:
        text = GUESSED_SIZE_BEFORE.sub("", text)
    if (lookup := LOOKED_UP_AFTER.search(text)) and _asks_before(text, lookup.start()):
        text = text[:lookup.start()]  # (哪里查得到 asks where to look, nothing of the document)
    if (oblige := OBLIGE_AFTER.search(text)) and asks(text, oblige.start()):
        # (not _before_remark: the 吗 of 行吗 and 好吗 asks the bot, nothing of the document)
        text = text[:oblige.start()]
    if "不" in text or "无所谓" in text:
        wanted = _kept_if_asking(NOT_WANTED.sub("", text), text)
        text = wanted.rstrip("，, ") if wanted != text else text
    return _before_remark(text, TRAILING_REMARK.search(text) if " " in text.strip() else None)


def _asks_before(text: str, end: int) -> bool:
    """Whether ``text`` asks before ``end``, in the southwest's 好多 too (which ASKS leaves to
    the dialects' reading)."""
    return asks(text, end) or "好多" in text[:end]


def _before_remark(text: str, remark: re.Match[str] | None) -> str:
    """``text`` up to ``remark`` when the remark asks nothing and what stands before it
    asks; as it is otherwise."""
    if remark is None or ASKS.search(remark.group(0)) or not asks(text, remark.start()):
        return text
    return text[:remark.start()]


# A keyword question's measure at its end (…签约成立的具体日期): asking, with no question word.
KEYWORD_ASKED = lazy_regex(r"(?:日期|时间|名单|名称|数量|地址|面积|金额|多大|多久)[。.!！?？]*$")


def _kept_if_asking(kept: str, text: str) -> str:
    """``kept``, ``text`` with words set aside, when that changed it and left a question;
    ``text`` otherwise."""
    return kept if kept != text and (ASKS.search(kept) or KEYWORD_ASKED.search(kept)) else text


def without_personal_sentences(text: str) -> str:
    """``text`` without the sentences about the asker around its question (see
    PERSONAL_SENTENCE); as it is when nothing asking would be left. (The reader keeps them
    when the rest names nothing: "I'm writing about Nanopolis. How many firms are there?")"""
    if not PERSONAL_OPENER.search(text):
        return text  # (no sentence opens as one: the long pattern need not be compiled)
    return _kept_if_asking(PERSONAL_SENTENCE.sub(
        lambda m: m.group(0) if ASKS.search(m.group(0)) and not _told_before_asking(
            m, text) else "", text), text)


def _told_before_asking(sentence: re.Match[str], text: str) -> bool:
    """Whether a sentence about the asker, ended by a full stop, comes before a question
    of its own (我在CRO公司做商务拓展，想先估计一下潜在客户有多少。截至2020年底…有多少家…？):
    its question words are why the asker asks, not what."""
    return sentence.group(0).rstrip().endswith("。") and bool(
        QUESTION_AFTER.search(text, sentence.end()))


# A sentence of its own that asks, ended by a question mark.
QUESTION_AFTER = lazy_regex(r"[^。!！?？]*?(?:多少|几|哪|什么|谁|何时|怎么|如何)[^。!！?？]*[?？]")


# What the asker believes or guesses, said in passing (… (Zhangjiang, if I understand
# correctly)?; which, if I'm not mistaken, is…; Just to confirm for an IR deck: …): nothing
# asked, and its words are no words of the question.
HEDGE_WORDS = (r"if i (?:understand|remember|recall)(?: it| this)? (?:correctly|right)|"
               r"if i'?m not mistaken|as i understand it|i (?:assume|think|believe|guess|suppose)|"
               r"i'?m told|presumably")
HEDGED_ASIDE = lazy_regex(rf"\s*[（(][^（()）]*\b(?:{HEDGE_WORDS})\b[^（()）]*[)）]|"
                          rf",?\s*\b(?:{HEDGE_WORDS})\b\s*(?=[,，?？]|$)", re.I)
PURPOSE_OPENER = lazy_regex(r"^\s*(?:just |a )?(?:to (?:confirm|check|double-check)|quick "
                            r"(?:check|question|one)|for (?:my|our|an?|the) [^:?]{1,30}?)"
                            r"[^:?]{0,40}:\s*(?=\S)", re.I)


# The document named as the one who says it (how many … does the yearbook state are …; as
# stated in the yearbook): how the answer is sourced, asked of every question; its verb is
# no word of what is asked (state is no 国家).
DOCUMENT_SAYS = lazy_regex(r"\b(?:does|do|did) the (?:yearbook|document|chapter|report|text|book|"
                           r"entry) (?:state|say|list|mention|report|give|record)s?\b\s*|"
                           r",?\s*\b(?:as|is|are|was|were) (?:stated|said|reported|mentioned|given|"
                           r"recorded|listed) (?:in|by) the (?:yearbook|document|chapter|report|"
                           r"text|book|entry)\b", re.IGNORECASE)


def without_document_says(text: str) -> str:
    """``text`` without the document named as its source (see DOCUMENT_SAYS)."""
    if "the " not in text.lower():
        return text
    kept = DOCUMENT_SAYS.sub(" ", text)
    return kept if kept != text and ASKS.search(kept) else text


# Two things named once, in the plural, told apart in brackets (the Jinji Lake Innovation
# Cooperation Centres (Beijing and Greater Bay Area)): each named as the document names it.
SHARED_NAME = lazy_regex(r"\b((?:[A-Z][\w*'’-]*\s+){1,6}?)(Cent(?:re|er)|Institute|Lab|"
                         r"Laborator(?=ies)|Park|Base|Academ(?=ies)|Platform|Fund|Alliance)"
                         r"(?:s|ies)\s*[(（]"
                         r"([^()（）,，]{2,40}?)\s*(?:,|，|\band\b|&)\s*([^()（）]{2,40}?)[)）]")


def shared_name_spread(text: str) -> str:
    """``text`` with a name said once for two things (see SHARED_NAME) said for each."""
    if "(" not in text and "（" not in text:
        return text

    def spread(m: re.Match[str]) -> str:
        name = m.group(1) + m.group(2) + ("y" if m.group(2).endswith(("Laborator", "Academ"))
                                          else "")
        return f"{name} ({m.group(3).strip()}) and {name} ({m.group(4).strip()})"

    return SHARED_NAME.sub(spread, text)


def without_hedges(text: str) -> str:
    """``text`` without what the asker assumes in passing, or why they ask before a colon;
    as it is when nothing asking would be left."""
    if "(" not in text and "（" not in text and ":" not in text and not rx(
            r"(?i)\bi(?:'m| am)? (?:understand|assume|think|believe|guess|suppose|told)|"
            r"mistaken|presumably|as i understand").search(text):
        return text  # (no hedge: the patterns need not be compiled)
    kept = PURPOSE_OPENER.sub("", HEDGED_ASIDE.sub("", text))
    return kept if kept.strip() and ASKS.search(kept) else text


# Two deeds said in their order, then asked of each (先签了谅解备忘录，后来又签了合作协议，这两次
# 分别是什么时候): joined, as 签了谅解备忘录和签了合作协议 joins them.
DEEDS_IN_ORDER = lazy_regex(r"先([^，,。？?！!]{2,24}?)[，,]?(?:后来|然后|之后|随后|后|再)又?"
                            r"(?=[^，,。？?！!]{2,24}(?:[，,].*)?(?:两次|两件事|分别|各自?))")


# Which came first, asked as a choice (是先签的A还是先签的B): A和B哪个在先, as the comparison
# of dates reads it; the dates of each asked after it are in that answer.
# (up to 30 characters each: a thing may be named in English, 先签 cooperation agreement)
FIRST_AS_A_CHOICE = lazy_regex(r"(?:是)?先([^?？，,。还]{2,30}?)[，,]?还是(?:是)?先?"
                               r"([^?？，,。]{2,30}?)(?:呢|啊)?(?=[?？，,。]|$)")
DATES_AFTER_FIRST = lazy_regex(r"(?<=在先)[?？，,]\s*(?:这|那)?"
                               r"(?:两件事|两个|两项|两次|两者|它们|俩)?的?(?:日期|时间)?(?:分别|各自?)是?(?:哪天|哪一天|什么时候|几号|"
                               r"什么日期|多少)?[呢啊?？]*$")


# Which one, said of the things compared (哪一事件在先, 哪件事更早): the comparison's 哪个.
WHICH_THING = lazy_regex(r"哪(?:(?:一|个|一个)?[件项次场个]?(?:事件|事情|事|活动)|一?[件项])"
                         r"(?=(?:更|比较|较|在)?(?:先|早|晚|后|前))")


# By which parties (由哪些方面共建, 由哪几方): the bodies asked, as 哪些单位 asks them; not
# the aspects of a thing (在哪些方面合作).
PARTIES_ASKED = lazy_regex(r"(?<=由)哪(?:些|几)个?方(?:面)?")


# Which one first, then the choice (哪个早，A还是B？; Which came first — A or B?): the choice,
# then which one, as it is most often said (A还是B哪个早).
WHICH_BEFORE_CHOICE = lazy_regex(r"^(哪个|哪一个|谁)(更早|更晚|早|晚|先|后|在先)[，,：:—\-\s]*"
                                 r"([^，,。？?]+?还是[^，,。？?]+?)(?=[?？。]*$)")


def which_first(text: str) -> str:
    """是先签的A还是先签的B？各是什么时候 → 签的A和签的B哪个在先 (see FIRST_AS_A_CHOICE);
    which thing, which parties said as the comparison and a list read them."""
    # (the words first: most questions hold neither, and need no pattern compiled)
    if "事" in text or "活动" in text or "项" in text or "件" in text:
        text = WHICH_THING.sub("哪个", text)
    if "由哪" in text:
        text = PARTIES_ASKED.sub("哪些单位", text)
    if "还是" in text:
        text = WHICH_BEFORE_CHOICE.sub(r"\3\1\2", text)
        text = FIRST_AS_A_CHOICE.sub(r"\1和\2哪个在先", text)
    return DATES_AFTER_FIRST.sub("", text) if "在先" in text else text


# Signed, said with 了 or 下 before what was signed (签了几个项目, 签下多少协议): the 签约 the
# document counts its signings by.
SIGNED_WHAT = lazy_regex(r"签(?:下了|了|下)(?=(?:多少|几化|几多|几许|好多|几)[个项份家]?"
                         r"(?:项目|协议|合同|合作))")


def join_split_verbs(folded: str) -> str:
    folded = SPLIT_VERB.sub(lambda m: m.group(0)[0] + m.group(0)[2], folded)
    if "签" in folded:
        folded = SIGNED_WHAT.sub("签约", folded)
    if "上" in folded and ("所" in folded or "板" in folded):
        folded = LISTED_ON.sub("上市", folded)
    return folded


# Listed said with its verb cut short (在哪个交易所上的, 哪个板上的): 上市.
LISTED_ON = lazy_regex(r"(?<=交易所|[^易]交所)上(?:的|了)?(?=[?？。!！]*$)|(?<=板)上(?:的|了)"
                       r"(?=[?？。!！]*$)")


# Whether what was said is right (这个数对吗, 准不准, 属实吗): a check of figures stated.
FIGURE_CHECK = r"对吗|对不对|准确吗|准不准|没错吧|属实吗|是对的吗|是这样吗|是真的吗"


QUESTION_WORDS = lazy_regex(
    # (where to look, 年鉴配图里, 原文中: the document itself, no word of what is asked)
    r"(?:在|按|据)?(?:这本)?(?:年鉴|原文|文档|文中)(?:里面|里|中|上)?"
    # (原文写的是哪一天: what the document writes is what is asked)
    r"(?:(?:写|记载|记录|说)的是|(?:写|记载|记录)的)?(?=\S)|"
    # fillers (一起搞的, 拿到, 主要, 专门, 那份); which body (在哪个单位: who, not where)
    r"(?:在|是)?(?:哪个|哪家|哪一家|哪些|什么)(?:单位|部门)|哪(?:个|一)(?:期|地块)|那张|这张|那个|这个|"
    # 都 ("all": 都建了哪些), not the end of a city's name (成都, 首都)
    r"(?<![成首京古国帝])都|那[份次场项]|这[份次场项]|一起|到底|究竟|竟然|居然|搞的|弄的|搞|弄|"
    # (a business desk's jargon: 这个抓手, 底层逻辑)
    r"(?:这个|那个)?抓手|(?:的)?底层逻辑|颗粒度|打法|拿到|拿了|主要|专门|"
    # (who passes the question on: 居民问…, 老板让我查…)
    r"^(?:有|群里有?)?(?:居民|市民|老板|领导|客户|同事|朋友|有人|网友|群友|家长|学生|老师|读者|"
    r"用户|客人|外宾|租户|业主|投资人|记者)们?(?:问|让我查|让我问)(?:我|了|一下|道|起)?|"
    # (who asks, asking: 想问下…, 我想问…, 冒昧请教一下…)
    # (阿拉问下: Shanghai's we, asking)
    r"(?:^|(?<=[,~!。]))(?:弱弱地?|冒昧地?|顺便|再|还)?(?:我们?|咱们?|俺们?|额|阿拉)?(?:想|要|来)?"
    r"(?:问|请教|咨询|打听|求问)(?:一?下|问|个问题)?|"
    # (核实…, 帮我确认一下…: what the asker wants done is to be told)
    r"(?:^|(?<=[,~!。]))(?:请|麻烦)?(?:帮我|帮忙)?(?:核实|核对|确认|查询|查证|查一下)(?:一下)?|"
    # (a figure checked against a table: 核一下月份, …那一栏, 这个数对不对)
    r"(?:请|麻烦)?(?:帮我|帮忙)?(?:核一下|核对一下|核实一下|核下|核对|核实|校对)"
    r"(?:月份|日期|数字|时间|年份)?|"
    r"[那这]一?栏|(?:这个|那个)?数(?:字)?对不对|对不对|对吗|"
    # (intent and time said loosely: 打算投多少, 前前后后总共)
    # (what something is called asks for its name: 统称叫什么名字, 名称是什么)
    # (a guess put as a memory: 我记得是…吧, 印象中是…)
    r"我?(?:记得|印象中|印象里)|我(?:以为|猜|估计)|"
    r"打算|准备|前前后后|那家|这家|(?:统称|合称|总称)?叫(?:什么|啥)(?:名字|名称)?|"
    # (做哪些方面, 照顾哪些行当: its fields asked, in everyday words)
    r"(?<!由)(?:哪些|哪几个|什么)(?:方面|行当)|"
    # (被叫成个啥, 被称作什么: what it is called, its title asked)
    r"被?(?:叫成|叫做|叫作|称作|称为)个?(?=什么|啥)|"
    r"(?:的)?(?:名字|名称)(?:是|叫)(?:什么|啥)|"
    # (its full name: 全称是什么, 全名叫啥)
    r"的?(?:全称|全名|正式名称|完整名称)(?:是|叫)?(?:什么|啥)?|那边|这边|多大|多高|多长|多远|"
    rf"{LOCATION_SAID}|来着|在?(?:什么|哪个|具体)位置|位置在|(?:的)?(?:哪个|什么)方位|"
    rf"(?:的)?哪一?[边侧]|(?:的)?{SIDE_CHOICE}|"
    r"在?哪个(?:片区|板块)|在?哪[个座](?:产业园|科技园|园区?)|"
    # (属于哪个园: which one it belongs to, the relation asked)
    r"(?:属于|归属于?|隶属于?)(?=哪|什么)|的?合作(?:方|伙伴|单位)|在?哪[个座]?(?:城市|国家|省份?)|在?哪(?:一|个|一个)?[区县镇]|[在搁]?哪一?(?:块|片儿?(?!区))|在?哪国|什么国家|是什么时候|是什么时间|"
    r"(?:是个?)?(?:什么|啥)(?:东西|玩意儿?)|是个什么|是个啥|是啥时候|啥时候|干啥的|是啥|干啥|啥|咋样|咋|这些|那些|"
    r"[这那](?:两|几|三)[家个所位项]|[这那]俩|(?:排名|排|列|位居|位列|名列)第几(?:位|名)?|"
    # (有张照片拍的是…，那是哪天的事: the photo and "that matter" ask nothing)
    r"的事(?:情|儿)?(?=[?？!！。]*$)|(?:^|(?<=[,，]))[那这]是|有一?张|拍的是|(?:多少|几)[家个人件张支项名位所批类场次]|特别之处|特别|特点|特色|亮点|简介|背景|资料|"
    r"几时|哪[两二三四五六七八九十几]+[家个所位项名样种](?:单位|部门)?|"
    rf"{THE_COUNTED_ONES}(?=[?？。]*$)|"
    # (最后想打造成个什么: what it is to become, the asker's hedges and 个 asking nothing)
    r"(?:最后|最终|将来|未来)?(?:想|要|准备|打算)(?=打造|建成|建设成|成为|做成|变成)|"
    # (靠哪三样技术撑起的, …吃饭: what props it up, the 靠 asked; 撑起 and 吃饭 no words of the
    # document's)
    r"(?<=[术品台])(?:撑起(?:来)?的?|吃饭)(?=[?？。!！]*$)|"
    # (最后认定的, 最终入选: in the end, before the verb, no word of the document's)
    r"(?:最后|最终)(?=认定|获批|入选|评上|批准|通过|选上|有(?:多少|几))|"
    r"(?<=[成是做])个(?=什么|啥)|"
    # (告诉我年份就行: how much to say, nothing asked about)
    r"(?:告诉我|给我|说)?(?:个|一个)?(?:年份|月份|具体日期|日期|数字|名字|名称)?就(?:行|好|可以)了?|照片|图片|相片|请问|请告诉我|告诉我|我想知道|想知道|"
    # (你知道纳米城搞什么领域吗, 晓不晓得: whether the bot knows asks nothing)
    r"(?:你|您|侬)(?:知道|晓得)|(?:知道|晓得)[吗伐么不](?=[?？!！。]*$)|知不知道|晓不晓得|"
    # (…哪天成立的啊 不晓得: the asker's own not knowing, after the question; Wu's 伐晓得 and
    # 勿晓得 too)
    r"(?:我|俺|额)?(?:也|都)?(?:[不伐勿](?:知道|晓得|清楚|懂)|[看搞]不懂)(?=[啊呀哦嘛]*[?？!！。]*$)|"
    # (…累计几许人嗯想晓得: the asker wanting to know, after the question)
    r"(?<=[人家个件张项名位元])嗯?(?:我|侬|俺)?想(?:晓得|知道)(?=[啊呀哦嘛伐]*[?？!！。]*$)|"
    r"能否|可以|一下|什么时候|"
    r"什么时间|何时|哪一天|哪天|哪一?日|"
    # (在哪一年, 哪一月: in which year or month, no place)
    r"在?哪一?年|在?哪[个一]?月份?|几月份?|几号|在哪里|在哪儿|在哪|哪里|哪儿|何处|什么地方|多少钱|"
    # (占百分之几, 占几成: a share asked, the % unit's question words)
    r"百分之(?=几|多少)|(?<=几)成|多少|几|哪些|"
    r"哪几|有哪(?:[两二三四五六七八九十几]+[家个所位项名](?:单位|部门)?)?|哪家|哪个|哪所|哪位|谁|是什么|什么|怎么样|"
    r"怎样|如何|吗|呢|吧|啊|呀|么|"
    # (…有多少家嘛, …是哪天哈, …几家呗: the casual particles a question may end with)
    r"(?:嘛|哈|啦|哦|喔|咯|啰|捏|咧|呗|嘞|噻|啵|哩|噶|嘎|嗰)(?=[?？!！。~～]*$)|"
    # (Wu's 个 for a final 的 after where or when is asked: 落在啥地方个, 几月份开工个)
    r"(?<=地方|哪里|位置|时候|哪天|几号|几月|月份|开工|成立|揭牌|签约|签署|上市)个(?=[?？!！。~～]*$)|"
    rf"是不是|是否|有没有|一共|总共|共有|大概|大约|{NOW_ZH}|情况|介绍(?:一?下)?|"
    # (用一句话介绍, 简单介绍下: how long an answer, nothing asked)
    r"(?:用|拿)?一句话|简单地?|简要地?|简短地?|"
    r"具体|请|了|(?<!通)过(?!会)|的是|是|有|"
    r"[?？!！。，,、:：;；\"“”'‘’()（）\[\]【】《》<>\s]")
# Who sent the question on, before a colon (有个香港客人发来的：…, 帮领导问的：): asks nothing.
FORWARDED = lazy_regex(r"^[^：:？?。，,]{0,14}?(?:发来的|发过来的|转来的|转发的?|问我的|托我问|"
                       r"让我问|帮[^：:？?。，,]{1,6}问(?:的|一下|下)?|问的)[：:]\s*")


# Questions about a thing as a whole, not one fact of it: its state now (进展如何 → the
# latest the document says) or what it is (特别之处, 称号 → what the document says of it
# first). Their words name no fact, so they are no part of the question's content.
# What a thing is meant to do or become, asked in English (what is it meant to become: its
# aim, what it is to be built into).
EN_AIM_ASKED = (r"\b(?:meant|supposed|designed|intended|set up) to do\b|"
                r"\b(?:aims?|aimed|meant|supposed|wants?|hopes?|plans?|set|going|"
                r"expected) to (?:become|be(?: turned)? into|turn into)\b|"
                r"\bbecome (?:a |an )?(?:kind of |sort of )?what\b")
# A recognition asked (获得了什么认定, 获批了什么, what recognition did it get, approved as
# what): what it was picked or approved as, as its sentences say.
HONOUR_WORDS = (r"获得了?(?:什么|啥)(?:认定|认可|资质|荣誉|称号)|(?:什么|啥)(?:认定|认可)|"
                r"获批了?(?:什么|啥)|被?认定为(?:什么|啥)|入选了?(?:什么|啥)|"
                # (what recognition did it get, approved as what; not which company was
                # approved as one: a name asked)
                r"\b(?:what|which) (?:kind of |national )?(?:recognition|accolades?|awards?|"
                r"prizes?|titles?|honou?rs?)\b|"
                r"\b(?:what )?recognition (?:did|has|had|was|got)\b|"
                r"\b(?:approved|recogni[sz]ed|selected) as what\b|"
                # (what approvals did it get: the things it got, as said)
                r"\bwhat (?:(?!(?:year|month|day|date|time|kind)\b)[a-z]+ )?did "
                r"(?:it|they|[a-z .()-]{2,40}?) (?:get|receive|win|obtain|gain)\b")
ASPECTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("status", lazy_regex(r"进展(?:如何|怎么样|到哪了?|情况)?|进度|现状|最新情况|怎么样了|如何了|"
                          r"到哪一?步了?|走到哪了?|(?:什么|哪个)阶段了?|最后想做成什么样|做成什么样|发展得?怎么样|什么状态|状态|"
                          r"(?:弄|搞|做|建)到(?:啥|什么)程度了?|(?:啥|什么)程度了|"
                          # (上市去到乜个地步, 到什么地步了: how far it has got)
                          r"到(?:了)?(?:啥|什么|哪个)地步了?|"
                          # (用起来冇, 投用了没有: whether it is in use yet)
                          r"(?:用起来|投用|投入使用)了?(?:没有?|冇得?|吗|未|不)|"
                          # (what's its status, is it up and running yet; not high-tech
                          # enterprise status, a recognition)
                          r"\b(?:progress|latest|up and running)\b|"
                          r"\bwhat(?:'s| is)? (?:the |its |their )?(?:current )?status\b|"
                          r"\b(?:its|current) status\b|\bstatus (?:as of|now|so far)\b")),
    # (有什么特别之处: the longest, so that no 之处 is left asked)
    ("describe", lazy_regex(r"(?:有什么|有啥)?(?:特殊|特别)(?:之处|的地方)|"
                            # (是第几个这样的装置: whether it is the first, as it is said)
                            r"是第几(?:个|家|座)(?:这样的|这种)?|"
                            r"(?:有什么|有啥)(?:特殊|特别)的?|特点|特色|"
                            r"亮点|号称什么称号|号称|什么称号|称号|有什么荣誉|拿到了?啥荣誉|荣誉|"
                            # (被人家叫做啥, 人称什么: what it is called)
                            r"(?:被|给)?(?:人家|人们|大家|外界|业内|别人|人)?(?:叫做|叫作|称作|称为|人称|称之为|誉为|称誉为|美誉为)(?:什么|啥)|"
                            r"定位是|主要做什么|是做什么的|"
                            # (干成了个啥, 有什么突破: what it achieved, as its sentences say)
                            r"(?:有|取得了?)(?:什么|啥|哪些)(?:成就|成绩|突破)|"
                            r"(?:干成|做成|办成)了?(?:个|一个)?(?:什么|啥)|"
                            # (算是什么样的装置: what kind of thing it is)
                            r"(?:(?:是|算是|属于)(?:一个|一种|一家|一座|个)?什么(?:样|类型|性质|机构)|"
                            r"(?:是)?(?:啥|什么)来头|"
                            # (算是什么级别, 哪个级别: its standing, said in its description)
                            r"(?:是|算是?|属于)?(?:什么|哪个|哪一)(?:级别|层级|档次))的?"
                            r"(?=[^，,。？?]{0,4}[?？。]*$)|能(?:够)?(?:做|干)(?:什么|啥)|有(?:什么|啥)功能|"
                            r"干什么的?|(?:是|主要)?(?:干嘛|干啥|做啥)的?|(?:主要)?(?:用在|用于|应用于|应用在)"
                            r"(?:哪里|哪儿|哪些|啥|什么)?(?:领域|方面|地方)?|用途|"
                            # (产品用哪里: what it is used in, said without 在)
                            r"(?<=产品)用(?:哪里|哪儿)|"
                            # (what it means, the idea behind it: what its sentence says)
                            r"(?:是)?什么意思|(?:的)?含义|(?:的)?(?:理念|思路)是什么|"
                            r"\b(?:idea|concept|principle|thinking|rationale|logic)"
                            r" (?:behind|of)\b|"
                            r"\bmeaning of\b|"
                            r"\b(?:special|unique|distinctive|notable|noteworthy|remarkable)\b|"
                            r"\bstands? out\b|"
                            r"\bknown (?:as|for)\b|\bused (?:for|in)\b|"
                            # (where are its products used: what in, not where it stands)
                            rf"{EN_WHERE_USED}|"
                            r"\bnick ?names?\b|\bnick ?named\b|"
                            # (what recognition did it get, 获得了什么认定: what it was picked as)
                            + HONOUR_WORDS + "|"
                            # (what do they call it, it is called the biggest what: its epithet)
                            r"\bwhat (?:do|does|did) (?:they|people|you|others) call\b|"
                            r"\bcalled (?:the |a |an )?"
                            r"(?:(?!\b(?:and|or|on|in|at)\b)[a-z' .-]){0,40}\bwhat\b|"
                            r"\b(?:billed|hailed|touted|dubbed|praised|regarded|described|pitched|branded|"
                            r"positioned|marketed) as\b|"
                            # (what is it reckoned to be, considered to be: how it is rated)
                            r"\b(?:reckoned|considered|said|thought|supposed) to be\b|"
                            r"\b(?:acclaimed|renowned|celebrated)\b|"
                            r"\bhow (?:is|was) .+ (?:described|called|known)\b|"
                            r"\bfocus(?:es|ed)? on\b|\bspeciali[sz]es? in\b|"
                            r"\b(?:dedicated|devoted)\b|"
                            # what does it do, what is it for (not: what did it do to …)
                            # (what the centre do?: its does dropped, as the Caribbean types)
                            r"\bwhat (?:does|do|can|the) [^?]+ do(?:\?|$)|"
                            r"\bwhat (?:is|was|the) [^?]+ (?<!account )for(?:\?|$)|\bpurpose\b|"
                            + EN_AIM_ASKED)),
)
# A subject pronoun after when/where/what: a clause of the question, no second one (how
# much did it raise when it listed).
EN_SUBJECT = r"(?:it|they|he|she|we|i|you)\b"
# A thing named as a clause's subject (…when the A*STAR MoU got signed: when something
# happened, no second question).
EN_THING_SUBJECT = r"the (?:[a-z*&'-]+ ){1,4}(?:was|were|got|is|are|had|has|did)\b"
# … or by its listing (…share price when Zai Lab listed, raise when e listed).
EN_LISTED_SUBJECT = r"(?:[a-z*&'-]+ ){1,4}(?:listed|went public|floated|debuted)\b"

EN_STOP = frozenset(
    "a an the of in on at to for from by with and or is are was were be been did do does "
    "how many much what when where which who whom whose why tell me about please its it "
    "whereabouts "
    "has have had there their this that these those as into number "
    # Size asked in general words, and the place every entry is in.
    "big large size roughly approximately exactly suzhou "
    # A multiplier (how many billion yuan): the figure's own unit says it.
    "billion billions million millions thousand thousands hundred hundreds "
    # Adverbs that say how, not what.
    "mainly mostly primarily main really actually also just still even ever "
    # (what else: more of what was asked, nothing of its own)
    "else "
    # (as soon as: when, which the verbs beside it say)
    "soon "
    # Light verbs and words of a time asked, which the question words already say.
    "work works worked working get gets got give gave given come comes came coming located "
    "see sees saw seen "
    # How a thing is spoken of: the describe aspect's words, not what is described.
    "acclaimed renowned celebrated described "
    # Words about the answer's form (in a phrase, the exact label, a 'one-stop' something).
    "phrase phrases label labels wording something "
    "situated based follow follows followed following "
    # (where does it sit: where it is)
    "sit sits sitting "
    # Words about the document itself (as described in the yearbook, according to it).
    "yearbook yearbooks document chapter described describe describes mentioned mention "
    "mentions according "
    "month year day date dates time "
    # Prepositions of place and relation, and chat shorthand (whats, r u).
    "behind beside besides among between across around during since until via per versus "
    "vs toward towards upon whether closely whats hows wheres whos r u ur pls plz hey hi "
    "quick thanks kindly needful excuse sorry hello thank cheers "
    # A request to check what the asker recalls (could you confirm…, if I recall, sometime
    # in mid-2020): how it is asked, not what.
    "confirm confirmed verify recall recalled sometime mid "
    # Chat's particles and interjections (Singapore's lah, leh, lor; ok, haha, hmm).
    "ah lah leh lor sia meh hor paiseh alamak haha hahaha lol hmm hmmm um uh er oh ok okay "
    # (Ireland's sure look, said before a question: no word of it)
    "sure "
    # (…? just curious, just wondering: why the asker asks)
    "curious wondering "
    # (the Cold Spring Harbor thing: a name's placeholder, no kind of its own)
    "thing "
    "btw wow yeah yep eh huh yo oi oy wah aiyo aiyoh aiyah aiya "
    # Greetings and thanks in the asker's own language (tudo bem, obrigada, gracias).
    "tudo bem obrigada obrigado ola hola gracias bonjour merci danke ciao namaste "
    "por favor disculpe perdon "
    # (what is it called: its name asked, nothing convened)
    "called "
    # (which unit, which body provided it: who, no word of the document)
    "unit units "
    # (which park it belongs to: the relation asked, as 属于哪个 asks it)
    "belong belongs belonged belonging "
    # Words that frame what is asked about (the idea behind it, the concept of it).
    "idea ideas concept gist "
    # Money says the unit asked (元), which the units read; it names no topic.
    "money "
    # Who told the asker (my friend says, my grandson heard, I read that): hearsay to be
    # checked, no word of what is asked.
    "says said told tells heard hears read saw forgot forget friend friends colleague colleagues "
    "grandson "
    "granddaughter son daughter wife husband mum mom dad boss someone somebody".split())
# "Areas" a project, a deal or research covers are its fields (领域), not a size.
AREA_AS_FIELD = lazy_regex(
    r"\b(?:what|which) (?:other )?areas?\b(?=.*\b(?:projects?|research|cooperat|collaborat|"
    r"deals?|programm?es?|funds?|industr|focus|involv|target|speciali[sz])\w*\b)|"
    r"\b(?:focus|application|research|disease|therapeutic|technology|tech|industry|"
    r"business|device|drug|product|medicine|pharmaceutical|clinical)s? areas?\b|"
    r"\bareas? (?:\w+ ){0,6}?focus(?:es|ed)? on\b|"
    r"\bareas? of (?:focus|cooperation|research|application)\b")
# A question that names its measure: only figures in these units can answer it.
UNIT_QUESTIONS: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    # (what a thing earns or is worth is money by nature: 产值 is no count of companies)
    (lazy_regex(r"多少钱|多少元|(?:多少|几)个?亿|多少万元|亿元|万元|金额|产值|营收|营业收入|销售收入|销售额|"
                r"多少税|税收|纳税|税额|税款|"
                # (创业类给多少, 奖多少: what is given, a sum, unless a counter says what)
                r"(?:给|奖|补)多少(?![家个人件张项名位所批类期支])|"
                r"(?:奖励|扶持|补贴|补助|建设|投资)?资金|经费|补贴|补助|奖金|投资额|投资总额|总投资|"
                r"利润|市值|how much money|\bcost|\bspen[dt]\b|"
                # (how much they're spendin: money; not R&D spending as a share, its ratio)
                r"\bspendin(?:g)?\b(?![^?]*\b(?:ratio|share|intensity|percent|gdp)\b)|"
                rf"\bin (?:{CURRENCIES})\b|"
                # (how many billion yuan, how many million RMB: money counted)
                rf"\bhow many (?:\w+ )?(?:{CURRENCIES})\b|"
                # (…getting 30 billion yuan?: an amount said, to be checked)
                rf"\d\s*(?:billion|million|bn|mn)?\s*(?:{CURRENCIES})\b|"
                r"how much\b.*\b(?:invest|rewards?\b|tax|subsid|funding|capital|budget)|"
                r"\b(?:invest(?:ment|ed)?|funding|capital|budget|reward|subsidy|money|tax)"
                r"\s+(?:amount|sum|size|total)\b|\bamount of (?:money|investment|funding)\b|"
                r"\b(?:revenues?|turnover|output value|profits?|market value)\b|"
                # (the output firms produced: the document's 产值, an amount of money)
                r"\b(?:how much|what|the|their|its|annual|total) (?:\w+ )?output\b"),
     ("元", "亿元", "万元")),
    # (space: floor space, built space, office space; not the areas projects or research
    # cover: their fields, 领域; nor how big a team is: its people, 多大的研发团队)
    (lazy_regex(rf"^(?!.*(?:{AREA_AS_FIELD.pattern}))(?!.*(?:团队|队伍)[^，,。？?]{{0,3}}多大)"
                r".*?(?:面积|(?<!规模)(?<!规模有)(?<!盘子)多大(?![^，,。？?]{0,6}(?:团队|队伍))|"
                # (the Greater Bay Area, the FTZ's Suzhou Area: names, no size asked)
                r"平方米|(?<!bay )(?<!suzhou )(?<!ftz )(?<!zone )\barea\b|square|\bspace\b|"
                r"(?<![a-z])sq\.? ?m(?:et(?:re|er)s?)?(?![a-z])|"
                # (多少平, 几平米, 建面, 体量, 多少方: square metres as said in the property
                # trade; not 几方, how many parties)
                r"(?:多少|几)平(?![台方])|平米|建面|体量|多少万?方(?![面向式案针法])|几万方)"),
     ("平方米", "万平方米", "平方公里")),
    # A scale is a site's area or a fund's money.
    # (how big is the team, 团队规模多大: a count of people)
    # (规模大概有多大: a word or two may stand between)
    (lazy_regex(r"(?<!团队)(?<!团队的)(?<!队伍)(?<!队伍的)(?<!人才)(?<!人才的)(?<!人员)(?<!人员的)"
                r"(?:规模|盘子)[^，,。？?]{0,4}?多大|"
                # (团队有多大规模: how big a team is, its people)
                r"(?<!团队有)(?<!团队)(?<!队伍有)(?<!队伍)多大规模(?![^，,。？?]{0,6}(?:团队|队伍))|"
                r"\b(?:how (?:big|large)|size of)\b(?!.*\b(?:teams?|staff|"
                r"workforce|headcount|population)\b)"),
     ("平方米", "万平方米", "平方公里", "元", "亿元", "万元")),
    (lazy_regex(r"比例|占比|比重|百分之|百分比|增长|涨了|增幅|涨幅|增速|(?<![a-z])yoy(?![a-z])|"
                # (a rate: 税率, the tax rate, a share of the income it is charged on)
                r"税率|利率|\b(?:tax|interest) rates?\b|"
                # (入驻率, the occupancy rate: a share of what could be)
                r"(?:入驻|出租|入住|空置|使用|利用|覆盖|转化|成功|通过|就业|达标|占有|渗透)率|"
                r"\b(?:occupancy|vacancy|conversion|success|"
                r"approval|pass|utili[sz]ation|employment|coverage|take-?up) rates?\b|"
                # (not the %: the share set aside, what it is of asked)
                r"占(?!地).{0,8}(?:多少|几)|(?<!not a )(?<!not the )percentage|share|"
                r"(?<!not the )(?<!not a )(?<!not )%|"
                r"\bpercent\b|\bproportion\b"),
     ("%",)),
    # (人才规模有多大: how many people, a scale of talents)
    (lazy_regex(r"(?:人才|人员)的?(?:规模|盘子)[^，,。？?]{0,4}?多大"), ("人", "名", "万名")),
    # (kinds counted: how many kinds of products, 几类产品: 268类, no count of companies)
    (lazy_regex(r"\bhow many (?:sorts|kinds|types|categories|classes) of\b|(?<!第)几类|"
                r"(?<!第)多少类"), ("类",)),
    # (a building's storeys: 几层, how many floors; no floor area)
    (lazy_regex(r"\bhow many (?:storeys|stories|floors|levels)\b|(?<!第)(?:多少|几)层"), ("层",)),
    # (batches counted: 分几批, in how many batches; not 第几批, which batch)
    (lazy_regex(r"(?<!第)几批|(?<!第)多少批|\bhow many batch(?:es)?\b"), ("批",)),
    # (a span of time asked: 多长时间, timeframe)
    # (时间缩短了多少: the time a thing takes, a span, no count of tasks)
    (lazy_regex(r"几年|多少年|多久|多长时间|how many years?\b|how long|\btime ?frames?\b|"
                r"(?:时间|时长|耗时|周期|天数)[^，,。？?]{0,4}?(?:缩短|减少|压缩|节省|提速)了?"
                r"(?:多少|几)|"
                r"\btimelines?\b|\btime ?spans?\b|\bover what (?:period|span|time)\b|"
                r"\bhow many more years\b"), ("年",)),
)
# Topic words that make a unit likely, not certain (领军人才计划申报数 counts 个).
UNIT_TOPICS: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    (lazy_regex(r"人数|人才|people|talent"), ("人", "名", "万名")),
    # (HKEX listings, how many: companies listed)
    (lazy_regex(r"企业数|公司数|companies|firms|enterprises|start-?ups|\blistings\b"),
     ("家", "所")),
    (lazy_regex(r"专利|patent"), ("件", "项")),
    (lazy_regex(r"批件|证|\b(?:certificates|licen[cs]es|approvals)\b"), ("张",)),
    (lazy_regex(r"团队"), ("支",)),
    # (募资, raised in an IPO: money, which no share or count answers)
    (lazy_regex(r"资金|投资|产值|基金规模|募资|融资|募集|investment|funding|money|\binvest|"
                r"\brais(?:e|ed|es|ing)\b|\bproceeds\b"),
     ("元", "亿元", "万元")),
    (lazy_regex(r"用地|占地"), ("平方米", "万平方米", "平方公里")),
)
NOT_A_UNIT = lazy_regex(r"(?:几|多少)[期轮届代]")
# A bare figure, perhaps with "what is it": 397家是什么, 2500亿.
NUMBER_QUESTION = lazy_regex(
    r"(\d+(?:\.\d+)?[万亿千]?[余多]?(?:[%家人名件张个支项类批场所年倍]|平方米|元)?)"
    r"(?:是什么|是指什么|指什么|是啥|是多少|是什么意思)?[?？]?")
COUNTER_UNITS: dict[str, tuple[str, ...]] = {
    "个": ("个", "项", "类", "批", "件", "家", "所", "支", "场", "人", "名", "位"),
    "家": ("家", "所"), "所": ("所", "家"),
    "人": ("人", "名", "位", "万名"), "名": ("名", "人", "位", "万名"),
    "位": ("位", "人", "名", "万名"),
    "件": ("件", "项"), "项": ("项", "个", "件"),
    "场": ("场", "次"), "次": ("次", "场"),
}
FOCUS_WORDS = lazy_regex(r"多少|几|how many|how much|比例|占比|比重|规模|面积|总额")
# A photo named (照片, picture); with 供稿 (supplied), what a photo's credit says too.
PHOTO = r"照片|图片|相片|配图|插图|摄影|(?<=[张幅])图(?!表|纸)|\bphoto|\bpicture"  # (那张图)
PHOTO_WORDS = lazy_regex(rf"{PHOTO}|供稿")
# Who supplied a photo: its caption's credit.
# (not what took place in it)
CREDIT_ASKED = lazy_regex(r"供稿|供的稿|提供|拍的|拍摄|摄影|谁拍|"
                          r"\b(?:supplied|provided|took(?! place)|taken|credit(?:ed)?|"
                          r"photographer|shot)\b")


def credit_asked(folded: str) -> bool:
    """Whether a question asks who supplied or took a photo (a photo named, and a credit)."""
    return bool(PHOTO_WORDS.search(folded) and CREDIT_ASKED.search(folded))

# Which batch/edition (第几批): the ordinal is said in words, as 第几 asks it; its counter
# is a word of the question, not of what it asks about.
EN_ORDINAL_ASKED = lazy_regex(r"\b(?:which|what) (batch|edition|session|round)\b|"
                              # (which meeting number, the session's number: 第114次)
                              r"\b(?:which|what) (?:meeting|session|batch) number\b|"
                              # (the meeting number it got through at, at which council
                              # meeting: the ordinal of a meeting asked without 'which')
                              # (not meeting no. 114: that number said)
                              r"\b(?:meeting|session) (?:number|no\b)(?!\.?\s*\d)|"
                              r"\b(?:which|what) (?:[a-z-]+ ){1,2}?(?:meeting|session)\b")
RANK_QUESTION = lazy_regex(rf"第几|排名|排第|{EN_ORDINAL_ASKED.pattern}|"
                           # (is it still ranked first, 还是第一吗: a rank asked yes or no)
                           r"\branked\s+(?:first|second|third|top|no\.?\s*\d|number one)\b|"
                           r"\branks?\s+(?:first|top)\b|第一(?:吗|么|嘛)|是不是第一")
# Where it ranks: asked in words unless a figure is asked too (how many…, and its rank).
EN_RANK = lazy_regex(r"\brank(?:s|ed|ing)?\b")
# Which of the two a sentence must state: a rank (列全市第二) or an ordinal (第27批).
RANK_ASKED = lazy_regex(rf"{EN_RANK.pattern}|排名|排第|位居|列[^，。；]{{0,6}}第几")
ORDINAL_ASKED = lazy_regex(rf"{EN_ORDINAL_ASKED.pattern}|第几[批届期次轮]")


def asks_rank(folded: str, intent: str) -> bool:
    """A rank or an ordinal asked (第几, which batch, where does it rank)."""
    return bool(RANK_QUESTION.search(folded)
                or (intent != "figure" and EN_RANK.search(folded)))
# Kinds of names specific enough that an unknown one means an unknown subject.
NAMED_TYPES = frozenset({"company", "lab", "institute", "university", "park"})
# (and the pronouns for the ones asked about: 帮他们建, who they are the names say)
FUNCTION_CHARS = frozenset("的了和与及跟在把被对从由为将是有里他她它们")
# A "name" asking for one (哪个高新区) or pointing at one described (那个学院, 这家公司):
# no name of its own.
QUESTION_NAME = lazy_regex(r"哪|什么|啥|几|多少|谁|^(?:那|这|该)(?:个|家|所|座|项)?|^[个座]")
# (a count with its counter, 1954个, is no year)
# (nor a number an English verb of having or a guess counts: got 2000 enterprises)
_YEAR_IN_Q = lazy_regex(rf"(?<!got )(?<!has )(?<!have )(?<!had )(?<!around )"
                        rf"(?<!nearly )(?<!almost )"
                        rf"({YEAR})(?:年|(?!\d|\.\d|[个家人件项名所批张位支类次场台套元亿万千%]))")

# Question words typed in pinyin (the document's vocabulary covers the rest).
PINYIN_WORDS = {
    "duoshao": "多少", "ji": "几", "jige": "几个", "shenme": "什么", "shihou": "时候",
    "shenmeshihou": "什么时候", "heshi": "何时", "nali": "哪里", "zainali": "在哪里",
    "naxie": "哪些", "shei": "谁", "shui": "谁", "you": "有", "shi": "是", "de": "的",
    "zai": "在", "ren": "人", "jia": "家", "ge": "个", "jian": "件", "zhang": "张",
    "nian": "年", "zhi": "支", "xiang": "项", "le": "了", "ma": "吗",
}


def _segment(word: str, syllables: frozenset[str]) -> list[str] | None:
    """Split a Latin word into pinyin syllables, fewest first; None if it does not split."""
    best: list[list[str] | None] = [[]] + [None] * len(word)
    for end in range(1, len(word) + 1):
        for start in range(max(0, end - 6), end):
            head = best[start]
            if head is not None and word[start:end] in syllables and (
                    best[end] is None or len(head) + 1 < len(best[end])):
                best[end] = [*head, word[start:end]]
    return best[len(word)]


@dataclass(frozen=True, slots=True)
class Question:
    """What a question asks, read once (``data/pipeline/understand.py``)."""

    raw: str
    folded: str
    intent: str
    links: tuple[Link, ...] = ()
    content: str = ""
    terms: tuple[str, ...] = ()
    latin: tuple[str, ...] = ()
    units: tuple[str, ...] = ()
    years: tuple[int, ...] = ()
    namesakes: tuple[str, ...] = ()  # 南京纳米城: not the document's
    likely_units: tuple[str, ...] = ()
    focus: int = -1  # where the question word (多少, 几, how many) stands
    bare: bool = False  # no question word: a noun phrase such as 万人有效发明专利拥有量
    aspect: str | None = None  # status (进展如何) or describe (特别之处): about X as a whole
    # English words asked about that the document has no word for (CEO): unlike names
    # (Capitalised, mostly more of a linked name), they are content the document lacks.
    foreign: tuple[str, ...] = ()
    lang: str = "zh"  # the language the question is written in
    constraints: Constraints = field(default_factory=lambda: _no_constraints())
    # What was read: ``raw`` less the sentences about the asker around the question (see
    # PERSONAL_SENTENCE), or "" when it is ``raw`` as typed.
    asked: str = ""
    # An English word's other words of the document, its first in ``content`` (list: 上市,
    # 名单): the sentence found decides which one was meant (see ``Reader.in_the_sense_of``).
    senses: tuple[tuple[str, ...], ...] = ()


def _no_constraints() -> Constraints:
    from data.pipeline.constraints import Constraints

    return Constraints()


def load_terms(path: Path = TERMS_FILE) -> dict[str, str]:
    """Colloquial question words → the words the document uses (kept as data)."""
    out: dict[str, str] = {}
    if not path.exists():
        return out
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            en, _, zh = line.partition("\t")
            out[fold(en)] = fold(zh)
    return out


@lru_cache(maxsize=1)
def _document_terms() -> tuple[tuple[str, str], ...]:
    """The terms, longest first: a phrase is read before a word inside it."""
    return tuple(sorted(load_terms().items(), key=lambda kv: -len(kv[0])))


def in_document_words(text: str) -> str:
    """Folded text with the question's words read as the document's (公司 → 企业,
    大学 → 高校); a synonym keeps its place."""
    for phrase, word in _document_terms():
        text = text.replace(phrase, word)
    return text


@lru_cache(maxsize=256)
def _cjk_trigrams(content: str) -> frozenset[str]:
    """The question's CJK trigrams (computed once a question, not once a candidate)."""
    content = rx(r"\s+").sub(" ", content)
    return frozenset(content[i:i + 3] for i in range(len(content) - 2)
                     if all(is_cjk(c) for c in content[i:i + 3]))
