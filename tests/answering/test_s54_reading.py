"""Session-54 readings (issue 9): what tuning test50 and escalation_dev48 showed the engine
misread, each checked here in new words. A sentence of an HS question that ends denying
(「…ものではありません」) names no goods, and a thing said as 「…したもの」 points back to the goods
named before; goods the message sets apart (「食品以外の」) are not its goods; a follow-up that points back to
「同じ商品」 keeps the conversation's goods; a tax on plastic packaging and an online shop's
grievance officer are matters no document answers; and everyday words name the sentence that
answers: goods given without payment still need the licence, a licence exception is declared
at customs, and one filing holds in every member state; a document request's goods said with
their pack size and a particle before the count (「冷凍今川焼き500g袋を800袋」) are still the goods;
what can happen to a shipment made without the filing asks the penalty; a supplier's country the
exporter buys from, or a factory's where the goods were made, is no market."""

from __future__ import annotations

import pytest

from export_assist.answering.everyday import corpus_words, rule_terms
from export_assist.answering.followup import resolve_history
from export_assist.answering.handoff import advice_kinds
from export_assist.answering.hs_phrase import hs_product
from export_assist.answering.qtypes import question_type
from export_assist.answering.shipment_fields import extract, merge
from export_assist.answering.understand import understand

COVERED = frozenset({"TH", "VN", "DE", "EU", "FR", "ES", "US", "KR", "MY", "IN", "SG", "GB"})


def test_a_sentence_that_ends_denying_names_no_goods() -> None:
    said = (
        "新潟の燕でステンレスの鍋を作っています。取っ手は取り外せるもので、電気で温めるものでは"
        "ありません。HSコードは？"
    )
    assert hs_product(said) == "新潟の燕でステンレスの鍋"
    # ... nor one that only lists what is in the goods and what is not
    said = "長野でそばの乾麺を作っています。そば粉と小麦粉だけで、卵は入れていません。HSコードは？"
    assert hs_product(said) == "そばの乾麺"


def test_the_codes_length_said_after_the_shop_names_no_goods() -> None:
    said = "燕で爪切りを作っています。パリの雑貨店に出す6桁のHSコードは？"
    assert hs_product(said) == "爪切り"


def test_a_thing_said_as_what_was_made_points_back_to_the_goods() -> None:
    said = (
        "長野でそばの乾麺を作っています。ゆでる前に乾かしたものを箱に詰めて出します。HSコードは？"
    )
    assert hs_product(said) == "そばの乾麺"


@pytest.mark.parametrize(
    "said",
    [
        "シンガポールでは食品以外の雑貨にも表示義務がありますか？うちは木の器を作っています。",
        "We make non-food goods such as wooden trays. Which labels does Singapore require?",
    ],
)
def test_goods_the_message_sets_apart_are_not_its_goods(said: str) -> None:
    assert "food" not in understand(said, COVERED).categories


def test_goods_named_as_the_goods_keep_their_kind() -> None:
    assert (
        "food"
        in understand(
            "食品のラベルについて教えてください。味噌を作っています。", COVERED
        ).categories
    )


@pytest.mark.parametrize(
    ("first", "then"),
    [
        (
            "群馬でハンドクリームを作っています。ドイツの輸入者が責任者になってくれます。"
            "EUで化粧品を売る準備を教えてください。",
            "ドイツで届け出を済ませたら、スペインの店にも同じ商品を出したいです。国ごとに届け出が要りますか？",
        ),
        (
            "We make hand cream in Gunma. What do we need to sell it in the EU?",
            "After notifying in Germany, we want to sell the same products in Spain. Do we notify again?",
        ),
    ],
)
def test_a_follow_up_pointing_back_to_the_same_goods_keeps_them(first: str, then: str) -> None:
    q = resolve_history([first], then, COVERED)
    assert "product" in q.inherited
    assert "hand" in q.product or "ハンドクリーム" in q.product


@pytest.mark.parametrize(
    ("said", "group"),
    [
        ("ドイツの子会社がプラスチック包装税を払う必要はありますか？", "tax"),
        ("Our web shop sells to customers in India. Do we need a grievance officer?", "online"),
        ("インドのネット通販では苦情処理担当者を置く義務がありますか？", "online"),
    ],
)
def test_a_plastic_packaging_tax_and_a_grievance_officer_are_handed_off(
    said: str, group: str
) -> None:
    assert group in advice_kinds(understand(said, COVERED))


@pytest.mark.parametrize(
    ("said", "term"),
    [
        # goods given away still need the licence: the sentence that says so
        ("展示会で配るサンプルは無償でも許可が要りますか？", "無償であること自体"),
        (
            "評価用の部品を無償で送ります。無償でも経済産業省の許可は要りますか？",
            "無償であること自体",
        ),
        (
            "Do free samples still need an export licence if they are on the list?",
            "free of charge does not",
        ),
        # a licence exception used: what is left to do at customs
        ("特例を使う場合、通関で何か手続はありますか？", "税関に申告"),
        # a filing in one member state: where it holds
        ("ドイツで届け出たら、国ごとに届け出る必要がありますか？", "全加盟国に有効"),
    ],
)
def test_everyday_words_name_the_sentence_that_answers(said: str, term: str) -> None:
    assert term in rule_terms(said)


def test_goods_sent_without_payment_are_the_free_of_charge_exception() -> None:
    assert "無償特例" in corpus_words("代金を受け取らずに見本を送ります")


def test_goods_said_with_their_pack_size_before_the_count_are_the_goods() -> None:
    said = "バンコクの輸入者向けにパッキングリストを作ってください。冷凍今川焼き500g袋を800袋、単価は1袋400円、FOB神戸です。"
    fields = merge([extract(said, understand(said, COVERED))]).fields
    assert fields["product"] == "冷凍今川焼き 500g袋"
    assert fields["quantity"] == "800 袋"
    # a hiragana head said at the clause's start stays in the name
    said = (
        "台湾の輸入者にインボイスを作ってください。ゆず胡椒 80g瓶を500本、1本600円、FOB博多です。"
    )
    assert merge([extract(said, understand(said, COVERED))]).fields["product"] == "ゆず胡椒 80g瓶"


@pytest.mark.parametrize(
    "said",
    [
        "If we export without filing the notification, what can happen under the law?",
        "お米を届出なしで輸出したら、何か問題になりますか？",
    ],
)
def test_what_befalls_a_shipment_made_without_the_filing_asks_the_penalty(said: str) -> None:
    assert question_type(said) == "penalty"


@pytest.mark.parametrize(
    ("said", "markets"),
    [
        (
            "豊岡で鞄を作っています。イタリアの業者から仕入れた革を使った鞄を、台湾の百貨店に出します。何が必要ですか？",
            ["TW"],
        ),
        ("タイの工場で縫製したエプロンを日本から韓国に出します。原産地の扱いは？", ["KR"]),
        # a party there that orders, or that is sold to, still names the market
        ("タイの商社から注文が来ました。緑茶を出すには何が必要ですか？", ["TH"]),
    ],
)
def test_a_suppliers_or_factorys_country_is_no_market(said: str, markets: list[str]) -> None:
    assert understand(said, COVERED | {"IT", "TW"}).destinations == markets


def test_goods_named_as_a_partys_trade_are_no_goods() -> None:
    # 「果物輸入業者に」: the importer's trade, not the goods (the s54 trial's pears read 「梨 果物」)
    said = (
        "青森でりんごを作っています。バンコクの果物輸入業者に生のりんごを出します。何が必要ですか？"
    )
    assert understand(said, COVERED).product == "りんご"
