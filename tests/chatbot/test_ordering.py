"""A burst of questions in one chat is answered in the order asked; chats stay concurrent."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

from botkit import FIGURE_ANSWER, USER_ID, BotHarness, CannedKB
from telegram import Update

from bot.app import build_application
from bot.offline import OfflineRequest
from bot.ordering import ChatOrderedProcessor
from bot.settings import Settings
from data.models import Answer


class SlowKB(CannedKB):
    """Questions starting with "慢" take a while, like a hard question does."""

    def ask(self, question: str) -> Answer:
        if question.startswith("慢"):
            time.sleep(0.3)
        return super().ask(question)


async def wait_for(condition, timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        await asyncio.sleep(0.01)


async def test_a_burst_of_private_questions_is_answered_in_order(canned_kb, tmp_path: Path):
    kb = SlowKB(canned_kb.store, {FIGURE_ANSWER.question: FIGURE_ANSWER})
    request = OfflineRequest()
    app = build_application(Settings(token="1:t", db_path=tmp_path / "x.db"), kb,
                            request=request, rate_limiter=False)
    bot = BotHarness(app, request)
    questions = ["慢问题一", "问题二", "问题三"]
    other_chat = bot.chat(USER_ID + 1)
    async with app:
        await app.start()
        try:
            for text in questions:
                await app.update_queue.put(Update(0, message=bot.message(text)))
            await app.update_queue.put(Update(0, message=bot.message("问题四", chat=other_chat)))
            await wait_for(lambda: len(request.sent()) == 4)
        finally:
            await app.stop()
    sent = request.sent()
    mine = [s["text"] for s in sent if int(s["chat_id"]) == USER_ID]
    assert [next(q for q in questions if q in text) for text in mine] == questions
    # The other chat did not wait for the slow question.
    assert "问题四" in sent[0]["text"]


async def test_one_chats_burst_does_not_hold_every_slot():
    processor = ChatOrderedProcessor(2)
    release = asyncio.Event()
    done: list[str] = []

    async def handle(name: str, wait: bool) -> None:
        if wait:
            await release.wait()
        done.append(name)

    def update(chat_id: int) -> Update:
        return Update.de_json({"update_id": 1, "message": {
            "message_id": 1, "date": 0, "chat": {"id": chat_id, "type": "private"},
            "text": "q"}}, None)

    busy = [asyncio.create_task(processor.process_update(update(1), handle(f"a{i}", True)))
            for i in range(5)]
    other = asyncio.create_task(processor.process_update(update(2), handle("b", False)))
    await asyncio.wait_for(other, 2)
    assert done == ["b"]
    release.set()
    await asyncio.gather(*busy)
    assert done == ["b", "a0", "a1", "a2", "a3", "a4"]
