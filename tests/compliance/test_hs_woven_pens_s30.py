"""HS questions of session 30 (test26 t008/t030 reached iron chains and screws): the party
that wants the code ("a stationery chain … wants the HS code") is no goods and neither is
the shop exported to (「メルボルンの雑貨店に輸出するとき」); 「ではありません」 is a negation;
goods said to be woven or not knitted put the knitted siblings after the rest; the word map
knows a bedspread and porous-tipped pens. New sentences, read as the chat reads them."""

from __future__ import annotations

import pytest

from export_assist.answering.hs_phrase import hs_product
from export_assist.compliance.hs.knitted import is_knitted, says_not_knitted
from export_assist.compliance.hs.negation import drop_negated
from tests.compliance.hs_words_only import codes as _codes


def test_the_party_that_wants_the_code_is_no_goods() -> None:
    said = (
        "We make marker pens in Osaka with a porous felt tip. "
        "A department-store chain in Texas needs the HS code for them."
    )
    found = hs_product(said)
    assert "marker pens" in found and "chain" not in found


def test_the_shop_the_goods_are_exported_to_is_no_goods() -> None:
    said = "京都で、麻の布を織ったベッドカバーを作っています。シアトルの家具店に輸出するときのHSコードは？"
    found = hs_product(said)
    assert found.startswith("麻の布を織ったベッドカバー"), found


def test_dewa_arimasen_is_a_negation() -> None:
    assert drop_negated("綿のストール（編み物ではありません）") == "綿のストール"


def test_woven_or_not_knitted_is_said_in_both_languages() -> None:
    assert says_not_knitted("woven cotton table cloth")
    assert says_not_knitted("ベッドカバー（ニットではありません）")
    assert not says_not_knitted("ニットのベッドカバー")
    assert is_knitted("Bedspreads; knitted or crocheted")
    assert not is_knitted("Bedspreads; not knitted or crocheted")


@pytest.mark.parametrize(
    ("goods", "first"),
    [
        ("手で刺し子にした木綿のベッドカバー（編み物ではありません）", "630419"),
        ("ニットのベッドカバー", "630411"),
        ("サインペン", "960820"),
        ("筆ペン", "960820"),
        ("brush pens", "960820"),
    ],
)
def test_bedspreads_and_porous_tipped_pens_reach_their_subheadings(goods: str, first: str) -> None:
    assert _codes(goods)[0] == first, _codes(goods)
