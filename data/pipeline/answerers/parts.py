"""A question's parts: a question with several (X和Y各多少, 哪个更多, 加起来一共, two
questions in one line, an English frame with items) is split into one question a part, each
asked of the whole pipeline by :mod:`.compare`, which combines their answers."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from data import english
from data.lazyre import lazy_regex, regex, rx
from data.linking import Link
from data.normalize import fold
from data.pipeline.constraints import PLACES
from data.pipeline.understand import WHICH_DIALECT, how_many_in_mandarin
from data.question import (
    COUNT_NAMED,
    CURRENCIES,
    DEEDS_IN_ORDER,
    EN_LISTED_SUBJECT,
    EN_STOP,
    EN_SUBJECT,
    EN_THING_SUBJECT,
    EXAMPLES,
    FIGURE_CHECK,
    FORWARDED,
    QUESTION_WORDS,
    Question,
    which_first,
    without_wording_asked,
)
from data.texts import YEAR

# Words joining the parts (和, 与, 还是, and, or); a comma or a space parts two questions.
# (vs and plus between Chinese names have no word boundary: 国际科技园vs纳米城)
# (not the 同 of 共同, 合同, 一同, 同比, 同时; not the 及 of 涉及; not the 加 of 新加坡, 增加,
# 参加, 加强)
CONJ = lazy_regex(r"以及|还是|加上|(?<![新增参附追叠更施])加(?![坡拿快强大速入盟工州])|"
                  # (not after 还, 也, 都, 又: 还跟谁合作, a preposition, with)
                  r"(?<![还也都又])(?:和|与|跟)|(?<!涉)及|"
                  r"(?<![共合一相协如等还也都又])同(?![比时期年样意步类行级等])|"
                  r"、|\+|\band\b|\bor\b|(?<![a-z])vs\.?(?![a-z])|"
                  # (A compare with that of B, A compared to B)
                  r"\bversus\b|(?<![a-z])plus(?![a-z])|\bcompared?\b")
DISTRIBUTE = lazy_regex(r"各自|各|分别|都|respectively|\beach\b|\bboth\b")
COMPARE = lazy_regex(r"哪个|哪一个|哪一方|哪家|哪边|谁|(?:更|较|比较)(?:多|少|大|小|早|晚|高|低)|"
                     r"(?:多|少|大|小|早|晚|高|低)还是|比哪个|\bwhich\b|\bmore\b|\bless\b|"
                     r"\blarger\b|\bbigger\b|\bearlier\b|\bhigher\b|同一天|同一时间|同时|"
                     r"\bsame day\b|\bat the same time\b|\bdifference\b|\bgap\b|"
                     r"\bcompar(?:e|es|ed|ing)\b|"
                     # (A和B的X对比一下: the two set side by side)
                     r"对比|比较一下|比较下|相比|比一比|比比|(?:相)?差(?:距|了?多少|了?几)|之差|差值|差额|"
                     # (A与B的X比较, 比较A和B的X: 比较 ending or opening the question, not the
                     # "rather" of 比较多)
                     r"比较(?=[?？。!！]*$)|^比较")
# A later piece asking only where the first one's figure ranks (在全市排第几).
RANK_ONLY = lazy_regex(r"^(?:那|那么)?在?(?:全国|全省|全市|省内|市内|国内|区内)?的?"
                       r"(?:排名|排|列|位居|位列|名列)(?:第几|多少)(?:位|名)?[啊呀呢吗?？]*$")
# Which one of those named is the one the rest says (哪家获批的是…), when nothing compares.
SELECTS = lazy_regex(r"(?:哪个|哪一个|哪家|哪一家|谁)[^，,。？?]{0,8}?是")
COMPARATIVE = lazy_regex(r"(?:更|较|比较)|(?:多|少|大|小|早|晚|高|低)还是|[先早晚]|最|"
                         r"\b(?:more|less|larger|bigger|earlier|later|higher|first)\b")
# Words that add things up (加起来, and the north's 加一块儿, 合起来, 相加; Wu's 并拢来).
# (add them up, added up; 'em is folded to them before)
_EN_ADD_UP = r"\badd(?:ed|ing)? (?:them |it |these |those )?up\b"
# (add them together, add the floor areas together)
_EN_ADD_THEM = r"add (?:them|it|these|those|the [a-z ]{2,30}?)"
ADDING = r"加起来|加一起|加在一起|加一块儿?|加到一块儿?|加到一起|合起来|相加|并拢来|并起来"
SUM = lazy_regex(rf"{ADDING}|一共|合计|总共|共计|总计|之和|总和|加上|"
                 r"\bcombined\b|\baltogether\b|\bin total\b|\btogether\b|\ball (?:up|told)\b|"
                 # (… each and total?, …plus the total, A plus B total how many: each
                 # one's and their sum)
                 r"\b(?:and|plus) (?:the |a )?total\b|(?<![a-z])total(?= how (?:many|much)\b)|"
                 r"\bhow (?:many|much) total\b|"
                 # (B1 plot and C plot added up; add them up; the sum of)
                 rf"{_EN_ADD_UP}|\bsum of\b|"
                 # (A plus B — what's that add up to, what's the total?)
                 r"\badds? up to\b|\bwhat(?: is)? the (?:total|sum)\?|"
                 rf"\b{_EN_ADD_THEM} together\b|\ball in\?")
# A list closed as examples of a group (A, B, C and so on; etc.): the group is asked, not
# each one.
EN_LIST_CLOSED = lazy_regex(r",[^,?]+\b(?:and so on|etc|and the like|and such)\b")
# A part of a whole asked first (临床批件里一类新药批件占多少), then the whole (总共多少).
WHOLE_THEN_PART = lazy_regex(r"(.+?)(?:里|当中|之中|中)的?(.+?)占")
WHOLE_ASKED = lazy_regex(r"总|一共|全部")
# Words that add up what was asked before them (一共/总共 may ask a whole of its own).
ADDED = lazy_regex(rf"{ADDING}|合计|之和|总和")
# The ones before, referred to (两者合计多少: the sum of them).
# (两块, 两处: the plots, the places said before; 两样: the two things; 两家: the two
# places or companies)
BOTH_OF_THEM = lazy_regex(r"^(?:那|那么)?(?:两者|二者|它们|他们|两个|两项|两类|两块|两处|两地|两样|"
                          r"两家|这两[个项类者块处地样]?|俩)")
# Which of the items before it is more (哪个多, 哪个先签: a deed's one-character verb after
# which is first), ending a piece ...
# (哪个规模最大: a size in general, and the most of two, as askers say it)
_COMPARES = (r"(?:哪个|哪一个|哪家|哪一家|哪边|哪一边|哪方|哪一方|谁)(?:规模|体量)?"
             r"(?:更|比较|较|在|最)?"
             r"(?:多|少|大|小|高|低|前|(?:早|晚|先|后)\w?)(?:一些|一点|些)?[呢啊呀]?$")
# ... a piece asking only that (…各多少家，哪个多) ...
COMPARES_ONLY = lazy_regex(rf"(?:那|那么)?{_COMPARES}")
# ... or one naming what is compared first (A和B 哪个先签？各是什么时候).
COMPARES_AT_END = lazy_regex(_COMPARES)
# How far apart the ones before it are (差多少, 差距大不大): their comparison, which names
# the larger; a piece asking only that is no part of its own.
_DIFFERENCE_OF = r"(?:相|之)?差(?:距|别|值|额)?了?(?:是|有|为)?"
_OF_THE_TWO = r"(?:那|那么)?(?:两者|二者|它们|两个)?(?:之间)?"
DIFFERENCE = rf"{_DIFFERENCE_OF}(?:多少|几[个件家人]?|大不大|有多大|多大|大吗)?"
# (and the casual particles a question may end with: 两个差好多咯)
_ENDING = r"[呢啊呀吗哦嘛哈啦咯啰嘞噻啵哒?？]*$"
# (…哪个多？多多少家, 多好多件, 哪个大？大多少: by how many more, how much larger, the
# difference)
_MORE_BY = (r"(?:那|那么)?[多少大小高低](?:了|出)?(?:多少|好多|几)"
            r"(?:[个件家人张项名位所支]|万?平方米|亿?元)?")
DIFFERENCE_ONLY = lazy_regex(rf"^(?:{_OF_THE_TWO}{DIFFERENCE}|{_MORE_BY}){_ENDING}")
COUNT_WORD = lazy_regex(r"多少|几")
# The same after the question it is of (A和B各几件，差多少件; …分别是多少？两者相差多少): the
# difference of the parts before it, no part of its own.
DIFFERENCE_AFTER = lazy_regex(rf"[，,？?。；;]\s*{_OF_THE_TWO}{_DIFFERENCE_OF}"
                              rf"(?:多少[个件家人类张项支名位]?|几[个件家人]?)?{_ENDING}")
# A closing request to tell or compare the ones before it (我想比一下, 两个都说哈, 都说一哈):
# no part of its own.
_TELL_ALL = (r"(?:那|那么)?(?:我|俺|额)?(?:想|要)?(?:比|对比|比较)一?(?:下|哈|比)[呢啊呀吧哈]?|"
             # (侬一道讲讲, 你一块儿说说: the one asked, told to say them all)
             r"(?:那|那么)?(?:你|您|侬)?(?:这|那)?(?:两个|两者|俩|几个)?(?:都|一起|一道|一块儿?|分别|分开)"
             r"(?:说|讲|告诉我|列)(?:说|讲|一下|一哈|下|哈)?[呢啊呀吧哈]?|"
             # (名字列给我, 把名单发我: the names of the ones counted, which a count lists)
             r"(?:把|将)?(?:名字|名单|名称)(?:都|也)?(?:列|发|说|告诉)(?:一下|出来)?(?:给我|我)?"
             r"[呢啊呀吧哈]?|"
             # (给我说一哈, 跟我讲一下: tell me, nothing more asked)
             r"(?:请|麻烦)?(?:给|跟|帮|和)(?:我|俺|额)(?:说|讲)(?:一下|一哈|下|哈|说|讲)?[呢啊呀吧哈]?")
# (… ending the line: taken off as typed, before the 好多 it follows is read)
TELL_ALL_ENDING = lazy_regex(rf"[，,。.？?！!]\s*(?:{_TELL_ALL})[。.？?！!~～]*$")
# A piece asking only the date of each of the things before it (日期分别是).
EACH_DATE = lazy_regex(r"(?:这|那)?(?:两件事|两个|两项|两次|两者|二者|它们|俩)?(?:的)?"
                       r"(?:日期|时间|哪天|哪一天)?(?:分别|各自?)是(?:哪天|哪一天|什么时候|几号|"
                       r"什么日期)?[呢啊呀?？]?$")
# A space between two runs of characters, and a measure named at a run's end (…比重,
# …比例): keyword questions typed one after the other.
KEYWORDS_APART = lazy_regex(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")
MEASURE_NAMED = lazy_regex(r"(?:比重|比例|占比|增长率|增速|增幅|总额|金额|总投资|面积|数量)[?？]*$")
MIN_KEYWORD_QUESTION = 4  # characters of a keyword question at least
MEASURES_LISTED = lazy_regex(r"[量数额率][、和及与][^、和及与，,。？?\s]{1,8}[量数额率][?？。]*$")
# A slash typed between two questions (… / …).
SLASHED = lazy_regex(r"\s+[/／|]\s+|\s*／\s*")
# (好几千, 几乎: no question)
QUESTION_WORD = lazy_regex(r"多少|(?<!好)几(?!乎)|哪|什么时候|啥时候?|何时|什么|多大|how many|"
                           r"how much|when|where|which")
# A question, or a count named at its end (认定高企数: the number of them asked).
COUNT_ASKED = lazy_regex(rf"{QUESTION_WORD.pattern}|啥|what|{COUNT_NAMED}")
# 都 ("both", "all") as a word of its own, not the end of a city's name (成都, 首都).
ALL_WORD = r"(?<![成首京古国帝])都"
# Where the parallel noun of the second part ends and what is asked of both begins.
PREDICATE = lazy_regex(rf"{YEAR}年|各自|各|分别|{ALL_WORD}|一共|总共|{ADDING}|合计|"
                       r"哪个|谁|多少|几|"
                       r"是|有|的|在|新增|累计|占|申请|获得|拿到|落|设立|成立|揭牌|"
                       # (a bare 多/大/早 compares only at the end: 中小企业, 重大 are nouns)
                       r"(?:多|少|大|小|早|晚)(?=[吗呢啊呀?？]*$)")
# A date a part opens with, its own (…与截至2020年底建成载体面积, …和现在建成载体): no
# predicate of both (not the 在 of 现在).
DATE_LEAD = lazy_regex(rf"(?:截至|截止|到|至)?{YEAR}年(?:底|末|内|初)?(?:前|为止)?|"
                       r"现在|目前|如今|当前")
MAX_PARTS = 4
# Where the question asked of both parts begins (…哪个多, …各多少, …分别是什么时候).
ASKED_OF_BOTH = lazy_regex(rf"哪个|哪一个|谁|各自|各|分别|{ALL_WORD}|多少|几|什么时候|何时|更|较")
# Two of a kind joined (五期和七期, 2019年和2020年, 第十三届和第十四届): the rest is asked of both.
_PARALLEL = rf"(?:{YEAR}年|第?(?:[0-9]+|[一二三四五六七八九十]+)[期届批类])"
# (五期、六期、七期: a run of them, each its own part)
PARALLEL = lazy_regex(rf"{_PARALLEL}(?:(?:、|和|与|及|以及){_PARALLEL})*")
# (…一期至四期和五期: a range ends the first, the whole range its own)
PARALLEL_END = lazy_regex(rf"(?:{_PARALLEL}(?:至|到|—|-|~))?{_PARALLEL}$")


@dataclass(frozen=True, slots=True)
class Split:
    parts: tuple[str, ...]
    mode: str  # both | compare | sum
    # Each part as the user said it, where a part borrows words of another (…, and where
    # does that rank?): what a reply names as not found. Empty: the parts themselves.
    said: tuple[str, ...] = ()
    # Whether each part asks about the answer of the one before it (…, and where does that
    # rank?: that fact's own sentence may say it).
    back: tuple[bool, ...] = ()


EN_WHICH_MORE = lazy_regex(r"\b(?:which|who)(?: one)? (?:\w+ )?(?:the )?"
                           r"(?:bigger|larger|more|higher|greater|most|biggest|largest)\b|"
                           r"\bcompare(?: the number of| the)?\b")


EN_WHICH_FIRST = lazy_regex(r"\bwhich (?:one )?(?:was |did )?(\w+(?: up| off| out)?) "
                            r"(?:first|earlier|later|last)\b")
EACH_ONLY = lazy_regex(r"^(?:各|分别|各自)?(?:是|为|有)?多少[呢啊呀]?$")


def _each_asked_anyway(pieces: list[str]) -> bool:
    """The last piece asks each part's own figure or date, which the comparison before it
    asks already (…，哪个大？各是多少; A和B哪个先签？各是什么时候). (Not a date after a piece
    asking only which was first, 哪个在前？分别是哪天: that piece goes, the date stays.)"""
    before = pieces[:-2]
    if EACH_ONLY.match(pieces[-1]):
        return any(COMPARES_AT_END.search(p) for p in before)
    return bool(EACH_DATE.match(pieces[-1])) and any(
        COMPARES_AT_END.search(p) and not COMPARES_ONLY.match(p) for p in before)


# A part that is a sum of its own (A和B一共新增几支？累计多少支: its first part adds A and B up).
OWN_SUM = lazy_regex(rf"[和与跟及、][^，,？?。]{{1,20}}?(?:{ADDING}|一共|合计|总共|共计|总计)")


EN_SHARED_OUT = lazy_regex(r"\b(?:respectively|each|both|combined|altogether|in total)\b")
EN_TOTAL_ASKED = lazy_regex(r"(?<=\bhow many) total\b|(?<=\bhow much) total\b")


def _clean(text: str) -> str:
    """A part as a question of its own: no distributive words, comparisons as 多少."""
    # (in English, or English around the document's names: 成都斯派克学院, which one
    # launched first)
    text = EN_WHICH_FIRST.sub(r"when was it \1", text)
    text = EN_WHICH_MORE.sub("how many", text)
    # (how many total: the sum's word, around the document's names too: 双创 talents at
    # the Science Park, how many total)
    text = EN_TOTAL_ASKED.sub("", text)
    if not rx(r"[\u4e00-\u9fff]").search(text):  # an English part
        return EN_SHARED_OUT.sub("", text).strip(" ,")
    # (…为多少？哪一家更多？: which is more is the comparison's; each part asks its own)
    pieces = rx(r"([?？,，])").split(text)
    if len(pieces) > 3 and not pieces[-1]:
        pieces = pieces[:-2]  # (a mark at the end: the piece before it is the last)
    while len(pieces) > 2 and (COMPARES_ONLY.match(pieces[-1]) or _each_asked_anyway(pieces)):
        pieces = pieces[:-2]
    text = "".join(pieces)
    text = re.sub(rf"各自|各|分别|{ALL_WORD}|两者|两个", "", text)
    # (是不是同一天: the comparison asks each part's date)
    text = rx(r"(?:是不是|是否|是)?在?(?:同一天|同一时间|同时)").sub("哪天", text)
    # 哪个先成立 / 更早揭牌: each part asks when (the earlier is then named).
    # (only after a word comparing: 最后认定, 博士后 ask no date)
    text = rx(r"(?:(?:哪一?个|谁)(?:更|比较)?|更|比较)(?:先|早|晚|后)(?=\w{2})|"
              # (the mark ending the question ends it too: …启用哪个早？ asks when)
              r"(?:哪一?个|谁)?(?:更|比较)(?:早|晚)(?=[?？]?$)|"
              r"(?:哪一?个|谁)(?:在|更|比较)?(?:前|先|后|早|晚)(?=[?？]?$)|"
              # (哪个先签？: a one-character verb ending the question)
              r"(?:哪一?个|谁)(?:更|比较)?(?:先|早|晚|后)(?=\w[?？]?$)").sub("什么时候", text)
    # (哪个高新区 asks which zone, not which is higher)
    text = rx(r"(?:更|较|比较)?(?:多|大|高)$|哪一?个(?:更|较)?(?:多|大|高)(?![新校层级端])").sub(
              "多少", text)
    # (哪个区 still asks where, 哪个交易所 which exchange; 哪个更多 asked the comparison, now
    # each part's 多少)
    text = rx(r"哪一?个(?!区|城市|省|国家|地方|街道|镇|交易所)|谁的|谁").sub("", text)
    if not OWN_SUM.search(text):
        text = rx(rf"{ADDING}|一共|合计|总共|共计|总计").sub("", text)
    # (…，差多少: how far apart is the comparison's; each part asks its own)
    if rx(r"[,，]").search(text):
        text = re.sub(rf"[,，]?{DIFFERENCE}$", "", text)
    # (对比一下, 比一比: each part is asked its own)
    text = rx(r"(?:对比|比较|比)一?(?:下|比)(?:看)?$|比比看?$|相比(?:怎么样|如何)?$").sub("", text)
    return text.strip(" ，,")


# "In total" beside a comparison, asking no count of its own (which has more talents in
# total?): the period each is counted over, no sum.
TOTAL_AS_PERIOD = lazy_regex(r"^(?:(?!\bhow (?:many|much)\b)[^?,;])*\bin total\b")


def _mode(folded: str) -> str:
    if (said := list(SUM.finditer(folded))) and not (
            COMPARE.search(folded) and all(_total_as_period(folded, m) for m in said)):
        return "sum"
    if COMPARE.search(folded):
        return "compare"
    return "both"


def _total_as_period(folded: str, said: re.Match[str]) -> bool:
    """Whether a sum's word is "in total" in a clause that asks no count of its own."""
    clause = max(folded.rfind(mark, 0, said.start()) for mark in "?,;") + 1
    return said.group(0) == "in total" and bool(TOTAL_AS_PERIOD.match(folded, clause))


