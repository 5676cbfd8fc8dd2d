"""Permissions and privacy: admin commands, group administrators, and a complete /forget."""

from __future__ import annotations

import pytest
from botkit import ADMIN_ID, FIGURE_ANSWER, GROUP_ID, USER_ID
from telegram import Chat

OPERATIONAL = ("chats", "subscriptions", "deliveries", "questions", "votes")


def member_of(statuses: dict[int, str]):
    def respond(params: dict) -> dict:
        user_id = int(params["user_id"])
        status = statuses.get(user_id, "member")
        extra = {"is_anonymous": False} if status == "creator" else {}
        return {"status": status, **extra,
                "user": {"id": user_id, "is_bot": False, "first_name": "x"}}
    return respond


def rows_about(store, chat_id: int) -> dict[str, int]:
    counts = {}
    with store.database.locked() as db:
        for table in OPERATIONAL:
            counts[table] = db.execute(f"SELECT count(*) FROM {table} WHERE chat_id = ?",
                                       [chat_id]).fetchone()[0]
        counts["votes on its questions"] = db.execute(
            "SELECT count(*) FROM votes WHERE question_id IN "
            "(SELECT id FROM questions WHERE chat_id = ?)", [chat_id]).fetchone()[0]
    return counts


@pytest.mark.parametrize("command", ["/stats", "/reload"])
async def test_admin_commands_refuse_everyone_outside_sipbot_admin_ids(canned_kb, make_bot,
                                                                       command):
    statuses = {USER_ID: "creator"}
    async with make_bot(canned_kb, responses={"getChatMember": member_of(statuses)}) as bot:
        group = bot.chat(GROUP_ID, Chat.SUPERGROUP)
        refused = [
            *await bot.send(command),  # a private user
            *await bot.send(command, chat=group),  # the group's own creator
            # an anonymous group admin, writing as the group itself
            *await bot.send(message=bot.message(command, chat=group, sender_chat=group)),
        ]
        allowed = await bot.send(command, user=bot.user(ADMIN_ID), chat=bot.chat(ADMIN_ID))
    assert len(refused) == 3 and all("管理员" in r["text"] for r in refused)
    assert not any("提问" in r["text"] for r in refused)
    assert canned_kb.reloads == (0 if command == "/stats" else 1)
    assert allowed


async def test_nobody_is_admin_when_sipbot_admin_ids_is_empty(canned_kb, make_bot):
    async with make_bot(canned_kb, admin_ids=frozenset()) as bot:
        [reply] = await bot.send("/stats", user=bot.user(ADMIN_ID), chat=bot.chat(ADMIN_ID))
    assert "管理员" in reply["text"]


@pytest.mark.parametrize("command", ["/subscribe 08:00", "/unsubscribe", "/forget",
                                     "/lang en"])
async def test_group_changes_refuse_members_and_allow_admins(canned_kb, make_bot, command):
    statuses = {USER_ID: "member", ADMIN_ID: "creator"}
    canned_kb.store.digests.upsert_subscription(GROUP_ID, "supergroup", "09:00",
                                                "Asia/Shanghai", "zh")
    before = canned_kb.store.digests.subscription(GROUP_ID)
    async with make_bot(canned_kb, responses={"getChatMember": member_of(statuses)}) as bot:
        group = bot.chat(GROUP_ID, Chat.SUPERGROUP)
        [refused] = await bot.send(command, chat=group)
        assert canned_kb.store.digests.subscription(GROUP_ID) == before  # nothing changed
        [done] = await bot.send(command, chat=group, user=bot.user(ADMIN_ID))
    assert "管理员" in refused["text"]
    assert "管理员" not in done["text"]
    if command == "/lang en":
        assert canned_kb.store.chats.chat_lang(GROUP_ID) == "en"
    else:
        assert canned_kb.store.digests.subscription(GROUP_ID) != before


@pytest.mark.parametrize("command", ["/subscribe 08:00", "/forget", "/lang en"])
async def test_a_failed_member_lookup_gets_the_same_reply_everywhere(canned_kb, make_bot,
                                                                     command):
    from bot.offline import ApiError
    refuse = ApiError(400, "Bad Request: member list is inaccessible")
    async with make_bot(canned_kb, responses={"getChatMember": refuse}) as bot:
        [reply] = await bot.send(command, chat=bot.chat(GROUP_ID, Chat.SUPERGROUP))
    assert reply["text"].startswith("暂时无法确认你的管理员身份")
    assert canned_kb.store.chats.chat_lang(GROUP_ID) is None


async def test_forget_deletes_every_row_about_the_chat_and_nothing_else(canned_kb, make_bot):
    store = canned_kb.store
    other = USER_ID + 1
    async with make_bot(canned_kb) as bot:
        for chat_id in (USER_ID, other):
            chat, user = bot.chat(chat_id), bot.user(chat_id)
            await bot.send("/lang en", chat=chat, user=user)
            await bot.send(FIGURE_ANSWER.question, chat=chat, user=user)
            await bot.send("/subscribe 08:00", chat=chat, user=user)
        [mine] = [q for q in store.database.rows("SELECT * FROM questions WHERE chat_id = ?",
                                         [USER_ID])]
        await bot.press(f"v:1:{mine['id']}")
        # A vote on this chat's question by someone else (a forwarded keyboard), and a
        # delivery record: both are about this chat too.
        store.chats.record_vote(mine["id"], None, 999, -1)
        store.digests.claim_delivery(USER_ID, "2024-05-30")
        store.digests.finish_delivery(USER_ID, "2024-05-30", "sent", message_id=1)
        store.digests.claim_delivery(other, "2024-05-30")
        assert all(rows_about(store, USER_ID).values())
        kept = rows_about(store, other)
        [reply] = await bot.send("/forget")
        jobs = bot.app.job_queue.get_jobs_by_name(f"digest:{USER_ID}")
    assert "Deleted" in reply["text"]
    assert rows_about(store, USER_ID) == dict.fromkeys(rows_about(store, USER_ID), 0)
    assert rows_about(store, other) == kept
    assert all(job.removed for job in jobs)
