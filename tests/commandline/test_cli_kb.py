"""``sipbot ingest`` and ``sipbot stats`` through click's CliRunner, including bad input."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from paths import FIXTURE

from bot.cli import cli
from data.sources import BUNDLED_DOCUMENT
from data.store import Store

SUMMARY_KEYS = ("entries", "sentences", "captions", "entities", "figures", "events")


def run(db: Path, *args: str):
    runner = CliRunner()
    return runner.invoke(cli, [*args, "--db", str(db)], env={"SIPBOT_DB": str(db)})


def counts(db: Path) -> dict[str, int]:
    store = Store(db)
    try:
        return {**store.counts(), "docs": [(d.name, d.sha256) for d in store.documents.all()]}
    finally:
        store.close()


def error_lines(result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("error:")]


# -- bad input ------------------------------------------------------------------------------

def _missing(tmp: Path) -> Path:
    return tmp / "no-such-file.txt"


def _directory(tmp: Path) -> Path:
    path = tmp / "a-directory"
    path.mkdir()
    return path


def _write(name: str, data: bytes):
    def make(tmp: Path) -> Path:
        path = tmp / name
        path.write_bytes(data)
        return path
    return make


NO_ENTRIES = ("科学技术\n\n2020年，园区在全球范围配置创新资源，在开放环境下推进自主创新。\n\n"
              "集聚科技创新型企业8000余家。（林岚开）\n")

BAD_INPUTS = {
    "missing": (_missing, "no such file"),
    "directory": (_directory, "a directory"),
    "empty": (_write("empty.txt", b""), "empty"),
    "blank": (_write("blank.txt", b" \n\n\t\r\n"), "empty"),
    "binary": (_write("photo.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4),
               "binary"),
    "undecodable": (_write("junk.txt", b"\xff\xfe\xfa\xfb" * 64 + "【概况】".encode()),
                    "neither UTF-8 nor GB18030"),
    "latin-1": (_write("latin1.txt", "Café résumé, naïve façade".encode("latin-1")),
                "UTF-8"),
    "no entries": (_write("notes.txt", NO_ENTRIES.encode()), "no 【…】 entries"),
}


@pytest.mark.parametrize("case", list(BAD_INPUTS))
def test_bad_input_one_error_line_nonzero_exit_store_unchanged(db_path, tmp_path, case):
    make, message = BAD_INPUTS[case]
    path = make(tmp_path)
    before = counts(db_path)
    result = run(db_path, "ingest", str(path))
    assert result.exit_code != 0
    [line] = error_lines(result)
    assert message in line and path.name in line
    assert "Traceback" not in result.output + result.stderr
    assert result.stdout == ""  # no summary line
    assert counts(db_path) == before


def test_one_bad_path_among_good_ones_still_fails_but_ingests_the_good(db_path, tmp_path):
    result = run(db_path, "ingest", str(tmp_path / "missing.txt"), str(FIXTURE))
    assert result.exit_code == 1
    assert len(error_lines(result)) == 1
    assert "env-chapter.txt: " in result.stdout
    assert counts(db_path)["documents"] == 2


def test_gb18030_text_is_detected_decoded_and_said_so(db_path, tmp_path):
    path = tmp_path / "env-gb.txt"
    path.write_bytes(FIXTURE.read_text(encoding="utf-8").encode("gb18030"))
    with pytest.raises(UnicodeDecodeError):
        path.read_bytes().decode("utf-8")
    result = run(db_path, "ingest", str(path))
    assert result.exit_code == 0, result.output
    assert "note: decoded env-gb.txt as GB18030" in result.stderr
    assert error_lines(result) == []
    assert "env-gb.txt: " in result.stdout and "8 entries" in result.stdout
    store = Store(db_path)
    try:
        [doc] = [d for d in store.documents.all() if d.name == "env-gb.txt"]
        assert doc.encoding == "gb18030"
        titles = [e.title for e in store.knowledge.entries() if e.document == "env-gb.txt"]
        assert "独墅湖生态实验室揭牌成立" in titles
    finally:
        store.close()


def test_utf8_with_bom_and_crlf_ingests_like_the_original(tmp_path):
    path = tmp_path / "env-bom.txt"
    raw = FIXTURE.read_text(encoding="utf-8").replace("\n", "\r\n")
    path.write_bytes("\ufeff".encode() + raw.encode())
    plain = run(tmp_path / "a.db", "ingest", str(FIXTURE))
    bom = run(tmp_path / "b.db", "ingest", str(path))
    assert plain.exit_code == bom.exit_code == 0
    assert "note:" not in bom.stderr
    assert plain.stdout.split(": ", 1)[1] == bom.stdout.split(": ", 1)[1]


# -- ingest and stats ---------------------------------------------------------------------------

def test_ingest_with_no_path_ingests_the_bundled_document(tmp_path):
    db = tmp_path / "new.db"
    result = run(db, "ingest")
    assert result.exit_code == 0, result.output
    assert str(BUNDLED_DOCUMENT) in result.stderr  # the progress line
    [line] = result.stdout.splitlines()
    assert line.startswith("sip-2020-science.txt: ")
    numbers = {key: int(n) for n, key in re.findall(r"(\d+) (\w+)", line)}
    assert set(SUMMARY_KEYS) <= set(numbers)
    assert numbers["entries"] == 24 and numbers["captions"] == 5
    assert numbers["events"] == 25 and numbers["figures"] >= 133
    stored = counts(db)
    assert all(numbers[key] == stored[key] for key in SUMMARY_KEYS)


def test_ingest_again_changes_nothing(db_path):
    before = counts(db_path)
    result = run(db_path, "ingest")
    assert result.exit_code == 0
    assert counts(db_path) == before


def test_stats_prints_the_counts(db_path):
    result = run(db_path, "stats")
    assert result.exit_code == 0, result.output
    assert f"store: {db_path}" in result.stdout
    assert "document: sip-2020-science.txt" in result.stdout
    shown = dict(re.findall(r"^\s*(\w+): (\d+)$", result.stdout, flags=re.M))
    stored = counts(db_path)
    for key in ("documents", "sections", *SUMMARY_KEYS, "aliases"):
        assert int(shown[key]) == stored[key], key
    assert shown["entries"] == "24"


def test_stats_on_a_new_store_ingests_the_bundled_document_first(tmp_path):
    db = tmp_path / "first-use.db"
    result = run(db, "stats")
    assert result.exit_code == 0
    assert re.search(r"^\s*entries: 24$", result.stdout, flags=re.M)


def test_stats_on_a_corrupt_store_is_one_clear_error(tmp_path):
    db = tmp_path / "junk.db"
    db.write_bytes(b"definitely not sqlite" * 200)
    result = run(db, "stats")
    assert result.exit_code != 0
    assert "cannot open the store" in result.stderr
    assert "Traceback" not in result.stderr


def test_ask_skips_empty_questions_and_blank_lines(db_path):
    from click.testing import CliRunner

    from bot.cli import cli
    runner = CliRunner()
    empty = runner.invoke(cli, ["ask", "--db", str(db_path), "", "  "])
    assert empty.exit_code == 0 and empty.output == ""
    batch = runner.invoke(cli, ["ask", "--db", str(db_path), "--json"],
                          input="\n苏州纳米城入驻企业有多少家\n   \n")
    assert batch.exit_code == 0
    assert len(batch.output.splitlines()) == 1


def test_bench_report_reads_rounded_with_summaries():
    from bot.bench import render
    report = {
        "machine": {"cpus": 2, "cpu": "x", "python": "3.11"}, "scale": 1,
        "fanout": {"subscribers": 10, "limit_per_s": 30.0, "send_rate_per_s": 29.0,
                   "limiter": "smooth", "msg_per_s": 28.93456, "seconds": 7.053798766999989,
                   "delivered": 9, "blocked": 1, "flood_errors": 0, "forced_429": 0,
                   "retries": 0, "client": {"sent": 9, "forbidden": 1, "gave_up": 0},
                   "rss_start_mb": 50.0, "rss_peak_mb": 51.23, "rss_end_mb": 50.5,
                   "rss_drift_mb": 0.1},
        "verdict": {"fanout_msg_per_s": {"ok": True, "value": 28.93456, "goal": 25}},
    }
    text = render(report)
    assert "over 7.05 s" in text and "28.9 msg/s" in text
    assert "client: sent 9, forbidden 1, gave up 0" in text
    assert "{" not in text and "7.0537" not in text