def _pieces_mode(pieces: list[str], folded: str) -> str:
    """Questions asked one after another sum only when a later one asks for the sum: in
    "how many in total, and how many of them are new" the total is the first question's."""
    mode = _mode(folded)
    if mode == "sum" and not any(SUM.search(p) for p in pieces[1:]):
        return "compare" if COMPARE.search(folded) else "both"
    return mode


# Two qualifiers joined before a name the document qualifies (北京和大湾区这两个金鸡湖创新合作
# 中心): the name of each.
# Regex fragments: "these two" said after the items, and the word asking each of them.
# (两个点, 两个中心: the two sites, said by a word for what they are)
THESE_TWO = r"(?:这|那)?(?:(?:两个|两家|两处|两地|两座|俩|二者)(?:点|地方|中心|分部|基地)?)?"
EACH_ASKED = r"(?:分别|各自?|都)"
# (北京 和 大湾区 两个…: folding leaves a · for a space after a city)
QUALIFIERS_JOINED = lazy_regex(r"([\u4e00-\u9fff]{1,6})·?(?:和|与|及|、|跟)·?"
                               rf"([\u4e00-\u9fff]{{1,6}}?)·?{THESE_TWO}的?$")


QUALIFIERS_AFTER = lazy_regex(r"\(([\u4e00-\u9fff]{1,6}?)(?:和|与|及|、|跟)"
                              r"([\u4e00-\u9fff]{1,6})\)")
# Another qualifier after a name typed with its first one unbracketed (金鸡湖创新合作中心
# 北京 大湾区 分别…; folding leaves a · for the space), then what each is asked.
QUALIFIER_NEXT = lazy_regex(r"^(?:·?(?:和|与|及|、|跟)·?|·)([\u4e00-\u9fff]{1,6}?)·?(?:的·?)?"
                            rf"{THESE_TWO}(?={EACH_ASKED})")
# (…中心大湾区 北京 各…: folding may join the first two; the space before what each is
# asked still ends the second)
QUALIFIER_SPACED = lazy_regex(rf"^([\u4e00-\u9fff]{{1,6}}?)·(?={EACH_ASKED})")


def _qualified_siblings(q: Question) -> Split | None:
    """北京和大湾区这两个金鸡湖创新合作中心…: one part for each qualified name, when the
    name linked is one the document qualifies (金鸡湖创新合作中心（北京）)."""
    for link in q.links:
        qualifier = NAME_QUALIFIER.search(link.name)
        if qualifier is None:
            continue
        said = q.folded[link.start:link.end]
        base, first = fold(link.name[:qualifier.start()]), fold(qualifier.group(1))
        next_one = (QUALIFIER_NEXT.match(q.folded[link.end:])
                    or QUALIFIER_SPACED.match(q.folded[link.end:]))
        # (金鸡湖创新合作中心北京 or （北京）, then 和大湾区…; not 和成都斯派克学院, a name
        # of its own)
        if next_one is not None and any(
                other.start <= link.end + next_one.start(1) < other.end for other in q.links):
            next_one = None
        if next_one is not None and said.replace("·", "") in (base + first, fold(link.name)):
            rest = q.folded[link.end + next_one.end():]
            return Split(tuple(_clean(f"{q.folded[:link.start]}{base}({name}){rest}")
                               for name in (first, next_one.group(1))), _mode(q.folded))
        joined = QUALIFIERS_JOINED.search(q.folded[:link.start])
        after = QUALIFIERS_AFTER.match(q.folded[link.end:])
        if joined is None and after is None:
            continue
        if joined is None:
            # (金鸡湖创新合作中心（北京和大湾区）…: the qualifiers in brackets after it)
            joined = after
            head, rest = q.folded[:link.start], q.folded[link.end + after.end():]
        else:
            head, rest = q.folded[:joined.start()], q.folded[link.end:]
        return Split(tuple(_clean(f"{head}{base}({name}){rest}") for name in joined.groups()),
                     _mode(q.folded))
    return None


# Several asked of one name (两个金鸡湖创新合作中心, …中心分别…, 这几家…都).
PLURAL_BEFORE = lazy_regex(r"(?:这|那)?(?:两|俩|几)(?:个|家|所|座)?$")
PLURAL_AFTER = lazy_regex(rf"^们?{EACH_ASKED}")


def _siblings_asked(q: Question, name_of: Callable[[int], str]) -> Split | None:
    """两个金鸡湖创新合作中心分别在哪揭牌: a name said without a qualifier, asked of
    several, where the document has it only qualified (金鸡湖创新合作中心（北京）, （大湾区）):
    one part for each."""
    for link in q.links:
        if len(link.entity_ids) < 2 or not (PLURAL_BEFORE.search(q.folded[:link.start])
                or PLURAL_AFTER.search(q.folded[link.end:])):
            continue
        base, names = _qualified_names(link, name_of)
        if not names or base != q.folded[link.start:link.end]:
            continue
        head = PLURAL_BEFORE.sub("", q.folded[:link.start])
        return Split(tuple(_clean(f"{head}{name}{q.folded[link.end:]}") for name in names),
                     _mode(q.folded))
    return None


def _qualified_names(link: Link, name_of: Callable[[int], str]) -> tuple[str, list[str]]:
    """(the name, the names) when a link stands for one name the document gives only
    with qualifiers (金鸡湖创新合作中心(北京), (大湾区): folded), a few of them; else ("", [])."""
    names = list(dict.fromkeys(fold(name_of(eid)) for eid in link.entity_ids))
    bases = {m.group(1) if (m := rx(r"(.+)\(([^()]+)\)").fullmatch(name)) else ""
             for name in names}
    if not 1 < len(names) <= MAX_PARTS or len(bases) != 1 or "" in bases:
        return "", []
    return bases.pop(), names


# (the two centers, both labs, each of the parks, those or them centres)
EN_PLURAL_BEFORE = lazy_regex(r"\b(?:the (?:two|three)|both(?: the)?|each of the|all the|"
                              r"two|three|those|these|them)\s+$")


def _en_siblings_asked(q: Question, name_of: Callable[[int], str]) -> Split | None:
    """The two Jinji Lake Innovation Centers: _siblings_asked in English, each part naming
    its own in the document's English."""
    for link in q.links:
        cue = EN_PLURAL_BEFORE.search(q.folded[:link.start]) if len(
            link.entity_ids) > 1 else None
        if cue is None:
            continue
        rows = [english.glossary().get(name) for name in _qualified_names(link, name_of)[1]]
        if not rows or not all(rows):
            continue
        head = q.folded[:cue.start()] + ("the " if cue.group(0).startswith("the") else "")
        tail = rx(r"^s\b").sub("", q.folded[link.end:])
        if EN_EACH_PLACE_ASKED.search(tail):
            continue  # (…which district in Beijing and which in Shenzhen: each by its place)
        named = " ".join(row.english.lower() for row in rows if row)
        if (pair := EN_POINTED_PAIR.match(tail)) and (
                pair.group(2) or pair.group(4) or all(
                    _en_place(item) or item in named for item in pair.group(1, 3))):
            tail = "," + tail[pair.end():]
        elif (ones := EN_ONES_PAIR.search(tail)) and all(
                _en_place(item) or item in named for item in ones.group(1, 2)):
            tail = tail[:ones.start()] + "it" + tail[ones.end():]
        return Split(tuple(f"{head}{row.english}{tail}" for row in rows if row),
                     _mode(q.folded))
    return None


# Which of two things the document says, asked as doubting it says one (到底是全国首个还是
# 世界首个？前后说法一样吗): each asked whether it is said.
BOTH_SAID_CHOICE = lazy_regex(r"(?:到底|究竟)(是|为|算)([^?？，,。还]{2,12}?)还是(?:是|为|算)?"
                              r"([^?？，,。]{2,12}?)(?:呢|啊|呀)?(?=[?？，,。]|$)")
SAYINGS_DOUBTED = lazy_regex(r"前后|两处|两种|说法|都说|矛盾|不一致|不一样|一样吗|咋说|怎么说|"
                             r"怎么写|"
                             r"\b(?:says?|said) both\b|\bboth (?:ways|versions)\b|"
                             r"\bcontradict")


def _both_said_asked(q: Question) -> Split | None:
    """纳米真空互联实验站到底是全国首个还是世界首个？前后说法一样吗: both said, each where
    it is (no names chosen between: those are compared by the steps after)."""
    choice = BOTH_SAID_CHOICE.search(q.folded) if "还是" in q.folded else None
    # (the doubt may be said in a sentence of the asker's own: 我看有两种说法)
    if choice is None or not SAYINGS_DOUBTED.search(fold(q.raw).split("还是")[-1]) or any(
            link.start < choice.end() and choice.start(2) < link.end for link in q.links
            if link.end > link.start):
        return None
    head = q.folded[:choice.start()] + choice.group(1)
    return Split((f"{head}{choice.group(2)}吗", f"{head}{choice.group(3)}吗"), "both")


EN_CHOICE = lazy_regex(r"^(.+?)\s+or\s+(?:only\s+|just\s+|rather\s+|the\s+)*([a-z][^?]*?)\s*\?")


def _en_both_said_asked(q: Question) -> Split | None:
    """Is it the first in the world or only first in China? The yearbook seems to say
    both: each asked whether it is said. The second's first word stands again where the
    first choice begins (the first in the world)."""
    choice = EN_CHOICE.match(q.folded)
    if choice is None or not SAYINGS_DOUBTED.search(q.raw.lower()):
        return None
    left, second = choice.groups()
    start = left.rfind(" " + second.split()[0] + " ")
    if start < 0:
        return None
    head = left[:start + 1]
    return Split((f"{left}?", f"{head}{second}?"), "both")


