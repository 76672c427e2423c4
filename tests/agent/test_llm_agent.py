"""The LangChain agent loop (multi-step requests) against a scripted OpenAI-compatible HTTP
server (real client, real protocol): tool use, streaming, a tool error, memory, outage and
timeout. One-intent questions take the grounded path (test_llm_grounded.py)."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tests.agent.conftest import Keys, chat, final
from tests.support.openai_server import RecordedRequest, Reply, ScriptedOpenAIServer

FDA_Q = "Do I need to register my food facility with FDA before exporting tea to the US?"
# Two steps in one message (buyers, then a regulation question): the agent loop runs.
MULTI = "Find tea importers in the US and tell me: do I need to register with FDA?"
MULTI_JA = "米国で茶の輸入業者を探して、それとFDAへの登録は必要ですか?"


def test_multi_step_tool_use_streams_a_cited_answer(
    llm_client: TestClient, keys: Keys, server: ScriptedOpenAIServer
) -> None:
    server.add(
        Reply.tool(
            "search_regulations", {"query": "FDA food facility registration", "country": "US"}
        ),
        Reply.tool("search_regulations", {"query": "prior notice imported food", "country": "US"}),
        Reply.text("Yes. Register the facility with FDA [1] and file prior notice [2]."),
    )
    events = chat(llm_client, keys.exporter, message=MULTI)
    done = final(events)
    assert done["mode"] == "llm" and not done["escalated"] and done["notices"] == []
    assert done["answer"] == "Yes. Register the facility with FDA [1] and file prior notice [2]."
    tokens = [d["text"] for n, d in events if n == "token"]
    assert len(tokens) > 3 and "".join(tokens) == done["answer"]
    assert [c["name"] for c in done["tool_calls"]] == ["search_regulations"] * 2
    assert {c["doc_id"] for c in done["citations"]} == {"test-us-fda-registration"}
    assert server.remaining == 0 and len(server.requests) == 3
    first = server.requests[0].json
    assert first["stream"] is True and first["max_tokens"] == 400
    names = [t["function"]["name"] for t in first["tools"]]
    assert names[0] == "search_regulations" and "build_checklist" in names
    assert "regulation corpus" in first["tools"][0]["function"]["description"]
    assert "Never state a regulation fact from memory" in first["messages"][0]["content"]
    tool_msgs = [m for m in server.requests[1].messages if m["role"] == "tool"]
    assert "FDA food facility registration" in tool_msgs[0]["content"]
    assert "verified 2026-11-28" in tool_msgs[0]["content"]


def test_answers_in_japanese_and_remembers_the_conversation(
    llm_client: TestClient, keys: Keys, server: ScriptedOpenAIServer
) -> None:
    server.add(
        Reply.tool("search_regulations", {"query": "FDA registration", "country": "US"}),
        Reply.text("はい、FDAへの施設登録が必要です [1]。"),
        Reply.tool("search_regulations", {"query": "FDA prior notice", "country": "US"}),
        Reply.text("事前通知も必要です [1]。"),
    )
    first = final(chat(llm_client, keys.exporter, message=MULTI_JA))
    assert first["language"] == "ja"
    assert "Japanese" in server.requests[0].messages[0]["content"]
    cid = first["conversation_id"]
    again = "米国で茶の輸入業者を探して、それとFDAへの事前通知も必要ですか?"
    second = final(chat(llm_client, keys.exporter, message=again, conversation_id=cid))
    history = [
        m["content"]
        for m in server.requests[2].messages
        if m["role"] in ("user", "assistant") and m["content"]
    ]
    assert MULTI_JA in history[0]
    assert "はい、FDAへの施設登録が必要です [1]。" in history
    assert second["citations"] and not second["escalated"]
    assert second["tool_calls"][0]["name"] == "search_regulations"


def test_a_tool_error_reaches_the_model_and_the_user(
    llm_client: TestClient, keys: Keys, server: ScriptedOpenAIServer
) -> None:
    server.add(
        Reply.tool("search_regulations", {"query": "x" * 2100}),
        Reply.text("I could not search the regulations just now."),
    )
    events = chat(llm_client, keys.exporter, message=MULTI)
    results = [d for n, d in events if n == "tool_result"]
    assert len(results) == 1 and "invalid arguments" in results[0]["error"]
    tool_msg = next(m for m in server.requests[1].messages if m["role"] == "tool")
    assert tool_msg["content"].startswith("Tool error: invalid arguments for search_regulations")
    done = final(events)
    assert done["tool_calls"][0]["error"]


def test_an_answer_without_evidence_is_escalated(
    llm_client: TestClient, keys: Keys, server: ScriptedOpenAIServer
) -> None:
    server.add(Reply.text("Of course! Shipping rules are easy."))
    message = "Find tea buyers in Germany and tell me which rules are required"
    done = final(chat(llm_client, keys.exporter, message=message))
    assert done["mode"] == "llm" and done["escalated"] and done["citations"] == []
    assert any("not backed by a cited regulation passage" in n for n in done["notices"])
    assert done["escalation"]["kind"] == "answer"


def test_thin_evidence_abstains_without_calling_the_model(
    llm_client: TestClient, keys: Keys, server: ScriptedOpenAIServer
) -> None:
    done = final(
        chat(llm_client, keys.exporter, message="What is the capital gains tax on crypto?")
    )
    assert done["escalated"] and "advisor" in done["answer"] and server.requests == []
    assert done["llm_fallback"] is None  # a hand-off: the model was not asked


@pytest.mark.parametrize("failure", ["http500", "timeout", "down"])
def test_endpoint_outage_falls_back_with_a_notice(
    llm_client: TestClient, keys: Keys, server: ScriptedOpenAIServer, failure: str
) -> None:
    if failure == "http500":
        server.add(Reply.fail(500, "model crashed"))
    elif failure == "timeout":
        server.add(Reply.text("too late", delay_s=3.0))
    else:
        server.stop()
    events = chat(llm_client, keys.exporter, message=FDA_Q)
    notices = [d for n, d in events if n == "notice"]
    assert notices and notices[0]["reset"] and "unavailable" in notices[0]["message"]
    done = final(events)
    assert done["mode"] == "no-llm" and "register with FDA" in done["answer"]
    assert done["citations"][0]["doc_id"] == "test-us-fda-registration"
    assert done["notices"] == [notices[0]["message"]]
    assert [n for n, _ in events].count("error") == 0


@pytest.mark.slow
def test_the_agent_drafts_documents_for_review(
    llm_client: TestClient, keys: Keys, server: ScriptedOpenAIServer
) -> None:
    import json

    import yaml

    from tests.conftest import REPO_ROOT

    shipment = yaml.safe_load((REPO_ROOT / "examples" / "shipment.yaml").read_text())
    shipment = json.loads(json.dumps(shipment.get("shipment", shipment), default=str))
    agent_turns = [
        Reply.tool(
            "draft_documents", {"shipment": shipment, "languages": ["en"], "formats": ["pdf"]}
        ),
        Reply.text("The invoice and packing list are drafted; an advisor will review them."),
    ]

    def respond(request: RecordedRequest) -> Reply:
        # the agent streams; the document renderer's LLM translator calls the same endpoint
        if request.json.get("stream"):
            return agent_turns.pop(0)
        return Reply.text(request.last_user)

    server.responder = respond
    message = "Make the invoice and packing list and tell me which documents are required"
    events = chat(llm_client, keys.exporter, message=message)
    done = final(events)
    payload = done["payloads"][0]
    assert payload["kind"] == "documents" and payload["draft"]["status"] == "pending"
    files = payload["data"]["files"]
    assert [f["format"] for f in files] == ["pdf"] * len(files) and "folder" not in payload["data"]
    got = llm_client.get(
        payload["data"]["urls"][files[0]["name"]], headers=keys.headers("exporter")
    )
    assert got.status_code == 200 and got.content.startswith(b"%PDF")
    assert not done["escalated"]
