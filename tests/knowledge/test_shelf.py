"""Answering over a shelf of chapters (a yearbook's, or many years'): a name every chapter
repeats is read from its first namesakes and answered from the best chapters, so that the
cost of a question does not grow with the shelf."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.bench import synth
from data import linking
from data.ingest import ingest_text
from data.kb import KnowledgeBase
from data.store import Store

CHAPTERS = 10


@pytest.fixture(scope="module")
def shelf(tmp_path_factory: pytest.TempPathFactory) -> Iterator[KnowledgeBase]:
    path = Path(tmp_path_factory.mktemp("shelf")) / "s.db"
    store = Store(path)
    for chapter in synth.chapters(CHAPTERS, seed=3):
        ingest_text(store, chapter.text, name=chapter.name)
    kb = KnowledgeBase(store)
    yield kb
    kb.close()


def test_a_name_of_every_chapter_links_its_first_namesakes(
        shelf: KnowledgeBase, monkeypatch: pytest.MonkeyPatch) -> None:
    engine = shelf.engine
    [link] = [lk for lk in engine.understand("港交所有哪些上市公司").links if lk.name == "港交所"]
    assert len(link.entity_ids) == CHAPTERS
    monkeypatch.setattr(linking, "LINKED_NAMESAKES", 2)
    fresh = KnowledgeBase(shelf.store).engine
    [link] = [lk for lk in fresh.understand("港交所上市公司有哪些").links if lk.name == "港交所"]
    assert len(link.entity_ids) == 2


@pytest.mark.parametrize("question", ["园区国家高新技术企业有多少家", "哪些公司在港交所挂牌上市",
                                      "园区累计境内外上市企业多少家"])
def test_an_answer_is_read_from_the_chapters_of_the_best_sentences(
        shelf: KnowledgeBase, question: str) -> None:
    engine = shelf.engine
    q = engine.understand(question)
    evidence = engine.retriever.evidence(q, engine.retriever.weights(q))
    assert evidence is not None
    assert shelf.engine.kb.several  # (a shelf: several documents)
    document = shelf.engine.kb.entry_subject.document
    best = {document(r.entry_id) for r in evidence.top if r.entry_id is not None}
    assert {document(r.entry_id) for r in evidence.rows if r.entry_id is not None} == best
    assert len(best) < CHAPTERS  # (every chapter says it; the best few are read)


def test_the_bench_questions_are_answered_at_a_shelf_without_a_failure(
        shelf: KnowledgeBase, caplog: pytest.LogCaptureFixture) -> None:
    """(A failure inside the pipeline is logged and answered "not found": the log says.)"""
    from bot.bench.questions import question_mix

    with caplog.at_level(logging.ERROR):
        answers = [shelf.ask(q) for _, q in question_mix(shelf.store)]
    assert not [r.getMessage() for r in caplog.records]
    assert sum(a.found for a in answers) > len(answers) // 2


def test_answers_do_not_depend_on_what_the_linker_remembers(
        kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch) -> None:
    """Its caches cleared at every lookup, the linker links the same names (a cache cleared
    between reading it and using it once forgot the names a question had just found)."""
    # (names asked again beside new words: some pieces remembered, some not)
    questions = ["苏州纳米城入驻企业有多少家", "苏州纳米城建成载体是多少",
                 "金鸡湖创新合作中心（大湾区）在哪里", "金鸡湖创新合作中心（大湾区）什么时候揭牌"]
    expected = [kb.engine.understand(q).links for q in questions]
    monkeypatch.setattr(linking, "MAX_REMEMBERED", 0)
    fresh = KnowledgeBase(kb.store)
    assert [fresh.engine.understand(q).links for q in questions] == expected