# A second question run on after the first, with no mark between (纳米城占地多少已经建成的
# 载体又有多少): parted where the first one's question word ends.
RUN_ON = lazy_regex(r"(?<=多少|几个|几家|几人|几项|几件)(?:[个家人项件名张所类支批场次位]|平方米)?"
                    r"(?=[^，,；;。？?！!、\s多几]{2,20}(?:又|还)(?:有|是)?(?:多少|几))")

# (推荐了多少重点项目其中申报…几个: a part of those counted, asked after them)
RUN_ON_AMONG = lazy_regex(r"((?:多少|几)[^，,；;。？?！!、\s]{0,12}?)"
                          r"(?=其中[^，,；;。？?！!]{1,24}?(?:多少|几))")


def _questions_listed(text: str) -> str:
    """Questions listed with 、 (引进多少人、启动了几个项目) parted as a comma parts them;
    items of one question (纳米城、国际科技园各多少) stay together; one run on after
    another (…多少…又有多少) parted too."""
    if "又" in text or "还" in text:
        text = RUN_ON.sub(lambda m: m.group(0) + "，", text)
    if "其中" in text:
        text = RUN_ON_AMONG.sub(r"\1，", text)
    clauses = rx(r"([，,；;。？?！!])").split(text)
    return "".join(
        "，".join(items) if len(items := clause.split("、")) > 1 and all(
            QUESTION_WORD.search(fold(item)) for item in items) else clause
        for clause in clauses)


# Which place (哪个区, 哪座城市): where, no choice between the things named.
WHERE_ASKED = lazy_regex(r"哪[个座一]?(?:区|城市|省份?|国家|片区|板块|街道|镇)")


# A statement of a figure (…认定国家高企397家, 三十多家): a premise, unlike a topic named
# before its question (国家级研发机构，园区有几家呢), which the question is about.
STATES_A_FIGURE = lazy_regex(r"\d|[一二三四五六七八九十两百千万]+[余多]?[家个人件项支所批类名位]")


# Figures the asker states, then which of them is larger (A增长了10%，B增长58%，这两个增速
# 哪个高; A有397家，B有36家，哪个多): each figure asked of the document, then compared.
STATED_FIGURE = lazy_regex(r"(?:是|为|有|了)?(?:约|近|大约|大概)?\d+(?:\.\d+)?"
                           r"(?:%|[万亿]?[余多]?(?:平方米|[家个人件项支所批类名位元])?)")
WHICH_OF_STATED = lazy_regex(r"^(?:那|那么)?(?:这两个|这两项|这俩|两者|二者|它们|两个)?的?"
                             r"[\u4e00-\u9fff]{0,3}?((?:哪个|哪一个|谁)(?:更|比较|较)?"
                             r"(?:多|少|大|小|高|低)[呢啊呀]?)$")

# … or whether one of them is the larger (…，省双创计划人才累计281人，是不是省双创的多):
# which is, as the comparison answers it.
WHETHER_ONE_MORE = lazy_regex(r"^(?:那|那么)?(?:是不是|是否|应该是)[\u4e00-\u9fff]{1,10}?的?"
                              r"(?:更|比较)?(多|少|大|小|高|低|早|晚)(?:一些|一点|些)?"
                              r"[吧吗呢啊呀]?$")

# … or whether they are right (…，共建40多家，这些数字对吗): each figure asked.
STATED_CHECKED = lazy_regex(r"^(?:这些|这两个|这几个|以上|上面的?)?(?:数字|数据|数|说法)?都?"
                            rf"(?:{FIGURE_CHECK})$")


def _typed_pieces(text: str) -> list[str]:
    """The pieces of ``text`` as typed, between its stops."""
    return [p for p in rx(r"[，,；;。？?！!]").split(text) if p.strip()]


def _only_states(piece: str) -> bool:
    """Whether a piece states one figure and asks nothing (申报1440家)."""
    return len(STATED_FIGURE.findall(piece)) == 1 and not QUESTION_WORD.search(fold(piece))


def _stated_then_compared(text: str) -> str:
    """``text`` with the figures it states asked, when all it asks is which is larger,
    whether they are right, or their sum."""
    pieces = _typed_pieces(text)
    if not 2 < len(pieces) <= MAX_PARTS + 1 or not all(map(_only_states, pieces[:-1])):
        return text
    asked = [STATED_FIGURE.sub("多少", p) for p in pieces[:-1]]
    last = WHICH_OF_STATED.match(fold(pieces[-1]))
    if last is not None:
        return "，".join([*asked, last.group(1)])
    guessed = WHETHER_ONE_MORE.match(fold(pieces[-1]))
    if guessed is not None:
        return "，".join([*asked, f"哪个更{guessed.group(1)}"])
    if ADDED.search(pieces[-1]) and QUESTION_WORD.search(fold(pieces[-1])):
        return "，".join([*asked, pieces[-1]])  # (…，两个合计多少件: the document's, added)
    return "，".join(asked) if STATED_CHECKED.match(fold(pieces[-1])) else text


def _stated_also_asked(text: str) -> str:
    """``text`` (the difference it asks taken off) with a figure it states beside another
    it asks asked as well (申报1440家，进入公示的有多少家: 申报多少，…): the difference is
    of the document's two."""
    pieces = _typed_pieces(text)
    stated = [_only_states(p) for p in pieces]
    if not 1 < len(pieces) <= MAX_PARTS or not any(stated) or all(stated):
        return text
    return "，".join(STATED_FIGURE.sub("多少", p) if said else p
                    for p, said in zip(pieces, stated, strict=True))


# A figure the asker states with its unit (13人, 650余家; not the year of 2020年).
STATED_COUNT = lazy_regex(r"(?<![\d.])(?:约|近)?\d+(?:\.\d+)?[万亿]?[余多]?"
                          r"(?:平方米|[家个人件项支所批类名位元张])")


# Words a later question opens with to say it is one more (顺便问下, 另外, 还有): no part
# of what it asks.
JOINED_ON = lazy_regex(r"^(?:顺便(?:再)?问(?:一)?下|顺便问问|顺便|另外(?:再)?问(?:一)?下|另外|"
                       r"再问(?:一)?下|还想问(?:一)?下|还有就是|还有)")


WHOLE_OF = lazy_regex(r"^(?:整个|整座|全)([\u4e00-\u9fff]{2,4}?)(?=[的总])")


def _whole_of(piece: str, links: Sequence[Link]) -> str | None:
    """A later part asking of the whole of a thing named before by its tail (国际科技园七期
    …建筑面积多少，整个科技园总投资多少): that part, of the thing as named."""
    whole = WHOLE_OF.match(piece)
    if whole is None:
        return None
    tail = whole.group(1)
    # (the name up to that tail: 苏州国际科技园 of 苏州国际科技园七期人工智能产业园)
    name = next((link.name[:link.name.index(tail) + len(tail)] for link in links
                 if tail in link.name), None)
    return name + piece[whole.end():] if name else None


# A part that asks only how precise a date asked before it is (— what exact date?).
# (…什么时候上市的？具体几月几号？: how precise the date is to be, no second part)
DATE_PRECISION_ONLY = lazy_regex(r"^(?:那)?(?:具体|确切|准确)(?:是|到)?(?:几月几[号日]|哪一?天|"
                                 r"什么日子|日期|几号)[呢啊呀?？]*$")
# After a comparison, a question asking only each one's figure (…or phase 7? what are the two
# floor areas?): the comparison tells both, no part of its own.
EN_BOTH_TOLD_AFTER = lazy_regex(r"(?<=[?.])\s*(?:and\s+)?what (?:are|were) (?:the|their) "
                                r"(?:two|both) (?:[a-z-]+ ){0,2}?(?:areas|sizes|figures|numbers|"
                                r"values|totals|amounts)\W*$")
# …which is bigger, A or B, and by how much?: the difference of the two compared, no part of
# its own (the comparison's answer gives it).
# (…by how much floor space: the measure compared, said again)
EN_BY_HOW_MUCH_AFTER = lazy_regex(r"(?<=[a-z])\s*,?\s*(?:and|an|n)?\s*by how (?:much|many)"
                                  r"(?:\s+(?:[a-z]+\s+)?(?:space|area|money|people|companies|"
                                  r"firms))?\s*\??\s*$")
EN_DATE_PRECISION_ONLY = lazy_regex(r"^\W*(?:(?:what|which|the|exact|exactly|precise|precisely|"
                                    r"specific|pls|please)\W+)*(?:date|day)\W*$")


# A last clause naming one of the things before it and asking by how much it is more
# (五期和七期建筑面积，五期多多少): which is more, and by how much; not 比上年多多少, a growth.
ONE_NAMED_MORE = lazy_regex(r"[，,？?]\s*(\w{1,8}?)(?:要|还|的)?(([多少大小高低])(?:出|了)?"
                            r"(?:多少|好多|几)[^，,？?]*[?？]*)$")


def one_named_more(folded: str) -> re.Match[str] | None:
    """The last clause of ``folded`` when it asks by how much the one it names is more."""
    m = ONE_NAMED_MORE.search(folded)
    if m is None or "比" in m.group(1) or m.group(1) not in folded[:m.start()]:
        return None
    return m


def _one_named_more(q: Question) -> Question | None:
    """(A和B…，A多多少) as A和B…哪个多？多多少."""
    m = one_named_more(q.folded) if q.lang != "en" else None
    if m is None or not rx(r"和|跟|与|同").search(q.folded, 0, m.start()):
        return None
    return replace(q, folded=f"{q.folded[:m.start()]}哪个{m.group(3)}?{m.group(2)}")


def split(q: Question, chapter_subject: str | None,
          name_of: Callable[[int], str] | None = None) -> Split | None:
    """The question's parts, or None when it asks one thing. (``name_of``: an entity's
    name, for a name said without the qualifiers the document gives it.)"""
    after = _difference_after(q)
    parts = _split(q, chapter_subject, name_of, after)
    if parts is None and (asked := _one_named_more(q)) is not None:
        parts = _split(asked, chapter_subject, name_of, after)
    if parts is None and q.lang != "en" and WHICH_DIALECT.search(q.raw):
        # (纳米城PCT几多件，国际科技园几多件，何个多: the dialect's which, read as 哪个)
        parts = _split(q, chapter_subject, name_of, after, which=True)
    if parts is not None and parts.mode == "both" and len(parts.said) == len(parts.parts) == 2 \
            and EN_UNIT_ONLY.match(parts.said[1].strip(" ?")):
        return None  # (…GDP in 2020? how many billion yuan: the first's unit, no question)
    if parts is not None and parts.mode == "both" and after is not None:
        # (…各多少家，相差多少: a comparison, the difference its last words ask)
        return replace(parts, mode="compare")
    if parts is None or parts.mode != "sum" or q.lang == "en":
        return parts
    # (X397家、Y650余家，加起来多少家: each part asks the document's figure, not the one the
    # asker states, which would find the figure of that value, whatever it counts)
    return replace(parts, parts=tuple(_without_stated_count(p) for p in parts.parts))


# A later piece asking only a unit (how many billion yuan, how many square metres).
EN_UNIT_ONLY = lazy_regex(r"^(?:how (?:many|much)|what|in) (?:(?:hundred|thousand|million|"
                          r"billion|bn|mn|k|ten)\s*)*(?:yuan|rmb|cny|dollars?|usd|square "
                          r"(?:met(?:re|er)s|feet)|sq ?m|m2|percent|%)$")


def _difference_after(q: Question) -> re.Match[str] | None:
    """The difference asked after each of the things before it is counted (A和B各几件，差多少
    件), in a Chinese question."""
    after = DIFFERENCE_AFTER.search(q.folded) if q.lang != "en" else None
    return after if after and COUNT_WORD.search(q.folded, 0, after.start()) else None


def _pieces(listed: str, apart: bool) -> list[str]:
    """The pieces a line's stops (and, ``apart``, its spaces) part."""
    return [fold(p) for p in rx(r"[，,；;。？?！!]|、(?=哪些|哪几|多少|几)|"
                                r"、(?=(?:最后|最终|后来|又|再)[^、，,。？?]{0,6}(?:多少|几))"
                                + (r"|(?<![A-Za-z*])\s+" if apart else "")).split(listed)
            if fold(p).strip() and not DIFFERENCE_ONLY.match(fold(p))]


def _without_stated_count(part: str) -> str:
    """A part without the figure it states before its question word (纳米城入驻企业397家
    多少家: 纳米城入驻企业多少家)."""
    asked = QUESTION_WORD.search(part)
    if asked is None or len(STATED_COUNT.findall(part, 0, asked.start())) != 1:
        return part
    return STATED_COUNT.sub("", part[:asked.start()]) + part[asked.start():]


