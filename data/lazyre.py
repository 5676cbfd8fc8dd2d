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
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Callable, Iterator
from functools import lru_cache
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
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None
        _MADE.add(self)

    def compiled(self) -> re.Pattern[str]:
        """The real pattern, compiled now if not before."""
        if self._compiled is None:
            self._compiled = re.compile(self.pattern, self._flags)
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


def lazy_regex(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, done on the pattern's first use."""
    return cast(re.Pattern[str], LazyPattern(pattern, flags))


def compile_all() -> int:
    """Compile every pattern not compiled yet, and say how many there are: a long-running
    process warms up with this, so that no user's question waits for a compile."""
    made = list(_MADE)
    for pattern in made:
        pattern.compiled()
    return len(made)


@lru_cache(maxsize=DYNAMIC_CACHE)
def regex(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """A pattern built while answering (a name, a number, an English word in it), compiled
    once per process. ``re``'s own cache holds 512 and drops the oldest, so a stream of
    new names would push out the module's fixed patterns too."""
    return re.compile(pattern, flags)
