"""What the alias index holds for one stored alias: its key (the folded alias), whether its
characters are indexed (abbreviations and typos), and the tails of a long name (short names
people type). Pure functions: ingest writes their results into the store
(:mod:`data.store_names`) and the linker reads them back from there.
"""

from __future__ import annotations

from data import extract
from data.normalize import fold, is_cjk


def alias_key(alias: str, kind: str) -> str | None:
    """The alias as questions are matched against it; None when it links nothing (too
    short, or a generic word — the alias table may name a generic short form on purpose:
    园区)."""
    key = fold(alias)
    if len(key) < 2 or (key in extract.GENERIC and kind == "name"):
        return None
    return key


def char_indexed(key: str) -> bool:
    """Whether a key takes part in the character index (abbreviations, typos)."""
    return all(is_cjk(ch) or ch in "()—" for ch in key)


TAIL_HEAD = 4  # the linker looks tails up by their first characters, this many


def tails(key: str) -> list[str]:
    """Tails of a name are short names people type (姑苏实验室, 高新技术企业奖励操作办法); the
    bracketed titles of documents have them too."""
    body = key.strip("《》")
    out: list[str] = []
    if len(body) >= 5 and all(is_cjk(ch) or ch in "()“”—" for ch in body):
        for i in range(1, len(body) - 2):
            tail = body[i:]
            if (is_cjk(tail[0]) and tail not in extract.GENERIC
                    and not tail.startswith(("的", "与"))):
                out.append(tail)
    return out
