"""Session 13: a Japanese listing's attributes and category reach the HS ranker's words."""

from __future__ import annotations

from export_assist.compliance.hs.ja_terms import english_terms
from export_assist.compliance.hs.product import ProductQuery, from_listing
from export_assist.compliance.hs.query_words import head_words


def test_japanese_attribute_values_and_category_give_english_words() -> None:
    q = from_listing(
        {
            "product_name": "キッズ 長袖Tシャツ 恐竜プリント",
            "product_attributes": {"素材": "綿100％", "サイズ": "120cm", "原産": "日本"},
            "cate_lv1_desc": "ファッション",
            "cate_lv2_desc": "キッズ",
            "cate_lv3_desc": "カーディガン",
        }
    )
    assert "cotton" in q.materials
    assert "cotton" in q.attributes.split()
    assert "cardigans" in q.attributes.split()  # the category's own words
    # a size and an origin say nothing of the goods; ファッション is no goods word
    assert "sizes" not in q.attributes and "日本" not in q.attributes
    assert "fff" not in q.attributes


def test_packing_keys_keep_their_japanese_words_only() -> None:
    q = from_listing(
        {"product_name": "玄米茶 ティーバッグ", "product_attributes": {"荷姿": "業務用 段ボール"}}
    )
    assert "業務用" in q.attributes


def test_the_shop_category_decides_between_the_names_terms() -> None:
    q = ProductQuery(
        name="キッズ ショートレインブーツ 約20cm ヒール2cm",
        category="シューズ / キッズシューズ / レインブーツ",
    )
    assert "boots" in head_words(q).split()
    # without a category the last term of the name stays the head
    assert head_words(ProductQuery(name=q.name)).startswith("heel")


def test_a_category_term_is_the_head_when_the_name_has_none() -> None:
    q = ProductQuery(name="ナチュラル 3点セット", category="インテリア / 造花")
    assert head_words(q) == "artificial flowers"


def test_listing_words_the_katakana_table_misread() -> None:
    assert english_terms("ノースリーブ ワンピース") == "sleeveless dresses"
    assert "lease" not in english_terms("フラワーリース")
    assert "right" not in english_terms("LEDライト")
    assert head_words(ProductQuery(name="法被 メンズ")) != "men's"
