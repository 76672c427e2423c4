"""What a product name says that the ranker must read right (issue 15, session 10): what
the goods are not, a retail limit that is no bulk figure, a tea bag that is tea, a raw
state that is no preparation, and what a subheading's goods are used on."""

from __future__ import annotations

import pytest

from export_assist.compliance.hs.negation import drop_negated
from export_assist.compliance.hs.product import from_text
from export_assist.compliance.hs.query_words import head_words, packing_of, used_on_removed
from export_assist.compliance.hs.states import is_preparation, raw_state_only


@pytest.mark.parametrize(
    ("text", "left"),
    [
        ("南部鉄器の鉄瓶(ホーローなし)", "南部鉄器の鉄瓶"),
        ("普通のママチャリ(電動じゃない)", "普通のママチャリ"),
        ("グミ(砂糖入り、ココアは入ってない)", "グミ(砂糖入り)"),
        ("和傘(竹と和紙、柄は伸びないやつ)", "和傘(竹と和紙)"),
        ("dried nori sheets (not seasoned)", "dried nori sheets"),
        ("なし", "なし"),  # pears, not a negation
        ("栓抜き", "栓抜き"),
        ("non-alcoholic beer", "non-alcoholic beer"),  # the nomenclature's own words
    ],
)
def test_what_the_goods_are_not_is_left_out(text: str, left: str) -> None:
    assert drop_negated(text) == left


@pytest.mark.parametrize(
    ("text", "packing"),
    [
        ("抹茶(3kg以下の缶入り)", 1.0),  # was read as bulk: 3 kg
        ("green tea not exceeding 3 kg", 1.0),
        ("緑茶のティーバッグ", 1.0),
        ("緑茶 5kg", -1.0),
        ("green tea 20 kg bulk", -1.0),
        ("緑茶", 0.0),
    ],
)
def test_a_retail_limit_is_no_bulk_figure(text: str, packing: float) -> None:
    assert packing_of(from_text(text)) == packing


def test_a_tea_bag_is_tea_not_a_bag() -> None:
    assert head_words(from_text("green tea bags")) == "tea"
    assert "bags" not in head_words(from_text("緑茶のティーバッグ"))
    assert head_words(from_text("paper bags")) == "bags"


def test_a_raw_state_is_no_preparation_unless_the_name_says_how() -> None:
    assert raw_state_only("冷凍和牛") and raw_state_only("frozen scallops")
    assert not raw_state_only("冷凍たこ焼き") and not raw_state_only("frozen pork gyoza")
    assert not raw_state_only("和牛")
    assert is_preparation("Meat preparations; of bovine animals, prepared or preserved")
    assert not is_preparation("Meat; of bovine animals, boneless cuts, frozen")


def test_what_goods_are_used_on_is_not_what_they_are() -> None:
    text = "Lighting or visual signalling equipment; electrical, of a kind used on bicycles"
    assert "bicycles" not in used_on_removed(text)
    assert "Bicycles" in used_on_removed("Bicycles and other cycles; not motorised")
