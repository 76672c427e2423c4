"""The checklist engine over the fixture corpus: applicability, citations, review flags."""

from __future__ import annotations

import pytest

from export_assist.compliance.schemas import ChecklistRequest
from export_assist.container import Container
from export_assist.errors import InvalidInput
from export_assist.retrieval.embedding_cache import CachedEmbedder


def _one(container: Container, **fields: object):  # type: ignore[no-untyped-def]
    return container.checklists.build(ChecklistRequest.model_validate(fields))[0]


def test_matcha_to_germany_lists_labelling_with_a_citation(compliance_container: Container) -> None:
    checklist = _one(compliance_container, product="抹茶パウダー 100g缶", destinations=["DE"])
    ids = checklist.requirement_ids
    assert "t-eu-fic-labelling" in ids
    assert "t-eu-red-ce" not in ids and "t-us-fda-ffr" not in ids
    assert "t-jp-fefta-list-control" not in ids  # tea is not a list-control category
    item = next(i for i in checklist.items if i.requirement_id == "t-eu-fic-labelling")
    assert item.citations and item.citations[0].doc_id == "t-eu-food-labelling"
    assert item.citations[0].source_url.startswith("https://eur-lex.europa.eu/")
    assert item.quotes and item.quotes[0]
    assert not item.needs_advisor_review
    assert checklist.destination_name == "Germany" and "EU" in checklist.jurisdictions


def test_a_card_is_never_cited_from_its_documents_sources_section(
    compliance_container: Container,
) -> None:
    finder = compliance_container.checklists._finder  # the engine's own finder
    # the query shares most words with the Sources line (its URL and publisher), one with a rule
    query = "Regulation 1169/2011 Publications Office eur-lex eli oj consumers"
    hits = finder.find(query, ["t-eu-food-labelling"], 5)
    assert hits, "the document's rule passages are still found"
    assert all("Sources" not in h.citation.section for h in hits)
    assert all("Publications Office" not in h.text for h in hits)


def test_card_without_evidence_in_the_index_needs_review(compliance_container: Container) -> None:
    checklist = _one(compliance_container, product="matcha", destinations=["DE"])
    item = next(i for i in checklist.items if i.requirement_id == "t-eu-no-passage")
    assert item.needs_advisor_review
    assert "evidence not in the index: t-missing-document" in item.review_reasons
    assert item.citations == []
    # the DE-only card does not appear in France
    french = _one(compliance_container, product="matcha", destinations=["FR"])
    assert "t-eu-no-passage" not in french.requirement_ids


def test_bluetooth_speaker_gets_radio_battery_and_export_control(
    compliance_container: Container,
) -> None:
    checklist = _one(
        compliance_container,
        product="Bluetooth speaker with rechargeable battery",
        hs_code="8518.22",
        destinations=["DE"],
    )
    ids = checklist.requirement_ids
    assert {"t-eu-red-ce", "t-eu-battery-epr", "t-jp-fefta-list-control"} <= set(ids)
    assert "t-eu-fic-labelling" not in ids
    battery = next(i for i in checklist.items if i.requirement_id == "t-eu-battery-epr")
    assert "the source document is marked needs_review" in battery.review_reasons
    fefta = next(i for i in checklist.items if i.requirement_id == "t-jp-fefta-list-control")
    assert fefta.citations[0].doc_id == "t-jp-fefta"  # a Japanese passage cited for ALL markets
    assert [i.severity for i in checklist.items] == sorted(
        (i.severity for i in checklist.items), key=["mandatory", "conditional", "recommended"].index
    )


def test_text_only_items_are_marked(compliance_container: Container) -> None:
    checklist = _one(compliance_container, product="matcha powder tin", destinations=["DE"])
    text_docs = [i.evidence[0] for i in checklist.text_items]
    assert "t-de-packaging" in text_docs  # a German document no card covers
    assert "t-eu-food-labelling" not in text_docs  # covered by a card
    item = next(i for i in checklist.text_items if i.evidence == ["t-de-packaging"])
    assert item.source == "text" and item.needs_advisor_review
    assert item.citations[0].doc_id == "t-de-packaging"


def test_hs_code_alone_works_and_us_gets_fda(compliance_container: Container) -> None:
    checklist = _one(compliance_container, hs_code="090210", destinations=["US"])
    assert "t-us-fda-ffr" in checklist.requirement_ids
    assert "t-eu-fic-labelling" not in checklist.requirement_ids


def test_comparison_puts_two_markets_side_by_side(compliance_container: Container) -> None:
    request = ChecklistRequest(product="green tea", destinations=["DE", "US"])
    comparison = compliance_container.checklists.compare(request)
    rows = {r.topic: r for r in comparison.rows}
    assert any("Food labelling" in t for t in rows["labelling"].a)
    assert rows["registration"].b == ["FDA food facility registration"]
    with pytest.raises(InvalidInput):
        compliance_container.checklists.compare(
            ChecklistRequest(product="tea", destinations=["DE"])
        )


@pytest.mark.slow
def test_query_is_embedded_once_per_request(compliance_container: Container) -> None:
    memo = compliance_container.embedder
    assert isinstance(memo, CachedEmbedder)
    before = memo.calls
    _one(compliance_container, product="uncommon sencha gift set 12", destinations=["DE", "US"])
    assert memo.calls - before <= 1


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"destinations": ["DE"]}, "at least one of them"),
        ({"product": "tea", "destinations": ["XX"]}, "Unknown country code"),
        ({"product": "tea", "destinations": []}, "at least 1"),
        ({"product": "tea", "destinations": ["DE"], "hs_code": "09a"}, "2 to 10 digits"),
        ({"product": "tea", "destinations": ["DE"], "conditions": ["blue"]}, "unknown condition"),
    ],
)
def test_bad_requests_say_what_is_wrong(fields: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        ChecklistRequest.model_validate(fields)
