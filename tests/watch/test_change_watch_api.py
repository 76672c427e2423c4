"""Change watch end to end: ingest, approve a draft citing document X, edit X in a copy
of the corpus, re-ingest; the approved draft is flagged "source changed since approval",
a pending one "since it was made", an unrelated one not at all, and the exporter who
watches the product + market gets a notice (ja and en), per tenant."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient

from export_assist.container import Container
from tests.auth.fixtures import Keys
from tests.watch.conftest import edit

LABELLING = "test-eu-food-labelling"


def _citation(api: TestClient, query: str, country: str, doc_id: str) -> dict[str, Any]:
    hits = api.get("/v1/regulations/search", params={"q": query, "country": country}).json()
    found = [h["citation"] for h in hits["hits"] if h["citation"]["doc_id"] == doc_id]
    assert found, f"no passage of {doc_id} for {query!r}: {hits}"
    return found[0]


def _draft(api: TestClient, keys: Keys, title: str, citation: dict[str, Any]) -> str:
    body = {
        "kind": "checklist",
        "title": title,
        "claims": [{"text": title, "citations": [citation]}],
    }
    response = api.post("/v1/drafts", json=body, headers=keys.headers("exporter"))
    assert response.status_code == 201, response.text
    return str(response.json()["id"])


def _approve(api: TestClient, keys: Keys, draft_id: str) -> None:
    draft = api.get(f"/v1/drafts/{draft_id}", headers=keys.headers("advisor")).json()
    for claim in draft["claims"]:
        url = f"/v1/drafts/{draft_id}/claims/{claim['id']}/decision"
        done = api.post(url, json={"action": "approve"}, headers=keys.headers("advisor"))
        assert done.status_code == 200, done.text
    assert api.get(f"/v1/drafts/{draft_id}", headers=keys.headers("advisor")).json()["status"] == (
        "approved"
    )


def test_an_edited_source_flags_the_drafts_that_cite_it_and_notifies_watchers(
    api: TestClient, keys: Keys, watched: Container, corpus: Path
) -> None:
    labelling = _citation(api, "food labelling language German", "DE", LABELLING)
    control = _citation(api, "export control catch-all", "JP", "test-jp-catch-all")
    approved = _draft(api, keys, "Green tea to Germany: labelling", labelling)
    unrelated = _draft(api, keys, "Export licence check", control)
    _approve(api, keys, approved)
    _approve(api, keys, unrelated)
    pending = _draft(api, keys, "Matcha to Germany: labelling", labelling)
    watch = api.post(
        "/v1/watches", json={"product": "緑茶", "market": "de"}, headers=keys.headers("exporter")
    )
    assert watch.status_code == 201, watch.text
    assert watch.json()["market"] == "DE" and LABELLING in watch.json()["doc_ids"]
    before = api.get(f"/v1/drafts/{approved}", headers=keys.headers("advisor")).json()
    assert before["source_changed"] is None

    edit(
        corpus / "eu" / "food-labelling.md",
        "In Germany this means German.",
        "In Germany this means German; a sticker label is accepted.",
    )
    edit(corpus / "eu" / "food-labelling.md", "verified_on: 2026-11-28", "verified_on: 2026-11-29")
    report = watched.ingestor.ingest([corpus], progress=False)
    assert [c.doc_id for c in report.source_changes] == [LABELLING]
    assert str(report.source_changes[0].verified_after) == "2026-11-29"

    queue = api.get("/v1/drafts", params={"limit": 50}, headers=keys.headers("advisor")).json()
    flags = {d["id"]: d["source_changed"] for d in queue}
    assert flags[unrelated] is None
    assert flags[approved]["since"] == "approval"
    assert flags[approved]["message_ja"] == "出典が承認後に更新されました"
    assert flags[approved]["message_en"] == "Source changed since approval"
    assert [c["doc_id"] for c in flags[approved]["changes"]] == [LABELLING]
    assert flags[approved]["changes"][0]["title_ja"] == "EUの食品表示(テスト用)"
    assert flags[pending]["since"] == "drafting"
    one = api.get(f"/v1/drafts/{approved}", headers=keys.headers("exporter")).json()
    assert one["source_changed"]["changes"][0]["verified_before"] == "2026-11-28"

    notices = api.get("/v1/watches/notices", headers=keys.headers("exporter")).json()
    assert len(notices) == 1 and notices[0]["unread"] is True
    assert notices[0]["change"]["doc_id"] == LABELLING
    # the Japanese notice names the document by its title_ja, the English one by its title
    assert "「EUの食品表示(テスト用)」が更新されました" in notices[0]["message_ja"]
    assert "EU food labelling (test fixture)" in notices[0]["message_en"]
    assert notices[0]["change"]["title_ja"] == "EUの食品表示(テスト用)"
    assert "更新されました" in notices[0]["message_ja"] and "緑茶" in notices[0]["message_ja"]
    assert api.get("/v1/watches/notices", headers=keys.headers("other_exporter")).json() == []
    assert api.get("/v1/watches/notices", headers=keys.headers("exporter2")).json() == []
    seen = api.post("/v1/watches/notices/seen", headers=keys.headers("exporter"))
    assert seen.json() == {"watches": 1}
    unread = api.get("/v1/watches/notices?unread=true", headers=keys.headers("exporter")).json()
    assert unread == []

    again = watched.ingestor.ingest([corpus], progress=False)
    assert again.source_changes == []  # nothing changed: no new change, no new notice
    changes = api.get("/v1/corpus/changes", headers=keys.headers("advisor")).json()
    assert [c["doc_id"] for c in changes] == [LABELLING]


def test_a_japanese_title_added_or_reworded_is_no_change(watched: Container, corpus: Path) -> None:
    """title_ja changes how a document is shown, not what it says: no flag, no notice
    (the ledger's hash leaves that line out, so it equals the hash before the line came)."""
    labels, radio = corpus / "eu" / "food-labelling.md", corpus / "eu" / "radio-equipment.md"
    edit(labels, 'title_ja: "EUの食品表示(テスト用)"', 'title_ja: "EU食品表示規則(テスト用)"')
    edit(radio, 'title_ja: "EU無線機器指令(テスト用)"\n', "")
    sidecar = corpus / "us" / "fda-registration.html.yaml"
    edit(
        sidecar, 'title_ja: "FDA食品施設登録(テスト用)"', 'title_ja: "FDAの食品施設登録(テスト用)"'
    )
    report = watched.ingestor.ingest([corpus], progress=False)
    assert report.files_indexed == 3  # re-indexed: the citations carry the new titles
    assert report.source_changes == []
    edit(labels, "In Germany this means German.", "In Germany: German.")
    changed = watched.ingestor.ingest([corpus], progress=False).source_changes
    assert [c.doc_id for c in changed] == [LABELLING]  # the text still counts


def test_a_removed_document_is_a_change_and_a_moved_one_is_not(
    watched: Container, corpus: Path
) -> None:
    (corpus / "jp" / "export-control.md").unlink()
    moved = corpus / "eu" / "labelling"
    moved.mkdir()
    (corpus / "eu" / "radio-equipment.md").rename(moved / "radio-equipment.md")
    report = watched.ingestor.ingest([corpus], progress=False)
    assert [(c.doc_id, c.kind) for c in report.source_changes] == [("test-jp-catch-all", "removed")]


def test_watches_are_validated_owned_and_unique(api: TestClient, keys: Keys) -> None:
    empty = api.post(
        "/v1/watches", json={"product": "  ", "market": "DE"}, headers=keys.headers("exporter")
    )
    assert empty.status_code == 422
    advisor = api.post(
        "/v1/watches", json={"product": "緑茶", "market": "DE"}, headers=keys.headers("advisor")
    )
    assert advisor.status_code == 403
    assert api.post("/v1/watches", json={"product": "緑茶", "market": "DE"}).status_code == 401
    first = api.post(
        "/v1/watches", json={"product": "緑茶", "market": "DE"}, headers=keys.headers("exporter")
    )
    twice = api.post(
        "/v1/watches", json={"product": "緑茶", "market": "DE"}, headers=keys.headers("exporter")
    )
    assert first.status_code == 201 and twice.status_code == 409
    assert "緑茶" in twice.json()["error"]["message"]
    watch_id = first.json()["id"]
    other = api.delete(f"/v1/watches/{watch_id}", headers=keys.headers("other_exporter"))
    assert other.status_code == 404
    assert [w["id"] for w in api.get("/v1/watches", headers=keys.headers("exporter")).json()] == [
        watch_id
    ]
    assert (
        api.delete(f"/v1/watches/{watch_id}", headers=keys.headers("exporter")).status_code == 204
    )
    assert api.get("/v1/watches", headers=keys.headers("exporter")).json() == []


def test_an_advisors_recheck_clears_the_flag_until_the_next_change(
    api: TestClient, keys: Keys, watched: Container, corpus: Path
) -> None:
    labelling = _citation(api, "food labelling language German", "DE", LABELLING)
    draft = _draft(api, keys, "Green tea to Germany: labelling", labelling)
    _approve(api, keys, draft)
    doc = corpus / "eu" / "food-labelling.md"
    edit(doc, "In Germany this means German.", "In Germany this means German (checked).")
    watched.ingestor.ingest([corpus], progress=False)
    url = f"/v1/drafts/{draft}/sources-rechecked"
    body = {"comment": "Sticker rule re-read; the approved items still hold."}
    assert api.post(url, json=body, headers=keys.headers("exporter")).status_code == 403
    assert api.post(url, json=body, headers=keys.headers("other_advisor")).status_code == 404
    done = api.post(url, json=body, headers=keys.headers("advisor"))
    assert done.status_code == 200, done.text
    assert done.json()["source_changed"] is None and done.json()["status"] == "approved"
    audit = api.get("/v1/audit", params={"draft_id": draft}, headers=keys.headers("advisor"))
    assert audit.json()[0]["action"] == "draft.sources_rechecked"
    assert audit.json()[0]["detail"]["comment"] == body["comment"]
    edit(doc, "(checked).", "(checked again).")
    watched.ingestor.ingest([corpus], progress=False)
    flag = api.get(f"/v1/drafts/{draft}", headers=keys.headers("advisor")).json()["source_changed"]
    assert flag is not None and len(flag["changes"]) == 1  # only the change after the re-check
