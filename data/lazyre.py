"""Module-level regular expressions compiled on their first use, not at import.

CPython compiles a pattern in Python code, and a class of Chinese characters costs it about
a millisecond (``re._compiler`` visits every code point of the range): sipbot's ~270
module-level patterns cost ~50 ms of every start, while one question uses patterns worth
~20 ms. A one-question ``sipbot ask`` should pay only for those. Django compiles its
module-level patterns lazily for the same reason (``django.utils.regex_helper``).

:func:`lazy_regex` returns a stand-in for the pattern. Its first use compiles the pattern
and sets the compiled pattern's methods on the stand-in itself, so every later ``.search``
is a plain attribute read, within nanoseconds of a ``re.Pattern``'s. Use its methods
(``P.sub(…)``), not the ``re`` module's functions (``re.sub(P, …)``), which accept only a
string or a real ``re.Pattern``; ``P.pattern`` is its source, read without compiling.

What the first use compiles is also kept on disk between processes, as Python keeps a
module's bytecode: CPython's compiler turns a pattern into a program (a list of integers) in
Python code, and ``_sre.compile`` builds the pattern from that program in C, so a process
that finds the program in ``patterns-<interpreter>.marshal`` (the user's cache directory, or
``$SIPBOT_CACHE_DIR``) skips the costly part: a one-question ``sipbot ask`` compiles ~110
patterns, ~50 ms of its ~160. The file is keyed by the interpreter's version and ``_sre``'s
magic number, written atomically (sipbot's own cache: ``PYTHONDONTWRITEBYTECODE``, which
is about ``.pyc`` files, does not stop it); ``_sre.compile`` validates every program it is
given, and anything unreadable or refused is compiled again, so a stale or damaged file
costs time, never a wrong pattern. Patterns built from a question's words (:func:`regex`)
are not kept: they are new with every question.
"""

from __future__ import annotations

import _sre
import atexit
import contextlib
import marshal
import os
import re
import sys
import weakref
from array import array
from collections.abc import Callable, Iterator
from functools import cache, lru_cache
from typing import Any, cast

DYNAMIC_CACHE = 4096  # patterns built from question words kept (see regex)
# The compiled pattern's methods, which the first use sets on the stand-in itself.
_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


# Every stand-in alive (the module-level ones, for good), for compile_all.
_MADE: weakref.WeakSet[LazyPattern] = weakref.WeakSet()


class LazyPattern:
    """A ``re.Pattern`` compiled when first used (see the module's docstring).

    No ``__getattr__``: a class that has one pays for it on every attribute read. The
    methods below are the first use; it sets the compiled pattern's bound methods on the
    instance, which shadow them from then on."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = word_flags(pattern, flags)
        self._compiled: re.Pattern[str] | None = None
        _MADE.add(self)

    def compiled(self) -> re.Pattern[str]:
        """The real pattern, compiled now if not before."""
        if self._compiled is None:
            self._compiled = _PROGRAMS.compile(self.pattern, int(self._flags))
            for name in _METHODS:
                setattr(self, name, getattr(self._compiled, name))
        return self._compiled

    def search(self, *args: Any, **kwargs: Any) -> re.Match[str] | None:
        return self.compiled().search(*args, **kwargs)

    def match(self, *args: Any, **kwargs: Any) -> re.Match[str] | None:
        return self.compiled().match(*args, **kwargs)

    def fullmatch(self, *args: Any, **kwargs: Any) -> re.Match[str] | None:
        return self.compiled().fullmatch(*args, **kwargs)

    def finditer(self, *args: Any, **kwargs: Any) -> Iterator[re.Match[str]]:
        return self.compiled().finditer(*args, **kwargs)

    def findall(self, *args: Any, **kwargs: Any) -> list[Any]:
        return self.compiled().findall(*args, **kwargs)

    def sub(self, repl: str | Callable[[re.Match[str]], str], *args: Any,
            **kwargs: Any) -> str:
        return self.compiled().sub(repl, *args, **kwargs)

    def subn(self, repl: str | Callable[[re.Match[str]], str], *args: Any,
            **kwargs: Any) -> tuple[str, int]:
        return self.compiled().subn(repl, *args, **kwargs)

    def split(self, *args: Any, **kwargs: Any) -> list[Any]:
        return self.compiled().split(*args, **kwargs)

    @property
    def flags(self) -> int:
        return self.compiled().flags

    @property
    def groups(self) -> int:
        return self.compiled().groups

    @property
    def groupindex(self) -> Any:
        return self.compiled().groupindex

    def __repr__(self) -> str:
        return f"lazy_regex({self.pattern!r}, {self._flags})"


def word_flags(pattern: str, flags: int) -> int:
    """A pattern's flags, ASCII where it marks word boundaries: an English word is where
    Latin letters and digits begin and end, also against Chinese characters, which
    Unicode counts as word characters too (姑苏实验室的director是谁 asks of a director)."""
    return flags | re.ASCII if "\\b" in pattern else flags


def lazy_regex(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, done on the pattern's first use."""
    return cast(re.Pattern[str], LazyPattern(pattern, flags))


