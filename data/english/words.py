"""English words: stop words, base forms, phone abbreviations, and the phrases a
CC-CEDICT sense can be asked with."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from data.lazyre import lazy_regex, rx

_LATIN = lazy_regex(r"[a-z]", re.I)
_WORD = lazy_regex(r"[a-z0-9]+(?:[&*][a-z0-9]+)*")
_PAREN = lazy_regex(r"\([^()]*\)")
_ACRONYM = lazy_regex(r"\(([A-Z][A-Z0-9&]+)\)")
_FILLER = lazy_regex(r"\b(?:sth|sb|etc|oneself|one's|lit\.|fig\.|esp\.|i\.e\.|e\.g\.)", re.I)
_POSSESSIVE = lazy_regex(r"['’]s\b")
# Senses that point elsewhere or name a surname carry no meaning to search by.
SKIP_SENSE = lazy_regex(
    r"^(?:CL:|variant of|old variant|archaic variant|euphemistic variant|erhua variant|"
    r"see |see also|surname |abbr\. for|also written|also pr\.|used in|Taiwan pr\.|"
    r"classifier for)", re.I)

STOP_WORDS = frozenset("""
a an the of in on at to for from by with about as into onto over under within without
and or but nor so than then that this these those there here it its it's they them their
is are was were be been being am do does did done doing have has had having get got gets
can could will would shall should may might must
what which who whom whose when where why how many much long often far
i me my we us our you your he him his she her one ones
any some all each every other another such same own more most less least very just only
also too not no yes up down out off again further once ever yet still
total number amount figure figures count percent percentage year years
please tell know say said give show happen happened happens happening
host hosts hosted house houses housed
already guys stuff lowkey highkey ngl tbh breakdown true yall
bro bruh chur sweet later similar supposed right correct accurate alright wait proper
""".split())
# "total" and "number" are dropped because questions wrap every figure in them ("the total
# number of …"); 总投资 still comes from "total investment", a glossary phrase kept whole.

_IRREGULAR = {
    # British spellings, to the American ones CC-CEDICT glosses with.
    "centre": "center", "centres": "center", "programme": "program",
    "programmes": "program", "organisation": "organization", "licence": "license",
    "built": "build", "began": "begin", "begun": "begin", "held": "hold", "won": "win",
    "got": "get", "gotten": "get", "made": "make", "led": "lead", "spent": "spend",
    "brought": "bring", "took": "take", "taken": "take", "went": "go", "gone": "go",
    "grew": "grow", "grown": "grow", "rose": "rise", "risen": "rise", "paid": "pay",
    "sold": "sell", "bought": "buy", "chose": "choose", "chosen": "choose",
    "signed": "sign", "broken": "break", "broke": "break", "became": "become",
    "came": "come", "gave": "give", "given": "give", "told": "tell", "saw": "see",
    "seen": "see", "kept": "keep", "stood": "stand", "fell": "fall", "fallen": "fall",
    "sent": "send", "children": "child",
    "women": "woman", "men": "man",
}


def english_words(text: str) -> list[str]:
    text = _POSSESSIVE.sub("", text.lower())
    return _WORD.findall(text.replace("-", " "))


# British spellings (realise, organisation, analyse, labour): the American the glosses use.
_BRITISH = lazy_regex(r"(?<=[a-z]{2})(?:is(?=(?:e|ed|es|ing|ation|ations|er|ers)$)|"
                      r"ys(?=(?:e|ed|es|ing)$)|our(?=(?:|s|ed|ing)$))")
_AMERICAN = {"is": "iz", "ys": "yz", "our": "or"}


def lemma(word: str, vocabulary: frozenset[str]) -> str:
    """Plural and past forms to a base form the index knows (rules, checked against it)."""
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if word not in vocabulary and (british := _BRITISH.search(word)):
        american = word[:british.start()] + _AMERICAN[british.group(0)] + word[british.end():]
        found = lemma(american, vocabulary)
        if found in vocabulary:
            return found
    candidates: list[str] = []
    if word.endswith(("ies", "ied")) and len(word) > 4:
        candidates.append(word[:-3] + "y")
    if word.endswith("es") and len(word) > 3:
        candidates += [word[:-1], word[:-2]]
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        candidates.append(word[:-1])
    if word.endswith("ed") and len(word) > 4:
        candidates += [word[:-1], word[:-2]]
        if word[-3] == word[-4]:
            candidates.append(word[:-3])  # planned → plan
    if word.endswith("ing") and len(word) > 5:
        candidates += [word[:-3], word[:-3] + "e"]
        if word[-4] == word[-5]:
            candidates.append(word[:-4])  # setting → set
    for candidate in candidates:
        if candidate in vocabulary:
            # (listings → listing → list: the base form of a base form, as the index
            # lemmatised its own phrases)
            return lemma(candidate, vocabulary)
    kin = _kin(word, vocabulary)
    # (integration → integrated → integrate: the kin's own base form, as above)
    return lemma(kin, vocabulary) if kin else word


MIN_STEM = 6  # letters two forms of one word share at least (molecul-ar / -e)


def _kin(word: str, vocabulary: frozenset[str]) -> str | None:
    """Another form of the word the index knows (molecular → molecule, diagnostics →
    diagnosis, centre → center): the longest shared beginning, most of the shorter word."""
    if word in vocabulary:
        return None
    return other_form(word, vocabulary)


def other_form(word: str, vocabulary: frozenset[str]) -> str | None:
    """The known word, other than ``word`` itself, that shares the longest beginning
    with it (at least ``MIN_STEM`` letters, most of the shorter word)."""
    if len(word) < MIN_STEM + 1:
        return None
    found: list[tuple[int, int, str]] = []
    for known in _by_beginning(vocabulary).get(word[:4], ()):
        if known == word:
            continue
        shared = next((i for i, (a, b) in enumerate(zip(word, known, strict=False))
                       if a != b), min(len(word), len(known)))
        if shared >= MIN_STEM and shared >= 0.75 * min(len(word), len(known)):
            found.append((shared, -abs(len(known) - len(word)), known))
    # The longest shared beginning, then the closest length, then the word itself: the
    # same choice whatever order the vocabulary iterates in.
    return max(found)[2] if found else None


@lru_cache(maxsize=4)
def _by_beginning(vocabulary: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """The vocabulary's single words by their first four letters: other_form looks at the
    few sharing a word's beginning, not at a whole shelf's words."""
    out: dict[str, list[str]] = {}
    for known in vocabulary:
        if " " not in known:
            out.setdefault(known[:4], []).append(known)
    return {head: tuple(words) for head, words in out.items()}


def gloss_phrases(sense: str) -> list[str]:
    """The English phrases one CC-CEDICT sense can be asked with."""
    out: list[str] = []
    for part in sense.split(";"):
        part = part.strip()
        if not part or SKIP_SENSE.match(part):
            continue
        out += [m.lower() for m in _ACRONYM.findall(part)]  # (GDP), (IPO)
        part = _FILLER.sub(" ", _PAREN.sub(" ", part))
        part = rx(r"^\s*(?:to be |to |a |an |the )", re.I).sub("", part.strip())
        if part.strip():
            out.append(part.strip())
    return out



FOREIGN_WORDS_FILE = Path(__file__).parent.parent / "foreign_words.tsv"
OPENING_MARK = "^"


class ForeignWordsError(ValueError):
    """A line of the foreign words file that cannot be read."""


def foreign_words(path: Path) -> dict[str, str]:
    """The file's words and what each is in English ("" for one that asks nothing); a
    word read only as a question's first (``^kan``) keeps its mark."""
    words: dict[str, str] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        word, _, english = line.partition("\t")
        if word != word.strip() or not word or word in words:
            raise ForeignWordsError(f"{path.name}:{number}: {line!r}")
        words[word] = english.strip()
    return words


