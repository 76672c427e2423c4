"""Lines of goods in a document request: two products with their quantities and prices give
two lines (Japanese and English), one product stays one line, and the summary lists each."""

from __future__ import annotations

from export_assist.answering.shipment_fields import ShipmentDraft, extract, form_answer, merge
from export_assist.answering.understand import understand

COVERED = frozenset({"US", "DE", "FR", "TH"})


def draft(message: str) -> ShipmentDraft:
    return extract(message, understand(message, COVERED))


def test_two_products_in_japanese_are_two_lines() -> None:
    got = draft(
        "ドイツのTee Haus GmbHに緑茶100袋 単価5ドル、抹茶50缶 単価12ドルをFCA Tokyoで出荷します。"
        "インボイスを作ってください。"
    )
    assert [(x["product"], x["quantity"], x["unit_price"]) for x in got.lines] == [
        ("緑茶", "100 袋", "5 USD"),
        ("抹茶", "50 缶", "12 USD"),
    ]
    assert got.fields["buyer"] == "Tee Haus GmbH" and got.fields["incoterm"] == "FCA Tokyo"
    assert got.fields["currency"] == "USD" and got.fields["buyer_country"] == "DE"
    assert "product" not in got.missing() and "unit_price" not in got.missing()


def test_two_products_in_english_are_two_lines() -> None:
    got = draft("100 bags green tea at USD 5, 50 tins matcha at USD 12 to Green Leaf GmbH, Germany")
    assert [(x["product"], x["quantity"], x["unit_price"]) for x in got.lines] == [
        ("green tea", "100 bags", "5 USD"),
        ("matcha", "50 tins", "12 USD"),
    ]
    joined = draft("100 bags of green tea at USD 5 each and 20 jars of yuzu kosho @ USD 9.50")
    assert "buyer_country" not in joined.fields  # a price in USD names no US buyer
    assert [(x["product"], x["unit_price"]) for x in joined.lines] == [
        ("green tea", "5 USD"),
        ("yuzu kosho", "9.50 USD"),
    ]


def test_a_product_no_vocabulary_knows_is_the_words_beside_its_quantity() -> None:
    got = draft("柚子胡椒100瓶 単価800円、純米吟醸酒24本 単価2,000円でタイのSiam Foods Co., Ltd.へ")
    assert [(x["product"], x["quantity"], x["unit_price"]) for x in got.lines] == [
        ("柚子胡椒", "100 瓶", "800 JPY"),
        ("純米吟醸酒", "24 本", "2,000 JPY"),
    ]


def test_one_product_stays_one_line_and_a_thousands_comma_is_no_break() -> None:
    got = draft("フランスのBelle Epicerie SARLに抹茶 200缶を単価1,500円、FCA Tokyoで出荷します。")
    assert got.lines == []
    assert got.fields["quantity"] == "200 缶" and got.fields["unit_price"] == "1,500 JPY"


def test_the_summary_lists_each_line_and_a_later_message_keeps_them() -> None:
    first = "緑茶100袋 単価5ドル、抹茶50缶 単価12ドルでインボイスを作って"
    later = "弊社は山田製茶株式会社です。"
    merged = merge([draft(first), draft("緑茶の正味重量は10kgです。"), draft(later)])
    assert len(merged.lines) == 2 and merged.fields["exporter"] == "山田製茶株式会社"
    text = form_answer(merged, understand(later, COVERED))
    assert "品名: 緑茶(数量: 100 袋、単価: 5 USD)" in text
    assert "品名: 抹茶(数量: 50 缶、単価: 12 USD)" in text
    english = form_answer(
        draft("100 bags green tea at USD 5, 50 tins matcha at USD 12"),
        understand("invoice", COVERED),
    )
    assert "product: matcha (quantity: 50 tins, unit price: 12 USD)" in english


def test_goods_joined_by_to_and_prices_in_yen_words() -> None:
    joined = draft("緑茶100袋（単価5ドル）と抹茶50缶（単価12ドル）のインボイス")
    assert [(x["product"], x["unit_price"]) for x in joined.lines] == [
        ("緑茶", "5 USD"),
        ("抹茶", "12 USD"),
    ]
    yen = draft("sake 24 bottles at 2,000 yen each, umeshu 12 bottles at 1,500 yen each")
    assert [(x["product"], x["quantity"], x["unit_price"]) for x in yen.lines] == [
        ("sake", "24 bottles", "2,000 JPY"),
        ("umeshu", "12 bottles", "1,500 JPY"),
    ]
    assert draft("Tee Haus GmbHと緑茶100袋を単価5ドルで").lines == []  # one line, read as before


def test_hs_codes_stated_per_line_or_for_the_goods() -> None:
    got = draft("緑茶（HS 0902.10）100袋 単価5ドル、抹茶（HSコード090210）50缶 単価12ドル")
    assert [(x["product"], x["quantity"], x["hs_code"]) for x in got.lines] == [
        ("緑茶", "100 袋", "0902.10"),
        ("抹茶", "50 缶", "0902.10"),
    ]
    assert "HSコード: 0902.10" in form_answer(got, understand("緑茶", COVERED))
    one = draft("sake (H.S. No. 2206.00) 24 bottles at 2,000 yen")
    assert (one.fields["hs_code"], one.fields["quantity"], one.fields["unit_price"]) == (
        "2206.00",
        "24 bottles",
        "2,000 JPY",
    )
    assert draft("緑茶 0902.10.000 100袋 単価5ドル").fields["hs_code"] == "0902.10.000"
    # a bare 1234.56 is a weight, not a code
    assert draft("green tea 1234.56 kg").fields == {
        "product": "green tea",
        "quantity": "1234.56 kg",
    }
