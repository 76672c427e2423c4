"""Everyday Japanese goods the word map lacked (session 19, qa16-t026: 「国産の線香花火」
reached 8479.89 machines): fireworks, festive and craft goods reach their headings, read
from an HS question the way the chat reads it (answering/hs_phrase.py). New sentences."""

from __future__ import annotations

import pytest

from export_assist.answering.hs_phrase import hs_product
from tests.compliance.hs_words_only import codes as _codes


@pytest.mark.parametrize(
    ("message", "heading"),
    [
        ("夏祭り用の打ち上げ花火を海外に出したい。輸出するときのHSコードは？", "3604"),
        ("線香花火の詰め合わせを台湾に送ります。HSコードを教えて。", "3604"),
        ("端午の節句の鯉のぼりを香港のお店に卸したい。HSコードは？", "9505"),
        ("木製の羽子板をアメリカで売りたい。HSコードを教えてください。", "9505"),
        ("岐阜の提灯をドイツに送ります。HSコードは？", "9405"),
        ("金属のかんざしを海外に販売したい。HSコードは何番？", "9615"),
        ("剣道の木刀を韓国に輸出します。HSコードを教えて。", "9506"),
        ("竹のすだれをオーストラリアに出したい。HSコードは？", "4601"),
        ("六曲一双の屏風を海外のギャラリーに売ります。HSコードは？", "9403"),
        ("会社の判子をまとめて海外の支店に送ります。HSコードを教えて。", "9611"),
    ],
)
def test_everyday_goods_in_an_hs_question_reach_their_heading(message: str, heading: str) -> None:
    goods = hs_product(message)
    assert goods, message
    found = _codes(goods)
    assert found[0].startswith(heading), (goods, found)
