"""English words: stop words, base forms, phone abbreviations, and the phrases a
CC-CEDICT sense can be asked with."""

from __future__ import annotations

import re
from functools import lru_cache

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
    "signed": "sign", "broken": "break", "broke": "break", "children": "child",
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



# Abbreviations typed on phones, written out before names are looked for (suzhou intl
# science park is the Suzhou International Science Park).
ABBREVIATIONS = {"intl": "international", "int'l": "international", "govt": "government",
                 "dept": "department", "univ": "university", "uni": "university",
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
                 # (typed as texted: wat meeting did SIP n A*STAR sign)
                 "wat": "what", "wht": "what", "wen": "when", "whr": "where", "n": "and",
                 "ppl": "people", "abt": "about", "pls": "please", "plz": "please",
                 "thx": "thanks", "whats": "what is", "hows": "how is", "wheres": "where is",
                 # (spoken forms typed: what's SIP gonna help them build)
                 "gonna": "going to", "wanna": "want to", "gotta": "have to",
                 "kinda": "kind of", "sorta": "sort of", "lemme": "let me",
                 "gimme": "give me",
                 "cttee": "committee", "cmte": "committee", "mtg": "meeting", "yr": "year",
                 "yrs": "years", "approx": "approximately", "mln": "million", "bln": "billion"}
