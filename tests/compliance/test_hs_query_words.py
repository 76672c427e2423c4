"""What the HS ranker reads from a product name (session 7, issue 15): the head that says
what the goods are, packings that are not the goods, and retail against bulk packings."""

from __future__ import annotations

import pytest

from export_assist.compliance.hs.ja_terms import english_terms, head_terms
from export_assist.compliance.hs.product import from_text
from export_assist.compliance.hs.query_words import (
    asks_parts,
    candidate_flags,
    catch_all_codes,
    distinct_words,
    head_tokens,
    head_words,
    packing_flags,
    packing_of,
)
from export_assist.retrieval.tokenize import stemmed


@pytest.mark.parametrize(
    ("name", "head"),
    [
        ("Porcelain sake set", "sake set tableware"),  # the set is ware, sake a modifier
        ("7-piece kitchen knife block set with shears", "knife block set knives"),
        ("coffee grinder electric", "grinder"),  # a trailing "electric" is not the head
        ("Untitled 1 — original oil on linen", "oil"),  # not "led" inside "untitled"
        ("Stainless steel kitchen knife", "knife knives"),  # the stemmer keeps knife/knives apart
    ],
)
def test_the_head_of_an_english_name(name: str, head: str) -> None:
    assert head_words(from_text(name)).startswith(head)


@pytest.mark.parametrize(
    ("name", "head"),
    [
        ("信楽焼の花瓶", "vases"),
        ("練りごま（焙煎ごまペースト） 瓶入り 約227g", "sesame paste"),  # 瓶入り is the packing
        ("業務用マヨネーズ 1kgボトル（卵黄タイプ）", "mayonnaise"),
        ("ポップアップトースター付き オーブントースター", "toasters"),
        ("祭り用 はっぴ（法被）レディース ポリエステル", "jackets"),  # the fibre is not the goods
        ("CPPミルクカルシウム タブレット", "milk"),  # ミルク is milk, not a mill (ミル)
        ("電動コーヒーグラインダー", "coffee grinders"),
    ],
)
def test_the_head_of_a_japanese_name(name: str, head: str) -> None:
    assert head_words(from_text(name)).startswith(head)


def test_packings_and_latin_words_inside_others_add_no_goods() -> None:
    assert "bottles" not in english_terms("練りごま 瓶入り 約227g")
    assert "bags" not in english_terms("速乾タオル ジッパー袋入り")
    assert "bags" not in english_terms("緑茶パウダー 10〜30kgアルミ内袋")
    assert "led" not in english_terms("スプーン untitled").lower()
    assert "drills" in english_terms("コードレス ドリル") and "dresses" not in english_terms(
        "コードレス ドリル"
    )
    assert head_terms("トースター付き オーブントースター") == head_terms("オーブントースター")


def test_retail_and_bulk_packings_meet_the_subheadings_that_name_them() -> None:
    flags = packing_flags(
        [
            "Tea, green; in immediate packings of a content not exceeding 3kg",
            "Tea, green; in immediate packings of a content exceeding 3kg",
            "Yarn of polyester, not put up for retail sale",
            "Tea, black",
        ]
    )
    assert flags.tolist() == [1.0, -1.0, -1.0, 0.0]
    assert packing_of(from_text("緑茶ティーバッグ 2g×20袋")) == 1.0
    assert packing_of(from_text("クロレラ入り緑茶パウダー（原料用） 30kg")) == -1.0
    assert packing_of(from_text("green tea")) == 0.0
    tokens = head_tokens(from_text("Porcelain sake set"))
    assert "sake" in tokens and "set" not in tokens  # a set word names no heading


def test_a_parts_subheading_is_one_for_parts_not_articles_and_parts_thereof() -> None:
    texts = [
        "Parts & accessories suited for use solely/principally with machines of headings 8456-8465",
        "Electro-mechanical domestic appliances; parts for the appliances of heading no. 8509",
        "Tools; knives and cutting blades, for kitchen appliances or for machines used by the food",
        "Iron or steel; table, kitchen and other household articles and parts thereof, n.e.c.",
        "Fruit, nuts and other edible parts of plants; prepared or preserved",
        "Clothing accessories; gloves, mittens and mitts, of leather",
    ]
    parts, _ = candidate_flags(texts)
    assert parts.tolist() == [1.0, 1.0, 1.0, 0.0, 0.0, 0.0]
    assert asks_parts(from_text("Reusable coffee capsule for Nespresso machine"))
    assert asks_parts(from_text("芝刈り機用ブレード"))
    assert not asks_parts(from_text("工作機械")) and not asks_parts(from_text("T-shirt for women"))


def test_what_a_subheading_names_beyond_its_heading() -> None:
    heading = set(stemmed("Fish fillets and other fish meat, fresh, chilled or frozen"))
    tuna = "Fish fillets; frozen, tunas (genus Thunnus), skipjack or stripe-bellied bonito"
    assert {"tuna", "skipjack", "bonito"} <= distinct_words(tuna, heading)
    # the "other" sibling names nothing of its own: pointers and negations are no goods
    assert (
        distinct_words("Fish fillets; frozen, of fish n.e.c. in heading 0304.8", heading) == set()
    )
    other = "Ceramic ornamental articles; other than of porcelain or china"
    assert (
        distinct_words(other, set(stemmed("Statuettes and other ornamental ceramic articles")))
        == set()
    )


def test_a_named_material_brings_its_catch_all_subheading() -> None:
    # no heading names a keychain cover: the expert's code is plastics' articles n.e.c.
    assert catch_all_codes(from_text("Plastic keychain protective cover").materials) == {"392690"}
    assert catch_all_codes(from_text("竹製のしおり").materials) == {"442191", "460211"}
    assert catch_all_codes(from_text("keychain").materials) == set()


def test_a_dish_named_by_its_cooking_is_a_preparation() -> None:
    """s12: 冷凍たこ焼き read as frozen octopus (0307): a dish named by how it is cooked is
    a preparation; pottery (有田焼, 焼き物) and cooking ware (フライパン, たこ焼き器) are not."""
    for dish in ("冷凍あじフライ", "さばの味噌煮", "冷凍お好み焼き", "えびの天ぷら"):
        assert "prepared" in english_terms(dish).split(), dish
    for ware in ("益子焼のマグカップ", "焼き物の茶碗", "鉄のフライパン", "たこ焼き器"):
        assert "prepared" not in english_terms(ware).split(), ware


def test_where_knives_are_used_is_not_what_they_are() -> None:
    """s12: ステンレス包丁 went to 7323 (kitchen articles of steel) through "kitchen"."""
    q = from_text("ステンレス製の菜切り包丁")
    assert "kitchen" not in q.attributes.split() and "knives" in q.attributes.split()
    assert "kitchen" not in head_tokens(from_text("kitchen knife")) | head_tokens(q)


def test_a_steel_kitchen_knife_is_a_knife_not_a_kitchen_article() -> None:
    from export_assist.compliance.hs.ranker import RankedHsSuggester
    from export_assist.compliance.hs.table import packaged_table

    first = RankedHsSuggester(packaged_table(), None).suggest("ステンレス製の菜切り包丁", 1)[0]
    assert first.code.startswith("8211"), first
