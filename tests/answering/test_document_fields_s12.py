"""Session-12 document requests said all in one message (s11 trial X4, X9, X17): a unit size
is part of the goods' name, never their quantity; a count per carton times the cartons is
the quantity; company names lend no word to the goods; the exporter's address after a
space, the ports, and a city in Japanese filled in its Latin name. New sentences of the
same kinds as the trial's."""

from __future__ import annotations

from export_assist.answering.cities import latin_name
from export_assist.answering.shipment_fields import extract, form_answer, merge
from export_assist.answering.understand import understand

COVERED = frozenset({"US", "VN", "TH", "SG", "TW", "DE", "EU"})


def fields(text: str) -> dict[str, str]:
    return merge([extract(text, understand(text, COVERED))]).fields


def test_a_bottle_size_and_a_count_per_carton_are_no_product_and_no_quantity() -> None:
    earlier = extract(m := "台湾に焼酎を輸出したい", understand(m, COVERED))
    said = "900ml瓶を6本入りで30カートン出荷します。インボイスを作成してください"
    now = extract(said, understand(said, COVERED))
    got = merge([earlier, now]).fields
    assert got["product"] == "焼酎 900ml瓶"
    assert got["quantity"] == "180 本" and got["packages"] == "30"
    english = fields("Invoice please: 40 cartons of 24 cans of green tea 350ml, FOB Kobe")
    assert english["quantity"] == "960 cans" and english["packages"] == "40"
    assert english["product"] == "green tea 350ml"


def test_everything_in_one_packing_list_message_lands_in_its_own_field() -> None:
    got = fields(
        "パッキングリストを作ってください。冷凍カツオたたき 500g袋 x 800袋、単価900円、"
        "買い手はBangkok Marine Foods Co., Ltd.（バンコク）、CIF レムチャバン、"
        "輸出者は土佐海産株式会社 高知県土佐市宇佐町3-4、正味400kg 総重量450kg 40カートン、"
        "L/C、海上輸送 神戸港からレムチャバン港"
    )
    assert got["product"] == "冷凍カツオたたき 500g袋"  # no word of either company
    assert got["quantity"] == "800 袋" and got["packages"] == "40"
    assert got["weights"] == "正味400kg、総重量450kg"  # the bag size is no weight
    assert got["exporter"] == "土佐海産株式会社"
    assert got["exporter_address"] == "高知県土佐市宇佐町3-4"
    assert got["buyer"] == "Bangkok Marine Foods Co., Ltd." and got["buyer_address"] == "Bangkok"
    assert got["incoterm"] == "CIF Laem Chabang"
    assert (got["port_of_loading"], got["port_of_discharge"]) == ("Kobe", "Laem Chabang")


def test_a_city_alone_is_filled_and_its_street_still_asked() -> None:
    text = "Saigon Kitchen JSC（ホーチミン市）に冷凍うなぎ 200袋、単価1,500円、FOB 博多でインボイスを作って"
    q = understand(text, COVERED)
    draft = merge([extract(text, q)])
    assert draft.fields["product"] == "冷凍うなぎ"  # not 「Kitchen 冷凍うなぎ」
    assert draft.fields["buyer_address"] == "Ho Chi Minh City"
    assert draft.fields["incoterm"] == "FOB Hakata"
    assert "buyer_address" in draft.missing()
    assert "買主の住所の番地・通り名" in form_answer(draft, q)


def test_the_ports_said_as_such_and_an_air_route() -> None:
    said = fields("積出港は清水、仕向港はロサンゼルスです。パッキングリストを作成してください")
    assert (said["port_of_loading"], said["port_of_discharge"]) == ("Shimizu", "Los Angeles")
    air = fields("インボイスを作って。成田空港からシンガポール空港へ航空便で")
    assert air["port_of_loading"] == "Narita Airport" and air["transport"] == "航空輸送"


def test_latin_names_of_cities_and_ports() -> None:
    assert latin_name("ハノイ市") == "Hanoi" and latin_name("苫小牧港") == "Tomakomai"
    assert latin_name("関西空港") == "Kansai Airport" and latin_name("Busan") == "Busan"
    assert latin_name("どこか") == ""


def test_a_japanese_name_with_an_english_gloss_is_two_names() -> None:
    # s11: 品名 「抹茶 tea」 mixed the languages on a Japanese form
    got = fields("ほうじ茶（roasted green tea）を200袋、単価6ドルでインボイスを作成してください")
    assert got["product"] == "ほうじ茶" and got["description_en"] == "roasted green tea"
    assert fields("USBケーブルを50個、単価10ドルでインボイスを作って")["product"] == "USBケーブル"