# Abbreviations typed on phones, written out before names are looked for (suzhou intl
# science park is the Suzhou International Science Park).
ABBREVIATIONS = {"intl": "international", "int'l": "international", "govt": "government",
                 "dept": "department", "univ": "university", "uni": "university",
                 "unis": "universities", "yon": "that", "aussie": "australian",
                 # (Norfolk's dew: do)
                 "dew": "do",
                 "org": "organization", "orgs": "organizations", "dx": "diagnostics",
                 "gen": "generation",
                 "natl": "national", "sci": "science", "tech": "technology",
                 "s&t": "science and technology", "sci-tech": "science and technology",
                 "hi-tech": "high-tech", "hitech": "high-tech", "biomed": "biomedical",
                 "mgmt": "management", "assoc": "association", "inst": "institute",
                 "ctr": "center", "co": "company", "cos": "companies", "corp": "corporation",
                 # (market shorthand: a listed company)
                 "listco": "listed company", "listcos": "listed companies",
                 "mou": "memorandum of understanding", "mous": "memoranda of understanding",
                 "gba": "greater bay area", "hk": "hong kong",
                 # (when'd, where'd: folding drops the apostrophe)
                 "whend": "when did", "whered": "where did", "howd": "how did",
                 "whatd": "what did", "whod": "who did",
                 # (what'll, who'll: will)
                 # ('ow many, typed with its h dropped: folding drops the apostrophe)
                 "ow many": "how many", "ow much": "how much",
                 "whatll": "what will", "wholl": "who will", "whenll": "when will",
                 "wherell": "where will", "howll": "how will",
                 "manyd": "many did", "muchd": "much did",
                 # (typed as texted: wat meeting did SIP n A*STAR sign)
                 "wat": "what", "wht": "what", "wen": "when", "whr": "where", "n": "and",
                 "ppl": "people", "abt": "about", "pls": "please", "plz": "please",
                 "folk": "people", "folks": "people",
                 "wot": "what", "rn": "", "wich": "which", "thru": "through",
                 # (cash, dosh: money)
                 "cash": "money", "dosh": "money",
                 "thx": "thanks", "whats": "what is", "hows": "how is", "wheres": "where is",
                 # (spoken forms typed: what's SIP gonna help them build)
                 "gonna": "going to", "wanna": "want to", "gotta": "have to",
                 "kinda": "kind of", "sorta": "sort of", "sorts of": "kinds of",
                 # (what sort of companies: a kind; what sort of output value asks how much)
                 "sort of companies": "kind of companies", "sort of firms": "kind of firms",
                 "sort of startups": "kind of startups", "lemme": "let me",
                 "gimme": "give me", "em": "them", "fixin": "going",
                 "cttee": "committee", "cmte": "committee", "mtg": "meeting", "yr": "year",
                 "yrs": "years", "approx": "approximately", "mln": "million", "bln": "billion",
                 # (a quantity of things is their number, which a count is checked by)
                 "qty": "number", "qtys": "numbers", "quantity of": "number of",
                 "quantities of": "numbers of",
                 # (which number meeting: which one, its ordinal)
                 "which number": "which",
                 # (a business desk's shorthand: STAR mkt M&A, tech HQ, mfg)
                 "mkt": "market", "mkts": "markets", "m&a": "merger and acquisition",
                 "hq": "headquarters", "hqs": "headquarters", "mfg": "manufacturing",
                 "biz": "business", "bn": "billion", "med": "medical",
                 # (device makers: the companies that make them)
                 "makers": "companies", "maker": "company",
                 # (its gear, its kit: what a company makes)
                 "gear": "products", "kit": "products",
                 # (a co-op agreement: a cooperation one; an outfit: an organisation)
                 "co-op": "cooperation", "coop": "cooperation", "outfit": "organization",
                 # (outfits, said of the park's: its companies; research outfits: bodies)
                 "outfits": "companies", "research outfits": "research bodies",
                 "r&d outfits": "r&d institutions",
                 # (money from the higher-ups: from a higher level, 上级)
                 "higher-ups": "higher levels", "higher-up": "higher level",
                 # (put out a list: published it; got fired up: was launched)
                 "put out": "published", "puts out": "publishes", "get fired up": "launched",
                 "got fired up": "launched", "fired up": "launched",
                 "collab": "collaboration", "collabs": "collaborations",
                 # (Australian: racked up, heaps more: got, many more)
                 "racked up": "got", "heaps more": "more",
                 # (talents brought in and grown: introduced and cultivated, no growth)
                 "brought in and grown": "introduced and cultivated",
                 "bring in and grow": "introduce and cultivate",
                 # (a chunk of GDP: a share; a strategic tie-up: cooperation)
                 "a chunk of": "a share of", "chunk of": "share of", "tie-up": "cooperation",
                 "tie-ups": "cooperation",
                 # (dual-innovation talents: the province's Double Innovation programme's)
                 "dual-innovation": "double innovation",
                 # (what firms knocked out, churned out: produced)
                 **{f"{verb} out": "produce" for verb in ("knock", "churn", "crank", "pump")},
                 **{f"{verb} out": "produced" for verb in ("knocked", "churned", "cranked",
                                                           "pumped")},
                 "heaps": "many", "gday": "",
                 # (Bristol's ark at ee, hark at he: an exclamation, nothing asked)
                 "ark at ee": "", "hark at he": "", "ark at he": "",
                 # (registration certs: certificates; y'all and wut, as typed)
                 "certs": "certificates", "cert": "certificate", "wut": "what",
                 # (a project manager's timeline: when, 启用 timeline)
                 "timeline": "when",
                 # (months as typed short: in Dec, Sept 2020; not jun or mar, pinyin's and
                 # Spanish's own words)
                 "jan": "january", "feb": "february", "apr": "april", "jul": "july",
                 "aug": "august", "sep": "september", "sept": "september", "oct": "october",
                 "nov": "november", "dec": "december"}
