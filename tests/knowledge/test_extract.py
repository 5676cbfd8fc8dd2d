"""The extraction grammar (figures, dates, event titles, names) on real sentences."""

from __future__ import annotations

import pytest

from data.extract import (
    GENERIC,
    brand_subjects,
    entry_subject,
    event_title,
    find_dates,
    find_entities,
    find_figures,
    short_forms,
)


def figure(sentence: str, text: str):
    [found] = [f for f in find_figures(sentence) if f.text == text]
    return found


# -- figures ------------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "text", "value", "value_max", "unit", "qualifier", "label"), [
    ("设立风险资金池、引导基金、产业基金、并购基金等，区域股权投资基金规模2500亿余元。",
     "2500亿余元", 2500, None, "亿元", "余", "区域股权投资基金规模"),
    ("培育创新企业集群，全年集聚科技创新型企业8000余家，国家高新技术企业1800余家。",
     "8000余家", 8000, None, "家", "余", "集聚科技创新型企业"),
    ("科创载体方面，投资近100亿元，建成苏州国际科技园",
     "近100亿元", 100, None, "亿元", "近", "投资"),
    ("提出用3—5年时间，把园区三大新兴产业培育成为引领园区高质量发展的新支柱产业",
     "3—5年", 3, 5, "年", "", "提出用"),
    ("年内10家医疗器械企业的14个产品进入国家医疗器械创新产品审批绿色通道，占全市的50%以上；",
     "50%以上", 50, None, "%", "以上", None),
    ("科学研究与试验发展投入占地区生产总值的4.5%，万人有效发明专利拥有量174件。",
     "4.5%", 4.5, None, "%", "", "科学研究与试验发展投入占地区生产总值"),
    ("截至2020年底，苏州纳米城建成载体近40万平方米，入驻企业397家。",
     "397家", 397, None, "家", "", "入驻企业"),
    ("成为近1.5万名高层次研发人才集聚、交流、合作的创新产业生态圈。",
     "近1.5万名", 1.5, None, "万名", "近", None),
    ("占地约100万平方米，规划建筑面积约150万平方米",
     "约150万平方米", 150, None, "万平方米", "约", "规划建筑面积"),
    ("致力于医学、环境及食品安全三个领域的多种快速诊断技术开发",
     "三个", 3, None, "个", "", None),
])
def test_figure_grammar(sentence, text, value, value_max, unit, qualifier, label):
    f = figure(sentence, text)
    assert (f.value, f.value_max, f.unit, f.qualifier) == (value, value_max, unit, qualifier)
    if label is not None:
        assert f.label == label


@pytest.mark.parametrize("sentence", [
    "苏州纳微科技股份有限公司通过上交所科创板2020年第114次上市会议审核。",  # year, ordinal
    "国家发改委公布2020年（第27批）国家企业技术中心名单",                  # ordinal batch
    "2020年6月30日，材料科学姑苏实验室揭牌成立。",                         # a date is an event
    "园区服务长三角一体化国家战略，落实G60科创走廊建设的部署要求",          # a code
    "PM2.5年均浓度同比下降",                                              # 2.5年 is no figure
    "实施园区第十四届科技领军人才工程，一批国际一流院校",                   # ordinal, idiom
])
def test_not_figures(sentence):
    assert [f.text for f in find_figures(sentence)] == []


def test_every_figure_in_a_sentence_in_order_with_its_own_label():
    sentence = ("高新技术企业申报1440家，增加459家；744家企业进入公示，增加439家，"
                "累计有效高新技术企业1840家。")
    figures = find_figures(sentence)
    assert [f.text for f in figures] == ["1440家", "459家", "744家", "439家", "1840家"]
    assert figures[0].label == "高新技术企业申报"
    assert figures[-1].label == "累计有效高新技术企业"
    # A modifier alone ("增加") borrows what it modifies.
    assert figures[1].label == "高新技术企业申报（增加）"


# -- dates ---------------------------------------------------------------------------------

def test_full_dates_with_precision():
    dates = find_dates("2018年9月，在中新苏州工业园区联合协调理事会第十九次会议上", None)
    assert [(d.text, d.year, d.month, d.day) for d in dates] == [("2018年9月", 2018, 9, None)]
    [d] = find_dates("2019年7月26日，江苏第三代半导体研究院有限公司落户园区。", 2020)
    assert (d.year, d.month, d.day) == (2019, 7, 26)


def test_bare_months_need_a_year_and_take_the_nearest_one():
    sentence = ("三期B区作为园区第一个“拿地即开工”试点项目于10月开工建设，"
                "五期A1地块11月开工建设，五期A2地块12月开工建设")
    assert find_dates(sentence, None) == []
    assert [(d.text, d.year, d.month) for d in find_dates(sentence, 2020)] == [
        ("10月", 2020, 10), ("11月", 2020, 11), ("12月", 2020, 12)]
    [d] = find_dates("2020年，二期工程于5月开工建设。", 2019)
    assert (d.year, d.month) == (2020, 5)


@pytest.mark.parametrize("sentence", [
    "截至2020年底，苏州生物医药产业园拥有生物医药高科技创新企业430余家",
    "10年内建设资金总额200亿元",
    "获评2020年苏州市姑苏领军人才项目",
])
def test_not_dates(sentence):
    assert find_dates(sentence, 2020) == []