# Words of other languages typed among English ones, in English: a German's question words
# and nouns (wann, Anzahl der Unternehmen), Nigerian Pidgin's (abeg, wetin be).
ABBREVIATIONS |= {"wann": "when", "wie viele": "how many", "wieviele": "how many",
                  "anzahl der": "number of", "anzahl of": "number of",
                  "anzahl": "number of", "unternehmen": "companies",
                  "firmen": "companies", "mitarbeiter": "employees", "und": "and",
                  "firma": "company", "seit wann": "since when", "sind": "are",
                  "dort": "there", "angesiedelt": "located", "bereiche": "fields",
                  "oder": "or", "abeg": "please", "wetin be": "what is", "wetin": "what",
                  # (Spanish's: cuándo, cuántas empresas, patentes solicitadas)
                  "cuando": "when", "cuándo": "when", "cuantos": "how many",
                  "cuántos": "how many", "cuantas": "how many", "cuántas": "how many",
                  "donde": "where", "dónde": "where", "empresas": "companies",
                  "patentes": "patents", "solicitadas": "applied for", "centro": "center",
                  # (Russian's, typed in Latin letters: kogda, skolko)
                  "kogda": "when", "skolko": "how many", "gde": "where",
                  # (French's: combien de m², quand, entreprises, brevets)
                  "combien de": "how many", "combien": "how many", "quand": "when",
                  "entreprises": "companies", "brevets": "patents",
                  # (Korean's, in Hangul: 언제, 몇 개, 날짜)
                  "언제": "when", "몇 개": "how many", "몇": "how many", "날짜": "date",
                  # (Italian's: quando, quante aziende, dove)
                  "quando": "when", "quanti": "how many", "quante": "how many",
                  "aziende": "companies", "dove": "where", "quale": "which",
                  "azienda": "company", "qualcosa": "",
                  # (East Africa's and India's English: how many number of, the said park)
                  "how many number of": "how many", "the said": "the",
                  "memo": "memorandum of understanding",
                  # (Polish's: ile, kiedy, firmy; French's où and quels parcs)
                  "ile": "how many", "kiedy": "when", "gdzie": "where", "firmy": "companies",
                  "cest où": "where is it", "où": "where", "quels": "which", "quelles": "which",
                  "parcs": "parks", "exactement": "exactly",
                  # (French's lequel and quel, s'il vous plaît, a greeting)
                  "lequel": "which", "laquelle": "which", "lesquels": "which",
                  "lesquelles": "which", "quel": "which", "quelle": "which",
                  "sil vous plaît": "please", "sil vous plait": "please", "bonjour": "",
                  "cest dans": "is it in", "dans": "in", "parc": "park",
                  # (Nigerian Pidgin's: na which, wey, don list, how far as a greeting)
                  "na which": "which", "wey": "that", "don": "has", "how far": "",
                  # (Dutch's: hoeveel, wanneer, welke, bedrijven; Portuguese's quantos)
                  "hoeveel": "how many", "wanneer": "when", "welke": "which",
                  "bedrijven": "companies", "quantos": "how many",
                  "quantas": "how many",
                  # (Finnish's: milloin, montako, yritykset)
                  "milloin": "when", "montako": "how many", "yritykset": "companies",
                  # (Turkish's: ne zaman, kaç tane şirket var, hangi, nerede, and its
                  # question particle mı)
                  "ne zaman": "when", "kaç tane": "how many", "kaç": "how many",
                  "hangi": "which", "nerede": "where", "şirket": "company",
                  "şirketler": "companies", "şirketi": "company", "kuruldu": "founded",
                  "ürün": "products", "var": "are there", "mı": "",
                  # (Hindi's, typed in Latin letters: kitne, kab, kahan, kaun sa)
                  "kitne": "how many", "kitni": "how many", "kab": "when", "kahan": "where",
                  "kahaan": "where", "kaun sa": "which", "kaun si": "which", "kaunsa": "which",
                  "kaun": "who", "zyada": "more", "zyaada": "more", "mein": "in",
                  "hain": "are",  # (not hai: pinyin's 海 of shang hai)
                  # (Indonesian's: berapa, kapan, di mana, perusahaan)
                  "berapa": "how many", "kapan": "when", "di mana": "where", "dimana": "where",
                  "perusahaan": "companies", "tahun": "year", "orang": "people",
                  "letak": "located",
                  # (Vietnamese's, with their marks or without: khi nào, ngày nào, bao nhiêu,
                  # ở đâu, công ty)
                  "khi nào": "when", "khi nao": "when", "ngày nào": "which day",
                  "ngay nao": "which day", "bao nhiêu": "how many", "bao nhieu": "how many",
                  "ở đâu": "where", "o dau": "where", "công ty": "companies",
                  "cong ty": "companies",
                  # (Tagalog's: saan, kailan, ilan, ano, and its po and ng)
                  "saan": "where", "kailan": "when", "ilan": "how many", "ano": "what",
                  "ng": "of", "ang": "the",
                  # (Swahili's: wapi, lini, ngapi, kampuni gani; a greeting)
                  "wapi": "where", "lini": "when", "ngapi": "how many", "kampuni": "companies",
                  "gani": "which", "habari": "",
                  # (Farsi's, typed in Latin letters: chand, kei, koja, sherkat; a greeting)
                  "chand": "how many", "kei": "when", "koja": "where", "sherkat": "company",
                  "salam": "",
                  # (Danish's: hvornår, hvor mange, hvor, virksomheder)
                  "hvornår": "when", "hvornar": "when", "hvor mange": "how many",
                  "hvor": "where", "virksomheder": "companies",
                  # (Norwegian's når and bedrifter; Vietnamese's được không, a courtesy)
                  "når": "when", "bedrifter": "companies", "được không": "",
                  "duoc khong": "",
                  # (Hebrew's, typed in Latin letters: kama, matai, eifo, chevra)
                  "kama": "how many", "matai": "when", "eifo": "where", "chevra": "company",
                  # (Ukrainian's, typed in Latin letters: skilky, koly, kompanii)
                  "skilky": "how many", "koly": "when", "kompanii": "companies",
                  # (Croatian's: koliko, kada, gdje, tvrtke)
                  "koliko": "how many", "kada": "when", "gdje": "where", "tvrtke": "companies",
                  "tvrtki": "companies",
                  # (more of Spanish's: cuál, tiene, cómo se llama, oye)
                  "cuál": "which", "cual": "which", "tiene": "has", "oye": "",
                  "cómo se llama": "what is it called", "como se llama": "what is it called",
                  # (Greek's, typed in Latin letters: poses, pote, pou, etaireies, kai)
                  "poses": "how many", "posa": "how many", "pote": "when", "pou": "where",
                  "etaireies": "companies",  # (not kai, pinyin's 开 as well as "and")
                  # (Arabic's, typed in Latin letters: kam, mata, ayna, sharika)
                  "kam": "how many", "mata": "when", "ayna": "where", "sharika": "company",
                  # (French's est-ce que, c'est quoi/qui, a été créé, and a partner's words)
                  "est-ce que": "", "cest quoi": "what is", "cest qui": "who is",
                  "a été créé": "was set up", "a été créée": "was set up", "a ouvert": "opened",
                  "partenaire": "partner", "britannique": "British", "compagnie": "company",
                  "anglaise": "British", "surface": "area",
                  # (how much said of things counted, as Slavic speakers may: how many)
                  "how much companies": "how many companies", "how much firms": "how many firms",
                  "how much enterprises": "how many enterprises",
                  # (Thai's, typed in Latin letters: gee, tao rai, muea rai, tee nai, borisat,
                  # and the courtesy krub that asks nothing)
                  "gee": "how many", "tao rai": "how much", "muea rai": "when",
                  "mua rai": "when", "muearai": "when", "tee nai": "where", "thi nai": "where",
                  "borisat": "companies", "krub": "", "khrub": "", "krap": "", "khrap": "",
                  # (Hungarian's: hány, mikor, hol, cég, cégek; with or without its marks)
                  "hány": "how many", "hany": "how many", "mikor": "when", "hol": "where",
                  "cég": "company", "ceg": "company", "cégek": "companies", "cegek": "companies",
                  # (Czech's: kolik, kdy, kde; its firma and firmy are German's and Polish's)
                  "kolik": "how many", "kdy": "when", "kde": "where",
                  # (Amharic's, typed in Latin letters: sint, meche, dirijit; not yet, English's
                  # word as well as "where")
                  "sint": "how many", "meche": "when", "dirijit": "organisation",
                  # (Bengali's, typed in Latin letters: koto, koyta, kobe, kothay, koto jon;
                  # hoyeche and hoise, "has happened", ask nothing)
                  "koto jon": "how many people", "koto": "how many", "koyta": "how many",
                  "kobe": "when", "kothay": "where", "hoyeche": "", "hoyechilo": "", "hoise": "",
                  # (Romanian's: câte, când, unde, care sunt, and its courtesies)
                  "câte": "how many", "cate": "how many", "când": "when", "cand": "when",
                  "unde": "where", "care sunt": "which are", "proiectele": "the projects",
                  "mulțumesc": "", "multumesc": "", "vă rog": "", "va rog": "",
                  # (Kazakh's, typed in Latin letters: qansha, qashan, qayda, kompaniya)
                  "qansha": "how many", "qashan": "when", "qayda": "where",
                  "kompaniya": "companies", "kompaniyasy": "company",
                  # (Zulu's: malini, nini, kuphi; and South Africa's greeting)
                  "malini": "how much", "nini": "when", "kuphi": "where", "howzit": "",
                  # (Japanese's, typed in romaji: ikutsu, itsu, doko, kaisha, and its desu ka
                  # and onegaishimasu that ask nothing)
                  "ikutsu": "how many", "itsu": "when", "doko": "where", "kaisha": "company",
                  "desu ka": "", "onegaishimasu": "", "namae": "name",
                  # (more of Finnish's: missä, mitkä, yritystä)
                  "missä": "where", "missa": "where", "mitkä": "which", "mitka": "which",
                  "yritystä": "companies", "yritysta": "companies",
                  # (Estonian's: mitu, millal, kus, ettevõtet)
                  "mitu": "how many", "millal": "when", "kus": "where",
                  "ettevõtet": "companies", "ettevotet": "companies",
                  "ettevõtteid": "companies", "ettevotteid": "companies",
                  # (Nyanja's: zingati, liti, kuti, and its greeting bwanji)
                  "zingati": "how many", "liti": "when", "kuti": "where", "bwanji": "",
                  # (Uyghur's, typed in Latin letters: qanche, qachan, nede)
                  "qanche": "how many", "qachan": "when", "nede": "where",
                  # (Portuguese's onde, empresa and né)
                  "onde": "where", "empresa": "company", "né": "",
                  # (Sinhala's, typed in Latin letters: kiyada, kawadada, koheda, samagama)
                  "kiyada": "how many", "kawadada": "when", "koheda": "where",
                  "samagama": "company", "samagam": "companies",
                  # (Somali's: immisa, goorma, halkee, shirkad, shirkado; a greeting)
                  "immisa": "how many", "goorma": "when", "halkee": "where",
                  "shirkad": "company", "shirkado": "companies", "salaam": "",
                  # (Punjabi's, typed in Latin letters: kinne, kinna, kadon, kithe, saal)
                  "kinne": "how many", "kinniyan": "how many", "kinna": "how much",
                  "kadon": "when", "kithe": "where", "saal": "years",
                  # (Icelandic's: hversu mörg, hvenær, hvar, fyrirtæki; with or without its
                  # letters)
                  "hversu mörg": "how many", "hversu morg": "how many", "hvenær": "when",
                  "hvenaer": "when", "hvar": "where", "fyrirtæki": "companies",
                  "fyrirtaeki": "companies",
                  # (Kinyarwanda's: angahe, ryari, ibigo, and its thanks; not he, English's
                  # word as well as "where")
                  "angahe": "how many", "ryari": "when", "ibigo": "companies",
                  "murakoze": "",
                  # (Slovenian's: kdaj, kje, podjetja; Lithuanian's: kiek, kur, kokia, įmonės)
                  "kdaj": "when", "kje": "where", "podjetja": "companies", "podjetje": "company",
                  "kiek": "how many", "kur": "where", "kokia": "which", "įmonės": "companies",
                  "imones": "companies", "įmonė": "company", "imone": "company",
                  # (Bulgarian's, typed in Latin letters: kolko, koga, kade, firmi)
                  "kolko": "how many", "koga": "when", "kade": "where", "firmi": "companies",
                  # (Yoruba's: meloo, nigbawo, nibo, ile-ise)
                  "meloo": "how many", "nigbawo": "when", "nibo": "where", "ile-ise": "company",
                  # (Latvian's: cik, kad, uzņēmumi, and its greeting labdien)
                  "cik": "how many", "kad": "when", "uzņēmumi": "companies",
                  "uznemumi": "companies", "labdien": "",
                  # (Korean's, typed in romanization: myeot gae, eonje, eodi, hoesa)
                  "myeot gae": "how many", "eonje": "when", "eodi": "where", "hoesa": "company",
                  # (Azerbaijani's: neçə, nə vaxt, harada, şirkət; with or without its marks)
                  "neçə": "how many", "nece": "how many", "nə vaxt": "when", "ne vaxt": "when",
                  "harada": "where", "şirkət": "company", "sirket": "company",
                  "şirkətlər": "companies", "sirketler": "companies",
                  # (Mongolian's, typed in Latin letters: heden, hezee, haana, kompani, and its
                  # greeting)
                  "heden": "how many", "hezee": "when", "haana": "where", "kompani": "company",
                  "sain baina uu": "",
                  # (Tamil's, typed in Latin letters: ethanai, eppo, enga, enna; irukku and
                  # pannanga, "is there" and "did", ask nothing)
                  "ethanai": "how many", "eppo": "when", "eppodhu": "when", "enga": "where",
                  "enna": "what", "irukku": "", "iruku": "", "pannanga": "", "panninanga": "",
                  # (Khmer's, typed in Latin letters: ponman, pel na, nov ena, krumhun; bong, a
                  # polite address)
                  "ponman": "how many", "pel na": "when", "nov ena": "where",
                  "krumhun": "company", "bong": "",
                  # (Georgian's, typed in Latin letters: ramdeni, rodis, ra aris, kompania; not
                  # sad, English's word as well as "where")
                  "ramdeni": "how many", "rodis": "when", "ra aris": "what is",
                  "kompania": "company",
                  # (Armenian's, typed in Latin letters: qani, erb, vortegh, enkerutyun)
                  "qani": "how many", "erb": "when", "vortegh": "where",
                  "enkerutyun": "company",
                  # (Malagasy's: firy, oviana, aiza, orinasa)
                  "firy": "how many", "oviana": "when", "aiza": "where", "orinasa": "companies",
                  # (Nepali's, typed in Latin letters: kati, kahile, kaha, and its hajur, sir;
                  # not kun, pinyin's 昆 as well as "which")
                  "kati": "how many", "kahile": "when", "kaha": "where", "hajur": "",
                  # (Hausa's: nawa, yaushe, ina, kamfani)
                  "nawa": "how many", "yaushe": "when", "ina": "where", "kamfani": "company",
                  # (Basque's: zenbat, noiz, non, enpresa, enpresak)
                  "zenbat": "how many", "noiz": "when", "non": "where", "enpresa": "company",
                  "enpresak": "companies",
                  # (Haitian Creole's: konbyen, kilè, ki kote, konpayi)
                  "konbyen": "how many", "kilè": "when", "kile": "when", "ki kote": "where",
                  "konpayi": "company",
                  # (Uzbek's: nechta, qachon, qayerda, kompaniyalar)
                  "nechta": "how many", "qachon": "when", "qayerda": "where",
                  "kompaniyalar": "companies",
                  # (Welsh's: faint, pryd, ble, cwmni, cwmnïau)
                  "faint": "how many", "pryd": "when", "ble": "where", "cwmni": "company",
                  "cwmnïau": "companies", "cwmniau": "companies",
                  # (Pashto's, typed in Latin letters: tsomra, kala, cheri)
                  "tsomra": "how many", "kala": "when", "cheri": "where",
                  # (Catalan's quantes and empreses; not quan, pinyin's 全 as well as "when")
                  "quantes": "how many", "empreses": "companies",
                  # (Lao's, typed in Latin letters: jak, meua dai, yu sai, bolisat)
                  "jak": "how many", "meua dai": "when", "yu sai": "where",
                  "bolisat": "company",
                  # (Maltese's: kemm, meta, fejn, kumpanija)
                  "kemm money": "how much money", "kemm": "how many", "meta": "when",
                  "fejn": "where", "kumpanija": "company",
                  # (Luganda's: mmeka, ddi, kkampuni)
                  "mmeka money": "how much money", "mmeka": "how many", "ddi": "when",
                  "kkampuni": "company",
                  # (Cebuano's: pila ka, kanus-a, unsa, naa; not sa and ang, pinyin's as well)
                  "pila ka": "how many", "pila": "how many", "kanus-a": "when", "asa": "where",
                  "unsa": "what",
                  "naa": "",
                  # (Albanian's kompanitë; not sa, kur and ku, other words here or pinyin's)
                  "kompanitë": "companies", "kompanite": "companies"}
