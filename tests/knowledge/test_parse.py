"""Parser tests on real snippets of the yearbook chapter (data/sources/sip-2020-science.txt).

Snippets are sliced verbatim out of the bundled document, so they carry its real layout: hard
wraps every ~17 characters with blank lines between, captions on adjacent lines that cut a
sentence (or a figure) in two, the running header, page labels and ``\\ufffd`` characters.
Each test first asserts that the snippet really has the layout trouble it is about.
"""

from __future__ import annotations

import pytest
from paths import FIXTURE

from data.parse import (
    REPLACEMENT,
    ParseError,
    join_fragments,
    parse,
    split_credits,
    split_sentences,
)
from data.sources import BUNDLED_DOCUMENT

TEXT = BUNDLED_DOCUMENT.read_text(encoding="utf-8")


def snippet(start: str, end: str | None = None) -> str:
    """The document from the line holding ``start`` up to (not including) the line holding
    ``end`` (or the end of the document)."""
    i = TEXT.rindex("\n", 0, TEXT.index(start)) + 1
    j = TEXT.rindex("\n", 0, TEXT.index(end, i)) + 1 if end else len(TEXT)
    return TEXT[i:j]


def entry(doc, title: str):
    [found] = [e for e in doc.entries if e.title == title]
    return found


# -- caption repair ---------------------------------------------------------------------

def test_caption_cutting_a_sentence_is_lifted_out_and_the_sentence_reads_whole():
    raw = snippet("【园区2家企业技术中心获批国家企业", "科技政策")
    assert "其中，苏\n\n2020年9月28日" in raw  # the caption cuts 苏|州市
    doc = parse(raw)
    body = entry(doc, "园区2家企业技术中心获批国家企业技术中心").body
    assert "其中，苏州市2家入选企业技术中心均位于园区" in body
    assert "供稿" not in body and "再鼎" not in body
    [caption] = doc.captions
    assert caption.text == "2020年9月28日，再鼎医药（苏州）有限公司在港交所挂牌上市"
    assert caption.credit == "科教创新区"


def test_undated_caption_cutting_a_figure_is_lifted_out_and_the_figure_reads_whole():
    raw = snippet("【材料科学姑苏实验室】", "【牛津大学")
    assert "33万平方\n\n苏州国际科技园七期" in raw  # the caption cuts 33万平方|米
    doc = parse(raw)
    body = entry(doc, "材料科学姑苏实验室").body
    assert "实验室总部规划用地33万平方米，10年内建设资金总额200亿元" in body
    [caption] = doc.captions
    assert caption.text == "苏州国际科技园七期人工智能产业园"
    assert caption.credit == "科技发展公司"
    assert entry(doc, "材料科学姑苏实验室").credits == ("林岚开",)


def test_caption_wrapped_over_two_lines_then_the_running_header():
    raw = snippet("【金鸡湖创新合作中心（北京）揭牌】", "【金鸡湖创新合作中心（大湾区）")
    assert "路演中\n心聚合大会" in raw and "\n 科学技术\n" in raw
    doc = parse(raw)
    [caption] = doc.captions
    assert caption.text == ("2020年11月24日，2020企业赋能创新发展峰会暨第五届苏南股权"
                            "路演中心聚合大会举行")
    assert caption.credit == "园区企业服务中心"
    body = entry(doc, "金鸡湖创新合作中心（北京）揭牌").body
    assert body.endswith("致力于集聚立足北京市辐射京津冀地区的科技创新资源，推介园区创新创业环境。")
    assert "科学技术" not in body
    assert doc.dropped == ("科学技术",)


def test_captions_at_the_end_of_the_document():
    raw = snippet("【园区对接上海科创中心建设合作交")
    assert "内芯_部分5_部分2" in raw
    doc = parse(raw)
    assert [(c.text, c.credit) for c in doc.captions] == [
        ("2020年6月24日，园区与张家港市战略合作协议签署", "园区新闻中心"),
        ("2020年5月30日，金鸡湖创新合作中心（北京）揭牌", "园区科技招商中心"),
    ]
    [only] = doc.entries
    assert only.body.endswith("共创区域协同创新发展大格局。")
    assert only.credits == ("林岚开",)
    assert not any("内芯" in d for d in (*doc.dropped, only.body))


