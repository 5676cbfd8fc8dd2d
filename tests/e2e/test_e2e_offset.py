"""The emulator bridge confirms updates the way Telegram does (tests/e2e/emulator.js): an
update returned by getUpdates is sent again until a later call passes a higher offset. The
bot's inbox journal is what makes that safe; this checks the bridge itself, on a token of
its own so the bot under test never sees these updates."""

from __future__ import annotations

import pytest
from e2e_client import _http

pytestmark = pytest.mark.e2e

OWN_TOKEN = "4343:offset-bridge-test"


def say(emulator: str, text: str) -> None:
    _http(f"{emulator}/sendMessage", {
        "botToken": OWN_TOKEN, "text": text, "date": 0,
        "from": {"id": 5, "is_bot": False, "first_name": "o"},
        "chat": {"id": 5, "type": "private", "first_name": "o"}})


def fetch(emulator: str, **params: int) -> list[int]:
    body = _http(f"{emulator}/bot{OWN_TOKEN}/getUpdates", dict(params))
    assert body["ok"] is True
    return [u["update_id"] for u in body["result"]]


def test_an_update_is_sent_again_until_a_higher_offset_confirms_it(emulator: str) -> None:
    say(emulator, "one")
    [first] = fetch(emulator)
    assert fetch(emulator) == [first]  # not confirmed: a crashed bot gets it again
    assert fetch(emulator, offset=first) == [first]  # its own offset does not confirm it
    say(emulator, "two")
    second = fetch(emulator, offset=first)
    assert second[0] == first and len(second) == 2
    assert fetch(emulator, offset=first, limit=1) == [first]
    assert fetch(emulator, offset=second[1]) == [second[1]]  # confirms the first only
    assert fetch(emulator, offset=second[1] + 1) == []
    assert fetch(emulator) == []  # confirmed updates are gone for good
