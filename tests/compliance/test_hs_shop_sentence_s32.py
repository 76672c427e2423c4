"""Session-32 HS reading (issue 9 item 5): the sentence that only names the shop the goods are
sold to (「…の雑貨店に卸すので」, 「…の文具店に出すのですが」) is no goods, so the code is read
from the sentence that made them (it had classified staples, pig fat and live horses); a
boxed letter set is a writing compendium (4817.30) and tonbodama are glass beads (7018.10)."""

from __future__ import annotations

import pytest

from export_assist.answering.hs_phrase import hs_product
from tests.compliance.hs_words_only import codes


@pytest.mark.parametrize(
    ("message", "goods"),
    [
        (
            "福井で越前焼の湯のみを作っています。大阪経由で台中の茶葉店に出すのですが、HSコードは？",
            "越前焼の湯のみ",
        ),
        (
            "高岡で真鍮の風鈴を作っています。シドニーのギフトショップに卸すことになりました。HSコードは何番ですか？",
            "真鍮の風鈴",
        ),
        (
            "桐の米びつを作っています。ロンドンの雑貨店に卸しますので、HSコードを教えてください。",
            "桐の米びつ",
        ),
    ],
)
def test_the_shop_sold_to_is_no_goods(message: str, goods: str) -> None:
    assert hs_product(message) == goods


def test_goods_sold_to_a_market_in_one_sentence_stay_goods() -> None:
    said = "海外に出す綿の靴下のHSコードを教えてください。"
    assert "靴下" in hs_product(said)


@pytest.mark.parametrize(
    ("product", "code"),
    [
        ("和紙の便箋と封筒を箱に詰めたレターセット", "481730"),
        ("ガラスのとんぼ玉", "701810"),
        ("トンボ玉のネックレス用パーツ", "701810"),
    ],
)
def test_letter_sets_and_glass_beads(product: str, code: str) -> None:
    assert codes(product, 1) == [code], product