def _split(q: Question, chapter_subject: str | None,
           name_of: Callable[[int], str] | None,
           after: re.Match[str] | None = None, which: bool = False) -> Split | None:
    """The parts of ``split``, as the question states them (``after``: the difference asked
    after them, see ``_difference_after``)."""
    folded = q.folded
    cue = DISTRIBUTE.search(folded) or COMPARE.search(folded) or SUM.search(folded)
    if cue and SELECTS.search(folded) and not COMPARATIVE.search(folded):
        cue = None  # A和B这两家，哪家获批的是分中心: which of them is it, no comparison
    if not cue:
        after = None
    if after is not None:
        folded = folded[:after.start()]  # (each counted before it: the difference is of theirs)
    # Two questions in one line: 有多少家申报 多少家通过.
    if q.lang == "en":
        if "," in folded and EN_LIST_CLOSED.search(folded):
            return None  # (Science Park, Nano City, biomedical park and so on: a group)
        folded = EN_BOTH_TOLD_AFTER.sub("", folded)
        if (by := EN_BY_HOW_MUCH_AFTER.search(folded)) and COMPARE.search(folded, 0, by.start()):
            folded = folded[:by.start()]  # (…which is bigger, and by how much)
        parts = ((_en_siblings_asked(q, name_of) if name_of else None)
                 or _en_both_said_asked(q) or _english_split(q, folded, chapter_subject))
        if parts and any(EN_DATE_PRECISION_ONLY.match(said) for said in parts.said[1:]):
            return None  # (when did it list — what exact date: how precise, no second part)
        return replace(parts, parts=tuple(_recased(p, q.raw) for p in parts.parts),
                       said=parts.said or parts.parts) if parts else None
    siblings = _qualified_siblings(q) or (_siblings_asked(q, name_of) if name_of else None)
    if siblings is not None:
        return siblings
    choice = _both_said_asked(q)
    if choice is not None:
        return choice
    # (Split as typed: folding joins words a space kept apart. A space after a Latin word
    # only ends that word: BioBAY 2020年新增多少… is one question. Deeds in order and which
    # came first read as understood.)
    typed = q.asked or q.raw
    if "：" in typed or ":" in typed:
        typed = FORWARDED.sub("", typed)  # (…发来的：: who sent it on, no topic)
    typed = without_wording_asked(typed)  # (…，原文在哪: no part of its own)
    typed = TELL_ALL_ENDING.sub("", typed)  # (…，两个都说哈: no part of its own)
    typed = how_many_in_mandarin(typed, which)  # (各是好多, 办了多老些场: as it was read)
    if after is not None:
        typed = _stated_also_asked(DIFFERENCE_AFTER.sub("", typed))
    if MEASURES_LISTED.search(typed) and not QUESTION_WORD.search(typed):
        # (…发明专利申请量、授权量: measures named one after another, no question word:
        # each one's figure)
        typed = typed.rstrip("?？。 ") + "各多少"
    listed = _questions_listed(which_first(DEEDS_IN_ORDER.sub(
        r"\1和", _stated_then_compared(typed))))
    halves = [fold(p) for p in SLASHED.split(listed) if fold(p).strip()] if (
        "/" in listed or "／" in listed or "|" in listed) else []
    if 1 < len(halves) <= MAX_PARTS and all(map(COUNT_ASKED.search, halves)):
        # Keyword questions one after the other, a slash between (国科园 认定高企数 / 纳米城
        # 新增高企数): each asked as it is.
        return Split(tuple(halves), "both")
    spaced = [fold(p) for p in KEYWORDS_APART.split(listed) if fold(p).strip()]
    if 1 < len(spaced) <= MAX_PARTS and all(
            len(p) >= MIN_KEYWORD_QUESTION and MEASURE_NAMED.search(p) for p in spaced):
        # Measures named one after the other, a space between (研发投入占GDP比重 科创板上市
        # 企业占全国比例): each asked as it is.
        return Split(tuple(spaced), "both")
    # (…哪些在港交所上市、哪些在上交所上市: a 、 before a question word opens another)
    # (报上来多少家、最后认定了多少家: 、 before a later deed's count)
    pieces = _pieces(listed, apart=True)
    if len(pieces) > MAX_PARTS:
        # (A*STAR 正式 合作协议 什么时候 签, 合作中心 又 是 什么时候 启动: a space between
        # every word, so only the stops part the questions)
        pieces = _pieces(listed, apart=False)
    # (顺便问下, 另外 opening a later piece: one more question, its words none of it; a
    # piece so opened still names its own subject)
    opened = {JOINED_ON.sub("", p) for p in pieces if JOINED_ON.match(p)}
    pieces = [rest for p in pieces if (rest := JOINED_ON.sub("", p)).strip()]
    topic, colon, rest = listed.partition("：")
    asked = [fold(p) for p in rx(r"[，,；;。？?！!]").split(rest) if fold(p).strip()]
    if (colon and not QUESTION_WORD.search(fold(topic)) and 1 < len(asked) <= MAX_PARTS
            and all(QUESTION_WORD.search(p) and not COMPARE.search(p) and not _adds_up_only(p)
                    for p in asked)):
        # A topic, a colon, then its questions (国家级重大人才引进工程人才：国际科技园有几个？
        # 全园区累计几个？): each asked of the topic.
        # (一共 there asks each one's total, no sum of the parts: nothing cleaned away,
        # nothing added up)
        return Split(tuple(fold(topic) + p for p in asked), "both")
    if (1 < len(pieces) <= MAX_PARTS and QUESTION_WORD.search(pieces[0])
            and all(QUESTION_WORD.search(p) or ELLIPTIC.search(p) for p in pieces[1:])):
        head = QUESTION_WORD.search(pieces[0])
        prefix = pieces[0][:head.start()] if head else ""
        whole = WHOLE_THEN_PART.match(prefix)
        if NEW_SAID.search(prefix):
            # (新增几支，总共几支: the running total of what the first counts as new, no sum)
            pieces = [pieces[0], *(TOTAL_OPENING.sub("累计", p) for p in pieces[1:])]
        said = [folded[link.start:link.end] for link in q.links if link.end > link.start]
        specific = [folded[link.start:link.end] for link in q.links
                    if link.end > link.start and link.name != chapter_subject]
        qualifiers = tuple(fold(m.group(1)) for link in q.links
                           if (m := NAME_QUALIFIER.search(link.name)))
        # (…，加起来多少: a piece asking only for the sum is no part of its own.)
        parts = [pieces[0]] + [whole_named if (whole_named := _whole_of(p, q.links))
                               else prefix + p if RANK_ONLY.match(p)
                               else _topic(prefix) + p if SHARE_ONLY.match(p)
                               else deed if (deed := _another_deed(prefix, p))
                               else _borrowed(p, pieces[0], said, specific, qualifiers)
                               if _has_subject(p)
                               else (_borrowed(p, pieces[0], said, specific, qualifiers)
                                     if said else p)
                               if p in opened and _own_measure_said(p)
                               else whole.group(1) + p if whole and WHOLE_ASKED.search(p)
                               else (_parallel(p, pieces[0], said, specific)
                                     or _own_period(prefix, p))
                               for p in pieces[1:]
                               if not _adds_up_only(p) and not _distributes_only(p)
                               and not COMPARES_ONLY.match(p) and not CURRENCY_ONLY.match(p)
                               and not DATE_PRECISION_ONLY.match(p)]
        if len(parts) > 1:
            # (a part and its whole are both shown, never added up)
            mode = "both" if whole and any(WHOLE_ASKED.search(p) for p in pieces[1:]) else (
                _pieces_mode(pieces, folded))
            return Split(tuple(_clean(p) for p in parts), mode)
    if (2 < len(pieces) <= MAX_PARTS + 1 and not QUESTION_WORD.search(pieces[0])
            and not CONJ.search(pieces[0]) and not rx(r"(?:里|中)$").search(pieces[0])
            and all(QUESTION_WORD.search(p) and not COMPARE.search(WHERE_ASKED.sub("", p))
                    and not EACH_DATE.match(p) and not SUM.search(p)
                    and not WHOLE_ASKED.search(p) for p in pieces[1:])):
        # A topic, then its questions (中美生物医药创新中心 推荐项目几个 其中…几个): each
        # asked of the topic.
        parts = [pieces[0] + p for p in pieces[1:]]
        return Split(tuple(_clean(p) for p in parts), _pieces_mode(pieces[1:], folded))
    if (1 < len(pieces) <= MAX_PARTS and not QUESTION_WORD.search(pieces[0])
            and STATES_A_FIGURE.search(pieces[0])
            and ELLIPTIC.search(pieces[-1]) and _has_subject(pieces[-1])):
        # A statement, then the question (国际科技园认定国家高企397家，那纳米城新增的呢):
        # the statement is its premise; the last piece is asked.
        return Split((rx(r"^那(?:么)?|呢$").sub("", pieces[-1]),), "both")
    if (1 < len(pieces) <= MAX_PARTS and not QUESTION_WORD.search(pieces[0])
            and folded.startswith(pieces[0])
            and all(COMPARES_ONLY.match(p) or EACH_DATE.match(p) for p in pieces[1:])):
        # Things named, then only which is first and the dates each (…签约，哪个在先？日期
        # 分别是？): one line asking which was first of them.
        folded = pieces[0] + "".join(p for p in pieces[1:] if COMPARES_ONLY.match(p))
    joined = _names_joined(q, folded, cue, chapter_subject)
    if joined is not None or not cue:
        return joined
    # Measures joined: 姑苏领军人才和姑苏重大创新团队2020年各新增多少.
    examples = [m.span() for m in EXAMPLES.finditer(folded)]
    for match in CONJ.finditer(folded):
        if any(link.start < match.end() and match.start() < link.end for link in q.links):
            continue  # 和 inside a name
        if any(start <= match.start() < end for start, end in examples):
            continue  # （A、B等）: examples of one thing
        left, right = folded[:match.start()], folded[match.end():]
        if len(left.strip()) < 2 or len(right.strip()) < 2:
            continue
        if any(link.name == chapter_subject and link.start == 0 and link.end >= len(left)
               for link in q.links):
            continue  # 园区与上海…: "with", after the chapter's subject, joins no parts
        # (大湾区: a noun may begin with 大 or 多; 截至2020年底建成载体: a date may)
        dated = DATE_LEAD.match(right)
        stop = PREDICATE.search(right, max(1, dated.end() if dated else 0))
        noun = right[:stop.start()] if stop else right
        lead, end = PARALLEL.match(right), PARALLEL_END.search(left)
        if lead and end:
            noun = lead.group(0)  # 五期和七期建筑面积: the phases are what is joined
        if not noun.strip():
            continue
        # A second part naming its own thing (…和新加坡科技研究局…启动) borrows no name.
        # (The chapter's subject opening the second part is its own subject: 园区跟张家港….)
        named = any(link.start >= match.end() and (link.name != chapter_subject
                                                   or link.start == match.end())
                    for link in q.links) or bool(PLACES.match(rx(r"^[跟和与同]").sub("", right)))
        own_measure = [link.end for link in q.links if link.end <= len(left)]
        if named and own_measure and len(left) - max(own_measure) >= 2:
            # A的X和B的Y哪个多: each names its own measure; only the question is shared.
            asked = ASKED_OF_BOTH.search(right)
            if asked and asked.start() > 0:
                noun = right[:asked.start()]
        predicate = right[len(noun):]
        if predicate.startswith("的") and (asked := ASKED_OF_BOTH.search(right)):
            # X和启动的Y各是多少: 的 inside the second's noun (the first says no Y), not a
            # head both share (申报的企业和认定的企业).
            head = right[len(noun) + 1:asked.start()]
            if len(head) >= 2 and head not in left:
                noun, predicate = right[:asked.start()], right[asked.start():]
        # X累计人数和Y累计人数: each part says its measure whole; the first's is not said
        # twice, and the second's noun stands for no end of the first's.
        asked = _own_measure(left, predicate)
        first = left + predicate[asked or 0:]
        if (shared := SHARED_MEASURE.search(noun)) and shared.group(1) not in left:
            # (B1地块和C地块的面积: the measure after 的 is both parts')
            first = left + shared.group(0) + predicate[asked or 0:]
        bare = rx(r"比?(?:相)?差(?:距|别)?$|比$").sub("", noun)  # (A的X跟B比差: with B)
        if named and own_measure and len(left) - max(own_measure) >= 2 and any(
                folded[link.start:link.end] == bare for link in q.links
                if link.start >= match.end()) and not _names_a_measure(predicate):
            # A的X跟B比差多少: B named bare is asked A's measure.
            measure = left[max(own_measure):]
            return Split((_clean(first), _clean(bare + measure + predicate[asked or 0:])),
                         _mode(folded))
        pointed = POINTED_SIBLING.fullmatch(noun.strip(" ,，"))
        if pointed and not named and (own_pointer := POINTED_SIBLING.match(left)):
            # (北京那个X跟大湾区那个，分别…: the second points at X's sibling by its own
            # qualifier, in place of the first's)
            return Split((_clean(first), _clean(pointed.group(0) + left[own_pointer.end():]
                                                 + predicate)), _mode(folded))
        prefix = "" if named else left[:end.start()] if lead and end else _prefix(
            q, left, noun, guess=asked is None)
        # A list of more (A、B、C各多少): each of the rest its own part.
        items = [item for item in rx(r"、|以及|和|与|及").split(noun) if item.strip()]
        park = {folded[link.start:link.end] for link in q.links
                if link.name == chapter_subject}
        if not 1 < len(items) < MAX_PARTS or park & set(items[:-1]):
            items = [noun]  # (园区和张家港签协议: "with", one item)
        # (…的合作：签谅解备忘录、签合作协议、企业合作中心启动: the topic before the colon is
        # each item's that names nothing of its own)
        topic = COLON_TOPIC.match(left) if named and len(items) > 1 else None
        names = [folded[link.start:link.end] for link in q.links if link.start >= match.end()]
        rest = [_clean((topic.group(0) if topic and not any(n in item for n in names)
                        else prefix) + item + predicate) for item in items]
        return Split((_clean(first), *rest), _mode(folded))
    return None


# Where a second English question starts: after a comma or "and" (", and by how much"), or
# a plain space not after a preposition ("its ties with which institute" asks one thing).
_EN_PREP = ("with", "from", "in", "on", "at", "by", "to", "for", "of", "into", "about", "over",
            "during", "within", "under", "through")
_EN_ASKING = r"(?=(?:how (?:many|much)|what|when|where|which|who)\b)"
EN_SECOND = lazy_regex(
    rf"\s*(?:[,;?—]|\s[-–]\s)\s*(?:and\s+)?(?=(?:(?:{'|'.join(_EN_PREP)})\s+)?{_EN_ASKING})|"
    rf"\s+and\s+(?=(?:(?:{'|'.join(_EN_PREP)})\s+)?{_EN_ASKING})|"
    # (…, and how big is the whole site: a size asked after another question)
    r"\s*,?\s+and\s+(?=how (?:big|large)\b)|"
    + "".join(rf"(?<!\b{p})" for p in _EN_PREP) + rf"\s{_EN_ASKING}"
    # (…raise when it listed: a clause of time, no second question; the districts where the
    # centres are located: a clause of place)
    rf"(?!(?:when|where|what) {EN_SUBJECT}|when {EN_THING_SUBJECT}|when {EN_LISTED_SUBJECT}|"
    r"where the (?:[a-z*&'-]+ ){1,16}?(?:is|are|was|were) (?:located|based|situated|sited)\b)")
# A phrase that frames the questions after it (of the 33 firms, among the institutes, …).
# Between nouns asked of one topic: a comma, or "and" before its, their or the.
EN_NOUN_BREAK = lazy_regex(r"\s*[,;]\s*(?:and\s+)?|\s+and\s+(?=(?:its|their|the)\b)")
# A noun that asks for a fact (…: the date it settled, its team size, the number of …).
EN_NOUN_ASKS = lazy_regex(r"\b(?:date|year|number|size|area|count|amount|total|figure|share|value|"
                          r"location|address|name)\b")
EN_FRAME = lazy_regex(r"(?:of|among|in|within|for|under|at|during|from) ")
EN_QUESTION_WORD = lazy_regex(r"\b(?:how|what|when|where|which|who|whom|whose|why)\b|"
                              r"\bsame (?:day|date)\b")  # (the same day?: when each was)


# What an asker may open with about themselves before asking (I compare two parks:, For my
# report:); not a frame of the question (First batch of …: how many applied?).
EN_PREAMBLE = lazy_regex(r"[^:!?]*\b(?:i|im|my|me|we|our|us|hi|hello|quick question)\b"
                         r"[^:!?]*[:!]\s+(?=\S)")
# Two question words asking of one clause: "When and in which district did X open?"
EN_TWO_ASKED = lazy_regex(r"^(when|where|who|how (?:many|much))\s+and\s+((?:(?:in|at|on|from|by) )?"
                          r"(?:which|what)(?: [a-z-]+){0,3}?|when|where|who|how (?:many|much))\s+"
                          r"((?:did|does|do|is|was|were|are|has|have|will)\b.+)$")

