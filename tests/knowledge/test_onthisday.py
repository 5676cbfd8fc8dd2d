"""Digest content. The issue's cases run on the real store (the bundled document ingested);
edge cases the document lacks (leap day, overflow, future dates) on constructed events."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from botkit import copy_store

from data.kb import KnowledgeBase
from data.models import Event, Figure
from data.onthisday import (
    MAX_TEXT,
    build_digest,
    dedupe,
    digest_for,
    digest_for_day,
    digest_json,
    figure_of_the_day,
    years_ago,
)
from data.present.english_lines import has_chinese_outside_quotes

SECTION = "科学技术"


def ev(id_: int, y: int, m: int | None, d: int | None, title: str, sentence: str,
       *, entry: str | None = None, caption: bool = False) -> Event:
    precision = "day" if d else ("month" if m else "year")
    date_text = f"{y}年" + (f"{m}月" if m else "") + (f"{d}日" if d else "")
    return Event(id_, y, m, d, precision, date_text, title, sentence, None if caption else id_,
                 "图片说明" if caption else (entry or title), "图片" if caption else SECTION,
                 caption)


EVENTS = [
    ev(1, 2018, 9, None, "中新苏州工业园区新加坡国立大学研究院", "2018年9月，在中新苏州工业园区…"),
    ev(2, 2019, 7, 26, "江苏第三代半导体研究院成立", "2019年7月26日，江苏第三代半导体研究院成立。"),
    ev(3, 2020, 5, 30, "金鸡湖创新合作中心（北京）揭牌",
       "2020年5月30日，金鸡湖创新合作中心（北京）在北京揭牌。"),
    ev(4, 2020, 5, 30, "金鸡湖创新合作中心（大湾区）揭牌",
       "2020年5月30日，金鸡湖创新合作中心（大湾区）在深圳揭牌。"),
    ev(5, 2020, 5, 30, "", "2020年5月30日，金鸡湖创新合作中心（北京）揭牌（园区科技招商中心供稿）",
       caption=True),
    ev(6, 2020, 9, 28, "", "2020年9月28日，再鼎医药（苏州）有限公司在港交所挂牌上市",
       caption=True),
    ev(7, 2020, 12, 22, "园区2家企业技术中心获批国家企业技术中心",
       "2020年12月22日，国家发改委公布2020年（第27批）国家企业技术中心名单。"),
    ev(8, 2020, 12, None, "苏州市生物医药产业创新中心", "2020年12月，由苏州市生物…"),
    ev(9, 2020, 12, None, "园区对接交流会举办", "2020年12月，园区对接…"),
    ev(10, 2020, 12, 28, "上海医药签约成立", "2020年12月28日，上海医…"),
    ev(11, 2020, 6, 24, "园区与张家港市战略合作协议签署",
       "2020年6月24日，园区管委会与张家港市政府协同创新发展全面战略合作签约仪式举行。"),
    ev(12, 2020, 6, 24, "", "2020年6月24日，园区与张家港市战略合作协议签署", caption=True),
    ev(13, 2020, 5, None, "园区科技政策发布", "2020年5月，为进一步提升区域…"),
]
FIGURES = [
    Figure(i, f"{n}家", float(n), None, "家", "", "企业数", None, 7, 100 + i,
           f"园区共有企业{n}家。") for i, n in enumerate((33, 1440, 1840), start=1)
] + [Figure(9, "2020", 2020.0, None, "", "", "", None, 7, 200, "")]

TODAY = date(2026, 5, 30)


def fold(text: str) -> str:
    """The QA matcher's folding: NFKC, no whitespace."""
    return "".join(unicodedata.normalize("NFKC", text).split())


def test_figure_of_the_day_is_deterministic_and_skips_unitless_figures() -> None:
    picks = {figure_of_the_day(FIGURES, date(2026, 2, d)).id for d in range(1, 8)}  # type: ignore[union-attr]
    assert picks == {1, 2, 3}
    assert figure_of_the_day(FIGURES, date(2026, 2, 14)) == figure_of_the_day(
        list(reversed(FIGURES)), date(2026, 2, 14))
    a = build_digest(EVENTS, FIGURES, 2, 14, today=date(2026, 2, 14))
    b = build_digest(EVENTS, FIGURES, 2, 14, today=date(2026, 2, 14))
    assert a.text == b.text
    assert figure_of_the_day([], TODAY) is None


