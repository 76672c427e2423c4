"""Question understanding: markets (destination vs the exporter's home), products, topics,
question types, intents, and follow-ups (issue 9's examples)."""

from __future__ import annotations

import pytest

from export_assist.answering.followup import resolve_history, slot_only
from export_assist.answering.places import find_places
from export_assist.answering.understand import understand

COVERED = frozenset("US EU DE FR GB CN KR TW HK TH SG VN AU JP INTL".split())


def q(text: str):  # type: ignore[no-untyped-def]
    return understand(text, COVERED)


def test_japan_is_the_home_not_the_destination() -> None:
    got = q("ブラジルに日本酒を輸出するには？")
    assert got.destinations == [] and got.unsupported == ["BR"]
    assert got.product == "日本酒" and "alcohol" in got.categories and not got.japan_side


def test_unsupported_market_is_named() -> None:
    got = q("ケニアに中古車を輸出したい")
    assert got.unsupported == ["KE"] and got.product == "中古車" and got.intent == "checklist"


def test_destination_topic_and_product_in_english() -> None:
    got = q("Do I need a CE mark for a rice cooker in Germany?")
    assert got.destinations == ["DE"] and got.product == "rice cooker"
    assert "conformity_marking" in got.topics and got.qtype == "yes_no"


def test_japan_side_questions_keep_the_foreign_market_too() -> None:
    got = q("中国向けの工作機械に輸出許可は必要ですか？")
    assert got.japan_side and got.destinations == ["CN"] and got.markets == ["CN", "JP"]
    assert "export_control" in got.topics


def test_japan_alone_is_the_subject_of_a_japan_side_question() -> None:
    got = q("日本で輸出申告はどこに出しますか")
    assert got.japan_side and got.destinations == [] and got.markets == ["JP"]
    assert got.qtype == "who"


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("a buyer in Paris paying in USD", ["FR"]),
        ("FCA Tokyo to Hamburg", ["DE"]),
        ("ソウルの輸入者", ["KR"]),
        ("priced in EUR", ["EU"]),
        ("a German importer", ["DE"]),
        ("ドイツとフランスとイタリアに", ["DE", "FR", "IT"]),
        ("タイプの違いは？", []),
        ("日本茶を輸出", []),
    ],
)
def test_places_in_ja_and_en(text: str, codes: list[str]) -> None:
    got = q(text)
    assert got.destinations + got.unsupported == codes


def test_katakana_names_need_katakana_boundaries() -> None:
    assert [m.code for m in find_places("インドネシアとインド、タイル")] == ["ID", "IN"]


def test_intents_and_hs() -> None:
    assert q("このタオルのHSコードは？").intent == "hs"
    assert q("Which HS subheading covers matcha?").intent == "hs"
    assert q("Find buyers for Japanese tea in the US").intent == "buyers"
    assert q("Please prepare an invoice for 500 bottles").intent == "documents"
    assert q("What must a commercial invoice contain?").intent == "regulation"
    assert q("HS 0902.10 green tea").hs_code == "090210"
    assert q("綿100%のタオル").material == "cotton"
    assert "origin" not in q("please prepare it").topics  # 'prepare' is not 'EPA'


def test_slot_only_follow_up_re_asks_the_previous_question() -> None:
    assert slot_only("フランスの場合は？") and slot_only("And what about France?")
    assert not slot_only("フランスの表示ルールは？")
    got = resolve_history(
        ["ドイツに日本酒を輸出するときのラベル表示は？"], "フランスの場合は？", COVERED
    )
    assert got.destinations == ["FR"] and got.product == "日本酒"
    # the earlier question is re-asked of the new market, so retrieval reads France
    assert (
        got.topics == ["labelling"]
        and got.asked == "フランスに日本酒を輸出するときのラベル表示は？"
    )
    again = resolve_history(
        ["Which FTA can I use for exports to Malaysia?", "What about Canada?"],
        "And France?",
        COVERED,
    )
    assert again.asked == "Which FTA can I use for exports to France?" and again.topics == [
        "origin"
    ]


def test_follow_up_inherits_market_product_and_topic() -> None:
    got = resolve_history(
        ["米国に緑茶を輸出するには何が必要？"], "その中で一番時間がかかるのは？", COVERED
    )
    assert got.destinations == ["US"] and got.product == "緑茶"
    assert got.qtype == "when" and got.intent == "checklist"
    assert {"market", "product", "topic"} <= set(got.inherited)


def test_a_new_market_in_a_full_question_is_not_a_re_ask() -> None:
    got = resolve_history(["米国に緑茶を輸出したい"], "韓国の化粧品の表示は？", COVERED)
    assert got.destinations == ["KR"] and got.product == "化粧品" and not got.asked


def test_hs_question_asks_for_the_material_of_a_towel() -> None:
    from export_assist.answering.hs import hs_answer, hs_query
    from export_assist.domain.hs import HsSuggestion

    towel = q("このタオルのHSコードは？")
    assert hs_query(towel) == "タオル"
    cands = [
        HsSuggestion(code="630260", description="Cotton towels", score=3.0, reason=""),
        HsSuggestion(
            code="732393", description="Stainless steel kitchenware", score=0.5, reason=""
        ),
    ]
    text, asks = hs_answer(towel, cands, {"630260": "綿製のタオル"})
    assert asks and "素材" in text and "6302.60 綿製のタオル" in text and "7323" not in text
    whisky = q("ウイスキーのHSコードは？")
    text, asks = hs_answer(
        whisky, [HsSuggestion(code="220830", description="Whiskies", score=3.0, reason="")]
    )
    assert not asks and "2208.30" in text
    text, asks = hs_answer(q("綿100%のタオルのHSコードは？"), cands)
    assert not asks and text.startswith("最も近いHSコード(6桁)は 6302.60")


def test_japanese_product_words_that_touch_stay_one_word() -> None:
    covered = frozenset({"DE", "EU", "JP"})
    assert (
        understand("電気ケトル（家庭用、1.2L）をドイツへ輸出するチェックリスト", covered).product
        == "電気ケトル"
    )
    assert understand("緑茶と抹茶をドイツに輸出したい", covered).product == "緑茶 抹茶"
