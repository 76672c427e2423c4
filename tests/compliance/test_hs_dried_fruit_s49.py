"""Dried fruit of a fresh-only heading (session 49, test45 t011: 「干し柿」 was ranked as fresh
persimmons, 0810.70): heading 0813 holds the dried fruit of headings 0807 to 0810, while a
fruit whose own heading says "fresh or dried" (mangoes, 0804.50) keeps it."""

from __future__ import annotations

from export_assist.answering.hs_phrase import hs_product
from export_assist.compliance.hs.dried_fruit import dried_counterpart, dried_only
from tests.compliance.hs_words_only import codes


def test_dried_fruit_of_a_fresh_only_heading_is_heading_0813() -> None:
    assert codes("干し柿", 1) == ["081340"]
    assert codes("dried pears", 1) == ["081340"]
    assert codes("dried apples", 1) == ["081330"]
    # ... and fresh fruit stays where it was
    assert codes("生の柿", 1) == ["081070"]


def test_a_fruit_whose_heading_says_fresh_or_dried_keeps_its_code() -> None:
    assert dried_counterpart("080450") is None  # guavas, mangoes: "fresh or dried"
    assert dried_counterpart("080940") == "081320"  # plums dried are prunes
    assert dried_only("ドライいちじく") and not dried_only("生の無花果")


def test_goods_named_before_the_shop_they_go_to_are_the_goods() -> None:
    # t011 「干し柿をバンコクの百貨店に箱で送る」 classified 「送ることになりました」 (pearls)
    said = "あんぽ柿をシンガポールの日本食スーパーに冷蔵で送ります。6桁のHSコードは何番ですか？"
    assert hs_product(said) == "あんぽ柿"


def test_a_dried_fruit_known_by_its_own_name_is_dried() -> None:
    # trial s49: 「あんぽ柿」 (semi-dried persimmons) was ranked as fresh persimmons
    assert dried_only("ころ柿") and not dried_only("柿")
    assert codes("市田柿", 1) == ["081340"]


def test_how_the_goods_travel_is_no_goods() -> None:
    # trial s49: 「台湾の百貨店に箱詰めで送ります」 classified 箱詰め (as chocolate)
    said = (
        "「ころ柿」を作っています。香港の青果店に冷蔵で送ります。インボイスに書く6桁のHSコードは？"
    )
    assert hs_product(said) == "「ころ柿」"
