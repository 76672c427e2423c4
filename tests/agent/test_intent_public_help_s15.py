"""Public help asked for in everyday words goes to the support programmes (s15: 「国の支援ってある？」,
"a public loan", insurance against a buyer who does not pay went to the regulation engine),
while a country's own scheme or a certificate's counter stays a regulation question."""

from __future__ import annotations

import pytest

from export_assist.agent.intent import IntentDetector

DETECT = IntentDetector(None).detect


@pytest.mark.parametrize(
    "text",
    [
        "はじめて海外に売る小さな窯元です。相談に乗ってくれる国の窓口ってありますか？",
        "展示会に行く旅費を県が出してくれる仕組みはある？",
        "試作品の開発費を助成してくれる制度ってある？",
        "取引先が代金を払わないときのために入れる保険はありますか？",
        "Is there any government support for a small brewery that wants to export?",
        "We worry the buyer will not pay. Is there insurance against non-payment?",
    ],
)
def test_public_help_in_plain_words_is_a_programme_question(text: str) -> None:
    assert DETECT(text) == "programmes"


@pytest.mark.parametrize(
    "text",
    [
        "中国の制度では化粧品の輸入に登録が必要ですか？",
        "相手国の検疫の制度を教えて",
        "米国の制度でFDAへの登録は必要？",
        "自由販売証明書はどこの窓口で申請しますか？",
        "What government agency inspects food imports in Singapore?",
    ],
)
def test_a_countrys_own_scheme_stays_a_regulation_question(text: str) -> None:
    assert DETECT(text) != "programmes"
