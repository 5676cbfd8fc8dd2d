"""Questions and answers: /ask, any text in a private chat, did-you-mean and example buttons.

Every path ends in :func:`answer_question`, which asks the engine off the event loop, logs
the question (its id is what the buttons under the answer refer to), and sends the answer.
"""

from __future__ import annotations

import asyncio
import logging

from telegram import InlineKeyboardMarkup, Message, Update
from telegram.constants import ChatType
from telegram.error import BadRequest
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, MessageHandler, filters

from data import present
from data.models import Answer
from data.store import StoreLocked
from handlers.common import answer_stale, chat_lang
from handlers.context import Context
from handlers.i18n import Lang, examples, t
from handlers.ratelimit import Verdict
from handlers.render import (
    CB_EXAMPLE,
    CB_SUGGESTION,
    answer_keyboard,
    render_answer,
    reply_lang,
    split_html,
)

log = logging.getLogger(__name__)

# Telegram messages are at most 4096 characters; a question longer than this is not one.
MAX_QUESTION = 1000
# chat_data key of the answers an edited question can update; only the newest are kept.
ANSWERS_KEY = "answers"
MAX_REMEMBERED = 100


async def send_html(context: Context, chat_id: int, text: str, *,
                    reply_to: Message | None = None,
                    markup: InlineKeyboardMarkup | None = None,
                    edit: int | None = None) -> Message | None:
    """Send ``text`` split under Telegram's limit; buttons go under the last part.

    In groups the first part quotes the message it answers, so the thread stays readable.
    With ``edit`` (a message id of ours) the first part replaces that message instead.
    Returns the first message (None when an edit changed nothing).
    """
    chunks = split_html(text)
    first: Message | None = None
    for index, chunk in enumerate(chunks):
        last = index == len(chunks) - 1
        keyboard = markup if last else None
        if edit is not None and index == 0:
            try:
                sent = await context.bot.edit_message_text(chunk, chat_id, edit,
                                                           reply_markup=keyboard)
            except BadRequest as exc:
                # The same answer again: Telegram refuses a no-op edit, and that is fine.
                if "not modified" not in exc.message.lower():
                    raise
                sent = None
            first = sent if isinstance(sent, Message) else None
        elif reply_to is not None and index == 0:
            first = await reply_to.reply_text(chunk, reply_markup=keyboard,
                                              do_quote=reply_to.chat.type != ChatType.PRIVATE)
        else:
            sent = await context.bot.send_message(chat_id, chunk, reply_markup=keyboard)
            first = first or sent
    return first


def _answers(context: Context) -> dict[int, int]:
    """Question message id -> the id of our answer to it, for this chat (newest last)."""
    chat_data = context.chat_data if context.chat_data is not None else {}
    return chat_data.setdefault(ANSWERS_KEY, {})


def _remember_answer(context: Context, question: Message, answer: Message | None) -> None:
    if answer is None:
        return
    answers = _answers(context)
    answers.pop(question.message_id, None)
    answers[question.message_id] = answer.message_id
    while len(answers) > MAX_REMEMBERED:
        del answers[next(iter(answers))]


async def answer_question(update: Update, context: Context, question: str, *,
                          lang: Lang | None = None, reply_to: Message | None = None) -> None:
    """Answer ``question`` in the update's chat (rate-limited in groups)."""
    chat = update.effective_chat
    if chat is None:
        return
    lang = lang or await chat_lang(update, context)
    if chat.type != ChatType.PRIVATE:
        verdict = context.bot_data.group_limiter.check(chat.id)
        if verdict is Verdict.DROP:
            return  # counted by the limiter; handlers.groups logs one summary a minute
        if verdict is Verdict.NOTICE:
            await send_html(context, chat.id, t(lang, "rate_limited"), reply_to=reply_to)
            return
    question = question.strip()[:MAX_QUESTION]
    answer, question_id = await asyncio.to_thread(_ask_and_log, context, chat.id, question)
    # An edited question edits our answer to it rather than adding a second one.
    edit = (_answers(context).get(reply_to.message_id)
            if reply_to is not None and update.edited_message is not None else None)
    sent = await send_html(context, chat.id, render_answer(answer, lang), reply_to=reply_to,
                           markup=answer_keyboard(answer, question_id, lang), edit=edit)
    if reply_to is not None and edit is None:
        _remember_answer(context, reply_to, sent)
    if question_id is not None:
        # Only now does /stats count it: a crash before this line answers it again instead.
        await asyncio.to_thread(_mark_replied, context, question_id)


