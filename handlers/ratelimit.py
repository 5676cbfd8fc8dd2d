"""A per-group answer budget, so one busy group cannot make the bot flood it."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable
from enum import Enum


class Verdict(Enum):
    ANSWER = "answer"
    NOTICE = "notice"  # the first refusal in a window: say so, once
    DROP = "drop"


class GroupLimiter:
    """At most ``limit`` answers per ``period`` seconds per chat (a sliding window).

    Kept in memory on purpose: after a restart a group simply gets a fresh budget.
    """

    def __init__(self, limit: int = 6, period: float = 60.0,
                 clock: Callable[[], float] = time.monotonic, max_chats: int = 10_000) -> None:
        self.limit = limit
        self.period = period
        self.clock = clock
        self.max_chats = max_chats
        self._answers: dict[int, deque[float]] = {}
        self._noticed: dict[int, float] = {}
        # Dropped messages per chat since the last summary: logged one line a group a
        # period, not one a message (a busy group would fill the log).
        self._dropped: dict[int, int] = {}

    def check(self, chat_id: int) -> Verdict:
        now = self.clock()
        window = self._answers.setdefault(chat_id, deque())
        while window and now - window[0] >= self.period:
            window.popleft()
        if len(window) < self.limit:
            window.append(now)
            self._noticed.pop(chat_id, None)
            self._evict()
            return Verdict.ANSWER
        noticed = self._noticed.get(chat_id)
        if noticed is not None and now - noticed < self.period:
            self._dropped[chat_id] = self._dropped.get(chat_id, 0) + 1
            return Verdict.DROP
        self._noticed[chat_id] = now
        return Verdict.NOTICE

    def take_dropped(self) -> dict[int, int]:
        """Chat id → messages dropped since the last call; the counts start again at 0."""
        dropped, self._dropped = self._dropped, {}
        return dropped

    def _evict(self) -> None:
        # Bound memory: forget the chats whose windows are oldest.
        if len(self._answers) <= self.max_chats:
            return
        oldest = sorted(self._answers, key=lambda c: self._answers[c][-1] if self._answers[c]
                        else 0.0)
        for chat_id in oldest[: len(self._answers) - self.max_chats]:
            self._answers.pop(chat_id, None)
            self._noticed.pop(chat_id, None)