# Words of other languages typed among English ones, in English (wann, cuántas empresas):
# a data file, one language a paragraph, kept like terms.tsv.
_FOREIGN = foreign_words(FOREIGN_WORDS_FILE)
ABBREVIATIONS |= {word: english for word, english in _FOREIGN.items()
                  if not word.startswith(OPENING_MARK)}
# Question words that are pinyin or a name too (Mauritian Creole's kan, Setswana's leng):
# read only as the first word of a question whose other words are English (kan was the
# lab opened), never in pinyin (kan nami cheng), where they stand as a name, or as an
# interjection before a comma (Eh, how many…).
OPENINGS = {word[len(OPENING_MARK):]: english for word, english in _FOREIGN.items()
            if word.startswith(OPENING_MARK)}
# (or the first word of the question after a sentence before it: Thanks for the last one.
# Lili did…; not after a question's mark, where it says the question again, nor after a
# comma, where a part's words run on)
_OPENING_WORDS = "|".join(map(re.escape, sorted(OPENINGS, key=len, reverse=True)))
_OPENING = lazy_regex(r"(?:^|(?<=[.!] ))[\s,.!]*(" + _OPENING_WORDS + r")(?=\s+[a-z])"
                      r"(?=.*\b(?:is|was|are|were|did|does|do|has|have|the|many|much)\b)")
