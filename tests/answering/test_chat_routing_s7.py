"""Session-6 trial routing defects replayed through POST /v1/chat (no LLM): comparisons get
both checklists side by side (A21), a second request in one message is done after the first
(A22), and a thank-you is answered as one (A24)."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from tests.agent.conftest import chat, final
from tests.answering.test_chat_api import ask, client, container
from tests.auth.fixtures import Keys, keys

__all__ = ["client", "container", "keys"]
pytestmark = pytest.mark.slow


def calls(done: dict[str, Any], name: str) -> list[dict[str, Any]]:
    return [c["arguments"] for c in done["tool_calls"] if c["name"] == name]


def test_two_markets_compared_side_by_side(client: TestClient, keys: Keys) -> None:
    # the trial asked for the US and Canada; the slice covers the US and the EU
    done = ask(client, keys, "アメリカとEUで抹茶の規制を比較して")
    assert not done["escalated"]
    assert calls(done, "build_checklist") == [{"product": "抹茶", "destinations": ["US", "EU"]}]
    text = done["answer"]
    assert text.startswith("抹茶の要件を米国と")
    assert "違いのある分野:" in text and "共通の分野:" in text
    lines = text.splitlines()
    assert any("米国のみ:" in line and "FDA" in line for line in lines)  # facility registration
    # each line reads 「分野 — 米国のみ: … / EUのみ: …」: the EU's side names no FDA rule
    assert all("FDA" not in line.split("EUのみ:", 1)[1] for line in lines if "EUのみ:" in line)
    (payload,) = [p for p in done["payloads"] if p["kind"] == "checklist"]
    assert [c["destination"] for c in payload["data"]["checklists"]] == ["US", "EU"]


def test_two_products_in_one_market_compared(client: TestClient, keys: Keys) -> None:
    done = ask(client, keys, "抹茶と日本酒をアメリカに輸出。それぞれの要件を比べて")
    assert [c["product"] for c in calls(done, "build_checklist")] == ["抹茶", "日本酒"]
    text = done["answer"]
    assert text.startswith("米国の要件を抹茶と日本酒で比べました")
    assert "日本酒のみ:" in text and "酒" in text.split("日本酒のみ:", 1)[1]


def test_english_comparison_in_english(client: TestClient, keys: Keys) -> None:
    done = ask(client, keys, "Compare the rules for green tea in the US and the EU")
    assert calls(done, "build_checklist")[0]["destinations"] == ["US", "EU"]
    assert "Where they differ:" in done["answer"] and "only the United States:" in done["answer"]


def test_hs_code_then_the_duty_on_that_code(client: TestClient, keys: Keys) -> None:
    done = ask(client, keys, "米菓のHSコードを調べて、そのコードでEUの関税を教えて")
    names = [c["name"] for c in done["tool_calls"]]
    assert names.index("suggest_hs_codes") < names.index("lookup_duties")
    assert calls(done, "lookup_duties") == [{"hs_code": "190590", "market": "EU"}]
    text = done["answer"]
    assert text.index("1905.90") < text.index("TARIC")


def test_thanks_is_answered_as_thanks(client: TestClient, keys: Keys) -> None:
    done = ask(client, keys, "ありがとうございました")
    assert done["answer"].startswith("どういたしまして") and "こんにちは" not in done["answer"]
    assert not done["escalated"] and not done["tool_calls"]


def test_a_message_with_nothing_to_answer_asks_to_rephrase(client: TestClient, keys: Keys) -> None:
    """Trial A8: 「？」 got English battery-passport sentences and a draft for an advisor."""
    for message in ("？", "あいうえお"):  # a Japanese user (the request's language)
        done = final(chat(client, keys.exporter, message=message, language="ja"))
        assert done["answer"].startswith("ご質問の内容が読み取れませんでした"), done["answer"]
        assert not done["escalated"] and not done["citations"]
    english = final(chat(client, keys.exporter, message="?"))
    assert english["answer"].startswith("I could not tell what you are asking")
    follow = ask(client, keys, "アメリカに緑茶を輸出したい。何が必要？", "いつまでに？")
    assert not follow["answer"].startswith("ご質問の内容が読み取れませんでした")
