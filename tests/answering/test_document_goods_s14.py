"""Document requests: the goods said as what they are for (「…用の筆」) stay the goods, and a
buyer named with a Chinese legal form (「…股份有限公司」) is the buyer, never the goods."""

from __future__ import annotations

from export_assist.answering.shipment_fields import extract
from export_assist.answering.understand import understand

COVERED = frozenset({"TW", "CN", "HK"})


def _fields(text: str) -> dict[str, str]:
    return extract(text, understand(text, COVERED)).fields


def test_goods_named_by_their_use_and_a_taiwanese_buyer() -> None:
    fields = _fields(
        "パッキングリストをお願い：茶道用の茶筅 40カートン、買主 高雄茶藝股份有限公司（台湾）、CIF高雄。"
    )
    assert fields["product"] == "茶道用の茶筅"
    assert fields["buyer"] == "高雄茶藝股份有限公司"
    assert fields["quantity"] == "40 カートン"


def test_a_chinese_limited_company_is_the_buyer() -> None:
    fields = _fields(
        "インボイスを作って：煎茶 80袋、単価2,000円、買主 广州茶业有限公司（中国）、FOB横浜。"
    )
    assert fields["buyer"] == "广州茶业有限公司"
    assert fields["product"] == "煎茶"