# -- credits ----------------------------------------------------------------------------

@pytest.mark.parametrize(("raw", "names"), [
    ("林岚开  牟文华", ("林岚开", "牟文华")),
    ("叶    滢", ("叶滢",)),
    ("林岚开  潘  吉", ("林岚开", "潘吉")),
    # As printed: em and en spaces pad the names.
    ("林岚开\u2003 牟文华", ("林岚开", "牟文华")),
    ("叶\u2002\u2002  滢", ("叶滢",)),
    ("林岚开\u2003 潘\u2003 吉", ("林岚开", "潘吉")),
    ("林岚开\u2002\u2002  张贝仪", ("林岚开", "张贝仪")),
    ("瞿小飞", ("瞿小飞",)),
])
def test_split_credits_unpads_names(raw, names):
    assert split_credits(raw) == names


@pytest.mark.parametrize(("start", "end", "title", "credits"), [
    ("【苏州生物医药产业园】", "【苏州国际科技园】", "苏州生物医药产业园", ("林岚开", "牟文华")),
    ("【科技企业上市】", "【园区2家", "科技企业上市", ("叶滢",)),
    ("【苏州国际科技园】", "【苏州纳米城】", "苏州国际科技园", ("林岚开", "潘吉")),
    # The credit sits alone on the next line after a \ufffd: "…便利化。\ufffd\n\n\ufffd  （…）"
    ("【新加坡科技研究局苏州基地】", "【江苏第三代", "新加坡科技研究局苏州基地",
     ("林岚开", "张贝仪")),
    ("【江苏第三代半导体研究院】", "【材料科学", "江苏第三代半导体研究院", ()),
])
def test_credits_close_the_entry_and_leave_the_body(start, end, title, credits):
    e = entry(parse(snippet(start, end)), title)
    assert e.credits == credits
    assert "（" + "".join(credits) not in e.body.replace(" ", "")
    assert e.body.endswith("。")
    assert REPLACEMENT not in e.body


# -- header, page labels, replacement characters, wraps --------------------------------------

def test_whole_document_has_no_header_page_label_or_replacement_char():
    doc = parse(TEXT)
    assert TEXT.count(REPLACEMENT) > 20 and "内芯_部分5_部分2" in TEXT
    texts = [e.body for e in doc.entries] + [e.title for e in doc.entries]
    texts += [c.text for c in doc.captions] + [c.credit for c in doc.captions]
    texts += [name for e in doc.entries for name in e.credits]
    for text in texts:
        assert REPLACEMENT not in text
        assert "内芯" not in text and "_部分" not in text
        assert "科学技术" not in text
        assert "供稿" not in text
        assert "\n" not in text
    assert doc.dropped == ("科学技术",)


def test_cjk_joins_with_no_space_and_latin_keeps_its_space():
    assert join_fragments(["置创新资源，在开放环境下推进自主", "创新，加快转换"]) == (
        "置创新资源，在开放环境下推进自主创新，加快转换")
    # Real wrap: a CJK line end, then a Latin word: no space.
    assert join_fragments(["英国科技资源网络公司", "PraxisAuril在园区设立"]) == (
        "英国科技资源网络公司PraxisAuril在园区设立")
    # Latin word | Latin word keeps its space (the fixture wraps "Keppel|Corporation").
    assert join_fragments(["吉宝集团（Keppel", "Corporation）合作"]) == (
        "吉宝集团（Keppel Corporation）合作")
    assert join_fragments(["a\ufffd", "\ufffd b"]) == "a b"
    assert join_fragments(["功能.材料", "科学"]) == "功能。材料科学"


def test_wrapped_title_and_date_split_over_lines():
    doc = parse(TEXT)
    # "【园区2家企业技术中心获批国家企业\n\n技术中心】" and "2020年8\n\n月4日"
    assert "园区2家企业技术中心获批国家企业技术中心" in [e.title for e in doc.entries]
    e = entry(doc, "《苏州工业园区推动新兴产业高质量发展三年行动计划》印发")
    assert e.body.startswith("2020年8月4日，园区召开")
    # "功\n\n能.材料科学" is a sentence end typed as a full stop.
    assert "功\n\n能.材料科学" in TEXT
    assert "功能。材料科学姑苏实验室揭牌成立" in doc.entries[7].body


