"""Whole-document tests: what ingesting the bundled chapter (and a synthetic one) stores."""

from __future__ import annotations

import re
import time
from collections import Counter

import pytest
from paths import FIXTURE

from data import present
from data.extract import GENERIC
from data.kb import KnowledgeBase
from data.sources import BUNDLED_DOCUMENT


@pytest.fixture(scope="module")
def bundled(tmp_path_factory: pytest.TempPathFactory):
    kb = KnowledgeBase.open(tmp_path_factory.mktemp("kb") / "t.db", ingest_bundled=False)
    started = time.perf_counter()
    summary = kb.ingest(BUNDLED_DOCUMENT)
    elapsed = time.perf_counter() - started
    yield kb, summary, elapsed
    kb.close()


@pytest.fixture(scope="module")
def store(bundled):
    return bundled[0].store


def entity_id(store, name: str) -> int:
    [found] = [e.id for e in store.knowledge.entities() if e.name == name]
    return found


# -- entries, sections, credits, captions --------------------------------------------------

ENTRIES = [
    ("综述", "概况"),
    ("综述", "科技企业培育"),
    ("综述", "科技企业上市"),
    ("综述", "园区2家企业技术中心获批国家企业技术中心"),
    ("科技政策", "概况"),
    ("科技政策", "《中国（江苏）自由贸易试验区苏州片区高新技术企业奖励操作办法》发布"),
    ("科技政策", "《苏州工业园区推动新兴产业高质量发展三年行动计划》印发"),
    ("科技载体与平台", "概况"),
    ("科技载体与平台", "苏州生物医药产业园"),
    ("科技载体与平台", "苏州国际科技园"),
    ("科技载体与平台", "苏州纳米城"),
    ("科技载体与平台", "新加坡科技研究局苏州基地"),
    ("科技载体与平台", "江苏第三代半导体研究院"),
    ("科技载体与平台", "材料科学姑苏实验室"),
    ("科技载体与平台", "牛津大学高等研究院（苏州）分子诊断技术创新中心"),
    ("科技载体与平台", "江苏省生物医药创新资源协同运营平台"),
    ("科技合作", "概况"),
    ("科技合作", "金鸡湖创新合作中心（北京）揭牌"),
    ("科技合作", "金鸡湖创新合作中心（大湾区）揭牌"),
    ("科技合作", "园区与张家港市战略合作协议签署"),
    ("科技合作", "苏州—剑桥纳米技术创新中心成立"),
    ("科技合作", "成都斯派克学院成立"),
    ("科技合作", "生物医药临床资源合作战略联盟签约成立"),
    ("科技合作", "园区对接上海科创中心建设合作交流会举办"),
]


def test_all_24_entries_with_exact_titles_and_sections(store):
    assert [(e.section, e.title) for e in store.knowledge.entries()] == ENTRIES
    assert [s["title"] for s in store.knowledge.sections()] == [
        "综述", "科技政策", "科技载体与平台", "科技合作"]


def test_credits_stored_unpadded(store):
    credits = {e.title: e.credits for e in store.knowledge.entries()}
    assert credits["苏州生物医药产业园"] == '["林岚开", "牟文华"]'
    assert credits["苏州国际科技园"] == '["林岚开", "潘吉"]'
    assert credits["科技企业上市"] == '["叶滢"]'
    assert credits["成都斯派克学院成立"] == '["钱虹"]'
    assert credits["江苏第三代半导体研究院"] == "[]"


def test_all_5_captions(store):
    assert [(c["text"], c["credit"]) for c in store.knowledge.captions()] == [
        ("2020年9月28日，再鼎医药（苏州）有限公司在港交所挂牌上市", "科教创新区"),
        ("苏州国际科技园七期人工智能产业园", "科技发展公司"),
        ("2020年11月24日，2020企业赋能创新发展峰会暨第五届苏南股权路演中心聚合大会举行",
         "园区企业服务中心"),
        ("2020年6月24日，园区与张家港市战略合作协议签署", "园区新闻中心"),
        ("2020年5月30日，金鸡湖创新合作中心（北京）揭牌", "园区科技招商中心"),
    ]


