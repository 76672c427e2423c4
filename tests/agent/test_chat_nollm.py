"""The no-LLM orchestrator through POST /v1/chat: streaming, citations, abstention with
escalation, languages, conversations and their authorization."""

from __future__ import annotations

from fastapi.testclient import TestClient

from export_assist.agent.intent import find_hs_code
from export_assist.geo import find_country
from export_assist.languages import reply_language
from tests.agent.conftest import Keys, chat, final


def test_japanese_question_streams_a_cited_japanese_answer(client: TestClient, keys: Keys) -> None:
    events = chat(client, keys.exporter, message="FDAへの食品施設登録は必要ですか?")
    names = [n for n, _ in events]
    assert names[0] == "meta" and names[-1] == "final"
    assert names.index("tool_call") < names.index("token") < names.index("citations")
    tokens = "".join(d["text"] for n, d in events if n == "token")
    done = final(events)
    assert tokens == done["answer"]
    assert done["mode"] == "no-llm" and done["language"] == "ja" and not done["escalated"]
    assert done["answer"].endswith("出典の原文と確認日をご確認ください。")
    cited = {(c["doc_id"], c["section"]) for c in done["citations"]}
    assert ("test-us-fda-registration", "Who must register") in cited
    assert {doc for doc, _ in cited} == {"test-us-fda-registration"}
    first = done["citations"][0]
    assert first["source_url"].startswith("https://www.fda.gov/") and first["verified_on"]
    assert "[1]" in done["answer"]


def test_english_question_with_country_filter(client: TestClient, keys: Keys) -> None:
    done = final(
        chat(client, keys.exporter, message="Which particulars must an EU food label show?")
    )
    assert done["language"] == "en" and "allergens" in done["answer"]
    assert {c["doc_id"] for c in done["citations"]} == {"test-eu-food-labelling"}
    assert done["tool_calls"][0]["name"] == "answer_question"


def test_thin_evidence_abstains_and_escalates(client: TestClient, keys: Keys) -> None:
    done = final(chat(client, keys.exporter, message="What is the capital gains tax on crypto?"))
    assert done["escalated"] and done["citations"] == []
    assert "do not answer" in done["answer"] and "advisor" in done["answer"]
    assert "Markets covered:" in done["answer"]
    draft = done["escalation"]
    assert draft["kind"] == "answer" and draft["status"] == "pending"
    queue = client.get("/v1/drafts?kind=answer", headers=keys.headers("advisor")).json()
    assert [d["id"] for d in queue] == [draft["id"]]
    full = client.get(f"/v1/drafts/{draft['id']}", headers=keys.headers("advisor")).json()
    assert full["claims"][0]["text"] == "Question: What is the capital gains tax on crypto?"
    assert full["payload"]["question"].startswith("What is the capital")


def test_greeting_needs_no_tool(client: TestClient, keys: Keys) -> None:
    done = final(chat(client, keys.exporter, message="こんにちは"))
    assert done["intent"] == "greeting" and done["tool_calls"] == [] and not done["escalated"]


def test_conversation_persists_and_follow_up_keeps_the_country(
    client: TestClient, keys: Keys
) -> None:
    first = final(chat(client, keys.exporter, message="Do I need to register with FDA in the US?"))
    cid = first["conversation_id"]
    second = final(
        chat(client, keys.exporter, message="And what about prior notice?", conversation_id=cid)
    )
    assert second["conversation_id"] == cid
    assert second["tool_calls"][0]["arguments"]["earlier"] == [
        "Do I need to register with FDA in the US?"
    ]
    assert {c["country"] for c in second["citations"]} == {"US"}
    conv = client.get(f"/v1/conversations/{cid}", headers=keys.headers("exporter")).json()
    roles = [m["role"] for m in conv["messages"]]
    assert roles == ["user", "assistant", "user", "assistant"]
    assert conv["messages"][1]["data"]["citations"][0]["doc_id"] == "test-us-fda-registration"
    listed = client.get("/v1/conversations", headers=keys.headers("exporter")).json()
    assert [c["id"] for c in listed] == [cid]


def test_conversations_are_private(client: TestClient, keys: Keys) -> None:
    cid = final(chat(client, keys.exporter, message="FDA registration?"))["conversation_id"]
    for role, status in [
        ("exporter2", 404),
        ("other_exporter", 404),
        ("other_advisor", 404),
        ("advisor", 200),
    ]:
        got = client.get(f"/v1/conversations/{cid}", headers=keys.headers(role))
        assert got.status_code == status, role
    hijack = client.post(
        "/v1/chat",
        json={"message": "hi", "conversation_id": cid},
        headers=keys.headers("exporter2"),
    )
    assert hijack.status_code == 404 and "conversation" in hijack.json()["error"]["message"]


def test_bad_requests_are_clear_4xx(client: TestClient, keys: Keys) -> None:
    assert client.post("/v1/chat", json={"message": "hi"}).status_code == 401
    blank = client.post("/v1/chat", json={"message": "   "}, headers=keys.headers("exporter"))
    assert blank.status_code == 422 and "blank" in blank.json()["error"]["message"]
    long = client.post("/v1/chat", json={"message": "x" * 5000}, headers=keys.headers("exporter"))
    assert long.status_code == 422


def test_json_mode_returns_the_same_schema(client: TestClient, keys: Keys) -> None:
    response = client.post(
        "/v1/chat?stream=false",
        json={"message": "FDA registration"},
        headers=keys.headers("exporter"),
    )
    assert response.status_code == 200
    body = response.json()
    assert body["mode"] == "no-llm" and body["citations"] and body["message_id"] > 0


def test_openapi_documents_chat_and_conversations(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    assert "/v1/chat" in spec["paths"] and "/v1/conversations/{conversation_id}" in spec["paths"]
    assert "text/event-stream" in spec["paths"]["/v1/chat"]["post"]["responses"]["200"]["content"]
    assert "ChatFinal" in spec["components"]["schemas"]


def test_intent_helpers() -> None:
    assert reply_language("輸出の手続き") == "ja" and reply_language("export rules") == "en"
    assert reply_language("HS code for 抹茶?") == "ja"  # any Japanese script: answer in Japanese
    assert find_country("ドイツへ日本酒を輸出したい") == "DE"
    assert find_country("Can I ship sake to the US?") == "US"
    assert find_country("no place here") is None
    # whole words for Latin names; Japan is where users export from
    assert find_country("Find importers of Japanese sake in Germany") == "DE"
    assert find_country("What is the usage of this label?") is None
    assert find_country("Export sake from Japan to the UK") == "GB"
    assert find_country("日本国内の手続き") == "JP"
    assert find_hs_code("HS 0902.10 green tea") == "090210"


def test_thanks_followed_by_a_question_is_not_a_greeting(client: TestClient, keys: Keys) -> None:
    message = "ありがとうございます。ではニュージーランドの場合はどうなりますか？"
    done = final(chat(client, keys.exporter, message=message))
    assert done["intent"] != "greeting" and done["escalated"]
