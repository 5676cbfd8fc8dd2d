"""Compare and aggregate: each part of a question with several (:mod:`.parts`) goes
through the whole pipeline (so each is verified on its own), and the parts' facts are
combined: both shown, the larger or earlier named, or summed when their units agree."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from data.lazyre import lazy_regex, rx
from data.models import Answer, Fact
from data.pipeline.answerers.parts import Split, one_named_more
from data.question import Question

# How far apart two figures are asked (差多少, 之差, the difference between): said as well.
# (how many more A than B; not "how many more than the year before": a growth, the
# document's own figure)
DIFFERENCE_ASKED = lazy_regex(r"相差|之差|差了?多少|差了?几|差距|差值|差额|\bdifference\b|\bgap\b|"
                              # (…哪个多？多好多个人: a clause asking by how many more)
                              r"(?:^|(?<=[，,。？?!！\s]))(?:那|那么)?[多少大小高低](?:出|了)?"
                              r"(?:多少|好多|几)|"
                              # (which is higher and by how much; how much bigger)
                              r"\bby how (?:much|many)\b|\bhow (?:much|many) (?:higher|"
                              r"bigger|larger|greater|lower|smaller|fewer)\b|"
                              r"\bhow (?:many|much) more\b.*\bthan\s+(?!(?:in\s+)?(?:the\s+)?"
                              r"(?:previous|last|prior|year|a year|\d{4})\b|in\s+\d)")


def _difference_asked(folded: str) -> bool:
    """Whether how far apart the two are is asked (差多少; …，五期多多少)."""
    return bool(DIFFERENCE_ASKED.search(folded) or one_named_more(folded))


# A figure said as about one (约, 近, 左右) or as over one (650余家, 800万余): no exact number.
ABOUT = lazy_regex(r"近|约|左右")
OVER = lazy_regex(r"\d[万亿]?[余多]")
LESS = lazy_regex(r"(?:更|较|比较)?(?:少|小|低)|\bless\b|\bfewer\b|\bsmaller\b|\blower\b")


# Things still joined inside one part by a plus sign or an enumeration comma.
STILL_JOINED = lazy_regex(r"\+|、")


def combine(q: Question, s: Split, answers: list[Answer]) -> Answer | None:
    """One answer from the parts' answers."""
    found = _each_fact_once([a for a in answers if a.found and a.facts])
    if not found:
        return None
    facts: list[Fact] = [a.facts[0] for a in found]
    summary: Fact | None = None
    if len(found) == len(answers) and len(found) > 1:
        if s.mode == "sum" and not any(STILL_JOINED.search(part) for part in s.parts) and (
                not _new_and_running_total(facts)):
            # (a part still joining two things, 省双创+姑苏领军, was answered for one: no sum)
            summary = _total(facts)
        elif s.mode == "compare":
            summary = _winner(q, found)
        if len(found) == 2 and _difference_asked(q.folded):
            difference = _difference(facts) or _days_apart(facts)
            if difference is not None:
                facts = [difference, *facts]
    said = s.said or tuple(a.question for a in answers)
    missing = tuple(said[i] for i, a in enumerate(answers) if not a.found)
    if summary is not None:
        facts = [summary, *facts]
    # (…哪天揭牌？落在哪个区, asked of each: a part's own second question, after the first's)
    facts += [f for a in found if a.intent == "compare" for f in a.facts[1:]
              if f.kind != a.facts[0].kind and f.kind in ("date", "place", "names")]
    return Answer(q.raw, True, "compare", found[0].entity, found[0].source,
                  facts=tuple(facts), reason="partial" if missing else None,
                  conflict="；".join(missing) or None)


def _each_fact_once(answers: list[Answer]) -> list[Answer]:
    """The answers, less those repeating an earlier part's fact: two parts answered by one
    fact were not told apart (an item no name linked), and a comparison of the fact with
    itself would say 一样多."""
    seen: set[tuple[str, str | None, str | None]] = set()
    out = []
    for a in answers:
        fact = a.facts[0]
        keys = {(fact.value, fact.evidence, fact.entity)}
        if fact.kind == "figure":
            # (or another sentence's figure saying the same measure of the same thing:
            # 载体空间800万余 in the overview and again in its entry)
            keys.add((fact.value, fact.label[-SAME_MEASURE:], fact.entity))
        if not keys & seen:
            seen.update(keys)
            out.append(a)
    return out


SAME_MEASURE = 4  # last characters of two labels that say one measure (…等载体空间)


def _new_and_running_total(facts: list[Fact]) -> bool:
    """Whether one fact is a year's new ones and another a running total (新增19人, 累计156
    人): a running total already counts a year's, and adds to no other period's count."""
    return any("新增" in f.label for f in facts) and any("累计" in f.label for f in facts)


def _in_one_unit(facts: list[Fact]) -> bool:
    """Whether every fact is a number, all in one unit: what can be added or set apart."""
    return all(f.number is not None for f in facts) and len({f.unit for f in facts}) == 1


