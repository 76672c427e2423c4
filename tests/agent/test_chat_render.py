"""The chat's final payload carries sanitised answer HTML, live and in the stored history."""

from __future__ import annotations

from fastapi.testclient import TestClient

from tests.agent.conftest import Keys, chat, final


def test_final_and_history_carry_answer_html(client: TestClient, keys: Keys) -> None:
    done = final(
        chat(client, keys.exporter, message="Do I need to register my food facility with FDA?")
    )
    assert done["answer"] and done["answer_html"].startswith("<")
    assert "**" not in done["answer_html"] and "<script" not in done["answer_html"]
    cid = done["conversation_id"]
    got = client.get(f"/v1/conversations/{cid}", headers=keys.headers("exporter")).json()
    assistant = [m for m in got["messages"] if m["role"] == "assistant"]
    assert assistant[0]["data"]["answer_html"] == done["answer_html"]
    assert assistant[0]["data"]["citations"] == done["citations"]


def test_json_mode_carries_answer_html(client: TestClient, keys: Keys) -> None:
    response = client.post(
        "/v1/chat?stream=false",
        json={"message": "FDA food facility registration"},
        headers=keys.headers("exporter"),
    )
    assert response.status_code == 200
    body = response.json()
    assert body["answer_html"] and "<p>" in body["answer_html"]
