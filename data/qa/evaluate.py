"""Score a QA file in the format of ``shared/qa/README.md``."""

from __future__ import annotations

import json
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from data import present
from data.kb import KnowledgeBase
from data.lazyre import rx


def match_form(text: str) -> str:
    """NFKC, no whitespace, no thousands separators: how answers and expectations compare."""
    text = unicodedata.normalize("NFKC", text)
    text = rx(r"\s+").sub("", text)
    return rx(r"(?<=\d),(?=\d{3})").sub("", text)


@dataclass(frozen=True, slots=True)
class Failure:
    id: str
    kind: str
    question: str
    missing: str
    answer: str


@dataclass
class Report:
    total: int = 0
    passed: int = 0
    by_kind: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    failures: list[Failure] = field(default_factory=list)
    answerable: int = 0  # questions the document does answer
    false_not_found: int = 0  # ... answered "not found"
    wrong_found: int = 0  # a found answer without the facts asked (or to a `none` question)

    @property
    def accuracy(self) -> float:
        return self.passed / self.total if self.total else 0.0

    @property
    def false_not_found_rate(self) -> float:
        return self.false_not_found / self.answerable if self.answerable else 0.0


MISSED_NONE = "a not-found answer"
MISSED_ALL = "an answer (it said not found)"


def check(item: dict, found: bool, text: str, *, strict: bool = False) -> str | None:
    """None when the answer passes, else what is missing. ``strict`` looks only at the
    answer's first line, the fact itself, not the quoted sentence under it."""
    if item.get("expect_found") is False:
        return None if not found else MISSED_NONE
    if not found:
        return MISSED_ALL
    answer = match_form(text.split("\n")[0] if strict else text)
    for group in item.get("expect", []):
        if not any(match_form(alt) in answer for alt in group):
            return " | ".join(group)
    return None


def evaluate(kb: KnowledgeBase, path: Path, *, strict: bool = False) -> Report:
    from data.onthisday import digest_for

    report = Report()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        kind = item.get("kind", "?")
        if kind == "onthisday":
            month, day = (int(x) for x in item["date"].split("-"))
            digest = digest_for(kb.store.knowledge, date(2020, month, day))
            question, found, text = item["date"], True, digest.text
        else:
            answer = kb.ask(item["q"])
            question, found, text = item["q"], answer.found, present.text(answer)
        missing = check(item, found, text, strict=strict and kind != "onthisday")
        report.total += 1
        report.by_kind[kind][1] += 1
        if item.get("expect_found") is not False:
            report.answerable += 1
        if missing == MISSED_ALL:
            report.false_not_found += 1
        elif missing is not None:
            report.wrong_found += 1  # a fact that answers another question
        if missing is None:
            report.passed += 1
            report.by_kind[kind][0] += 1
        else:
            report.failures.append(Failure(item.get("id", "?"), kind, question, missing, text))
    return report
