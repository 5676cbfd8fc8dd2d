"""Logging for the running bot: the token never reaches a log line.

PTB and httpx put the token into URLs (``…/bot<token>/getUpdates``) and exception texts; a
filter on every root handler replaces it, in the message and in any traceback.
"""

from __future__ import annotations

import logging
import traceback

REDACTED = "<token>"


class RedactToken(logging.Filter):
    """Replaces ``token`` (and its secret half after the colon) in records it sees."""

    def __init__(self, token: str) -> None:
        super().__init__()
        secret = token.partition(":")[2]
        # The secret half alone is enough to abuse a bot; hide it even without the id.
        self.secrets = tuple(s for s in (token, secret) if len(s) >= 8)

    def redact(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, REDACTED)
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        if not self.secrets:
            return True
        message = record.getMessage()
        record.msg, record.args = self.redact(message), ()
        if record.exc_info and not record.exc_text:
            record.exc_text = "".join(traceback.format_exception(*record.exc_info)).rstrip()
        if record.exc_text:
            record.exc_text = self.redact(record.exc_text)
        if record.stack_info:
            record.stack_info = self.redact(record.stack_info)
        return True


def install_redaction(token: str | None) -> None:
    """Put a :class:`RedactToken` on every root handler (creating one if there is none)."""
    root = logging.getLogger()
    if not root.handlers:
        logging.basicConfig(format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    if not token:
        return
    for handler in root.handlers:
        if not any(isinstance(f, RedactToken) for f in handler.filters):
            handler.addFilter(RedactToken(token))
    # httpx logs every request URL at INFO, token included; it adds nothing an operator needs.
    logging.getLogger("httpx").setLevel(logging.WARNING)