# … asked as a request, the clause in its own order (could you tell me when and where the
# centre was unveiled).
EN_TELL_ME = lazy_regex(r"^(?:(?:could|can|would|will) you (?:please )?(?:tell me|let me know)|"
                        r"(?:please )?tell me|do you know|i(?:d| would) like to know|"
                        r"may i ask|i wonder)\s+")
EN_TWO_TOLD = lazy_regex(r"^(when|where|who|how (?:many|much))\s+and\s+(when|where|who|"
                         r"how (?:many|much))\s+(.+)$")

# Two places joined after "in" (in Beijing and the Greater Bay Area, in Shenzhen and London).
EN_TWO_PLACES = lazy_regex(r"\b(?:in|for) (?:the )?([a-z][a-z ]{2,30}?) and (?:in |for )?(?:the )?"
                           r"([a-z][a-z ]{2,30}?)(?=\s+(?:unveil(?:ed)?|open(?:ed)?|launch(?:ed)?|"
                           r"located|set up|found(?:ed)?|establish(?:ed)?|start(?:ed)?)\b|"
                           r"\s*[?,.:\-–—]|$)")


# A count asked new in a year and in all (new in 2020 vs cumulative, quantas new in 2020 and
# quantas in total): each period's.
EN_NEW_VS_TOTAL = lazy_regex(r"\b(new(?:ly added)?(?: ones)?(?: in (?:20\d\d|the year|this year))?|"
                             # (how many in 2020 and how many cumulative)
                             r"added in 20\d\d|(?<=how many )in 20\d\d)"
                             r"\s*(?:vs\.?|versus|and|or|,)\s*(?:the )?"
                             r"(?:how many |how much )?(cumulative(?:ly)?|in total|running total|"
                             r"total(?: so far)?|so far|overall|to date)\b")
# Two deeds done to one thing, compared (invention patents applied vs granted, filed / approved).
# Two parts of one place by their phase, zone or plot (phase 3 zone B and phase 5 plot A2,
# phases 1-4 and phase 5): each part's, asked alone.
_EN_PART = r"(?:phases? \d+\s*(?:-|–|to|through)\s*\d+|" \
           r"phase \d+(?: (?:zone|area|district|plot|lot|site) [a-z]\d?|" \
           r"(?: [a-z]+){1,3}? park)?|(?:zone|district|plot|lot|site) [a-z]\d?|" \
           r"[a-z]\d? (?:plot|zone|district|lot|site))"
EN_TWO_PARTS = lazy_regex(rf"\b({_EN_PART}) and (?:the |its )?({_EN_PART})\b")
EN_TWO_DEEDS = lazy_regex(r"\b([a-z]{3,}ed(?: for)?)\s*(?:vs\.?|versus|/)\s*([a-z]{3,}ed)\b")
# ... and said the other way round (approvals in total vs new ones in 2020).
EN_TOTAL_VS_NEW = lazy_regex(r"\b(?:in total|total|cumulative(?:ly)?|so far|overall|to date)\s*"
                             r"(?:vs\.?|versus|and|or|,)\s*(?:the )?(?:how many |how much )?"
                             r"(new(?: ones)?(?: in (?:20\d\d|the year|this year))?|"
                             r"added in 20\d\d)\b")
# The same said before the noun (the Beijing and Greater Bay Area Jinji Lake centres): up
# to four words either side of "and", then the noun's words.
EN_TWO_PLACES_BEFORE = lazy_regex(r"((?:[a-z]+ ){1,4})and (?:the )?((?:[a-z]+ ){1,7}?)"
                                  r"(?:centers|centres|offices|bases|hubs|branches)\b")


def _two_places_before(folded: str) -> tuple[int, str, str, str] | None:
    """(where the first place starts, the first, the second, the noun's words) of two places
    said before their noun, or None."""
    m = EN_TWO_PLACES_BEFORE.search(folded)
    if m is None:
        return None
    before, after = m.group(1).split(), m.group(2).split()
    first = next((" ".join(before[i:]) for i in range(len(before))
                  if _en_place(" ".join(before[i:]))), None)
    if first is None:
        return None
    for j in range(len(after) - 1, 0, -1):
        if _en_place(" ".join(after[:j])):
            noun = folded[m.start(2) + len(" ".join(after[:j])) + 1:m.end()]
            return m.end(1) - len(first) - 1, first, " ".join(after[:j]), noun
    return None


def _en_place(words: str) -> bool:
    """Whether English words name a place the dictionary or the glossary knows."""
    return bool(english.place(words)) or words in _glossary_names()


@lru_cache(maxsize=1)
def _glossary_names() -> frozenset[str]:
    """The glossary's English for its entities and terms, and their other English names
    (the Bay Area), lower case (read once)."""
    return frozenset(name.lower() for row in english.glossary().values()
                     if row.kind in ("entity", "term") and " " not in row.chinese
                     for name in (row.english, *row.also))


# The same said after the noun, set apart (the Jinji Lake centres (Beijing and Greater Bay
# Area), the two centres, Beijing and the GBA — …): the places the plural noun is told by.
EN_TWO_PLACES_APPOSED = lazy_regex(r"\b(centers|centres|offices|bases|hubs|branches)\s*"
                                   r"(?:\(|,|:|[-–—])\s*(?:in |at )?(?:the )?([a-z][a-z ]{2,30}?)"
                                   r"(?: one)?\s+(?:and|&)\s+(?:the )?([a-z][a-z ]{2,30}?)"
                                   r"(?: one)?\s*(?:\)|(?=[?,.:\-–—]|$))")
EN_EACH_PLACE_ASKED = lazy_regex(r"\bin [a-z][a-z ]{1,30}? and which\b")
# Each of two pointed at by its own place (…centres, the Beijing one and the Greater Bay
# one, …; …centres (Beijing and Greater Bay Area) …): said of the two, nothing more of
# either.
EN_POINTED_PAIR = lazy_regex(r"^\s*[,:(\-–—]?\s*(?:in |at )?(?:the )?"
                             r"(?!(?:which|what|where|when|how|who)\b)"
                             r"([a-z][a-z ]{1,30}?)( one)?,? "
                             r"(?:and|&) (?:in |at )?(?:the )?([a-z][a-z ]{1,30}?)( one)?\s*"
                             r"(?:\)|(?=[?,.:\-–—]|$))\s*[,:\-–—]?")


# … or pointed at in the question asked of them (…centres - which districts did the Beijing
# one and the Bay Area one end up in): each part's "it".
EN_ONES_PAIR = lazy_regex(r"\bthe ([a-z][a-z ]{1,30}?) one,? (?:and|&) the ([a-z][a-z ]{1,30}?) "
                          r"one\b")


# One thing compared with another by "than" (did A file more PCT applications than B?, how
# many more … did A file than B?).
EN_THAN = lazy_regex(r"\b(?:more|fewer|less|larger|bigger|higher|greater)\b(.*?)\bthan\s+"
                     r"(?:the\s+)?(.+?)\s*\?*\s*$")


def _en_than(q: Question, folded: str, chapter_subject: str | None) -> Split | None:
    """A compared with B by "than": the same question asked of each (how many … did A
    file?, … did B file?), then compared."""
    than = EN_THAN.search(folded)
    if than is None:
        return None
    named = [link for link in q.links if link.name != chapter_subject and link.end > link.start]
    first = [link for link in named if link.end <= than.end(1)]
    second = [link for link in named if than.start(2) <= link.start]
    if len(first) != 1 or len(second) != 1:
        return None
    a, b = first[0], second[0]
    asked = folded[:than.start()] + than.group(1)
    asked = asked if rx(r"\bhow (?:many|much)\b").search(asked) else "how many " + asked
    other = asked.replace(folded[a.start:a.end], folded[b.start:b.end], 1)
    return Split((asked.strip() + "?", other.strip() + "?"), "compare")


# Clauses of notes, a comma or a question mark between (MoU signed when, and the formal
# agreement when?), each asking at its end.
EN_CLAUSE_BREAK = lazy_regex(r"\s*[,;?]\s*(?:and\s+)?")
# (the Chinese words before it folded without their space: new临床批件how many)
EN_ASKED_LAST = lazy_regex(r"(?:\w\s+|[\u4e00-\u9fff]\s*)"
                           r"(?:when|where|who|how (?:many|much)|what (?:date|year|day))\s*$")


# A second measure of the thing named after the first (what is total investment of X, and
# carrier area?): asked of it too.
EN_SECOND_MEASURE = lazy_regex(r"^((?:what|how much|how many) (?:is|are|was|were) (?:the )?)"
                               r"([a-z][a-z -]{2,40}?) of ((?:the )?[a-z][a-z0-9 *&'-]{2,60}?),? "
                               r"and (?:its |the |their )?([a-z][a-z -]{2,40})$")


# Two phases of one park compared or added (phase five creative industry park or phase
# seven AI park; phases 1-4 vs phase 5): each phase's floor area, asked of the park named.
_EN_PHASE = (r"phases? (?:\d+(?:\s*(?:-|–|to)\s*\d+)?|one|two|three|four|five|six|seven)"
             r"(?:\s+\"?(?:[a-z-]+\s+){0,3}?(?:park|pump station|world)\"?)?")
EN_TWO_PHASES = lazy_regex(rf"({_EN_PHASE})[^?;]*?\s(or|than|vs\.?|versus|and|plus|"
                           rf"compared (?:to|with))\s+(?:the\s+)?(?:[a-z-]+\s+){{0,3}}?"
                           rf"({_EN_PHASE})")
EN_FLOOR_ASKED = lazy_regex(r"\b(?:bigger|larger|smaller|floor|square|sq|m2|size|big|"
                            r"building area|areas? of)\b")
EN_NO_FLOOR = lazy_regex(r"\b(?:when|month|date|year|started|start|built|opened)\b")


def _en_two_phases(q: Question, folded: str) -> Split | None:
    """Each of two phases of the one park the question names, by its floor area."""
    phases = EN_TWO_PHASES.search(folded)
    if phases is None or not EN_FLOOR_ASKED.search(folded) or EN_NO_FLOOR.search(folded):
        return None
    # (the park: a name linked outside the phases, whose own names may link too)
    parks = {folded[link.start:link.end] for link in q.links if link.end > link.start
             and not any(a < link.end and link.start < b
                         for a, b in (phases.span(1), phases.span(3)))}
    if len(parks) != 1:
        return None
    park = parks.pop()
    return Split(tuple(f"how big is {park} {phase}" for phase in phases.group(1, 3)),
                 "sum" if phases.group(2) == "plus" else _mode(folded))


