"""The rest of a whole (196张临床批件里，不是一类新药的有几张; 33家企业里没通过几家): the whole
the question states, less the part its sentence gives right after it (包括130张…, 中26家…),
both as the document states them. The document gives no other count of the rest. And the
part's share of that whole (45家里科技上市企业占比多少), where the document gives none."""

from __future__ import annotations

from dataclasses import replace

from data.lazyre import lazy_regex
from data.models import Answer, Fact, Figure
from data.normalize import fold
from data.pipeline.answerers.figure import FigureAnswerer, stated
from data.pipeline.retrieve import Row
from data.question import Question

# The rest asked: 其余/剩下的/还剩, those not of the part (不是一类新药的, 非科技的, 没通过的),
# the others.
# (不是一类新药个有几多: the south's and Wu's 个 for 的, before what it has or is)
REST_ASKED = lazy_regex(r"其余|剩下的?|剩余的?|还剩|不是[^，,。？?]{1,10}(?:的|个(?=有|是))|"
                        # (…中，一类新药的有多少张，其他的有多少张: the others of the whole)
                        r"其[他它]的?(?=有|是|呢|多少|几)|"
                        r"非[^，,。？?]{1,6}(?:的|个(?=有|是|就))|"
                        r"(?:没|未)有?(?:通过|获得?|获批|入选|被?认定|进入?)|"
                        r"\bthe (?:rest|others|remaining ones)\b|\b(?:are|were) not\b|"
                        # (aren't Class 1, the non-tech ones: typed as folded)
                        r"\b(?:arent|werent|isnt|wasnt)\b|\bnon-(?=[a-z])|"
                        r"\b(?:did not|didn'?t|failed to) (?:pass|get|make it|"
                        r"reach|qualify)\b")
# A figure said roughly (近100亿元, 650余家) has no exact rest.
ROUGH = lazy_regex(r"[余多近约]|左右")
# How far apart two figures are asked (两者差多少): of two the question states, the rest.
GAP_ASKED = lazy_regex(r"(?:两者|二者|之间|中间)?(?:相)?差(?:了)?(?:多少|几)")


# The part's share of the whole asked (占比多少, 所占比例, 百分之几, what share).
SHARE_ASKED = lazy_regex(r"占比|所占比例|占多少|"
                         # (比例大概多少: a hedge before the question word)
                         r"比例(?:是|为)?(?:大概|大约|约|差不多)?(?:是)?(?:多少|几)|"
                         r"百分之几|占几成|"
                         r"\b(?:what|which) (?:share|percentage|proportion)\b|"
                         r"\bwhat per ?cent\b")
# How far after the part a share the document states of it may stand (…33家，占…%).
SHARE_SAID_WITHIN = 8


# (各占多少, each one's share: several parts, each asked on its own)
EACH_PART = lazy_regex(r"各|分别|\beach\b|\brespectively\b")


def share_asked(q: Question) -> bool:
    """Whether a question asks one part's share of a whole it states (see SHARE_ASKED)."""
    return bool(SHARE_ASKED.search(q.folded)) and not EACH_PART.search(q.folded)


def answer_share(figures: FigureAnswerer, q: Question, top: list[Row],
                 entity_name: str | None) -> Answer | None:
    """The part's share of the whole the question states, both exact and in one unit, the
    part the one its sentence gives after the whole that the question names; None when the
    document states that share itself, or any of it is rough."""
    said = figures.kb.figures(r.id for r in top)
    # (in English, the part named by the question's words as the document's)
    words = replace(q, folded=f"{q.folded} {q.content}")
    for whole in (f for f in said if stated(q, f) and not ROUGH.search(f.text)):
        after = _after(said, whole)
        part = next((f for f in after if stated(q, f)), None) or (
            max(after, key=lambda f: _named(words, f, whole)) if after else None)
        if (part is None or ROUGH.search(part.text) or not 0 < part.value < whole.value
                or not _named(words, part, whole)):
            continue
        if any(f.unit == "%" and f.sentence_id == part.sentence_id
               and 0 < f.start - part.start <= len(part.text) + SHARE_SAID_WITHIN for f in said):
            return None  # (the document says the part's share: that is the answer)
        share = 100 * part.value / whole.value
        fact = Fact("share", f"{share:.1f}%", detail=f"{part.text}÷{whole.text}",
                    number=share, unit="%")
        answer = figures.answer(q, part, entity_name)
        return replace(answer, facts=(fact, *answer.facts))
    return None


