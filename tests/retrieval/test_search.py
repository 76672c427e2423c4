"""Hybrid search over the fixture corpus: citations, filters, cross-language retrieval."""

from __future__ import annotations

import pytest

from export_assist.container import Container
from export_assist.domain.citations import SearchFilters
from export_assist.errors import InvalidInput


def test_hits_carry_full_citations(indexed_container: Container) -> None:
    hits = indexed_container.searcher.search("allergens on food labels", top_k=3)
    top = hits[0]
    assert top.citation.doc_id == "test-eu-food-labelling"
    assert top.citation.source_url.startswith("https://eur-lex.europa.eu/")
    assert top.citation.verified_on is not None
    assert top.citation.section  # heading path of the passage
    assert top.dense_rank is not None and top.lexical_rank is not None


def test_japanese_question_finds_english_passage(indexed_container: Container) -> None:
    hits = indexed_container.searcher.search(
        "ブルートゥーススピーカーの無線機器指令とCEマーク", top_k=3
    )
    assert hits[0].citation.doc_id == "test-eu-radio-equipment"


def test_english_question_finds_japanese_passage(indexed_container: Container) -> None:
    hits = indexed_container.searcher.search(
        "catch-all export control end user list", filters=SearchFilters(country="JP"), top_k=2
    )
    assert hits[0].citation.doc_id == "test-jp-catch-all"


def test_member_state_matches_eu_documents_only(indexed_container: Container) -> None:
    hits = indexed_container.searcher.search("registration", SearchFilters(country="DE"), top_k=10)
    assert hits
    assert {h.citation.country for h in hits} <= {"DE", "EU", "INTL"}


def test_hs_filter_keeps_matching_and_generic_documents(indexed_container: Container) -> None:
    hits = indexed_container.searcher.search(
        "conformity", SearchFilters(hs_code="851830"), top_k=10, mode="lexical"
    )
    doc_ids = {h.citation.doc_id for h in hits}
    assert "test-eu-radio-equipment" in doc_ids
    assert "test-eu-food-labelling" not in doc_ids  # HS 09 only


def test_html_sidecar_metadata_is_used(indexed_container: Container) -> None:
    hits = indexed_container.searcher.search("FDA prior notice", SearchFilters(country="US"))
    assert hits[0].citation.doc_id == "test-us-fda-registration"
    assert hits[0].citation.publisher == "FDA"


@pytest.mark.parametrize("query", ["", "   ", "x" * 5000])
def test_bad_queries_are_refused_with_a_reason(indexed_container: Container, query: str) -> None:
    with pytest.raises(InvalidInput) as info:
        indexed_container.searcher.search(query)
    assert "query" in info.value.message


def test_japanese_summary_of_an_english_document_is_searchable(
    indexed_container: Container,
) -> None:
    hits = indexed_container.searcher.search("包装食品のアレルゲン表示", top_k=3, mode="lexical")
    assert hits[0].citation.doc_id == "test-eu-food-labelling"
    assert hits[0].citation.section == "概要(日本語)"


def test_cosines_cover_every_chunk_and_agree_with_dense_search(
    indexed_container: Container,
) -> None:
    searcher = indexed_container.searcher
    index = searcher.lexical_index()
    query = "allergens on food labels"
    cosines = searcher.cosines(query)
    assert cosines.shape == (len(index.ids),)
    # the nearest-neighbour list's scores are the same cosines, for the chunks it holds
    for hit in searcher.search(query, top_k=5, mode="dense"):
        assert cosines[index.position[hit.chunk_id]] == pytest.approx(hit.dense_score, abs=1e-4)
    best = index.ids[int(cosines.argmax())]
    assert best == searcher.search(query, top_k=1, mode="dense")[0].chunk_id
