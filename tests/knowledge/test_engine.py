"""The answer engine: normalisation, intent, linking, figure choice, lists, not-found."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from botkit import copy_store
from paths import ROOT

from data import present
from data.kb import KnowledgeBase
from data.normalize import fold, tokens
from data.pipeline import Pipeline as Engine
from data.qa.evaluate import evaluate

DEV_QA = ROOT.parent / "shared" / "qa" / "dev.jsonl"
OWN_QA = ROOT / "tests" / "qa" / "own.jsonl"


@pytest.fixture(scope="module")
def kb(bundled_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[KnowledgeBase]:
    """One copy of the ingested store for the whole module: the engine tests only read it."""
    kb = KnowledgeBase.open(copy_store(bundled_db, tmp_path_factory.mktemp("engine") / "t.db"))
    yield kb
    kb.close()


@pytest.fixture(scope="module")
def engine(kb: KnowledgeBase) -> Engine:
    return kb.engine


# -- normalisation --------------------------------------------------------------------


@pytest.mark.parametrize(("raw", "folded"), [
    ("蘇州納米城佔地面積", "苏州纳米城占地面积"),
    ("開拓藥業在哪裡上市", "开拓药业在哪里上市"),
    ("纳 米 城", "纳米城"),
    ("金鸡湖创新合作中心（北京）", "金鸡湖创新合作中心(北京)"),
    ("省“双创”计划", "省双创计划"),
    ("Zai  Lab", "zai lab"),
    ("ＡＢＣ１２３", "abc123"),
    ("a\u200bb\x00c", "abc"),
])
def test_fold(raw: str, folded: str) -> None:
    assert fold(raw) == folded


def test_tokens_index_bigrams_so_short_queries_match() -> None:
    assert {"纳米", "米城", "纳", "城"} <= set(tokens("纳米城"))
    assert "praxisauril" in tokens("联合PraxisAuril在园区")


# -- intent -----------------------------------------------------------------------------


@pytest.mark.parametrize(("question", "intent"), [
    ("苏州国际科技园总投资多少", "figure"),
    ("累计境内外上市企业有几家？", "figure"),
    ("江苏第三代半导体研究院何时落户园区", "when"),
    ("材料科学姑苏实验室什么时候揭牌", "when"),
    ("苏州纳米城在哪里", "where"),
    ("哪些公司在港交所上市", "list"),
    ("园区哪两家企业技术中心入选国家企业技术中心", "list"),
    ("成都斯派克学院依托哪家公司", "who"),
    ("六莲科技获得了什么", "what"),
    ("When did Zai Lab list in Hong Kong?", "when"),
    ("How many patents did Nano City apply for?", "figure"),
])
def test_intent(engine: Engine, question: str, intent: str) -> None:
    assert engine.understand(question).intent == intent


# -- linking ----------------------------------------------------------------------------


@pytest.mark.parametrize(("question", "entity"), [
    ("苏州纳米城入驻企业", "苏州纳米城"),
    ("纳米成入驻企业", "苏州纳米城"),            # homophone typo (pinyin input)
    ("苏洲国际科技园载体面积", "苏州国际科技园"),  # 洲 for 州
    ("再顶医药", "再鼎医药（苏州）有限公司"),      # 顶 for 鼎
    ("材料科学姑苏实验录用人员", "材料科学姑苏实验室"),  # a dropped character
    ("姑苏实验室", "材料科学姑苏实验室"),          # a partial name
    ("蘇州納米城", "苏州纳米城"),                  # Traditional characters
    ("纳 米 城", "苏州纳米城"),                    # odd spacing
    ("信达生物", "信达生物制药（苏州）有限公司"),
    ("斯派克学院", "成都斯派克学院"),
    ("nami cheng", "苏州纳米城"),                  # pinyin, Latin letters
    ("zaiding yiyao", "再鼎医药（苏州）有限公司"),
    ("Zai Lab", "再鼎医药（苏州）有限公司"),
    ("Innovent", "信达生物制药（苏州）有限公司"),
    ("A*STAR", "新加坡科技研究局"),
    ("HKEX", "港交所"),
    ("STAR Market", "科创板"),
    ("Cold Spring Harbor", "冷泉港亚洲会议中心"),
    ("金鸡湖创新合作中心（北京）落户在哪里", "金鸡湖创新合作中心（北京）"),
    ("剑桥中心是和谁合作的", "苏州—剑桥纳米技术创新中心"),      # an abbreviation
    ("江苏第3代半导体研究院几时落户的", "江苏第三代半导体研究院"),  # digits for numerals
])
def test_linking(engine: Engine, question: str, entity: str) -> None:
    names = [engine.kb.entities[i][0] for link in engine.link(fold(question))
             for i in link.entity_ids]
    assert entity in names


@pytest.mark.parametrize("question", ["南京纳米城有多少家企业", "实验室", "中心", "公司"])
def test_no_false_links(engine: Engine, question: str) -> None:
    names = [link.name for link in engine.link(fold(question))]
    assert "苏州纳米城" not in names
    assert all(len(n) > 3 for n in names)


def test_nested_name_links_the_whole(engine: Engine) -> None:
    links = engine.link(fold("金鸡湖创新合作中心（大湾区）落户在哪"))
    assert links[0].name == "金鸡湖创新合作中心（大湾区）"


# -- answers ----------------------------------------------------------------------------


@pytest.mark.parametrize(("question", "fact"), [
    ("苏州纳米城入驻企业有多少家", "397家"),
    ("苏州国际科技园认定国家高新技术企业多少家", "397家"),
    ("苏州国际科技园入驻企业多少家", "650余家"),
    ("区域股权投资基金规模", "2500亿余元"),
    ("园区有多少家科技创新型企业", "8000余家"),
    ("国家级重大人才引进工程人才累计多少人", "172人"),
    ("姑苏实验室硕士学历有多少人", "63人"),
    ("三年行动计划提出用几年时间培育新兴产业", "3—5年"),
    ("蘇州納米城佔地面積", "约100万平方米"),
])
def test_figure_choice(kb: KnowledgeBase, question: str, fact: str) -> None:
    answer = kb.ask(question)
    assert answer.found
    assert answer.fact == fact
    assert fact in present.text(answer).splitlines()[0]
    assert answer.source is not None


@pytest.mark.parametrize(("question", "fact"), [
    ("纳米城有多少公司入驻", "397家"),         # 公司 for the document's 企业
    ("姑苏实验室招了多少人", "129人"),         # 招 for 录用
    ("园区上市公司有多少家", "45家"),          # the whole, not 其中科技上市企业33家
    ("纳米成申请了多少件PCT专利", "81件"),      # PCT, not the 427 invention patents beside it
    ("How many PCT patents did Nano City apply for", "81件"),
    ("纳米城入住企业有多少", "397家"),        # 入住 typed for 入驻 (same pinyin)
    ("姑苏实验室路用人员多少", "129人"),      # 路用 for 录用
])
def test_paraphrases(kb: KnowledgeBase, question: str, fact: str) -> None:
    assert kb.ask(question).fact == fact


def test_a_bare_figure_says_what_it_measures_everywhere(kb: KnowledgeBase) -> None:
    head = present.text(kb.ask("397家是什么")).splitlines()[0]
    assert "苏州纳米城" in head and "入驻企业" in head
    assert "苏州国际科技园" in head and "国家高新技术企业" in head


@pytest.mark.parametrize(("question", "intent", "needle"), [
    ("新加坡科技研究局是什么机构", "what", "研发创新机构"),
    ("国际科技园有几期", "what", "七期"),
    ("高新技术企业培育库企业列全市第几", "what", "列全市第二"),
    ("大湾区合作中心在深圳哪个区", "where", "深圳市南山区"),
    ("园区支持张家港建设哪些产业园", "list", "纳米产业园"),
])
def test_question_shapes(kb: KnowledgeBase, question: str, intent: str, needle: str) -> None:
    answer = kb.ask(question)
    assert answer.intent == intent
    assert needle in present.text(answer).splitlines()[0]


def test_answer_names_what_the_figure_measures(kb: KnowledgeBase) -> None:
    answer = kb.ask("苏州纳米城入驻企业有多少家")
    head = present.text(answer).splitlines()[0]
    assert "苏州纳米城" in head and "入驻企业" in head
    assert answer.source is not None and answer.source.entry == "苏州纳米城"
    assert answer.source.section == "科技载体与平台"


def test_list_answer_lists_every_member(kb: KnowledgeBase) -> None:
    answer = kb.ask("哪些公司在港交所上市")
    for company in ("开拓药业", "沛嘉医疗", "再鼎医药"):
        assert company in present.text(answer).splitlines()[0]


@pytest.mark.parametrize(("question", "date_text"), [
    ("江苏第三代半导体研究院何时落户园区", "2019年7月26日"),
    ("新加坡科技研究局苏州基地什么时候和园区正式签署合作协议", "2019年10月"),
    ("生物医药产业园五期A1地块什么时候开工", "11月"),
    ("再鼎医药什么时候在港交所上市", "2020年9月28日"),   # from a photo caption
])
def test_when(kb: KnowledgeBase, question: str, date_text: str) -> None:
    answer = kb.ask(question)
    assert answer.intent == "when"
    assert answer.fact == date_text


@pytest.mark.parametrize("question", [
    "明天苏州天气怎么样", "比特币现在多少钱", "北京大学有多少学生", "asdfghjkl", "",
    "   ", "南京纳米城有多少家企业", "姑苏实验室主任是谁", "苏州纳米城员工人数",
    "园区2021年研发投入占比", "红烧肉怎么做", "?!", "多少", "纳米城什么时候成立",
    "腾讯在园区投资了多少", "苏州纳米城2019年入驻企业", "12345",
    "苏州工业园区GDP是多少",                      # only a share of it (4.5%) is given
    "Who founded Zai Lab?",                      # nothing about who founded it
    "金鸡湖创新合作中心（上海）在哪里揭牌的",      # the document has （北京） and （大湾区）
    "无锡国际科技园总投资多少",                    # another city's namesake
])
def test_not_found(kb: KnowledgeBase, question: str) -> None:
    answer = kb.ask(question)
    assert not answer.found
    assert answer.source is None
    # Said in the question's language.
    assert ("does not" if answer.lang == "en" else "没有") in present.text(answer)
    # No figure in the first line (it may quote the year or edition that was asked).
    first = present.text(answer).splitlines()[0].replace(answer.conflict or "", "")
    assert not any(ch.isdigit() for ch in first)


def test_not_found_offers_answerable_suggestions(kb: KnowledgeBase) -> None:
    answer = kb.ask("苏州纳米城员工人数")
    assert answer.suggestions
    for suggestion in answer.suggestions:
        assert kb.ask(suggestion).found


def test_answers_are_short(kb: KnowledgeBase) -> None:
    lines = [json.loads(x) for x in DEV_QA.read_text().splitlines()] if DEV_QA.exists() else []
    questions = [x["q"] for x in lines if "q" in x] or ["苏州纳米城入驻企业有多少家"]
    lengths = sorted(len(present.text(kb.ask(q))) for q in questions)
    assert lengths[len(lengths) // 2] <= 300


# -- the QA bars -------------------------------------------------------------------------


@pytest.mark.skipif(not DEV_QA.exists(), reason="../shared/qa/dev.jsonl is not beside the repo")
def test_dev_set_meets_the_bar(kb: KnowledgeBase) -> None:
    report = evaluate(kb, DEV_QA)
    failures = [(f.id, f.missing) for f in report.failures]
    assert report.accuracy >= 0.97, failures
    assert report.by_kind["none"][0] == report.by_kind["none"][1], failures


@pytest.mark.parametrize("name", ["tuned01.jsonl", "tuned02.jsonl", "tuned03.jsonl",
                                  "tuned04.jsonl", "tuned05.jsonl"])
def test_early_tuned_sets_meet_the_bar(kb: KnowledgeBase, name: str) -> None:
    """Sets first written blind by others; tuned on since, so regression tests now."""
    report = evaluate(kb, ROOT / "tests" / "qa" / name)
    assert report.total >= 60
    assert report.accuracy >= 0.95, [(f.id, f.missing) for f in report.failures]
    assert report.by_kind["none"][0] == report.by_kind["none"][1]


# Later sets (first-run scores in the README), held where they stand now: each holds the
# classes fixed on it (constraints, compare, English) against regressions.
LATER_BARS = {"tuned06.jsonl": 0.95, "tuned07.jsonl": 0.96, "tuned08-en.jsonl": 0.93,
              "tuned09.jsonl": 0.92, "tuned10-en.jsonl": 0.93, "tuned11.jsonl": 0.88,
              "tuned12.jsonl": 0.96, "tuned13.jsonl": 0.97,
              "tuned14.jsonl": 0.94, "tuned15.jsonl": 0.97,
              "tuned16.jsonl": 0.95, "tuned17.jsonl": 0.93,
              "tuned18.jsonl": 0.95, "tuned19.jsonl": 0.98, "tuned20.jsonl": 0.96,
              "tuned21.jsonl": 0.95, "tuned22.jsonl": 0.95, "tuned23.jsonl": 0.96,
              "tuned24.jsonl": 0.95, "tuned25.jsonl": 0.97, "tuned26.jsonl": 0.97,
              "tuned27.jsonl": 0.97, "tuned28.jsonl": 0.95,
              "tuned29.jsonl": 0.96, "tuned30.jsonl": 0.98, "tuned31.jsonl": 0.97,
              "tuned32.jsonl": 0.96, "tuned33.jsonl": 0.96,
              "tuned34.jsonl": 0.97, "tuned35.jsonl": 0.96, "tuned36.jsonl": 0.96,
              "tuned37.jsonl": 0.97, "tuned38.jsonl": 0.95,
              "tuned39.jsonl": 0.94, "tuned40.jsonl": 0.95, "tuned41.jsonl": 0.97,
              "tuned42.jsonl": 0.97, "tuned43.jsonl": 0.97,
              "tuned44.jsonl": 0.96, "tuned45.jsonl": 0.97,
              "tuned46.jsonl": 0.97, "tuned47.jsonl": 0.97, "tuned48.jsonl": 0.97,
              "tuned49.jsonl": 0.95, "tuned50.jsonl": 0.96, "tuned51.jsonl": 0.97,
              "tuned52.jsonl": 0.97, "tuned53.jsonl": 0.96,
              "tuned54.jsonl": 0.97, "tuned55.jsonl": 0.96,
              "tuned56.jsonl": 0.95, "tuned57.jsonl": 0.98,
              "tuned58.jsonl": 0.97, "tuned59.jsonl": 0.95,
              "tuned60.jsonl": 0.97, "tuned61.jsonl": 0.95,
              "tuned62.jsonl": 0.96, "tuned63.jsonl": 0.96,
              "tuned64.jsonl": 0.96, "tuned65.jsonl": 0.97,
              "tuned66.jsonl": 0.98, "tuned67.jsonl": 0.98,
              "tuned68.jsonl": 0.97, "tuned69.jsonl": 0.96,
              "tuned70.jsonl": 0.96, "tuned71.jsonl": 0.97,
              "tuned72.jsonl": 0.97, "tuned73.jsonl": 0.95,
              "tuned74.jsonl": 0.96, "tuned75.jsonl": 0.94, "tuned76.jsonl": 0.92,
              "tuned77.jsonl": 0.88, "tuned78.jsonl": 0.90,
              "tuned79.jsonl": 0.96, "tuned80.jsonl": 0.96, "tuned81.jsonl": 0.97,
              "tuned82.jsonl": 0.97, "tuned83.jsonl": 0.96, "tuned84.jsonl": 0.97,
              "tuned85.jsonl": 0.95, "tuned86.jsonl": 0.93, "tuned87.jsonl": 0.94,
              "tuned88.jsonl": 0.96, "tuned89.jsonl": 0.93, "tuned90.jsonl": 0.94,
              "tuned91.jsonl": 0.96, "tuned92.jsonl": 0.95, "tuned93.jsonl": 0.95,
              "tuned94.jsonl": 0.96, "tuned95.jsonl": 0.97, "tuned96.jsonl": 0.94,
              "tuned97.jsonl": 0.94, "tuned98.jsonl": 0.94, "tuned99.jsonl": 0.98,
              "tuned100.jsonl": 0.96, "tuned101.jsonl": 0.94, "tuned102.jsonl": 0.93,
              "tuned103.jsonl": 0.91, "tuned104.jsonl": 0.96,
              "tuned105.jsonl": 0.93, "tuned106.jsonl": 0.96,
              "tuned107.jsonl": 0.90, "tuned108.jsonl": 0.92,
              "tuned109.jsonl": 0.92, "tuned110.jsonl": 0.97,
              "tuned111.jsonl": 0.97, "tuned112.jsonl": 0.97,
              "tuned113.jsonl": 0.98, "tuned114.jsonl": 0.99, "tuned115.jsonl": 0.96,
              "tuned116.jsonl": 0.99, "tuned117.jsonl": 0.92, "tuned118.jsonl": 0.97,
              "tuned119.jsonl": 0.98, "tuned120.jsonl": 0.98,
              "tuned121.jsonl": 0.98, "tuned122.jsonl": 0.97,
              "tuned123.jsonl": 0.97, "tuned124.jsonl": 0.99,
              "tuned125.jsonl": 0.97, "tuned126.jsonl": 0.98,
              "tuned127.jsonl": 0.96, "tuned128.jsonl": 0.98,
              "tuned129.jsonl": 0.98, "tuned130.jsonl": 0.99,
              "tuned131.jsonl": 0.95, "tuned132.jsonl": 0.97,
              "tuned133.jsonl": 0.97, "tuned134.jsonl": 0.98,
              "tuned135.jsonl": 0.97, "tuned136.jsonl": 0.98,
              "tuned137.jsonl": 0.97, "tuned138.jsonl": 0.97,
              "tuned139.jsonl": 0.97, "tuned140.jsonl": 0.96,
              "tuned141.jsonl": 0.97, "tuned142.jsonl": 0.97,
              "tuned143.jsonl": 0.95, "tuned144.jsonl": 0.96,
              "tuned145.jsonl": 0.98, "tuned146.jsonl": 0.98,
              "tuned147.jsonl": 0.95, "tuned148.jsonl": 0.98,
              "tuned149.jsonl": 0.94, "tuned150.jsonl": 0.97,
              "tuned151.jsonl": 0.98, "tuned152.jsonl": 0.92,
              "tuned153.jsonl": 0.94, "tuned154.jsonl": 0.96, "tuned155.jsonl": 0.96,
              "tuned156.jsonl": 0.96, "tuned157.jsonl": 0.96, "tuned158.jsonl": 0.95,
              "tuned159.jsonl": 0.96, "tuned160.jsonl": 0.98, "tuned161.jsonl": 0.93,
              "tuned162.jsonl": 0.96, "tuned163.jsonl": 0.92, "tuned164.jsonl": 0.94,
              "tuned165.jsonl": 0.93, "tuned166.jsonl": 0.91, "tuned167.jsonl": 0.93,
              "tuned168.jsonl": 0.98, "tuned169.jsonl": 0.94, "tuned170.jsonl": 0.95,
              "tuned171.jsonl": 0.97, "tuned172.jsonl": 0.94, "tuned173.jsonl": 0.93,
              "tuned174.jsonl": 0.93, "tuned175.jsonl": 0.93, "tuned176.jsonl": 0.92,
              "tuned177.jsonl": 0.93, "tuned178.jsonl": 0.96, "tuned179.jsonl": 0.97,
              "tuned180.jsonl": 0.97, "tuned181.jsonl": 0.94, "tuned182.jsonl": 0.95,
              "tuned183.jsonl": 0.94, "tuned184.jsonl": 0.93, "tuned185.jsonl": 0.93,
              "tuned186.jsonl": 0.95, "tuned187.jsonl": 0.92, "tuned188.jsonl": 0.93,
              "tuned189.jsonl": 0.91, "tuned190.jsonl": 0.93, "tuned191.jsonl": 0.93,
              "tuned192.jsonl": 0.91, "tuned193.jsonl": 0.95, "tuned194.jsonl": 0.92,
              "tuned195.jsonl": 0.95, "tuned196.jsonl": 0.92, "tuned197.jsonl": 0.92,
              "tuned198.jsonl": 0.93, "tuned199.jsonl": 0.97, "tuned200.jsonl": 0.95,
              "tuned201.jsonl": 0.94, "tuned202.jsonl": 0.92, "tuned203.jsonl": 0.93,
              "tuned204.jsonl": 0.90, "tuned205.jsonl": 0.94, "tuned206.jsonl": 0.92,
              "tuned207.jsonl": 0.95, "tuned208.jsonl": 0.97, "tuned209.jsonl": 0.95,
              "tuned210.jsonl": 0.94, "tuned211.jsonl": 0.96, "tuned212.jsonl": 0.97,
              "tuned213.jsonl": 0.94, "tuned214.jsonl": 0.92, "tuned215.jsonl": 0.92,
              "tuned216.jsonl": 0.94, "tuned217.jsonl": 0.96, "tuned218.jsonl": 0.93,
              "tuned219.jsonl": 0.95, "tuned220.jsonl": 0.95, "tuned221.jsonl": 0.95,
              "tuned222.jsonl": 0.95, "tuned223.jsonl": 0.91, "tuned224.jsonl": 0.94,
              "tuned225.jsonl": 0.91, "tuned226.jsonl": 0.86, "tuned227.jsonl": 0.88,
              "tuned228.jsonl": 0.95, "tuned229.jsonl": 0.95, "tuned230.jsonl": 0.93,
              "tuned231.jsonl": 0.91, "tuned232.jsonl": 0.93, "tuned233.jsonl": 0.97,
              "tuned234.jsonl": 0.98, "tuned235.jsonl": 0.93, "tuned236.jsonl": 0.93,
              "tuned237.jsonl": 0.93, "tuned238.jsonl": 0.97, "tuned239.jsonl": 0.97,
              "tuned240.jsonl": 0.95, "tuned241.jsonl": 0.96, "tuned242.jsonl": 0.94,
              "tuned243.jsonl": 0.95, "tuned244.jsonl": 0.95, "tuned245.jsonl": 0.94,
              "tuned246.jsonl": 0.93, "tuned247.jsonl": 0.95, "tuned248.jsonl": 0.98,
              "tuned249.jsonl": 0.96, "tuned250.jsonl": 0.95, "tuned251.jsonl": 0.95,
              "tuned252.jsonl": 0.93, "tuned253.jsonl": 0.92, "tuned254.jsonl": 0.95,
              "tuned255.jsonl": 0.96, "tuned256.jsonl": 0.98, "tuned257.jsonl": 0.95,
              "tuned258.jsonl": 0.96, "tuned259.jsonl": 0.97, "tuned260.jsonl": 0.94,
              "tuned261.jsonl": 0.93, "tuned262.jsonl": 0.95, "tuned263.jsonl": 0.91,
              "tuned264.jsonl": 0.97, "tuned265.jsonl": 0.98, "tuned266.jsonl": 0.99,
              "tuned267.jsonl": 0.97, "tuned268.jsonl": 0.95, "tuned269.jsonl": 0.96,
              "tuned270.jsonl": 0.97, "tuned271.jsonl": 0.94, "tuned272.jsonl": 0.99,
              "tuned273.jsonl": 0.96, "tuned274.jsonl": 0.96, "tuned275.jsonl": 0.96,
              "tuned276.jsonl": 0.94, "tuned277.jsonl": 0.96, "tuned278.jsonl": 0.94,
              "tuned279.jsonl": 0.95, "tuned280.jsonl": 0.95, "tuned281.jsonl": 0.98,
              "tuned282.jsonl": 0.96, "tuned283.jsonl": 0.98, "tuned284.jsonl": 0.97,
              "tuned285.jsonl": 0.97, "tuned286.jsonl": 0.95, "tuned287.jsonl": 0.97,
              "tuned288.jsonl": 0.94, "tuned289.jsonl": 0.95, "tuned290.jsonl": 0.97,
              "tuned291.jsonl": 0.95, "tuned292.jsonl": 0.97, "tuned293.jsonl": 0.96,
              "tuned294.jsonl": 0.97, "tuned295.jsonl": 0.98, "tuned296.jsonl": 0.97,
              "tuned297.jsonl": 0.97, "tuned298.jsonl": 0.95, "tuned299.jsonl": 0.95,
              "tuned300.jsonl": 0.97, "tuned301.jsonl": 0.93, "tuned302.jsonl": 0.97,
              "tuned303.jsonl": 0.97, "tuned304.jsonl": 0.97,
              "tuned305.jsonl": 0.95, "tuned306.jsonl": 0.96, "tuned307.jsonl": 0.96,
              "tuned308.jsonl": 0.95, "tuned309.jsonl": 0.95, "tuned310.jsonl": 0.97,
              "tuned311.jsonl": 0.97, "tuned312.jsonl": 0.94,
              "tuned313.jsonl": 0.97, "tuned314.jsonl": 0.94, "tuned315.jsonl": 0.97,
              "tuned316.jsonl": 0.97,
              "tuned317.jsonl": 0.96, "tuned318.jsonl": 0.96, "tuned319.jsonl": 1.0,
              "tuned320.jsonl": 0.95, "tuned321.jsonl": 0.92, "tuned322.jsonl": 0.9,
              "tuned323.jsonl": 0.94, "tuned324.jsonl": 0.93,
              "tuned325.jsonl": 0.99, "tuned326.jsonl": 0.98, "tuned327.jsonl": 0.95,
              "tuned328.jsonl": 0.96, "tuned329.jsonl": 0.96, "tuned330.jsonl": 0.95,
              "tuned331.jsonl": 0.98, "tuned332.jsonl": 0.92,
              "tuned333.jsonl": 0.9, "tuned334.jsonl": 0.94, "tuned335.jsonl": 0.9,
              "tuned336.jsonl": 0.92, "tuned337.jsonl": 0.92, "tuned338.jsonl": 0.92,
              "tuned339.jsonl": 0.94, "tuned340.jsonl": 0.96, "tuned341.jsonl": 0.92,
              "tuned342.jsonl": 0.92, "tuned343.jsonl": 0.9, "tuned344.jsonl": 0.9,
              "tuned345.jsonl": 0.88, "tuned346.jsonl": 0.91, "tuned347.jsonl": 0.91,
              "tuned348.jsonl": 0.93,
              "tuned349.jsonl": 0.92, "tuned350.jsonl": 0.97, "tuned351.jsonl": 0.95,
              "tuned352.jsonl": 0.94, "tuned353.jsonl": 0.94, "tuned354.jsonl": 0.91,
              "tuned355.jsonl": 0.86, "tuned356.jsonl": 0.9, "tuned357.jsonl": 0.85,
              "tuned358.jsonl": 0.87, "tuned359.jsonl": 0.92, "tuned360.jsonl": 0.92,
              "tuned361.jsonl": 0.86, "tuned362.jsonl": 0.89, "tuned363.jsonl": 0.87,
              "tuned364.jsonl": 0.93, "tuned365.jsonl": 0.97, "tuned366.jsonl": 0.95,
              "tuned367.jsonl": 0.95, "tuned368.jsonl": 0.99, "tuned369.jsonl": 0.92,
              "tuned370.jsonl": 0.95, "tuned371.jsonl": 0.95, "tuned372.jsonl": 0.95,
              "tuned373.jsonl": 0.95, "tuned374.jsonl": 0.97, "tuned375.jsonl": 0.95,
              "tuned376.jsonl": 0.95, "tuned377.jsonl": 0.92, "tuned378.jsonl": 0.92,
              "tuned379.jsonl": 0.89, "tuned380.jsonl": 0.95, "tuned381.jsonl": 0.92,
              "tuned382.jsonl": 0.89, "tuned383.jsonl": 0.97, "tuned384.jsonl": 0.93,
              "tuned385.jsonl": 0.92, "tuned386.jsonl": 0.9, "tuned387.jsonl": 0.9,
              "tuned388.jsonl": 0.91, "tuned389.jsonl": 0.94, "tuned390.jsonl": 0.91,
              "tuned391.jsonl": 0.9, "tuned392.jsonl": 0.87, "tuned393.jsonl": 0.97,
              "tuned394.jsonl": 0.95, "tuned395.jsonl": 0.9, "tuned396.jsonl": 0.92,
              "tuned397.jsonl": 0.93, "tuned398.jsonl": 0.92, "tuned399.jsonl": 0.89,
              "tuned400.jsonl": 0.93, "tuned401.jsonl": 0.93, "tuned402.jsonl": 0.85,
              "tuned403.jsonl": 0.93, "tuned404.jsonl": 0.92,
              "tuned405.jsonl": 0.93, "tuned406.jsonl": 0.95, "tuned407.jsonl": 0.94,
              "tuned408.jsonl": 0.92, "tuned409.jsonl": 0.95, "tuned410.jsonl": 0.95,
              "tuned411.jsonl": 0.95, "tuned412.jsonl": 0.88, "tuned413.jsonl": 0.92,
              "tuned414.jsonl": 0.9, "tuned415.jsonl": 0.94, "tuned416.jsonl": 0.92,
              "tuned417.jsonl": 0.94, "tuned418.jsonl": 0.92, "tuned419.jsonl": 0.92,
              "tuned420.jsonl": 0.86, "tuned421.jsonl": 0.87, "tuned422.jsonl": 0.92,
              "tuned423.jsonl": 0.9, "tuned424.jsonl": 0.91,
              "tuned425.jsonl": 0.92, "tuned426.jsonl": 0.96, "tuned427.jsonl": 0.9,
              "tuned428.jsonl": 0.91, "tuned429.jsonl": 0.89, "tuned430.jsonl": 0.92,
              "tuned431.jsonl": 0.9, "tuned432.jsonl": 0.94,
              "tuned433.jsonl": 0.94, "tuned434.jsonl": 0.94, "tuned435.jsonl": 0.95,
              "tuned436.jsonl": 0.89, "tuned437.jsonl": 0.95, "tuned438.jsonl": 0.87,
              "tuned439.jsonl": 0.91, "tuned440.jsonl": 0.9, "tuned441.jsonl": 0.93,
              "tuned442.jsonl": 0.93, "tuned443.jsonl": 0.91, "tuned444.jsonl": 0.93,
              "tuned445.jsonl": 0.9, "tuned446.jsonl": 0.93, "tuned447.jsonl": 0.95,
              "tuned448.jsonl": 0.9, "tuned449.jsonl": 0.92, "tuned450.jsonl": 0.94,
              "tuned451.jsonl": 0.88, "tuned452.jsonl": 0.89,
              "tuned453.jsonl": 0.95, "tuned454.jsonl": 0.88, "tuned455.jsonl": 0.93,
              "tuned456.jsonl": 0.9, "tuned457.jsonl": 0.92, "tuned458.jsonl": 0.87,
              "tuned459.jsonl": 0.94, "tuned460.jsonl": 0.92,
              "tuned461.jsonl": 0.92, "tuned462.jsonl": 0.91, "tuned463.jsonl": 0.95,
              "tuned464.jsonl": 0.92, "tuned465.jsonl": 0.9, "tuned466.jsonl": 0.83,
              "tuned467.jsonl": 0.88, "tuned468.jsonl": 0.92, "tuned469.jsonl": 0.95,
              "tuned470.jsonl": 0.94, "tuned471.jsonl": 0.94, "tuned472.jsonl": 0.92,
              "tuned473.jsonl": 0.97, "tuned474.jsonl": 0.96, "tuned475.jsonl": 0.94,
              "tuned476.jsonl": 0.94, "tuned477.jsonl": 0.93, "tuned478.jsonl": 0.95,
              "tuned479.jsonl": 0.9, "tuned480.jsonl": 0.91, "tuned481.jsonl": 0.91,
              "tuned482.jsonl": 0.9, "tuned483.jsonl": 0.91, "tuned484.jsonl": 0.93,
              "tuned485.jsonl": 0.95, "tuned486.jsonl": 0.96, "tuned487.jsonl": 0.93,
              "tuned488.jsonl": 0.97, "tuned489.jsonl": 0.97, "tuned490.jsonl": 0.92,
              "tuned491.jsonl": 0.95, "tuned492.jsonl": 0.94, "tuned493.jsonl": 0.9,
              "tuned494.jsonl": 0.93, "tuned495.jsonl": 0.9, "tuned496.jsonl": 0.97,
              "tuned497.jsonl": 0.87, "tuned498.jsonl": 0.92, "tuned499.jsonl": 0.88,
              "tuned500.jsonl": 0.88, "tuned501.jsonl": 0.97, "tuned502.jsonl": 0.98,
              "tuned503.jsonl": 0.97, "tuned504.jsonl": 0.99, "tuned505.jsonl": 0.95,
              "tuned506.jsonl": 0.95, "tuned507.jsonl": 0.95, "tuned508.jsonl": 0.99,
              "tuned509.jsonl": 0.97, "tuned510.jsonl": 0.94, "tuned511.jsonl": 0.94,
              "tuned512.jsonl": 0.96, "tuned513.jsonl": 0.96, "tuned514.jsonl": 0.97,
              "tuned515.jsonl": 0.96, "tuned516.jsonl": 0.98, "tuned517.jsonl": 0.95,
              "tuned518.jsonl": 0.97, "tuned519.jsonl": 0.94, "tuned520.jsonl": 0.97,
              "tuned521.jsonl": 0.94, "tuned522.jsonl": 0.95, "tuned523.jsonl": 0.97,
              "tuned524.jsonl": 0.93, "tuned525.jsonl": 1.0, "tuned526.jsonl": 0.97,
              "tuned527.jsonl": 0.97, "tuned528.jsonl": 0.97, "tuned529.jsonl": 0.99,
              "tuned530.jsonl": 0.98, "tuned531.jsonl": 0.95, "tuned532.jsonl": 0.95,
              "tuned533.jsonl": 0.97, "tuned534.jsonl": 0.99, "tuned535.jsonl": 0.98,
              "tuned536.jsonl": 0.92, "tuned537.jsonl": 0.98, "tuned538.jsonl": 0.97,
              "tuned539.jsonl": 0.93, "tuned540.jsonl": 0.95, "tuned541.jsonl": 0.9,
              "tuned542.jsonl": 0.97, "tuned543.jsonl": 0.93, "tuned544.jsonl": 0.95,
              "tuned545.jsonl": 0.98, "tuned546.jsonl": 0.95, "tuned547.jsonl": 0.98,
              "tuned548.jsonl": 0.97, "tuned549.jsonl": 0.98, "tuned550.jsonl": 0.99,
              "tuned551.jsonl": 0.96, "tuned552.jsonl": 0.95, "tuned553.jsonl": 0.93,
              "tuned554.jsonl": 0.95, "tuned555.jsonl": 0.97, "tuned556.jsonl": 0.96,
              "tuned557.jsonl": 0.95, "tuned558.jsonl": 0.97, "tuned559.jsonl": 0.93,
              "tuned560.jsonl": 0.95, "tuned561.jsonl": 0.92, "tuned562.jsonl": 0.98,
              "tuned563.jsonl": 0.95, "tuned564.jsonl": 0.97, "tuned565.jsonl": 0.96,
              "tuned566.jsonl": 0.99, "tuned567.jsonl": 0.99, "tuned568.jsonl": 0.97,
              "tuned569.jsonl": 0.98, "tuned570.jsonl": 0.98, "tuned571.jsonl": 0.98,
              "tuned572.jsonl": 0.98, "tuned573.jsonl": 0.98, "tuned574.jsonl": 0.94,
              "tuned575.jsonl": 0.97, "tuned576.jsonl": 0.97, "tuned577.jsonl": 0.97,
              "tuned578.jsonl": 0.95, "tuned579.jsonl": 0.99, "tuned580.jsonl": 0.99,
              "tuned581.jsonl": 0.96, "tuned582.jsonl": 0.94, "tuned583.jsonl": 0.98,
              "tuned584.jsonl": 0.99, "tuned585.jsonl": 0.95, "tuned586.jsonl": 0.98,
              "tuned587.jsonl": 0.98, "tuned588.jsonl": 0.91, "tuned589.jsonl": 0.99,
              "tuned590.jsonl": 0.99, "tuned591.jsonl": 0.99, "tuned592.jsonl": 0.99,
              "tuned593.jsonl": 0.98, "tuned594.jsonl": 0.98, "tuned595.jsonl": 0.98,
              "tuned596.jsonl": 0.98, "tuned597.jsonl": 0.97, "tuned598.jsonl": 0.97,
              "tuned599.jsonl": 0.99, "tuned600.jsonl": 0.99, "tuned601.jsonl": 0.98,
              "tuned602.jsonl": 0.96, "tuned603.jsonl": 0.99, "tuned604.jsonl": 0.97,
              "tuned605.jsonl": 0.89, "tuned606.jsonl": 0.97, "tuned607.jsonl": 0.96,
              "tuned608.jsonl": 0.93, "tuned609.jsonl": 0.99, "tuned610.jsonl": 0.98,
              "tuned611.jsonl": 0.98, "tuned612.jsonl": 0.97, "tuned613.jsonl": 0.96,
              "tuned614.jsonl": 0.95, "tuned615.jsonl": 0.99, "tuned616.jsonl": 0.95,
              "tuned617.jsonl": 0.95, "tuned618.jsonl": 0.98, "tuned619.jsonl": 0.98,
              "tuned620.jsonl": 0.99, "tuned621.jsonl": 0.97, "tuned622.jsonl": 0.95,
              "tuned623.jsonl": 0.99, "tuned624.jsonl": 0.95, "tuned625.jsonl": 0.97,
              "tuned626.jsonl": 0.97, "tuned627.jsonl": 0.95, "tuned628.jsonl": 0.98,
              "tuned629.jsonl": 0.95, "tuned630.jsonl": 0.98, "tuned631.jsonl": 0.95,
              "tuned632.jsonl": 0.93, "tuned633.jsonl": 0.97, "tuned634.jsonl": 0.97,
              "tuned635.jsonl": 0.95, "tuned636.jsonl": 0.96, "tuned637.jsonl": 0.98,
              "tuned638.jsonl": 0.97, "tuned639.jsonl": 0.99, "tuned640.jsonl": 0.93,
              "tuned641.jsonl": 0.97, "tuned642.jsonl": 0.98, "tuned643.jsonl": 0.99,
              "tuned644.jsonl": 0.97, "tuned645.jsonl": 0.97, "tuned646.jsonl": 0.99,
              "tuned647.jsonl": 0.98, "tuned648.jsonl": 0.97, "tuned649.jsonl": 0.95,
              "tuned650.jsonl": 0.95, "tuned651.jsonl": 0.97, "tuned652.jsonl": 0.95,
              "tuned653.jsonl": 0.96, "tuned654.jsonl": 0.99, "tuned655.jsonl": 0.95,
              "tuned656.jsonl": 0.97, "tuned657.jsonl": 1.0, "tuned658.jsonl": 0.97,
              "tuned659.jsonl": 0.98, "tuned660.jsonl": 0.99, "tuned661.jsonl": 0.99,
              "tuned662.jsonl": 0.97, "tuned663.jsonl": 0.98, "tuned664.jsonl": 0.97,
              "tuned665.jsonl": 0.97, "tuned666.jsonl": 0.97, "tuned667.jsonl": 1.0,
              "tuned668.jsonl": 1.0, "tuned669.jsonl": 0.98, "tuned670.jsonl": 0.98,
              "tuned671.jsonl": 0.96, "tuned672.jsonl": 0.97, "tuned673.jsonl": 0.97,
              "tuned674.jsonl": 0.93, "tuned675.jsonl": 1.0, "tuned676.jsonl": 0.97,
              "tuned677.jsonl": 1.0, "tuned678.jsonl": 0.98, "tuned679.jsonl": 0.99,
              "tuned680.jsonl": 0.98, "tuned681.jsonl": 0.98, "tuned682.jsonl": 0.96,
              "tuned683.jsonl": 0.97, "tuned684.jsonl": 0.92, "tuned685.jsonl": 0.98,
              "tuned686.jsonl": 0.98, "tuned687.jsonl": 0.97, "tuned688.jsonl": 0.93,
              "tuned689.jsonl": 0.95, "tuned690.jsonl": 0.87, "tuned691.jsonl": 0.96,
              "tuned692.jsonl": 0.95, "tuned693.jsonl": 0.98, "tuned694.jsonl": 0.97,
              "tuned695.jsonl": 0.97, "tuned696.jsonl": 0.97, "tuned697.jsonl": 0.97,
              "tuned698.jsonl": 0.96, "tuned699.jsonl": 0.97, "tuned700.jsonl": 0.97,
              "tuned701.jsonl": 0.97, "tuned702.jsonl": 0.96, "tuned703.jsonl": 0.96,
              "tuned704.jsonl": 0.96, "tuned705.jsonl": 0.95, "tuned706.jsonl": 0.96,
              "tuned707.jsonl": 0.9, "tuned708.jsonl": 0.9, "tuned709.jsonl": 0.99,
              "tuned710.jsonl": 0.99, "tuned711.jsonl": 0.99, "tuned712.jsonl": 0.98,
              "tuned713.jsonl": 0.95, "tuned714.jsonl": 0.95, "tuned715.jsonl": 0.96,
              "tuned716.jsonl": 0.98, "tuned717.jsonl": 0.96, "tuned718.jsonl": 0.97,
              "tuned719.jsonl": 0.96, "tuned720.jsonl": 0.97, "tuned721.jsonl": 0.92,
              "tuned722.jsonl": 0.95, "tuned723.jsonl": 0.98, "tuned724.jsonl": 0.97,
              "tuned725.jsonl": 0.95, "tuned726.jsonl": 0.99, "tuned727.jsonl": 0.97,
              "tuned728.jsonl": 0.97, "tuned729.jsonl": 0.97, "tuned730.jsonl": 0.95,
              "tuned731.jsonl": 0.95, "tuned732.jsonl": 0.95, "tuned733.jsonl": 0.97,
              "tuned734.jsonl": 0.94, "tuned735.jsonl": 0.96, "tuned736.jsonl": 0.97,
              "tuned737.jsonl": 0.93, "tuned738.jsonl": 0.87, "tuned739.jsonl": 0.95,
              "tuned740.jsonl": 0.94}


@pytest.mark.parametrize(("name", "bar"), sorted(LATER_BARS.items()))
def test_later_tuned_sets_hold(kb: KnowledgeBase, name: str, bar: float) -> None:
    report = evaluate(kb, ROOT / "tests" / "qa" / name)
    assert report.accuracy >= bar, [(f.id, f.missing) for f in report.failures]
    # "Not in the document" when it is costs trust: it may not grow past today's.
    assert report.false_not_found_rate <= 0.12, report.false_not_found


def test_own_set_meets_the_bar(kb: KnowledgeBase) -> None:
    report = evaluate(kb, OWN_QA)
    assert report.total >= 48  # at least two questions for each of the 24 entries
    assert report.accuracy >= 0.93, [(f.id, f.missing) for f in report.failures]
    assert report.by_kind["none"][0] == report.by_kind["none"][1]


def test_cli_ask_json_contract(tmp_path: Path) -> None:
    db = tmp_path / "cli.db"
    run = subprocess.run(
        [sys.executable, "-m", "bot", "ask", "--db", str(db), "--json"],
        input="苏州纳米城入驻企业有多少家\n\nasdfghjkl\n", capture_output=True, text=True,
        timeout=60, check=True)
    rows = [json.loads(line) for line in run.stdout.splitlines()]
    assert len(rows) == 2  # one object per question: the blank line asks nothing
    # The contract's fields (new ones may be added: lang).
    assert set(rows[0]) >= {"question", "found", "answer", "intent", "entity", "source",
                            "suggestions"}
    assert rows[0]["found"] and "397家" in rows[0]["answer"]
    assert rows[0]["source"] == {"section": "科技载体与平台", "entry": "苏州纳米城"}
    assert rows[1]["question"] == "asdfghjkl" and rows[1]["found"] is False


def test_cli_eval_exits_nonzero_below_min(tmp_path: Path) -> None:
    qa = tmp_path / "qa.jsonl"
    qa.write_text(json.dumps({"id": "x", "kind": "figure", "q": "苏州纳米城入驻企业有多少家",
                              "expect": [["12345家"]]}, ensure_ascii=False) + "\n")
    run = subprocess.run(
        [sys.executable, "-m", "bot", "eval", "--db", str(tmp_path / "e.db"), str(qa),
         "--min", "0.5"], capture_output=True, text=True, timeout=60)
    assert run.returncode != 0
    assert "FAIL x" in run.stdout


@pytest.mark.parametrize(("question", "fact"), [
    ("nami cheng ruzhu qiye duoshao jia", "397家"),
    ("gusu shiyanshi boshi xueli duoshao ren", "59人"),
])
def test_questions_typed_in_pinyin(kb: KnowledgeBase, question: str, fact: str) -> None:
    assert kb.ask(question).fact == fact


@pytest.mark.parametrize("question", ["How many patents did Nano City apply for",
                                      "she hang an long", "asdf qwer zxcv"])
def test_english_and_noise_are_not_read_as_pinyin(engine: Engine, question: str) -> None:
    assert engine.reader.from_pinyin(fold(question)) is None