def test_english_digest_is_english_with_the_yearbooks_words_quoted() -> None:
    d = build_digest(EVENTS, FIGURES, 5, 30, today=TODAY, lang="en")
    assert "On this day · 30 May" in d.text
    assert "30 May 2020 (6 years ago)" in d.text
    assert "“2020年5月30日，金鸡湖创新合作中心（北京）" in d.text  # the original, quoted
    empty = build_digest(EVENTS, FIGURES, 2, 14, today=date(2026, 2, 14), lang="en")
    assert "The yearbook records nothing on 14 February." in empty.text
    assert "Figure of the day:" in empty.text
    for digest in (d, empty):
        for line in digest.text.splitlines():
            assert not has_chinese_outside_quotes(line), line


@pytest.mark.parametrize(("today", "zh", "en"), [
    (date(2026, 5, 30), "6年前", "6 years ago"),
    (date(2026, 5, 29), "5年前", "5 years ago"),
    (date(2021, 5, 30), "1年前", "1 year ago"),
    (date(2020, 12, 1), "不到1年前", "less than a year ago"),
    (date(2019, 5, 30), "1年后", "in 1 year"),
])
def test_years_ago_counts_whole_years(today: date, zh: str, en: str) -> None:
    event = EVENTS[2]
    assert years_ago(event, today) == zh
    assert years_ago(event, today, "en") == en


def test_dedupe_keeps_distinct_same_day_events_and_caption_only_events() -> None:
    kept = dedupe(EVENTS)
    ids = {e.id for e in kept}
    assert {3, 4, 6, 11} <= ids
    assert 5 not in ids and 12 not in ids


def test_leap_day_events_fold_onto_28_february_in_common_years() -> None:
    leap = ev(50, 2020, 2, 29, "闰日活动", "2020年2月29日，闰日活动举行。")
    common = build_digest([*EVENTS, leap], FIGURES, 2, 28, today=date(2026, 2, 28))
    assert [e.id for e in common.events] == [50]
    leap_year = build_digest([*EVENTS, leap], FIGURES, 2, 28, today=date(2028, 2, 28))
    assert leap_year.events == ()
    on_29 = build_digest([*EVENTS, leap], FIGURES, 2, 29, today=date(2028, 2, 29))
    assert [e.id for e in on_29.events] == [50]


def test_invalid_days_are_rejected() -> None:
    with pytest.raises(ValueError):
        build_digest(EVENTS, FIGURES, 2, 30, today=TODAY)
    with pytest.raises(ValueError):
        build_digest(EVENTS, FIGURES, 13, 1, today=TODAY)


def test_json_contract() -> None:
    d = build_digest(EVENTS, FIGURES, 5, 30, today=TODAY)
    j = digest_json(d)
    assert list(j) == ["date", "events", "fallback", "text"]
    assert j["date"] == "2026-05-30" and j["fallback"] is None and j["text"] == d.text
    assert j["events"][0] == {
        "date": "2020-05-30", "title": "金鸡湖创新合作中心（北京）揭牌",
        "summary": "2020年5月30日，金鸡湖创新合作中心（北京）在北京揭牌。",
        "source": "科学技术 › 金鸡湖创新合作中心（北京）揭牌"}
    caption = digest_json(build_digest(EVENTS, FIGURES, 9, 28, today=date(2026, 9, 28)))
    assert caption["events"][0]["source"] == "图片说明"
    assert "再鼎医药" in caption["events"][0]["title"]
    empty = digest_json(build_digest(EVENTS, FIGURES, 2, 14, today=date(2026, 2, 14)))
    assert empty["events"] == [] and isinstance(empty["fallback"], str)


def test_text_never_exceeds_telegram_limit() -> None:
    many = [ev(100 + i, 2020, 12, None, f"第{i}个很长的标题" * 30, "句子" * 200)
            for i in range(50)]
    d = build_digest([*EVENTS, *many], FIGURES, 12, 22, today=date(2026, 12, 22))
    assert len(d.text) <= MAX_TEXT
    assert re.search(r"；等\d+项$", d.text)  # the month line is capped, not the whole list
    assert "国家企业技术中心" in d.text


