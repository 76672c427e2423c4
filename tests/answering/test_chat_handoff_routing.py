"""Hand-offs that must not be answered by a tool (issue 9 item 3), through POST /v1/chat
(no LLM): a dispute with a distributor is no buyer search, a duty in a future year is no
tariff lookup, a market named by its capital is named as not covered."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from tests.answering.test_chat_api import ask, client, container
from tests.auth.fixtures import Keys, keys

__all__ = ["client", "container", "keys"]
pytestmark = pytest.mark.slow


def called(done: dict[str, Any]) -> list[str]:
    return [c["name"] for c in done["tool_calls"]]


def test_a_lawsuit_against_a_distributor_hands_off_without_buyers(
    client: TestClient, keys: Keys
) -> None:
    done = ask(
        client,
        keys,
        "アメリカの代理店が代金を半年払ってくれません。訴訟を起こすべきか教えてください。",
    )
    assert "shortlist_buyers" not in called(done)
    assert done["escalated"] and "紛争・訴訟・代金回収" in done["answer"]


def test_a_duty_in_a_future_year_is_no_tariff_lookup(client: TestClient, keys: Keys) -> None:
    done = ask(client, keys, "What will the US duty on Japanese green tea be in 2031?")
    assert "lookup_duties" not in called(done)
    assert done["escalated"] and "2031" in done["answer"]


def test_a_market_named_by_its_capital_is_named_as_not_covered(
    client: TestClient, keys: Keys
) -> None:
    done = ask(client, keys, "アディスアベバの取引先に緑茶を送りたいです。現地の輸入手続きは？")
    assert "shortlist_buyers" not in called(done)
    assert done["escalated"] and "エチオピア" in done["answer"]