def test_sentences_have_an_entry_or_a_caption_and_positions(store):
    sentences = store.knowledge.sentences()
    assert all((s.entry_id is None) != (s.caption_id is None) for s in sentences)
    by_entry: dict[int, list[int]] = {}
    for s in sentences:
        if s.entry_id is not None:
            by_entry.setdefault(s.entry_id, []).append(s.position)
    assert len(by_entry) == 24
    assert all(p == list(range(len(p))) for p in by_entry.values())
    texts = [s.text for s in sentences]
    assert "实验室总部规划用地33万平方米，10年内建设资金总额200亿元，旨在对标国家实验室建设标准" \
        "和国际一流水平，服务国家重大工程战略需求。" in texts
    assert not any("\ufffd" in t or "内芯" in t for t in texts)
    # A caption's sentence keeps its credit ("who took this photo"); body sentences have none.
    credits = {c["id"]: c["credit"] for c in store.knowledge.captions()}
    for s in sentences:
        if s.caption_id is None:
            assert "供稿" not in s.text
        else:
            assert s.text.endswith(f"（{credits[s.caption_id]}供稿）")


# -- events ----------------------------------------------------------------------------------

# (date as written, ISO date, precision, from a caption, entry title or 图片说明 for captions)
EVENTS = [
    ("2018年9月", "2018-09", "month", False, "新加坡科技研究局苏州基地"),
    ("2019年7月26日", "2019-07-26", "day", False, "江苏第三代半导体研究院"),
    ("2019年10月", "2019-10", "month", False, "新加坡科技研究局苏州基地"),
    ("2020年5月", "2020-05", "month", False,
     "《中国（江苏）自由贸易试验区苏州片区高新技术企业奖励操作办法》发布"),
    ("2020年5月30日", "2020-05-30", "day", False, "金鸡湖创新合作中心（北京）揭牌"),
    ("2020年5月30日", "2020-05-30", "day", False, "金鸡湖创新合作中心（大湾区）揭牌"),
    ("2020年5月30日", "2020-05-30", "day", True, "图片说明"),
    ("2020年6月24日", "2020-06-24", "day", False, "概况"),
    ("2020年6月24日", "2020-06-24", "day", False, "园区与张家港市战略合作协议签署"),
    ("2020年6月24日", "2020-06-24", "day", True, "图片说明"),
    ("2020年6月30日", "2020-06-30", "day", False, "材料科学姑苏实验室"),
    ("2020年8月4日", "2020-08-04", "day", False,
     "《苏州工业园区推动新兴产业高质量发展三年行动计划》印发"),
    ("2020年9月28日", "2020-09-28", "day", True, "图片说明"),
    ("10月", "2020-10", "month", False, "苏州生物医药产业园"),
    ("2020年10月", "2020-10", "month", False, "苏州—剑桥纳米技术创新中心成立"),
    ("2020年10月22日", "2020-10-22", "day", False,
     "牛津大学高等研究院（苏州）分子诊断技术创新中心"),
    ("11月", "2020-11", "month", False, "苏州生物医药产业园"),
    ("2020年11月18日", "2020-11-18", "day", False, "新加坡科技研究局苏州基地"),
    ("2020年11月24日", "2020-11-24", "day", True, "图片说明"),
    ("2020年11月26日", "2020-11-26", "day", False, "成都斯派克学院成立"),
    ("12月", "2020-12", "month", False, "苏州生物医药产业园"),
    ("2020年12月", "2020-12", "month", False, "江苏省生物医药创新资源协同运营平台"),
    ("2020年12月", "2020-12", "month", False, "园区对接上海科创中心建设合作交流会举办"),
    ("2020年12月22日", "2020-12-22", "day", False, "园区2家企业技术中心获批国家企业技术中心"),
    ("2020年12月28日", "2020-12-28", "day", False, "生物医药临床资源合作战略联盟签约成立"),
]


def test_every_dated_event_with_precision_and_caption_flag(store):
    got = [(e.date_text, e.iso, e.precision, e.from_caption, e.entry)
           for e in store.knowledge.events()]
    assert Counter(got) == Counter(EVENTS)
    assert len(got) == len(EVENTS) == 25


