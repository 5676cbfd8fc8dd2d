"""Smoke tests of the benchmark at a tiny scale. No timed assertions: numbers are reported,
never judged, here."""

from __future__ import annotations

import asyncio
import json
import socket
import urllib.error
import urllib.request

import pytest
from click.testing import CliRunner

from bot import bench
from bot.bench import synth
from bot.bench.stubapi import StubApi
from bot.cli import cli
from data.ingest import ingest_text
from data.parse import parse
from data.store import Store


def test_synth_is_deterministic_and_varied() -> None:
    first = [c.text for c in synth.chapters(3, seed=7)]
    again = [c.text for c in synth.chapters(3, seed=7)]
    other = [c.text for c in synth.chapters(3, seed=8)]
    assert first == again
    assert first[1] != first[2] and first[1] != other[1]
    assert first[0] == synth.BUNDLED_DOCUMENT.read_text(encoding="utf-8")


def test_synth_chapters_parse_like_the_document() -> None:
    real = parse(synth.BUNDLED_DOCUMENT.read_text(encoding="utf-8"))
    for chapter in list(synth.chapters(4, seed=1))[1:]:
        doc = parse(chapter.text)
        assert doc.sections == real.sections
        assert len(doc.entries) == len(real.entries)
        assert len(doc.captions) == len(real.captions)
        # Not copies: names, numbers and order change.
        assert [e.title for e in doc.entries] != [e.title for e in real.entries]
        assert "苏州纳米城入驻企业397家" not in chapter.text.replace("\n", "")


def test_synth_corpus_ingests_and_reingests(tmp_path) -> None:
    store = Store(tmp_path / "s.db")
    chapters = list(synth.chapters(3, seed=2))
    for chapter in chapters:
        ingest_text(store, chapter.text, name=chapter.name)
    counts = store.counts()
    assert counts["documents"] == 3
    assert len(store.knowledge.search_sentences(["园区"], limit=500)) == counts["sentences"] - len(
        [s for s in store.knowledge.sentences() if "园区" not in s.text])
    # Replacing a chapter leaves no stale full-text rows behind.
    ingest_text(store, chapters[1].text, name=chapters[2].name)
    assert store.counts()["sentences"] == counts["sentences"]
    ids = {r.id for r in store.knowledge.search_sentences(["园区"], limit=10_000)}
    assert ids <= {s.id for s in store.knowledge.sentences()}
    store.close()


def test_question_mix_has_every_kind(tmp_path) -> None:
    store = Store(tmp_path / "s.db")
    ingest_text(store, synth.BUNDLED_DOCUMENT.read_text(encoding="utf-8"), name="doc.txt")
    kinds = {kind for kind, _ in bench.question_mix(store)}
    assert {"own", "typo", "traditional", "not-found", "store-figure", "store-when"} <= kinds
    traditional = [q for kind, q in bench.question_mix(store) if kind == "traditional"]
    assert any("蘇州" in q for q in traditional)
    store.close()


def test_stub_limits_and_injects_errors() -> None:
    stub = StubApi(limit=2, forbidden=lambda chat: chat == 13, force_429_every=0)
    params = {"chat_id": 1, "text": "x"}
    assert stub.respond("sendMessage", params)[0] == 200
    assert stub.respond("sendMessage", params)[0] == 200
    assert stub.respond("sendMessage", params)[0] == 429
    assert stub.stats.flood_errors == 1 and stub.stats.retries == 2
    stub = StubApi(limit=100, forbidden=lambda chat: chat == 13)
    assert stub.respond("sendMessage", {"chat_id": 13, "text": "x"})[0] == 403


def test_stub_serves_http() -> None:
    with StubApi(limit=100) as stub:
        request = urllib.request.Request(
            f"{stub.base_url}1:t/sendMessage", data=json.dumps({"chat_id": 5, "text": "hi"})
            .encode(), headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=5) as response:
            payload = json.loads(response.read())
    assert payload["ok"] and payload["result"]["chat"]["id"] == 5


def test_stub_records_no_request_cut_short() -> None:
    """A bot killed while writing a request: the part that arrived is no message sent."""
    body = b"chat_id=5&text=hi"
    with StubApi() as stub, socket.create_connection(("127.0.0.1", stub.port),
                                                     timeout=5) as client:
        client.sendall(b"POST /bot1:t/sendMessage HTTP/1.1\r\nHost: stub\r\n"
                       b"Content-Type: application/x-www-form-urlencoded\r\n"
                       b"Content-Length: %d\r\n\r\n%s" % (len(body) + 20, body))
        client.shutdown(socket.SHUT_WR)  # (then gone, the rest never written)
        assert client.recv(1024) == b""  # no answer: the stub closed it unrecorded
        assert stub.calls == [] and stub.sent() == []


def test_fanout_through_the_delivery_service(tmp_path) -> None:
    store = Store(tmp_path / "seed.db")
    ingest_text(store, synth.BUNDLED_DOCUMENT.read_text(encoding="utf-8"),
                name=synth.BUNDLED_DOCUMENT.name)
    store.close()
    result = bench.bench_fanout(tmp_path / "seed.db", subscribers=12, rate=200,
                                blocked_every=5, force_429_every=7, workers=4)
    assert result["delivered"] + result["blocked"] == 12
    assert result["blocked"] == 2
    assert result["forced_429"] >= 1 and result["retries"] >= 1
    # sipbot's own delivery service sent them: every send claimed, finished and recorded.
    assert result["client"] == {"sent": 10, "forbidden": 2}
    assert result["recorded_sent"] == 10


def test_bench_command_json_tiny(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("SIPBOT_DB", str(tmp_path / "unused.db"))
    result = CliRunner().invoke(cli, [
        "bench", "--scale", "2", "--json", "--only", "ingest", "--only", "questions",
        "--only", "fanout", "--subscribers", "6", "--rate", "500"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["ingest"]["corpus"]["chapters"] == 2
    assert report["questions"]["scale1"]["questions"] > 50
    assert "scale2" in report["questions"]
    assert report["fanout"]["delivered"] + report["fanout"]["blocked"] == 6
    assert "marginal_ms_scale1" in report["verdict"]
    assert bench.render(report).startswith("machine:")


@pytest.mark.slow
def test_coldstart_and_memory_probes(tmp_path) -> None:
    store = Store(tmp_path / "seed.db")
    ingest_text(store, synth.BUNDLED_DOCUMENT.read_text(encoding="utf-8"), name="doc.txt")
    store.close()
    cold = bench.bench_coldstart(tmp_path / "seed.db", runs=1, batch=5)
    assert cold["ask_median_s"] > 0
    memory = bench.bench_memory(tmp_path / "seed.db")
    assert memory["peak_rss_mb"] > 0


def test_stub_closes_cleanly_when_unused() -> None:
    with StubApi() as stub:
        assert stub.port > 0
    with pytest.raises(urllib.error.URLError):
        urllib.request.urlopen(f"{stub.base_url}1:t/getMe", timeout=1)
    asyncio.run(asyncio.sleep(0))


def test_journal_bench_journals_and_finishes_every_update(tmp_path) -> None:
    Store(tmp_path / "seed.db").close()
    result = bench.bench_journal(tmp_path / "seed.db", updates=40, batch=10, finish_together=4)
    assert result["done"] == 40
    assert result["record_us"] > 0 and result["finish_together_us"] > 0
    assert not list(tmp_path.glob("seed-journal.db*"))  # its copy is cleaned up
