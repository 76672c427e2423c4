"""Woven baskets (session 29, qa25-t008 / qa24-d004: 「籐を編んだかご」 reached raw rattan or
nothing): the basket is the goods (the last object before the verb, not the material of
an earlier clause), a sentence saying only what the goods are not is no goods, and the
word map knows かご/籠/ラタン/あけび. New sentences, read as the chat reads them."""

from __future__ import annotations

import pytest

from export_assist.answering.hs_phrase import hs_product
from export_assist.compliance.hs.negation import drop_negated
from tests.compliance.hs_words_only import codes as _codes


@pytest.mark.parametrize(
    ("message", "goods"),
    [
        (
            "ラタンを手で編んで仕上げた果物用のかごを、パリの雑貨店に卸します。竹は使っていません。HSコードは？",
            "ラタンを手で編んで仕上げた果物用のかご",
        ),
        (
            "長野で山ぶどうのつるを編んだかごバッグを作っています。輸出するときのHSコードは何番ですか？",
            "山ぶどうのつるを編んだかごバッグ",
        ),
        ("国産の線香花火を海外のお店で売ってもらいたい。HSコードは？", "国産の線香花火"),
    ],
)
def test_the_basket_is_the_goods_not_the_material_woven_into_it(message: str, goods: str) -> None:
    assert hs_product(message) == goods


def test_a_sentence_after_the_goods_saying_what_they_are_not_is_dropped() -> None:
    assert drop_negated("籐のかご。竹は使っていません") == "籐のかご。"
    assert "竹" not in drop_negated("あけびのかご。竹でも籐でもありません。")


@pytest.mark.parametrize(
    ("goods", "first"),
    [
        ("ラタンを手で編んで仕上げた果物用のかご。竹は使っていません", "460212"),
        ("竹を編んだ花かご", "460211"),
        ("山ぶどうのつるを編んだかごバッグ", "460219"),
    ],
)
def test_woven_baskets_reach_basketwork_by_their_material(goods: str, first: str) -> None:
    assert _codes(goods)[0] == first, _codes(goods)
