"""Digest content: the pure builder over constructed events shaped like the document's."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

import pytest

from data.models import Event, Figure
from data.onthisday import (
    MAX_TEXT,
    build_digest,
    dedupe,
    digest_json,
    figure_of_the_day,
    years_ago,
)

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
    ev(5, 2020, 5, 30, "", "2020年5月30日，金鸡湖创新合作中心（北京）揭牌", caption=True),
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


def test_0530_lists_both_centres_with_year_and_age_and_drops_the_repeating_caption() -> None:
    d = build_digest(EVENTS, FIGURES, 5, 30, today=TODAY)
    assert [e.id for e in d.events] == [3, 4]
    assert d.fallback is None
    assert "金鸡湖创新合作中心（北京）" in d.text and "大湾区" in d.text
    assert "2020年5月30日（6年前）" in d.text
    assert "来源：科学技术 › 金鸡湖创新合作中心（北京）揭牌" in d.text
    # The month-precision May event is in a "this month" line, not pinned to the 30th.
    assert "本月（5月）年鉴还记载：2020年5月 园区科技政策发布" in d.text
    assert d.text.count("北京）揭牌") == 2  # title + summary, not a third from the caption


def test_1222_has_its_event_and_the_december_month_events() -> None:
    d = build_digest(EVENTS, FIGURES, 12, 22, today=date(2026, 12, 22))
    assert [e.id for e in d.events] == [7]
    assert "国家企业技术中心" in d.text
    assert {e.id for e in d.month_events} == {8, 9}
    assert "2020年12月 苏州市生物医药产业创新中心" in d.text
    # A month event never appears as if it happened on the 22nd.
    assert "▪ 2020年12月（" not in d.text


def test_0928_comes_from_a_photo_caption() -> None:
    d = build_digest(EVENTS, FIGURES, 9, 28, today=date(2026, 9, 28))
    assert [e.id for e in d.events] == [6]
    assert "再鼎医药" in d.text and "来源：年鉴图片说明" in d.text


def test_0214_says_nothing_happened_and_falls_back_clearly() -> None:
    d = build_digest(EVENTS, FIGURES, 2, 14, today=date(2026, 2, 14))
    assert d.events == ()
    assert d.fallback and d.fallback in d.text
    assert "年鉴中没有记载发生在2月14日的事件。" in d.text
    assert "并非发生在当天" in d.fallback
    # Wraps round the year: the last dated day before 14 February is 28 December.
    assert "此前最近的记载：2020年12月28日 上海医药签约成立" in d.fallback
    assert "此后最近的记载：2020年5月30日 金鸡湖创新合作中心（北京）揭牌" in d.fallback
    assert "年鉴中没有2月的记载" in d.fallback
    assert "今日数字：" in d.fallback


def test_fallback_month_line_lists_what_the_month_holds() -> None:
    d = build_digest(EVENTS, FIGURES, 12, 1, today=date(2026, 12, 1))
    assert d.events == ()
    assert "本月（12月）在年鉴中：" in d.text
    assert "2020年12月22日 园区2家企业技术中心获批国家企业技术中心" in d.text


def test_figure_of_the_day_is_deterministic_and_skips_unitless_figures() -> None:
    picks = {figure_of_the_day(FIGURES, date(2026, 2, d)).id for d in range(1, 8)}  # type: ignore[union-attr]
    assert picks == {1, 2, 3}
    assert figure_of_the_day(FIGURES, date(2026, 2, 14)) == figure_of_the_day(
        list(reversed(FIGURES)), date(2026, 2, 14))
    a = build_digest(EVENTS, FIGURES, 2, 14, today=date(2026, 2, 14))
    b = build_digest(EVENTS, FIGURES, 2, 14, today=date(2026, 2, 14))
    assert a.text == b.text
    assert figure_of_the_day([], TODAY) is None


def test_english_labels_keep_chinese_content() -> None:
    d = build_digest(EVENTS, FIGURES, 5, 30, today=TODAY, lang="en")
    assert "On this day · 30 May" in d.text
    assert "2020年5月30日 (6 years ago)" in d.text
    assert "金鸡湖创新合作中心（北京）揭牌" in d.text
    empty = build_digest(EVENTS, FIGURES, 2, 14, today=date(2026, 2, 14), lang="en")
    assert "The yearbook records nothing on 14 February." in empty.text
    assert "Figure of the day:" in empty.text


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
