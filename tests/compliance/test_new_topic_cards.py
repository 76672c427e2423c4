"""Cards for the topics added in issue 10 reach the products they are about, and only those.

Runs the shipped cards against product profiles built from names (keywords and the packaged
HS table, no embeddings), the way the checklist decides which cards apply.
"""

from __future__ import annotations

import pytest

from export_assist.compliance.library import CardLibrary
from export_assist.compliance.profile import ProfileBuilder
from tests.compliance.shipped_cards import applicable

SUPPLEMENT_CARDS = {
    "DE": {
        "eu-food-supplement-labelling-notification",
        "eu-novel-food-status-check",
        "eu-health-claims-authorised-only",
    },
    "US": {
        "us-dietary-supplement-claims-notification",
        "us-new-dietary-ingredient-notification",
        "us-dietary-supplement-cgmp",
    },
    "KR": {"kr-health-functional-food-ingredients"},
    "TW": {"tw-health-food-permit"},
    "CN": {"cn-health-food-registration-filing"},
}


_applicable = applicable


@pytest.mark.parametrize("market", sorted(SUPPLEMENT_CARDS))
@pytest.mark.parametrize(
    "name", ["抹茶サプリメント（粒タイプ）", "青汁 粉末 30包", "collagen supplement capsules"]
)
def test_supplements_get_the_supplement_cards(
    builder: ProfileBuilder, library: CardLibrary, name: str, market: str
) -> None:
    ids = _applicable(builder, library, name, market)
    assert SUPPLEMENT_CARDS[market] <= ids
    # a supplement is still a food: the market's ordinary food cards stay on the list
    assert any(
        i.startswith(("eu-fic", "us-fda-food-facility", "kr-overseas", "tw-food", "cn-gacc"))
        for i in ids
    )


@pytest.mark.parametrize("market", sorted(SUPPLEMENT_CARDS))
@pytest.mark.parametrize("name", ["煎茶 100g", "醤油 1L", "電気ケトル（家庭用）"])
def test_other_products_do_not(
    builder: ProfileBuilder, library: CardLibrary, name: str, market: str
) -> None:
    assert not SUPPLEMENT_CARDS[market] & _applicable(builder, library, name, market)


FOOD_CHEMISTRY_CARDS = {
    "FR": {"eu-food-additives-union-list-check"},
    "US": {"us-food-additive-gras-colour-check", "us-pesticide-tolerance-check"},
    "KR": {"kr-pesticide-pls-default-limit"},
    "TW": {"tw-pesticide-residue-not-detected", "tw-food-additive-permitted-scope"},
    "CN": {"cn-food-additives-gb2760", "cn-pesticide-mrl-gb2763"},
}


@pytest.mark.parametrize("market", sorted(FOOD_CHEMISTRY_CARDS))
@pytest.mark.parametrize("name", ["醤油 1L", "抹茶パウダー 100g缶", "青汁 粉末 30包"])
def test_foods_get_the_additive_and_residue_cards(
    builder: ProfileBuilder, library: CardLibrary, name: str, market: str
) -> None:
    assert FOOD_CHEMISTRY_CARDS[market] <= _applicable(builder, library, name, market)


@pytest.mark.parametrize("market", sorted(FOOD_CHEMISTRY_CARDS))
@pytest.mark.parametrize("name", ["電気ケトル（家庭用）", "化粧水 200ml", "綿のタオル"])
def test_non_foods_do_not_get_them(
    builder: ProfileBuilder, library: CardLibrary, name: str, market: str
) -> None:
    assert not FOOD_CHEMISTRY_CARDS[market] & _applicable(builder, library, name, market)


TOY_CARDS = {"eu-toy-safety-ce", "eu-toy-safety-regulation-2030"}


@pytest.mark.parametrize(
    "name", ["木製の積み木セット", "ぬいぐるみ（クマ）", "wooden toy train", "けん玉"]
)
def test_toys_get_the_eu_toy_cards(
    builder: ProfileBuilder, library: CardLibrary, name: str
) -> None:
    ids = _applicable(builder, library, name, "DE")
    assert ids >= TOY_CARDS
    # the US children's product certificate still comes with the for_children condition
    assert "us-cpsc-childrens-product-certificate" in _applicable(builder, library, name, "US")


@pytest.mark.parametrize("name", ["ベビー服（綿）", "醤油 1L", "花瓶"])
def test_other_products_get_no_toy_cards(
    builder: ProfileBuilder, library: CardLibrary, name: str
) -> None:
    assert not TOY_CARDS & _applicable(builder, library, name, "DE")


def test_a_toy_hs_code_alone_is_enough(builder: ProfileBuilder, library: CardLibrary) -> None:
    ids = _applicable(builder, library, "", "FR", "950300")
    assert ids >= TOY_CARDS


@pytest.mark.parametrize("hs", ["841821", "845011", "852852", "853952", "841510"])
def test_energy_labelled_groups_get_the_eprel_card(
    builder: ProfileBuilder, library: CardLibrary, hs: str
) -> None:
    ids = _applicable(builder, library, "", "DE", hs)
    assert "eu-energy-label-eprel" in ids


@pytest.mark.parametrize("hs", ["851631", "090210", "950300"])
def test_other_codes_do_not(builder: ProfileBuilder, library: CardLibrary, hs: str) -> None:
    ids = _applicable(builder, library, "", "DE", hs)
    assert "eu-energy-label-eprel" not in ids


ENERGY_GRADE_CARDS = {"CN": "cn-energy-label-cel", "KR": "kr-energy-efficiency-grade-label"}


@pytest.mark.parametrize("market", sorted(ENERGY_GRADE_CARDS))
@pytest.mark.parametrize("hs", ["841821", "845011", "852852", "841510", "851660"])
def test_appliances_get_the_national_energy_grade_card(
    builder: ProfileBuilder, library: CardLibrary, hs: str, market: str
) -> None:
    assert ENERGY_GRADE_CARDS[market] in _applicable(builder, library, "", market, hs)


@pytest.mark.parametrize("market", sorted(ENERGY_GRADE_CARDS))
@pytest.mark.parametrize("hs", ["851830", "090210", "330499", "846693"])
def test_other_goods_get_no_energy_grade_card(
    builder: ProfileBuilder, library: CardLibrary, hs: str, market: str
) -> None:
    assert ENERGY_GRADE_CARDS[market] not in _applicable(builder, library, "", market, hs)
