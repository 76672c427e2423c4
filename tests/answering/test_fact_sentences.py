"""Sentence choice by question type: a 'when' question quotes the sentence that states the
date or period, 'how much' the amount, 'which law' the legal reference (issue 9)."""

from __future__ import annotations

from export_assist.answering.select import pick_sentences
from export_assist.answering.understand import understand
from export_assist.domain.citations import Citation, SearchHit

COVERED = frozenset("US EU DE FR GB KR".split())


def hit(doc_id: str, text: str, score: float = 0.5) -> SearchHit:
    citation = Citation(doc_id=doc_id, title=doc_id, url="https://example.org/x", section="s")
    return SearchHit(chunk_id=f"{doc_id}-1", text=text, citation=citation, score=score)


def test_question_types_for_laws_and_named_things() -> None:
    assert understand("Which EU regulation sets the label particulars?", COVERED).qtype == "law"
    assert understand("NRTL制度を定めている米国の規則はどれですか？", COVERED).qtype == "law"
    # a wh-question is not a yes/no question because "does" follows its wh-word
    got = understand("Which online system does the authority use for food?", COVERED)
    assert got.qtype == "which"


def test_when_prefers_the_sentence_that_states_the_period() -> None:
    passages = [
        hit("kr-food", "The registration of the foreign facility is checked at import."),
        hit("kr-food", "The registration is valid for 2 years and must be renewed before expiry."),
    ]
    got = pick_sentences(passages, "How long is the facility registration valid?", "when", "en", 1)
    assert "2 years" in got[0].text


def test_how_much_prefers_an_amount_and_law_a_legal_reference() -> None:
    passages = [
        hit("de-pack", "The deposit applies to single-use plastic bottles sold to consumers."),
        hit("de-pack", "The deposit is EUR 0.25 per single-use plastic bottle."),
    ]
    got = pick_sentences(
        passages, "How much is the deposit on a plastic bottle?", "how_much", "en", 1
    )
    assert "0.25" in got[0].text
    passages = [
        hit("us-nrtl", "Testing laboratories recognised by the agency certify the equipment."),
        hit("us-nrtl", "The programme for testing laboratories is set out in 29 CFR 1910.7."),
    ]
    got = pick_sentences(passages, "Which rule sets up the testing laboratories?", "law", "en", 1)
    assert "1910.7" in got[0].text


def test_a_sentence_of_the_document_ranked_first_counts_for_more() -> None:
    passages = [
        hit("other-doc", "Registration of the facility is required before the first import."),
        hit("best-doc", "Registration of the facility is required before the first shipment."),
    ]
    got = pick_sentences(
        passages,
        "Is registration of the facility required?",
        "yes_no",
        "en",
        1,
        doc_order=["best-doc", "other-doc"],
    )
    assert got[0].hit.citation.doc_id == "best-doc"