def _english_split(q: Question, folded: str, chapter_subject: str | None) -> Split | None:
    """Two questions in one English line; the second borrows the first's names (…, and
    how many were granted? → how many were granted A*STAR …)."""
    phases = _en_two_phases(q, folded) if "phase" in folded else None
    if phases is not None:
        return phases
    than = _en_than(q, folded, chapter_subject)
    if than is not None:
        return than
    preamble = EN_PREAMBLE.match(folded)
    if preamble and not EN_QUESTION_WORD.search(preamble.group(0)) and EN_QUESTION_WORD.search(
            folded[preamble.end():]):
        # (I compare two parks: how much …? A preamble asks nothing; blanked, so that the
        # names keep their places.)
        folded = " " * preamble.end() + folded[preamble.end():]
    periods = EN_NEW_VS_TOTAL.search(folded) or EN_TOTAL_VS_NEW.search(folded)
    if periods:
        # New in 2020 vs cumulative: the same count, asked for each period.
        head, tail = folded[:periods.start()], folded[periods.end():]
        # (in total, so far: said as cumulative, which no sum's words take away)
        # (how many in 2020: the year's new ones, beside the running total)
        first = periods.group(1)
        first = f"new {first}" if first.startswith("in ") else first
        return Split(tuple(_clean(f"{head}{period}{tail}")
                           for period in (first, "cumulative")), "both")
    two_parts = EN_TWO_PARTS.search(folded) if " and " in folded else None
    if two_parts and two_parts.group(1) != two_parts.group(2):
        head, tail = folded[:two_parts.start()], folded[two_parts.end():]
        return Split(tuple(_clean(f"{head}{part}{tail}") for part in two_parts.group(1, 2)),
                     _mode(folded))
    deeds = EN_TWO_DEEDS.search(folded)
    if deeds and not any(deeds.start() < link.end and link.start < deeds.end()
                         for link in q.links if link.end > link.start):
        # Patents applied vs granted: the count of each deed.
        head, tail = folded[:deeds.start()], folded[deeds.end():]
        return Split(tuple(_clean(f"{head}{deed}{tail}") for deed in deeds.group(1, 2)),
                     _mode(folded))
    places = EN_TWO_PLACES.search(folded)
    if places and all(_en_place(place) for place in places.group(1, 2)) and not any(
            link.start < places.end() and places.start() < link.end for link in q.links
            if link.end > link.start):
        # The centres in Beijing and the Greater Bay Area: each place's, asked alone.
        head, tail = folded[:places.start()], folded[places.end():]
        return Split(tuple(_clean(f"{head} in {place}{tail}") for place in places.group(1, 2)),
                     "both")
    apposed = EN_TWO_PLACES_APPOSED.search(folded) if " and " in folded else None
    if apposed and all(_en_place(place) for place in apposed.group(2, 3)):
        # The centres (Beijing and Greater Bay Area): each place's, asked alone.
        head, tail = folded[:apposed.end(1)], folded[apposed.end():]
        mode = "compare" if COMPARE.search(folded) else "both"
        return Split(tuple(_clean(f"{head} in {place}{tail}") for place in apposed.group(2, 3)),
                     mode)
    before = _two_places_before(folded) if " and " in folded else None
    if before is not None:
        # The Beijing and Greater Bay Area centres: each place's, asked alone.
        start, first, second, noun = before
        head = folded[:start]
        tail = folded[start + len(f"{first} and "):].split(noun, 1)[1]
        mode = "compare" if COMPARE.search(folded) else "both"
        return Split(tuple(_clean(f"{head}{noun} in {place}{tail}") for place in (first, second)),
                     mode)
    measures = EN_SECOND_MEASURE.match(folded.strip(" ?"))
    if measures and any(measures.start(3) <= link.start and link.end <= measures.end(3)
                        for link in q.links if link.name != chapter_subject) and not (
            EN_QUESTION_WORD.search(measures.group(4))):
        # What is A of X, and (its) B?: each measure asked of X.
        head, first, owner, second = measures.group(1, 2, 3, 4)
        return Split((f"{head}{first} of {owner}", f"{head}{second} of {owner}"), "both")
    two = EN_TWO_ASKED.match(folded.strip(" ?"))
    if two is None and (request := EN_TELL_ME.match(folded.strip())):
        two = EN_TWO_TOLD.match(folded.strip()[request.end():].strip(" ?"))
    if two:
        # (each question word asks the clause they share)
        return Split((f"{two.group(1)} {two.group(3)}", f"{two.group(2)} {two.group(3)}"),
                     "both")
    counted = _en_counted_list(q, folded)
    if counted is not None:
        return counted
    topic, colon, rest = folded.partition(":")
    if colon and not EN_QUESTION_WORD.search(folded):
        # A topic, then what is asked of it in nouns (X: the date it settled, and its team
        # size?): each asked of the topic.
        asked = [p.strip(" ,;?") for p in EN_NOUN_BREAK.split(rest) if p.strip(" ,;?")]
        if 1 < len(asked) <= MAX_PARTS and all(EN_NOUN_ASKS.search(p) for p in asked):
            return Split(tuple(f"{topic}: {p}" for p in asked), "both")
    clauses = [p for p in EN_CLAUSE_BREAK.split(rest if colon else folded) if p.strip()]
    if 1 < len(clauses) <= MAX_PARTS and all(EN_ASKED_LAST.search(c) for c in clauses):
        # Notes, each asking at its end (MoU signed when, and the formal agreement when?):
        # each asked of the topic, or of the names the first one says.
        said = " ".join(folded[link.start:link.end] for link in q.links
                        if link.end > link.start and link.end <= len(topic if colon
                                                                      else clauses[0]))
        return Split(tuple(f"{topic}: {c}" if colon else c if i == 0 else f"{said} {c}"
                           for i, c in enumerate(clauses)), "both")
    pieces = [p.strip(" ,;?") for p in EN_SECOND.split(folded) if p.strip(" ,;?")]
    heading = next((i for i, p in enumerate(pieces[:2]) if p.endswith(":")), None)
    if heading is not None and len(pieces) - heading > 2 and EN_QUESTION_WORD.search(
            pieces[heading]) and not any(
            link.start < folded.find(pieces[heading]) + len(pieces[heading])
            for link in q.links if link.end > link.start):
        # (Singapore timeline: when …, and when …? A heading that only asks what the
        # questions after it ask, and names nothing.)
        pieces = pieces[heading + 1:]
    # "…, and how many each?" asks nothing new: a second question needs words of its own.
    def says_something(piece: str, later: bool = False) -> bool:
        if CURRENCY_ONLY.match(piece.strip(" ,;?")):
            return False  # (…? how many yuan: the first's sum, in its currency)
        # (…, and how many 累计: a later question's word typed in Chinese says something)
        return any(w not in EN_STOP and w not in EN_CUE_WORDS
                   for w in rx(r"[a-z]+").findall(piece)) or bool(
            EN_ASKS_ALONE.match(piece.strip(" ,;?"))
            or (later and rx(r"[\u4e00-\u9fff]").search(piece)))

    quiet = [not says_something(p, later=True) for p in pieces[1:]]
    if any(quiet):
        # (…, and how many each?: nothing new; the questions before it stay their own when
        # each asks: how many A and how many B, how many each?)
        last_only = len(quiet) > 1 and quiet[-1] and not any(quiet[:-1])
        pieces = pieces[:-1] if last_only and all(
            EN_QUESTION_WORD.search(p) for p in pieces[:-1]) else pieces[:1]
    if pieces and not says_something(pieces[0]):
        # "At which meeting …", "Combined, how many …": no question of its own.
        pieces = [folded]
    if 1 < len(pieces) <= MAX_PARTS + 1 and not EN_QUESTION_WORD.search(pieces[0]) and (
            len(pieces) > 2 or EN_FRAME.match(pieces[0])):
        # A frame, then the questions (In the first batch of …, how many applied and how
        # many were approved? Of the 33 firms …, how many …?): each is asked within it.
        pieces = [f"{p} {pieces[0]}" for p in pieces[1:]]
        return Split(tuple(pieces), _pieces_mode(pieces, folded))
    if len(pieces) == 2 and not EN_QUESTION_WORD.search(pieces[0]) and (
            EN_VERSUS.search(pieces[0]) or (
                rx(r"\band\b").search(pieces[0]) and COMPARATIVE.search(pieces[1])
                and not rx(r"\b(?:besides|apart from|except|other than)\b").search(pieces[0])
            )) and not rx(
            r"\b(?:vs\.?|versus|or|and)$").search(pieces[0]):
        # A versus B - which has more?; A and B, which was set up first?: the items, then
        # what is asked of them
        pieces = [folded]
    if len(pieces) < 2 or len(pieces) > MAX_PARTS:
        cue = DISTRIBUTE.search(folded) or COMPARE.search(folded) or SUM.search(folded)
        joined = _names_joined(q, folded, cue, chapter_subject)
        if joined is None and (cue or EN_VERSUS.search(folded)):
            return _framed(q, folded)
        return joined
    if len(pieces) == 2 and not EN_QUESTION_WORD.search(pieces[0]) and not rx(
            r"\b(?:vs\.?|versus|or|and)$").search(pieces[0]):
        # (Besides AI and 5G, what …? Nano City: how many …? What comes first asks nothing
        # of its own; "A vs what …" is an item. 港交所 plus 上交所 total how many …: the
        # names it joins, each asked, as a sum.)
        cue = SUM.search(folded)
        if not cue:
            return None
        joined = _names_joined(q, folded, cue, chapter_subject)
        if joined is None and _total_only(pieces[1], folded):
            # (…, phases 1 to 4 plus phase 5 — what's that add up to: items, not names,
            # summed)
            return _framed(q, folded)
        return joined
    first_end = len(pieces[0])
    # (no name linked, the words before a dash name it: Jinji Lake centres in Beijing —
    # same day? and which district)
    names = " ".join(folded[link.start:link.end] for link in q.links
                     if link.end <= first_end and link.end > link.start) or (
        topic[0] if len(topic := EN_TOPIC_BREAK.split(pieces[0], maxsplit=1)) > 1 else "")
    parts = [pieces[0]] + [_counted_as_before(p, pieces[0])
                           if any(link.start >= folded.find(p) for link in q.links
                                  if link.end > link.start and folded.find(p) >= 0
                                  and link.start < folded.find(p) + len(p))
                           else EN_PRONOUN.sub(names, p, count=1)
                           if (EN_ABOUT_IT.match(p) or (EN_ASKS_ALONE.match(p)
                                                        and EN_PRONOUN.search(p))) and names
                           else f"{p} {_of_it(p, pieces[0]) if _refers_back(p) else names}"
                           if not EN_THERE.search(p) else f"{p} {_asked_of(pieces[0])}"
                           for p in pieces[1:]]
    return Split(tuple(parts), _pieces_mode(pieces, folded), tuple(pieces),
                 (False, *(bool(EN_BACK.search(p)) for p in pieces[1:])))


# A count whose things are left unsaid (and how many on the HKEX; and how many did Nano City
# file), and what the one before it counts, up to where it is (how many SIP companies
# listed | on the SSE).
_EN_COUNT_ENDS = r"(?=(?:on|in|at|from|for|by|to|under|did|does|do|has|have|had)\b)"
EN_COUNT_ELIDED = lazy_regex(rf"^(?:and )?how many {_EN_COUNT_ENDS}")
EN_COUNTED_BEFORE = lazy_regex(rf"\bhow many ((?:[a-z*'&-]+ ){{1,4}}?){_EN_COUNT_ENDS}")


# Things of several kinds counted at once (how many roadshows, matched projects and incubated
# projects; how many invention patent applications and PCT applications did it file): up
# to four words each, the last before "and", then what is said of them all.
# (or their split asked: the split between national, provincial 双创 and Gusu talents)
_EN_NOUN = r"[a-z*'&\u4e00-\u9fff-]+(?: [a-z*'&\u4e00-\u9fff-]+){0,3}?"
EN_COUNTED_LIST = lazy_regex(r"\b(?:how many|(?:what(?:'s| is)? )?the (?:split|breakdown) "
                             r"(?:between|among|of)) "
                             rf"({_EN_NOUN}(?:, {_EN_NOUN}){{0,2}}),?\s*(?<![a-z])"
                             rf"(?:and|vs\.?|versus) ({_EN_NOUN})"
                             rf"(?= (?:each|respectively|both|did|does|do|were|was|are|is|has|"
                             r"have|had|at|in|of|for|by|from|on|under|got|get)\b|\s*[?.,;:!]|$)")


# Two words that "and" makes one thing of (science and technology firms: 科技企业; research
# and development staff): no list of kinds.
EN_AND_COMPOUND = lazy_regex(r"\b(?:science and technology|research and development|"
                             r"small and medium|innovation and entrepreneurship|"
                             r"science and education|development and reform|"
                             r"mergers? and acquisitions?|import and export)\b")


def _en_counted_list(q: Question, folded: str) -> Split | None:
    """Each kind counted alone: how many A and B (each), how many A vs B → how many A, how
    many B."""
    listed = EN_COUNTED_LIST.search(folded) if (
        "and " in folded or " vs" in folded or " versus " in folded) else None
    if listed is None or any(listed.start() < link.end and link.start < listed.end()
                             for link in q.links if link.end > link.start):
        return None
    if " and " in listed.group(0) and any(
            listed.start() < m.end() and m.start() < listed.end()
            for m in EN_AND_COMPOUND.finditer(folded)):
        return None
    nouns = [*listed.group(1).split(", "), listed.group(2)]
    if any(EN_QUESTION_WORD.search(noun) or noun.split()[0] in EN_CUE_WORDS
           or any(word in EN_STOP for word in noun.split()) for noun in nouns):
        # (how many and which ones; how many in total and how many new; drugs approved for
        # production and market: one kind, a clause after it)
        return None
    if len(nouns) > 2 and all(" " not in noun for noun in nouns[1:]):
        return None  # (how many universities, domestic and foreign: the first, qualified)
    head, tail = folded[:listed.start()], folded[listed.end():]
    # (national, provincial and Gusu leading talents: a word alone shares the last one's head)
    last = nouns[-1].split()
    nouns = [f"{noun} {last[-1]}" if len(last) > 1 and " " not in noun else noun
             for noun in nouns[:-1]] + [nouns[-1]]
    return Split(tuple(_clean(f"{head}how many {noun}{tail}") for noun in nouns),
                 _mode(folded))


def _counted_as_before(piece: str, first: str) -> str:
    """A later count whose things are left unsaid (and how many on the HKEX), with what the
    first one counts (how many SIP companies listed on the HKEX)."""
    counted = EN_COUNTED_BEFORE.search(first) if EN_COUNT_ELIDED.match(piece) else None
    return EN_COUNT_ELIDED.sub(f"how many {counted.group(1)}", piece,
                               count=1) if counted else piece


# A question word that asks on its own of the thing before it (…: which city, what date?).
# What the thing the first question names is for, or does (…, and what is it for? who is it
# for? what does it do?): asked of that thing.
_ABOUT_IT = (r"(?:what|who) (?:is|are|was|were) (?:it|they|that) for|"
             r"what (?:does|do|did) (?:it|they) (?:exactly )?do")
# (where is it, where dat at: the place of what the first part asks of)
EN_ASKS_ALONE = lazy_regex(r"^(?:(?:when|where)(?: (?:is|was|are|were) (?:it|that|this|they)"
                           r"(?: located| at)?| (?:it|that|dat) at)?|"
                           r"(?:on |in )?(?:what|which) (?:date|day|year|month|"
                           rf"time|city|district|country|place)|{_ABOUT_IT})$")
EN_ABOUT_IT = lazy_regex(rf"^(?:{_ABOUT_IT})$")
# A later question about where the one before it took place (…, and how many institutions
# cooperated there?): what that one asks about is its place. (Not "how many are there".)
EN_THERE = lazy_regex(r"(?<!\bare )(?<!\bis )(?<!\bwere )(?<!\bwas )\bthere\b"
                      r"(?!\s+(?:are|is|were|was)\b)|\bat (?:it|that|this)(?: (?:event|meeting|"
                      r"conference|ceremony|forum))?$")
# A later question about the answer before it (…, and where does that rank?).
EN_BACK = lazy_regex(r"\b(?:does|did|do|is|was|were|are|has|have)\s+(?:that|it|this|they|these|"
                     r"those)\b")


# Words a later question may ask of the thing before it without naming anything itself.
EN_OF_IT = frozenset("total running now so far more less fewer than before previous last year "
                     "increase increased growth grow grew rise rose up down change changed rank "
                     "ranked ranking share percentage percent proportion compared figure "
                     "number".split())


# A period a later question asks in its own words (…, and what is the total now?) replaces
# the one before's (新增 → 累计, as _own_period does in Chinese).
EN_TOTAL = lazy_regex(r"\b(?:total|so far|cumulative|altogether|overall)\b")
EN_NEW = lazy_regex(r"\b(?:add|added|adds|new|newly|in (?:19|20)\d\d)\b")


def _of_it(piece: str, first: str) -> str:
    """What a later question referring back asks about: the first's, in its own period."""
    asked = _asked_of(first)
    return EN_NEW.sub(" ", asked) if EN_TOTAL.search(piece) else asked


# (what is it for, where is it, where dat at: asked of the names the first part says)
EN_PRONOUN = lazy_regex(r"\b(?:it|they|that|dat)\b")


def _refers_back(piece: str) -> bool:
    """A later question about what the one before it asks (…, and from how many
    companies? …, and where does that rank? …, and what is the total now?)."""
    own = [w for w in _own_words(piece) if w not in EN_OF_IT
           and not EN_QUESTION_WORD.fullmatch(w)]
    return _counts_only(piece) or bool(EN_BACK.search(piece)) or not own


def _own_words(piece: str) -> list[str]:
    """A piece's words less those that only tie it to others (stop words, cues,
    prepositions)."""
    return [w for w in rx(r"[a-z]+").findall(piece)
            if w not in EN_STOP and w not in EN_CUE_WORDS and w not in _EN_PREP]


def _counts_only(piece: str) -> bool:
    """"…, and from how many companies?": a count of what the question before it is
    about (a preposition ties it there), naming nothing else."""
    return bool(re.match(rf"(?:{'|'.join(_EN_PREP)})\s+how many\b", piece)) and len(
        _own_words(piece)) <= 1


def _recased(part: str, raw: str) -> str:
    """An English part (cut from the folded question) with each word as the asker typed
    it: capitals say a name (the SIP-Shanghai meeting is no question about SIP)."""
    typed = {w.lower(): w for w in rx(r"[A-Za-z][A-Za-z0-9'&*-]*").findall(raw)
             if not w.islower()}
    return rx(r"[a-z][a-z0-9'&*-]*").sub(lambda m: typed.get(m.group(0), m.group(0)), part)


def _asked_of(piece: str) -> str:
    """What a question asks about, less its question words (how many … entered X → … X)."""
    return rx(r"^(?:how (?:many|much)|what|which|when|where|who)\s+").sub("", piece)


# Words that say how parts combine, and nothing of their own.
EN_CUE_WORDS = frozenset("many much each both them those combined altogether together total "
                         "respectively two three numbers figures counts".split())
