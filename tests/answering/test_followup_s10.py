"""Session-10 question understanding: a follow-up that changes only the market or only the
product re-asks the previous question, and the product phrase is a noun phrase of goods
(kana included), never a counter, a place or the request."""

from __future__ import annotations

import pytest

from export_assist.answering.followup import resolve_history, slot_only
from export_assist.answering.phrase import product_phrase
from export_assist.answering.swaps import swap_product
from export_assist.answering.understand import understand

COVERED = frozenset("US EU DE FR GB CN KR TW HK TH SG VN AU JP INTL".split())


@pytest.mark.parametrize(
    ("earlier", "message", "market", "asked"),
    [
        # qa7-t008: the same goods named again are no new question
        (
            "What labelling does Singapore require on our packaged miso?",
            "And if we sell the same miso in Hong Kong?",
            "HK",
            "What labelling does Hong Kong require on our packaged miso?",
        ),
        (
            "Which rules apply to selling our porcelain plates in Germany?",
            "And for the same plates in Taiwan?",
            "TW",
            "Which rules apply to selling our porcelain plates in Taiwan?",
        ),
        # 「じゃあ…だとどう違うの？」 asks the same question of the new market
        (
            "EUにお茶を輸出するときの農薬のルールを教えて",
            "じゃあ台湾だとどう違うの？",
            "TW",
            "台湾にお茶を輸出するときの農薬のルールを教えて",
        ),
        (
            "ドイツの雑貨店に漆塗りのお椀を卸したい。何か決まりある？",
            "同じお椀をイギリスにも出すなら？",
            "GB",
            "英国の雑貨店に漆塗りのお椀を卸したい。何か決まりある？",
        ),
    ],
)
def test_a_changed_market_re_asks_the_previous_question(
    earlier: str, message: str, market: str, asked: str
) -> None:
    got = resolve_history([earlier], message, COVERED)
    assert got.destinations == [market] and got.asked == asked
    assert got.inherited == ["question"]


def test_a_follow_up_with_a_question_of_its_own_is_no_re_ask() -> None:
    previous = understand("What labelling does Singapore require on our packaged miso?", COVERED)
    assert not slot_only("And in Hong Kong, who must register as a food importer?", previous)
    got = resolve_history(
        ["中国向けに日本酒を輸出したい。ラベルに何を書く？"],
        "台湾の輸入者は誰でもいいの？",
        COVERED,
    )
    assert got.destinations == ["TW"] and not got.asked


def test_a_changed_product_re_asks_the_previous_question() -> None:
    got = resolve_history(
        ["We're thinking of selling our kitchen knives in Germany. Anything special?"],
        "What if it's an electric hand mixer instead?",
        COVERED,
    )
    assert got.destinations == ["DE"] and got.phrase == "electric hand mixer"
    assert (
        got.asked
        == "We're thinking of selling our electric hand mixer in Germany. Anything special?"
    )
    ja = resolve_history(
        ["ドイツに日本酒を輸出したい。ラベルには何が必要？"], "焼酎だったら？", COVERED
    )
    assert ja.asked == "ドイツに焼酎を輸出したい。ラベルには何が必要？" and ja.destinations == [
        "DE"
    ]


def test_the_same_product_or_a_new_topic_is_no_product_swap() -> None:
    previous = understand("ドイツに日本酒を輸出したい", COVERED)
    assert swap_product(understand("日本酒のラベルは？", COVERED), previous) is None
    assert swap_product(understand("焼酎のラベルは何語？", COVERED), previous) is None


def test_a_label_date_is_a_label_item_not_a_deadline() -> None:
    # s9 trial V12: 「賞味期限は必要？」 asks whether the label needs it, not "by when"
    got = resolve_history(
        ["中国向けに日本酒を輸出したい。ラベルに何を書く？"], "賞味期限は必要？", COVERED
    )
    assert got.qtype == "yes_no" and got.destinations == ["CN"] and got.product == "日本酒"
    assert understand("賞味期限はいつまで？", COVERED).qtype == "when"


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("ベトナムに冷凍たこ焼きを輸出したい", "冷凍たこ焼き"),  # s9 trial V9: kana in the goods
        ("ベトナムにたこ焼きを輸出したい", "たこ焼き"),
        ("冷凍のうなぎ蒲焼をアメリカに輸出したい", "冷凍のうなぎ蒲焼"),  # V27: not 「蒲焼」
        (
            "キッチンばさみのHSコードは何番？",
            "キッチンばさみ",
        ),  # test7 t076: not 「キッチンばさみ 番」
        ("冷凍ほたてをEUに輸出するには施設認定が必要？", "冷凍ほたて"),  # V17: not the message
        ("弊社はせんべいを台湾に輸出したい", "せんべい"),
        ("新潟の酒蔵です。アメリカ向けの輸出で使える補助金を教えて", ""),  # a prefecture, 向け
        ("We are a small company in Niigata. Any support for a trade fair in the US?", ""),
        ("現地の輸入業者を探して", ""),  # s9 trial V9: 「現地」 is where, not what
    ],
)
def test_the_phrase_is_a_noun_phrase_of_goods(text: str, phrase: str) -> None:
    assert understand(text, COVERED).phrase == phrase
    assert product_phrase(text) == phrase