# -- the real document ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def kb(bundled_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[KnowledgeBase]:
    """One copy of the ingested store for the module (shadows the per-test ``kb``): read only."""
    kb = KnowledgeBase.open(copy_store(bundled_db, tmp_path_factory.mktemp("kb") / "t.db"))
    yield kb
    kb.close()


def test_real_0530_two_centres_once_each(kb: KnowledgeBase) -> None:
    d = digest_for(kb.store.knowledge, date(2026, 5, 30))
    assert [e.title for e in d.events] == ["金鸡湖创新合作中心（北京）揭牌",
                                           "金鸡湖创新合作中心（大湾区）揭牌"]
    assert not any(e.from_caption for e in d.events)  # the repeating caption is folded in
    assert d.fallback is None
    assert d.text.count("2020年5月30日（6年前）") == 2
    assert "来源：科技合作 › 金鸡湖创新合作中心（北京）揭牌" in d.text
    # May's month-precision event is in the month line, not pinned to the 30th.
    assert "本月（5月）年鉴还记载：2020年5月 《中国（江苏）自由贸易试验区苏州片区" in d.text
    assert [m.precision for m in d.month_events] == ["month"]


def test_real_1222_names_the_centres_and_lists_december(kb: KnowledgeBase) -> None:
    d = digest_for(kb.store.knowledge, date(2026, 12, 22))
    (event,) = d.events
    assert event.iso == "2020-12-22"
    text = fold(d.text)
    assert "国家企业技术中心" in text
    assert "信达生物" in text and "旭创" in text  # from the entry's second sentence
    assert "园区2家企业技术中心获批国家企业技术中心" in text  # the source entry
    assert "本月（12月）年鉴还记载：" in d.text
    assert {m.precision for m in d.month_events} == {"month"} and len(d.month_events) >= 2


def test_real_0928_comes_from_a_photo_caption(kb: KnowledgeBase) -> None:
    d = digest_for(kb.store.knowledge, date(2026, 9, 28))
    (event,) = d.events
    assert event.from_caption
    assert "再鼎医药（苏州）有限公司在港交所挂牌上市" in d.text
    assert "来源：年鉴图片说明" in d.text
    assert digest_json(d)["events"][0]["source"] == "图片说明"


def test_real_0214_nothing_on_the_day_then_a_labelled_fallback(kb: KnowledgeBase) -> None:
    d = digest_for(kb.store.knowledge, date(2026, 2, 14))
    assert d.events == () and d.fallback is not None
    head, _, rest = d.text.partition("\n\n")
    assert head == "📅 历史上的今天 · 2月14日"
    assert rest.startswith("年鉴中没有记载发生在2月14日的事件。")
    assert d.fallback in d.text and d.fallback.startswith("以下为替代内容，并非发生在当天：")
    # Nothing is dated earlier in the year than 2-14: December is not "此前" (before) it.
    assert "此前" not in d.fallback
    assert "此后最近的记载：2020年5月30日 金鸡湖创新合作中心（北京）揭牌" in d.fallback
    assert "年鉴中没有2月的记载。" in d.fallback
    assert "今日数字：" in d.fallback and "来源：" in d.fallback.split("今日数字：")[1]
    # The figure's source names its section, not a bare 概况 shared by every section.
    assert " › " in d.fallback.split("今日数字：")[1].split("来源：")[1]
    assert digest_for(kb.store.knowledge, date(2026, 2, 14)).text == d.text  # deterministic


def test_real_december_month_events_are_never_pinned_to_a_day(kb: KnowledgeBase) -> None:
    month_titles = {e.title for e in kb.store.knowledge.events(month=12) if e.precision == "month"}
    assert len(month_titles) >= 2
    for day in range(1, 32):
        d = digest_for(kb.store.knowledge, date(2026, 12, day))
        assert all(e.precision == "day" and e.day == day for e in d.events)
        if not d.events:
            assert "本月（12月）在年鉴中：" in d.fallback  # type: ignore[operator]
    on_1201 = digest_for(kb.store.knowledge, date(2026, 12, 1)).fallback or ""
    assert "2020年12月 园区对接上海科创中心建设合作交流会举办" in on_1201


