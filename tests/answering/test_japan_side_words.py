"""Which questions ask about Japan's own side of an export (answering/japan_side.py)."""

from __future__ import annotations

import pytest

from export_assist.answering.japan_side import (
    japan_side,
    liquor_licence,
    regime_names,
    temporary_export,
)
from export_assist.answering.understand import understand

COVERED = frozenset({"US", "FR", "HK", "TW", "KR", "DE", "EU", "SG", "GB", "CA"})


@pytest.mark.parametrize(
    "text",
    [
        "象牙の根付をフランスの美術商に送りたい",
        "Can we sell alligator handbags to a shop in Hong Kong?",
        "Do rosewood guitars need a CITES permit to go to the US?",
        "台湾の工場に図面データ(CADデータ)を送るのは輸出になる？",
        "酒屋で仕入れた日本酒を香港に卸すには免許がいる？",
    ],
)
def test_japans_own_procedures_are_japan_side(text: str) -> None:
    assert japan_side(text, [])


@pytest.mark.parametrize(
    "text",
    [
        "台湾に日本酒を輸出したい。ラベルには何を書く？",
        "This regulation cites the EU directive: which one?",
        "香港で日本酒を売るとき輸入のライセンスはいる？",
    ],
)
def test_a_market_question_is_not_japan_side(text: str) -> None:
    assert not japan_side(text, [])


def test_a_trader_licence_needs_liquor_a_licence_and_buying_in() -> None:
    assert liquor_licence("焼酎を仕入れて台湾に卸すのに免許は？")
    assert not liquor_licence("焼酎を台湾に輸出するのに免許は？")


def test_cad_data_names_no_canadian_dollars() -> None:
    q = understand("海外の取引先にCADデータを送っていい？", COVERED)
    assert q.destinations == [] and q.japan_side
    assert understand("Can we invoice in CAD for a buyer in Canada?", COVERED).destinations == [
        "CA"
    ]


def test_goods_brought_back_are_a_temporary_export() -> None:
    assert temporary_export("Samples go to a fair in Milan and we bring them back")
    assert not temporary_export("What duty does Italy charge on furniture?")


def test_samples_brought_back_name_the_carnet() -> None:
    assert "ATAカルネ" in regime_names("展示会のあと見本を日本に持ち帰る予定です")
    assert regime_names("展示会で見本を配りたい") == ""