@pytest.mark.parametrize(("iso", "caption", "title"), [
    ("2020-06-30", False, "材料科学姑苏实验室揭牌成立"),
    ("2019-07-26", False, "江苏第三代半导体研究院有限公司落户园区"),
    ("2020-11-18", False, "新加坡科技研究局苏州企业合作中心启动"),
    ("2020-11-24", True, "2020企业赋能创新发展峰会暨第五届苏南股权路演中心聚合大会举行"),
    ("2020-09-28", True, "再鼎医药（苏州）有限公司在港交所挂牌上市"),
    ("2020-11-26", False, "成都斯派克学院成立"),
])
def test_event_titles(store, iso, caption, title):
    assert title in [e.title for e in store.knowledge.events()
                     if e.iso == iso and e.from_caption == caption]


def test_events_keep_their_sentence(store):
    for e in store.knowledge.events():
        assert e.date_text in e.sentence
        assert e.title and len(e.title) <= 60


# -- figures ---------------------------------------------------------------------------------

# The chapter states 133 quantities that the unit grammar covers (counted by hand against
# every digit run in the text: 132 Arabic-numeral figures, of which 近100亿元, 800万余平方米
# and 4000余家 are stated twice, plus 三个领域). The issue guessed "at least 200"; there are
# not that many. Deliberately not figures: dates and years (events), ordinals (第114次, 第27批,
# 第十四届), codes (G60, 5G, PM2.5) and counting idioms (三大新兴产业 ×3, 三大产业, 三大平台,
# 五方业务) — about six, which is how one gets to "about 140".
MIN_FIGURES = 133


def test_figure_count_is_what_the_text_holds(bundled, store):
    figures = store.knowledge.figures()
    assert len(figures) >= MIN_FIGURES
    assert bundled[1]["figures"] == len(figures)
    for f in figures:
        assert f.text in f.sentence
        assert not re.fullmatch(r"(?:19|20)\d{2}年", f.text)  # years are events


def find(store, text: str, entity: str | None = None):
    found = [f for f in store.knowledge.figures() if f.text == text
             and (entity is None or f.entity == entity)]
    assert found, (text, entity)
    return found


def test_spot_check_figure_labels_and_owners(store):
    [f] = find(store, "397家", "苏州纳米城")
    assert f.label == "入驻企业"
    [f] = find(store, "397家", "苏州国际科技园")
    assert "国家高新技术企业" in f.label
    [f] = find(store, "2500亿余元")
    assert (f.value, f.unit, f.qualifier, f.label) == (2500, "亿元", "余", "区域股权投资基金规模")
    [f] = find(store, "3—5年")
    assert (f.value, f.value_max, f.unit) == (3, 5, "年")
    [f] = find(store, "8000余家")
    assert (f.value, f.qualifier, f.unit, f.entity) == (8000, "余", "家", "苏州工业园区")
    assert {f.qualifier for f in find(store, "近100亿元")} == {"近"}
    [f] = find(store, "50%以上")
    assert (f.value, f.unit, f.qualifier) == (50, "%", "以上")
    [f] = find(store, "33万平方米", "材料科学姑苏实验室")
    assert f.label == "实验室总部规划用地"
    [f] = find(store, "107万平方米", "苏州国际科技园")
    assert "载体面积" in f.label
    [f] = find(store, "430余家", "苏州生物医药产业园")
    [f] = find(store, "三个")
    assert f.value == 3


def test_a_total_over_a_list_belongs_to_no_member(store):
    # "建成苏州国际科技园、苏州纳米城、苏州生物医药产业园等载体空间800万余平方米"
    owners = {f.entity for f in find(store, "800万余平方米")}
    assert owners == {"苏州工业园区"}
    [f] = find(store, "15家")
    assert f.entity != "中科院苏州纳米所"


# -- entities and aliases ----------------------------------------------------------------------

def aliases_of(store) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for row in store.knowledge.alias_rows():
        out.setdefault(row["alias"], set()).add(row["name"])
    return out


@pytest.mark.parametrize(("alias", "canonical"), [
    ("再鼎医药", "再鼎医药（苏州）有限公司"),
    ("姑苏实验室", "材料科学姑苏实验室"),
    ("纳米城", "苏州纳米城"),
    ("国际科技园", "苏州国际科技园"),
    ("园区", "苏州工业园区"),
    ("材料科学姑苏实验室", "材料科学姑苏实验室"),
])
def test_aliases_users_type(store, alias, canonical):
    assert canonical in aliases_of(store)[alias]