QA = [  # the shared QA set's and the project's own onthisday items
    ("05-30", [["金鸡湖创新合作中心（北京）", "金鸡湖创新合作中心(北京)"], ["大湾区"]]),
    ("12-22", [["国家企业技术中心"]]), ("07-26", [["第三代半导体研究院"]]),
    ("06-24", [["张家港"]]), ("06-30", [["姑苏实验室"]]), ("08-04", [["三年行动计划"]]),
    ("09-28", [["再鼎医药"]]), ("10-22", [["分子诊断"]]), ("11-18", [["企业合作中心"]]),
    ("11-24", [["企业赋能创新发展峰会", "苏南股权路演"]]), ("11-26", [["斯派克学院"]]),
    ("12-28", [["临床资源合作战略联盟"]]),
]


@pytest.mark.parametrize(("md", "expect"), QA)
def test_real_qa_items(kb: KnowledgeBase, md: str, expect: list[list[str]]) -> None:
    month, day = (int(x) for x in md.split("-"))
    for today in (date(2020, month, day), date(2026, month, day)):
        text = fold(digest_for_day(kb.store.knowledge, month, day, today=today).text)
        for group in expect:
            assert any(fold(alt) in text for alt in group), (md, group)


def test_real_every_day_of_a_leap_year(kb: KnowledgeBase) -> None:
    events = kb.store.knowledge.events()
    dated = {(e.month, e.day) for e in events if e.precision == "day"}
    day = date(2028, 1, 1)
    while day.year == 2028:
        d = digest_for(kb.store.knowledge, day)
        j = digest_json(d)
        assert 0 < len(d.text) <= MAX_TEXT
        assert bool(d.events) == ((day.month, day.day) in dated)
        assert (j["fallback"] is None) == bool(d.events)
        assert all(e["date"].endswith(f"-{day.month:02d}-{day.day:02d}") for e in j["events"])
        assert j["date"] == day.isoformat()
        day += timedelta(days=1)


def test_real_english(kb: KnowledgeBase) -> None:
    d = digest_for(kb.store.knowledge, date(2026, 5, 30), lang="en")
    assert d.text.startswith("📅 On this day · 30 May")
    assert "30 May 2020 (6 years ago)" in d.text and "Greater Bay Area" in d.text
    # Every line is the bot's English; Chinese only in the quoted originals.
    for day in (date(2026, 5, 30), date(2026, 12, 22), date(2026, 2, 3), date(2026, 11, 18)):
        for line in digest_for(kb.store.knowledge, day, lang="en").text.splitlines():
            assert not has_chinese_outside_quotes(line), line


def test_real_0229_calls_nothing_in_december_earlier(kb: KnowledgeBase) -> None:
    d = digest_for_day(kb.store.knowledge, 2, 29, today=date(2026, 3, 1))
    assert d.fallback is not None
    assert "此前" not in d.fallback and "12月28日" not in d.fallback
    assert "此后最近的记载：2020年5月30日" in d.fallback
    ahead = digest_for_day(kb.store.knowledge, 12, 30, today=date(2026, 3, 1)).fallback or ""
    assert "此后" not in ahead and "此前最近的记载：2020年12月28日" in ahead


def test_real_month_line_gives_year_and_subject_and_lists_each_event_once(
        kb: KnowledgeBase) -> None:
    d = digest_for(kb.store.knowledge, date(2026, 12, 1))
    assert d.fallback is not None
    month_line = next(line for line in d.fallback.splitlines() if "本月（12月）" in line)
    assert "2020年12月 苏州生物医药产业园五期A2地块开工建设" in month_line
    assert "；12月 " not in month_line and not month_line.split("：", 1)[1].startswith("12月")
    # 12-22 is the nearest later event: listed there, not again in the month line.
    assert "此后最近的记载：2020年12月22日" in d.fallback
    assert d.fallback.count("国家企业技术中心名单") == 1
