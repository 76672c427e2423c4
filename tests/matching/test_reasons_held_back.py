"""A buyer the diversity caps move below lower scores says why (s7 user trial):
`export-assist shortlist --product 醤油 --to フランス` printed rank 6 at 0.605 above rank 7 at
0.730 with no word: the 3rd Paris buyer was held back so that other cities come first."""

from __future__ import annotations

from export_assist.container import Container
from export_assist.matching.directory import BuyerDirectory
from export_assist.matching.models import ShortlistQuery
from export_assist.matching.scope import PUBLIC
from tests.matching.conftest import buyer

SAUCE = ["soy sauce", "醤油"]
BUYERS = [
    buyer("Paris Un SAS", "FR", city="Paris", interests=SAUCE),
    buyer("Paris Deux SAS", "FR", city="Paris", interests=SAUCE),
    buyer("Paris Trois SAS", "FR", city="Paris", interests=SAUCE),
    # a buyer of the product too (sauces): the product's own buyers come first (own.py)
    buyer("Lyon Epices SARL", "FR", city="Lyon", interests=["spices, condiments and sauces"]),
]


def test_a_held_back_buyer_says_why_it_sits_below_a_lower_score(
    container: Container, directory: BuyerDirectory
) -> None:
    directory.upsert_many(BUYERS, owner=PUBLIC)
    query = ShortlistQuery.model_validate(
        {"product": {"description": "醤油"}, "markets": ["FR"], "limit": 4}
    )
    candidates = container.shortlists.rank(query).candidates
    names = [c.buyer.name for c in candidates]
    assert names[2] == "Lyon Epices SARL" and names[3].startswith("Paris"), names
    last, lyon = candidates[3], candidates[2]
    assert last.score > lyon.score  # the better score, shown lower ...
    said = last.reasons[-1]  # ... and why
    assert said.key == "held_city"
    # the city by its Japanese name (CLDR) in Japanese, as the directory gives it in English
    assert said.ja == "パリの候補が多いため、ほかの都市の候補の後に表示"
    assert said.en.startswith("listed after other cities' buyers")
    assert said.ja in last.summary_ja and said.en in last.summary
    assert not [r for c in candidates[:3] for r in c.reasons if r.key.startswith("held")]


def test_a_city_has_its_japanese_name_where_cldr_knows_it() -> None:
    """s10 trial: 「Singaporeの候補が多いため…」 in a Japanese shortlist."""
    from export_assist.matching.reasons import render

    assert render("held_city", {"city": "Singapore"}, "ja").startswith(
        "シンガポールの候補が多いため"
    )
    assert render("held_city", {"city": "Hamburg"}, "ja").startswith("Hamburgの候補")  # not in CLDR
    assert "many candidates in Singapore" in render("held_city", {"city": "Singapore"}, "en")
