"""HS questions through POST /v1/chat (no LLM) on a data dir where `hs import` never ran
(issue 15; issue 9 item 5): the packaged nomenclature answers (a folding umbrella was
beef, nail clippers footwear, on the short default list), the tool gets the product with
its qualifiers and without the request's words, a negated attribute is left out, and a
Japanese question lists its options in Japanese."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from tests.answering.test_chat_api import ask, client, container
from tests.auth.fixtures import Keys, keys

__all__ = ["client", "container", "keys"]
pytestmark = pytest.mark.slow


def product(done: dict[str, Any]) -> str:
    return next(
        c["arguments"]["product"] for c in done["tool_calls"] if c["name"] == "suggest_hs_codes"
    )


@pytest.mark.parametrize(
    ("message", "sent", "code"),
    [
        (
            "折りたたみ傘（伸縮する柄のもの）のHSコードは？",
            "折りたたみ傘（伸縮する柄のもの）",
            "6601.91",
        ),
        ("What HS code do nail clippers fall under?", "nail clippers", "8214.20"),
        ("キッチンばさみのHSコードは何番？", "キッチンばさみ", "8213.00"),
        ("HS code for a stainless steel vacuum-insulated thermos bottle?", None, "9617.00"),
        (
            "南部鉄器の鉄瓶（ホーローなし）のHSコードを教えて",
            "南部鉄器の鉄瓶（ホーローなし）",
            "7323.91",
        ),
    ],
)
def test_hs_question_reaches_the_code_over_the_packaged_table(
    client: TestClient, keys: Keys, message: str, sent: str | None, code: str
) -> None:
    done = ask(client, keys, message)
    if sent is not None:
        assert product(done) == sent
    assert code in done["answer"]
    assert "0201" not in done["answer"]  # not beef: the short default list is gone
    assert "fresh or chilled" not in done["answer"]


def test_japanese_form_question_lists_japanese_options() -> None:
    from export_assist.compliance.hs.product import from_text
    from export_assist.compliance.hs.question import clarifying_question
    from export_assist.compliance.hs.table import packaged_table
    from export_assist.domain.hs import HsSuggestion

    table = packaged_table()
    cands = [
        HsSuggestion(code=c, description=table.describe(c), score=0.4, reason="", confidence=0.4)
        for c in ("030722", "030729")
    ]
    asked = clarifying_question(from_text("ホタテ貝柱"), cands, table)
    assert asked is not None and asked.attribute == "form"
    assert "冷凍" in asked.question_ja and "frozen" not in asked.question_ja
    assert "frozen" in asked.question_en


def test_green_tea_bags_are_tea_not_handbags(client: TestClient, keys: Keys) -> None:
    """s9 trial V23: 「ティーバッグ」 read as bags of 4202 and a material question."""
    done = ask(client, keys, "緑茶のティーバッグのHSコードは？")
    assert "0902.10" in done["answer"] and "4202" not in done["answer"]
    assert "素材" not in done["answer"]
