"""The passage reranker: its features, the shipped model, and hybrid search with it on."""

from __future__ import annotations

import logging
import sys

import numpy as np
import pytest

from export_assist.container import Container
from export_assist.domain.citations import SearchFilters
from export_assist.retrieval.lexical import LexicalIndex
from export_assist.retrieval.rerank import (
    Evidence,
    PassageReranker,
    load_reranker,
    packaged_model,
    pool_rows,
)
from export_assist.retrieval.rerank_features import DENSE, FEATURES, LEXICAL
from export_assist.retrieval.search import HybridSearcher

PASSAGES = [
    ("a1", "doc-a", "Annual reports must be filed with the Registrar within six months."),
    ("a2", "doc-a", "The Registrar may extend the filing period for annual reports."),
    ("b1", "doc-b", "A fund manager must appoint an auditor and keep client money apart."),
    ("b2", "doc-b", "Client money is held in a segregated account with an eligible bank."),
    ("c1", "doc-c", "Exporters of dual-use goods need a licence from the ministry."),
]


@pytest.fixture(scope="module")
def index() -> LexicalIndex:
    ids = [p[0] for p in PASSAGES]
    texts = [p[2] for p in PASSAGES]
    metas = [{"doc_id": p[1]} for p in PASSAGES]
    return LexicalIndex(ids, texts, metas, texts)  # type: ignore[arg-type]


def _evidence(index: LexicalIndex, query: str) -> Evidence:
    bm25 = index.scores(query)
    return Evidence(query, index.best(bm25, 10), [], bm25, index)


def _column(rows: np.ndarray, name: str) -> np.ndarray:
    return rows[:, FEATURES.index(name)]


def test_features_measure_how_much_of_the_question_a_passage_holds(index: LexicalIndex) -> None:
    ids, rows = pool_rows(_evidence(index, "client money held in a segregated account"), 10, dict)
    assert rows.shape == (len(ids), len(FEATURES))
    best = ids.index("b2")  # holds every word and both word pairs
    assert _column(rows, "cover")[best] == 1.0
    assert _column(rows, "cover_idf")[best] == pytest.approx(1.0)
    assert _column(rows, "bigram")[best] == 1.0
    assert _column(rows, "stem_rel")[best] == 1.0  # the best stemmed BM25 score
    other = ids.index("b1")  # "client money" only
    assert 0 < _column(rows, "cover")[other] < 1
    # both passages of doc-b are candidates: each sees its document's share and neighbour
    assert _column(rows, "doc_share")[best] == pytest.approx(2 / len(ids))
    assert _column(rows, "neighbour")[best] == pytest.approx(_column(rows, "stem_rel")[other])


def test_stemming_lets_plural_questions_meet_singular_passages(index: LexicalIndex) -> None:
    assert index.scores("licences")[4] == 0  # the passage says "licence"
    assert index.stemmed_scores("licences")[4] > 0
    assert index.idf["auditor"] > index.idf["registrar"] > 0  # rarer words weigh more
    assert "auditor" in index.doc_vocab["doc-b"] and "auditor" not in index.doc_vocab["doc-a"]


def test_the_shipped_model_reranks_without_losing_candidates(index: LexicalIndex) -> None:
    reranker = PassageReranker()
    assert set(reranker.meta["features"]) <= set(FEATURES)
    ev = _evidence(index, "who extends the filing period for annual reports")
    ranked = reranker.rerank(ev, dict)
    assert ranked[0][0] == "a2"  # the passage about extending the period
    assert {cid for cid, _ in ranked} == {cid for cid, _ in ev.fused}
    assert all(0.0 <= score <= 1.0 for _, score in ranked)


def test_a_model_without_dense_features_fetches_no_vectors(index: LexicalIndex) -> None:
    reranker = PassageReranker()
    asked: list[str] = []

    def similarity(ids: object) -> dict[str, float]:
        asked.extend(ids)  # type: ignore[call-overload]
        return {}

    bm25 = index.scores("client money")
    ev = Evidence("client money", index.best(bm25, 10), [("b2", 0.9)], bm25, index)
    reranker.rerank(ev, similarity)
    assert reranker.needs_dense == bool(set(reranker.meta["features"]) & set(DENSE))
    if reranker.needs_dense:  # only the candidates the dense list did not score
        assert asked and "b2" not in asked
    else:
        assert asked == []


def test_a_model_for_other_features_is_refused() -> None:
    text, meta = packaged_model()
    with pytest.raises(ValueError, match="retrain"):
        PassageReranker((text, meta | {"features": ["no_such_feature"]}))


def test_without_lightgbm_search_runs_unreranked_and_says_why(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setitem(sys.modules, "lightgbm", None)  # import fails as without libgomp
    with caplog.at_level(logging.WARNING):
        assert load_reranker() is None
    assert "passage reranker off" in caplog.text


def test_lexical_model_uses_no_embedding_features() -> None:
    _, meta = packaged_model()
    if meta["features"] == list(LEXICAL):
        assert not {"dense", "fused_lrank"} & set(meta["features"])
    assert meta["pool"] >= 10


@pytest.mark.parametrize("mode", ["hybrid", "lexical"])
def test_search_with_the_reranker_keeps_filters_and_citations(
    indexed_container: Container, mode: str
) -> None:
    base = indexed_container.searcher
    searcher = HybridSearcher(
        indexed_container.store(),
        indexed_container.embedder,
        indexed_container.settings.search,
        reranker=PassageReranker(),
    )
    query = "allergens on food labels"
    hits = searcher.search(query, SearchFilters(country="DE"), top_k=5, mode=mode)  # type: ignore[arg-type]
    assert hits and {h.citation.country for h in hits} <= {"DE", "EU", "INTL"}
    assert hits[0].citation.doc_id == "test-eu-food-labelling"
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    plain = base.search(query, SearchFilters(country="DE"), top_k=5, mode=mode)  # type: ignore[arg-type]
    assert hits[0].citation.doc_id == plain[0].citation.doc_id