def _ask_and_log(context: Context, chat_id: int, question: str
                 ) -> tuple[Answer, int | None]:
    answer = context.kb.ask(question)
    try:
        question_id = context.store.chats.log_question(chat_id, question, present.text(answer),
                                                 answer.found)
    except StoreLocked as exc:
        # Reading still works while another writer holds the store (WAL): answer anyway,
        # without the buttons that would need the logged question's id.
        log.warning("question in chat %s not logged, store busy: %s", chat_id, exc)
        question_id = None
    return answer, question_id


def _mark_replied(context: Context, question_id: int) -> None:
    try:
        context.store.chats.mark_replied(question_id)
    except StoreLocked as exc:
        log.warning("question %s answered but not counted, store busy: %s", question_id, exc)


async def ask(update: Update, context: Context) -> None:
    """/ask <question>: answer it (the way to ask in groups)."""
    message = update.effective_message
    if message is None:
        return
    question = " ".join(context.args or ())
    lang = await chat_lang(update, context)
    if not question.strip():
        await message.reply_text(t(lang, "ask_usage", example=examples(lang)[0]))
        return
    await answer_question(update, context, question, lang=lang, reply_to=message)


async def private_text(update: Update, context: Context) -> None:
    """Any text in a private chat is a question."""
    message = update.effective_message
    if message is None or not message.text:
        return
    await answer_question(update, context, message.text, reply_to=message)


async def suggestion_pressed(update: Update, context: Context) -> None:
    """A did-you-mean button: answer the suggested question."""
    query = update.callback_query
    chat = update.effective_chat
    if query is None:
        return
    lang = await chat_lang(update, context)
    try:
        _, question_id_s, index_s = (query.data or "").split(":")
        question_id, index = int(question_id_s), int(index_s)
    except ValueError:
        await answer_stale(query, lang)
        return
    suggestion = await asyncio.to_thread(_suggestion, context, question_id, index,
                                         chat.id if chat else None, lang)
    if suggestion is None:
        await answer_stale(query, lang)
        return
    await query.answer()
    await answer_question(update, context, suggestion, lang=lang)


def _suggestion(context: Context, question_id: int, index: int,
                chat_id: int | None, lang: str) -> str | None:
    # Suggestions are not stored: the engine is deterministic, so asking the logged question
    # again gives the same list. Only the question id travels in the 64-byte callback data.
    row = context.store.chats.question(question_id)
    if row is None or row.chat_id != chat_id:
        return None
    answer = context.kb.ask(row.question)
    suggestions = present.suggestions(answer, reply_lang(answer, lang))
    return suggestions[index] if 0 <= index < len(suggestions) else None


async def example_pressed(update: Update, context: Context) -> None:
    """An example-question button from /start: answer it."""
    query = update.callback_query
    if query is None:
        return
    lang = await chat_lang(update, context)
    try:
        index = int((query.data or "").split(":")[1])
    except (IndexError, ValueError):
        index = -1
    if not 0 <= index < len(examples(lang)):
        await answer_stale(query, lang)
        return
    question = examples(lang)[index]
    await query.answer()
    await answer_question(update, context, question, lang=lang)


def register(app: Application) -> None:
    app.add_handler(CommandHandler("ask", ask))
    app.add_handler(MessageHandler(filters.ChatType.PRIVATE & filters.TEXT & ~filters.COMMAND,
                                   private_text))
    app.add_handler(CallbackQueryHandler(suggestion_pressed, pattern=rf"^{CB_SUGGESTION}:"))
    app.add_handler(CallbackQueryHandler(example_pressed, pattern=rf"^{CB_EXAMPLE}:"))
