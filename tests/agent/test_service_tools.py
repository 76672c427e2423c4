"""Tools over the other services through the chat path: a checklist becomes a review draft
whose claims carry the checklist items."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from export_assist.agent.tools import ToolServices, build_registry
from export_assist.agent.turn import TurnContext
from export_assist.auth.principal import Principal
from export_assist.compliance.hs.suggest import HsSuggester
from export_assist.compliance.hs.table import load_table
from export_assist.container import Container
from tests.agent.conftest import Keys, chat, final
from tests.conftest import REPO_ROOT


def test_registry_offers_only_the_tools_whose_services_were_given(
    indexed_container: Container,
) -> None:
    searcher = indexed_container.searcher
    bare = build_registry(ToolServices(searcher=searcher, min_dense_score=0.8))
    assert bare.names() == ["search_regulations"]
    hs = HsSuggester(load_table(None), None)
    some = build_registry(ToolServices(searcher=searcher, min_dense_score=0.8, hs=hs))
    assert some.names() == ["search_regulations", "suggest_hs_codes"]
    ctx = TurnContext(Principal(key_id="k1", role="exporter", tenant="acme", subject="alice"), "c1")
    run = bare.call("suggest_hs_codes", {"product": "matcha"}, ctx)
    assert run.result.error == "there is no tool named 'suggest_hs_codes'"
    found = some.call("suggest_hs_codes", {"product": "green tea powder"}, ctx)
    assert found.result.payload is not None and found.result.payload.kind == "hs"
    assert found.result.payload.data["candidates"][0]["code"].startswith("09")
    assert [r.name for r in ctx.runs] == ["suggest_hs_codes", "suggest_hs_codes"]


def test_every_tool_of_the_application_has_a_description_and_validates(
    container: Container,
) -> None:
    registry = container.tools
    assert registry.names() == [
        "search_regulations",
        "answer_question",
        "build_checklist",
        "shortlist_buyers",
        "suggest_hs_codes",
        "translate",
        "draft_documents",
        "find_programmes",
        "lookup_duties",
    ]
    ctx = TurnContext(Principal(key_id="k1", role="exporter", tenant="acme", subject="alice"), "c1")
    for name in registry.names():
        assert len(registry.get(name).description) > 40, name
        run = registry.call(name, {"limit": "many", "k": -1, "top_k": 99}, ctx)
        assert run.result.error and run.result.text.startswith("Tool error:"), name


def test_checklist_turn_creates_a_draft_for_review(
    client: TestClient, keys: Keys, container: Container
) -> None:
    container.settings.compliance.cards_dir = REPO_ROOT / "regulations" / "cards"
    done = final(chat(client, keys.exporter, message="Checklist for exporting green tea to the US"))
    assert done["intent"] == "checklist"
    call = done["tool_calls"][0]
    assert call["name"] == "build_checklist" and call["arguments"]["destinations"] == ["US"]
    payload = done["payloads"][0]
    items = payload["data"]["checklists"][0]["items"]
    assert payload["kind"] == "checklist" and len(items) >= 3
    assert all(i["title"] and "authority" in i for i in items)
    assert all(i["requirement_id"] and "needs_advisor_review" in i for i in items)  # the dump
    draft = payload["draft"]
    assert draft["status"] == "pending" and draft["claims_total"] == len(items)
    assert "advisor" in done["answer"]
    mine = client.get(f"/v1/drafts/{draft['id']}", headers=keys.headers("exporter")).json()
    assert mine["claims"][0]["text"].startswith("[US] ")
    assert (
        client.get(f"/v1/drafts/{draft['id']}", headers=keys.headers("exporter2")).status_code
        == 404
    )


def test_a_checklist_without_destination_asks_for_the_market(
    client: TestClient, keys: Keys
) -> None:
    done = final(chat(client, keys.exporter, message="Give me the compliance checklist for sake"))
    assert all(call["error"] is None for call in done["tool_calls"])
    assert done["answer"].startswith("Which country or region are you exporting to")
    assert "destinations" not in done["answer"]


@pytest.mark.slow
def test_hs_translation_and_documents_tools(client: TestClient, keys: Keys) -> None:
    hs = final(chat(client, keys.exporter, message="抹茶パウダーのHSコードを教えて"))
    assert hs["tool_calls"][0]["name"] == "suggest_hs_codes"
    candidates = hs["payloads"][0]["data"]["candidates"]
    assert hs["payloads"][0]["kind"] == "hs" and candidates[0]["code"].startswith("09")

    tr = final(chat(client, keys.exporter, message="Translate into Japanese: commercial invoice"))
    assert tr["tool_calls"][0]["arguments"] == {"text": "commercial invoice", "target": "ja"}
    assert (
        tr["payloads"][0]["kind"] == "translation"
        and tr["payloads"][0]["data"]["target_lang"] == "ja"
    )

    docs = final(chat(client, keys.exporter, message="Please prepare a commercial invoice"))
    assert docs["tool_calls"][0]["name"] == "prepare_documents"
    form = next(p for p in docs["payloads"] if p["kind"] == "document_form")["data"]
    assert form["documents"] == ["commercial_invoice"] and form["missing"][0] == "product"
    assert docs["answer"].startswith("To draft the documents, please tell me: product, quantity")


def test_a_shortlist_turn_carries_the_same_shortlist_as_the_api(
    client: TestClient, keys: Keys
) -> None:
    message = "Find importers of sake in Germany"
    done = final(chat(client, keys.exporter, message=message))
    payload = done["payloads"][0]
    assert payload["kind"] == "shortlist", payload
    assert payload["draft"] and payload["draft"]["status"] == "pending", payload
    args = done["tool_calls"][0]["arguments"]
    assert args["product"] == "sake" and args["markets"] == ["DE"]  # not the whole message
    product = {"description": "sake", "code": args.get("hs_code")}
    query = {"product": product, "markets": ["DE"], "limit": 5}
    rest = client.post("/v1/shortlists", json=query, headers=keys.headers("exporter")).json()
    for shortlist in (payload["data"], rest):
        shortlist.pop("took_ms")
    assert payload["data"] == rest and rest["candidates"]
    assert payload["draft"]["claims_total"] == len(rest["candidates"])
