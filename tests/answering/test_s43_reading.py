"""Session 43 (issue 9 items 1-5): readings found on test39 (tuning since session 43),
replayed here in new words.

- Money the question states is an amount a line is drawn on, per currency: a parcel worth
  15万円 falls under 「20万円以下なら輸出申告は不要」 (test39 t012 was told a declaration is
  needed), and that line opens the answer (an exception to it does not); a unit price is no
  such amount.
- Wanting to screen a buyer is the setting when the question asks which list to check (the End
  User List, test39 t016 was handed off as a named-party check); asked for a named party, it
  stays a hand-off; a list to check a buyer against (「どのリストを確認すれば」) is no buyer search
  (the session 43 user trial got a shortlist).
- Goods the message names beside a shop named by its goods are the product, the shop's goods
  their kind: 「和菓子店です。…最中を輸出する」 is 「最中（和菓子）」 (the trial's checklist said 和菓子).
- A buyer paying late and the interest on it, and tax withheld on a service fee abroad, are
  advice no regulation gives (escalation_dev37 d023 and d024 were answered from product safety
  and tariff documents)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from export_assist.answering.engine import AnswerEngine
from export_assist.answering.thresholds import asked_amounts, falls_on, line_first
from export_assist.answering.understand import understand
from tests.answering.conftest import index_slice

SLICE = [
    "jp/jp-export-procedure-overview.md",
    "jp/jp-fefta-catch-all-end-user-list.md",
    "jp/jp-export-control-classification.md",
]


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[AnswerEngine]:
    built = index_slice(Path(tmp_path_factory.mktemp("s43")), SLICE)
    yield built.answer_engine
    built.close()


@pytest.mark.parametrize(
    ("said", "amounts"),
    [
        ("内容品は合計18万円の陶器を郵便で送ります。申告は要る？", [(180_000.0, "JPY")]),
        (
            "A parcel worth JPY 250,000 in all goes by EMS. Declaration needed?",
            [(250_000.0, "JPY")],
        ),
        ("Our consignment to Melbourne is AUD 1,400. Which form?", [(1400.0, "AUD")]),
        ("香港の客に300香港ドル分の菓子を送る。", [(300.0, "HKD")]),
        ("1本4,000円の焼酎を120本、郵便で送ります。申告は要る？", []),
        ("単価2,200円の湯呑みを送ります。", []),
        ("Mugs at USD 15 each, 200 of them.", []),
    ],
)
def test_money_stated_is_an_amount_and_a_unit_price_is_not(
    said: str, amounts: list[tuple[float, str]]
) -> None:
    assert asked_amounts(said) == amounts


def test_money_falls_on_its_own_currencys_line() -> None:
    yen = asked_amounts("合計12万円の漆器をEMSで送ります。輸出申告は必要ですか？")
    assert falls_on("内容品の合計価格が20万円以下なら輸出申告は不要です。", yen)
    assert not falls_on("内容品の合計価格が20万円を超える郵便物は輸出申告が必要です。", yen)
    assert not falls_on("Goods worth USD 800 or less enter duty free.", yen)
    pounds = asked_amounts("We post a GBP 60 teapot to a shopper in Leeds. Who collects VAT?")
    assert falls_on("Consignments of GBP 135 or less: VAT at the point of sale.", pounds)
    assert not falls_on("Consignments over GBP 135: import VAT at the border.", pounds)


def test_a_parcel_under_the_postal_line_is_told_no_declaration(engine: AnswerEngine) -> None:
    said = (
        "有田焼の窯元です。シンガポールの個人客に皿をEMSで送ります。中身は全部で9万円です。"
        "税関に輸出申告しないといけませんか？"
    )
    answer = engine.answer(engine.understand(said))
    # the line the amount falls on answers first, before the card on export declarations (the
    # slice holds no Singapore document, so a line saying so comes before both)
    text = answer.text
    assert "20万円以下なら税関への輸出申告は不要" in text, text
    assert text.index("20万円以下なら") < text.index("日本側では"), text


def test_a_parcel_over_the_postal_line_is_told_it_needs_one(engine: AnswerEngine) -> None:
    said = (
        "九谷焼の皿を合計28万円分、EMSでシンガポールの店に送ります。税関で何か手続きが要りますか？"
    )
    answer = engine.answer(engine.understand(said))
    text = answer.text
    assert not answer.escalate and "20万円を超える" in text, text
    assert text.index("20万円を超える") < text.index("日本側では"), text


def test_the_rule_comes_before_its_exception() -> None:
    lines = [
        "Card line.",
        "• 20万円以下でも、許可が必要な品物は事前の検査を受けます。",
        "• 内容品の合計価格が20万円以下なら輸出申告は不要です。",
    ]
    line_first(lines, 1, "合計9万円の湯呑みをEMSで送ります。申告は？", "• ")
    assert lines[0] == "内容品の合計価格が20万円以下なら輸出申告は不要です。", lines
    unchanged = list(lines)
    line_first(lines, 1, "単価900円の湯呑みをEMSで送ります。申告は？", "• ")
    assert lines == unchanged


def test_asking_which_list_to_screen_against_is_answered(engine: AnswerEngine) -> None:
    said = (
        "We make industrial sensors in Nagoya and want to screen this buyer in Bangkok before "
        "the first order. What list does METI publish of end users of concern?"
    )
    answer = engine.answer(engine.understand(said))
    assert not answer.escalate, answer.text
    assert "End User List" in answer.text, answer.text


def test_screening_a_named_party_stays_with_an_advisor(engine: AnswerEngine) -> None:
    answer = engine.answer(engine.understand("Can you screen our buyer, Hanoi Star Co., Ltd.?"))
    assert answer.escalate, answer.text


@pytest.mark.parametrize(
    "said",
    [
        "Our buyer in Lyon keeps paying 45 days late. Can we add statutory interest?",
        "台湾の取引先からの入金がもう2か月遅れています。遅延利息は請求できますか？",
        "インドネシアの工場で据付指導をします。指導料に源泉税はかかりますか？",
        "What withholding tax does Vietnam charge on our engineer's service fee?",
    ],
)
def test_late_payment_and_tax_withheld_on_fees_go_to_an_advisor(
    engine: AnswerEngine, said: str
) -> None:
    answer = engine.answer(engine.understand(said))
    assert answer.escalate, answer.text


@pytest.mark.parametrize(
    "said",
    [
        "神戸の商社です。新しい取引先に部品を出す前に相手を確認したいのですが、経済産業省が公表しているどのリストを確認すればいいですか？",
        "Before our first shipment to a new distributor, which list should we check the buyer against?",
    ],
)
def test_a_list_to_check_a_buyer_against_is_no_buyer_search(
    engine: AnswerEngine, said: str
) -> None:
    q = engine.understand(said)
    assert q.intent != "buyers", q
    answer = engine.answer(q)
    assert "外国ユーザーリスト" in answer.text or "End User List" in answer.text, answer.text


@pytest.mark.parametrize(
    ("said", "phrase"),
    [
        (
            "京都の和菓子店です。台湾向けに最中を輸出するチェックリストを作ってください。",
            "最中（和菓子）",
        ),
        ("京都の和菓子店です。台湾向けにチェックリストを作ってください。", "和菓子"),
    ],
)
def test_goods_named_beside_the_shop_are_the_product(said: str, phrase: str) -> None:
    assert understand(said, frozenset({"TW"})).phrase == phrase
