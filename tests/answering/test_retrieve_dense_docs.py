"""Document choice reads every allowed document's best passage (issue 9, item 2), not only
the documents the nearest-neighbour list happened to hold: an English question about a
Japanese-only document still sees how close that document is."""

from __future__ import annotations

import pytest

from export_assist.answering.rerank import CROSS_LINGUAL
from export_assist.answering.retrieve import Retriever
from export_assist.answering.understand import Question
from export_assist.container import Container


def test_every_allowed_document_gets_its_dense_evidence(indexed_container: Container) -> None:
    # two lexical and four dense candidates: far fewer passages than the documents hold
    retriever = Retriever(indexed_container.searcher, indexed_container.card_library, candidates=2)
    q = Question(text="Which Japanese law controls catch-all exports?", language="en")
    found = retriever.retrieve(q)
    catalog = retriever.catalog()
    allowed = set(catalog.docs)  # no market named: every document, Japan's own included
    assert {d.doc.doc_id for d in found.docs} == allowed
    # each document's dense feature is its own best passage against the best of all
    cosines = indexed_container.searcher.cosines(q.text)
    best = catalog.best_passages(cosines, sorted(allowed))
    # a document with no English text gets the cross-lingual gap back first (rerank.py)
    best = {
        d: v + (CROSS_LINGUAL if catalog.docs[d].language != "en" else 0.0) for d, v in best.items()
    }
    top = max(best.values())
    for d in found.docs:
        expected = max(0.0, 1.0 - (top - best[d.doc.doc_id]) / 0.08)
        assert d.features["dense"] == pytest.approx(expected, abs=1e-6)


def test_japanese_only_document_is_chosen_for_an_english_japan_side_question(
    indexed_container: Container,
) -> None:
    retriever = Retriever(indexed_container.searcher, indexed_container.card_library, candidates=2)
    q = Question(
        text="Which Japanese law controls catch-all exports?", language="en", japan_side=True
    )
    found = retriever.retrieve(q)
    assert found.docs[0].doc.doc_id == "test-jp-catch-all"
    assert found.docs[0].features["dense"] == 1.0
