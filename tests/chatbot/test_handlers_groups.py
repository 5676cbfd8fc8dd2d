"""Groups: silent on chatter; /ask, /ask@bot, mentions and replies answered; rate limit."""

from __future__ import annotations

from botkit import BOT_ID, BOT_USERNAME, FIGURE_ANSWER, GROUP_ID
from telegram import Chat, MessageEntity, User

from handlers.ratelimit import GroupLimiter, Verdict

Q = FIGURE_ANSWER.question


def mention(text: str, name: str = BOT_USERNAME) -> tuple[str, list[MessageEntity]]:
    full = f"@{name} {text}"
    return full, [MessageEntity(MessageEntity.MENTION, 0, len(name) + 1)]


async def test_chatter_without_mention_is_ignored(canned_kb, make_bot):
    async with make_bot(canned_kb) as bot:
        group = bot.chat(GROUP_ID, Chat.SUPERGROUP)
        assert await bot.send(Q, chat=group) == []
        text, entities = mention(Q, "someone_else")
        assert await bot.send(text, chat=group, entities=entities) == []
    assert canned_kb.store.chats.usage_stats()["questions"] == 0


async def test_ask_and_ask_at_bot_are_answered_but_not_ask_at_another_bot(canned_kb,
                                                                         make_bot):
    async with make_bot(canned_kb) as bot:
        group = bot.chat(GROUP_ID, Chat.GROUP)
        [plain] = await bot.send(f"/ask {Q}", chat=group)
        [addressed] = await bot.send(f"/ask@{BOT_USERNAME} {Q}", chat=group)
        assert await bot.send(f"/ask@OtherBot {Q}", chat=group) == []
    for reply in (plain, addressed):
        assert "<b>397家</b>" in reply["text"]
        assert reply["chat_id"] == GROUP_ID
        # In a group the answer quotes the question it answers.
        assert "reply_parameters" in reply


async def test_mention_is_answered_without_the_mention_in_the_question(canned_kb, make_bot):
    async with make_bot(canned_kb) as bot:
        text, entities = mention(Q)
        [reply] = await bot.send(text, chat=bot.chat(GROUP_ID, Chat.GROUP), entities=entities)
    assert "397家" in reply["text"]
    assert canned_kb.store.chats.question(1).question == Q


async def test_text_mention_of_the_bot_is_answered(canned_kb, make_bot):
    async with make_bot(canned_kb) as bot:
        bot_user = User(BOT_ID, "SIP", is_bot=True)
        text = f"机器人 {Q}"
        entity = MessageEntity(MessageEntity.TEXT_MENTION, 0, 3, user=bot_user)
        [reply] = await bot.send(text, chat=bot.chat(GROUP_ID, Chat.GROUP), entities=[entity])
    assert "397家" in reply["text"]


async def test_reply_to_the_bot_is_answered_reply_to_others_is_not(canned_kb, make_bot):
    async with make_bot(canned_kb) as bot:
        group = bot.chat(GROUP_ID, Chat.GROUP)
        ours = bot.bot_message("上一个回答", group)
        theirs = bot.message("hello", chat=group, user=bot.user(99))
        [reply] = await bot.send(Q, chat=group, reply_to=ours)
        assert await bot.send(Q, chat=group, reply_to=theirs) == []
    assert "397家" in reply["text"]


async def test_bare_mention_gets_usage(canned_kb, make_bot):
    async with make_bot(canned_kb) as bot:
        text, entities = mention("")
        [reply] = await bot.send(text.strip(), chat=bot.chat(GROUP_ID, Chat.GROUP),
                                 entities=entities)
    assert "/ask" in reply["text"]


async def test_group_rate_limit_drops_excess_with_one_notice(canned_kb, make_bot):
    now = [0.0]
    async with make_bot(canned_kb) as bot:
        bot.app.bot_data.group_limiter = GroupLimiter(limit=3, period=60, clock=lambda: now[0])
        group = bot.chat(GROUP_ID, Chat.GROUP)
        replies = [await bot.send(f"/ask {Q}", chat=group) for _ in range(6)]
        other_group = await bot.send(f"/ask {Q}", chat=bot.chat(GROUP_ID - 1, Chat.GROUP))
        now[0] = 61.0
        later = await bot.send(f"/ask {Q}", chat=group)
    assert [len(r) for r in replies] == [1, 1, 1, 1, 0, 0]
    assert "397家" not in replies[3][0]["text"] and "频繁" in replies[3][0]["text"]
    assert len(other_group) == 1 and "397家" in later[0]["text"]