def test_no_bare_generic_word_is_an_alias(store):
    # 园区 is the one deliberate exception: in this yearbook it always means 苏州工业园区.
    generic = (GENERIC - {"园区"}) | {"实验室", "中心", "公司", "产业园", "该实验室", "该研究院"}
    assert not set(aliases_of(store)) & generic


@pytest.mark.parametrize(("name", "type_"), [
    ("材料科学姑苏实验室", "lab"),
    ("苏州纳米城", "park"),
    ("再鼎医药（苏州）有限公司", "company"),
    ("江苏第三代半导体研究院", "institute"),
    ("成都斯派克学院", "university"),
    ("《苏州工业园区推动新兴产业高质量发展三年行动计划》", "document"),
    ("港交所", "exchange"),
    ("苏州工业园区", "place"),
])
def test_entity_types(store, name, type_):
    assert {e.type for e in store.knowledge.entities() if e.name == name} == {type_}


def test_an_event_title_is_not_an_entity(store):
    names = {e.name for e in store.knowledge.entities()}
    assert "园区2家企业技术中心获批国家企业技术中心" not in names
    subjects = {e.title: e.subject for e in store.knowledge.entries()}
    assert subjects["材料科学姑苏实验室"] == "材料科学姑苏实验室"
    assert subjects["园区2家企业技术中心获批国家企业技术中心"] != (
        "园区2家企业技术中心获批国家企业技术中心")


@pytest.mark.parametrize(("entry", "phrase", "entity"), [
    ("材料科学姑苏实验室", "该实验室", "材料科学姑苏实验室"),
    ("江苏第三代半导体研究院", "该研究院", "江苏第三代半导体研究院"),
    ("成都斯派克学院成立", "该学院", "成都斯派克学院"),
])
def test_back_references_resolve_to_the_entry_subject(store, entry, phrase, entity):
    [entry_id] = [e.id for e in store.knowledge.entries() if e.title == entry]
    with_phrase = {s.id for s in store.knowledge.sentences_of_entries([entry_id])
                   if phrase in s.text}
    assert with_phrase
    mentioning = {s.id for s in store.knowledge.sentences_mentioning([entity_id(store, entity)])}
    assert with_phrase <= mentioning


def test_a_short_form_inside_a_siblings_name_mentions_only_that_sibling(store):
    # (金鸡湖创新合作中心, a form of both centres, inside 金鸡湖创新合作中心（大湾区）: no
    # mention of the Beijing one)
    for asked, sibling in (("金鸡湖创新合作中心（北京）", "大湾区"),
                           ("金鸡湖创新合作中心（大湾区）", "北京")):
        mentioning = store.knowledge.sentences_mentioning([entity_id(store, asked)])
        assert mentioning and not any(sibling in s.text and asked not in s.text
                                      for s in mentioning), [s.text for s in mentioning]


def test_园区_mentions_苏州工业园区(store):
    mentioning = {s.id for s in
                  store.knowledge.sentences_mentioning([entity_id(store, "苏州工业园区")])}
    with_word = {s.id for s in store.knowledge.sentences() if "园区" in s.text}
    assert len(with_word & mentioning) >= len(with_word) * 0.8


# -- summary and speed ---------------------------------------------------------------------------

def test_summary_matches_the_store(bundled, store):
    _, summary, _ = bundled
    counts = store.counts()
    for key in ("sections", "entries", "sentences", "captions", "entities", "figures", "events"):
        assert summary[key] == counts[key], key
    assert (summary["entries"], summary["captions"], summary["sections"]) == (24, 5, 4)


def test_ingest_is_well_under_a_second(bundled):
    # The issue asks for "well under a second"; measured ~0.3 s. 2 s leaves room for slow CI.
    assert bundled[2] < 2.0


# -- a second chapter, ingested with no code change -----------------------------------------------