# (ASCII words: an abbreviation typed against Chinese characters, 签那个mou, is one too)
# (longest first: når before n, a word of its own)
_ABBREVIATION = lazy_regex(r"(?<![\w-])(" + "|".join(map(re.escape, sorted(
    ABBREVIATIONS, key=len, reverse=True))) +
                           r")\.?(?![\w-])", re.ASCII)


# Tagalog's courtesy po (kailan po, ano po ang…): nothing asked; not the po of xin jia po
# (新加坡) typed in pinyin.
_TAGALOG_PO = lazy_regex(r"(?<!\bjia )(?<![\w-])po(?![\w-])")


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
_NUMBER_WORDS = {w: str(i) for i, w in enumerate(
    ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"), 1)}


# The park said without its article (how many companies in park): the park, as "the park"
# names it; not a kind of park (biomed park).
_BARE_PARK = lazy_regex(r"\b(in|at|within|inside|across|around) park\b")


# "This company" after its name (Liulian Technology - what did this company get): the
# company named, no kind of company asked for.
_THIS_COMPANY = lazy_regex(r"\b(?:this|that) (?:company|firm|enterprise)\b")


def expand_abbreviations(folded: str) -> str:
    """``folded`` with the phone abbreviations above written out (and the park as a whole
    said as "the park"; things of a kind said as that kind of things)."""
    folded = _WHOLE.sub("the ", _ABBREVIATION.sub(lambda m: ABBREVIATIONS[m.group(1)], folded))
    if "po" in folded:
        folded = _TAGALOG_PO.sub("", folded)
    if " park" in folded:
        folded = _BARE_PARK.sub(r"\1 the park", folded)
    if "this " in folded or "that " in folded:
        folded = _THIS_COMPANY.sub("it", folded)
    if "gen" in folded:
        folded = _GENERATION.sub(lambda m: _ORDINAL_WORDS.get(m.group(1), m.group(1))
                                 + "-generation", folded)
    if "#" in folded:
        folded = _NUMBER_SIGN.sub("number ", folded)
    if "phase" in folded:
        for _ in range(2):  # (phases one to four: the first number, then the second)
            folded = _PHASE_NUMBER.sub(lambda m: m.group(1) + _NUMBER_WORDS[m.group(2)],
                                       folded)
    if " of " in folded and ("type" in folded or "kind" in folded or "sort" in folded
                             or "category" in folded):
        folded = _OF_THE_KIND.sub(r"\2\1", folded)
    return folded


def has_latin(text: str) -> bool:
    return bool(_LATIN.search(text))

