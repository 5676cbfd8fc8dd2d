"""``sipbot ask --json`` over a file of hostile lines: one JSON object per line, every line.

A batch is a file a script feeds in and zips with the output line by line, so the contract is
strict: exactly one object per ``\\n``-terminated input line (a ``\\r``, a form feed or a
U+2028 inside a line does not start a new one), valid UTF-8 out whatever bytes came in, the
``question`` echoing its line, and no death mid-batch.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, settings
from test_hostile_input import FRAGMENTS, TEXT

KEYS = {"question", "found", "answer", "intent", "entity", "source", "suggestions"}


def _lines() -> list[str]:
    """Fixed hostile lines plus a deterministic hypothesis sample of TEXT."""
    fixed = [*FRAGMENTS, "", " ", "苏州纳米城入驻企业有多少家", "a\rb", "a\x0bb\x0cc\x1cd\x85e",
             "a\u2028b\u2029c", "x" * 10_000, "纳米城" * 3400, "\x00" * 100]
    sample: list[str] = []

    # (generated once each, never replayed or shrunk: gathering the sample can fail nothing,
    # so hypothesis has no failure to replay against a list that has grown since)
    @settings(max_examples=120, database=None, derandomize=True, deadline=None,
              phases=[Phase.generate], suppress_health_check=list(HealthCheck))
    @given(TEXT)
    def gather(text: str) -> None:
        sample.append(text)

    gather()
    return [line.replace("\n", " ") for line in (*fixed, *sample)]


def test_ask_json_answers_every_line_of_a_hostile_batch(db_path: Path):
    lines = _lines()
    raw = b"".join(line.encode() + b"\n" for line in lines)
    # Bytes that are not UTF-8 at all, and a last line without its newline.
    raw += b"caf\xe9 \xff\xfe latin-1\n" + b"\xc3(\n" + "末行".encode()
    asked = [line for line in lines if line.strip()]  # blank lines ask nothing: skipped
    expected = len(asked) + 3
    env = {**os.environ, "PYTHONIOENCODING": ""}
    run = subprocess.run([sys.executable, "-m", "bot", "ask", "--db", str(db_path), "--json"],
                         input=raw, capture_output=True, timeout=120, env=env)
    assert run.returncode == 0, run.stderr.decode(errors="replace")[-2000:]
    assert b"Traceback" not in run.stderr
    out = run.stdout.decode("utf-8")  # strict: what comes out is UTF-8, whatever went in
    rows = [json.loads(line) for line in out.split("\n")[:-1]]
    assert len(rows) == expected
    for line, row in zip(asked, rows, strict=False):
        assert set(row) >= KEYS and isinstance(row["answer"], str) and row["answer"]
        # The engine keeps a bounded prefix of a very long question.
        assert line.startswith(row["question"]) and (row["question"] == line
                                                     or len(row["question"]) >= 500)
    assert rows[-3]["question"] == "caf\ufffd \ufffd\ufffd latin-1"
    assert rows[-1]["question"] == "末行"