# (or the last word before the question's mark, after English words, when it is no English
# word itself and the question has no other question word: Zai Lab listed in Hong Kong
# leng?; not win, fin or sing, English's own, nor Hindi's pe after a name, HKEX pe?, in a
# question that asks with which or when)
_CLOSING = lazy_regex(r"(?<=[a-z] )(" + _OPENING_WORDS + r")(?=\s*\?)")
_ENGLISH_BEFORE = lazy_regex(r"\b(?:is|was|are|were|did|does|do|has|have|the|in|on|of|at|"
                             r"listed|opened|set up)\b")
_ASKED_IN_ENGLISH = lazy_regex(r"\b(?:how|what|which|when|where|who|whom|whose)\b")
# (ASCII words: an abbreviation typed against Chinese characters, 签那个mou, is one too)
# (longest first: når before n, a word of its own)
# (a letter with an accent is a letter too: the n of según is no "and")
_ABBREVIATION = lazy_regex(r"(?<![\w\u00c0-\u024f\u1e00-\u1eff-])(" + "|".join(map(
    re.escape, sorted(ABBREVIATIONS, key=len, reverse=True))) +
                           r")\.?(?![\w\u00c0-\u024f\u1e00-\u1eff-])", re.ASCII)


# Tagalog's courtesy po (kailan po, ano po ang…): nothing asked; not the po of xin jia po
# (新加坡) typed in pinyin.
_TAGALOG_PO = lazy_regex(r"(?<!\bjia )(?<![\w-])po(?![\w-])")
# A city's exchange where shares are listed (listed on the Shanghai exchange): its stock
# exchange; not an exchange meeting or event held there.
_CITY_EXCHANGE = lazy_regex(r"\b(shanghai|hong kong) exchange\b(?!\s+(?:meeting|conference|"
                            r"event|session|forum|activit|visit|programme|program))")
# A number in thousands typed with k (like 15k people): in digits.
_THOUSANDS = lazy_regex(r"\b(\d{1,3})k\b")
# Hindi's pe after a noun (HKEX pe listed, diseases pe focus): on; Sranan's pe (where) opens
# a question.
_HINDI_PE = lazy_regex(r"(?<=[^\W\d_]|[)）])\s+pe(?![\w-])")

# Jamaican Patois' wah (what) before the words it asks with (wah kinda fund, wah di park
# gwine build); not Singlish's exclamation wah, before a comma or its own words (wah so
# many, wah lao).
_PATOIS_WAH = lazy_regex(r"(?<![\w-])wah(?=\s+(?!(?:so|lao|liao|lau|really|sia|seh|shiok|"
                         r"very|damn|eh|leh|lah)\b)[a-z])")


# Whom the asker addresses (…, butt?; Alright la, …; Ar bab, …; …knock out boss?; my ansum),
# who the asker asks for (…, our kid's asking), an oath (on everything), texting's closing
# tho and doe (though), innit and or nah (or not): nothing asked.
# After a comma or opening the question; the few never a document's word also bare before
# its end (the boss of X is asked).
_ADDRESSED = lazy_regex(
    r"(?:^|,)\s*(?:(?:alright|hiya|howdy|hey|oi|ey up|eh up|howay|ar)\s+)?(?:butt|boss|la|lad|"
    r"innit|or nah|"
    r"lads|our kid|mate|pal|partner|buddy|bud|chief|fam|bruv|love|hun|dude|son|pet|brah|"
    r"like|bab|hon|guv|guvnor|me old china|ar|kid|my ansum|me ansum|my lover|me duck|duck|"
    r"on everything|on god|on my mama|for the record|och|och aye|marra|marrer|cock|cocker|chuck|"
    r"handsome|my handsome|me handsome|by|me son|ole partner|old partner|ole boy|old boy|buoy)"
    r"\s*(?=[,!?.]|$)|"
    r"(?<=[a-z])\s+(?:butt|la|our kid|bruv|fam|pet|brah|tho|doe|innit|or nah|sham)(?=\s*[!?.]*$)|"
    # (yeah nah opening it, as New Zealand and Australia type: a filler)
    r"^(?:yeah nah|nah yeah)(?=\s)|"
    # (…called again?: asking to be reminded, nothing more)
    r"(?<=[a-z])\s+again(?=\s*[!?.]*$)|"
    # (…for me hon, what's the total; …list bab?; …about then duck, …: Birmingham's,
    # Baltimore's, London's and the Potteries' words for the one asked, never a document's)
    r"(?<=[a-z])\s+(?:bab|hon|guv|guvnor|me old china|(?:me |mi )?duck)(?=\s*[,!?.]|\s*$)|"
    # (…how many each drive?; cheers drive: Swindon's word for whoever is asked, at the end)
    r"(?:(?<=each)|(?<=then)|(?<=cheers)|(?<=thanks)|(?<=please))\s+drive(?=\s*[!?.]*$)|"
    r"(?<=[a-z])\s+boss(?=\s*[!?.]*$)(?<!the boss)(?<!a boss)(?<!their boss)(?<!its boss)|"
    r",\s*(?:(?:my|our) [a-z]+|[a-z]+)(?:'s| is) asking(?=\s*[!?.]*$)|"
    # (…greater bay area, like who set it up: a filler before the question word)
    r"(?<=,)\s*like(?=\s+(?:who|what|when|where|which|how)\b)")


