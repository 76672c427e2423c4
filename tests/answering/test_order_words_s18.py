"""An order is never the goods (s18 trial): 「30万円分の注文が入ったら」 after 有田焼 was read as a
product 「分の注文」, so the conversation's tableware was not inherited and the answer led with
Taiwan's liquor-importer cards. Amounts and order sizes name no goods either."""

from __future__ import annotations

import pytest

from export_assist.answering.followup import resolve_history
from export_assist.answering.phrase import product_phrase
from export_assist.answering.understand import understand

COVERED = frozenset("US EU DE FR GB CN KR TW HK TH SG VN AU JP INTL".split())


@pytest.mark.parametrize(
    "message",
    [
        "50万円の注文が来たら、送り方は変わる？",
        "120万円分の発注をもらいました。何か届け出はいる？",
        "大口のオーダーが入りそうです。書類は増えますか？",
        "小口の受注が毎月続くなら、何か簡単にできる？",
    ],
)
def test_an_order_or_an_amount_names_no_goods(message: str) -> None:
    q = understand(message, COVERED)
    assert q.product == "" and product_phrase(message, q.product) == ""


def test_goods_named_with_their_order_keep_their_name() -> None:
    q = understand("煎茶の注文が香港から来ました。手続きは？", COVERED)
    assert q.product == "煎茶" and product_phrase(q.text, q.product) == "煎茶"


@pytest.mark.parametrize(
    ("first", "follow"),
    [
        (
            "香港の個人客に九谷焼の小皿をEMSで送っています。",
            "40万円分の注文が入ったら、何が変わる？",
        ),
        ("台湾のお店に波佐見焼の茶碗を送っています。", "大口の注文が来たら手続きは変わりますか？"),
    ],
)
def test_a_follow_up_about_a_bigger_order_keeps_the_conversations_goods(
    first: str, follow: str
) -> None:
    earlier = understand(first, COVERED)
    q = resolve_history([first], follow, COVERED)
    assert "product" in q.inherited
    assert q.categories == earlier.categories and "alcohol" not in q.categories
