"""Patterns compiled on first use answer as the ``re.Pattern`` they stand for."""

from __future__ import annotations

import marshal
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from data import lazyre
from data.kb import KnowledgeBase
from data.lazyre import LazyPattern, _Programs, lazy_regex, regex

SOURCE = r"(\d+)(家|个)"
TEXT = "入驻企业397家，新增12个项目，另有5家"


@pytest.mark.parametrize("call", [
    lambda p: p.search(TEXT).group(0),
    lambda p: p.match("12个").groups(),
    lambda p: p.fullmatch("5家").group(2),
    lambda p: [m.span() for m in p.finditer(TEXT)],
    lambda p: p.findall(TEXT),
    lambda p: p.sub(r"<\1>", TEXT),
    lambda p: p.sub(lambda m: m.group(2), TEXT, count=1),
    lambda p: p.subn("#", TEXT),
    lambda p: p.split(TEXT, maxsplit=1),
    lambda p: p.search(TEXT, 10).start(),
    lambda p: (p.groups, p.flags & re.IGNORECASE, dict(p.groupindex)),
])
def test_every_method_answers_as_the_compiled_pattern(call) -> None:
    assert call(lazy_regex(SOURCE)) == call(re.compile(SOURCE))


def test_flags_are_kept() -> None:
    assert lazy_regex(r"\bhow many\b", re.IGNORECASE).search("HOW MANY firms?")
    assert not lazy_regex(r"\bhow many\b").search("HOW MANY firms?")


def test_the_source_is_read_without_compiling_and_it_compiles_once() -> None:
    pattern = lazy_regex(SOURCE + r"|(?P<year>\d{4})年")
    assert isinstance(pattern, LazyPattern)
    combined = lazy_regex(pattern.pattern + "|增长")  # composing patterns compiles nothing
    assert pattern._compiled is None and combined._compiled is None
    assert pattern.search("2020年").group("year") == "2020"
    compiled = pattern.compiled()
    pattern.findall(TEXT)
    assert pattern.compiled() is compiled
    # From then on the methods are the compiled pattern's own, not the stand-in's.
    assert pattern.search.__self__ is compiled


def test_warming_compiles_every_pattern(kb: KnowledgeBase) -> None:
    from data.lazyre import _MADE, compile_all

    kb.warm()  # (a bot warms at start: no user's question waits for a compile)
    assert len(_MADE) > 200 and all(p._compiled is not None for p in list(_MADE))
    assert compile_all() == len(_MADE)


def test_a_pattern_built_while_answering_is_compiled_once() -> None:
    first = regex(r"(?<![A-Za-z])Nanopolis(?![A-Za-z])", re.IGNORECASE)
    assert regex(r"(?<![A-Za-z])Nanopolis(?![A-Za-z])", re.IGNORECASE) is first
    assert first.search("how big is NANOPOLIS?")
    assert regex(r"(?<![A-Za-z])Nanopolis(?![A-Za-z])") is not first


def _every_pattern(kb: KnowledgeBase) -> list[LazyPattern]:
    from data.lazyre import _MADE

    kb.warm()  # every module that answers imported, so every module-level pattern made
    return sorted(_MADE, key=lambda p: (p.pattern, int(p._flags)))


