"""A card kept to HS codes (energy labels) reaches a checklist of goods given without a code
when the card names those goods itself, and only then."""

from __future__ import annotations

from pathlib import Path

import pytest

from export_assist.compliance.card_goods import names_goods
from export_assist.compliance.library import CardLibrary
from export_assist.domain.compliance import ProductProfile, card_applies
from export_assist.geo import jurisdictions_for

CARDS = Path(__file__).resolve().parents[2] / "regulations" / "cards"
KR_ENERGY = "kr-energy-efficiency-grade-label"


def _listed(description: str, destination: str, hs_code: str | None = None) -> set[str]:
    jurisdictions = jurisdictions_for(destination)
    product = ProductProfile(description=description, hs_code=hs_code, categories=["electronics"])
    cards = CardLibrary([CARDS]).for_markets(jurisdictions)
    return {
        c.id
        for c in cards
        if card_applies(c, jurisdictions, product) or names_goods(c, jurisdictions, product)
    }


@pytest.mark.parametrize(
    "description",
    [
        "電気炊飯器",
        "業務用の電気炊飯器（1升炊き）",
        "冷蔵庫",
        "electric rice cooker",
        "Refrigerator",
    ],
)
def test_goods_the_energy_card_names_get_it_without_an_hs_code(description: str) -> None:
    assert KR_ENERGY in _listed(description, "KR")


@pytest.mark.parametrize("description", ["食器乾燥機", "圧力鍋", "pressure cooker", "電気ケトル"])
def test_goods_the_card_does_not_name_do_not(description: str) -> None:
    # 「乾燥機」 is inside 「衣類乾燥機」 (not a term of its own); "cooker" alone is not "rice cooker"
    assert KR_ENERGY not in _listed(description, "KR")


def test_a_given_hs_code_still_decides_and_other_markets_are_untouched() -> None:
    assert KR_ENERGY not in _listed("電気炊飯器", "KR", hs_code="732393")
    assert KR_ENERGY in _listed("何かの家電", "KR", hs_code="851660")
    assert KR_ENERGY not in _listed("電気炊飯器", "TH")