FIXTURE_EVENTS = [
    ("2019年12月", "2019-12", "month", False, "园区固废综合处置中心"),
    ("2020年3月18日", "2020-03-18", "day", False, "园区生态环境监测中心启用"),
    ("2020年3月18日", "2020-03-18", "day", True, "图片说明"),
    ("2020年4月", "2020-04", "month", False, "《苏州工业园区碧水行动方案》印发"),
    # "2019年12月，…。截至2020年底，…。年内，二期工程于5月开工建设": 2020, not 2019.
    ("5月", "2020-05", "month", False, "园区固废综合处置中心"),
    ("2020年6月5日", "2020-06-05", "day", False, "概况"),
    ("2020年6月5日", "2020-06-05", "day", True, "图片说明"),
    ("2020年9月10日", "2020-09-10", "day", False, "独墅湖生态实验室揭牌成立"),
    ("2020年9月10日", "2020-09-10", "day", True, "图片说明"),
    ("2020年11月", "2020-11", "month", False, "园区与吴江区生态合作协议签署"),
]


def test_synthetic_chapter_ingests_with_no_code_change(fresh_db):
    summary = fresh_db.ingest(FIXTURE)
    store = fresh_db.store
    assert (summary["sections"], summary["entries"], summary["captions"]) == (3, 8, 4)
    assert [(e.section, e.title) for e in store.knowledge.entries()] == [
        ("综述", "概况"), ("综述", "园区生态环境监测中心启用"),
        ("污染防治", "概况"), ("污染防治", "《苏州工业园区碧水行动方案》印发"),
        ("污染防治", "园区固废综合处置中心"),
        ("生态建设", "概况"), ("生态建设", "独墅湖生态实验室揭牌成立"),
        ("生态建设", "园区与吴江区生态合作协议签署"),
    ]
    got = [(e.date_text, e.iso, e.precision, e.from_caption, e.entry)
           for e in store.knowledge.events()]
    assert Counter(got) == Counter(FIXTURE_EVENTS)
    figures = {f.text: f for f in store.knowledge.figures()}
    # Every quantity in the text, and nothing else (no "2.5年" out of PM2.5).
    assert sorted(figures) == sorted([
        "126个", "约18亿元", "达85.2%", "12%", "45%以上", "3200余公顷", "近600万平方米",
        "28个", "15个", "210家", "17家", "4.6%", "100%", "2—3年", "40余个", "约12万平方米",
        "6条", "近80人", "120万平方米", "3000余人", "近2亿元", "46人", "30人", "65%",
        "3个", "8条"])
    assert len(store.knowledge.figures()) == 27  # 15个 twice
    f = figures["约12万平方米"]  # the caption cut it 12万平|方米
    assert (f.value, f.unit, f.qualifier) == (12, "万平方米", "约")
    assert f.entity == "园区固废综合处置中心"
    assert f.label == "该中心占地"
    assert (figures["2—3年"].value, figures["2—3年"].value_max) == (2, 3)
    assert figures["3200余公顷"].label == "建成区绿地面积"
    aliases = aliases_of(store)
    assert "苏州工业园区" in aliases["园区"]
    lab = entity_id(store, "独墅湖生态实验室")
    assert any("该实验室" in s.text for s in store.knowledge.sentences_mentioning([lab]))


def test_second_document_leaves_the_first_alone(tmp_path):
    kb = KnowledgeBase.open(tmp_path / "two.db")  # the bundled document, on first use
    before = [(e.section, e.title) for e in kb.store.knowledge.entries()]
    kb.ingest(FIXTURE)
    assert [d.name for d in kb.store.documents.all()] == [
        "sip-2020-science.txt", "env-chapter.txt"]
    entries = kb.store.knowledge.entries()
    assert [(e.section, e.title) for e in entries if e.document != "env-chapter.txt"] \
        == before
    assert len(entries) == 24 + 8
    kb.close()


