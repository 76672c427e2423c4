"""Session 46 (issue 9): readings found on test42 and escalation_dev40 once they joined tuning.
Each test names the everyday question that showed the defect."""

from __future__ import annotations

from export_assist.answering.hs_phrase import hs_product


def test_an_english_hs_request_whose_scene_leads_in_names_the_goods_after_it() -> None:
    # test42 t012 classified radio transmitters: the shipment was read as the goods
    said = (
        "We're an Arita kiln in Saga. For our shipment to a Sydney restaurant, what 6-digit HS "
        "code should go on the invoice for our porcelain dinner plates and rice bowls?"
    )
    assert hs_product(said) == "porcelain dinner plates and rice bowls"
    asked = "A Los Angeles importer has asked for the 6-digit HS code for our dried mushrooms."
    assert hs_product(asked) == "dried mushrooms"


def test_the_party_or_a_pointer_after_the_request_is_no_goods() -> None:
    said = (
        "We make brush pens in Nara, filled with black ink. A stationery chain in California "
        "wants the HS code for the pens themselves."
    )
    assert "pens" in hs_product(said) and "themselves" not in hs_product(said)
    found = hs_product("We make yuzu jam. What HS code applies for our London importer?")
    assert "yuzu jam" in found and "importer" not in found
