"""The inbox journal: every update fetched from Telegram, kept until its reply was sent (or
for the replay window), so a restart answers what was left and nothing twice."""

from __future__ import annotations

import json
from collections.abc import Sequence

from data.models import InboxEntry
from data.store.database import Database


class Inbox:
    """The journal of fetched updates."""

    def __init__(self, database: Database) -> None:
        self.database = database

    def journal_updates(self, entries: Sequence[InboxEntry]) -> set[int]:
        """Journal a fetched batch in one transaction. Returns the update ids that were
        already journaled (Telegram sent them again): their first row, and its status, stay."""
        if not entries:
            return set()
        ids = json.dumps([e.update_id for e in entries])
        with self.database.write() as db:
            known = {row[0] for row in db.execute(
                "SELECT update_id FROM inbox WHERE update_id IN (SELECT value FROM json_each(?))",
                [ids])}
            db.conn.executemany(
                "INSERT OR IGNORE INTO inbox (update_id, chat_id, message_id, text, payload, "
                "received_at) VALUES (?, ?, ?, ?, ?, ?)",
                [(e.update_id, e.chat_id, e.message_id, e.text, e.payload, e.received_at)
                 for e in entries])
            return known

    def finish_updates(self, update_ids: Sequence[int], done_at: str) -> None:
        """The updates were handled (their replies sent, or none was needed)."""
        with self.database.write() as db:
            db.execute(
                "UPDATE inbox SET status = 'done', done_at = ? "
                "WHERE update_id IN (SELECT value FROM json_each(?)) AND status = 'pending'",
                [done_at, json.dumps(list(update_ids))])

    def pending_updates(self, since: str) -> list[InboxEntry]:
        """Unfinished updates received at or after ``since``, oldest first."""
        return [InboxEntry(r["update_id"], r["chat_id"], r["message_id"], r["text"],
                           r["payload"], r["received_at"])
                for r in self.database.rows(
                    "SELECT * FROM inbox WHERE status = 'pending' AND received_at >= ? "
                    "ORDER BY update_id", [since])]

    def expire_updates(self, before: str) -> int:
        """Give up on unfinished updates received before ``before``; returns how many."""
        with self.database.write() as db:
            return db.execute(
                "UPDATE inbox SET status = 'expired' WHERE status = 'pending' "
                "AND received_at < ?", [before]).rowcount

    def prune_inbox(self, before: str) -> int:
        """Delete journal rows received before ``before``; returns how many."""
        with self.database.write() as db:
            return db.execute("DELETE FROM inbox WHERE received_at < ?", [before]).rowcount

    def inbox_status(self) -> dict[str, int]:
        """How many journal rows are in each status."""
        return {r["status"]: int(r["n"]) for r in self.database.rows(
            "SELECT status, count(*) AS n FROM inbox GROUP BY status")}
