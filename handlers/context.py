"""A typed context: handlers read ``context.kb`` instead of string keys in ``bot_data``."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from telegram.ext import Application, CallbackContext, ExtBot

from data.kb import KnowledgeBase
from data.store import Store
from handlers.ratelimit import GroupLimiter

if TYPE_CHECKING:
    # handlers.digest_jobs imports this module: the annotation alone must not import it back.
    from handlers.digest_jobs import DigestService


@dataclass
class BotData:
    """Application-wide state, built once by the composition root."""

    kb: KnowledgeBase
    tz: str = "Asia/Shanghai"
    admin_ids: frozenset[int] = frozenset()
    digest_grace_hours: float = 6.0
    group_limiter: GroupLimiter = field(default_factory=GroupLimiter)
    # Set by handlers.digest.register; None in an Application without the digest feature.
    digest: DigestService | None = None


class Context(CallbackContext[ExtBot, dict, dict, BotData]):
    """CallbackContext with typed shortcuts."""

    def __init__(self, application: Application, chat_id: int | None = None,
                 user_id: int | None = None) -> None:
        super().__init__(application=application, chat_id=chat_id, user_id=user_id)

    @property
    def kb(self) -> KnowledgeBase:
        return self.bot_data.kb

    @property
    def store(self) -> Store:
        return self.bot_data.kb.store