# Jamaican Patois' di, Chicago's and Brooklyn's da and the Caribbean's de (the) after an
# English word that a noun follows (how much space di park…, at di meeting, in da park,
# where de park rank, Shetland's o da park); pinyin's di (第, 地), da (大, 达) and de (的)
# stand among other syllables.
_PATOIS_DI = lazy_regex(r"\b((?:in|at|for|from|on|pon|inna|with|about|bout|is|are|was|"
                        r"were|did|does|do|have|has|wah|weh|what|how|much|many|space|all|"
                        r"fi|and|by|to|where|when|fuh|big|of|o|into|than|wi|fae|frae|tae) )"
                        r"d[iae](?= [a-z]{3,})")
# What kind of place it is in (in what park, at what meeting): which one.
# Scots' o (of) before an article (the output value o the park).
_SCOTS_O = lazy_regex(r"\bo (?=(?:the|a|an|da|di|de) )")
_IN_WHAT = lazy_regex(r"\b(in|at|on|from|of) what (?=(?:park|district|city|province|country|zone|"
                      r"campus|building|plot|batch|session|meeting|round|exchange|board)s?\b)")
# … and asked before a verb (what park is it in, what district was it set up in): which.
_WHAT_PLACE_KIND = lazy_regex(r"\bwhat (?=(?:park|district|city|province|country|zone|campus|"
                              r"building|plot|exchange|board)s? (?:is|are|was|were|did|does|do|"
                              r"has|have)\b)")
# … and what institution, named or described (what IP protection centre does the park lean
# on, what college did it set up): which one, a name; not a share, number or kind of them
# (nor a company: what company did it register asks for a sentence, the name in it).
_WHAT_BODY = lazy_regex(r"\bwhat (?=(?:(?!(?:of|share|percent|percentage|proportion|number|"
                        r"kind|type|sort|amount|part|size|level|grade|rank|o)\b)[\w*'-]+ ){0,3}?"
                        r"(?:centre|center|college|institute|lab|laboratory|university|alliance|"
                        r"academy) (?:is|was|did|"
                        r"does|has|became)\b)")
# What people call a thing (what do they call phases one to four): its name.
_WHAT_THEY_CALL = lazy_regex(r"\bwhat (?:do|did|does) (?:they|people|you|we|ye|yous|folk|folks|"
                             r"locals|everyone|everybody|the park) call\b"
                             r"(?! (?:it|that|this|them)\b)")
_WHAT_SIZE = lazy_regex(r"\bwhat size\b")
# What is the only one (what's the only innovative biologics firm in Jiangsu …): which one.
_WHAT_THE_ONLY = lazy_regex(r"\bwhat(?: is| was)? the (?=(?:only|sole)\b)")
# (what company in the park is the only …: which company)
_WHAT_IS_THE_ONLY = lazy_regex(r"\bwhat (?=(?:[\w-]+ ){1,4}?(?:is|was) the (?:only|sole)\b)")
# A question cleft (which meeting was it where they signed …, what year was it that …): the
# question it frames (which meeting they signed …).
_CLEFT = lazy_regex(r"\b((?:which|what) (?:[\w*'-]+ ){0,2}?[\w*'-]+) (?:was|is) it "
                    r"(?:where|when|that|at which|in which) ")
# What sort of fields or products (what sort of applications are they going after): which
# ones, the document naming them; not a sort of company, whose kind is the answer.
_WHAT_SORT_OF = lazy_regex(r"\bwhat (?:sort|kind|type)s? of (?=(?:applications|fields|areas|"
                           r"sectors|industries|technologies|products|directions|platforms|"
                           r"services)\b)")
# What number asked of a meeting or batch (…meeting, what number?; what number meeting): which
# one, its ordinal; not a count (what number of firms; patents per 10,000 people, what number).
_WHAT_NUMBER = lazy_regex(r"\bwhat number\b(?! of\b)")
# The only one in Jiangsu (the only innovative biopharma in Jiangsu): the document's 省内, in
# the province, not a name of Jiangsu's.
_ONLY_IN_JIANGSU = lazy_regex(r"(\bonly\b.*?)\bin jiangsu(?: province)?\b")
_ORDINAL_COUNTED = lazy_regex(r"\b(?:meeting|meetin|batch|session|round|edition)s?\b")
# How much a thing cost (how much did the science park cost): what was invested in it; not a
# price asked of each (does a m2 cost per month).
_HOW_MUCH_COST = lazy_regex(r"\bhow much (?:did|does|do|will|would|has|had) (.{2,60}?) cost"
                            r"(?: to build)?\b(?!\s+(?:per|a|an|each|to rent)\b)")
