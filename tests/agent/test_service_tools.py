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


def test_drafts_from_a_japanese_chat_have_japanese_titles_and_claims(
    client: TestClient, keys: Keys, container: Container
) -> None:
    """The title and claims the exporter and the advisor read are in the turn's language."""
    container.settings.compliance.cards_dir = REPO_ROOT / "regulations" / "cards"
    advisor = keys.headers("advisor")
    listed = final(chat(client, keys.exporter, message="緑茶を米国に輸出するためのチェックリスト"))
    draft = client.get(f"/v1/drafts/{listed['payloads'][0]['draft']['id']}", headers=advisor)
    assert draft.json()["title"] == "チェックリスト: 緑茶 → アメリカ"
    assert draft.json()["claims"][0]["text"].startswith("[US] ")
    asked = final(chat(client, keys.exporter, message="暗号資産の譲渡益に課される税率は何%ですか?"))
    assert asked["escalated"]
    full = client.get(f"/v1/drafts/{asked['escalation']['id']}", headers=advisor).json()
    assert full["title"] == "確認依頼された質問: 暗号資産の譲渡益に課される税率は何%ですか?"
    assert full["claims"][0]["text"] == "質問: 暗号資産の譲渡益に課される税率は何%ですか?"
    assert all(c["text"].startswith("見つかった資料（関連性は低め）: ") for c in full["claims"][1:])
    # what the advisor reads is plain text, no longer than an excerpt (s7 trial T20)
    for claim in full["claims"][1:]:
        text = claim["text"].removeprefix("見つかった資料（関連性は低め）: ")
        assert "**" not in text and "](" not in text and len(text) <= 500, text
    # the English path keeps its English words (the console puts either into its own)
    english = final(
        chat(client, keys.exporter, message="Checklist for exporting green tea to the US")
    )
    en = client.get(f"/v1/drafts/{english['payloads'][0]['draft']['id']}", headers=advisor).json()
    assert en["title"] == "Checklist: green tea → US"


def test_the_documents_tool_speaks_the_turn_language(container: Container) -> None:
    import yaml

    shipment = yaml.safe_load((REPO_ROOT / "examples" / "shipment.yaml").read_text("utf-8"))
    who = Principal(key_id="k1", role="exporter", tenant="acme", subject="alice")
    ctx = TurnContext(who, "c1", language="ja")
    args = {"shipment": shipment, "languages": ["de"], "formats": ["pdf"]}
    done = container.tools.call("draft_documents", args, ctx).result
    assert done.title == f"貿易書類: {shipment['reference']}"
    assert f"コマーシャルインボイス（ドイツ語）— 出荷 {shipment['reference']}" in [
        c.text for c in done.claims
    ]
    shipment["lines"][0]["net_weight_kg"] = shipment["lines"][0]["gross_weight_kg"] + 5
    failed = container.tools.call("draft_documents", args, ctx).result
    assert failed.error and failed.error.startswith("出荷内容に矛盾があるため")
    assert "正味重量" in failed.error and "net weight" not in failed.error
