"""Session-8 hand-off routing through POST /v1/chat (no LLM): a checklist request for goods
the corpus does not cover, or for a covered and an uncovered market together, escalates;
a duty asked for a future year is a forecast, not a tariff lookup."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from tests.answering.test_chat_api import ask, client, container
from tests.auth.fixtures import Keys, keys

__all__ = ["client", "container", "keys"]
pytestmark = pytest.mark.slow


def names(done: dict[str, Any]) -> list[str]:
    return [c["name"] for c in done["tool_calls"]]


def test_a_checklist_for_goods_beyond_the_corpus_is_handed_off(
    client: TestClient, keys: Keys
) -> None:
    # before: the checklist tool asked what kind of product a blood-pressure monitor is,
    # or the engine's hand-off text came back with the turn not escalated
    done = ask(client, keys, "ドイツに家庭用の血圧計を輸出したい。必要な手続きは？")
    assert done["escalated"]
    assert "医療機器" in done["answer"] and "アドバイザー" in done["answer"]
    assert "build_checklist" not in names(done)


def test_a_covered_and_an_uncovered_market_in_one_checklist_request(
    client: TestClient, keys: Keys
) -> None:
    # before: the US overview alone, Brazil never named, nothing escalated
    done = ask(client, keys, "日本酒をアメリカとブラジルに輸出したい。必要な手続きは？")
    assert done["escalated"]
    text = done["answer"]
    assert "ブラジル" in text.split("\n", 1)[0]  # the opening says Brazil is not covered
    assert "米国" in text and "FDA" in text  # the US part is still answered
    (args,) = [c["arguments"] for c in done["tool_calls"] if c["name"] == "build_checklist"]
    assert args["destinations"] == ["US"]


def test_a_duty_in_a_future_year_is_a_forecast(client: TestClient, keys: Keys) -> None:
    done = ask(client, keys, "2035年にEUの緑茶の関税はどうなりますか？")
    assert done["escalated"] and "lookup_duties" not in names(done)
    assert "将来の見通し" in done["answer"]


def test_pet_food_is_handed_off_not_answered_with_alcohol_rules(
    client: TestClient, keys: Keys
) -> None:
    # trial U1: TTB importer permits and shochu labels for a dry chicken pet food
    done = ask(client, keys, "ペットフード（ドライタイプ、チキン原料）をアメリカに輸出できますか？")
    assert done["escalated"]
    assert "ペットフード" in done["answer"] and "TTB" not in done["answer"]


def test_a_first_time_exporter_gets_japans_steps_and_is_asked_the_market(
    client: TestClient, keys: Keys
) -> None:
    # trial T33: Hong Kong re-export and China beef sentences, later 「読み取れませんでした」
    done = ask(client, keys, "輸出したことがないのですが、何から始めればいいですか？")
    text = done["answer"]
    assert "読み取れませんでした" not in text
    assert text.rstrip().endswith("どの国・地域への輸出か教えてください(例: 米国、EU、中国)。")
    assert not done["escalated"]
    assert all(c["country"] in ("JP", "INTL", "") for c in done["citations"]), done["citations"]
