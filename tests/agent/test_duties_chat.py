"""A duty question with an HS code and a market goes to lookup_duties: the official lookup
with the code filled in (no API enabled: no network), the note that no rate is guessed, in
the question's language, and the lookup as the payload the widget shows."""

from __future__ import annotations

from fastapi.testclient import TestClient

from tests.agent.conftest import Keys, chat, final


def test_a_japanese_duty_question_gets_the_official_lookup(client: TestClient, keys: Keys) -> None:
    done = final(
        chat(client, keys.exporter, message="HS 0902.10の緑茶を米国に輸出するときの関税率は？")
    )
    assert [c["name"] for c in done["tool_calls"]] == ["lookup_duties"]
    assert "https://hts.usitc.gov/search?query=0902.10" in done["answer"]
    assert "推測して表示することはしません" in done["answer"]
    payload = done["payloads"][0]
    assert payload["kind"] == "duties" and payload["data"]["source"] == "links_only"
    assert payload["data"]["rates"] == []


def test_an_english_duty_question_for_the_eu(client: TestClient, keys: Keys) -> None:
    message = "What is the import duty on HS 0902.10 green tea in Germany?"
    done = final(chat(client, keys.exporter, message=message, language="en"))
    assert [c["name"] for c in done["tool_calls"]] == ["lookup_duties"]
    assert "taric/measures.jsp?Lang=en&Taric=0902100000&Area=JP" in done["answer"]
    assert "never show a guessed rate" in done["answer"]


def test_a_duty_question_without_a_code_is_not_a_lookup(client: TestClient, keys: Keys) -> None:
    done = final(chat(client, keys.exporter, message="緑茶を米国に輸出するときの関税率は？"))
    assert "lookup_duties" not in [c["name"] for c in done["tool_calls"]]
