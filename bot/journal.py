"""The inbox journal: nothing a user asked is lost to a crash, a restart or a stop.

Long polling confirms a batch of updates to Telegram with the next getUpdates call (its
higher offset), ~50 ms after fetching, while answers drain at the Bot API's ~29 messages a
second: without a journal a burst lives only in this process, a crash loses it and a stop
has to drain it. So:

- :class:`JournalBot` writes each fetched batch to the store's inbox (one transaction, off
  the event loop) before returning it, i.e. before the next call can confirm it;
- :class:`JournalApplication` marks an update done once its handlers returned (its reply
  sent, or none needed); the ids that finish together are committed in one transaction;
- at start, :func:`replay` queues unfinished entries younger than the replay window again,
  in order, and gives up older ones with a log line; an update Telegram sends again after a
  crash is not handled twice, since it is in the journal already;
- on SIGTERM, :meth:`JournalApplication.stop` starts nothing new, gives the handlers in
  flight at most ``STOP_GRACE_S`` and leaves the rest in the journal for the next start.

Only updates carrying a message are journaled: button presses and inline queries expire
at Telegram within seconds, so answering them after a restart is not possible anyway.
Webhook mode does not go through getUpdates and is not journaled.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from typing import Any

from telegram import Bot, Update
from telegram.ext import Application, ExtBot

from data.models import InboxEntry
from data.schedule import utcnow
from data.store import Store, StoreError

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]

# Telegram keeps an unconfirmed update for 24 h, so it may send one again that long: the
# journal remembers ids (and the texts with them) for as long, then forgets them.
RETENTION = timedelta(hours=24)
# On SIGTERM, how long the handlers in flight may take to finish their sends (compose
# allows 30 s in all; a send in flight takes well under a second unless Telegram stalls).
STOP_GRACE_S = 3.5


def _stamp(moment: datetime) -> str:
    return moment.isoformat(timespec="milliseconds")


def inbox_entry(update: Update, received_at: str) -> InboxEntry | None:
    """What the journal keeps of ``update``; None for updates it does not keep."""
    message = update.message
    if message is None:
        return None
    return InboxEntry(
        update_id=update.update_id, chat_id=message.chat.id, message_id=message.message_id,
        text=message.text or message.caption,
        payload=json.dumps(update.to_dict(), ensure_ascii=False, separators=(",", ":")),
        received_at=received_at)


class Journal:
    """The inbox journal of one running bot, over the store's ``inbox`` table."""

    def __init__(self, store: Store, *, window: timedelta, now: Clock = utcnow) -> None:
        self.store = store
        self.window = window
        self.now = now
        self.stopping = False
        self.left = 0  # journaled updates not started because the bot is stopping
        self._open: set[int] = set()  # journaled ids this process still has to finish
        # Fetched Update objects (by identity) whose id was journaled already: Telegram
        # resent them after a crash, and the journal's own copy is (or was) handled.
        self._resent: set[int] = set()
        self._finished: list[int] = []
        self._commit = asyncio.Lock()

    async def record(self, updates: Sequence[Update]) -> None:
        """Journal a fetched batch before it is returned (so before it can be confirmed)."""
        at = _stamp(self.now())
        entries = [e for u in updates if (e := inbox_entry(u, at)) is not None]
        if not entries:
            return
        try:
            known = await asyncio.to_thread(self.store.inbox.journal_updates, entries)
        except StoreError as exc:
            # Answering beats waiting for the store: these are only lost to a crash.
            log.warning("%d updates not journaled (%s): a crash now would lose them",
                        len(entries), exc)
            return
        if known:
            log.info("%d updates sent again by Telegram are in the journal already: skipped",
                     len(known))
        journaled = {e.update_id for e in entries}
        for update in updates:
            if update.update_id in known:
                self._resent.add(id(update))
            elif update.update_id in journaled:
                self._open.add(update.update_id)

    def admit(self, update: object) -> bool:
        """Whether to handle ``update`` now."""
        if isinstance(update, Update) and id(update) in self._resent:
            self._resent.discard(id(update))
            return False
        if self.stopping:
            if isinstance(update, Update) and update.update_id in self._open:
                self.left += 1
            return False
        return True

    async def finish(self, update: object) -> None:
        """``update`` was handled: mark it done (with the others that finished meanwhile)."""
        if not isinstance(update, Update) or update.update_id not in self._open:
            return
        self._open.discard(update.update_id)
        self._finished.append(update.update_id)
        async with self._commit:
            if not self._finished:
                return  # the commit that just ended took ours too
            batch, self._finished = self._finished, []
            try:
                await asyncio.to_thread(self.store.inbox.finish_updates, batch, _stamp(self.now()))
            except StoreError as exc:
                log.warning("%d answered updates not marked done (%s): a restart would "
                            "answer them again", len(batch), exc)

    async def replay(self, queue: asyncio.Queue[object], bot: Bot) -> int:
        """Queue the unfinished entries younger than the window again, oldest first; give
        up older ones. Returns how many were queued."""
        now = self.now()
        since = _stamp(now - self.window)
        expired = await asyncio.to_thread(self.store.inbox.expire_updates, since)
        if expired:
            log.warning("inbox: %d unfinished updates older than %s dropped, not answered",
                        expired, self.window)
        await asyncio.to_thread(self.store.inbox.prune_inbox, _stamp(now - RETENTION))
        pending = await asyncio.to_thread(self.store.inbox.pending_updates, since)
        queued = 0
        for entry in pending:
            try:
                update = Update.de_json(json.loads(entry.payload), bot)
            except (ValueError, TypeError, KeyError) as exc:
                log.warning("inbox: update %s unreadable, skipped: %s", entry.update_id, exc)
                continue
            if update is None:
                continue
            self._open.add(update.update_id)
            queue.put_nowait(update)
            queued += 1
        log.info("inbox: replaying %d unfinished updates from before the restart", queued)
        return queued

    async def prune(self) -> int:
        """Forget journal rows older than RETENTION; returns how many."""
        return await asyncio.to_thread(self.store.inbox.prune_inbox, _stamp(self.now() - RETENTION))


