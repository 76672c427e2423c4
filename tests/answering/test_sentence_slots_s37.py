"""The fitted sentence order works inside each document (session 37): the k-th quote comes from
the document the hand score's k-th comes from, so the documents quoted (and cited) are the hand
order's; which of a document's sentences is quoted is the fitted model's."""

from __future__ import annotations

from export_assist.answering.select import Quote, in_slots
from export_assist.domain.citations import Citation, SearchHit


def quote(doc: str, text: str, score: float) -> Quote:
    citation = Citation(doc_id=doc, title=doc, section="s", country="NZ", source_url="")
    hit = SearchHit(chunk_id=f"{doc}#{text}", text=text, score=0.5, citation=citation)
    return Quote(text, hit, score)


def test_each_slot_keeps_the_hand_orders_document_and_takes_its_fitted_best() -> None:
    scored = [
        quote("nz-food", "Imported food is inspected.", 0.9),
        quote("nz-labels", "Labels must be in English.", 0.8),
        quote("nz-food", "2% of consignments are sampled.", 0.5),
    ]
    # the fitted model prefers the share, then the label rule, then the general sentence
    ranked = in_slots(scored, [2, 1, 0])
    assert [q.hit.citation.doc_id for q in ranked] == ["nz-food", "nz-labels", "nz-food"]
    assert [q.text for q in ranked] == [
        "2% of consignments are sampled.",
        "Labels must be in English.",
        "Imported food is inspected.",
    ]


def test_the_hand_order_stands_where_the_model_agrees() -> None:
    scored = [quote("a", "first", 0.9), quote("b", "second", 0.8), quote("a", "third", 0.1)]
    assert [q.text for q in in_slots(scored, [0, 1, 2])] == ["first", "second", "third"]


def test_a_sentence_too_weak_to_quote_fills_no_slot() -> None:
    # session 38: the fitted best of a document could be a sentence under the quoting bar;
    # the choice loop skipped it and the slot went to the next document
    scored = [
        quote("nz-food", "Imported food is inspected.", 0.9),
        quote("nz-labels", "Labels must be in English.", 0.8),
        quote("nz-food", "See the annex.", 0.2),
    ]
    ranked = in_slots(scored, [2, 0, 1])
    assert [q.text for q in ranked] == [
        "Imported food is inspected.",
        "Labels must be in English.",
        "See the annex.",  # after the slots, in the hand order
    ]
