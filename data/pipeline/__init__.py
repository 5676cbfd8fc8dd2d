"""The answer pipeline: understand → retrieve → answerers → verify → a structured Answer.

1. ``understand``: the question as a frozen ``Question`` (intent, measure, units, linked
   entities, constraints).
2. ``retrieve``: candidate sentences (naming its entities, full-text hits), scored.
3. ``answerers``: one small module per kind of answer (figure, when, where, list, number,
   passage); each says whether it has an answer from the evidence.
4. ``verify``: the chosen fact against the question's constraints.
5. The ``Answer`` is data; ``data/present.py`` turns it into text.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import replace
from difflib import SequenceMatcher

from data import english, extract, lazyre
from data.english import spelling
from data.lazyre import lazy_regex, regex, rx
from data.linking import Link, Linker
from data.models import Answer, Fact, Figure
from data.normalize import bigrams, fold, is_cjk
from data.pipeline import weights as W
from data.pipeline.answerers.compare import answer_compare
from data.pipeline.answerers.count import answer_count
from data.pipeline.answerers.credits import answer_credits, asks_author
from data.pipeline.answerers.describe import answer_describe
from data.pipeline.answerers.figure import FigureAnswerer, local_words
from data.pipeline.answerers.honour import answer_honour, asks_honour
from data.pipeline.answerers.listing import (
    answer_full_name,
    answer_list,
    enumeration,
    wanted_types,
)
from data.pipeline.answerers.number import answer_number, asked_number
from data.pipeline.answerers.on_date import answer_on_date, asks_about_a_date
from data.pipeline.answerers.part import answer_part
from data.pipeline.answerers.parts import SELECTS, split
from data.pipeline.answerers.passage import passage
from data.pipeline.answerers.rest import answer_rest, answer_share, rest_asked, share_asked
from data.pipeline.answerers.series import answer_series, asks_first_or_last
from data.pipeline.answerers.when import OVERVIEW, answer_when, answer_year
from data.pipeline.answerers.where import answer_where
from data.pipeline.constraints import AREAS, PLACES, STAGES, kinds_in, said_otherwise
from data.pipeline.knowledge import Knowledge
from data.pipeline.retrieve import Evidence, Retriever, Row, about
from data.pipeline.stats import DocumentStats
from data.pipeline.suggest import not_found
from data.pipeline.understand import ASKED_AFTER_PEOPLE, Reader
from data.pipeline.verify import (
    conflict,
    en_counted_unsaid,
    en_kind_unsaid,
    en_noun_unsaid,
    group_for_member,
    kind_unsaid,
    measure_unsaid,
    park_alone,
    part_as_large,
    people_unsaid,
    price_unsaid,
    sex_unsaid,
    value_clause,
    whole_for_part,
    years_hold,
)
from data.question import (
    AREA_AS_FIELD,
    ORDINAL_ASKED,
    PHOTO_WORDS,
    RANK_ASKED,
    Question,
    asks_rank,
    credit_asked,
)
from data.store import KnowledgeStore
from data.texts import LATIN_NAME_SHAPE, PHOTO_CREDIT, YEAR

log = logging.getLogger(__name__)
MAX_QUESTION = 500
# A name said in a form of its own, this long, is words the document may write apart from
# the name linked (科技创新载体 of 科技创新载体平台).
WRITTEN_AS_SAID = 4
TAIL_SAID = 6  # … and a name's tail this long, written without its owner's name
TAIL_SENTENCES = 10  # sentences read for such a tail
SENSE_SENTENCES = 3  # the best sentences that decide an English word's sense
REST_SENTENCES = 12  # the best sentences read for the whole a question states
# What a thing is called (孵化器叫什么名字, 全称是什么): the words before say of what.
NAME_ASKED = lazy_regex(r"([\u4e00-\u9fff]{2,8}?)的?(?:具体|到底|究竟|正式)?(?:叫|名叫|名为|名字叫)"
                        r"(?:什么|啥)|([\u4e00-\u9fff]{2,8}?)的?(?:具体|到底|究竟|正式)?"
                        r"(?:名字|名称|全称)是(?:什么|啥)")
# A verb of making after a name (the institute Harvard set up): what it made is asked.
EN_MADE_BY = lazy_regex(r"\s+(?:has\s+|had\s+)?(?:set\s*up|built|founded|established|"
                        r"created|opened|launched)\b|"
                        # (or said before the kind: the Harvard research institute)
                        r"\s+(?:research\s+)?(?:institutes?|institutions?|centers?|labs?)\b")
QUOTED_NAME = lazy_regex(r"“[^”]{2,30}”|《[^》]{2,40}》")
DOCUMENT_NAMED = lazy_regex(r"《[^》]{2,40}》")  # (a policy's or plan's name)
# … in English (what is the name of MIT's institute, what's Harvard's institute called): a
# name, no measure.
EN_NAME_ASKED = lazy_regex(r"\bwhat(?:'s|s| is| was)? (?:the )?(?:full |official |exact )?"
                           r"name of\b|\bwhat\b[^?]{2,80}? called\b(?=[^a-z]*$|\s+and\b)")
# The only one asked (省内唯一, the only innovative biopharma), as the document says it.
ONLY_ASKED = lazy_regex(r"唯一|\bthe only\b|\bthe sole\b")
ONLY_SAID = "唯一"
# The name of a document asked (its housing rules, the action plan): a 《…》 title gives it.
EN_DOCUMENT_ASKED = lazy_regex(r"\b(?:rules|measures|regulations|guidelines|action plan|"
                               r"policy)\b")
QUOTED_LIST = lazy_regex(r"“[^”、]{1,12}(?:、[^”、]{1,12})+”")
# Verbs that make a policy or a plan, before its name (制定…奖励政策, 出台…办法).
ISSUED = r"(?:制定|出台|发布|印发|推出|颁布)"
POLICY_KIND = lazy_regex(r"(?:政策|办法|计划|方案|规划|意见|细则|措施|清单)$")
# Kinds of body no name need end in (法人机构叫什么: “新科研…有限公司”).
GENERIC_KIND = lazy_regex(r"(?:机构|单位|组织)$")
# Kinds of name that are no body (机构) of their own: places, parks, documents.
UNLIKE_A_BODY = frozenset({"place", "park", "document"})
# The place qualifying a name, after its kind (牛津大学高等研究院（苏州）).
QUALIFIER_AT_END = lazy_regex(r"[（(][^（()）]{1,8}[)）]$")
# A name written in Latin letters, capitalised and not an acronym (PraxisAuril; not PCT).
LATIN_NAME = lazy_regex(rf"(?<![A-Za-z]){LATIN_NAME_SHAPE}")
# The roles a person is asked for by (主任, the director).
ROLE_NOUNS = (r"主任|院长|所长|负责人|董事长|总经理|总裁|校长|创始人|局长|主席|"
              r"\b(?:director|head|leader|ceo|chairman|chairwoman|president|founder|chief|dean|"
              # (a fund or asset manager is a firm)
              r"(?<!fund )(?<!asset )(?<!investment )manager|boss)\b")
# A person asked for by their role; a sentence answers only if it says a role (or who led).
ROLE = lazy_regex(rf"{ROLE_NOUNS}|首席|"
                  # (a person asked by what they did there: 谁代表…签字, 谁出席)
                  r"代表[^，。？?]{0,6}签|签的?字|出席|致辞|讲话|剪彩|\b(?:leads?|runs?|founded)\b")
# A role-holder's name asked whatever the question word (主任叫什么, the name of its director).
ROLE_NAMED = lazy_regex(rf"(?:{ROLE_NOUNS})的?(?:名字|姓名)?(?:叫|是)(?:什么|啥|哪位)|"
                        rf"\bname of (?:[a-z'*&]+ ){{0,5}}?(?:{ROLE_NOUNS})|"
                        rf"(?:{ROLE_NOUNS})(?:'s)? name\b")
# Tax asked as a sum (交了多少税, tax paid): the document's tax words are policies, not sums.
TAX_ASKED = lazy_regex(r"(?:交|缴|纳)了?多少税|税收|纳税|税额|税款|\btax(?:es)? (?:paid|revenue)\b|"
                       r"\bpa(?:y|id) (?:in )?tax")
# "What is the <quantity> of …" asks for a figure.
EN_QUANTITY = lazy_regex(
    r"\b(?:revenues?|population|gdp|output|income|profits?|sales|turnover|budget|valuation|"
    # (not the Greater Bay Area's area)
    r"headcount|salar(?:y|ies)|prices?|rent|costs?|funding|investment|(?<!bay )area|size|amount|"
    r"total|share|percentage|rate|ratio|value|capacity|number|capital)\b")
EN_MEASURE_ASKED = lazy_regex(
    r"\bwhat(?:'s| is| was| are| were)? (?:the )?(.+?) (?:of|in|at|for|last|this|during)\b")
# … its end (the words after it say who did what: …was built, …they hold); the words that
# say no measure of their own (the area of carriers: the carriers'); and where or when the
# measure's words after "of" end (…fund pool in the park).
EN_MEASURE_END = lazy_regex(r"\b(?:did|does|do|is|are|was|were|has|have|had|hold|holds|will|can|"
                            r"they|we|you|he|she|dem)\b")
EN_GENERIC_MEASURES = frozenset({"area", "size", "space", "number", "amount", "total"})
EN_PLACE_AFTER = lazy_regex(r"\b(?:in|at|for|during|by|from|last|this)\b")
# People working somewhere asked (how many people work at it, 员工, 上班): a figure of jobs
# or staff answers, no count of talents or companies.
# (Not people of a kind, how many R&D people work there: its talents.)
EMPLOYED_ASKED = lazy_regex(r"\bhow many (?:people|persons) (?:\w+ )?(?:work|works|working|"
                            r"employed)\b|\bhow many (?:employees|workers|(?:new )?jobs|posts)\b|"
                            r"(?:多少|几)个?(?:就业)?岗位|"
                            r"(?:多少|几)[个名位]?(?:员工|职工|雇员)|多少人(?:在[^，。？?]{0,3})?上班|"
                            r"(?:员工|职工|雇员)(?:人数|数量|总数)?(?:有|是|为|共有|一共有)?(?:多少|几)")
# What a count counts said again after it (入驻企业数量, 人才总数): the count itself.
COUNT_WORDS = lazy_regex(r"的?(?:数量|总数|数目|个数|家数|人数|总量|总额|金额|数)$")
COUNT_UNIT = lazy_regex(r"[家人名件项个所支张位场次批]")
# A quantity of the things counted, not their number (研发投入, 营收, 员工).
MEASURE_OF_THEM = lazy_regex(r"[\u4e00-\u9fff]{0,4}(?:投入|收入|营收|产值|利润|税收|纳税|员工|"
                             r"投资|融资|经费|支出|销售额)")
# The park said as the place a thing happened in (held in SIP, 在园区举行).
PARK_AS_PLACE = lazy_regex(r"(?:\b(?:in|at|inside|within)\s+(?:the\s+)?|在|于)$")
# The park asked as what was founded (when was SIP established?), not as who founded
# something (when did SIP set up a college in Chengdu): no other thing's founding answers.
PARK_FOUNDED_ASKED = lazy_regex(r"\s*(?:first\s+|officially\s+|originally\s+)?"
                                r"(?:established|founded|set up|created|formed|launched|started|"
                                r"built|born)\b\s*(?:[?？.!]|$|\b(?:in|on) (?:what|which)\b)")
EMPLOYED_SAID = lazy_regex(r"就业|从业|员工|职工|雇员|岗位|用工")
# A programme, title or award asked for by its kind (哪个人才计划, which talent programme):
# one the sentence names answers (获评…姑苏领军人才项目).
PROGRAMME_ASKED = lazy_regex(r"哪(?:个|项|一个|一项)[^，。？?]{0,4}?(?:计划|项目|工程|称号|奖)|"
                             r"\bwhich (?:[a-z-]+ ){0,3}(?:programmes?|programs?|projects?|"
                             r"titles?|awards?|honou?rs?|schemes?)\b")
PROGRAMME_SAID = lazy_regex(r"[\u4e00-\u9fff“”]{3,}(?:计划|项目|工程|称号|奖)")
PROGRAMME_KINDS = frozenset("计划项目工程称号奖")  # (the characters of those kinds' words)
# Words for being picked (入选, 获评): which one a sentence uses is no part of what is asked.
PICKED = frozenset({"入选", "获评", "评选", "入围"})
# A share asked as the measure (what is the share, the percentage): any percentage says it.
EN_SHARE_MEASURE = lazy_regex(r"\b(?:share|percentage|proportion|per ?cent|ratio)\b")
# A question of procedure: how to apply, register, join.
HOW_TO = lazy_regex(
    r"(?:怎么|怎样|如何|咋)(?:才能|才可以|可以|能)?(?:申请|办理|报名|申报|注册|入驻|预约|购买|租|"
    r"联系|加入|参加|认定)|(?:申请|办理|报名|申报)(?:流程|方式|渠道|材料)|"
    r"\bhow (?:do|can|should|to|would)\b(?: i| we| you| one)? (?:apply|register|sign up|join|"
    r"rent|contact|book|get into)\b")
# What "how many" counts when the question ends with it (有多少博士后).
COUNTED_NOUN = lazy_regex(r"(?:多少|几)[个名位家件项人]?(?![个名位家件项人])([\u4e00-\u9fff]{3,8}?)"
                          r"[呢吗啊?？]*$")
EN_HOW_MANY = lazy_regex(r"\bhow many\b")
PRESENCE = lazy_regex(r"^(?:入驻|落户|集聚|聚集|现有|拥有|区内|园内|园区内?)")
# The kind of thing counted at the end of what is counted (上市公司, 外资企业): what stands
# before it says which of them.
COUNTED_KIND = lazy_regex(r"(?:公司|企业|高校|大学|机构|学生|员工|人员)$")
# Places and bodies counted by their own name (孵化器, 实验室), which no other word stands for.
COUNTED_THING = lazy_regex(r"(?:孵化器|加速器|实验室|产业园|科技园|平台|基地|研究院|研究所|联盟|"
                           r"学院)$")
PEOPLE_THEN_ASKED = lazy_regex(r"((?:(?![的之])[\u4e00-\u9fff]){2}(?:人员|员工|学生))"
                               + ASKED_AFTER_PEOPLE)
WHO_WORD = lazy_regex(r"谁|\bwho\b")  # (who is its director; not which body co-founded it)
ROLE_SAID = lazy_regex(ROLE.pattern + r"|牵头|领衔|带领")
# The city or country asked for (设在哪个城市): answered by a sentence naming a place.
CITY_ASKED = lazy_regex(r"哪个?(?:国家|城市|省份?)|哪国|什么国家|\b(?:which|what) (?:city|country|"
                        r"province)\b")
# A street address asked for (地址, which street): finer than any place the document gives.
# (which building, 哪栋楼: finer still)
ADDRESS_ASKED = lazy_regex(r"地址|门牌|哪条街|哪条路|哪一?[栋幢]|哪一?座楼|几号楼|"
                           r"\b(?:street )?address(?:es)?\b|\bwhich (?:street|road|building)\b")
# A country, province or city named in a sentence (英国, 江苏省, 深圳市), beside PLACES.
PLACE_WORD = lazy_regex(r"[\u4e00-\u9fff](?:国(?![家际内])|省|市(?![场值]))")
# A year (2019年), and a figure the question states (299件, 397): its number, no year's.
YEAR_SAID = lazy_regex(rf"{YEAR}年")
FIGURE_SAID = lazy_regex(rf"(?<![\d.])(?!{YEAR}(?!\d))\d+(?:\.\d+)?(?![\d.])")
# A premise put to be confirmed (…, right? 是吧, 对吧): when the document says otherwise, what
# it says is the answer, the premise corrected.
PREMISE_CHECKED = lazy_regex(r"(?:,\s*|\b)(?:right|correct|is that (?:right|true|correct)|"
                             r"isn'?t it|no)\?*\s*$|"
                             r"(?:对吧|是吧|对吗|对么|没错吧|没错吗|对不对|是不是这样|是这样吗|"
                             r"是真的吗|真的吗)[?？]*$|"
                             # (…是不是2019年揭牌的: a year guessed, the one it was told)
                             r"是不是(?:在)?(?:19|20)\d{2}年")
# Until when a thing holds (valid until, 有效期到什么时候): its end, which a date it began
# or was issued on is not; a sentence saying no end (至, 截止, 到期) does not say.
END_ASKED = lazy_regex(r"\buntil when\b|\bvalid (?:until|till|through|thru)\b|"
                       r"\bexpir(?:e|es|y|ation)\b|"
                       r"\bhow long (?:is|was|will) [^?]{2,60}? (?:valid|in force|in effect)\b|"
                       r"有效期|到期|(?:到|至)(?:什么时候|何时|哪天|哪年)(?:为止|结束|有效)")
END_SAID = lazy_regex(r"有效期|到期|为止|截止|(?<![截])至\d{4}年")
# Another country's drug or device regulator (FDA-approved, CE-marked): approvals the
# document, which counts China's (国家药品监督管理局), does not.
FOREIGN_REGULATOR = lazy_regex(r"\b(?:us ?fda|fda|ema|pmda|mhra|tga|ce[- ]mark(?:ed)?)\b|"
                               r"美国食品药品监督管理局|美国药监局|欧洲药品管理局")
# The day asked for (几号, which day): a month is no answer to it.
DAY_ASKED = lazy_regex(r"几号|几日|哪一?[天日]|具体(?:日期|哪天|日子|哪一天|几号)|\bwhich day\b|"
                       r"\b(?:exact|precise|specific) (?:[a-z]+ ){0,3}?(?:date|day)\b|"
                       r"\bwhat day\b|\bwhat date\b|"
                       # (… list on HKEX? need the day; the day exactly)
                       r"\b(?:need|want|give me|tell me) the (?:exact |precise )?day\b|"
                       r"\bthe day exactly\b|\bday and month\b|\bwhich date\b")
# The year asked (哪一年, what year): a date of the month alone does not say it.
YEAR_ASKED = lazy_regex(r"哪一?年|几几年|\b(?:what|which) year\b")
# A part of a date asked, how a date says it, and what the document does not give without it.
# When exactly (具体什么时候, quando exatamente): a month at least, no year alone.
EXACT_ASKED = lazy_regex(r"\bwhen exactly\b|\bexactly when\b|具体什么时候|具体啥时候|具体时间")
DATE_PARTS_ASKED = ((DAY_ASKED, lazy_regex(r"\d日"), "具体日期"),
                    (YEAR_ASKED, lazy_regex(r"\d{4}年"), "年份"),
                    (EXACT_ASKED, lazy_regex(r"\d月"), "具体日期"))
# Who built or founded it: answered by the sentence saying by whom (由…共建/牵头建设).
BUILT_ASKED = lazy_regex(r"\b(?:co-?built|built|co-?founded|founded|set up|established|"
                         r"led the construction|initiated|co-?developed|jointly)\b|"
                         r"谁(?:建|共建|牵头|发起|设立|成立|组建|搭建)|由谁|"
                         r"哪些?(?:单位|机构|家|方)(?:共同|一起)?(?:建|共建|牵头|发起|设立|组建)")
BUILT_BY = lazy_regex(r"由[^，。；]{2,60}?(?:共建|共同建设|牵头|合作设立|设立|发起|组建|建设|成立)")
# Who signed it (签署双方是谁, 哪两方签的, the signing parties): the sentence naming both, one
# with the other, at the signing.
SIGNERS_ASKED = lazy_regex(r"\b(?:signing parties|signatories|parties (?:to|of)|who signed|"
                           # (which Shanghai party signed: the party's kind may come first)
                           r"(?:which|what) (?:two )?(?:[a-z]+ )?(?:party|parties|sides?|"
                           r"bod(?:y|ies)) (?:signed|signs?)|signed by (?:which|what|whom)|"
                           # (signed between which two parties; the partners that signed)
                           r"between (?:which|what) (?:two )?(?:parties|sides|bodies)|"
                           # (whom did the Park sign the agreement with: the other party)
                           r"\bwho(?:m)? did [^?]{2,80}? sign\b[^?]{0,80}\bwith\b|"
                           r"(?:partners|parties|sides) (?:that|who|which) signed)\b|"
                           r"谁(?:和谁|与谁|跟谁)?签|哪(?:两|几|些)个?方(?:面)?签|"
                           r"签(?:署|约|订)?的?(?:双方|各方|两方)|签约方|签署方")
# Which fields (哪些应用领域, which application areas): a list of them, X、Y等领域.
FIELDS_ASKED = lazy_regex(r"哪些(?:应用)?领域|哪几个(?:应用)?领域|什么(?:应用)?领域|"
                          # (主要做哪些方面, 照顾哪些行当: its fields, in everyday words)
                          r"哪些方面|哪几个方面|什么方面|哪些行当|什么行当|哪些行业|什么行业|"
                          # (主要搞哪几块, 做哪些方向, its focus areas: said in everyday words)
                          r"哪(?:几|些)个?(?:块|板块|方向)|\bfocus (?:areas|fields|sectors)\b|"
                          r"\b(?:which|what) (?:(?:application|research|industrial|main|key|"
                          r"core|major|primary) ){0,2}(?:fields|areas|sectors|domains)\b|"
                          r"\bapplication (?:fields|areas)\b|"
                          # (what does it mainly do research on, 主要研究什么: its fields)
                          r"\b(?:(?:do|does|doing|conduct) )?research (?:on|into|in)\b(?=\W*$)|"
                          r"\bwhat does [^?]{2,60}? (?:mainly |mostly |primarily )?research\b|"
                          r"研究(?:什么|啥|哪些)(?:方向|领域)?[?？]?$")
# (…等关键领域: a word between 等 and 领域 says what fields they are)
FIELDS_LISTED = lazy_regex(r"((?:[^、，。；]{1,12}、)+[^、，。；]{1,12})等"
                           r"(?:应用|关键|重点|新兴)?领域")


# Things counted in English, a plural named (how many centres), not money in a count's
# words (how many billion, how many yuan). (Other languages' one word for how many and how
# much reads as how many, and then asks an investment's size: no plural.)
EN_THINGS_COUNTED = lazy_regex(r"\bhow many\s+(?!(?:yuan|rmb|cny|billions?|millions?|thousands?|"
                               r"dollars?|bucks|money|cash|quid|bn|mn|k)\b)"
                               r"(?:(?!(?:the|a|an|of|is|are|was|were|did|does|do|has|have|had|"
                               r"will|can|in|at|for)\b)[a-z-]+\s+){0,3}?"
                               r"(?!funds\b)[a-z]{3,}(?<![su])s\b")


def _another_kind_of_quantity(q: Question, unit: str) -> bool:
    """A sum of money asked (总投资, total investment) and a count given (三项), or a count
    asked and a sum given: no unit asked, but the measure asked says the kind, and this is
    another."""
    if "元" in unit and not q.units and EN_THINGS_COUNTED.search(q.folded):
        return True  # (how many offshore centres: a count, no sum of money)
    if q.units or not q.likely_units or "how many" in q.folded:
        return False  # (how many foreign-invested centres: a count, whatever invested)
    return all("元" in u for u in q.likely_units) and "元" not in unit


# A part of a park (三期B区, 五期A1地块, C地块), opening what an event says happened.
PART_SAID = lazy_regex(r"^(?:[一二三四五六七八九十\d]+期(?:[a-z]\d*(?:区|地块))?|"
                       r"[a-z]\d*(?:区|地块))")
# A share refused (a number, not a percentage; 不要百分比).
SHARE_REFUSED = lazy_regex(r"\bnot (?:a |the |as a )?(?:percentage|percent|%|share)\b|"
                           r"不要(?:百分比|比例|占比)|不是(?:百分比|比例|占比)")
# The names of things counted (the names of the 9 drugs): the things, one by one.
NAMES_OF_COUNTED = lazy_regex(r"\bnames? of (?:the |its |their |di |those |these )?\d+\b")
# The specific things of a kind asked for (具体项目有哪些, 具体有哪些产品, 哪些具体举措).
SPECIFICS_ASKED = lazy_regex(r"具体的?([\u4e00-\u9fff]{2})(?:有|是|包括)哪些|"
                             r"具体(?:有|是|包括)哪些([\u4e00-\u9fff]{2})|"
                             r"哪些具体的?([\u4e00-\u9fff]{2})")
# Names asked for in English (the names of its 9 drugs, name them).
NAMES_ASKED = lazy_regex(r"\bnames? of\b|\bnames\W*$|\b(?:list|name) (?:them|all|the)\b|"
                         r"\bwhat are they called\b")


def _fields_listed(text: str) -> int:
    """How many fields a sentence lists before 等领域 (0: none)."""
    return max((m.group(1).count("、") + 1 for m in FIELDS_LISTED.finditer(text)), default=0)


# The kind of companies a thing supports or serves, asked (专门支持什么公司, what kind of
# companies does it support): described, not named.
KIND_SERVED_ASKED = lazy_regex(
    r"(支持|服务|扶持|帮助|面向|专注于?|聚焦|孵化)(?:的是?|的)?(?:什么|哪类|哪种|啥)(?:样的?|类型的?)?"
    r"(?:公司|企业)|\bwhat (?:kinds? of |types? of |sorts? of )?(?:companies|firms|start-?ups|"
    r"enterprises|cos) (?:does|do|did|is|are|was) [^?]{2,80}? (?:there to )?"
    r"(support|serve|help|focus on|target|incubate)\b|"
    # (whom does it mainly support; it supports what kind of cos)
    r"\bwho(?:m)? (?:does|do|did) [^?]{2,80}? (?:mainly |mostly |primarily |chiefly )?"
    r"(support|serve|help|focus on|target|incubate)\b|"
    r"\b(support|serve|help|focus on|target|incubate)s? (?:what|which) (?:kinds? of |types? of "
    r"|sorts? of )?(?:companies|firms|start-?ups|enterprises|cos)\b|"
    # (who it help, as typed with no does)
    r"\bwho(?:m)? (?:it|they|this|that) (?:mainly |mostly |primarily |chiefly )?"
    r"(support|serve|help|focus on|target|incubate)s?\b")
# (to help them is to support them: 支持, as the document says it, or 帮助)
SERVED_IN_CHINESE = {"support": ("支持",), "serve": ("服务",), "help": ("支持", "帮助"),
                     "focus on": ("专注",), "target": ("面向",), "incubate": ("孵化",)}
# (who signed on behalf of one party: a person, whom the sentence does not name)
SIGNED_FOR = lazy_regex(r"\bon behalf\b|代表")
# (… which party signed on behalf of the Park: a body, which it does name)
PARTY_ASKED = lazy_regex(r"\b(?:which|what) (?:party|body|side|organi[sz]ation|department)\b|"
                         r"哪(?:个|一)?(?:单位|部门|方|机构)")
SIGNED_BY = lazy_regex(r"[^，。；]{2,40}?与[^，。；]{2,40}?(?:签约|签署|签订)")


# An ordinal a sentence states (第27批, 首个), or a rank (列全市第二); which one a question
# asks (which batch, where does it rank; 第几 either).
# An ordinal's number said (第27, 第十九), before its counter.
ORDINAL_NUMBER = r"第[0-9一二三四五六七八九十百]+"
ORDINAL_SAID = lazy_regex(rf"{ORDINAL_NUMBER}[批届期次轮个家例项]|首[个家批届次例]")
RANK_SAID = lazy_regex(r"(?:列|位居|位列|排名|排)[^，。；]{0,6}第|"
                       r"(?:保持|居|全国|全省|全市)[^，。；]{0,14}(?:第[一二三四五六七八九十]|首位)")
EITHER_SAID = lazy_regex(f"{ORDINAL_SAID.pattern}|{RANK_SAID.pattern}")


def _says_the_rank(part: str, sentence: str) -> bool:
    """A part asking a rank or an ordinal, and a sentence stating it."""
    folded = fold(part)
    return asks_rank(folded, "what") and bool(said_as_asked(folded).search(sentence))


# Where a rank is counted (在全国开发区排, among the province's): no measure of its own.
RANK_SCOPE = lazy_regex(r"(?:在|于)?(?:全国|全省|全市|全球|国内|省内|市内|同类|各|开发区|"
                        r"高新区|园区)+[^，。？?]{0,4}?(?:排名?|位居|位列|名列|列)?第几|"
                        r"(?:排名?|位居|位列|名列)第?几?")


def _ranks_the_measure(q: Question, weights: dict[str, float], text: str) -> bool:
    """Whether the clause stating a rank holds what the question ranks: half the weight
    of its words outside where the rank is counted (全国开发区), when it has any."""
    scope = [m.span() for m in RANK_SCOPE.finditer(q.folded)]
    measure = {t: w for t, w in weights.items()
               if not any(start <= at < end for start, end in scope
                          for at in _positions(q.folded, t))}
    if not measure:
        return True
    said = said_as_asked(q.folded)
    clauses = [c for c in rx(r"[，。；]").split(fold(text)) if said.search(c)] or [fold(text)]
    total = sum(measure.values())
    return any(_held(measure, clause) >= total / 2 for clause in clauses)


def _positions(folded: str, term: str) -> list[int]:
    return [m.start() for m in regex(re.escape(term)).finditer(folded)]


# The kind an ordinal asked counts (第几批, which batch: 批).
COUNTER_ASKED = lazy_regex(r"第几([批届期次轮类])|\b(?:which|what) (batch|edition|session|round|"
                           r"meeting|phase|class)\b")
EN_COUNTERS = {"batch": "批", "edition": "届", "session": "次", "meeting": "次", "round": "轮",
               "phase": "期", "class": "类"}


def counter_asked(folded: str) -> str:
    """The counter of the ordinal asked (批 of 第几批, of which batch), or ""."""
    asked = COUNTER_ASKED.search(folded)
    if asked is None:
        return ""
    return asked.group(1) or EN_COUNTERS[asked.group(2)]


def ordinal_of(counter: str) -> re.Pattern[str]:
    """An ordinal of that counter said (第27批, 首批)."""
    return regex(rf"{ORDINAL_NUMBER}{counter}|首{counter}")


def said_as_asked(folded: str) -> re.Pattern[str]:
    """What a sentence must state to answer a rank or ordinal question."""
    if RANK_ASKED.search(folded):
        return RANK_SAID
    return ORDINAL_SAID if ORDINAL_ASKED.search(folded) else EITHER_SAID


def _saying_first(rows: list[Row], more: list[Row], says: Callable[[str], bool]
                  ) -> list[Row]:
    """``rows``, those of them and of ``more`` whose sentence ``says`` it first."""
    saying = [r for r in rows + [r for r in more if r not in rows] if says(r.text)]
    return saying + [r for r in rows if r not in saying]


def _latin_party(q: Question, text: str) -> bool:
    """A party the sentence names by its own Latin name, one the question does not say
    (英国科技资源网络公司PraxisAuril: the extractor's type words miss it)."""
    return any(name.lower() not in q.folded for name in LATIN_NAME.findall(text))


def _possessive(q: Question, link: Link) -> bool:
    """Whether an English name is said as an owner (MIT's institute)."""
    typed = q.folded[link.start:link.end]
    said = regex(rf"{re.escape(typed)}['’]s\b", re.I).search(q.raw) if typed else None
    return said is not None


def _opened_by_kind(text: str, subject: str, kind: str) -> bool:
    """Whether ``text`` opens by the kind its entry's ``subject`` is of alone (平台将…,
    该联盟…): a sentence of that subject's, named by its kind."""
    return fold(subject).endswith(kind) and bool(
        rx(rf"^(?:该|这一?)?{re.escape(kind)}").match(text))


def _held(weights: dict[str, float], text: str) -> float:
    """The weight of the question's words a text holds, each in any order (会上 for 会议上)."""
    return sum(w for t, w in weights.items() if all(ch in text for ch in t))


def _most_held(rows: list[Row], held: Callable[[Row], float], fallback: Row) -> Row:
    """Of ``rows`` (best first), the one ``held`` scores highest (the first of a tie), or
    ``fallback`` when none scores at all."""
    best = max(((held(r), -i, r) for i, r in enumerate(rows)), key=lambda s: s[:2])
    return best[2] if best[0] > 0 else fallback


MIN_KEYWORDS_ASKED = 4  # characters of a question asked in keywords after its topic


def _last_keywords(q: Question) -> str:
    """The second of a bare question's two space-parted pieces, when it names nothing
    linked (…交流会 签约项目领域分布: 签约项目领域分布), else ""."""
    pieces = q.raw.split()
    if len(pieces) != 2 or len(last := fold(pieces[-1])) < MIN_KEYWORDS_ASKED:
        return ""  # (姑苏实验室 合作 企业: keywords, no topic and its question)
    return "" if any(fold(link.name) in last or q.folded[link.start:link.end] in last
                     for link in q.links) else last


def _unasked_companies(text: str, asked: list[str]) -> list[str]:
    """The names of the companies in ``text`` that no word asked is part of: 股份 is the
    legal form of 苏州纳微科技股份有限公司, no stock asked; 康众 or 浩欧搏生物 typed names its
    own."""
    return [fold(m.name) for m in extract.find_entities(text) if m.type == "company"
            and not any(len(w) >= 2 and w in fold(extract.LEGAL_SUFFIX_RE.sub("", m.name))
                        for w in asked)]


class Pipeline:
    """Answers questions from one store. Stateless per question."""

    def __init__(self, store: KnowledgeStore) -> None:
        self.store = store
        self.kb = Knowledge(store)
        self.stats = DocumentStats(store)
        self.linker = Linker(store, self.kb.entities, self.stats.pinyin,
                             self.stats.in_document)
        self.reader = Reader(self.stats, self.linker, self.kb.chapter_subject)
        self.retriever = Retriever(self.stats, self.linker, self.kb.chapter_subject,
                                   self.kb.entry_subject, self.kb.name_to_id, self.kb.sources,
                                   several=self.kb.several)
        self.figures = FigureAnswerer(self.kb)

    def warm(self) -> None:
        """Build the indexes typos, pinyin and English need now, not on some user's first
        typo or first English question."""
        self.stats.warm()
        self.linker.warm()
        spelling.warm(english.index(self.reader.corpus()).vocabulary)
        lazyre.compile_all()
        # The chapter's subject is named in most questions, and a shelf has it in every
        # chapter: its names are linked and its namesakes ranked now, once.
        for key in sorted(self.linker.keys_of_name(self.kb.chapter_subject)):
            self.linker.link(key)

    def understand(self, raw: str) -> Question:
        return self.reader.understand(raw)

    def link(self, folded: str) -> list[Link]:
        """Entities named in the question (see ``Linker.link``)."""
        return self.linker.link(folded)

    def ask(self, raw: str) -> Answer:
        question = raw if isinstance(raw, str) else str(raw)
        try:
            q = self.reader.read(question[:MAX_QUESTION])
        except Exception:
            log.exception("understanding %r failed", question[:200])
            return not_found(self.kb, question, "what", None, [])
        if not q.folded or not rx(r"[\w]").search(q.folded):
            return not_found(self.kb, question, q.intent, None, [], q)
        try:
            answer = self.answer(q)
            if not answer.found and q.senses and (sensed := self._sensed(q)) is not q:
                # (an English word read in another of its senses, the one the best sentences
                # use: the list of centres is a 名单, not a listing; only where the first
                # reading found nothing)
                answer = again if (again := self.answer(sensed)).found else answer
            return replace(answer, lang=q.lang)
        except Exception:
            log.exception("answering %r failed", question[:200])
            # (in the asker's language still: an English question gets its "not found" in
            # English)
            return replace(not_found(self.kb, question, q.intent, None, []), lang=q.lang)

    def _sensed(self, q: Question) -> Question:
        """``q`` with its English words in the senses its best sentences use (those of the
        thing asked about, when one is)."""
        ev = self.retriever.evidence(q, self.retriever.weights(q))
        if ev is None or not ev.scored:
            return q
        best = ev.own or [r for _, r in ev.scored]
        return self.reader.in_the_sense_of(q, [fold(r.text) for r in best[:SENSE_SENTENCES]])

    def answer(self, q: Question, splitting: frozenset[str] = frozenset()) -> Answer:
        """``splitting``: the questions being answered part by part up the stack, so that
        a part read as the question it came from (when where → where when → when where)
        is answered whole instead of split again."""
        number = asked_number(q)
        if number:
            answer = answer_number(self.figures, q, number)
            if answer:
                return answer
        rest, share = rest_asked(q), share_asked(q)
        if (rest or share) and (ev := self.retriever.evidence(q, self.retriever.weights(q))):
            # (196张里不是一类新药的几张: the whole stated less its part, before any split;
            # 45家里科技上市企业占比多少: the part over the whole stated, the document giving
            # no share of it)
            top = [r for _, r in ev.scored[:REST_SENTENCES]]
            name = self.kb.about(q.links)
            answer = answer_rest(self.figures, q, top, name) if rest else None
            if answer is None and share:
                answer = answer_share(self.figures, q, top, name)
            if answer:
                return answer
        parts = split(q, self.kb.chapter_subject, lambda eid: self.kb.entities[eid][0]) if (
            q.folded not in splitting) else None
        if parts is not None:
            within = splitting | {q.folded}
            answer = answer_compare(q, parts, lambda text: self._part(text, within),
                                    _says_the_rank)
            if answer:
                return answer
        date = asks_about_a_date(q)
        if date is not None:
            answer = answer_on_date(self.kb, q, date)
            if answer:
                return answer
        weights = self.retriever.weights(q)
        entity_name = self.kb.about(q.links)
        if asks_author(q):
            # Who wrote it: the writers printed after its entry (no word of the question
            # is in a sentence: 作者, this entry), or the document does not say.
            ev = self.retriever.evidence(q, weights)
            answer = answer_credits(self.kb, q, ev) if ev is not None else None
            return answer or not_found(self.kb, q.raw, q.intent, entity_name,
                                       [r for _, r in ev.scored] if ev else [], q)
        # What can be judged from the question alone comes first: no search is needed to
        # know that 北京大学 or 天气 is not in the document.
        if self.retriever.out_of_scope(q, weights):
            specific = self.retriever.specific_ids(q)
            near = self.store.sentences_mentioning(specific, 30) if specific else []
            return not_found(self.kb, q.raw, q.intent, entity_name, near, q)
        ev = self.retriever.evidence(q, weights)
        if ev is None:
            return not_found(self.kb, q.raw, q.intent, entity_name, [], q)
        if not q.links and ev.scored[0][0] < W.MIN_SENTENCE_SCORE:
            return not_found(self.kb, q.raw, q.intent, entity_name, [r for _, r in ev.scored], q)
        answer = self.verified(q, self.choose(q, ev, entity_name), ev)
        if not answer.found and q.intent == "figure" and answer.reason != "constraint":
            counted = answer_count(self.kb, q, ev)
            if counted is not None:
                return self.verified(q, counted, ev)
        if not answer.found and answer.reason == "unknown" and q.constraints.ordinals:
            # (phase 8 of the science park: a phase none of its sentences says is what the
            # document has nothing on)
            unsaid = next((o for o in q.constraints.ordinals
                           if not any(o.said_in(r.text) for r in ev.rows)), None)
            if unsaid is not None:
                return self._refused(q, answer, ev, (), str(unsaid))
        return answer

    def _part(self, text: str, splitting: frozenset[str] = frozenset()) -> Answer:
        """One part of a question with several, answered as a question of its own."""
        q = self.reader.read(text)
        return self.answer(q, splitting) if q.folded else not_found(self.kb, text, q.intent,
                                                                    None, [])

    def verified(self, q: Question, answer: Answer, ev: Evidence) -> Answer:
        """The answer, or "not found" with what the document does give when one of its
        facts contradicts a constraint of the question."""
        if not answer.found:
            return answer
        years = q.years + ((q.constraints.relative_year,) if q.constraints.relative_year
                           else ())
        problem = None
        if years and not years_hold(self.kb, replace(q, years=years), answer):
            # The document gives this for another year (园区2021年研发投入占比).
            problem = f"{years[0]}年"
        # (Did Harvard set up institutes here? The sentence of the 40 they are among says.)
        # (a bare measure, 生物医药产业园总投资额, is answered as a figure too)
        asks_quantity = q.intent == "figure" or (q.bare and answer.intent == "figure") or bool(
            q.lang == "en" and EN_QUANTITY.search(q.folded))
        # (a price asked in English is a quantity asked, whatever else the line asks)
        problem = problem or (measure_unsaid(q) or price_unsaid(
            q, self.retriever.stats.in_document) if asks_quantity or q.lang == "en" else None)
        problem = problem or en_kind_unsaid(q, self.retriever.stats.in_document)
        for fact in answer.facts:
            problem = (problem or conflict(self.kb, q.constraints, fact)
                       or (group_for_member(self.kb, q, fact) if asks_quantity
                           else None)
                       or (kind_unsaid(q, fact, self.kb.chapter_subject or "",
                                       self.retriever.stats.in_document)
                           if asks_quantity else None)
                       or sex_unsaid(q, fact) or people_unsaid(q, fact)
                       or (en_noun_unsaid(q, fact) if asks_quantity else None)
                       or part_as_large(q, fact))
        # (after the constraints: utility model patents is a kind of patent they name)
        problem = problem or (en_counted_unsaid(q, self.retriever.stats.in_document)
                              if asks_quantity else None)
        problem = problem or (whole_for_part(self.kb, q, answer.entity)
                              if answer.intent == "figure" else None)
        problem = problem or (self._anothers_event(q, answer)
                              if answer.intent == "when" else None)
        problem = problem or (self._anothers_figure(q, answer)
                              if answer.intent == "figure" else None)
        problem = problem or (self._topic_unsaid(q, answer)
                              if answer.intent == "figure" else None)
        if (problem is None and answer.intent == "when" and answer.facts
                and answer.facts[0].kind == "date"):
            # (12月几号, what year did it start: the document gives the month only)
            # (as typed too: …挂牌的？具体日子, the part wanted said after the question)
            typed = fold(q.raw)
            problem = next((missing for asked, said, missing in DATE_PARTS_ASKED
                            if (asked.search(q.folded) or asked.search(typed))
                            and not said.search(answer.facts[0].value)), None)
        if problem is None and SHARE_REFUSED.search(q.folded) and any(
                f.unit == "%" for f in answer.facts):
            problem = "具体数量"  # (a number, not a percentage: the share was refused)
        if problem is None and (regulator := FOREIGN_REGULATOR.search(q.folded)) and not any(
                regulator.group(0) in fold(f.evidence or "") for f in answer.facts):
            problem = regulator.group(0).upper()  # (FDA-approved drugs: none it counts)
        if (problem is None and answer.intent == "when" and END_ASKED.search(q.folded)
                and not any(END_SAID.search(f.evidence or "") for f in answer.facts)):
            problem = "有效期"  # (valid until when: the day it was issued is no end)
        if (problem is None and q.intent != "figure" and NAMES_ASKED.search(q.folded)
                and answer.facts and all(f.kind == "figure" or (
                    f.kind == "passage" and NAMES_OF_COUNTED.search(q.folded)
                    and not self._names_other(q, f.value)) for f in answer.facts)):
            # The names of the 9 drugs asked: their count is no name, whatever it counts;
            # nor a sentence naming nothing but what the question names.
            return self._refused(q, answer, ev, answer.facts)
        if (problem is None and (specific := SPECIFICS_ASKED.search(q.folded)) and answer.facts
                and all(f.kind == "passage" for f in answer.facts)):
            # The specific projects asked (合作的具体项目有哪些): a sentence saying that they
            # work together, naming none, is what the document knows, not the answer.
            noun = next(g for g in specific.groups() if g)
            if not any(noun in fold(f.value + (f.evidence or "")) for f in answer.facts):
                return self._refused(q, answer, ev, answer.facts, f"具体{noun}")
        if problem is None and answer.intent == "when" and (
                unnamed := self._unnamed_event(q, answer, ev)):
            # Asked when a named thing did something, the day of a deed whose clause names
            # none of the question's things (冷泉港亚洲会议中心 at BioBAY: 三期B区…于10月开工
            # 建设): what it does say, as its own deed, not the thing's.
            return self._refused(q, answer, ev,
                                 tuple(replace(f, entity=None) for f in answer.facts), unnamed)
        if problem is None:
            return answer
        if PREMISE_CHECKED.search(q.folded) and self._premise_to_correct(q, answer, problem):
            # Zai Lab listed on Nasdaq, right? — no: what the document does say, as the answer.
            return replace(answer, reason="premise", conflict=problem)
        return self._refused(q, answer, ev, answer.facts, problem)

    @staticmethod
    def _premise_to_correct(q: Question, answer: Answer, problem: str) -> bool:
        """Whether what the question puts to be checked is wrong in ``problem`` alone: not a
        figure of a year the document has none of (2019年的比重是4.2%，是真的吗), unless a
        number the question states stands in the sentence it gives, its year guessed
        (299件是2019年的数据，对吧)."""
        if answer.intent != "figure" or not YEAR_SAID.fullmatch(problem):
            return True
        return any(regex(rf"(?<![\d.]){re.escape(number)}(?![\d.])").search(
            fact.evidence or fact.value) for fact in answer.facts
                   for number in FIGURE_SAID.findall(q.raw))

    def _names_other(self, q: Question, text: str) -> bool:
        """Whether a text names something besides what the question names: a name, or a
        title in quotes or book marks."""
        asked = {fold(link.name) for link in q.links}
        return bool(QUOTED_NAME.search(text)) or any(
            fold(m.name) not in asked for m in extract.find_entities(text))

    def _refused(self, q: Question, answer: Answer, ev: Evidence, known: tuple[Fact, ...],
                 conflict: str | None = None) -> Answer:
        """Not found, for a constraint: what the document does give (``known``) and, when
        it says, which of the question's words it has no figure for (``conflict``)."""
        return not_found(self.kb, q.raw, q.intent, answer.entity, [r for _, r in ev.scored],
                         q, reason="constraint", known=known, conflict=conflict,
                         conflict_named=bool(conflict)
                         and self.retriever.stats.in_document(fold(conflict)))

    def _anothers_event(self, q: Question, answer: Answer) -> str | None:
        """Asked when the park itself did something (园区是哪一年成立的), the day another
        thing did it (材料科学姑苏实验室揭牌成立): the question's word for the park."""
        said = park_alone(self.kb, q)
        if said is None or PARK_AS_PLACE.search(q.folded, 0, said.start):
            return None  # (the summit held in SIP: the park is where, not who did it)
        as_said = q.folded[said.start:said.end]
        park = self.reader.linker.keys_of_name(said.name) | {as_said}
        founded = bool(PARK_FOUNDED_ASKED.match(q.folded, said.end))
        for fact in answer.facts:
            text = fold(fact.evidence or fact.detail)  # (园区在成都设立…学院: the park's deed)
            if fact.kind == "date" and extract.opening_name(fact.detail) is not None and (
                    founded or not any(word in text for word in park if word)):
                return as_said or said.name
        return None

    def _unnamed_event(self, q: Question, answer: Answer, ev: Evidence) -> str | None:
        """The most specific name asked about (the fewest sentences name it), when a date's
        event is a part's (三期B区…开工建设) in an entry not about that name, and the event
        and its clause name it in no form the linker knows."""
        most = ev.most_specific(q.links, self.kb.specific(q.links))
        if most is None:
            return None
        chosen = most[0]
        name = fold(chosen.name)
        forms = {form for form in (name, q.folded[chosen.start:chosen.end],
                                   *self.reader.linker.keys_of_name(chosen.name))
                 if len(form) >= 2}
        for fact in answer.facts:
            entry = fold(fact.source.entry) if fact.source else ""
            if fact.kind != "date" or not PART_SAID.search(fold(fact.detail)) or about(
                    entry, name):
                continue  # (BioBAY's 五期A1地块 in BioBAY's entry: the park's own part)
            said = fold(fact.detail + " " + value_clause(fact.evidence or "", fact.value))
            if not any(form in said for form in forms):
                return q.folded[chosen.start:chosen.end] or chosen.name
        return None

    def _anothers_figure(self, q: Question, answer: Answer) -> str | None:
        """Asked about one thing (成都斯派克学院第一批…), a figure of another one (新加坡科技
        研究局苏州基地's first batch) from a sentence naming neither the thing nor where it
        stands: the name asked, as said; None when the figure may be its."""
        subject = self.kb.chapter_subject
        specific = self.kb.specific(q.links)
        if not specific:
            return None
        said = {q.folded[link.start:link.end] for link in specific} | {
            fold(link.name) for link in specific}
        for fact in answer.facts:
            # (no owner said: the entry it stands in, unless an overview's, everyone's)
            entry = fact.source.entry if fact.source and fact.source.entry != OVERVIEW else ""
            owner = fold(fact.entity or entry)
            if fact.kind != "figure" or not owner or owner == fold(subject or ""):
                continue
            text = fold(fact.evidence or "")
            if any(name and (name in owner or owner in name or about(owner, name)
                             or name in text) for name in said):
                continue
            return q.folded[specific[0].start:specific[0].end] or specific[0].name
        return None

    def _topic_unsaid(self, q: Question, answer: Answer) -> str | None:
        """Asked about a thing no name links, in words only one entry of the document uses
        (拨投结合单个项目最高…多少资金), a figure from an entry saying none of them: those
        words, as asked; None when the figure's sentence or entry says them."""
        if self.kb.specific(q.links):
            return None
        folded = q.folded
        pairs = [folded[i:i + 2] for i in range(len(folded) - 1)]
        df = self.retriever.stats.df([p for p in pairs if is_cjk(p[0]) and is_cjk(p[1])])
        rare = [0 < df.get(p, 0) <= W.TOPIC_ENTRIES for p in pairs]
        runs, start = [], None
        for i, is_rare in enumerate([*rare, False]):
            if is_rare and start is None:
                start = i
            elif not is_rare and start is not None:
                if i - start >= W.TOPIC_PAIRS:
                    runs.append(folded[start:i + 1])
                start = None
        # (only what the document says as typed: 区现在, 程的有 are no words of it)
        runs = [run for run in runs if self.retriever.stats.in_document(run)]
        if not runs:
            return None
        for fact in answer.facts:
            if fact.kind != "figure":
                continue
            # (its entry: 高企培育攻坚行动 heads the paragraph whose 1019家 is asked)
            text = fold((fact.evidence or "") + fact.label + (
                self.kb.source_text(fact.source) if fact.source else ""))
            for run in runs:
                if not any(run[j:j + 2] in text for j in range(len(run) - 1)):
                    return run
        return None

    def choose(self, q: Question, ev: Evidence, entity_name: str | None) -> Answer:
        """The first answerer that applies and has an answer, in order of how specific."""
        own, top, rows = ev.own, ev.top, ev.rows
        everything = [r for _, r in ev.scored]
        intent = q.intent
        if intent in ("list", "what") and FIELDS_ASKED.search(q.folded) and any(
                link.name != self.kb.chapter_subject for link in q.links):
            # Which fields it works in: its sentence listing the most of them (在新型显示、
            # 5G通信、电力电子、环境与健康等领域的应用, not …显示等应用领域…, which names two).
            # (of its own entry's: a policy naming it lists another thing's fields)
            listed = [(_fields_listed(r.text), -i, r) for i, r in enumerate(own[:8])
                      if r.entry_id == own[0].entry_id]
            most = max(listed, key=lambda s: s[:2], default=None)
            if most is not None and most[0] >= 2:
                return passage(self.kb, q, most[2], entity_name, intent)
        if asks_first_or_last(q):
            # 哪个地块最晚开工: the last of the deeds its sentence dates one after another
            answer = answer_series(self.kb, q, ev)
            if answer:
                return answer
        if intent not in ("when", "where") and asks_honour(q):
            # 入选了什么: the honour its entry's title names, its sentence saying only 入选
            answer = answer_honour(self.kb, q, ev, entity_name)
            if answer:
                return answer
        if q.aspect and q.links:
            answer = answer_describe(self.kb, q, ev)
            if answer:
                return answer
        if intent == "what":
            answer = answer_full_name(self.kb, q, own[:12])  # (姑苏实验室全称: its name)
            if answer:
                return answer
        answer = answer_part(self.kb, q, ev)  # 哪个区…: a phase or zone of it, not a place
        if answer:
            return answer
        if intent == "when":
            answer = answer_when(self.kb, q, ev, own[:12] if q.links else top)
            if answer:
                return answer
            answer = answer_year(self.kb, q, ev, own) if q.links else None
            if answer:
                return answer
            # (no date said: no other answerer's sentence tells when, named or not)
            return not_found(self.kb, q.raw, q.intent, entity_name, own or rows, q)
        if intent in ("where", "what") and ADDRESS_ASKED.search(q.folded):
            # (its street address, which building: the document places things in districts
            # and parks, never at an address; what it does say of the thing is offered)
            return not_found(self.kb, q.raw, q.intent, entity_name, own or rows, q)
        if intent == "where":
            answer = answer_where(self.kb, q, own[:3] if q.links else top, ev.per_link)
            if answer:
                return answer
            if q.links and "park" in wanted_types(q):
                # Where in the park: the park its sentence names (冷泉港亚洲会议中心等项目使
                # 苏州生物医药产业园成为…).
                answer = answer_list(self.kb, q, own[:3], beside=False)
                if answer:
                    return answer
            elif (most := ev.most_specific(q.links, self.kb.specific(q.links))) and most[1]:
                # Where, no place said: the one park the thing's own sentence names, in
                # another's entry (冷泉港亚洲会议中心 in BioBAY's; BioBAY's own sentence naming
                # the centre says where the centre is, not BioBAY).
                rows = [r for r in own[:3] if r.id in most[1]
                        and self.kb.entry_subject.get(r.entry_id) != most[0].name]
                answer = answer_list(self.kb, q, rows, frozenset({"park"}),
                                     beside=False) if rows else None
                if answer and len(answer.facts) == 1 and "、" not in answer.facts[0].value:
                    return answer
            specific = [ids for link, ids in zip(q.links, ev.per_link, strict=True)
                        if link.name != self.kb.chapter_subject]
            if specific and len(specific) < len(q.links):
                # Where in 园区 (the chapter's subject, named beside it): a park its own
                # sentences name beside it, not one of the sentence after.
                naming = [r for r in own[:3] if any(r.id in ids for ids in specific)]
                answer = answer_list(self.kb, q, naming, frozenset({"park"}), following=False,
                                     beside=False)
                if answer:
                    return answer
            # No sentence says where: saying so beats quoting one that does not answer.
            return not_found(self.kb, q.raw, q.intent, entity_name, own or rows, q)
        if intent == "who" and len(q.links) > 1 and SELECTS.search(q.folded):
            # Which of A and B is the one that …: the sentence naming them both says.
            both = next((r for _, r in ev.scored
                         if sum(r.id in ids for ids in ev.per_link) >= 2), None)
            if both is not None:
                return passage(self.kb, q, both, entity_name, intent)
        credit = bool(credit_asked(q.folded) and ev.scored[0][1].caption_id)
        served = KIND_SERVED_ASKED.search(q.folded)
        if served and q.links:
            # What kind of companies it supports (专门支持什么公司): the sentence saying whom
            # it supports describes them (支持新加坡科技起步公司), whatever names are nearby.
            said = next(g for g in served.groups() if g)  # (the verb, in either language)
            verbs = SERVED_IN_CHINESE.get(said, (said,))
            row = next((r for r in own[:8] if any(v[:2] in r.text for v in verbs)), None)
            if row is not None:
                return passage(self.kb, q, row, entity_name, intent)
        if intent in ("list", "who") and not credit:  # (who supplied the photo: its credit)
            # (a name guessed from English words alone does not choose the sentences)
            named = any(link.how != "words" for link in q.links)
            rows = own[:4] if named else top
            if q.links and ev.weights:
                # Further down, a sentence holding most of what is asked (获评姑苏领军人才
                # 项目): its names, after the best four's.
                asked = sum(ev.weights.values())
                rows = rows + [r for r in own[4:12]
                               if _held(ev.weights, fold(r.text)) >= W.LIST_HELD * asked]
            if intent == "who" and ROLE.search(q.folded) and WHO_WORD.search(q.folded):
                # Who heads it: a name from a sentence saying someone's role, or none (国家
                # 实验室 is no director).
                rows = [r for r in rows if ROLE_SAID.search(r.text)]
            ordinals = q.constraints.ordinals
            if ordinals:
                # The edition asked (第114次, the 27th batch): its sentences first (of the
                # thing named, when one is: 纳米城第一家入驻企业 is no 科创板首股's).
                thing = any(link.how != "words" and link.name != self.kb.chapter_subject
                            for link in q.links)
                rows = _saying_first(rows, [r for _, r in ev.scored[:30]
                                            if not thing or r in own],
                                     lambda text: all(o.said_in(text) for o in ordinals))
            if ONLY_ASKED.search(q.folded):
                # The only one (省内唯一获批的…是哪个): the sentence saying so first.
                rows = _saying_first(rows, [r for _, r in ev.scored[:12]],
                                     lambda text: ONLY_SAID in text)
            answer = answer_list(self.kb, q, rows)
            if answer:
                return answer
        if intent == "list":
            row = enumeration(self.kb, q, own[:12] if q.links else top, ev)
            if row is None and q.links:
                # Named by a name the list's sentence does not repeat (《…奖励操作办法》:
                # 主要面向生物医药、人工智能…领域): the best sentences of all.
                row = enumeration(self.kb, q, top, ev, listing_only=True)
            if row is not None:
                return passage(self.kb, q, row, entity_name, intent)
        # A noun phrase (万人有效发明专利拥有量) or "what is the <measure> of X" whose words are
        # what a figure measures is asking for that figure.
        # (Which batch/rank: an ordinal said in words, no figure.)
        measure = (q.bare or (intent == "what" and q.lang == "en" and not q.aspect
                              and not asks_rank(q.folded, intent)
                              and not EN_NAME_ASKED.search(q.folded)))
        if (intent == "figure" or measure) and q.links:
            top = own[:30]  # a figure about a named entity comes from its own entries
            ordinals = q.constraints.ordinals
            if ordinals and not any(all(o.said_in(r.text) for o in ordinals) for r in top):
                # The edition asked (the 14th … Programme) is said where the name linked
                # (a programme's other name) is not: the sentences saying it come first.
                top = [r for _, r in ev.scored[:30]
                       if all(o.said_in(r.text) for o in ordinals)] + top
        figure = self.figures.best(q, ev, top) if top else None
        if figure is None and (intent == "figure" or measure) and (
                written := self._written_as_said(q, own[:30], ev)):
            # A name guessed from a typo or a part (科技创新载体 for 科技创新载体平台) that the
            # document writes as said elsewhere, as words (投资近100亿元建设科技创新载体):
            # those sentences say it too.
            # (a sentence found for such a name alone scores nothing of its own)
            figure = self.figures.best(q, replace(ev, scored=ev.scored + [
                (0.0, r) for r in written if r.id not in ev.score_of]), written)
        if measure and q.units and "%" not in q.units and (figure is None
                                                           or figure[1].unit in q.units):
            # Built carrier space at X?: a unit asked (m²) is a quantity asked. (Not a share:
            # of several in one sentence, which one is asked needs more than its unit.)
            intent = "figure"
        if measure and q.lang == "en" and self._quantity_asked(q):
            intent = "figure"  # what was its revenue: a quantity or nothing, not a sentence
            if figure is not None and not self._measures(q, figure[1]):
                figure = None  # 430 companies is no revenue
        if intent == "figure" and (figure is None or (q.units and figure[1].unit not in q.units)
                                   or self._counts_another(q, figure[1])
                                   or _another_kind_of_quantity(q, figure[1].unit)):
            return not_found(self.kb, q.raw, q.intent, entity_name, everything, q)
        said = sum(1 for ch in q.content if is_cjk(ch)) + 2 * len(q.latin)
        if figure is not None and (intent == "figure" or (measure and figure[2] >= W.BARE_HIT
                                                          and said >= 2)):
            return self.figures.answer(q, figure[1], entity_name)
        # About a named entity, the sentence comes from what the document says of it.
        sentence = own[0] if q.links and own else ev.scored[0][1]
        if q.links and own and ev.weights:
            # Its best sentence that says something asked (合作中心专注于支持…) besides its
            # name (…苏州企业合作中心 holds 企业), if not the best.
            names = [fold(link.name) for link in q.links]

            def says(row: Row) -> float:
                text = said = fold(row.text)
                for name in names:
                    text = text.replace(name, " ")
                if not _held(ev.weights, text):
                    return 0.0  # (no need to read its other names)
                # (nor inside another company's name: 股份 of 苏州纳微科技股份有限公司)
                for name in _unasked_companies(said, q.content.split()):
                    text = text.replace(name, " ")
                return _held(ev.weights, text)

            if not says(sentence):
                sentence = _most_held(own[:8], says, sentence)
            if q.bare and (keywords := _last_keywords(q)):
                # A topic, then what is asked of it in keywords (…交流会 签约项目领域分布):
                # the sentence saying those, when the best says only the topic's.
                asked = {t: w for t, w in ev.weights.items() if t in keywords}
                if asked and not _held(asked, fold(sentence.text)):
                    sentence = _most_held(own[:8], lambda r: _held(asked, fold(r.text)),
                                          sentence)
        if (ordinals := q.constraints.ordinals) and q.links and own and not all(
                o.said_in(sentence.text) for o in ordinals):
            # What is phase seven of it: its sentence saying the phase (七期人工智能产业园…).
            sentence = next((r for r in own[:8] if all(o.said_in(r.text) for o in ordinals)),
                            sentence)
        ranked_for = ""
        if asks_rank(q.folded, intent) and not (
                said := said_as_asked(q.folded)).search(sentence.text):
            # Which batch, what rank: the sentence of its entry saying one (第27批, 列全市
            # 第二); none, and the document does not say.
            entry = (self.store.sentences_of_entries([sentence.entry_id])
                     if sentence.entry_id is not None else [])
            # (the words asked about are the first sentence's; the rank, its entry's, of the
            # kind asked: 第几类 is no 第十九次)
            ranked_for = fold(sentence.text)
            counted = counter_asked(q.folded)
            saying = [r for r in entry if said.search(r.text) and (
                not counted or ordinal_of(counted).search(r.text))]
            # (of several ranks, the one of the measure asked: 培育库 of 高新技术企业, not
            # the 科技型中小企业's before it)
            sentence = next((r for r in saying if RANK_ASKED.search(q.folded)
                             and _ranks_the_measure(q, ev.weights, r.text)),
                            saying[0] if saying else None)
            if sentence is None:  # no rank said where the answer would be
                return not_found(self.kb, q.raw, q.intent, entity_name, own or rows, q)
        if RANK_ASKED.search(q.folded) and not _ranks_the_measure(q, ev.weights, sentence.text):
            # 万人有效发明专利拥有量排第几: a rank the sentence gives another measure (入选上级
            # 科技人才数保持全国开发区第一) is not its rank.
            return not_found(self.kb, q.raw, q.intent, entity_name, own or rows, q)
        if intent == "who" and q.links and BUILT_ASKED.search(q.folded):
            # (of those saying it, not one without a name the question holds: which centre
            # PraxisAuril set up is no centre set up by others)
            near = [(r, fold(r.text)) for r in own[:8]]
            named = [word for word in q.latin if any(word in text for _, text in near)]
            by = next((r for r, text in near if BUILT_BY.search(r.text)
                       and all(word in text for word in named)), None)
            if by is not None:
                return passage(self.kb, q, by, entity_name, intent)
        if intent in ("who", "list") and SIGNERS_ASKED.search(q.folded) and (
                not SIGNED_FOR.search(q.folded) or PARTY_ASKED.search(q.folded)):
            by = next((r for r in own[:8] if SIGNED_BY.search(r.text)), None)
            if by is not None:
                return passage(self.kb, q, by, entity_name, intent)
        text = fold(sentence.text)
        if q.bare and (stages := set(q.constraints.stages)) and (
                said := kinds_in(STAGES, text)) and not said & stages:
            # (PCT专利授权量: a sentence of the applications, 申请299件, says no grants)
            return not_found(self.kb, q.raw, q.intent, entity_name, own or rows, q)
        asked_in = f"{ranked_for} {text}"
        if q.foreign or (ev.weights and not any(all(ch in asked_in for ch in t)
                                                or said_otherwise(t, asked_in)
                                                for t in ev.weights)):
            # Nothing asked about is in it, not even in other words' order (会上 for 会议上),
            # or the question asks about something the document has no word for: Who
            # founded Zai Lab? What is its CEO's name? The document does not say.
            return not_found(self.kb, q.raw, q.intent, entity_name, own or rows, q)
        if HOW_TO.search(q.folded):
            # How do I apply for a talent flat? A yearbook records what was done, not how
            # to do it.
            return not_found(self.kb, q.raw, q.intent, entity_name, own or rows, q)
        if CITY_ASKED.search(q.folded) and not (PLACES.search(text) or PLACE_WORD.search(text)):
            # Which city is it in? A sentence naming no place does not say.
            return not_found(self.kb, q.raw, q.intent, entity_name, own or rows, q)
        held = _held(ev.weights, text)
        if ((intent == "who" and ROLE.search(q.folded)) or ROLE_NAMED.search(q.folded)) and (
                not ROLE_SAID.search(text)):
            # Who heads it? A sentence naming no one's role does not say.
            return not_found(self.kb, q.raw, q.intent, entity_name, own or rows, q)
        if not self._gives_the_name(q, sentence.text,
                                    self.kb.entry_subject.get(sentence.entry_id) or ""):
            # What is the incubator called? A sentence naming none of its kind does not say;
            # in English, another of the owner's that says as much asked and names a
            # document does (the lab's 《…安居实施办法》 after its sentence of 高端人才 hired).
            naming = [(_held(ev.weights, fold(r.text)), -i, r) for i, r in enumerate(own[:8])
                      if q.lang == "en" and r is not sentence and DOCUMENT_NAMED.search(r.text)
                      and self._gives_the_name(
                          q, r.text, self.kb.entry_subject.get(r.entry_id) or "")]
            best_naming = max(naming, key=lambda s: s[:2], default=None)
            # (a document's name asked: the best sentence naming none does not say, so one
            # naming one need not hold as much as it)
            if best_naming is None or best_naming[0] <= 0 or (
                    best_naming[0] < held and not EN_DOCUMENT_ASKED.search(q.folded)):
                return not_found(self.kb, q.raw, q.intent, entity_name, own or rows, q)
            sentence = best_naming[2]
            text = fold(sentence.text)
            held = _held(ev.weights, text)
        # (a photo's caption, when its credit is asked, need not say the event in the
        # asker's words: the signing ceremony, 签约仪式, of a caption saying 协议签署)
        share = W.CREDIT_SAID if credit and sentence.caption_id else W.WHO_SAID
        weights = ev.weights
        if PROGRAMME_ASKED.search(q.folded):
            # (哪个人才计划: the kind asked is the answer's to say, 姑苏领军人才项目, not the
            # sentence's words to hold)
            weights = {t: w for t, w in weights.items()
                       if not PROGRAMME_KINDS & set(t) and t not in PICKED}
            held = _held(weights, text)
        if intent == "who" and (not self._names_someone(
                q, sentence.text, self.kb.entry_subject.get(sentence.entry_id) or "")
                                or held < share * sum(weights.values())):
            # Who leads it? A sentence naming no one but the thing asked about says nothing.
            return not_found(self.kb, q.raw, q.intent, entity_name, own or rows, q)
        return passage(self.kb, q, sentence, entity_name, intent)

    def _counts_another(self, q: Question, figure: Figure) -> bool:
        """What is counted ends in words the document never writes (多少博士后, the document
        says 博士; 几项国家科学技术奖): a figure of other words counts something else. Tax
        asked (交了多少税) is no output value or funding: a sum its sentence calls no tax."""
        if TAX_ASKED.search(q.folded) and "税" not in fold(figure.sentence):
            return True
        if EMPLOYED_ASKED.search(q.folded) and not EMPLOYED_SAID.search(figure.sentence):
            return True  # (how many people work there: its 156 talents are not its staff)
        if self._measure_of_the_counted(q, figure):
            return True
        counted = COUNTED_NOUN.search(q.folded)
        asked = counted.group(1) if counted else ""
        if not counted and q.lang == "en" and EN_HOW_MANY.search(q.folded) and q.content.split():
            # (how many listed companies: the document's words for them end what is asked)
            asked = q.content.split()[-1]
        elif not counted and (people := PEOPLE_THEN_ASKED.search(q.folded)):
            asked = people.group(1)  # (从业人员总数为几何: the people, then the asking)
        kind = COUNTED_KIND.search(asked)
        if kind and kind.start() >= 2:
            # What the things counted are said to be (几家上市公司: listed ones), in words of
            # the document's of which the figure's sentence says none: 397 resident
            # companies are not listed ones. (科技型 shares 科技 with 科技创新型: near enough.)
            # (A qualifier the document never writes, 外资企业, as typed: it counts none.)
            # (Being there says nothing of which: 入驻企业 are any companies it has.)
            qualifier = PRESENCE.sub("", asked[:kind.start()])
            sentence = fold(figure.sentence)
            grams = [qualifier[i:i + 2] for i in range(len(qualifier) - 1)]
            known = self.stats.df(grams) if grams else {}
            if grams and not any(g in sentence for g in grams) and (
                    all(known.values()) or (not any(known.values()) and qualifier in q.content)):
                return True
        if not counted:
            return False
        word = counted.group(1)
        if word not in q.content:
            return False  # a word read as the document's (高企 → 高新技术企业)
        grams = [word[i:i + 2] for i in range(len(word) - 1)]
        known = self.stats.df(grams)
        sentence = fold(figure.sentence)
        if known[grams[-1]]:
            # It ends as a word of the document: a thing of that name, unless it is a place
            # or body the figure's sentence never names (多少家国家级孵化器: 国家级研发机构
            # 15家 counts no incubators).
            return bool(COUNTED_THING.search(word)) and grams[-1] not in sentence and (
                word[-3:] not in sentence)
        return word not in sentence

    def _measure_of_the_counted(self, q: Question, figure: Figure) -> bool:
        """A measure of the things a figure counts (入驻企业研发投入, their R&D spending) is
        not their count (入驻企业数量650余家): words of the document's after what it counts,
        which its sentence does not say."""
        if not COUNT_UNIT.fullmatch(figure.unit):
            return False
        counted = fold(figure.label)
        if figure.entity:  # (苏州国际科技园入驻企业数量: the owner's name is no part of it)
            counted = counted.replace(fold(figure.entity), "")
        counted = COUNT_WORDS.sub("", counted)
        if len(counted) < 2:
            return False
        for word in q.content.split():
            at = word.find(counted)
            rest = COUNT_WORDS.sub("", word[at + len(counted):].lstrip("的")) if at >= 0 else ""
            if MEASURE_OF_THEM.fullmatch(rest) and rest not in fold(figure.sentence) and all(
                    self.stats.df([rest[i:i + 2] for i in range(len(rest) - 1)]).values()):
                return True
        return False

    def _quantity_asked(self, q: Question) -> bool:
        """An English question names a quantity (its revenue, the investment), not as a
        word of a name the glossary gives as a term (grant plus investment: 拨投结合)."""
        if not EN_QUANTITY.search(q.folded) or AREA_AS_FIELD.search(q.folded):
            return False  # (what areas did the projects cover: fields, no quantity)
        glossary = english.glossary()
        text = q.folded
        for phrase in english.translate(q.raw, self.reader.corpus()).phrases:
            if phrase.source == "glossary" and " " in phrase.english and any(
                    (row := glossary.get(fold(zh))) is not None and row.kind == "term"
                    for zh in phrase.chinese):
                for word in phrase.english.lower().split():  # (its words, wherever they
                    text = regex(rf"\b{re.escape(word)}\b").sub(" ", text)  # stand apart)
        return bool(EN_QUANTITY.search(text))

    def _measures(self, q: Question, figure: Figure) -> bool:
        """The figure's own words say the quantity asked (what is the output value of X:
        产值), in one of the document's words for it."""
        asked = EN_MEASURE_ASKED.search(q.folded)
        if not asked:
            return True
        local = local_words(figure)
        if any(AREAS[kind].search(local) for kind in q.constraints.areas):
            return True  # the kind of area asked, in the document's words (land: 用地, 占地)
        if q.constraints.areas and any(code in local for code in q.constraints.codes):
            return True  # (C地块约20.3万平方米: the area of the plot asked, its kind unsaid)
        # The measure is the phrase's last word or two (total technology contract
        # turnover: turnover, contract turnover; output value: 产值), not its first ones.
        # (what output value did companies … make; the total investment they put in: a
        # clause of who did it after the measure)
        measure = EN_MEASURE_END.split(asked.group(1))[0]
        if figure.unit == "%" and EN_SHARE_MEASURE.search(measure):
            return True  # (what is the share in the city: a percentage, 占全市 or 比重)
        said = rx(r"[a-z]+").findall(measure) or rx(r"[a-z]+").findall(asked.group(1))
        if said and set(said) <= EN_GENERIC_MEASURES:
            # (the area of carriers nano city has built: the carriers' area, the words after
            # "of" up to the name of who did it)
            after = q.folded[asked.end():]
            for link in q.links:
                if link.end > link.start:
                    after = after.replace(q.folded[link.start:link.end], " ")
            after = EN_MEASURE_END.split(after)[0]
            said = rx(r"[a-z]+").findall(EN_PLACE_AFTER.split(after)[0]) or said
        words = [w for phrase in (" ".join(said[-1:]), " ".join(said[-2:]))
                 for w in english.translate(phrase).terms]
        return not words or any(w[i:i + 2] in local for w in words for i in range(len(w) - 1))

    def _written_as_said(self, q: Question, own: list[Row], ev: Evidence) -> list[Row]:
        """The best sentences, not among ``own``, writing a name the question gives in a form
        of its own word for word: a part or a typo of the name linked, or the name without
        its owner's (七期人工智能产业园 in the sentence about 苏州国际科技园)."""
        rows = [r for _, r in ev.scored[:30]]
        owned = {r.id for r in own}
        said = []
        for link in q.links:
            name = fold(link.name)
            if link.how == "fuzzy":
                typed = q.folded[link.start:link.end]
                # (the name's words as typed: 科技创新载体 of 建科技创新载体)
                same = SequenceMatcher(None, typed, name, autojunk=False).find_longest_match()
                if same.size >= WRITTEN_AS_SAID:
                    said.append(typed[same.a:same.a + same.size])
                continue
            for tail in (name[i:] for i in range(1, len(name) - TAIL_SAID + 1)):
                found = [r for r in self.store.search_sentences(
                    bigrams(tail), limit=TAIL_SENTENCES, require_all=True)
                         if tail in fold(r.text) and r.id not in owned]
                if found:
                    said.append(tail)
                    rows += found
                    break
        rows = list({r.id: r for r in rows if r.id not in owned}.values())
        return [r for r in rows if any(s in fold(r.text) for s in said)]

    def _gives_the_name(self, q: Question, text: str, subject: str = "") -> bool:
        """Asked what a thing is called (孵化器叫什么名字), whether the sentence gives a name:
        one of the kind asked, when it is a kind names end in, or a name in quotes; or its
        entry's, which the sentence opens by its kind alone (平台将…, 该联盟…) and the
        answer's source names."""
        asked = NAME_ASKED.search(q.folded)
        if asked is None and q.lang == "en" and EN_NAME_ASKED.search(q.folded):
            if EN_DOCUMENT_ASKED.search(q.folded):
                return bool(DOCUMENT_NAMED.search(text))
            # (the name of a thing of MIT's: one holding MIT's name, or one in quotes)
            # (or of what Harvard set up there: one holding Harvard's name)
            owners = [fold(link.name) for link in q.links
                      if link.name != self.kb.chapter_subject and (
                          _possessive(q, link) or EN_MADE_BY.match(q.folded, link.end))]
            return not owners or bool(QUOTED_NAME.search(text)) or any(
                owner in fold(m.name) and owner != fold(m.name)
                for m in extract.find_entities(text) for owner in owners)
        if asked is None:
            return True
        of = asked.group(1) or asked.group(2)
        kinds = list(extract.TYPE_WORD_RE.finditer(of))
        kind = kinds[-1].group(0) if kinds and kinds[-1].end() == len(of) else ""
        if not kind and (generic := GENERIC_KIND.search(of)):
            kind = generic.group(0)  # 科研机构叫什么: a name ending 机构, or one quoted
        if kind and _opened_by_kind(text, subject, kind):
            return True
        made = kind or (policy.group(0) if (policy := POLICY_KIND.search(of)) else "")
        if made and regex(rf"{ISSUED}[^，。；、“”《》]{{4,24}}{made}").search(text):
            return True  # (制定科技总部企业扎根发展奖励政策: a policy named by its making)
        linked = {eid for link in q.links for eid in link.entity_ids}
        if kind in ("公司", "企业", "机构", "") and _latin_party(q, text):
            return True  # (a party by its own Latin name: …网络公司PraxisAuril)
        generic = not kind or bool(GENERIC_KIND.fullmatch(kind))
        return bool(QUOTED_NAME.search(text) and generic) or any(
            # (a kind before the place qualifying it: 牛津大学高等研究院（苏州）; for 机构, 单位,
            # a body the question's own words lead to: 所依托的机构, 依托…保护中心)
            (QUALIFIER_AT_END.sub("", m.name).endswith(kind) or (
                kind and generic and m.type not in UNLIKE_A_BODY
                and any(t in text[max(0, m.start - 4):m.start] for t in q.terms)))
            and m.name != kind
            and m.name not in extract.GENERIC
            and self.kb.name_to_id.get(m.name) not in linked
            for m in extract.find_entities(text))

    def _names_someone(self, q: Question, text: str, subject: str = "") -> bool:
        asked = {link.name for link in q.links}
        if subject and subject not in asked and any(
                _opened_by_kind(fold(text), subject, m.group(0))
                for m in extract.TYPE_WORD_RE.finditer(q.folded)):
            return True  # (哪个平台…: 平台将… of its entry's 江苏省…运营平台)
        # (a name holding one asked is that one: 科创板首股苏州华兴源创…公司)
        held = {fold(name) for name in asked} | {q.folded[link.start:link.end]
                                                  for link in q.links if link.end > link.start}
        # (of the kind asked, when one is: 哪家公司 is answered by no board, 科创板)
        wanted = wanted_types(q)
        return any(m.name not in asked and self.kb.name_to_id.get(m.name) not in {
            eid for link in q.links for eid in link.entity_ids}
            and not any(name in fold(m.name) for name in held)
            and (not wanted or m.type in wanted or ("company" in wanted and "公司" in m.name))
            for m in extract.find_entities(text)) or _latin_party(q, text) or bool(
            # (parties listed in quotes: “政府、银行、创投、担保、保险”五方)
            QUOTED_LIST.search(text)) or bool(
            # (a photo's credit names who supplied it)
            PHOTO_WORDS.search(q.folded) and PHOTO_CREDIT.search(text)) or (
            # (which talent programme: one the sentence names, 姑苏领军人才项目)
            bool(PROGRAMME_ASKED.search(q.folded)) and any(
                m.group(0) not in q.folded for m in PROGRAMME_SAID.finditer(fold(text))))
