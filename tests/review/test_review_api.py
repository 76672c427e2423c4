"""Review store through the API: the queue, decisions, versions, the audit log, and the
authorization matrix (role x ownership x tenant)."""

from __future__ import annotations

from typing import Any

import pytest
import sqlalchemy
from fastapi.testclient import TestClient
from sqlalchemy import text

from export_assist.container import Container
from tests.auth.fixtures import Keys

CITATION = {
    "doc_id": "us-fda-food-facility-registration",
    "title": "FDA food facility registration",
    "section": "Who must register",
    "source_url": "https://www.fda.gov/food/registration",
    "verified_on": "2026-01-15",
}


def _draft(client: TestClient, key: str, title: str = "Green tea to US") -> dict[str, Any]:
    body = {
        "kind": "checklist",
        "title": title,
        "claims": [
            {"text": "Register the facility with FDA.", "citations": [CITATION]},
            {"text": "Send prior notice before arrival.", "citations": [CITATION]},
        ],
        "payload": {"items": 2},
    }
    response = client.post("/v1/drafts", json=body, headers={"X-API-Key": key})
    assert response.status_code == 201, response.text
    return response.json()


def _decide(client: TestClient, key: str, draft: dict[str, Any], n: int, **body: Any) -> Any:
    claim = draft["claims"][n]["id"]
    return client.post(
        f"/v1/drafts/{draft['id']}/claims/{claim}/decision", json=body, headers={"X-API-Key": key}
    )


# who reads alice's draft (acme): (role, expected status)
READ_MATRIX = [
    ("exporter", 200),  # owner
    ("exporter2", 404),  # same tenant, not owner
    ("advisor", 200),
    ("admin", 200),
    ("other_exporter", 404),
    ("other_advisor", 404),
    ("other_admin", 404),
]
DECIDE_MATRIX = [
    ("exporter", 403),
    ("exporter2", 403),
    ("advisor", 200),
    ("admin", 200),
    ("other_exporter", 403),
    ("other_advisor", 404),
    ("other_admin", 404),
]


@pytest.mark.parametrize(("role", "status"), READ_MATRIX)
def test_read_matrix(client: TestClient, keys: Keys, role: str, status: int) -> None:
    draft = _draft(client, keys.exporter)
    got = client.get(f"/v1/drafts/{draft['id']}", headers=keys.headers(role))
    assert got.status_code == status
    history = client.get(f"/v1/drafts/{draft['id']}/versions", headers=keys.headers(role))
    assert history.status_code == status
    listed = client.get("/v1/drafts", headers=keys.headers(role)).json()
    assert (draft["id"] in [d["id"] for d in listed]) == (status == 200)


@pytest.mark.parametrize(("role", "status"), DECIDE_MATRIX)
def test_decide_matrix(client: TestClient, keys: Keys, role: str, status: int) -> None:
    draft = _draft(client, keys.exporter)
    response = _decide(client, getattr(keys, role), draft, 0, action="approve")
    assert response.status_code == status, response.text
    after = client.get(f"/v1/drafts/{draft['id']}", headers=keys.headers("advisor")).json()
    assert after["claims"][0]["status"] == ("approved" if status == 200 else "pending")


@pytest.mark.parametrize(("role", "status"), [("exporter", 403), ("advisor", 200), ("admin", 200)])
def test_audit_log_is_for_staff(client: TestClient, keys: Keys, role: str, status: int) -> None:
    _draft(client, keys.exporter)
    assert client.get("/v1/audit", headers=keys.headers(role)).status_code == status


def test_full_review_flow_with_versions_and_audit(client: TestClient, keys: Keys) -> None:
    draft = _draft(client, keys.exporter)
    assert (draft["status"], draft["reviewed"]) == ("pending", False)
    first = _decide(client, keys.advisor, draft, 0, action="approve", comment="ok").json()
    assert first["status"] == "in_review" and not first["reviewed"]
    edited = _decide(
        client,
        keys.advisor,
        draft,
        1,
        action="edit",
        text="File prior notice via PNSI.",
        comment="be precise",
    ).json()
    assert edited["status"] == "approved" and edited["reviewed"]
    assert edited["claims"][1]["text"] == "File prior notice via PNSI."
    assert edited["version"] == 3

    mine = client.get(f"/v1/drafts/{draft['id']}", headers=keys.headers("exporter")).json()
    assert mine["reviewed"] and mine["claims"][1]["status"] == "edited"
    versions = client.get(f"/v1/drafts/{draft['id']}/versions", headers=keys.headers("exporter"))
    texts = [v["claims"][1]["text"] for v in versions.json()]
    assert texts == ["Send prior notice before arrival."] * 2 + ["File prior notice via PNSI."]

    log = client.get(f"/v1/audit?draft_id={draft['id']}", headers=keys.headers("advisor")).json()
    assert [e["action"] for e in log] == ["claim.edited", "claim.approved", "draft.created"]
    assert log[0]["actor"] == "carol" and log[0]["detail"]["before"].startswith("Send prior")
    assert log[2]["actor"] == "alice"

    late = _decide(client, keys.advisor, draft, 0, action="reject", comment="no")
    assert late.status_code == 409


def test_rejection_requests_changes_and_needs_a_comment(client: TestClient, keys: Keys) -> None:
    draft = _draft(client, keys.exporter)
    bare = _decide(client, keys.advisor, draft, 0, action="reject")
    assert bare.status_code == 422 and "comment" in bare.json()["error"]["message"]
    no_text = _decide(client, keys.advisor, draft, 0, action="edit")
    assert no_text.status_code == 422
    _decide(client, keys.advisor, draft, 0, action="reject", comment="wrong agency")
    done = _decide(client, keys.advisor, draft, 1, action="approve").json()
    assert (done["status"], done["reviewed"]) == ("changes_requested", False)


def test_queue_filters(client: TestClient, keys: Keys) -> None:
    a = _draft(client, keys.exporter, "A")
    _draft(client, keys.exporter2, "B")
    _decide(client, keys.advisor, a, 0, action="approve")
    queue = client.get("/v1/drafts?status=in_review", headers=keys.headers("advisor")).json()
    assert [d["title"] for d in queue] == ["A"]
    by_owner = client.get("/v1/drafts?owner=bob", headers=keys.headers("advisor")).json()
    assert [d["title"] for d in by_owner] == ["B"]
    assert client.get("/v1/drafts?kind=shortlist", headers=keys.headers("advisor")).json() == []
    bad = client.get("/v1/drafts?status=done", headers=keys.headers("advisor"))
    assert bad.status_code == 422


def test_audit_log_cannot_be_rewritten(
    client: TestClient, keys: Keys, container: Container
) -> None:
    _draft(client, keys.exporter)
    with pytest.raises(sqlalchemy.exc.IntegrityError), container.engine.begin() as conn:
        conn.execute(text("UPDATE review_audit_log SET actor = 'mallory'"))
    with pytest.raises(sqlalchemy.exc.IntegrityError), container.engine.begin() as conn:
        conn.execute(text("DELETE FROM review_audit_log"))
    from export_assist.review.models import AuditRow

    with container.sessions() as session:
        row = session.query(AuditRow).first()
        assert row is not None
        row.actor = "mallory"
        with pytest.raises(PermissionError, match="append-only"):
            session.flush()
