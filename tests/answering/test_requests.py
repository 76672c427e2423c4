"""Tool requests from chat: shipment fields read from a message, what is still missing."""

from __future__ import annotations

from export_assist.answering.shipment_fields import extract, form_answer, merge
from export_assist.answering.understand import understand

COVERED = frozenset("US EU DE FR GB CN JP INTL".split())


def test_fields_of_a_japanese_invoice_request() -> None:
    text = "緑茶500kg、単価2,000円/kg、買い手はABC Trading Inc.（アメリカ）、条件はFCA東京でインボイスを作ってください。"
    q = understand(text, COVERED)
    draft = extract(text, q)
    assert draft.fields == {
        "product": "緑茶",
        "quantity": "500 kg",
        "unit_price": "2,000 JPY/kg",
        "currency": "JPY",
        "incoterm": "FCA Tokyo",
        "buyer": "ABC Trading Inc.",
        "buyer_country": "US",
    }
    assert draft.documents == ["commercial_invoice"]
    answer = form_answer(draft, q)
    assert "・数量: 500 kg" in answer and "・買主の国: 米国" in answer
    assert answer.endswith("輸送手段と積出港・仕向港。") and "品名、" not in answer


def test_fields_of_an_english_request_and_a_follow_up() -> None:
    text = "Draft a commercial invoice for 200 cotton towels at JPY 1,500 each to Linen & Co, London, DAP London."
    q = understand(text, COVERED)
    first = extract(text, q)
    assert first.fields["quantity"] == "200 pcs" and first.fields["incoterm"] == "DAP London"
    assert first.fields["buyer"] == "Linen & Co" and first.fields["buyer_country"] == "GB"
    more = extract("Payment by T/T, 300 pcs", understand("Payment by T/T, 300 pcs", COVERED))
    merged = merge([first, more])
    assert merged.fields["quantity"] == "300 pcs" and merged.documents == ["commercial_invoice"]


def test_nothing_stated_asks_for_everything() -> None:
    q = understand("パッキングリストを作りたい", COVERED)
    draft = extract("パッキングリストを作りたい", q)
    assert draft.documents == ["packing_list"] and draft.missing()[0] == "product"
    assert form_answer(draft, q).startswith(
        "書類を作成するには、次の項目を教えてください: 品名、数量"
    )


def test_buyers_with_their_markets_legal_forms_are_read() -> None:
    text = "緑茶100kgをフランスのLe Thé SARLに単価30ユーロ、FCA東京で輸出します。インボイスを作って"
    draft = extract(text, understand(text, COVERED))
    assert draft.fields["buyer"] == "Le Thé SARL" and draft.fields["buyer_country"] == "FR"
    assert "買主、" not in form_answer(draft, understand(text, COVERED))  # not asked again
    for said, buyer in [
        ("200 towels to Teehaus Müller GmbH in Hamburg", "Teehaus Müller GmbH"),
        ("Rossi Alimentari S.r.l.に醤油を送ります", "Rossi Alimentari S.r.l."),
        ("PT Maju Jaya Abadi に抹茶を輸出", "PT Maju Jaya Abadi"),
        ("Tea Lovers Sdn Bhd へ緑茶", "Tea Lovers Sdn Bhd"),
    ]:
        assert extract(said, understand(said, COVERED)).fields.get("buyer") == buyer


def test_every_document_asked_for_is_read_and_a_proforma_is_not_also_an_invoice() -> None:
    """s10 trial: 「インボイスとパッキングリストを作ってください」 ticked the packing list only
    (one kind was kept), so the user got no invoice unless they noticed the box."""

    def kinds(text: str) -> list[str]:
        return extract(text, understand(text, COVERED)).documents

    assert kinds("醤油を1200本。インボイスとパッキングリストを作ってください") == [
        "commercial_invoice",
        "packing_list",
    ]
    assert kinds("プロフォーマインボイスを作って") == ["proforma_invoice"]
    assert kinds("Please make a pro forma invoice and a packing list") == [
        "proforma_invoice",
        "packing_list",
    ]
    assert kinds("プロフォーマインボイスと、出荷時のインボイスも作って") == [
        "proforma_invoice",
        "commercial_invoice",
    ]
