"""The shipment fields a document request states: buyer and exporter (any script),
weights, transport mode and payment terms."""

from __future__ import annotations

from export_assist.answering.parties import parties
from export_assist.answering.shipment_fields import extract
from export_assist.answering.understand import understand

COVERED = frozenset({"US", "DE", "FR"})


def fields(message: str) -> dict[str, str]:
    return extract(message, understand(message, COVERED)).fields


def test_a_buyer_name_with_a_non_ascii_capital_is_read() -> None:
    got = fields("フランスのBelle Épicerie SARLに抹茶 200缶を単価 1,500円、FCA Tokyoで出荷します。")
    assert got["buyer"] == "Belle Épicerie SARL" and got["quantity"] == "200 缶"
    assert parties("to Ölmühle Berg AG, Hamburg").buyer == "Ölmühle Berg AG"


def test_the_users_own_company_is_the_exporter_not_the_buyer() -> None:
    got = fields(
        "Please prepare a commercial invoice: 50 cartons of green tea (10 kg each) to Green Leaf "
        "GmbH, Hamburg, at EUR 120 per carton, CIF Hamburg, by sea. We are Yamada Tea Co., Ltd., "
        "Shizuoka."
    )
    assert got["buyer"] == "Green Leaf GmbH"
    assert got["exporter"] == "Yamada Tea Co., Ltd., Shizuoka"
    assert got["quantity"] == "50 cartons" and got["weights"] == "10 kg each"
    assert got["transport"] == "sea" and got["incoterm"] == "CIF Hamburg"


def test_japanese_exporter_transport_and_payment() -> None:
    got = fields(
        "弊社は山田製茶株式会社です。ドイツのTee Haus GmbHに緑茶 500kgを航空便で送ります。支払いはT/T前払い。"
    )
    assert got["exporter"] == "山田製茶株式会社" and got["buyer"] == "Tee Haus GmbH"
    assert got["quantity"] == "500 kg" and "weights" not in got  # the quantity is no weight
    assert got["transport"] == "航空輸送" and got["payment"] == "T/T"