def test_limiter_gives_a_fresh_notice_per_window():
    now = [0.0]
    limiter = GroupLimiter(limit=1, period=10, clock=lambda: now[0])
    assert [limiter.check(1) for _ in range(3)] == [Verdict.ANSWER, Verdict.NOTICE,
                                                    Verdict.DROP]
    now[0] = 10.0
    assert [limiter.check(1) for _ in range(2)] == [Verdict.ANSWER, Verdict.NOTICE]


async def test_private_chats_are_not_rate_limited(canned_kb, make_bot):
    async with make_bot(canned_kb) as bot:
        bot.app.bot_data.group_limiter = GroupLimiter(limit=1, period=60)
        replies = [await bot.send(Q) for _ in range(3)]
    assert all(len(r) == 1 and "397家" in r[0]["text"] for r in replies)


async def test_migration_moves_the_chat_to_the_supergroup_id(canned_kb, make_bot):
    new_id = GROUP_ID * 10
    async with make_bot(canned_kb) as bot:
        group = bot.chat(GROUP_ID, Chat.GROUP)
        # An anonymous administrator (writing as the group) may set its language.
        await bot.send(message=bot.message("/lang en", chat=group, sender_chat=group))
        await bot.send(f"/ask {Q}", chat=group)
        bot.app.chat_data[GROUP_ID]["seen"] = True
        migrate = bot.message(None, chat=group, migrate_to_chat_id=new_id)
        assert await bot.send(message=migrate) == []
        # The other half of the announcement, in the new chat, must not undo the move.
        arrived = bot.message(None, chat=bot.chat(new_id, Chat.SUPERGROUP),
                              migrate_from_chat_id=GROUP_ID)
        await bot.send(message=arrived)
        assert bot.app.chat_data[new_id]["seen"] is True  # answers to edit ride along too
    store = canned_kb.store
    assert store.chats.chat_lang(new_id) == "en" and store.chats.chat_lang(GROUP_ID) is None
    assert store.chats.question(1).chat_id == new_id


async def test_forget_in_a_group_needs_a_group_admin(canned_kb, make_bot):
    statuses: dict[str, object] = {"status": "member"}

    def member(params: dict) -> dict:
        return {**statuses, "user": {"id": params["user_id"], "is_bot": False,
                                     "first_name": "x"}}

    async with make_bot(canned_kb, responses={"getChatMember": member}) as bot:
        group = bot.chat(GROUP_ID, Chat.GROUP)
        await bot.send(message=bot.message("/lang en", chat=group, sender_chat=group))
        [refused] = await bot.send("/forget", chat=group)
        assert canned_kb.store.chats.chat_lang(GROUP_ID) == "en"
        statuses.update(status="creator", is_anonymous=False)
        [done] = await bot.send("/forget", chat=group)
    assert "administrators" in refused["text"] and "Deleted" in done["text"]
    assert canned_kb.store.chats.chat_lang(GROUP_ID) is None


async def test_start_and_help_in_a_group_say_how_to_ask_there(canned_kb, make_bot):
    async with make_bot(canned_kb) as bot:
        group = bot.chat(GROUP_ID, Chat.SUPERGROUP)
        [start] = await bot.send("/start", chat=group)
        [help_] = await bot.send("/help", chat=group)
        [private] = await bot.send("/help")
    for reply in (start, help_):
        assert "/ask" in reply["text"] and f"@{BOT_USERNAME}" in reply["text"]
        assert "回复我的消息" in reply["text"]
        assert "直接发" not in reply["text"]
    assert "直接发送问题" in private["text"]


async def test_help_mentions_inline_mode_only_when_the_bot_has_it(canned_kb, make_bot):
    from bot.offline import BOT_USER
    no_inline = {**BOT_USER, "supports_inline_queries": False}
    async with make_bot(canned_kb, responses={"getMe": no_inline}) as bot:
        [reply] = await bot.send("/help")
    assert "内联" not in reply["text"]
    async with make_bot(canned_kb) as bot:
        [reply] = await bot.send("/help")
    assert "内联" in reply["text"]