def compile_all() -> int:
    """Compile every pattern not compiled yet, and say how many there are: a long-running
    process warms up with this, so that no user's question waits for a compile (and the
    programs of all of them are kept on disk for the next process)."""
    made = list(_MADE)
    for pattern in made:
        pattern.compiled()
    _PROGRAMS.save()
    return len(made)


# The arguments of ``_sre.compile`` after the pattern: flags, program, groups, group index.
Program = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]
# As kept on disk: the program as the bytes of an array of _sre.CODESIZE-byte integers
# (marshal reads a list of 100 000 small ints in ~30 ms, their bytes in ~0.3 ms).
Kept = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
_CODE = next(t for t in "IL" if array(t).itemsize == _sre.CODESIZE)


class _Programs:
    """The compiled programs of the module's patterns, kept on disk (see the module's
    docstring). Where the interpreter's compiler is not CPython's, patterns are compiled
    as ``re.compile`` does and nothing is kept."""

    def __init__(self) -> None:
        self._kept: dict[tuple[str, int], Kept] | None = None
        self._unsaved = False
        self._usable = (sys.implementation.name == "cpython"
                        and hasattr(re, "_compiler") and hasattr(re._compiler, "_code"))

    def compile(self, pattern: str, flags: int) -> re.Pattern[str]:
        if not self._usable or flags & re.DEBUG:
            return re.compile(pattern, flags)
        # A plain int: ``re.ASCII | 0`` is a RegexFlag, which marshal cannot write, and one
        # such key or program would keep the whole file from being written.
        flags = int(flags)
        kept = self._load()
        found = kept.get((pattern, flags))
        if found is not None:
            try:
                code = array(_CODE)
                code.frombytes(found[1])
                return _sre.compile(pattern, found[0], code.tolist(), *found[2:])
            except (RuntimeError, TypeError, ValueError, OverflowError):
                pass  # a program this interpreter refuses: compile the pattern again
        program = _program(pattern, flags)
        kept[pattern, flags] = (int(program[0]), array(_CODE, program[1]).tobytes(),
                                *program[2:])
        if not self._unsaved:
            self._unsaved = True
            atexit.register(self.save)
        return _sre.compile(pattern, *program)

    def _load(self) -> dict[tuple[str, int], Kept]:
        if self._kept is None:
            self._kept = {}
            path = self.path()
            try:
                with open(path, "rb") as f:
                    stamp, kept = marshal.load(f)
                if stamp == _stamp() and isinstance(kept, dict):
                    self._kept = kept
            except (OSError, EOFError, ValueError, TypeError):
                pass  # none yet, or not ours: compile, and keep the programs anew
        return self._kept

    def save(self) -> None:
        """Write the programs compiled since the file was read (atomically; an unwritable
        cache directory only costs the next process the compiling)."""
        if not self._unsaved or self._kept is None:
            return
        path = self.path()
        temporary = f"{path}.{os.getpid()}.tmp"
        try:
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(temporary, "wb") as f:
                marshal.dump((_stamp(), self._kept), f)
            os.replace(temporary, path)
            self._unsaved = False
        except (OSError, ValueError):
            with contextlib.suppress(OSError):
                os.unlink(temporary)

    @staticmethod
    def path() -> str:
        root = os.environ.get("SIPBOT_CACHE_DIR", "").strip()
        if not root:
            from platformdirs import user_cache_dir

            root = user_cache_dir("sipbot", appauthor=False)
        return os.path.join(root, f"patterns-{sys.implementation.cache_tag}.marshal")


def _stamp() -> tuple[str, int, int]:
    """What a kept program is valid for: this interpreter's build and its ``_sre``."""
    return (sys.version, _sre.MAGIC, _sre.CODESIZE)


def _program(pattern: str, flags: int) -> Program:
    """What ``re._compiler.compile`` hands ``_sre.compile`` for the pattern (the same steps;
    a test checks that the patterns built from them equal ``re.compile``'s)."""
    parsed = re._parser.parse(pattern, flags)  # type: ignore[attr-defined]
    code = re._compiler._code(parsed, flags)  # type: ignore[attr-defined]
    state = parsed.state
    indexgroup: list[str | None] = [None] * state.groups
    for name, index in state.groupdict.items():
        indexgroup[index] = name
    return (flags | state.flags, code, state.groups - 1, dict(state.groupdict),
            tuple(indexgroup))


_PROGRAMS = _Programs()


@cache
def rx(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """A fixed pattern written where it is used (``rx(r"…").search(text)``): compiled once
    per process on its first use, its program kept on disk with the module-level ones'.
    (Fixed patterns only: a pattern built from a question's words is :func:`regex`'s.)"""
    return _PROGRAMS.compile(pattern, word_flags(pattern, int(flags)))


@lru_cache(maxsize=DYNAMIC_CACHE)
def regex(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """A pattern built while answering (a name, a number, an English word in it), compiled
    once per process. ``re``'s own cache holds 512 and drops the oldest, so a stream of
    new names would push out the module's fixed patterns too."""
    return re.compile(pattern, word_flags(pattern, flags))