# The total money asked as a thing (what's the total money going into the lab): how much.
_WHAT_MONEY = lazy_regex(r"\bwhat(?: is|s)? the (?:total )?(?:money|amount of money|cash|"
                         r"funding)\b")
# Total said after what is counted was done or had, as an adverb (how many firms listed total,
# how many they got total?): the running total, no sum of parts; not a noun's total (the
# investment total).
_TOTAL_AFTER_VERB = lazy_regex(r"\b((?:[a-z]{2,}ed|got|get|have|has|had|are|were|there) )total"
                               r"(?=\s*(?:[,?!.;]|$))")
# The Caribbean's and Scots' an (and) before what it joins asks again (…got an how many…,
# phase 1-4 an phase 7): never English's article there.
_AN_AND = lazy_regex(r"\ban (?=(?:how|what|which|when|where|who|whit|wuh|the|de|di|da)\b|"
                     r"(?:phase|zone|plot) \d)")


# "The whole park", "the entire SIP", "all of SIP": the park as a whole, which is what "the
# park" names already (whole alone reads as 全年, the whole year).
_WHOLE = lazy_regex(r"\b(?:(?:the )?(?:whole|entire) (?:of (?:the )?)?|all of (?:the )?)"
                    r"(?=(?:park|sip|suzhou industrial park)\b)")


# Things named by their kind after them (enterprises of the science-and-technology innovative
# type, a second language's order): said in the order the names and the glossary read.
_OF_THE_KIND = lazy_regex(r"\b([a-z]+s) of (?:the |a |an )?((?:[a-z-]+ ){1,3}?)(?:type|kind|"
                          r"sort|category)\b")


# A generation by its ordinal (3rd-gen, third gen) and a count by its sign (# of): written out.
_GENERATION = lazy_regex(r"\b(1st|2nd|3rd|4th|first|second|third|fourth)[- ]gen(?:eration)?\b\.?")
_ORDINAL_WORDS = {"1st": "first", "2nd": "second", "3rd": "third", "4th": "fourth"}
_NUMBER_SIGN = lazy_regex(r"(?<![\w#])#\s*(?=of\b)")
# A phase by its number word (phase five, phases one to four): in digits, as the phases'
# readers take it.
_PHASE_NUMBER = lazy_regex(r"(\bphases?\s+|(?<=\d)\s*(?:to|-|through|thru)\s+(?:phase\s+)?)"
                           r"(one|two|three|four|five|six|seven|eight|nine|ten)\b")
# A park's stage by its number (stage 7, stages 1-4, the 5th stage): its phase, as the
# document numbers a park's phases (七期).
_STAGE_NUMBERED = lazy_regex(r"\bstage(s?)(?=\s+(?:\d+|[ivx]+|one|two|three|four|five|six|seven|"
                             r"eight|nine|ten)\b)|(?<=\d(?:st|nd|rd|th) )stage\b")
# A number of years by its word (ten years, over three years): in digits.
# (not a name's: the Three-Year Action Plan)
_YEARS_IN_WORDS = lazy_regex(r"\b(two|three|four|five|six|seven|eight|nine|ten)"
                             r"(?= years\b| year\b(?![ -](?:action|plan|program)))")
