"""Goods sold as organic (session 59, tuning escalation_dev53 d002: an organic sencha checklist for
the U.S. named no NOP Import Certificate): 「有機JAS」, "organic" and 「オーガニック」 say the goods are
sold as organic, and the markets' organic import cards apply to such food only. A word that only
contains 有機 (有機EL, 有機溶剤) is no organic claim, and tea sold with no claim needs no certificate."""

from __future__ import annotations

from pathlib import Path

import pytest

from export_assist.compliance.cards import card_files, load_cards
from export_assist.compliance.profile import ProfileBuilder
from export_assist.domain.compliance import RequirementCard, card_applies

CARDS = Path(__file__).resolve().parents[2] / "regulations" / "cards"
ORGANIC = {"US": "us-organic-nop-import-certificate", "EU": "eu-organic-certificate-of-inspection"}


@pytest.fixture(scope="module")
def cards() -> dict[str, RequirementCard]:
    found = load_cards(card_files(CARDS))
    return {c.id: c for c in found.cards if c.id in ORGANIC.values()}


@pytest.mark.parametrize(
    "said",
    ["有機JASの煎茶 100g袋", "Organic matcha powder", "オーガニックのほうじ茶", "有機栽培の玄米"],
)
def test_goods_said_to_be_organic_carry_the_condition(said: str) -> None:
    assert "organic" in ProfileBuilder().build(said, None).conditions


@pytest.mark.parametrize("said", ["有機ELディスプレイ", "有機溶剤を使わない接着剤", "煎茶 100g袋"])
def test_no_organic_claim_no_condition(said: str) -> None:
    assert "organic" not in ProfileBuilder().build(said, None).conditions


def test_the_organic_import_cards_apply_to_organic_food_only(
    cards: dict[str, RequirementCard],
) -> None:
    organic = ProfileBuilder().build("有機JASの煎茶 100g袋", None)
    plain = ProfileBuilder().build("煎茶 100g袋", None)
    cotton = ProfileBuilder().build("organic cotton towel", None)
    for places, card in ((["US"], ORGANIC["US"]), (["DE", "EU"], ORGANIC["EU"])):
        assert card_applies(cards[card], places, organic), card
        assert not card_applies(cards[card], places, plain), card
        assert not card_applies(cards[card], places, cotton), card
    assert not card_applies(cards[ORGANIC["US"]], ["DE", "EU"], organic)
