"""Drafts: defect 14 (javascript: citation links), 15 (UTC offsets lost on read),
18 (another tenant's conversation_id accepted)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text

from export_assist.agent.conversations import ConversationStore
from export_assist.auth.principal import Principal
from export_assist.container import Container
from tests.auth.fixtures import Keys


def _body(url: str = "https://www.fda.gov/food", **extra: Any) -> dict[str, Any]:
    citation = {"doc_id": "d", "title": "FDA", "source_url": url}
    return {
        "kind": "answer",
        "title": "t",
        "claims": [{"text": "Register.", "citations": [citation]}],
        **extra,
    }


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(document.cookie)",
        "JavaScript:alert(1)",
        " javascript:alert(1)",
        "java\tscript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox",
        "file:///etc/passwd",
        "//evil.example/x",
        "https:no-host",
    ],
)
def test_defect_14_non_http_citation_links_are_refused(
    client: TestClient, keys: Keys, url: str
) -> None:
    response = client.post("/v1/drafts", json=_body(url), headers=keys.headers("exporter"))
    assert response.status_code == 422, response.text
    assert "source_url" in response.json()["error"]["message"]


def test_defect_14_stored_javascript_links_are_dropped_on_read(
    client: TestClient, keys: Keys, container: Container
) -> None:
    made = client.post("/v1/drafts", json=_body(), headers=keys.headers("exporter")).json()
    with container.engine.begin() as conn:  # a row written before links were checked
        conn.execute(
            text("UPDATE review_claims SET citations = :c WHERE draft_id = :d"),
            {"c": '[{"doc_id": "d", "title": "x", "source_url": "javascript:alert(1)"}]',
             "d": made["id"]},
        )  # fmt: skip
    got = client.get(f"/v1/drafts/{made['id']}", headers=keys.headers("advisor"))
    assert got.status_code == 200
    assert got.json()["claims"][0]["citations"][0]["source_url"] == ""


def test_defect_14_http_and_https_links_still_work(client: TestClient, keys: Keys) -> None:
    for url in ("https://www.fda.gov/food", "http://example.go.jp/a?b=c", ""):
        response = client.post("/v1/drafts", json=_body(url), headers=keys.headers("exporter"))
        assert response.status_code == 201, response.text
        assert response.json()["claims"][0]["citations"][0]["source_url"] == url


def _aware_utc(value: str) -> dt.datetime:
    parsed = dt.datetime.fromisoformat(value)
    assert parsed.utcoffset() == dt.timedelta(0), value
    return parsed


def test_defect_15_timestamps_keep_their_utc_offset(client: TestClient, keys: Keys) -> None:
    made = client.post("/v1/drafts", json=_body(), headers=keys.headers("exporter")).json()
    claim = made["claims"][0]["id"]
    decided = client.post(
        f"/v1/drafts/{made['id']}/claims/{claim}/decision",
        json={"action": "approve"},
        headers=keys.headers("advisor"),
    ).json()
    # Read back from the database (not the objects of the writing session).
    got = client.get(f"/v1/drafts/{made['id']}", headers=keys.headers("advisor")).json()
    for stamp in (got["created_at"], got["updated_at"], got["claims"][0]["decided_at"]):
        _aware_utc(stamp)
    assert abs(_aware_utc(got["updated_at"]) - _aware_utc(decided["updated_at"])) < dt.timedelta(
        seconds=1
    )
    history = client.get(f"/v1/drafts/{made['id']}/versions", headers=keys.headers("advisor"))
    assert all(_aware_utc(v["created_at"]) for v in history.json())
    audit = client.get("/v1/audit", headers=keys.headers("advisor")).json()
    assert audit and all(_aware_utc(a["at"]) for a in audit)
    listed = client.get("/v1/keys", headers=keys.headers("admin")).json()
    assert listed and all(_aware_utc(k["created_at"]) for k in listed)


def test_defect_15_an_offset_is_converted_to_utc(container: Container) -> None:
    from export_assist.storage.db import UTCDateTime

    column = UTCDateTime()
    tokyo = dt.datetime(2026, 11, 29, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=9)))
    stored = column.process_bind_param(tokyo, container.engine.dialect)
    assert stored == dt.datetime(2026, 11, 29, 0, 0, tzinfo=dt.UTC)
    naive = column.process_result_value(dt.datetime(2026, 1, 1), container.engine.dialect)
    assert naive is not None and naive.tzinfo is dt.UTC


def _conversation(container: Container, tenant: str, subject: str) -> str:
    who = Principal(key_id="k", subject=subject, role="exporter", tenant=tenant)
    return ConversationStore(container.sessions).ensure(who, None, "hello")


def test_defect_18_drafts_refuse_another_tenants_conversation(
    client: TestClient, keys: Keys, container: Container
) -> None:
    theirs = _conversation(container, "other", "erin")
    colleague = _conversation(container, "acme", "bob")
    mine = _conversation(container, "acme", "alice")
    for cid in (theirs, colleague, "no-such-conversation"):
        response = client.post(
            "/v1/drafts", json=_body(conversation_id=cid), headers=keys.headers("exporter")
        )
        assert response.status_code == 422, (cid, response.text)
        assert response.json()["error"]["details"][0]["field"] == "conversation_id"
    ok = client.post(
        "/v1/drafts", json=_body(conversation_id=mine), headers=keys.headers("exporter")
    )
    assert ok.status_code == 201 and ok.json()["conversation_id"] == mine
    staff = client.post(
        "/v1/drafts", json=_body(conversation_id=mine), headers=keys.headers("advisor")
    )
    assert staff.status_code == 201  # an advisor may file a draft on a tenant conversation
    foreign = client.post(
        "/v1/drafts", json=_body(conversation_id=mine), headers=keys.headers("other_advisor")
    )
    assert foreign.status_code == 422
