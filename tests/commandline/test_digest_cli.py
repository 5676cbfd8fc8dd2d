"""``sipbot onthisday``: the JSON contract and the text, on the real store."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from botkit import copy_store
from click.testing import CliRunner

from bot.cli import cli
from data.kb import KnowledgeBase
from data.onthisday import digest_for


@pytest.fixture(scope="module")
def db(bundled_db: Path, tmp_path_factory: pytest.TempPathFactory) -> str:
    """One copy of the ingested store for the module, as the ``--db`` argument."""
    return str(copy_store(bundled_db, tmp_path_factory.mktemp("cli") / "t.db"))


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["onthisday", *args])
    return result.exit_code, result.output


def test_json_0530(db: str) -> None:
    code, out = run("--db", db, "--date", "2026-05-30", "--json")
    assert code == 0
    lines = out.splitlines()
    assert len(lines) == 1  # exactly one object
    obj = json.loads(lines[0])
    assert list(obj) == ["date", "events", "fallback", "text"]
    assert obj["date"] == "2026-05-30" and obj["fallback"] is None
    assert [e["date"] for e in obj["events"]] == ["2020-05-30", "2020-05-30"]
    assert {tuple(e) for e in obj["events"]} == {("date", "title", "summary", "source")}
    assert "金鸡湖创新合作中心（北京）" in obj["text"] and "大湾区" in obj["text"]
    kb = KnowledgeBase.open(db)
    try:
        assert obj["text"] == digest_for(kb.store.knowledge, date(2026, 5, 30)).text  # as sent
    finally:
        kb.close()


def test_json_day_without_events(db: str) -> None:
    code, out = run("--db", db, "--date", "2026-02-14", "--json", "--lang", "en")
    obj = json.loads(out)
    assert code == 0 and obj["events"] == []
    assert isinstance(obj["fallback"], str) and obj["fallback"] in obj["text"]
    assert "The yearbook records nothing on 14 February." in obj["text"]


def test_plain_text_is_the_digest(db: str) -> None:
    code, out = run("--db", db, "--date", "2026-12-22")
    assert code == 0 and out.startswith("📅 历史上的今天 · 12月22日")
    assert "国家企业技术中心" in out


def test_default_date_is_today_in_tz(db: str) -> None:
    # UTC+14 and UTC-11 are 25 hours apart: their "today" always differs.
    east = json.loads(run("--db", db, "--tz", "Pacific/Kiritimati", "--json")[1])["date"]
    west = json.loads(run("--db", db, "--tz", "Pacific/Pago_Pago", "--json")[1])["date"]
    assert 1 <= (date.fromisoformat(east) - date.fromisoformat(west)).days <= 2


@pytest.mark.parametrize(("args", "message"), [
    (["--tz", "Mars/Base"], "Invalid value for --tz"),
    (["--date", "2026-02-30"], "Invalid value for --date"),
    (["--lang", "fr"], "Invalid value for '--lang'"),
])
def test_bad_options(db: str, args: list[str], message: str) -> None:
    code, out = run("--db", db, *args)
    assert code == 2 and message in out


def test_date_takes_month_day_like_the_command(db: str) -> None:
    code, out = run("--db", db, "--date", "05-30", "--json")
    assert code == 0, out
    obj = json.loads(out)
    assert obj["date"].endswith("-05-30") and "大湾区" in obj["text"]
    code, out = run("--db", db, "--date", "02-30")
    assert code != 0 and "2026-05-30 or 05-30" in out
