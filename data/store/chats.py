"""Chats, the questions they asked and the votes on the answers; forgetting a chat and
carrying its rows over when a group becomes a supergroup."""

from __future__ import annotations

from data.models import QuestionRow
from data.store.database import Database


class Chats:
    """Who talks to the bot, what was asked, how the answers were voted."""

    def __init__(self, database: Database) -> None:
        self.database = database

    def touch_chat(self, chat_id: int, chat_type: str, lang: str | None = None) -> None:
        now = self.database.now()
        with self.database.write() as db:
            db.execute(
                "INSERT INTO chats (chat_id, type, lang, first_seen, last_seen) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT(chat_id) DO UPDATE SET "
                "type = excluded.type, last_seen = excluded.last_seen, "
                "lang = COALESCE(chats.lang, excluded.lang)",
                [chat_id, chat_type, lang, now, now])

    def set_chat_lang(self, chat_id: int, chat_type: str, lang: str) -> None:
        now = self.database.now()
        with self.database.write() as db:
            db.execute(
                "INSERT INTO chats (chat_id, type, lang, first_seen, last_seen) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT(chat_id) DO UPDATE SET "
                "lang = excluded.lang, last_seen = excluded.last_seen",
                [chat_id, chat_type, lang, now, now])

    def chat_lang(self, chat_id: int) -> str | None:
        rows = self.database.rows("SELECT lang FROM chats WHERE chat_id = ?", [chat_id])
        return rows[0]["lang"] if rows else None

    def log_question(self, chat_id: int | None, question: str, answer: str,
                     found: bool) -> int:
        with self.database.write() as db:
            cursor = db.execute(
                "INSERT INTO questions (chat_id, question, answer, found, created_at) "
                "VALUES (?, ?, ?, ?, ?)",
                [chat_id, question, answer, int(found), self.database.now()])
            return int(cursor.lastrowid or 0)

    def mark_replied(self, question_id: int) -> None:
        """The answer to a logged question was sent: from now on /stats counts it."""
        with self.database.write() as db:
            db.execute("UPDATE questions SET replied_at = ? WHERE id = ?",
                       [self.database.now(), question_id])

    def question(self, question_id: int) -> QuestionRow | None:
        rows = self.database.rows(
            "SELECT id, chat_id, question, answer, found, created_at, replied_at "
            "FROM questions WHERE id = ?", [question_id])
        return QuestionRow(**{**rows[0], "found": bool(rows[0]["found"])}) if rows else None

    def record_vote(self, question_id: int, chat_id: int | None, user_id: int,
                    vote: int) -> None:
        with self.database.write() as db:
            db.execute(
                "INSERT INTO votes (question_id, chat_id, user_id, vote, created_at) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT(question_id, user_id) DO UPDATE SET "
                "vote = excluded.vote, created_at = excluded.created_at",
                [question_id, chat_id, user_id, vote, self.database.now()])

    def usage_stats(self) -> dict[str, int]:
        row = self.database.rows(
            "SELECT (SELECT count(*) FROM chats) AS chats, "
            "(SELECT count(*) FROM questions WHERE replied_at IS NOT NULL) AS questions, "
            "(SELECT count(*) FROM questions WHERE replied_at IS NOT NULL AND found = 0) "
            "AS not_found, "
            "(SELECT count(*) FROM votes WHERE vote > 0) AS upvotes, "
            "(SELECT count(*) FROM votes WHERE vote < 0) AS downvotes, "
            "(SELECT count(*) FROM subscriptions WHERE active = 1) AS subscriptions")[0]
        return {k: int(v) for k, v in row.items()}

    def forget_chat(self, chat_id: int) -> None:
        """Delete everything stored about one chat."""
        with self.database.write() as db:
            db.execute("DELETE FROM votes WHERE chat_id = ? OR question_id IN "
                       "(SELECT id FROM questions WHERE chat_id = ?)", [chat_id, chat_id])
            for table in ("questions", "deliveries", "subscriptions", "chats", "inbox"):
                db.execute(f"DELETE FROM {table} WHERE chat_id = ?", [chat_id])

    def migrate_chat(self, old_chat_id: int, new_chat_id: int) -> None:
        """A group became a supergroup: carry its rows over to the new id."""
        with self.database.write() as db:
            for table in ("subscriptions", "chats"):
                # Only when there is something to move: a second call for the same
                # migration (the digest broadcast met ChatMigrated, then the service message
                # arrived) must not delete the rows the first call moved.
                if db.execute(f"SELECT 1 FROM {table} WHERE chat_id = ?",
                              [old_chat_id]).fetchone() is None:
                    continue
                db.execute(f"DELETE FROM {table} WHERE chat_id = ?", [new_chat_id])
                db.execute(f"UPDATE {table} SET chat_id = ? WHERE chat_id = ?",
                           [new_chat_id, old_chat_id])
            db.execute("UPDATE subscriptions SET chat_type = 'supergroup' WHERE chat_id = ?",
                       [new_chat_id])
            db.execute("UPDATE OR IGNORE deliveries SET chat_id = ? WHERE chat_id = ?",
                       [new_chat_id, old_chat_id])
            for table in ("questions", "votes"):
                db.execute(f"UPDATE {table} SET chat_id = ? WHERE chat_id = ?",
                           [new_chat_id, old_chat_id])