def test_a_counter_is_never_the_goods() -> None:
    # s9 trial V6: 「個」/「セット」 were read as the product
    assert product_phrase("500個を単価12ユーロで売ります") == ""
    assert product_phrase("20セットのインボイスを作って") == ""


def test_a_follow_up_keeps_the_kana_product_of_the_conversation() -> None:
    got = resolve_history(["ベトナムに冷凍たこ焼きを輸出したい"], "現地の輸入業者を探して", COVERED)
    assert got.intent == "buyers" and got.phrase == "冷凍たこ焼き" and got.destinations == ["VN"]


def test_issuing_a_document_asks_for_the_form() -> None:
    # s9 trial V28: a proforma to a buyer met at a German fair is a document request
    got = understand("ドイツの展示会で商談した相手にプロフォーマインボイスを出したい", COVERED)
    assert got.intent == "documents"
    assert (
        understand("We need to send a proforma invoice to our buyer", COVERED).intent == "documents"
    )
    assert understand("インボイスを出す必要がある？", COVERED).intent != "documents"


def test_a_product_the_message_names_wins_over_the_conversations() -> None:
    # s10 trial W2: チーズ buyers were searched as いちご buyers
    got = resolve_history(
        ["熊本のいちごを香港に送りたい。HSコードは？"],
        "台湾でチーズを扱うバイヤーを探して",
        COVERED,
    )
    assert got.intent == "buyers" and got.phrase == "チーズ" and got.destinations == ["TW"]


def test_shipment_details_after_the_form_stay_a_document_request() -> None:
    # s10 trial W3: the exporter and weights given after the form went to the regulation engine
    earlier = [
        "ドイツのHaus Kaffee GmbHに緑茶のティーバッグ300箱を単価8ユーロ、CIPハンブルク、航空便で出します。インボイスを作って"
    ]
    filled = "弊社は静岡茶業株式会社、静岡市葵区追手町1-1です。正味重量は90kg、総重量は110kg、10カートンです"
    assert resolve_history(earlier, filled, COVERED).intent == "documents"
    paid = "支払いはT/T前払い。買い手の住所はKaiserstr. 10, 20095 Hamburgです"
    assert resolve_history([*earlier, filled], paid, COVERED).intent == "documents"
    # a question after the form is a question
    asked = resolve_history(earlier, "ドイツでは緑茶の農薬の基準は？", COVERED)
    assert asked.intent != "documents"


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("お茶漬けの素をインドに輸出したい", "お茶漬けの素"),  # not 「お茶」 (tea)
        ("Please make a pro forma invoice and a packing list", ""),  # s10 trial W1
        ("支払いはT/T前払い。買い手の住所はKaiserstr. 10です", ""),  # 買い|手 is no goods
        # s9 trial V3/V11/V26: every item named, and the kind in the bracket
        ("ボールペンと手帳（文房具）をスウェーデンに輸出したい", "ボールペンと手帳（文房具）"),
        ("ノートと鉛筆をアメリカに輸出したい。子供向けの製品になる？", "ノートと鉛筆"),
        # one item, kind explained; a kana word keeps its modifier (s23: 「小菊の切り花」)
        ("けん玉（木製のおもちゃ）のHSコードは？", "けん玉 木製のおもちゃ"),
    ],
)
def test_more_phrases_are_goods_or_nothing(text: str, phrase: str) -> None:
    assert product_phrase(text, understand(text, COVERED).product) == phrase


def test_an_english_follow_up_without_goods_keeps_the_conversations() -> None:
    # qa7-d048, qa6-t005: "register", "sending them" were taken for a new product
    got = resolve_history(
        ["What do I need to sell our rice cooker in Australia?"],
        "Who has to register it there, us or the importer?",
        COVERED,
    )
    assert got.product == "rice cooker" and "product" in got.inherited
    sea = resolve_history(
        ["We're exporting lithium-ion e-bike batteries to a dealer in Australia."],
        "What do we need for sending them by sea?",
        COVERED,
    )
    assert sea.product == "batteries" and sea.phrase == "lithium-ion e-bike batteries"


def test_show_me_importers_is_a_buyer_request() -> None:
    # s10 trial W8: answered with Singapore's food labels
    assert understand("Show me importers of miso in Singapore", COVERED).intent == "buyers"


def test_a_weight_unit_is_no_modifier_of_the_goods() -> None:
    # s10 trial W8: 「kgの緑茶」
    text = "総重量2,400kg、正味2,000kgの緑茶をアメリカに送る"
    assert product_phrase(text, understand(text, COVERED).product) == "緑茶"
