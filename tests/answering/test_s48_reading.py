"""Session 48 (issue 9): readings found on test44 and escalation_dev42 once they joined tuning.
Each test names the everyday question that showed the defect, and asks in new words."""

from __future__ import annotations

from export_assist.agent.intent import IntentDetector
from export_assist.answering.asked_side import onward
from export_assist.answering.coverage import content_terms
from export_assist.answering.everyday import rule_terms
from export_assist.answering.goods_words import names_paper
from export_assist.answering.hs_phrase import hs_product
from export_assist.answering.qtypes import question_type
from export_assist.answering.shipment_fields import extract
from export_assist.answering.shipment_route import ports
from export_assist.answering.swaps import new_market
from export_assist.answering.understand import understand
from export_assist.compliance.hs.ja_terms import english_terms
from export_assist.compliance.hs.states import fresh_only, is_dried_only

COVERED = frozenset("US EU DE FR GB CN KR TW HK SG VN AU IN TH ID MY PH AE CA ES".split())


def test_the_length_named_before_the_number_asked_is_a_code_lookup() -> None:
    # test44 t013 「インボイスに書く6桁のHSコードは何番になりますか？」 answered invoice rules
    q = understand("南部鉄器の急須をリヨンに送ります。6桁のHSコードは何番ですか？", COVERED)
    assert q.intent == "hs"
    # ... while the length itself asked is the code system's rule
    assert understand("HSコードは何桁で書けばいいですか？", COVERED).intent != "hs"


def test_the_goods_ordered_are_classified_not_the_party_ordering_them() -> None:
    # test44 t013: the team that ordered and 「インボイスに書く6桁」 were classified
    said = "岐阜で和傘を作っています。ミラノの雑貨店から番傘を3本注文されました。インボイスに書く6桁のHSコードは？"
    assert hs_product(said) == "番傘"
    # escalation_dev42 d009: "A cookware shop in Hamburg is ordering 200 pieces" classified boxes
    said = (
        "We're a small forge in Tosa making hatchets (steel heads, oak handles). "
        "A garden store in Lyon has ordered 60 pieces. What HS code goes on the invoice?"
    )
    assert hs_product(said) == "hatchets (steel heads, oak handles)"


def test_a_shop_named_by_its_goods_is_the_buyer_in_english_too() -> None:
    q = understand("We make kitchen knives in Seki; a cookware importer in Lyon wants 50.", COVERED)
    assert q.product == "knife" and "cookware" not in q.phrase
    assert understand("We grow apples. A fruit wholesaler in Taipei asked.", COVERED).product == (
        "apple"
    )


def test_mushrooms_of_their_own_subheading_have_english_words() -> None:
    # test44 t012: 生の松茸 found no HS candidate at all
    assert "matsutake" in english_terms("天然のまつたけ（生）")


def test_whether_the_exporter_may_write_its_own_origin_paper_is_a_question() -> None:
    # escalation_dev42 d004 「うちで自分で原産地の書類を書いて出すことはできますか？」 got the form
    q = understand(
        "毎回商工会議所に行くのが大変なので、原産地の書類を自社で作って出すことは可能ですか？",
        COVERED,
    )
    assert q.intent != "documents"


def test_a_meeting_the_exporter_takes_goods_to_is_no_programme_request() -> None:
    # test44 t020: rice samples for a business meeting got JETRO's programmes
    detect = IntentDetector(None).detect
    said = "バンコクの商談会に梨を少し持っていきます。植物の検査みたいな手続きは必要ですか？"
    assert detect(said) != "programmes"
    assert detect("ジェトロの商談会に参加したいのですが、支援はありますか？") == "programmes"


def test_goods_taken_on_to_a_banned_market_are_an_onward_export() -> None:
    # test44 t021 「中国で売るのではなく、北朝鮮のお客さんに持っていくそうです」
    assert onward("大連の商社経由ではなく、実際はロシアの工場に運ぶそうです")
    assert onward("香港で売るのではなく、別の国の会社に持っていくらしい")
    # a notification is not a delivery
    assert not onward("シンガポールの当局にどこに届け出ればいいですか")
    # ... and "not sold there" is no free shipment
    assert "無償特例" not in rule_terms("台湾で売るのではなく、別の会社に持っていくそうです")
    assert question_type("書類上は香港向けにしておけば大丈夫ですか？") != "documents"