def test_several_documents_cite_their_chapter_and_reload_rereads_them(tmp_path):
    """``sipbot ingest a.txt b.txt``: each document keeps its title (its running header) and
    its file; answers cite the chapter once there are two; /reload re-reads both."""
    from click.testing import CliRunner

    from bot.cli import cli

    db = tmp_path / "two.db"
    result = CliRunner().invoke(cli, ["ingest", "--db", str(db), str(BUNDLED_DOCUMENT),
                                      str(FIXTURE)])
    assert result.exit_code == 0, result.output
    kb = KnowledgeBase.open(db)
    try:
        docs = {d.name: d for d in kb.store.documents.all()}
        assert docs["sip-2020-science.txt"].title == "科学技术"
        assert docs["env-chapter.txt"].title == "环境保护"
        assert docs["env-chapter.txt"].path == str(FIXTURE.resolve())
        science = kb.ask("苏州纳米城入驻企业有多少家")
        assert science.found and str(science.source).startswith("科学技术 › ")
        english = present.text(kb.ask("How many companies are in Suzhou Nanopolis?"))
        assert "Source: Science and Technology › " in english, english
        assert present.to_json(science)["source"]["document"] == "科学技术"
        environment = kb.ask("独墅湖生态实验室什么时候揭牌")
        assert environment.found and str(environment.source).startswith("环境保护 › ")
        before = kb.store.counts()
        summary = kb.reload()
        assert summary["entries"] == before["entries"]
        assert kb.store.counts() == before
        assert [d.name for d in kb.store.documents.all()] == [
            "sip-2020-science.txt", "env-chapter.txt"]
    finally:
        kb.close()


def test_one_document_cites_as_before(fresh_db):
    fresh_db.ingest(BUNDLED_DOCUMENT)
    answer = fresh_db.ask("苏州纳米城入驻企业有多少家")
    assert answer.source is not None and answer.source.document == ""
    assert str(answer.source) == "科技载体与平台 › 苏州纳米城"


# -- a shelf at once ----------------------------------------------------------------------


def _tables(path) -> dict[str, list[tuple]]:
    """Every table's rows, less when things were done."""
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        names = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE '%fts_%' AND name <> '_sqlite_migrations'")]
        out = {}
        for name in names:
            columns = [c[1] for c in conn.execute(f"PRAGMA table_info({name})")
                       if c[1] != "ingested_at"]
            if columns:
                out[name] = sorted(conn.execute(
                    f"SELECT {', '.join(columns)} FROM {name}").fetchall(), key=repr)
        return out
    finally:
        conn.close()


def test_a_shelf_read_ahead_and_committed_in_groups_is_the_same_store(tmp_path) -> None:
    from bot.bench import synth
    from data.ingest import ingest_many, ingest_text
    from data.store import Store

    chapters = [(c.name, c.text) for c in synth.chapters(5, 0)]
    one = Store(tmp_path / "one.db")
    for name, text in chapters:
        ingest_text(one, text, name=name)
    one.close()
    shelf = Store(tmp_path / "shelf.db")
    results = ingest_many(shelf, chapters, workers=2, group=2)
    shelf.close()
    assert all(isinstance(r, dict) and r["sentences"] > 0 for r in results)
    assert _tables(tmp_path / "one.db") == _tables(tmp_path / "shelf.db")


def test_a_chapter_that_cannot_be_read_is_left_out_alone(tmp_path) -> None:
    from bot.bench import synth
    from data.ingest import IngestError, ingest_many
    from data.store import Store

    good = [(c.name, c.text) for c in synth.chapters(2, 0)]
    store = Store(tmp_path / "s.db")
    results = ingest_many(store, [good[0], tmp_path / "missing.txt", good[1]], workers=2,
                          group=3)
    assert isinstance(results[1], IngestError) and "no such file" in str(results[1])
    assert [d.name for d in store.documents.all()] == [good[0][0], good[1][0]]
    store.close()


def test_a_chapter_failing_to_write_keeps_the_ones_before_it(tmp_path, monkeypatch) -> None:
    import data.ingest as ingest
    from bot.bench import synth
    from data.store import Store

    chapters = [(c.name, c.text) for c in synth.chapters(3, 0)]
    real = ingest.write_plan

    def failing(plan, writer):
        summary = real(plan, writer)
        if plan.doc.title and writer.document_id == 2:
            raise OSError("disk full")
        return summary

    monkeypatch.setattr(ingest, "write_plan", failing)
    store = Store(tmp_path / "s.db")
    with pytest.raises(OSError):
        ingest.ingest_many(store, chapters, group=3)
    assert [d.name for d in store.documents.all()] == [chapters[0][0]]
    store.close()


