"""Updates of one chat are handled in the order they arrived; different chats concurrently.

PTB's ``concurrent_updates=N`` runs any N updates at once, so a burst of questions from one
user could be answered out of order (a slow question overtaken by a quick one).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor

# PTB's own semaphore only bounds the waiting tasks; the real limit is ``concurrent`` below,
# taken after the chat's turn comes, so one chat's burst never holds every slot.
MAX_WAITING = 4096


class ChatOrderedProcessor(BaseUpdateProcessor):
    """At most ``concurrent`` updates at once, and one at a time per chat, in arrival order."""

    def __init__(self, concurrent: int) -> None:
        super().__init__(MAX_WAITING)
        self._gate = asyncio.Semaphore(concurrent)
        self._turns: dict[int, asyncio.Lock] = {}
        self._queued: dict[int, int] = {}  # updates holding or awaiting each chat's turn

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        key = _chat_key(update)
        if key is None:
            async with self._gate:
                await coroutine
            return
        # asyncio.Lock wakes its waiters first come, first served: arrival order.
        turn = self._turns.setdefault(key, asyncio.Lock())
        self._queued[key] = self._queued.get(key, 0) + 1
        try:
            async with turn, self._gate:
                await coroutine
        finally:
            self._queued[key] -= 1
            if not self._queued[key]:  # a quiet chat keeps no lock
                del self._queued[key], self._turns[key]

    async def initialize(self) -> None:
        pass

    async def shutdown(self) -> None:
        pass


def _chat_key(update: object) -> int | None:
    if not isinstance(update, Update):
        return None
    if update.effective_chat is not None:
        return update.effective_chat.id
    # Inline queries have no chat: keep each user's in order.
    return -update.effective_user.id if update.effective_user is not None else None
