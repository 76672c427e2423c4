"""The product phrase a tool receives, and a follow-up that only names a material."""

from __future__ import annotations

import pytest

from export_assist.answering.followup import material_answer, resolve_history
from export_assist.answering.hs import hs_query
from export_assist.answering.phrase import product_phrase
from export_assist.answering.understand import understand

COVERED = frozenset({"US", "DE", "FR", "CA", "GB", "HK", "SG", "EU", "TH"})


@pytest.mark.parametrize(
    ("message", "phrase"),
    [
        ("ステンレス包丁をカナダに輸出する場合の関税率は？", "ステンレス包丁"),
        ("香港で冷凍和牛の輸入業者を探しています", "冷凍和牛"),
        (
            "抹茶パウダーをシンガポールに輸出するためのチェックリストを作ってください",
            "抹茶パウダー",
        ),
        ("柚子胡椒（瓶詰め 80g）をドイツに輸出したいです", "柚子胡椒"),
        ("緑茶500kg、単価2,000円/kgでインボイスを作って", "緑茶"),
        ("うちの会社は従業員5人の町工場です。金属加工部品をタイに輸出したい。", "金属加工部品"),
        (
            "Find buyers for our stainless steel kitchen knives in the UK",
            "stainless steel kitchen knives",
        ),
        ("I want to export frozen wagyu beef to Hong Kong", "frozen wagyu beef"),
        ("Which HS code fits matcha powder?", "matcha powder"),
        (
            "冷凍のホタテ（貝柱）のHSコード",
            "冷凍のホタテ（貝柱）",
        ),  # the form named in brackets stays
        ("竹の箸のHSコードを教えてください", "竹の箸"),
        ("ドイツのお茶のバイヤーを探しています", "お茶"),
        ("I make cotton towels in Imabari. Find me buyers in the UK.", "cotton towels"),
        # a word ending in 産 joined by の keeps its 産 (「国産」 is trimmed as an origin)
        ("不動産の登記に必要な書類は？", "不動産の登記"),
        ("国産の緑茶をドイツに送りたい", "国産の緑茶"),
    ],
)
def test_the_phrase_is_the_product_not_the_request(message: str, phrase: str) -> None:
    q = understand(message, COVERED)
    assert q.phrase == phrase
    assert product_phrase(message, q.product) == phrase


def test_a_bare_material_answer_is_told_apart_from_a_question() -> None:
    assert material_answer("綿です") == "綿"
    assert material_answer("It's cotton.") == "cotton"
    assert material_answer("綿製タオルをアメリカに輸出したい") == ""


def test_a_material_answer_refines_the_product_asked_about() -> None:
    q = resolve_history(["このタオルのHSコードは？"], "綿です", COVERED)
    assert q.intent == "hs" and q.product == "タオル" and q.material == "cotton"
    assert hs_query(q) == "綿タオル"
    duty = resolve_history(["このタオルのHSコードは？", "綿です"], "アメリカへの関税は？", COVERED)
    assert duty.destinations == ["US"] and hs_query(duty) == "綿タオル"


def test_a_question_of_its_own_after_a_checklist_is_not_the_checklist_again() -> None:
    earlier = ["緑茶をアメリカに輸出したいです。何が必要ですか？"]
    when = resolve_history(earlier, "FDAの事前通知はいつまでに出せばいい？", COVERED)
    assert when.intent == "regulation" and when.qtype == "when" and when.destinations == ["US"]
    among = resolve_history(earlier, "その中で一番時間がかかるのは？", COVERED)
    assert among.intent == "checklist"


@pytest.mark.parametrize(
    "text", ["Please prepare a commercial invoice", "Make a packing list please"]
)
def test_a_document_request_without_goods_names_no_product(text: str) -> None:
    # the document asked for is not the product: the form must still ask for the goods
    assert product_phrase(text) == ""


def test_the_goods_of_a_document_request_are_the_product() -> None:
    text = "Please draft a proforma invoice and packing list for 200 cans of matcha"
    assert product_phrase(text) == "matcha"


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # s7 trial T6-T8, T11: the tool got 「緑茶」, 「冷凍ブリ」, 「電動工具」, 「製の工作機械」
        ("緑茶のティーバッグのHSコードを教えて", "緑茶のティーバッグ"),
        ("冷凍ブリ（フィレ）のHSコードは？", "冷凍ブリ（フィレ）"),
        ("電動工具（充電式ドリル）のHSコードを知りたい", "電動工具（充電式ドリル）"),
        ("インドに日本製の工作機械を輸出したい。関税はいくら？", "工作機械"),
        # sizes in a bracket and request words after の are no part of the product
        ("電気ケトル（家庭用、1.2L）をドイツに輸出したい", "電気ケトル"),
        ("抹茶のバイヤーを探して", "抹茶"),
        ("化粧水のラベルに何を書く？", "化粧水"),
        ("日本酒のメーカーです。アメリカに輸出したい", "日本酒"),
    ],
)
def test_the_phrase_keeps_the_kind_the_user_named(text: str, phrase: str) -> None:
    assert product_phrase(text, understand(text, COVERED).product) == phrase
    assert understand(text, frozenset()).phrase == phrase  # no market known: the same phrase


def test_two_product_words_in_one_phrase_give_it_once() -> None:
    # the HS tool got 「緑茶のティーバッグ 緑茶のティーバッグ」 and ranked bags first
    assert (
        product_phrase("緑茶のティーバッグのHSコードを教えて", "緑茶 ティーバッグ")
        == "緑茶のティーバッグ"
    )