EN_VERSUS = lazy_regex(r"\bvs\.?(?!\w)|\bversus\b")
# Where an English line's frame (Which came first, how many each) meets its items.
# (a dash before the question asked of the items: A vs B — which is bigger?)
# (and after the question it frames: Which came first — A or B?)
EN_FRAME_BREAK = lazy_regex(r"\s*(?::|,|\s-+\s|\?|\s?—\s?(?=(?:which|what|how|who|when|where)\b)|"
                            r"\s–\s(?=(?:which|what|how|who|when|where)\b)|"
                            r"(?<=first)\s?[—–]\s?|(?<=earlier)\s?[—–]\s?)\s*")
# A clause asking only the sum of what stands before it (…, what's the total?; …, how many's
# that?), as folded.
EN_TOTAL_ONLY = lazy_regex(r"^(?:so |and )?(?:what(?: is)? the (?:total|sum)|"
                           r"how (?:many|much)(?: is)? that|"
                           r"what(?: does| do)? (?:it|that|they|those) (?:all )?"
                           r"(?:come|add|comes|adds) (?:up )?to|"
                           r"how (?:many|much) (?:in total|altogether)|"
                           # (…, add the floor areas together for us; what's the floor area
                           # all in?)
                           rf"(?:pls |please |can you |could you )?{_EN_ADD_THEM} (?:up|together)"
                           r"(?: for (?:us|me))?"
                           r"(?: would (?:ye|you)| please| pls)?|"
                           r"what(?: is)? the [a-z ]{2,30}? all in)$")
# How a sum of items opens (add up the…, what's the total of…, how many…).
EN_SUM_LEAD = lazy_regex(r"\s*(?:(?:pls |please |can you |could you )?add(?: up)?|"
                         r"what(?: is)? the (?:total|sum) of|how (?:many|much))\s+(?:the\s+)?")
# (city level and above: one level, no second item)
EN_AND_ABOVE = lazy_regex(r"\b(?:and|or) (?:above|below|over|higher|beyond)\b")
# Words that add items up (not in total alone, which may ask the running total: how many
# new in 2020 and in total).
EN_ADDING = lazy_regex(rf"{_EN_ADD_UP}|"
                       r"\b(?:sum|total) of\b|\bcombined\b|\baltogether\b|\bput together\b")
EN_SUM_WORDS = lazy_regex(r"\b(?:in total|altogether|combined|together|all told|for me)\b")
EN_AMOUNT = lazy_regex(r"\b(?:money|yuan|rmb|invest\w*|funds?|funding|area|floor|space|"
                       r"square|sq)\b")
EN_ITEM_BREAK = lazy_regex(r"\s*(?:,|\bor\b|\band\b|\bvs\.?(?!\w)|\bversus\b|\bplus\b|&)\s*")


EN_PLACE_PREP = "at|in|on|from|within|inside"
EN_PLACE_AT = lazy_regex(rf"\b(?:{EN_PLACE_PREP})\s+")
EN_TOPIC_BREAK = lazy_regex(r"\s*(?:—|–|\s-+\s|:)\s*")


def _framed(q: Question, folded: str) -> Split | None:
    """An English frame and its items: "Which came first: A or B?", "A vs B - how many
    each?". Each item is asked with the frame; items are cut at or/and/vs, never inside
    a name."""
    # (What stands in brackets gives examples or another name: no items of its own. It is
    # blanked, not cut, so that the names' places in the question still hold.)
    blanked = rx(r"\s*\([^)]*\)").sub(lambda m: " " * len(m.group(0)), folded)
    segments: list[tuple[int, str]] = []
    topics: list[str] = []  # (Nano City 2020: A and B — how many each?: what the items are of)
    at = 0
    for end, after in [*((m.start(), m.end()) for m in EN_FRAME_BREAK.finditer(blanked)),
                       (len(blanked), len(blanked))]:
        if blanked[at:end].strip():
            segments.append((at, blanked[at:end]))
            if not segments[:-1] and ":" in blanked[end:after]:
                topics.append(blanked[at:end])
        at = after
    listed = [(segment, _items(q, at, segment)) for at, segment in segments]
    # (add up A and B, how many's that?: the sum of the items, asking nothing else)
    totalled = [segment for segment, _ in listed if _total_only(segment, folded)]
    summed = [(segment, found) for segment, found in listed if segment not in totalled]
    topic = ""
    if totalled and len(summed) == 2 and [len(found) > 1 for _, found in summed] == [
            False, True] and not summed[0][1] and not QUESTION_WORD.search(summed[0][0]):
        # (Science Park floor space, phases 1 to 4 plus phase 5 — what's that add up to: a
        # topic, then its items, then the sum asked: each item of the topic)
        topic, summed = summed[0][0].strip(), summed[1:]
    if len(summed) == 1 and len(found := summed[0][1]) > 1 and (
            (lead := EN_SUM_LEAD.match(found[0])) or topic or totalled) and (
            totalled or EN_ADDING.search(folded)) and not (
            EN_AND_ABOVE.search(folded) or rx(r"\bor\b").search(summed[0][0])) and not any(
            QUESTION_WORD.search(item) for item in found[1:]):
        # Add up A and B; what's the total of A and B; A and B, how many's that?: each
        # item counted, then summed (the sum's words taken off: in total reads as
        # cumulative).
        # (…, how many square metres: the unit asked frames each item)
        how = next((said for t in totalled if EN_UNIT_ONLY.match(said := t.strip(" ?"))),
                   "how much" if EN_AMOUNT.search(folded) else "how many")
        items = [EN_SUM_WORDS.sub(" ", rx(r"^the\s+").sub("", item.strip()))
                 for item in (found[0][lead.end() if lead else 0:], *found[1:])]
        if topic:
            items = [f"{topic} {item}" for item in items]
        if (last := list(EN_PLACE_AT.finditer(items[-1]))) and not any(
                EN_PLACE_AT.search(item) for item in items[:-1]):
            # (A and B at the Science Park: the place the last item ends with is every one's)
            items = [*(f"{item} {items[-1][last[-1].start():]}" for item in items[:-1]),
                     items[-1]]
        return Split(tuple(_cased(_clean(" ".join(f"{how} {item}".split())), q.raw)
                           for item in _owner_shared(q, items)), "sum")
    asking = [segment for segment, items in listed
              if QUESTION_WORD.search(segment) and not items]
    if not asking and len(listed) == 1 and EN_VERSUS.search(listed[0][0]) and len(
            found := listed[0][1]) > 1 and QUESTION_WORD.search(found[0]) and (
            at := _last_preposition(found[0])):
        # The question and its items in one (how much was invested in A vs B): the first
        # item's words up to its last preposition frame every item. (Only with vs: "at
        # home and abroad" is one place.)
        return Split(tuple(_cased(_clean(" ".join(f"{found[0][:at]} {item}".split())), q.raw)
                           for item in (found[0][at:], *found[1:])), _mode(folded))
    if len(asking) != 1:
        return None
    frame = asking[0]
    if topics and topics[0] != frame and not dict(listed)[topics[0]] and sum(
            1 for segment, found in listed if segment is not frame and len(found) > 1) == 1:
        # (a topic before a colon, then the items of it: each asked of the topic)
        frame = f"{frame} {topics[0]}"
        listed = [(segment, found) for segment, found in listed if segment != topics[0]]
    items = [item for segment, found in listed if segment is not asking[0]
             for item in (found or [segment])]
    if not 1 < len(items) <= MAX_PARTS:
        return None
    # (the carrier space built at A or at B: a later item that is only its place borrows
    # what the first says before its own)
    places = list(EN_PLACE_AT.finditer(items[0]))
    if places:
        items = [items[0], *(items[0][:places[-1].start()] + item
                             if EN_PLACE_AT.match(item) else item
                             for item in items[1:])]
    elif (last := list(EN_PLACE_AT.finditer(items[-1]))) and not any(
            EN_PLACE_AT.search(item) for item in items[1:-1]):
        # (A and B at the Science Park: the place the last item ends with is every one's)
        items = [*(f"{item} {items[-1][last[-1].start():]}" for item in items[:-1]),
                 items[-1]]
    return Split(tuple(_cased(_clean(" ".join(f"{frame} {item}".split())), q.raw)
                       for item in _owner_shared(q, items)), _mode(folded))


def _total_only(segment: str, folded: str) -> bool:
    """Whether a segment asks only the sum of what stands before it (what's the total?; or
    its unit, how many sqm, when the question adds up: A plus B together, how many sqm)."""
    said = segment.strip(" ?")
    return bool(EN_TOTAL_ONLY.match(said) or (EN_UNIT_ONLY.match(said) and SUM.search(folded)))


def _owner_shared(q: Question, items: list[str]) -> list[str]:
    """``items`` with the name the first opens with said before each later one that names
    nothing (Nano City invention patent applications plus PCT applications: Nano City's
    PCT applications too)."""
    said = [q.folded[link.start:link.end] for link in q.links if link.end > link.start]
    first = items[0].strip()
    owner = next((name for name in said if first.startswith(name)), None)
    if owner is None or any(name in item for item in items[1:] for name in said) or any(
            rx(r"[A-Z][a-z]|[\u4e00-\u9fff]").search(_cased(item, q.raw)) for item in items[1:]):
        # (a later item naming its own, linked or capitalised, the Chengdu …; or in Chinese,
        # 省双创, the document's own words for it)
        return items
    return [items[0], *(f"{owner} {item.strip()}" for item in items[1:])]


def _last_preposition(text: str) -> int:
    """Where the words after the last preposition of ``text`` begin (0: none)."""
    found = list(rx(r"\b(?:in|of|for|at|on|by|from|into|to)\s+").finditer(text))
    return found[-1].end() if found else 0


def _cased(part: str, raw: str) -> str:
    """A part in the asker's capitals: Chengdu is a proper name, chengdu may be none."""
    said = {w.lower(): w for w in rx(r"[A-Za-z][\w'*-]*").findall(raw)}
    return rx(r"[a-z][\w'*-]*").sub(lambda m: said.get(m.group(0), m.group(0)), part)


def _items(q: Question, at: int, segment: str) -> list[str]:
    """The items of a segment starting at ``at`` when it lists several (A or B), else none.
    (No cut inside a name, nor inside a phrase the dictionary reads whole: at home and
    abroad, 境内外.)"""
    phrases = _phrase_spans(segment)
    cuts = [m for m in EN_ITEM_BREAK.finditer(segment)
            if not any(link.start < at + m.end() and at + m.start() < link.end
                       for link in q.links)
            and not any(start < m.start() and m.end() < end for start, end in phrases)]
    if not cuts:
        return []
    bounds = [0, *(x for m in cuts for x in m.span()), len(segment)]
    items = [segment[bounds[i]:bounds[i + 1]].strip() for i in range(0, len(bounds), 2)]
    items = [i for i in items if rx(r"[a-z]{3,}").search(i)]
    return items if len(items) > 1 else []


def _phrase_spans(segment: str) -> list[tuple[int, int]]:
    """Where the English phrases of several words the glossary or dictionary reads as one
    stand in ``segment`` (what stands between their words, a word or two it skipped)."""
    spans = []
    for phrase in english.translate(segment).phrases:
        words = phrase.english.split()
        if phrase.source in ("glossary", "dictionary") and len(words) > 1:
            found = regex(r"\b" + r"\b(?:\W+\w+){0,2}?\W+".join(map(re.escape, words))
                          + r"\b").search(segment)
            if found:
                spans.append(found.span())
    return spans


def _names_joined(q: Question, folded: str, cue: object, chapter_subject: str | None
                  ) -> Split | None:
    """Names joined: 纳米城和国际科技园哪个…, 港交所和上交所各…, X and Y."""
    specific = sorted((link for link in q.links
                       if link.end > link.start and link.name != chapter_subject),
                      key=lambda link: link.start)
    pairs = list(itertools.pairwise(specific))
    listed: list[Link] = []  # (A, B and C: the names before the last, a comma apart)
    for i, (a, b) in enumerate(pairs):
        between = _between_names(folded, a, b)
        # (vs asks to compare by itself: PCT申请：A vs B)
        if CONJ.fullmatch(between) and (cue or q.intent in ("figure", "where", "when")
                                        or EN_VERSUS.fullmatch(between)):
            names = [*listed, b] if listed and listed[-1] is a else [a, b]
            for c, d in pairs[i + 1:]:  # (A、B和C: the rest of the list)
                more = _between_names(folded, c, d)
                if len(names) >= MAX_PARTS or not (CONJ.fullmatch(more) or more in LIST_COMMAS):
                    break
                names.append(d)
            head, tail = folded[:names[0].start], folded[names[-1].end:]
            return Split(tuple(_clean(head + folded[n.start:n.end] + tail) for n in names),
                         _mode(folded))
        if between in LIST_COMMAS and len(listed) < MAX_PARTS - 1 and q.intent != "figure":
            # (not of a figure: A, B and C's floor space, added up, may be the one figure
            # the document gives for them all)
            listed = [*listed, b] if listed and listed[-1] is a else [a, b]
        else:
            listed = []
    return None


LIST_COMMAS = (",", "，")


def _between_names(folded: str, a: Link, b: Link) -> str:
    """What stands between two names, less words that say nothing (the, Suzhou) and the
    rest of the first name as typed (Kintor Pharma: Kintor Pharmaceutical)."""
    own = _english_words(a.name)
    return " ".join(w for w in folded[a.end:b.start].split()
                    if w in ("and", "or", "vs", "vs.", "versus") or (
                        w not in EN_STOP and not _of_the_name(w, own))).strip()


def _english_words(name: str) -> list[str]:
    """The words of a name's English, as the glossary gives it (lower case)."""
    row = english.glossary().get(fold(name))
    return rx(r"[a-z]+").findall(row.english.lower()) if row else []


def _of_the_name(word: str, own: list[str]) -> bool:
    """A word typed after a name that is the rest of it (pharma of Kintor Pharmaceutical)."""
    return len(word) >= MIN_NAME_REST and any(w.startswith(word) for w in own)


MIN_NAME_REST = 3


def _names_a_measure(predicate: str) -> bool:
    """哪个建筑面积大 names the measure compared; 差多少, 哪个多 name none."""
    rest = COMPARE.sub("", QUESTION_WORD.sub("", predicate))
    return len(rx(r"[^\u4e00-\u9fff]|[多少大小高低早晚是的个有呢吗啊]").sub("", rest)) >= 2


def _distributes_only(piece: str) -> bool:
    """各多少家: a piece asking the items before it each, no question of its own (各在什么
    时候: a verb of being is none)."""
    return bool(DISTRIBUTE.match(piece)) and not QUESTION_WORDS.sub(
        "", DISTRIBUTE.sub("", piece)).strip(" 是在于为")