def test_the_pinyin_table_is_pypinyins_read_from_its_data_file() -> None:
    # (read without importing pypinyin, which loads its phrase dictionary too)
    from pypinyin.pinyin_dict import pinyin_dict

    from data.ingest import _pinyin_table, strip_tones

    assert _pinyin_table() == {chr(cp): strip_tones(readings.split(",")[0])
                               for cp, readings in pinyin_dict.items()}
    assert _pinyin_table()["鼎"] == "ding"


# -- a store read by an older sipbot ------------------------------------------------------


def _read_by_an_older_sipbot(kb: KnowledgeBase) -> None:
    """Mark every document as read by another reading, and leave a trace of it (an alias
    an older extraction did not make is gone)."""
    conn = kb.store.database.conn
    conn.execute("UPDATE documents SET reader = 'older'")
    conn.execute("DELETE FROM aliases WHERE alias = '元禾辰坤'")
    conn.commit()


def test_documents_an_older_reading_made_are_re_read_when_the_store_opens(
        tmp_path, caplog) -> None:
    import logging

    from data.reader import fingerprint

    path = tmp_path / "s.db"
    kb = KnowledgeBase.open(path)
    fresh = kb.store.counts()
    _read_by_an_older_sipbot(kb)
    kb.close()
    kb = KnowledgeBase.open(path, reread=False)  # (asked not to: left as it is)
    assert kb.store.documents.read_by_another(fingerprint())
    kb.close()
    with caplog.at_level(logging.INFO, logger="data.kb"):
        kb = KnowledgeBase.open(path)
    assert "re-read 1 document(s)" in caplog.text
    assert not kb.store.documents.read_by_another(fingerprint())
    assert kb.store.counts() == fresh
    assert "元禾辰坤" in present.text(kb.ask("元禾辰坤是什么机构"))
    kb.close()


def test_a_document_kept_only_as_text_keeps_its_rows_when_it_cannot_be_re_read(
        tmp_path, caplog) -> None:
    import logging

    from data.ingest import ingest_text

    path = tmp_path / "s.db"
    kb = KnowledgeBase.open(path)
    ingest_text(kb.store, FIXTURE.read_text(encoding="utf-8"), name="notes.txt")
    counts = kb.store.counts()
    kb.store.database.conn.execute("UPDATE documents SET reader = 'older' "
                                   "WHERE name = 'notes.txt'")
    kb.store.database.conn.commit()
    kb.close()
    with caplog.at_level(logging.WARNING, logger="data.kb"):
        kb = KnowledgeBase.open(path)
    assert "notes.txt is no longer at None; its knowledge is kept" in caplog.text
    assert kb.store.counts() == counts
    kb.close()


def test_the_reading_fingerprint_follows_the_files_ingest_reads(tmp_path, monkeypatch
                                                                 ) -> None:
    import shutil

    from data import reader

    copy = tmp_path / "data"
    shutil.copytree(reader.HERE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(reader, "HERE", copy)
    reader.fingerprint.cache_clear()
    try:
        before = reader.fingerprint()
        reader.fingerprint.cache_clear()
        assert reader.fingerprint() == before  # (the same files: the same reading)
        with (copy / "glossary_en.tsv").open("a", encoding="utf-8") as f:
            f.write("会议\tmeeting\tterm\n")
        reader.fingerprint.cache_clear()
        assert reader.fingerprint() != before
    finally:
        reader.fingerprint.cache_clear()


def _text_index_segments(kb: KnowledgeBase) -> int:
    """Rows of the full-text index's segment table: one a segment and term prefix."""
    return kb.store.database.conn.execute("SELECT count(*) FROM sentences_fts_idx").fetchone()[0]


def test_a_re_read_leaves_the_text_index_merged_as_a_fresh_store_has_it(tmp_path) -> None:
    # (the replaced rows' deletions and the new rows in segments of their own made every
    # search read through more of them)
    path = tmp_path / "s.db"
    kb = KnowledgeBase.open(path)
    fresh = _text_index_segments(kb)
    answer = present.text(kb.ask("纳米城入驻企业多少家"))
    _read_by_an_older_sipbot(kb)
    kb.close()
    kb = KnowledgeBase.open(path)
    assert _text_index_segments(kb) <= fresh
    assert present.text(kb.ask("纳米城入驻企业多少家")) == answer
    kb.close()
