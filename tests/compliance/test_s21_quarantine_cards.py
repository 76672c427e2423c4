"""Japan's export quarantine cards (session 21) reach the goods they are about, and only
those: the Plant Protection Station's inspection for plants, the Animal Quarantine Service's
for meat, the used-farm-machinery inspection for farm tractors and harvesters, named with or
without an HS code; each cites its own evidence document.

Runs the shipped cards against product profiles built from names (keywords and the HS model,
no embeddings), the way the checklist decides which cards apply.
"""

from __future__ import annotations

import pytest

from export_assist.compliance.card_goods import names_goods
from export_assist.compliance.library import CardLibrary
from export_assist.compliance.profile import ProfileBuilder
from export_assist.geo import jurisdictions_for
from tests.compliance.shipped_cards import applicable

PLANT = "jp-plant-quarantine-export"
ANIMAL = "jp-animal-quarantine-export"
MACHINERY = "jp-used-farm-machinery-export-inspection"


@pytest.mark.parametrize(
    ("card", "evidence"),
    [
        (PLANT, "jp-plant-export-inspection"),
        (ANIMAL, "jp-animal-export-inspection"),
        (MACHINERY, "jp-used-agricultural-machinery-export-inspection"),
    ],
)
def test_each_card_cites_its_own_quarantine_document(
    library: CardLibrary, card: str, evidence: str
) -> None:
    found = {c.id: c for c in library.for_markets(jurisdictions_for("VN"))}[card]
    assert evidence in found.evidence
    assert found.severity == "conditional"


@pytest.mark.parametrize(("name", "hs"), [("盆栽（五葉松）", None), ("生鮮りんご", "080810")])
def test_plants_get_the_plant_inspection(
    builder: ProfileBuilder, library: CardLibrary, name: str, hs: str | None
) -> None:
    assert PLANT in applicable(builder, library, name, "TW", hs)


def test_meat_gets_the_animal_inspection_and_plants_do_not(
    builder: ProfileBuilder, library: CardLibrary
) -> None:
    assert ANIMAL in applicable(builder, library, "冷凍和牛ロース 5kg", "SG", "020230")
    assert ANIMAL not in applicable(builder, library, "盆栽（五葉松）", "TW")


def test_a_farm_tractor_code_gets_the_machinery_inspection(
    builder: ProfileBuilder, library: CardLibrary
) -> None:
    assert MACHINERY in applicable(builder, library, "中古トラクター", "VN", "870193")


@pytest.mark.parametrize(
    ("name", "hs"), [("セミトレーラー用トラクター", "870120"), ("CNC旋盤", "845811")]
)
def test_road_tractors_and_machine_tools_do_not(
    builder: ProfileBuilder, library: CardLibrary, name: str, hs: str
) -> None:
    assert MACHINERY not in applicable(builder, library, name, "VN", hs)


@pytest.mark.parametrize(("name", "named"), [("中古のコンバイン", True), ("ボールペン", False)])
def test_machines_named_without_a_code_reach_the_card_by_its_text(
    builder: ProfileBuilder, library: CardLibrary, name: str, named: bool
) -> None:
    jurisdictions = jurisdictions_for("VN")
    card = {c.id: c for c in library.for_markets(jurisdictions)}[MACHINERY]
    assert names_goods(card, jurisdictions, builder.build(name, None)) is named


@pytest.mark.parametrize(
    ("name", "market"),
    [
        ("切り花", "TW"),
        ("苗木", "VN"),
        ("生鮮野菜", "HK"),
        ("cut flowers", "US"),
        ("鉢植えの植木", "TW"),
    ],
)
def test_fresh_produce_and_live_plants_named_without_a_code_get_the_plant_inspection(
    builder: ProfileBuilder, library: CardLibrary, name: str, market: str
) -> None:
    # the lead, s21: named without an HS code they set no plant-material condition before
    assert PLANT in applicable(builder, library, name, market)


def test_a_processed_fruit_product_does_not(builder: ProfileBuilder, library: CardLibrary) -> None:
    assert PLANT not in applicable(builder, library, "りんごジュース", "TW")


@pytest.mark.parametrize(
    ("name", "market"),
    [
        ("ベーコンとソーセージ", "HK"),
        ("ロースハム", "SG"),
        ("鹿肉のジャーキー", "TW"),
        ("smoked bacon", "US"),
        ("pork sausages", "AU"),
    ],
)
def test_meat_products_named_without_the_word_for_meat_get_the_animal_inspection(
    builder: ProfileBuilder, library: CardLibrary, name: str, market: str
) -> None:
    # the lead, s22 (test18 t027): 「ベーコンとソーセージ」 was no product, so no meat rule applied
    profile = builder.build(name, None)
    assert "meat" in profile.categories and "contains_meat" in profile.conditions
    assert ANIMAL in applicable(builder, library, name, market)


@pytest.mark.parametrize("name", ["ハムスター用の木製ケージ", "Hamburg steak press", "ボールペン"])
def test_words_that_only_contain_a_meat_word_are_not_meat(
    builder: ProfileBuilder, name: str
) -> None:
    assert "contains_meat" not in builder.build(name, None).conditions
