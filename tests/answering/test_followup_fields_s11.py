"""Session-11 follow-ups without a model: a document follow-up's weights, packages and the
exporter's address go to their own fields (never the goods' quantity), and a follow-up
that names another market's authority is asked of the conversation's market."""

from __future__ import annotations

from export_assist.answering.counterpart import of_another_market
from export_assist.answering.followup import resolve_history
from export_assist.answering.shipment_fields import extract, form_answer, merge
from export_assist.answering.understand import understand

COVERED = frozenset({"US", "CA", "SG", "DE", "EU", "GB"})


def follow(earlier: list[str], message: str) -> dict[str, str]:
    q = resolve_history(earlier, message, COVERED)
    assert q.intent == "documents", q
    return extract(message, q).fields


def test_a_stated_weight_and_a_carton_count_are_no_quantity() -> None:
    earlier = ["シンガポール向けに醤油のパッキングリストを作りたい"]
    got = follow(earlier, "総重量は120kg、8カートンでお願いします")
    assert "quantity" not in got
    assert got["weights"] == "総重量は120kg" and got["packages"] == "8"
    both = follow(earlier, "正味重量は約95kg、総重量が110kg、梱包数は6です")
    assert both["weights"] == "正味重量は約95kg、総重量が110kg" and both["packages"] == "6"
    english = follow(
        ["Make a packing list for soy sauce to Singapore"], "Gross weight is 80 kg, 4 cartons."
    )
    assert english["weights"] == "Gross weight is 80 kg" and english["packages"] == "4"
    assert "quantity" not in english


def test_goods_counted_in_cartons_are_the_quantity_and_the_packages() -> None:
    got = extract(
        m := "醤油24カートン、総重量300kgでインボイスを作って", understand(m, COVERED)
    ).fields
    assert got["quantity"] == "24 カートン" and got["packages"] == "24"
    assert got["weights"] == "総重量300kg"
    bags = extract(m := "緑茶100袋、5カートン、FOB横浜", understand(m, COVERED)).fields
    assert bags["quantity"] == "100 袋" and bags["packages"] == "5"


def test_the_exporters_address_is_the_exporters_not_the_buyers() -> None:
    earlier = ["カナダのMaple Foods Inc.に味噌200個のインボイスを作りたい"]
    said = follow(earlier, "当社は有限会社鈴木商店、住所は静岡県浜松市中区元城町1-2です。")
    assert said["exporter"] == "有限会社鈴木商店"
    assert said["exporter_address"] == "静岡県浜松市中区元城町1-2"
    assert "buyer_address" not in said
    comma = follow(earlier, "弊社は丸山醸造株式会社、長野県松本市中央3-4-5です")
    assert comma["exporter_address"] == "長野県松本市中央3-4-5"
    english = follow(
        ["Prepare an invoice for 50 bottles of sake to Maple Foods Inc., Canada"],
        "We are Kato Brewing Co., Ltd. Our address is 2-8 Honcho, Niigata 950-0001. Net 60 kg.",
    )
    assert english["exporter_address"] == "2-8 Honcho, Niigata 950-0001"
    assert english["weights"] == "Net 60 kg" and "buyer_address" not in english
    # the buyer's address said as the buyer's, after our own name, stays the buyer's
    theirs = follow(
        earlier, "弊社は有限会社鈴木商店です。買い手の住所は 12 King St W, Toronto です"
    )
    assert theirs["buyer_address"] == "12 King St W, Toronto" and "exporter_address" not in theirs


def test_the_form_shows_each_field_and_asks_for_the_rest() -> None:
    earlier = ["シンガポール向けに醤油のパッキングリストを作りたい"]
    message = (
        "当社は有限会社鈴木商店、住所は静岡県浜松市中区元城町1-2です。総重量は120kg、8カートン"
    )
    q = resolve_history(earlier, message, COVERED)
    draft = merge([extract(earlier[0], understand(earlier[0], COVERED)), extract(message, q)])
    text = form_answer(draft, q)
    assert "輸出者の住所: 静岡県浜松市中区元城町1-2" in text and "梱包数: 8" in text
    assert "数量" in text.split("教えてください")[-1]  # still asked for: the goods' quantity
    assert "梱包数" not in text.split("次の項目")[-1]


def test_another_markets_authority_is_asked_of_the_conversations_market() -> None:
    earlier = ["アメリカに煎茶を輸出したい。FDAへの施設登録はいる？", "じゃあカナダは？"]
    got = resolve_history(earlier, "FDAの登録はどうする？", COVERED)
    assert got.destinations == ["CA"] and got.foreign_names == ["FDA"]
    assert got.phrase == "煎茶" and "licensing" in got.topics
    # the conversation's own market's authority is no foreign name
    same = resolve_history(["アメリカに煎茶を輸出したい"], "FDAの登録は？", COVERED)
    assert same.destinations == ["US"] and same.foreign_names == []
    # a question naming the market and another's authority keeps its market
    first = resolve_history([], "カナダに化粧品を売るのにMoCRAの登録は要る？", COVERED)
    assert first.destinations == ["CA"] and first.foreign_names == ["MoCRA"]


def test_an_authority_named_after_a_buyer_search_is_asked_of_its_own_market() -> None:
    # the browser test's conversation: a buyer search in Germany, then the FDA question is
    # about the US (it was asked of Germany and answered with Japan's catch-all control)
    buyers = understand("ドイツで緑茶のバイヤー候補を探して", COVERED)
    assert buyers.intent == "buyers"
    assert of_another_market("FDAへの食品施設登録は必要ですか?", buyers) == []
    rule = understand("カナダに緑茶を輸出するときの表示ルールは？", COVERED)
    assert [m.code for m in of_another_market("FDAの登録は？", rule)] == ["US"]
