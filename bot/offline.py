"""A Bot API that never leaves the process: for ``sipbot chat`` and the handler tests.

:class:`OfflineRequest` is a PTB ``BaseRequest`` that records every call (method and
parameters) and answers with plausible JSON, the way PTB's own test suite fakes the network.
"""

from __future__ import annotations

import itertools
import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from telegram.request import BaseRequest, RequestData

# A timeout as PTB passes it: seconds, None, or its "not given" default (BaseRequest's own
# DEFAULT_NONE); only PTB's public names are used, never ``telegram._utils``.
Timeout = float | None | object

OFFLINE_TOKEN = "0:offline-console"
BOT_USER: dict[str, Any] = {
    "id": 4242, "is_bot": True, "first_name": "SIP yearbook", "username": "sipbot_console_bot",
    "can_join_groups": True, "can_read_all_group_messages": False,
    "supports_inline_queries": True,
}

# Methods whose Bot API result is a Message; the rest get ``true`` unless told otherwise.
MESSAGE_METHODS = frozenset({"sendMessage", "editMessageText", "editMessageReplyMarkup",
                             "sendPhoto", "sendDocument", "forwardMessage"})


@dataclass(frozen=True)
class Call:
    """One Bot API request the bot made."""

    method: str
    params: dict[str, Any]


class ApiError(Exception):
    """Raise (or configure) this to make a method answer like a refusing Bot API.

    ``parameters`` is the answer's ResponseParameters (``migrate_to_chat_id``,
    ``retry_after``), from which PTB raises ``ChatMigrated`` or ``RetryAfter``.
    """

    def __init__(self, code: int, description: str,
                 parameters: dict[str, Any] | None = None) -> None:
        super().__init__(description)
        self.code = code
        self.description = description
        self.parameters = parameters


Responder = Callable[[dict[str, Any]], Any]


class OfflineRequest(BaseRequest):
    """Records every call in :attr:`calls` and answers it without a network.

    ``responses`` overrides a method's result: a value, a callable of the parameters, or an
    :class:`ApiError` to refuse it. ``on_call`` sees each call as it happens.
    """

    def __init__(self, *, responses: dict[str, Any] | None = None,
                 on_call: Callable[[Call], None] | None = None) -> None:
        self.calls: list[Call] = []
        self.responses: dict[str, Any] = dict(responses or {})
        self.on_call = on_call
        self._message_ids = itertools.count(1000)

    @property
    def read_timeout(self) -> float | None:
        return None

    async def initialize(self) -> None:
        pass

    async def shutdown(self) -> None:
        pass

    def sent(self, method: str = "sendMessage") -> list[dict[str, Any]]:
        """Parameters of every call to ``method``, oldest first."""
        return [c.params for c in self.calls if c.method == method]

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Timeout = BaseRequest.DEFAULT_NONE,
        write_timeout: Timeout = BaseRequest.DEFAULT_NONE,
        connect_timeout: Timeout = BaseRequest.DEFAULT_NONE,
        pool_timeout: Timeout = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        api_method = url.rsplit("/", 1)[-1]
        params = request_data.parameters if request_data is not None else {}
        call = Call(api_method, params)
        self.calls.append(call)
        if self.on_call is not None:
            self.on_call(call)
        try:
            result = self._result(api_method, params)
        except ApiError as exc:
            body = {"ok": False, "error_code": exc.code, "description": exc.description}
            if exc.parameters is not None:
                body["parameters"] = exc.parameters
            return exc.code, json.dumps(body).encode()
        return 200, json.dumps({"ok": True, "result": result}).encode()

    def _result(self, method: str, params: dict[str, Any]) -> Any:
        if method in self.responses:
            response = self.responses[method]
            if isinstance(response, ApiError):
                raise response
            return response(params) if callable(response) else response
        if method == "getMe":
            return BOT_USER
        if method == "getUpdates":
            return []
        if method == "getChat":
            return self._chat(params.get("chat_id", 0))
        if method == "getChatMember":
            return {"status": "member", "user": {"id": params.get("user_id", 0),
                                                 "is_bot": False, "first_name": "member"}}
        if method in MESSAGE_METHODS:
            return self.message(params)
        return True

    @staticmethod
    def _chat(chat_id: Any) -> dict[str, Any]:
        chat_id = int(chat_id)
        return {"id": chat_id, "type": "private" if chat_id > 0 else "supergroup",
                "first_name": "user", "title": "group"}

    def message(self, params: dict[str, Any]) -> dict[str, Any]:
        """A Message as the Bot API returns it for a send or an edit with ``params``."""
        message_id = params.get("message_id") or next(self._message_ids)
        message = {"message_id": message_id, "date": int(time.time()),
                   "chat": self._chat(params.get("chat_id", 0)), "from": BOT_USER,
                   "text": params.get("text", "")}
        if "reply_markup" in params:
            message["reply_markup"] = params["reply_markup"]
        return message
