"""Unseen product names: the kind of goods from keywords or a confident HS suggestion, else a question."""

from __future__ import annotations

from pathlib import Path

import pytest

from export_assist.compliance.hs.suggest import HsSuggester
from export_assist.compliance.hs.table import load_table
from export_assist.compliance.library import CardLibrary
from export_assist.compliance.profile import ProfileBuilder
from export_assist.container import Container
from export_assist.domain.compliance import ProductProfile, card_applies
from export_assist.geo import jurisdictions_for

CARDS = Path(__file__).resolve().parents[2] / "regulations" / "cards"


@pytest.fixture(scope="module")
def builder() -> ProfileBuilder:
    # The packaged default table (no imported nomenclature at this path).
    table = load_table(Path("/nonexistent/hs_table.csv"))
    return ProfileBuilder(hs_guesser=HsSuggester(table))


def _applicable(profile: ProductProfile, destination: str) -> set[str]:
    jurisdictions = jurisdictions_for(destination)
    cards = CardLibrary([CARDS]).for_markets(jurisdictions)
    return {c.id for c in cards if card_applies(c, jurisdictions, profile)}


def test_electric_kettle_for_germany_gets_ce_lvd_emc_rohs_and_weee(builder: ProfileBuilder) -> None:
    profile = builder.build("電気ケトル（家庭用、1.2L）", None)
    assert "electronics" in profile.categories and "food_contact" in profile.categories
    ids = _applicable(profile, "DE")
    assert {"eu-ce-marking-doc", "eu-weee-registration", "de-elektrog-registration"} <= ids
    ce = next(c for c in CardLibrary([CARDS]).cards if c.id == "eu-ce-marking-doc")
    for directive in ("2014/35/EU", "2014/30/EU", "2011/65/EU"):  # LVD, EMC, RoHS
        assert directive in ce.legal_basis
    assert profile.question is None and profile.uncertain == []


def test_a_name_no_keyword_knows_is_understood_through_its_hs_heading(
    builder: ProfileBuilder,
) -> None:
    profile = builder.build("ホットカーラー", None)  # heated hair curlers: no keyword
    assert "electronics" in profile.categories
    inference = next(i for i in profile.inferred if i.value == "electronics")
    assert inference.source == "hs_suggestion"
    assert inference.reason.startswith("HS 8516")


def test_static_electricity_is_not_an_electrical_product(builder: ProfileBuilder) -> None:
    # 静電気 contains 電気, and the spray's best HS match shares one katakana pair only.
    profile = builder.build("静電気防止スプレー", None)
    assert profile.categories == []
    assert profile.uncertain == ["category"]
    assert profile.question is not None
    assert "製品の種類" in profile.question.ja and "electronics" in profile.question.options


def test_one_shared_word_is_no_evidence_of_the_kind(builder: ProfileBuilder) -> None:
    # "desk" matches table fans (8414): one word of two is not enough to call a lamp machinery.
    assert "machinery" not in builder.build("desk lamp", None).categories


def test_a_given_hs_code_settles_the_question(builder: ProfileBuilder) -> None:
    profile = builder.build("静電気防止スプレー", "340290")
    assert profile.question is None and profile.uncertain == []


def test_the_whole_name_wins_over_one_keyword() -> None:
    from export_assist.compliance.profile_combine import agree as _agree
    from export_assist.domain.compliance import Inference

    rice = Inference(kind="category", value="food", reason="keyword 'rice'", source="keyword")
    dish = [
        Inference(kind="category", value=v, reason="close to 'rice bowl'", source="embedding")
        for v in ("food_contact", "household")
    ]
    assert [i.value for i in _agree([rice], dish)] == ["food_contact", "household"]
    tea = Inference(kind="category", value="tea", reason="keyword", source="keyword")
    drink = Inference(kind="category", value="tea", reason="close", source="embedding")
    assert _agree([tea], [drink]) == [tea, drink]  # they agree: both kept


@pytest.mark.slow
def test_names_no_keyword_knows_are_understood_by_meaning(
    compliance_container: Container,
) -> None:
    builder = compliance_container.checklists.profiles
    bowl = builder.build("Arita porcelain rice bowl", None)
    assert "food" not in bowl.categories and "food_contact" in bowl.categories
    mushrooms = builder.build("Dried enoki", None)  # shiitake and mushroom are keywords (s25)
    assert mushrooms.categories == ["food"]
    assert any(i.source == "embedding" for i in mushrooms.inferred)
    earbuds = builder.build("完全ワイヤレスイヤホン", None)
    assert {"electronics", "radio", "batteries"} <= set(earbuds.categories)