def rest_asked(q: Question) -> bool:
    """Whether a figure question asks for the rest of a whole (see REST_ASKED) or how far
    apart two figures it states are (see GAP_ASKED)."""
    return q.intent == "figure" and bool(REST_ASKED.search(q.folded)
                                         or GAP_ASKED.search(q.folded))


def answer_rest(figures: FigureAnswerer, q: Question, top: list[Row],
                entity_name: str | None) -> Answer | None:
    """The whole the question states less a part its sentence gives after it, in the same
    unit (the one the question states too, else the one its words name); None unless both
    are exact."""
    said = figures.kb.figures(r.id for r in top)
    wholes = [f for f in said if stated(q, f)]
    if not wholes and REST_ASKED.search(q.folded):
        # (累计临床批件里，不是一类新药的: the whole named by its words, not stated: of the
        # top sentence's figures with parts after them, the one whose label the words
        # outside the part's say the most, the largest of those)
        outside = _pairs(REST_ASKED.sub(" ", q.folded))
        named = [(len(_pairs(fold(f.label)) & outside), f.value, f) for f in said
                 if f.sentence_id == top[0].id and any(
                     p.sentence_id == f.sentence_id and p.start > f.start and p.unit == f.unit
                     for p in said)]
        best = max(named, default=None, key=lambda n: n[:2])
        wholes = [best[2]] if best and best[0] >= MIN_WHOLE_SAID else []
    for whole in wholes:
        if ROUGH.search(whole.text):
            continue
        after = _after(said, whole)
        # (1440 applied, 744 went to 公示: the part the question states too, else the one
        # its words name beyond the whole's, 进公示的 744; how far apart, only two it states)
        part = next((f for f in after if stated(q, f)), None)
        if part is None and after and REST_ASKED.search(q.folded):
            part = max(after, key=lambda f: _named(q, f, whole))
        if part is None or ROUGH.search(part.text) or not 0 < part.value < whole.value:
            continue
        return _rest(figures, q, whole, part, entity_name)
    return None


def _after(said: list[Figure], whole: Figure) -> list[Figure]:
    """The figures its sentence gives after ``whole``, in its unit: its parts, if any."""
    return [f for f in said if f.sentence_id == whole.sentence_id
            and f.start > whole.start and f.unit == whole.unit]


# How many of a whole's label's two-character words a question must say to name it.
MIN_WHOLE_SAID = 3


def _pairs(text: str) -> set[str]:
    """The two-character runs of ``text`` (a label's words, the question's said once)."""
    return {text[i:i + 2] for i in range(len(text) - 1)}


def _named(q: Question, part: Figure, whole: Figure) -> int:
    """How many of a part's label's words (two characters) the question says, less the
    whole's label's: ties keep the first part."""
    label, of_whole = fold(part.label + part.context), fold(whole.label + whole.context)
    return sum(1 for i in range(len(label) - 1)
               if (bigram := label[i:i + 2]) in q.folded and bigram not in of_whole)


def _rest(figures: FigureAnswerer, q: Question, whole: Figure, part: Figure,
          entity_name: str | None) -> Answer:
    gap = whole.value - part.value
    rest = Fact("rest", f"{gap:g}{whole.unit}", detail=f"{whole.text}－{part.text}",
                number=gap, unit=whole.unit)
    answer = figures.answer(q, part, entity_name)
    return replace(answer, facts=(rest, *answer.facts))
