"""The head of a product name says what it is: material, filling and use words of another
kind of goods do not (issue 15: a buckwheat-husk pillow is no food, a mochi machine is a
machine that touches food)."""

from __future__ import annotations

import pytest

from export_assist.compliance.product_head import main_name, suffix_head
from export_assist.compliance.profile import ProfileBuilder
from tests.compliance.profile_fakes import Codes, Nearest
from tests.compliance.shipped_cards import applicable, shipped_library


@pytest.mark.parametrize(
    ("name", "main"),
    [
        ("電気ケトル（家庭用、1.2L）", "電気ケトル"),
        ("single malt whisky, 700 ml, 43% abv", "single malt whisky"),
        ("pillow filled with buckwheat hulls", "pillow"),
        ("plastic cling film for food", "plastic cling film"),
        ("竹の箸 5膳セット", "竹の箸"),
        ("porcelain sake set", "porcelain sake set"),  # a sake set is ware, not sake
    ],
)
def test_the_main_name_drops_details_qualifiers_and_sizes(name: str, main: str) -> None:
    assert main_name(name) == main


def test_the_form_of_a_japanese_name_tells_a_machine_or_a_utensil() -> None:
    machine = suffix_head("製麺機", "製麺機")
    assert machine is not None and machine.categories == ("machinery", "electronics")
    manual = suffix_head("手動製麺機", "手動製麺機")
    assert manual is not None and manual.categories == ("machinery",)
    ware = suffix_head("卵焼き器", "卵焼き器")
    assert ware is not None and ware.kind == "ware" and ware.categories == ("household",)
    assert suffix_head("lunch box", "lunch box") is None


@pytest.mark.parametrize(
    ("name", "want", "not_wanted"),
    [
        ("そば殻まくら", {"household", "textiles"}, {"food"}),
        ("Pillow filled with buckwheat hulls", {"household", "textiles"}, {"food"}),
        ("Rice-bran facial soap bar", {"cosmetics"}, {"food"}),
        ("Sake-lees body lotion", {"cosmetics"}, {"alcohol", "beverages"}),
        ("緑茶染めのハンカチ", {"textiles"}, {"food", "tea"}),
        ("綿菓子", {"food"}, {"textiles"}),
        ("鍋つゆ", {"food"}, {"household", "food_contact"}),
        ("信楽焼の花瓶", {"household"}, {"food"}),
        ("Stoneware vase", {"household"}, set()),
        ("真空断熱タンブラー", {"household", "food_contact"}, set()),
        ("NC旋盤", {"machinery"}, {"food"}),
    ],
)
def test_the_head_decides_the_kind_of_goods(
    name: str, want: set[str], not_wanted: set[str]
) -> None:
    profile = ProfileBuilder().build(name, None)
    assert want <= set(profile.categories) and not (not_wanted & set(profile.categories))
    assert profile.question is None


def test_a_food_word_in_a_machine_or_a_utensil_says_it_touches_food() -> None:
    machine = ProfileBuilder().build("Commercial mochi-making machine", None)
    assert {"machinery", "electronics", "food_contact"} <= set(machine.categories)
    assert "food" not in machine.categories
    reason = next(i for i in machine.inferred if i.value == "food_contact")
    assert "mochi" in reason.reason and reason.source == "keyword"
    pan = ProfileBuilder().build("銅製の卵焼き器", None)
    assert {"household", "food_contact"} <= set(pan.categories)
    assert "contains_egg" not in pan.conditions  # the pan contains no egg
    mill = ProfileBuilder().build("電動コーヒーミル", None)
    assert {"electronics", "food_contact"} <= set(mill.categories) and "food" not in mill.categories


def test_a_use_word_is_not_the_product() -> None:
    for name in ("食品用ラップフィルム", "Plastic cling film for food"):
        profile = ProfileBuilder().build(name, None)
        assert profile.categories == ["food_contact"], name


def test_food_names_stay_food() -> None:
    for name in (
        "Buckwheat soba noodles, dried",
        "米粉パン",
        "抹茶チョコレート",
        "冷凍和牛サーロイン",
    ):
        assert "food" in ProfileBuilder().build(name, None).categories, name


def test_hs_evidence_outranks_a_food_keyword_when_the_name_has_no_known_head() -> None:
    profile = ProfileBuilder(hs_guesser=Codes("330499", 0.75)).build("Rice-bran facial scrub", None)
    assert profile.categories == ["cosmetics"]
    assert profile.inferred[0].source == "hs_suggestion" and profile.question is None
    # a face wash is a known head since session 51: a cosmetic by its keyword, HS or not
    assert ProfileBuilder().build("Rice-bran face wash", None).categories == ["cosmetics"]


def test_split_evidence_asks_the_user_which_kind_of_goods() -> None:
    # the examples say tableware, the keyword and the HS codes say food: ask, listing both
    builder = ProfileBuilder(Nearest("rice bowl"), hs_guesser=Codes("100630", 0.75))
    profile = builder.build("Rice serving piece", None)
    assert {"household", "food_contact"} <= set(profile.categories)
    assert profile.uncertain == ["category"] and profile.question is not None
    assert "food" in profile.question.options and "household" in profile.question.options
    assert "食品" in profile.question.ja and "日用品" in profile.question.ja


def test_a_food_contact_article_brings_the_food_contact_rules() -> None:
    # the EU food-contact card asks for the condition, whichever signal named the category
    found = applicable(ProfileBuilder(), shipped_library(), "Soba noodle cutting knife", "DE")
    assert "eu-fcm-compliance" in found
    pillow = applicable(ProfileBuilder(), shipped_library(), "そば殻まくら", "DE")
    assert "eu-fcm-compliance" not in pillow and "eu-textile-fibre-labelling" in pillow
    assert not {"eu-food-hygiene-traceability", "eu-fic-labelling", "eu-pesticide-mrl"} & pillow


def test_codes_that_only_share_a_word_are_a_guess_the_user_confirms() -> None:
    # "静電気" reaches static converters (8504) by one word: electrical, but only a guess
    guess = Codes("850440", 0.27, "850490", "850410")
    profile = ProfileBuilder(hs_guesser=guess).build("静電気防止スプレー", None)
    assert profile.categories == ["electronics"] and profile.uncertain == ["category"]
    assert profile.question is not None and "確かではありません" in profile.question.ja
    assert "electronics" in profile.question.options and "food" in profile.question.options
    sure = ProfileBuilder(hs_guesser=Codes("851632", 0.75)).build("ホットカーラー", None)
    assert sure.categories == ["electronics", "household"] and sure.question is None
