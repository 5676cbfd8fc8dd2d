"""Subscriptions to the daily digest and the deliveries made to them: each send is claimed
for (chat, local date) before it goes out and finished after, so none is sent twice."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from data.models import DeliveryRow, Subscription
from data.store.database import Database


class Digests:
    """Digest subscriptions and the record of every delivery."""

    def __init__(self, database: Database) -> None:
        self.database = database

    @staticmethod
    def _subscription(row: dict) -> Subscription:
        return Subscription(row["chat_id"], row["chat_type"], row["time"], row["tz"],
                            row["lang"], bool(row["active"]), row["created_at"],
                            row["updated_at"])

    def upsert_subscription(self, chat_id: int, chat_type: str, time_hhmm: str, tz: str,
                            lang: str) -> Subscription:
        now = self.database.now()
        with self.database.write() as db:
            db.execute(
                "INSERT INTO subscriptions (chat_id, chat_type, time, tz, lang, active, "
                "created_at, updated_at) VALUES (?, ?, ?, ?, ?, 1, ?, ?) "
                "ON CONFLICT(chat_id) DO UPDATE SET chat_type = excluded.chat_type, "
                "time = excluded.time, tz = excluded.tz, lang = excluded.lang, active = 1, "
                "updated_at = excluded.updated_at",
                [chat_id, chat_type, time_hhmm, tz, lang, now, now])
        sub = self.subscription(chat_id)
        assert sub is not None
        return sub

    def subscription(self, chat_id: int) -> Subscription | None:
        rows = self.database.rows("SELECT * FROM subscriptions WHERE chat_id = ?", [chat_id])
        return self._subscription(rows[0]) if rows else None

    def add_subscriptions(self, subs: Iterable[Subscription]) -> None:
        """Insert many subscriptions at once (in one transaction), replacing any of the same
        chats: a restored list, or the benchmark's thousands of subscribers."""
        now = self.database.now()
        with self.database.write() as db:
            db["subscriptions"].insert_all(
                ({"chat_id": s.chat_id, "chat_type": s.chat_type, "time": s.time, "tz": s.tz,
                  "lang": s.lang, "active": int(s.active), "created_at": s.created_at or now,
                  "updated_at": s.updated_at or now} for s in subs),
                replace=True)

    def subscriptions(self, *, active: bool | None = True) -> list[Subscription]:
        sql = "SELECT * FROM subscriptions"
        params: list[Any] = []
        if active is not None:
            sql += " WHERE active = ?"
            params.append(int(active))
        rows = self.database.rows(sql + " ORDER BY chat_id", params)
        return [self._subscription(r) for r in rows]

    def set_subscription_active(self, chat_id: int, active: bool) -> bool:
        """Returns whether a subscription row changed."""
        with self.database.write() as db:
            cursor = db.execute(
                "UPDATE subscriptions SET active = ?, updated_at = ? "
                "WHERE chat_id = ? AND active != ?",
                [int(active), self.database.now(), chat_id, int(active)])
            return cursor.rowcount > 0

    def claim_delivery(self, chat_id: int, local_date: str, *, stale_after_s: float = 600
                       ) -> bool:
        """Mark (chat, local date) as being sent. False when it was already sent or is
        being sent by someone else (a claim older than ``stale_after_s`` may be retaken,
        so a crash mid-send leads to at most one duplicate, never a lost digest)."""
        clock = self.database.clock()
        now = clock.timestamp()
        with self.database.write() as db:
            row = db.execute(
                "SELECT status, updated_at FROM deliveries WHERE chat_id = ? AND local_date = ?",
                [chat_id, local_date]).fetchone()
            if row:
                status, updated_at = row
                if status == "sent":
                    return False
                age = now - datetime.fromisoformat(updated_at).timestamp()
                if status == "sending" and age < stale_after_s:
                    return False
            db.execute(
                "INSERT INTO deliveries (chat_id, local_date, status, attempts, updated_at) "
                "VALUES (?, ?, 'sending', 1, ?) ON CONFLICT(chat_id, local_date) DO UPDATE "
                "SET status = 'sending', attempts = deliveries.attempts + 1, "
                "updated_at = excluded.updated_at",
                [chat_id, local_date, clock.astimezone(UTC).isoformat()])
            return True

    def finish_delivery(self, chat_id: int, local_date: str, status: str, *,
                        message_id: int | None = None, error: str | None = None) -> None:
        """Record the outcome of a claimed delivery: 'sent', 'failed' or 'skipped'."""
        with self.database.write() as db:
            db.execute(
                "UPDATE deliveries SET status = ?, message_id = ?, error = ?, updated_at = ? "
                "WHERE chat_id = ? AND local_date = ?",
                [status, message_id, error, self.database.now(), chat_id, local_date])

    def delivery(self, chat_id: int, local_date: str) -> DeliveryRow | None:
        rows = self._deliveries("WHERE chat_id = ? AND local_date = ?", [chat_id, local_date])
        return rows[0] if rows else None

    def deliveries(self, local_date: str | None = None) -> list[DeliveryRow]:
        if local_date is None:
            return self._deliveries("ORDER BY local_date, chat_id", [])
        return self._deliveries("WHERE local_date = ? ORDER BY chat_id", [local_date])

    def _deliveries(self, where: str, params: list[Any]) -> list[DeliveryRow]:
        return [DeliveryRow(**r) for r in self.database.rows(
            "SELECT chat_id, local_date, status, attempts, message_id, error, updated_at "
            f"FROM deliveries {where}", params)]