def test_event_titles():
    s = "2020年6月30日，材料科学姑苏实验室揭牌成立。"
    [d] = find_dates(s, None)
    assert event_title(s, d, "材料科学姑苏实验室", opens_entry=True) == "材料科学姑苏实验室揭牌成立"
    s = "2020年11月18日，新加坡科技研究局苏州企业合作中心启动。"
    [d] = find_dates(s, None)
    assert event_title(s, d, "新加坡科技研究局苏州基地") == "新加坡科技研究局苏州企业合作中心启动"
    # A date opening an entry titled with an event takes the title.
    s = ("2020年12月28日，上海医药临床研究中心与苏州市生物医药产业创新中心签约成立"
         "生物医药临床资源合作战略联盟。")
    [d] = find_dates(s, None)
    assert event_title(s, d, "生物医药临床资源合作战略联盟签约成立", opens_entry=True) == (
        "生物医药临床资源合作战略联盟签约成立")


# -- names ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("title", "subject"), [
    ("材料科学姑苏实验室", ("材料科学姑苏实验室", "lab")),
    ("苏州纳米城", ("苏州纳米城", "park")),
    ("成都斯派克学院成立", ("成都斯派克学院", "university")),
    ("金鸡湖创新合作中心（北京）揭牌", ("金鸡湖创新合作中心（北京）", "platform")),
    ("生物医药临床资源合作战略联盟签约成立", ("生物医药临床资源合作战略联盟", "platform")),
    ("《苏州工业园区推动新兴产业高质量发展三年行动计划》印发",
     ("《苏州工业园区推动新兴产业高质量发展三年行动计划》", "document")),
    ("园区对接上海科创中心建设合作交流会举办", ("园区对接上海科创中心建设合作交流会", "event")),
    ("园区2家企业技术中心获批国家企业技术中心", None),  # names two centres, not itself
    ("园区与张家港市战略合作协议签署", None),
    ("概况", None),
    ("科技企业上市", None),
])
def test_entry_subject(title, subject):
    assert entry_subject(title) == subject


def test_find_entities_bounded_by_function_words():
    s = ("苏州开拓药业股份有限公司、沛嘉医疗科技（苏州）有限公司、再鼎医药（苏州）有限公司"
         "在港交所挂牌上市。")
    names = [e.name for e in find_entities(s)]
    assert names == ["苏州开拓药业股份有限公司", "沛嘉医疗科技（苏州）有限公司",
                     "再鼎医药（苏州）有限公司", "港交所"]
    s = "江苏省5家企业技术中心、2家分中心入选。"
    assert all(not e.name.startswith(("江苏省5家", "5家")) for e in find_entities(s))
    s = "该实验室立足苏州现有科研基础与发展要求"
    assert find_entities(s) == []


def test_things_counted_by_kind_are_no_name():
    s = "打造两地信息互通、项目服务、人才交流三大平台。"
    assert not [e for e in find_entities(s) if e.name.endswith("三大平台")]


def test_a_kind_said_before_a_name_is_no_part_of_it():
    # (中国第一支市场化的专业母基金 describes the fund manager named after it)
    s = ("由园区科技招商中心与中国第一支市场化的专业母基金园区元禾辰坤股权投资基金管理中心"
         "（有限合伙）合作设立")
    names = [e.name for e in find_entities(s)]
    assert "园区元禾辰坤股权投资基金管理中心（有限合伙）" in names, names


@pytest.mark.parametrize(("name", "type_", "expected"), [
    ("再鼎医药（苏州）有限公司", "company", "再鼎医药"),
    ("苏州纳米城", "park", "纳米城"),
    ("苏州国际科技园", "park", "国际科技园"),
    ("苏州华兴源创科技股份有限公司", "company", "华兴源创"),
    # (a fund manager by its brand, its trade words and the park's 园区 aside)
    ("园区元禾辰坤股权投资基金管理中心（有限合伙）", "platform", "元禾辰坤"),
    ("园区元禾原点创业投资管理有限公司", "company", "元禾原点"),
])
def test_short_forms(name, type_, expected):
    forms = short_forms(name, type_)
    assert expected in forms
    assert not set(forms) & GENERIC
    assert all(len(f) >= 3 for f in forms)


@pytest.mark.parametrize("name", ["苏州产业园", "中国实验室", "江苏省中心", "苏州公司"])
def test_short_forms_never_a_bare_generic_word(name):
    assert not {"产业园", "实验室", "中心", "公司"} & set(short_forms(name, "park"))


@pytest.mark.parametrize(("sentence", "text", "label"), [
    # "among them": what follows says what is counted.
    ("第一批申报认定工作的33家企业中26家获得认定。", "26家", "获得认定的企业"),
    # 10年内: the duration belongs to what it bounds.
    ("10年内建设资金总额200亿元。", "200亿元", "10年内建设资金总额"),
    # No dangling 的.
    ("年内10家医疗器械企业的14个产品进入绿色通道。", "10家", "医疗器械企业"),
])
def test_labels_read_as_words_a_person_uses(sentence: str, text: str, label: str) -> None:
    [figure] = [f for f in find_figures(sentence) if f.text == text]
    assert figure.label == label


@pytest.mark.parametrize(("sentence", "names"), [
    # A company named by brand and trade as a clause's subject, each of a list of them.
    ("其中，六莲科技于2020年在国家药品监督管理局注册；路胜生物获评2020年园区科技领军人才项目。",
     ["六莲科技", "路胜生物"]),
    # Not a field in a list, nor the park's or "among them" before a trade word.
    ("在新型显示、5G 通信、电力电子、环境与健康等领域的应用", []),
    ("累计境内外上市企业45家，其中科技上市企业33家", []),
    ("园区科技获评全国第一", []),
])
def test_a_brand_and_trade_opening_a_clause_is_a_company(sentence: str,
                                                        names: list[str]) -> None:
    assert [m.name for m in brand_subjects(sentence)] == names
    assert all(m.type == "company" for m in brand_subjects(sentence))


def test_a_regulator_is_an_organisation() -> None:
    [match] = find_entities("六莲科技于2020年在国家药品监督管理局注册")
    assert (match.name, match.type) == ("国家药品监督管理局", "organisation")
