"""A request for a person is handed to an advisor (s13 trial: 「担当者と話したい」 was told its
question could not be read), through POST /v1/chat with the advisor's queue."""

from __future__ import annotations

from fastapi.testclient import TestClient

from export_assist.agent.smalltalk import asks_for_person
from tests.agent.conftest import Keys, chat, final


def test_a_request_for_a_person_becomes_a_draft_in_the_advisor_queue(
    client: TestClient, keys: Keys
) -> None:
    done = final(chat(client, keys.exporter, message="スタッフと直接話せますか？"))
    assert done["escalated"] and done["intent"] == "handoff"
    assert done["language"] == "ja" and "アドバイザー" in done["answer"]
    assert "読み取れませんでした" not in done["answer"]
    draft = done["escalation"]
    assert draft["kind"] == "answer" and draft["status"] == "pending"
    queue = client.get("/v1/drafts?kind=answer", headers=keys.headers("advisor")).json()
    assert [d["id"] for d in queue] == [draft["id"]]
    full = client.get(f"/v1/drafts/{draft['id']}", headers=keys.headers("advisor")).json()
    assert full["conversation_id"] == done["conversation_id"]  # the console shows the chat


def test_in_english_after_a_question_the_same_conversation_is_handed_over(
    client: TestClient, keys: Keys
) -> None:
    first = final(
        chat(client, keys.exporter, message="Which particulars must an EU food label show?")
    )
    assert not first["escalated"]
    cid = first["conversation_id"]
    done = final(
        chat(client, keys.exporter, message="Could I talk to a human advisor?", conversation_id=cid)
    )
    assert done["escalated"] and done["conversation_id"] == cid
    assert done["language"] == "en" and "advisor" in done["answer"]


def test_a_rule_about_contacting_someone_is_a_question_not_a_request() -> None:
    assert not asks_for_person("輸入者側の担当者に連絡しておく必要はありますか？")
    assert not asks_for_person("Do we need to talk to the FDA before shipping?")
    long = "ドイツに抹茶を輸出するときの表示ルールを教えてください。" * 3 + "専門家に相談すべき？"
    assert not asks_for_person(long)  # a long question that mentions an expert is answered
    assert asks_for_person("アドバイザーに相談したい")
    assert asks_for_person("connect me with a person please")
