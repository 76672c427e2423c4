"""Live plants and cut flowers are a kind of goods of their own, and a fruit named by its bare
name is the fresh fruit (session 23).

Before: 「切り花の菊」 had no category, so the checklist answered only "what kind of product is
it?" with options (food, cosmetics, machinery...) none of which fits a flower; a checklist for
「いちご」 listed no Plant Protection Station step. Runs the shipped cards against profiles
built from names (keywords and the HS model, no embeddings), as the checklist does.
"""

from __future__ import annotations

import pytest

from export_assist.compliance import rules
from export_assist.compliance.library import CardLibrary
from export_assist.compliance.profile import ProfileBuilder
from export_assist.compliance.profile_keywords import read_keywords
from export_assist.domain.compliance import CONDITIONS
from export_assist.domain.corpus import CATEGORIES
from tests.compliance.shipped_cards import applicable

PLANT = "jp-plant-quarantine-export"


@pytest.mark.parametrize(
    "name", ["切り花の菊", "盆栽（黒松）", "果樹の苗木", "観葉植物", "枝物の花木", "cut roses"]
)
def test_plants_are_a_kind_of_goods_and_nobody_is_asked_what_they_are(
    builder: ProfileBuilder, library: CardLibrary, name: str
) -> None:
    profile = builder.build(name, None)
    assert "plants" in profile.categories
    assert "contains_plant_material" in profile.conditions
    assert profile.question is None
    assert PLANT in applicable(builder, library, name, "TW")


def test_a_live_plant_code_says_plants(builder: ProfileBuilder) -> None:
    profile = builder.build("chrysanthemum", "060314")
    assert profile.categories == ["plants"]
    assert "contains_plant_material" in profile.conditions


@pytest.mark.parametrize("name", ["植木鉢", "盆栽鉢", "bonsai pots", "植木ばさみ"])
def test_a_pot_or_shears_for_plants_are_household_goods(
    builder: ProfileBuilder, library: CardLibrary, name: str
) -> None:
    profile = builder.build(name, None)
    assert "plants" not in profile.categories
    assert "household" in profile.categories
    assert PLANT not in applicable(builder, library, name, "TW")


@pytest.mark.parametrize(
    "name",
    ["いちご", "青森のりんご", "シャインマスカット 2kg", "Japanese strawberries", "りんごとみかん"],
)
def test_a_fruit_named_by_its_bare_name_is_fresh_produce(
    builder: ProfileBuilder, library: CardLibrary, name: str
) -> None:
    profile = builder.build(name, None)
    assert "food" in profile.categories
    assert "contains_plant_material" in profile.conditions
    assert PLANT in applicable(builder, library, name, "TW")


@pytest.mark.parametrize(
    "name", ["干し柿", "いちごジャム", "いちご大福", "桃の缶詰", "dried apples", "メロンパン"]
)
def test_a_processed_fruit_is_not(builder: ProfileBuilder, name: str) -> None:
    assert "contains_plant_material" not in builder.build(name, None).conditions


def test_the_kind_question_offers_plants(builder: ProfileBuilder) -> None:
    question = builder.build("ZX-200", None).question
    assert question is not None
    assert "plants" in question.options and "植物" in question.ja


def test_every_keyword_names_known_categories_and_conditions() -> None:
    # a condition listed as a category (子供服 -> for_children, s23) would pass unnoticed
    categories = {c for values in rules.KEYWORD_CATEGORIES.values() for c in values}
    conditions = {c for values in rules.KEYWORD_CONDITIONS.values() for c in values}
    assert categories <= CATEGORIES, categories - CATEGORIES
    assert conditions <= set(CONDITIONS), conditions - set(CONDITIONS)
    assert set(rules.KEYWORD_CATEGORIES) >= rules.FRESH_WHEN_BARE


@pytest.mark.parametrize(
    ("name", "category"),
    [
        ("古着", "textiles"),
        ("ウールのスカーフ", "textiles"),
        ("砥石", "household"),
        ("真珠のネックレス", "household"),
        ("つげ櫛", "household"),
        ("あられ", "food"),
    ],
)
def test_everyday_goods_have_their_kind(builder: ProfileBuilder, name: str, category: str) -> None:
    assert category in builder.build(name, None).categories


@pytest.mark.parametrize("text", ["よろしくお願いいたします。ありがとうございます", "制御ユニット"])
def test_words_that_only_contain_a_goods_word_are_no_keyword(text: str) -> None:
    # ござ is inside ございます, ニット inside ユニット: neither is listed alone
    assert read_keywords(text).inferences == []


def test_every_good_for_the_uae_gets_the_importer_licence_card(
    builder: ProfileBuilder, library: CardLibrary
) -> None:
    assert "ae-importer-trade-licence-company-code" in applicable(builder, library, "漬物", "AE")


def test_no_keyword_is_listed_twice_in_one_section() -> None:
    # YAML keeps the last of two equal keys silently: a second entry hides an edit to the first
    from pathlib import Path

    import yaml

    class Strict(yaml.SafeLoader):
        pass

    def no_twins(loader: yaml.SafeLoader, node: yaml.MappingNode) -> dict[object, object]:
        keys = [loader.construct_object(k) for k, _ in node.value]
        twice = {k for k in keys if keys.count(k) > 1}
        assert not twice, sorted(map(str, twice))
        return loader.construct_mapping(node)

    Strict.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, no_twins)
    data = Path(rules.__file__).parent / "data" / "product_keywords.yaml"
    yaml.load(data.read_text(encoding="utf-8"), Loader=Strict)
