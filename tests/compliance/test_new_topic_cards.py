"""Cards for the topics added in issue 10 reach the products they are about, and only those.

Runs the shipped cards against product profiles built from names (keywords and the packaged
HS table, no embeddings), the way the checklist decides which cards apply.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from export_assist.compliance.hs.suggest import HsSuggester
from export_assist.compliance.hs.table import load_table
from export_assist.compliance.library import CardLibrary
from export_assist.compliance.profile import ProfileBuilder
from export_assist.domain.compliance import card_applies
from export_assist.geo import jurisdictions_for

CARDS = Path(__file__).resolve().parents[2] / "regulations" / "cards"
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
}


@pytest.fixture(scope="module")
def builder() -> ProfileBuilder:
    return ProfileBuilder(hs_guesser=HsSuggester(load_table(Path("/nonexistent/hs_table.csv"))))


@pytest.fixture(scope="module")
def library() -> CardLibrary:
    return CardLibrary([CARDS])


def _applicable(builder: ProfileBuilder, library: CardLibrary, name: str, market: str) -> set[str]:
    profile = builder.build(name, None)
    jurisdictions = jurisdictions_for(market)
    return {
        c.id for c in library.for_markets(jurisdictions) if card_applies(c, jurisdictions, profile)
    }


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
        i.startswith(("eu-fic", "us-fda-food-facility", "kr-overseas", "tw-food")) for i in ids
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