def test_sections_and_padded_heading():
    doc = parse(TEXT)
    assert doc.sections == ("综述", "科技政策", "科技载体与平台", "科技合作")
    assert TEXT.startswith(" 综\u2003 述")


def test_sentences_keep_closing_quotes_and_positions():
    assert split_sentences("被授予“江苏省实验室”称号。园区成为“首选地。”然后继续") == [
        "被授予“江苏省实验室”称号。", "园区成为“首选地。”", "然后继续"]
    body = entry(parse(snippet("【材料科学姑苏实验室】", "【牛津大学")), "材料科学姑苏实验室").body
    sentences = split_sentences(body)
    assert sentences[0] == "2020年6月30日，材料科学姑苏实验室揭牌成立。"
    assert sentences[1].startswith("实验室总部规划用地33万平方米")
    assert "".join(sentences) == body


@pytest.mark.parametrize("text", [
    "",
    "科学技术\n\n园区在全球范围配置创新资源。\n",
    "综  述\n\n没有任何词条的一段话。（林岚开）\n",
])
def test_text_without_entries_is_a_parse_error(text):
    with pytest.raises(ParseError, match="no 【…】 entries"):
        parse(text)


def test_crlf_and_bom_parse_the_same():
    raw = snippet("【材料科学姑苏实验室】", "【牛津大学")
    assert parse("\ufeff" + raw.replace("\n", "\r\n")) == parse(raw)


# -- a second chapter in the same style ---------------------------------------------------

def test_synthetic_chapter_parses_with_no_code_change():
    raw = FIXTURE.read_text(encoding="utf-8")
    doc = parse(raw)
    assert doc.sections == ("综述", "污染防治", "生态建设")
    assert [(e.section, e.title, e.credits) for e in doc.entries] == [
        ("综述", "概况", ("周敏",)),
        ("综述", "园区生态环境监测中心启用", ("陈晓东", "王帆")),
        ("污染防治", "概况", ("周敏",)),
        ("污染防治", "《苏州工业园区碧水行动方案》印发", ()),
        ("污染防治", "园区固废综合处置中心", ("林晓", "陈晓东")),
        ("生态建设", "概况", ("周敏",)),
        ("生态建设", "独墅湖生态实验室揭牌成立", ("陈晓东",)),
        ("生态建设", "园区与吴江区生态合作协议签署", ("林晓",)),
    ]
    assert [(c.text, c.credit) for c in doc.captions] == [
        ("2020年6月5日，园区举办世界环境日主题宣传活动", "园区生态环境局"),
        ("金鸡湖景区湿地保护区", "金鸡湖景区管理局"),
        ("2020年9月10日，独墅湖生态实验室揭牌成立暨首届长三角生态环境科技创新论坛举行",
         "独墅湖科教创新区"),
        ("2020年3月18日，园区生态环境监测中心启用", "园区生态环境局"),
    ]
    # The running header is the chapter's own name, dropped mid-entry.
    assert doc.dropped == ("环境保护",)
    bodies = {e.title + str(e.position): e.body for e in doc.entries}
    joined = "".join(bodies.values())
    assert "该中心占地约12万平方米，配套建设处置线6条" in joined      # caption cut 平|方米
    assert "园区与吴江区签订生态补偿协议" in joined                  # caption cut 签|订
    assert "执法联动等3个方面开展合作" in joined                    # caption + header
    assert "关停淘汰落后产能企业17家" in joined                     # page label
    assert "首批引进科研人员46人" in joined                         # page number
    assert "（Keppel Corporation）" in joined
    assert "2020年11月，园区与吴江区签署" in joined                # year wrapped 20|20
    for text in joined, *(c.text for c in doc.captions):
        assert REPLACEMENT not in text and "内芯" not in text and "158" not in text