_NUMBER_WORDS = {w: str(i) for i, w in enumerate(
    ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"), 1)}


# The park said without its article (how many companies in park): the park, as "the park"
# names it; not a kind of park (biomed park).
_BARE_PARK = lazy_regex(r"\b(in|at|within|inside|across|around) park\b")
# The park's companies, "park" said before them (which Park company passed…): SIP's.
_PARK_COMPANY = lazy_regex(r"\b(which|what|how many|the|any|a|some|all) park(?= (?:companies|"
                           r"company|firms?|enterprises?|start-?ups?)\b)")


# "The industrial park" with no name before it: the park (Suzhou Industrial Park), no
# industrial park of a trade (the biomedicine industrial park).
_THE_INDUSTRIAL_PARK = lazy_regex(r"\bthe industrial park\b")


# "This company" after its name (Liulian Technology - what did this company get): the
# company named, no kind of company asked for.
_THIS_COMPANY = lazy_regex(r"\b(?:this|that) (?:company|firm|enterprise)\b")


# Hawaiian Pidgin's wen before a verb marks the past (Lusheng wen get what honor): no
# "when" when another word asks.
_PIDGIN_WEN = lazy_regex(r"\bwen (?!(?:did|does|do|is|was|are|were|will|has|had|have|can|"
                         r"could|would|should|exactly|precisely|the|da|it|they)\b)"
                         r"(?=[a-z]{2,}(?:[\s,.?!]|$))")
_ASKS_OTHERWISE = lazy_regex(r"\b(?:what|how|which|who|whom|where|why)\b")
# Wen asking where a thing is located (wen exactly is Nano City located: Lebanese Arabic's
# and Cantonese's where, texting's when): where, as no date is asked of a location.
_WEN_LOCATED = lazy_regex(r"\bwen(?= (?:exactly |precisely )?(?:is|are)\b[^?]{0,60}?"
                          r"\b(?:located|situated|based)\b)")


# "How much" said of things counted, a word or two of their kind between (how much logistics
# company): how many.
_HOW_MUCH_COUNTED = lazy_regex(r"\bhow much (?=(?:(?!(?:did|do|does|have|has|had|are|is|were|was|"
                               r"will|can) )[a-z-]+ ){0,2}(?:companies|company|firms?|"
                               r"enterprises?)\b)")
# … and "how many" before what is measured, not counted (chand money: how many money, a
# second language's word for both): how much.
_HOW_MANY_MEASURED = lazy_regex(r"\bhow many (?=(?:money|cash|dosh|funding|capital|investment|"
                                r"space|floor space|land)\b)")
# … and "how many" an article after it, before things counted, as another language's
# how many is typed before an English noun (gurano po the companies): how many companies.
_HOW_MANY_THE = lazy_regex(r"\bhow many\s+(?:the|da|di|de) (?=[a-z]+s\b)")
# … and companies counted before "are listed" (how many tech companies from the park are
# listed): the listed ones, as the document names them (科技上市企业, listed tech companies).
# (are listed, a standing; not got listed in 2020, a deed; not listed total, a running total
# read below; not when the next asks of them)
_HOW_MANY_LISTED = lazy_regex(r"\bhow many ((?:[a-z-]+ ){0,2}(?:companies|firms|enterprises))"
                              r"((?: (?:from|of|in) (?:the park|sip))?) (?:are|were|am|is|"
                              r"have been|has been|r) (?:listed|public)\b"
                              r"(?!\s+(?:total|in total|all told|altogether)\b)"
                              r"(?!.*\bof (?:those|them|these|which|em)\b)")


# A Latin word typed with accents the table's word lacks (Greek's póte, poú: pote, pou).
_LATIN_LETTERS = r"a-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff"
_ACCENTED = lazy_regex(rf"[{_LATIN_LETTERS}]*[\u00c0-\u024f\u1e00-\u1eff][{_LATIN_LETTERS}]*")


def _unaccented(word: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFD", word)
                   if not unicodedata.combining(ch))


# (a word the table writes with its accents, alone or in a phrase, is kept as typed: ngày of
# ngày nào, cuánto of cuánto dinero)
_TABLE_WORDS = frozenset(w for key in ABBREVIATIONS for w in key.split())


def _as_in_the_table(m: re.Match[str]) -> str:
    word = m.group(0)
    plain = _unaccented(word)
    # (a word of a phrase of the table too: bīn of bin douh)
    return plain if word not in _TABLE_WORDS and (
        plain in ABBREVIATIONS or plain in _TABLE_WORDS) else word


# A question word standing alone between commas after the question's own (which zone, iki,
# did…): said again, as an aside, asking nothing more.
_WH_ASIDE = lazy_regex(r",\s*(?:what|which|how many|how much|when|where|who)\s*,")
_WH_BEFORE = lazy_regex(r"\b(?:what|which|how|when|where|who)\b")


# The things counted said before "how many", as other languages order it (researchers angahe
# work at…): how many of them.
_COUNTED_BEFORE = lazy_regex(r"(^)((?:(?!(?:is|was|has|does|its|this|thus|as|us|yes)\b)[a-z-]+"
                             r" ){0,2}(?!(?:is|was|has|does|its|this|thus|as|us|yes)\b)[a-z-]+s)"
                             r" how many\b")


def _english_word(word: str) -> bool:
    from data.english.dictionary import english_word  # (the dictionary imports this module)

    return english_word(word)


def _without_asked_again(folded: str) -> str:
    m = _WH_ASIDE.search(folded)
    if m is None or not _WH_BEFORE.search(folded, 0, m.start()):
        return folded
    return folded[:m.start()] + "," + folded[m.end():]


def _expanded(folded: str) -> str:
    # (the words of other languages first: ne zaman is Turkish's when before ne is what)
    if not folded.isascii():
        folded = _ACCENTED.sub(_as_in_the_table, folded)
    typed = folded
    folded = _ABBREVIATION.sub(lambda m: ABBREVIATIONS[m.group(1)], folded)
    folded = _OPENING.sub(lambda m: OPENINGS[m.group(1)], folded, count=1)
    if "?" in folded and (closing := _CLOSING.search(folded)) and _ENGLISH_BEFORE.search(
            folded, 0, closing.start()) and not _ASKED_IN_ENGLISH.search(folded) and not (
            _english_word(closing.group(1))):
        folded = (folded[:closing.start()] + OPENINGS[closing.group(1)]
                  + folded[closing.end():])
    if " how many" in folded and "how many" not in typed:
        # (only another language's word for it: "lads how many…" is English's own order)
        folded = _COUNTED_BEFORE.sub(r"\1how many \2", folded)
    return _without_asked_again(folded) if "," in folded else folded


# The unit an answer is wanted in, said as a clause after the question (…, square metres
# like?; …, in yuan?): the question's own unit, no clause of its own.
_UNIT_SAID_AFTER = lazy_regex(r",\s*(?:in\s+)?(square met(?:re|er)s?|sq\.? ?m|m2|yuan|rmb)"
                              r"(?:\s+(?:like|please|pls|then|mate))?(?=\s*[?.!]*\s*$)")


def expand_abbreviations(folded: str) -> str:
    """``folded`` with the phone abbreviations above written out (and the park as a whole
    said as "the park"; things of a kind said as that kind of things)."""
    if "wen " in folded:
        folded = _WEN_LOCATED.sub("where", folded)
    if "wen " in folded and _ASKS_OTHERWISE.search(_expanded(
            without := _PIDGIN_WEN.sub("", folded))):
        folded = without
    if "," in folded:
        folded = _UNIT_SAID_AFTER.sub(r" in \1", folded)
    folded = _WHOLE.sub("the ", _expanded(_ADDRESSED.sub("", folded)))
    if "how much " in folded:
        folded = _HOW_MUCH_COUNTED.sub("how many ", folded)
    if "how many " in folded:
        folded = _HOW_MANY_MEASURED.sub("how much ", folded)
    if "po" in folded:
        folded = _TAGALOG_PO.sub("", folded)
    if "jiangsu" in folded and "only" in folded:
        folded = _ONLY_IN_JIANGSU.sub(r"\1in the province", folded)
    if " cost" in folded:
        folded = _HOW_MUCH_COST.sub(r"how much was invested in \1", folded)
    if "what" in folded and " the " in folded:
        folded = _WHAT_MONEY.sub("how much money", folded)
    if "how many " in folded:
        folded = _HOW_MANY_THE.sub("how many ", folded)
        folded = _HOW_MANY_LISTED.sub(r"how many listed \1\2", folded)
    if " pe" in folded:
        folded = _HINDI_PE.sub(" on", folded)
    if "wah " in folded:
        folded = _PATOIS_WAH.sub("what", folded)
    if "di " in folded or "da " in folded or "de " in folded:
        folded = _PATOIS_DI.sub(r"\1the", folded)
    if "o " in folded:
        folded = _SCOTS_O.sub("of ", folded)
    if "an " in folded:
        folded = _AN_AND.sub("and ", folded)
    if " total" in folded:
        folded = _TOTAL_AFTER_VERB.sub(r"\1cumulatively", folded)
    if "what " in folded:
        # (in what park: which; what size, as a dialect's whit size too: how big)
        folded = _WHAT_SIZE.sub("how big", _WHAT_PLACE_KIND.sub(
            "which ", _IN_WHAT.sub(r"\1 which ", folded)))
        folded = _WHAT_BODY.sub("which ", _WHAT_SORT_OF.sub("which ", folded))
        if " only" in folded or " sole" in folded:
            folded = _WHAT_IS_THE_ONLY.sub("which ", _WHAT_THE_ONLY.sub("which is the ", folded))
    if " it " in folded:
        folded = _CLEFT.sub(r"\1 ", folded)
    if "what " in folded:
        if " call" in folded:
            folded = _WHAT_THEY_CALL.sub("what is the name of", folded)
        if "number" in folded and _ORDINAL_COUNTED.search(folded):
            folded = _WHAT_NUMBER.sub("which", folded)
    if " exchange" in folded:
        folded = _CITY_EXCHANGE.sub(r"\1 stock exchange", folded)
    if "k" in folded:
        folded = _THOUSANDS.sub(r"\g<1>000", folded)
    if " park" in folded:
        folded = _BARE_PARK.sub(r"\1 the park", _THE_INDUSTRIAL_PARK.sub("the park", folded))
        folded = _PARK_COMPANY.sub(r"\1 sip", folded)
    if "this " in folded or "that " in folded:
        folded = _THIS_COMPANY.sub("it", folded)
    if "gen" in folded:
        folded = _GENERATION.sub(lambda m: _ORDINAL_WORDS.get(m.group(1), m.group(1))
                                 + "-generation", folded)
    if "#" in folded:
        folded = _NUMBER_SIGN.sub("number ", folded)
    if "stage" in folded:
        folded = _STAGE_NUMBERED.sub(lambda m: "phase" + (m.group(1) or ""), folded)
    if "phase" in folded:
        for _ in range(2):  # (phases one to four: the first number, then the second)
            folded = _PHASE_NUMBER.sub(lambda m: m.group(1) + _NUMBER_WORDS[m.group(2)],
                                       folded)
    if "year" in folded:
        # (over ten years: a span the document writes in digits, 10年内)
        folded = _YEARS_IN_WORDS.sub(lambda m: _NUMBER_WORDS[m.group(1)], folded)
    if " of " in folded and ("type" in folded or "kind" in folded or "sort" in folded
                             or "category" in folded):
        folded = _OF_THE_KIND.sub(r"\2\1", folded)
    # (c'mere boy, …; biko, …: a comma left where the words before it said nothing)
    return folded.lstrip(" ,;:")


def has_latin(text: str) -> bool:
    return bool(_LATIN.search(text))

