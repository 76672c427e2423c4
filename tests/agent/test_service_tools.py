"""Tools over the other services through the chat path: a checklist becomes a review draft
whose claims carry the checklist items."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from export_assist.agent.registry import build_registry
from export_assist.container import Container
from tests.agent.conftest import Keys, chat, final
from tests.conftest import REPO_ROOT


def test_registry_offers_the_tools_whose_services_exist(container: Container) -> None:
    names = build_registry(container).names()
    assert names[0] == "search_regulations"
    assert {"build_checklist", "shortlist_buyers"} <= set(names)


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
    draft = payload["draft"]
    assert draft["status"] == "pending" and draft["claims_total"] == len(items)
    assert "advisor" in done["answer"]
    mine = client.get(f"/v1/drafts/{draft['id']}", headers=keys.headers("exporter")).json()
    assert mine["claims"][0]["text"].startswith("[US] ")
    assert (
        client.get(f"/v1/drafts/{draft['id']}", headers=keys.headers("exporter2")).status_code
        == 404
    )


def test_a_checklist_without_destination_is_a_readable_tool_error(
    client: TestClient, keys: Keys
) -> None:
    done = final(chat(client, keys.exporter, message="Give me the compliance checklist for sake"))
    assert done["tool_calls"][0]["error"] and "destinations" in done["tool_calls"][0]["error"]
    assert done["answer"].startswith("I could not run build_checklist")


@pytest.mark.slow
def test_hs_translation_and_documents_tools(client: TestClient, keys: Keys) -> None:
    hs = final(chat(client, keys.exporter, message="抹茶パウダーのHSコードを教えて"))
    assert hs["tool_calls"][0]["name"] == "suggest_hs_codes"
    candidates = hs["payloads"][0]["data"]["candidates"]
    assert hs["payloads"][0]["kind"] == "hs" and candidates[0]["code"].startswith("09")

    tr = final(chat(client, keys.exporter, message="Translate into Japanese: commercial invoice"))
    assert tr["tool_calls"][0]["arguments"] == {"text": "commercial invoice", "target": "ja"}
    assert (
        tr["payloads"][0]["kind"] == "translation" and tr["payloads"][0]["data"]["target"] == "ja"
    )

    docs = final(chat(client, keys.exporter, message="Please prepare a commercial invoice"))
    assert docs["tool_calls"][0]["name"] == "draft_documents"
    assert "shipment details" in docs["answer"]