def _total(facts: list[Fact]) -> Fact | None:
    if not _in_one_unit(facts):
        return None
    total = sum(f.number or 0.0 for f in facts)
    # A sum of "more than" figures is more than its sum (397家＋650余家 → 1047余家); one of
    # "about" or "nearly" ones is about it.
    about = any(ABOUT.search(f.value) for f in facts)
    more = not about and any(OVER.search(f.value) for f in facts)
    value = f"{'约' if about else ''}{total:g}{'余' if more else ''}{facts[0].unit}"
    return Fact("sum", value, detail="＋".join(f.value for f in facts),
                number=total, unit=facts[0].unit)


def _difference(facts: list[Fact]) -> Fact | None:
    """The larger of two figures less the smaller, when both are counts or amounts in one
    unit: exact, the larger "over" one (650余家－397家 is 253余家), or "about" one (约20.3万
    －8.9万 is 约11.4万); a smaller "over" one has no difference to say."""
    if not _in_one_unit(facts):
        return None
    big, small = sorted(facts, key=lambda f: -(f.number or 0.0))
    if OVER.search(small.value):
        return None
    gap = (big.number or 0.0) - (small.number or 0.0)
    about = any(ABOUT.search(f.value) for f in facts)
    more = "余" if OVER.search(big.value) and not about else ""
    return Fact("difference", f"{'约' if about else ''}{gap:g}{more}{big.unit}",
                detail=f"{big.value}－{small.value}", number=gap, unit=big.unit)


def _days_apart(facts: list[Fact]) -> Fact | None:
    """How many days apart two events were, when the document gives each one's day."""
    days = [_when(f) for f in facts]
    if not all(f.kind == "date" for f in facts) or not all(d and d[2] for d in days):
        return None
    (first, early), (then, late) = sorted(
        zip((date(*d) for d in days if d), facts, strict=True), key=lambda p: p[0])
    gap = (then - first).days
    return Fact("difference", f"{gap}天", detail=f"{late.value}－{early.value}",
                number=float(gap), unit="天")


def _when(fact: Fact) -> tuple[int, int, int] | None:
    m = rx(r"(\d{4})年(?:(\d{1,2})月)?(?:(\d{1,2})日)?").match(fact.value)
    return (int(m.group(1)), int(m.group(2) or 0), int(m.group(3) or 0)) if m else None


def dates_overlap(a: tuple[int, int, int] | None, b: tuple[int, int, int] | None) -> bool:
    """Whether two dates differ only where one is not said (a month and a day of it)."""
    if a is None or b is None or a == b:
        return False
    return all(x == y or 0 in (x, y) for x, y in zip(a, b, strict=True))


def _winner(q: Question, answers: list[Answer]) -> Fact | None:
    facts = [a.facts[0] for a in answers]
    if all(f.kind == "date" for f in facts) and all(_when(f) for f in facts):
        if len({_when(f) for f in facts}) == 1:
            return Fact("compare", "", label=facts[0].value, detail="same_day")
        late = bool(rx(r"晚|后|\blater\b|\blast\b").search(q.folded))
        pick = max if late else min
        best = pick(answers, key=lambda a: _when(a.facts[0]) or (0, 0, 0))
        when = _when(best.facts[0])
        if any(dates_overlap(when, _when(a.facts[0])) for a in answers if a is not best):
            return None  # (2020年10月 and 2020年10月22日: either may be the earlier)
        # (named by what happened when the parts are not each about a thing of their own:
        # 园区与张家港…签署 and 园区…联盟签约 are both the park's)
        own = best.entity and len({a.entity for a in answers}) == len(answers)
        return Fact("compare", (best.entity if own else "") or best.facts[0].detail,
                    label=best.facts[0].value, detail="later" if late else "earlier")
    if not _in_one_unit(facts):
        return None
    if len({f.number for f in facts}) == 1:
        # Neither is more: 397 and 397.
        return Fact("compare", "", label=facts[0].value, detail="same",
                    number=facts[0].number, unit=facts[0].unit)
    less = bool(LESS.search(rx(r"多少").sub("", q.folded)))
    pick = min if less else max
    best = pick(answers, key=lambda a: a.facts[0].number or 0.0)
    fact = best.facts[0]
    # value: who wins (what it measures, when both are one entity's: 硕士 and 博士 of one
    # lab, that measure also its scope); label: its figure as the document states it.
    one_owner = len({a.entity for a in answers}) == 1
    return Fact("compare", (None if one_owner else best.entity) or fact.label,
                label=fact.value, entity=best.entity, scope=fact.label if one_owner else "",
                detail="less" if less else "more", number=fact.number, unit=fact.unit)


def answer_compare(q: Question, s: Split, ask: Callable[[str], Answer],
                   said_there: Callable[[str, str], bool] | None = None) -> Answer | None:
    """``said_there(part, sentence)``: whether a sentence says what a part asks (a rank, an
    ordinal): a part about the answer before it is answered by that answer's own sentence
    when it does (…863家，列全市第二 for "and where does that rank?")."""
    answers: list[Answer] = []
    for i, part in enumerate(s.parts):
        before = answers[-1] if answers else None
        if (said_there and i < len(s.back) and s.back[i] and before is not None
                and before.found and before.facts
                and said_there(part, before.facts[0].evidence or "")):
            answers.append(before)  # (one fact: shown once)
        else:
            answers.append(ask(part))
    return combine(q, s, answers)