def test_kept_programs_make_the_patterns_re_compiles(
        kb: KnowledgeBase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A later process builds each pattern from the program kept on disk, and gets the very
    pattern ``re.compile`` makes (``re.Pattern`` equality compares the compiled code)."""
    monkeypatch.setenv("SIPBOT_CACHE_DIR", str(tmp_path))
    patterns = _every_pattern(kb)
    writer = _Programs()
    for p in patterns:
        writer.compile(p.pattern, int(p._flags))
    writer.save()
    assert Path(_Programs.path()).parent == tmp_path

    reader = _Programs()
    monkeypatch.setattr(lazyre, "_program", _no_compiling)
    for p in patterns:
        assert reader.compile(p.pattern, int(p._flags)) == re.compile(p.pattern, p._flags)
    assert not reader._unsaved  # nothing new to write


def _no_compiling(pattern: str, flags: int) -> None:
    raise AssertionError(f"compiled again: {pattern!r}")


@pytest.mark.parametrize("damage", [
    lambda path: path.write_bytes(b"not marshal at all"),
    lambda path: path.write_bytes(path.read_bytes()[:100]),
    lambda path: path.write_bytes(marshal.dumps((("another python", 0, 0), {})) ),
    lambda path: path.write_bytes(marshal.dumps((lazyre._stamp(), {
        (SOURCE, 0): (32, b"\xff" * 40, 2, {}, (None, None, None))}))),
])
def test_a_damaged_or_stale_file_costs_a_compile_not_a_wrong_pattern(
        damage: Callable[[Path], object], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SIPBOT_CACHE_DIR", str(tmp_path))
    first = _Programs()
    first.compile(SOURCE, 0)
    first.save()
    damage(Path(_Programs.path()))

    again = _Programs()
    assert again.compile(SOURCE, 0) == re.compile(SOURCE)
    assert again._unsaved  # compiled anew, and written for the next process
    again.save()
    assert _Programs().compile(SOURCE, 0) == re.compile(SOURCE)


def test_a_fixed_pattern_written_where_it_is_used_is_compiled_once_and_kept(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from data.lazyre import rx

    pattern = rx(r"(\d+)(?:家|所)", re.IGNORECASE)
    assert rx(r"(\d+)(?:家|所)", re.IGNORECASE) is pattern
    assert pattern == re.compile(r"(\d+)(?:家|所)", re.IGNORECASE)
    assert (r"(\d+)(?:家|所)", int(re.IGNORECASE)) in lazyre._PROGRAMS._load()


def test_a_pattern_with_word_boundaries_is_kept_with_the_rest(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``word_flags`` makes a RegexFlag, which marshal cannot write: such a pattern once kept
    every program compiled after the file was read from being written at all."""
    monkeypatch.setenv("SIPBOT_CACHE_DIR", str(tmp_path))
    words = r"\bhow many\b"
    flags = lazyre.word_flags(words, 0)
    assert isinstance(flags, re.RegexFlag)
    writer = _Programs()
    writer.compile(words, flags)
    writer.compile(SOURCE, 0)
    writer.save()
    assert not writer._unsaved

    monkeypatch.setattr(lazyre, "_program", _no_compiling)
    reader = _Programs()
    assert reader.compile(words, flags) == re.compile(words, re.ASCII)
    assert reader.compile(SOURCE, 0) == re.compile(SOURCE)


def test_what_answering_compiles_can_be_written(kb: KnowledgeBase) -> None:
    for question in ("Which event did SIP hold in June 2020?", "I think the park has how "
                     "many companies?", "纳米城入驻企业多少家", "哪个会议在园区召开"):
        kb.ask(question)
    assert marshal.loads(marshal.dumps(lazyre._PROGRAMS._load()))


def test_an_unwritable_cache_directory_is_no_error(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    monkeypatch.setenv("SIPBOT_CACHE_DIR", str(blocker / "cache"))
    programs = _Programs()
    assert programs.compile(SOURCE, re.IGNORECASE).search("397家").group(2) == "家"
    programs.save()
    assert programs._unsaved and not (blocker / "cache").exists()


# The scanner that replaced a pattern built from each name (member_of_group), against that
# pattern, over every clause of a small alphabet holding what it turns on.
_OLD_GROUP = r"(?:、{n}|{n}、)[^，,。；\d]*?等[^，,。；\d]*{v}"


@pytest.mark.parametrize("seed", range(4))
def test_the_list_scanner_answers_as_the_pattern_it_replaced(seed: int) -> None:
    import random

    from data.pipeline.verify import _listed_before

    rng = random.Random(seed)
    alphabet = ["、", "等", "，", "。", "A", "B", "C", "8", "万", "亿", "x"]
    for _ in range(3000):
        clause = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        name = "".join(rng.choice("ABx") for _ in range(rng.randint(1, 2)))
        value = rng.choice(["8万", "8", "亿", "x", "8亿", "万"])
        old = re.search(_OLD_GROUP.format(n=re.escape(name), v=re.escape(value)), clause)
        assert _listed_before(clause, name, value) == bool(old), (clause, name, value)
