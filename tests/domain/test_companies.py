"""One recogniser of company names (issue 9): English legal forms beyond ASCII, Japanese
forms before or after the name and 〜社, without taking sentence openers, question words
or delivery terms for part of a name."""

from __future__ import annotations

import pytest

from export_assist.domain.companies import LEGAL_FORMS, companies, find_companies


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Is Pacific Rim Trading LLC in Los Angeles a safe buyer?", ["Pacific Rim Trading LLC"]),
        ("Our company, Yamada Tea Co., Ltd., exports matcha.", ["Yamada Tea Co., Ltd."]),
        ("to Ölmühle Berg AG, Hamburg", ["Ölmühle Berg AG"]),
        ("FCA Tokyo, buyer Green Leaf GmbH & Co. KG", ["Green Leaf GmbH & Co. KG"]),
        ("PT Sinar Jaya wants green tea", ["PT Sinar Jaya"]),
        ("Barilla S.p.A. and Nordic Foods Oy", ["Barilla S.p.A.", "Nordic Foods Oy"]),
        ("インドの輸入者 Sharma Fresh Foods Pvt Ltd の信用度", ["Sharma Fresh Foods Pvt Ltd"]),
        ("合計１２３,４５６円、Nordtee Import GmbH宛", ["Nordtee Import GmbH"]),
        ("取引先の田中商事株式会社は信用できますか", ["田中商事株式会社"]),
        ("株式会社ヤマダ製茶と(株)ミドリ", ["株式会社ヤマダ製茶", "(株)ミドリ"]),
        ("ネスレ社とA社の契約", ["ネスレ社", "A社"]),
    ],
)
def test_companies_are_named_with_their_legal_form(text: str, names: list[str]) -> None:
    assert companies(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "Which company must register with the FDA?",
        "Can a Japanese company export sake to Brazil?",
        "The Company must keep records.",
        "商社や弊社、当社の社員、社会保険",
        "Do I need CE marking at USD 5 a unit?",
    ],
)
def test_words_that_name_no_company(text: str) -> None:
    assert companies(text) == []


def test_every_listed_legal_form_is_recognised() -> None:
    for form in LEGAL_FORMS:
        assert companies(f"We sell to Acme Foods {form} in Lyon.") == [f"Acme Foods {form}"]


def test_positions_and_latin_only() -> None:
    text = "弊社は山田製茶株式会社です。Tee Haus GmbHに送ります。"
    found = find_companies(text)
    assert [text[c.start : c.end] for c in found] == ["山田製茶株式会社", "Tee Haus GmbH"]
    assert [c.name for c in find_companies(text, japanese=False)] == ["Tee Haus GmbH"]


def test_a_malaysian_or_indonesian_form_keeps_its_full_stop() -> None:
    """「Sinar Pantry Sdn. Bhd.向けに」: the name keeps "Bhd." (the s52 user trial's invoice showed
    "Sdn. Bhd" as the consignee)."""
    assert companies("クアラルンプールのSinar Pantry Sdn. Bhd.向けに") == ["Sinar Pantry Sdn. Bhd."]
    assert companies("PT Sinar Jaya Tbk.宛") == ["PT Sinar Jaya Tbk."]
    assert companies("Maju Trading Sdn Bhd ships") == ["Maju Trading Sdn Bhd"]


def test_a_name_written_into_japanese_text_keeps_a_first_word_that_opens_english_sentences() -> (
    None
):
    # 「ハノイのAn Phat Foods JSC向けに」: "An" is the name's, not an article (s54 user trial)
    assert companies("ハノイのAn Phat Foods JSC向けに出荷します") == ["An Phat Foods JSC"]
    # ... while an English sentence's opener is still no name
    assert companies("Is Pacific Rim LLC a real company?") == ["Pacific Rim LLC"]
