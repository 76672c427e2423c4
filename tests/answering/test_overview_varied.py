"""The overview's main requirements: one per source document while others are left, in
the ranked order (s15 trial: a kettle for Germany lost its CE marking to a second ElektroG
step)."""

from __future__ import annotations

from pathlib import Path

from export_assist.answering.overview import _varied
from export_assist.compliance.library import CardLibrary

CARDS = Path(__file__).resolve().parents[2] / "regulations" / "cards"


def _cards(*ids: str) -> list:
    by_id = {c.id: c for c in CardLibrary([CARDS]).cards}
    return [by_id[i] for i in ids]


def test_a_second_card_of_the_same_document_waits_for_the_other_documents() -> None:
    ranked = _cards(
        "de-elektrog-registration",
        "eu-fcm-compliance",
        "de-elektrog-authorised-representative",  # the same ElektroG document as the first
        "eu-weee-registration",
        "de-german-language-product-info",
        "eu-ce-marking-doc",
        "eu-gpsr-responsible-person",
    )
    assert ranked[0].evidence[0] == ranked[2].evidence[0]
    shown = [c.id for c in _varied(ranked, 5)]
    assert "eu-ce-marking-doc" in shown and "de-elektrog-authorised-representative" not in shown
    assert shown == [c.id for c in ranked if c.id in shown]  # the ranked order is kept


def test_cards_of_one_document_fill_the_list_when_nothing_else_is_left() -> None:
    ranked = _cards("de-elektrog-registration", "de-elektrog-authorised-representative")
    assert [c.id for c in _varied(ranked, 5)] == [c.id for c in ranked]
    assert len(_varied(ranked, 1)) == 1