def test_a_sales_trip_with_a_demo_unit_is_no_topic_and_a_suitcase_is_hand_luggage() -> None:
    # test44 t018 was handed off on 機種, 営業, デモ
    terms = content_terms(
        "この機種をデモ用に持って、営業でミラノに出張します。輸出許可は必要ですか？"
    )
    assert not {"機種", "デモ用"} & set(terms)
    assert "手荷物" in rule_terms("試作品をキャリーケースに入れて運びます")


def test_business_questions_of_a_subsidiary_or_a_shop_are_advice() -> None:
    # test44 t025 (a dividend), t028 (right to work); escalation_dev42 d017 (a showroom)
    advice = [
        "Our Thai subsidiary wants to send dividends to the parent in Kobe. Is tax taken?",
        "Before our new cashier in Leeds starts, how do we check she has the right to work?",
        "クアラルンプールにショールームを開く予定です。市の営業許可はいくらですか？",
    ]
    assert all(understand(said, COVERED).advice for said in advice)
    # selling to an importer who runs a shop is not the exporter's own shop
    q = understand("パリで食材店を開く輸入業者に味噌を卸します。表示は何語？", COVERED)
    assert not q.advice


def test_a_party_a_label_already_names_is_no_market_beside_the_one_sold_to() -> None:
    # test44 t036 「ラベルにはドイツの輸入代理店の社名と住所しか載っていません。イギリスで売るのに」
    q = understand(
        "今のラベルにはフランスの輸入者の住所が入っています。スペインでもこのまま売れますか？",
        COVERED,
    )
    assert q.destinations == ["ES"]
    said = "Our label only shows our German importer's name and address. Can we sell in Austria?"
    assert "DE" not in understand(said, COVERED).destinations
    # named alone, the importer's market is the one asked about
    assert understand(
        "ドイツの輸入者の住所をラベルに書く必要がありますか？", COVERED
    ).destinations == ["DE"]


def test_a_paper_named_in_a_follow_up_keeps_the_conversations_goods() -> None:
    # escalation_dev42 d008 「その証明書って、紙の原本を国際郵便で送らないと？」 lost the soy sauce
    assert names_paper("紙の原本") and names_paper("証明書の写し")
    assert not names_paper("醤油")
    # ... and a paper original sent by post is answered where certificates are PDFs now
    assert "PDFで発給" in rule_terms("証明書は郵送で原本を送る必要がありますか？")
    assert "手間取" not in content_terms("前に書類の郵送に手間取ったので、EPAの証明書を早めに")


def test_the_s48_trial_readings() -> None:
    # a route said after how the goods go, without 港 or 空港, and a deferred payment in days
    assert ports("船便で博多から釜山までです。") == (
        {"port_of_loading": "Hakata", "port_of_discharge": "Busan"},
        "sea",
    )
    said = "台北の林商行に梅干し100箱、単価800円、FOB 博多、支払いは60日後払いでお願いします。"
    assert extract(said, understand(said, COVERED)).fields["payment"] == "60日後払い"
    # a label as it is now, asked whether it may be sold with, is no forecast
    q = understand("今のパッケージのまま台湾で売れますか？", COVERED)
    assert not q.advice
    # fruit the HS words know by their other spellings; fresh goods put dried codes after
    assert "cherries" in english_terms("佐藤錦のサクランボ")
    assert fresh_only("生のいちじく") and not fresh_only("干しいちじく")
    assert is_dried_only("Fruit, edible; grapes, dried")
    assert not is_dried_only("Fruit, edible; dates, fresh or dried")


def test_new_goods_and_markets_after_an_hs_code_are_a_new_question() -> None:
    before = understand("台北にりんごを送ります。HSコードは？", COVERED)
    after = understand(
        "大阪で刃物を作っています。バンコクの問屋に包丁を出しても大丈夫ですか？", COVERED
    )
    assert new_market(after, before)
    assert not new_market(understand("同じりんごをシンガポールにも出したい", COVERED), before)


def test_the_shop_the_goods_are_sent_to_is_not_classified() -> None:
    # s48 trial: 「台北の果物店に生のさくらんぼを送ります」 classified the shop and the cherries
    said = "福島で桃を作っています。香港のスーパーに生の桃を送ります。HSコードは何番ですか？"
    assert hs_product(said) == "生の桃"
    # a shop sold to, with no goods after it, still names none
    assert (
        hs_product("木のけん玉を作っています。海外の雑貨店に卸します。HSコードは？") == "木のけん玉"
    )