class JournalBot(ExtBot[Any]):
    """An ExtBot whose getUpdates journals every batch before handing it to PTB."""

    __slots__ = ("journal",)

    def __init__(self, *args: Any, journal: Journal, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        with self._unfrozen():
            self.journal = journal

    async def get_updates(self, *args: Any, **kwargs: Any) -> tuple[Update, ...]:
        updates = await super().get_updates(*args, **kwargs)
        # Before returning: PTB's next call passes the offset that confirms these.
        await self.journal.record(updates)
        return updates


class JournalApplication(Application):  # type: ignore[type-arg]
    """An Application that marks journaled updates done and stops without draining."""

    def __init__(self, *, journal: Journal, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.journal = journal
        self._handling: set[asyncio.Task[Any]] = set()

    async def process_update(self, update: object) -> None:
        if not self.journal.admit(update):
            return
        task = asyncio.current_task()
        if task is not None:
            self._handling.add(task)
        try:
            await super().process_update(update)
        finally:
            if task is not None:
                self._handling.discard(task)
        # Not in the finally: an update cut short (cancelled) stays for the next start.
        await self.journal.finish(update)

    async def stop(self) -> None:
        """Stop fast: nothing new starts, the handlers in flight get STOP_GRACE_S to finish
        their sends, and every other update stays in the journal for the next start."""
        self.journal.stopping = True
        while not self.update_queue.empty():
            self.journal.admit(self.update_queue.get_nowait())  # counts it as left
            self.update_queue.task_done()
        cut = 0
        if self._handling:
            _, late = await asyncio.wait(set(self._handling), timeout=STOP_GRACE_S)
            for task in late:
                task.cancel()
            cut = len(late)
        await super().stop()
        log.info("stopped: %d updates left in the journal for the next start%s",
                 self.journal.left + cut,
                 f" ({cut} cut short after {STOP_GRACE_S:g} s)" if cut else "")


async def replay(app: Application) -> int:  # type: ignore[type-arg]
    """At start: queue the journal's unfinished updates (see :meth:`Journal.replay`)."""
    if not isinstance(app, JournalApplication):
        return 0
    return await app.journal.replay(app.update_queue, app.bot)