def _adds_up_only(piece: str) -> bool:
    """加起来多少(万平): a piece asking nothing but the sum of the pieces before it (in a
    unit of its own, perhaps)."""
    rest = QUESTION_WORDS.sub("", ADDED.sub("", BOTH_OF_THEM.sub("", piece))).strip()
    return bool(ADDED.search(piece)) and not UNIT_ONLY.sub("", rest)


UNIT_ONLY = lazy_regex(r"^[十百千万亿]*(?:平方米|平米|平|方|元|家|个|人|件|张|项|名|位|支)?"
                       r"[呢啊呀?？]*$")


def _own_measure_said(piece: str) -> bool:
    """A later question saying a measure of its own before its question word (创造了几个
    就业岗位), more than a frame (累计有多少人)."""
    head = QUESTION_WORD.search(piece)
    return _more_than_frame(piece[:head.start()] if head else piece)


def _more_than_frame(words: str) -> bool:
    """Whether ``words`` say two characters or more besides a frame (累计, 2019年, 又) and
    question words: a measure of their own."""
    return len(rx(r"[^\u4e00-\u9fff]").sub("", QUESTION_WORDS.sub("", FRAME.sub("", words)))) >= 2


def _has_subject(piece: str) -> bool:
    """A later question of a line that names its own subject before its question word."""
    head = QUESTION_WORD.search(piece)
    return bool(head and head.start() >= 4) or bool(
        (tail := ELLIPTIC.search(piece)) and tail.start() >= 2)


# A later question that asks only of another subject: 国际科技园呢, 全园区累计又是多少.
ELLIPTIC = lazy_regex(r"呢$")
# Words that set a later question's frame, not its measure (累计, 2019年, 又, 全).
FRAME = lazy_regex(rf"{YEAR}年|累计|新增|当年|又|还|全|总|共|那|这|^其中")


# The period a question asks (新增多少，累计多少): a later piece saying its own replaces the
# first's.
PERIOD_WORD = lazy_regex(r"累计|新增|当年|全年|年内")


# A later piece naming only the currency the first's sum is asked in (…? combien de yuan).
CURRENCY_ONLY = lazy_regex(rf"^(?:how (?:many|much) )?(?:{CURRENCIES})\W*$")
# A later piece asking only a share or a change (占全市比例多少, 同比增长了多少, 比上年多了
#几家): of the first's measure.
SHARE_ONLY = lazy_regex(r"^(?:那|又|其)?(?:占|所占|同比|比上一?年|较上一?年|比去年|增长|增幅|增速)")


def _topic(prefix: str) -> str:
    """What the first piece asks about, less its year and period (省双创计划团队2020年新增 →
    省双创计划团队): a share is of the whole, not of the year's addition; a change, of
    what the piece says changed."""
    return rx(rf"(?:{YEAR}年)?(?:{PERIOD_WORD.pattern})?(?:的)?$").sub("", prefix)


# Words a later piece may open with before its own verb (最后认定多少家, 又引进几个).
DEED_OPENING = lazy_regex(r"^(?:最后|最终|后来|然后|之后|又|那|再|还|另外|其中)+")
DEED_LETTERS = 2  # (申报, 认定: a verb of two characters, the one a dictionary names)


# What the first deed's outcome holds (认定59家，涉及多少类: of those recognised), no deed of
# its own.
RELATION_SENSES = ("to involve", "to comprise", "to include", "to contain", "to cover",
                   "to account for", "to concern", "to relate")


# What a first piece's verb counts, after it (申报企业, 认定的项目): not part of the deed.
COUNTED_AFTER_DEED = lazy_regex(r"(?<=[\u4e00-\u9fff]{4})的?(?:企业|公司|项目|单位|机构)$")


def _another_deed(prefix: str, piece: str) -> str | None:
    """A later piece asking only another deed of the first's topic (抗疫产品奖励申报多少家，
    最后认定多少家 → 抗疫产品奖励最后认定多少家): the first's topic with the later verb for
    its own; None unless both verbs are a dictionary's (申报, 认定: "to …")."""
    head = QUESTION_WORD.search(piece)
    if head is None:
        return None
    verb = rx(r"了$").sub("", DEED_OPENING.sub("", piece[:head.start()]))
    # (申报企业多少家: the verb before the things it counts)
    own = rx(r"了$").sub("", COUNTED_AFTER_DEED.sub("", prefix))
    if (len(verb) != DEED_LETTERS or len(own) <= DEED_LETTERS + 1 or own.endswith(verb)
            or not (sense := _verb_sense(verb)) or sense.startswith(RELATION_SENSES)
            or not _verb_sense(own[-DEED_LETTERS:])):
        return None
    return own[:-DEED_LETTERS] + piece


def _verb_sense(word: str) -> str | None:
    """CC-CEDICT's first sense of a word when it is a verb's (to report, to determine)."""
    entries = english.dictionary.word_entries(word)
    sense = entries[0].senses[0] if entries and entries[0].senses else ""
    return sense if sense.startswith("to ") else None


# What the first piece counts as new (新增, 今年加): a later piece's 总共 is its running total.
NEW_SAID = lazy_regex(r"新增|新引进|今年|当年|年内|加了?$")
TOTAL_OPENING = lazy_regex(r"^(?:那|又)?(?:总共|一共|总计|共计)(?:累计)?")


def _own_period(prefix: str, piece: str) -> str:
    """A later piece after the first's words, its own period for theirs (姑苏领军人才新增 +
    累计多少 → 姑苏领军人才累计多少; 今年加 + 累计多少 → 累计多少)."""
    if PERIOD_WORD.match(piece):
        prefix = re.sub(rf"(?:{PERIOD_WORD.pattern}|今年|加了?)+$", "", prefix)
    return prefix + piece


def _borrowed(piece: str, first: str, said: list[str], specific: list[str] | None = None,
              qualifiers: tuple[str, ...] = ()) -> str:
    """A later question naming its own subject but no measure asks the first one's
    (纳米城入驻企业多少家，国际科技园呢 → 国际科技园入驻企业多少家). ``qualifiers``: the
    bracketed ends of the names linked (北京 of 金鸡湖创新合作中心（北京）)."""
    question = QUESTION_WORD.search(piece)
    head = question or ELLIPTIC.search(piece)
    first_head = QUESTION_WORD.search(first)
    named = [s for s in said if s and s in first[:first_head.start()]] if first_head else []
    if head is None or first_head is None or not named:
        return piece
    own = _less_names(piece[:head.start()], said)
    last = max(first.rfind(s) + len(s) for s in named)
    if question and any(word in first for word in rx(r"[a-z]{2,}").findall(own)):
        # (纳米城PCT又是几件: a Latin word of the first's measure, said again, names the
        # measure of its own)
        return piece
    if _more_than_frame(own) and (
            parallel := _said_in_parallel(piece, own, first, specific or [])):
        return parallel
    if _more_than_frame(own):
        opening = next((s for s in named if first.startswith(s)), None)
        if opening is None or any(s and s in piece for s in said) or RANK_ASKED.search(piece):
            # (排全市第几: the rank of the first's figure, in its own sentence)
            return piece  # it names a measure of its own (and what it is of)
        # (苏州国际科技园八期是什么项目，建筑面积多少: a measure of the subject the first
        # opens with, as the first qualifies it)
        qualifier = SUBJECT_QUALIFIER.match(first, len(opening))
        subject = first[:qualifier.end() if qualifier else len(opening)]
        if POINTED_SIBLING.match(piece) and (
                own_qualifier := next((x for x in qualifiers if subject.endswith(x)), None)):
            # (金鸡湖创新合作中心北京那个…，大湾区那个…: the later one's qualifier in place of
            # the first's)
            subject = subject[:-len(own_qualifier)]
        return subject + (" " if subject[-1:].isascii() else "") + piece
    measure = first[last:first_head.start()].lstrip("的")
    subject = rx(r"^其中|(?:又|还)?(?:是|有)?$").sub("", piece[:head.start()])
    asked = piece[head.start():] if question else first[first_head.start():]
    if not question and not any(s and s in piece for s in said) and (
            len(rx(r"[^\u4e00-\u9fffa-z]").sub("", FRAME.sub("", subject))) >= 2):
        # (纳米城发明专利申请了多少件？PCT呢: no name of its own, so another measure of the
        # first's subject, not a subject of the first's measure; counted in its own unit)
        return first[:last] + subject + rx(r"^(多少|几)[家个件人项张名位所批支]").sub(
            r"\1" if asked.startswith("多少") else "多少", asked)
    return subject + measure + asked


def _parallel(piece: str, first: str, said: list[str], specific: list[str]) -> str | None:
    """A later question naming only another name before its question word (2020年港交所上市
    几家 上交所几家): the first asked again of it (_said_in_parallel)."""
    head = QUESTION_WORD.search(piece) or ELLIPTIC.search(piece)
    if head is None or not QUESTION_WORD.search(first):
        return None
    return _said_in_parallel(piece, _less_names(piece[:head.start()], said), first, specific)


def _less_names(words: str, said: list[str]) -> str:
    """``words`` without the names the question says, the longest taken out first."""
    for name in sorted(said, key=len, reverse=True):
        words = words.replace(name, "")
    return words


def _said_in_parallel(piece: str, own: str, first: str, specific: list[str]) -> str | None:
    """A later question whose words, less its name, are all the first's (去港交所上市的有几家，
    去上交所的又有几家): the first asked again of the later name, in the first's place. Of
    the first's names (not the chapter's own subject), the one standing where the later
    name stands: between the same characters (在港交所上市, 在上交所上市)."""
    mine = [s for s in specific if s and s in piece and s not in first]
    theirs = [s for s in specific if s and s in first and s not in piece]
    words = rx(r"[^\u4e00-\u9fff]").sub("", QUESTION_WORDS.sub("", FRAME.sub("", own)))
    if len(mine) != 1 or not theirs or not set(words) <= set(first):
        return None
    around = _around(piece, mine[0])
    scores = sorted(((sum(1 for ours, its in zip(around, _around(first, name), strict=True)
                          if ours and ours == its), name) for name in theirs), reverse=True)
    if len(scores) > 1 and (scores[0][0] == 0 or scores[0][0] == scores[1][0]):
        return None  # (no one of them stands where it does)
    return first.replace(scores[0][1], mine[0], 1)


def _around(text: str, name: str) -> tuple[str, str]:
    """The characters just before and just after ``name``'s first place in ``text``."""
    at = text.find(name)
    return text[at - 1:at] if at else "", text[at + len(name):][:1]


def _own_measure(left: str, predicate: str) -> int | None:
    """Where the question asked of both starts in ``predicate`` when the first part says a
    measure of its own with the word the second's opens with (X累计人数和Y累计数量分别是
    多少: each part whole), else None. (申报的企业和认定的企业 share a head noun: no
    measure of the first's own, and the topic before them carries over.)"""
    lead, asked = PERIOD_WORD.match(predicate), ASKED_OF_BOTH.search(predicate)
    if lead and asked and asked.start() >= lead.end() and lead.group() in left[1:]:
        return asked.start()
    return None


RANK_ASKED = lazy_regex(r"(?:排|列|位居|位列|名列)[^，,。？?]{0,4}第几")
# A measure the second of two joined things ends in, after 的 or a plot or phase (…和C地块的
# 面积, B1地块跟C地块面积加起来).
SHARED_MEASURE = lazy_regex(r"(?:的|(?<=地块)|(?<=[期区]))"
                            r"((?:建筑|占地|规划|载体)?面积|数量|规模|总额|产值)"
                            r"(?=加起来|合计|一共|总共|共|$)")
# A phase, edition or zone said right after a name (…科技园八期, 纳米城Ⅰ区).
SUBJECT_QUALIFIER = lazy_regex(r"第?(?:[一二三四五六七八九十]+|\d+|i{1,3})[期届批区]")
# A second part opening with a deed (正式签合作协议, 举办…): the same deed as the first's.
DEED = lazy_regex(r"(?:正式|已经|又|还|再)?(签署|签订|签|举办|举行|成立|启动|揭牌|发布|设立)")


def _prefix(q: Question, left: str, noun: str, *, guess: bool = True) -> str:
    """What the first part names before its own noun: a name (纳米城的…) carries over."""
    named = [link for link in q.links if link.end <= len(left)]
    # (A签X和正式签Y: each part is a deed of A's; the first's X is no name of the second's)
    deed = DEED.match(noun)
    if deed and deed.group(1) in left:
        done = left.find(deed.group(1))
        named = [link for link in named if link.end <= done]
        if not named:
            return left[:done]  # (the doer, named or not: 新加坡科研局)
    if named:
        last = max(named, key=lambda link: link.end)
        said = left[:last.end]
        # 金鸡湖创新合作中心（北京）的和大湾区的: the second is the name's sibling.
        qualifier = NAME_QUALIFIER.search(last.name)
        if qualifier and said.endswith(fold(qualifier.group(1))):
            return said[:-len(fold(qualifier.group(1)))]
        # (园区新增的A、B和C, 园区2020年新增的A和B: the period after the name is each one's,
        # unless the second says its own: 园区新增和累计)
        period = re.match(rf"(?:{YEAR}年)?(?:{PERIOD_WORD.pattern})的?", left[last.end:])
        return said + (period.group(0) if period and not PERIOD_WORD.match(noun) else "")
    # (新增A、B、C: the period opening the first is each one's, unless the next says its own)
    opening = re.match(rf"(?:{YEAR}年)?(?:{PERIOD_WORD.pattern})", left)
    if opening and not PERIOD_WORD.match(noun.strip()):
        return opening.group(0)
    year = re.match(rf".*?{YEAR}年", left)
    if year:
        return year.group(0)
    # No name: the second noun stands for as much of the first part's end as it is long
    # (抗疫产品奖励政策 | 申报企业 和 最终认定企业), unless both open with a level (国家级…工程
    # 和 省双创人才: two programmes named whole).
    if LEVEL_OPENS.match(left) and LEVEL_OPENS.match(noun.strip()):
        return ""
    # (…or both end in one kind's word of three characters or more: 科技型中小企业培育库和
    # 高企培育库, two of a kind, each named whole)
    if left[-SAME_KIND_TAIL:] == noun.strip()[-SAME_KIND_TAIL:]:
        return ""
    return left[:max(0, len(left) - len(noun))] if guess and len(left) > len(noun) + 2 else ""


SAME_KIND_TAIL = 3
# A topic the list's first item follows after a colon (园区和新加坡科技研究局的合作：签…、签…).
COLON_TOPIC = lazy_regex(r"[^:：]{2,}[:：]")
# A name's bracketed qualifier (金鸡湖创新合作中心（北京）).
NAME_QUALIFIER = lazy_regex(r"（([^（）]+)）$")
# A later piece pointing at a sibling by its own qualifier (大湾区那个, 上海的那家; Hunan's 那只).
POINTED_SIBLING = lazy_regex(r"[\u4e00-\u9fff]{2,5}的?(?:那|这)(?:个|家|边|所|只)")
LEVEL_OPENS = lazy_regex(r"国家级?|省级?|市级?|区级")
