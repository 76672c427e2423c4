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
from export_assist.retrieval.rerank_features import (
    FEATURES,
    LEXICAL,
    defined_terms,
    term_cover,
)
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


def _asking() -> tuple[list[str], object]:
    asked: list[str] = []

    def similarity(ids: object) -> dict[str, float]:
        asked.extend(ids)  # type: ignore[call-overload]
        return {cid: 0.5 for cid in ids}  # type: ignore[attr-defined]

    return asked, similarity


def test_bm25_evidence_goes_to_the_lexical_model_and_fetches_no_vectors(
    index: LexicalIndex,
) -> None:
    reranker = PassageReranker()
    asked, similarity = _asking()
    ev = _evidence(index, "client money")
    assert reranker.model_for(ev) is reranker.lexical and not reranker.lexical.needs_dense
    reranker.rerank(ev, similarity)  # type: ignore[arg-type]
    assert asked == []


def test_hybrid_evidence_goes_to_the_dense_model_which_asks_only_for_missing_vectors(
    index: LexicalIndex,
) -> None:
    reranker = PassageReranker()
    if reranker.dense is None:
        pytest.skip("no dense passage ranker ships in this package")
    asked, similarity = _asking()
    bm25 = index.scores("client money")
    ev = Evidence("client money", index.best(bm25, 10), [("b2", 0.9)], bm25, index)
    assert reranker.model_for(ev) is reranker.dense and reranker.dense.needs_dense
    ranked = reranker.rerank(ev, similarity)  # type: ignore[arg-type]
    assert asked and "b2" not in asked  # b2's cosine came with the dense list
    assert {cid for cid, _ in ranked} >= {cid for cid, _ in ev.fused}


def test_dense_features_read_ranks_and_the_neighbours_cosine(index: LexicalIndex) -> None:
    bm25 = index.scores("client money")
    dense = [("b2", 0.9), ("c1", 0.4)]
    ev = Evidence("client money", index.best(bm25, 10), dense, bm25, index)
    sims = {"b1": 0.6, "a1": 0.2, "a2": 0.3}
    ids, rows = pool_rows(ev, 10, lambda wanted: {c: sims[c] for c in wanted if c in sims})
    b1, b2 = ids.index("b1"), ids.index("b2")
    assert _column(rows, "dense")[b1] == pytest.approx(0.6)
    assert _column(rows, "dense_grank")[b2] == pytest.approx(np.log1p(1))
    assert _column(rows, "dense_grank")[b1] == pytest.approx(np.log1p(3))  # not in the list
    # b1's neighbour in doc-b is b2 (0.9, the best): no gap; b2's is b1 (0.6)
    assert _column(rows, "nb_dense_gap")[b1] == pytest.approx(0.0)
    assert _column(rows, "nb_dense_gap")[b2] == pytest.approx(0.3)


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


def test_defined_terms_are_the_capitalised_phrases_after_the_first_word() -> None:
    query = (
        "What conditions must a Reporting Entity meet to share Inside Information? "
        "Does the Regulator decide"
    )
    assert defined_terms(query) == ["inside information", "regulator", "reporting entity"]
    cover = term_cover(query, ["A Reporting Entity may disclose Inside Information.", "None."])
    assert cover.tolist() == pytest.approx([2 / 3, 0.0])
    assert term_cover("what is a fund?", ["a fund"]).tolist() == [0.0]  # no terms: no signal


CLAUSES = [
    ("x1", "doc-x", "1.1.(a)", "A Licensee must notify the Regulator of a change of control."),
    ("x2", "doc-x", "1.1.(b)", "It does so within fourteen days."),
    ("x3", "doc-x", "1.2", "Premises are inspected yearly."),
    ("x4", "doc-x", "1.3", "Audited accounts are filed."),
    ("x5", "doc-x", "1.1.(c)", "The notice is signed by a director."),
    ("y1", "doc-y", "1.1.(a)", "A fund reports a change of control to its members."),
]


def test_the_pool_takes_in_the_clauses_around_the_best_candidate() -> None:
    metas = [{"doc_id": c[1], "section": c[2]} for c in CLAUSES]
    texts = [c[3] for c in CLAUSES]
    index = LexicalIndex([c[0] for c in CLAUSES], texts, metas, texts)  # type: ignore[arg-type]
    assert index.siblings[0].tolist() == [1, 4]  # 1.1.(b) and 1.1.(c), not doc-y's 1.1.(a)
    query = "notify the Regulator of a change of control"
    ev = _evidence(index, query)
    assert ev.fused[0][0] == "x1" and "x5" not in dict(ev.fused)
    plain, _ = pool_rows(ev, 10, dict)
    ids, rows = pool_rows(ev, 10, dict, expand=1)
    assert "x5" not in plain and {"x2", "x3", "x5"} <= set(ids) and "x4" not in ids
    assert _column(rows, "sec_best")[ids.index("x5")] == 1.0  # its sibling x1 is the best
    assert _column(rows, "near_best")[ids.index("x3")] == 1.0  # x1 is two places away
    mask = np.array([1.0, 0.0, 1.0, 1.0, 0.0, 1.0])  # a filter that excludes x2 and x5
    bm25 = index.scores(query)
    filtered = Evidence(query, index.best(bm25, 10, mask), [], bm25, index, mask)
    ids, _ = pool_rows(filtered, 10, dict, expand=1)
    assert "x3" in ids and not {"x2", "x5"} & set(ids)
