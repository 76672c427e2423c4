"""Alcoholic drinks get the alcohol rules and not the food rules the law exempts them from.

Runs the shipped cards against product profiles built from names (keywords and the packaged
HS table, no embeddings), the way the checklist decides which cards apply. The exemptions:
US FSVP (21 CFR 1.501(d)), US food labelling (TTB labels wine of 7 % or more and spirits,
27 CFR 4.7(a)), Hong Kong's Fukushima-area order (vegetables, fruit, milk only), Viet Nam's
product declaration registration (supplements, medical and infant foods, new additives).
"""

from __future__ import annotations

import pytest

from export_assist.compliance.library import CardLibrary
from export_assist.compliance.profile import ProfileBuilder
from tests.compliance.shipped_cards import applicable

DRINKS = [
    "純米吟醸 日本酒 720ml",
    "芋焼酎 900ml",
    "Japanese single malt whisky 700ml",
    "梅酒 720ml",
]
# market -> (cards an alcoholic drink must get, food cards it must not get)
EXPECTED = {
    "US": (
        {"us-ttb-importer-permit-cola", "us-fda-food-facility-registration", "us-fda-prior-notice"},
        {"us-fsvp-importer-verification", "us-food-labelling-english"},
    ),
    "DE": ({"eu-alcohol-labelling-excise", "eu-fic-labelling"}, set()),
    "FR": ({"eu-alcohol-labelling-excise", "fr-alcohol-pregnancy-pictogram"}, set()),
    "GB": ({"uk-alcohol-duty-excise", "uk-food-labelling-uk-address"}, set()),
    "HK": (
        {"hk-liquor-duty-licence", "hk-food-labelling"},
        {"hk-japan-produce-fukushima-restrictions"},
    ),
    "CA": ({"ca-liquor-provincial-board-import"}, {"ca-sfc-licence-importer"}),
    "VN": ({"vn-alcohol-licence-stamps"}, {"vn-food-declaration-registration"}),
    "TW": ({"tw-alcohol-importer-licence", "tw-alcohol-chinese-label"}, set()),
}


_applicable = applicable


@pytest.mark.parametrize("market", sorted(EXPECTED))
@pytest.mark.parametrize("name", DRINKS)
def test_drinks_get_alcohol_cards_and_not_the_exempt_food_cards(
    builder: ProfileBuilder, library: CardLibrary, name: str, market: str
) -> None:
    ids = _applicable(builder, library, name, market)
    present, absent = EXPECTED[market]
    assert present <= ids, present - ids
    assert not ids & absent, ids & absent


@pytest.mark.parametrize(
    ("market", "card"),
    [
        ("US", "us-fsvp-importer-verification"),
        ("US", "us-food-labelling-english"),
        ("HK", "hk-japan-produce-fukushima-restrictions"),
        ("VN", "vn-food-declaration-registration"),
    ],
)
def test_the_exempt_cards_still_reach_ordinary_food(
    builder: ProfileBuilder, library: CardLibrary, market: str, card: str
) -> None:
    # green tea: the exception removes alcohol only, not the foods the rule is about
    assert card in _applicable(builder, library, "緑茶ティーバッグ 2g×20袋", market)


def test_the_cards_say_why_alcohol_is_left_out(library: CardLibrary) -> None:
    cards = library.current().by_id()
    fsvp = cards["us-fsvp-importer-verification"]
    assert "1.501(d)" in fsvp.requirement and "1.501(d)" in fsvp.requirement_ja
    ttb = cards["us-ttb-importer-permit-cola"]
    # a sake below 7 % is outside 27 CFR Part 4 and falls back to FDA food labelling
    assert "4.7(a)" in ttb.requirement and "21 CFR Part 101" in ttb.requirement
    fic = cards["eu-fic-labelling"]
    assert "16(4)" in fic.requirement and "16(4)" in fic.legal_basis
