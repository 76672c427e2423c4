"""Defect 21 (issue 14): the widget put a long-lived exporter API key into the host page.
Now a host's server mints short-lived widget tokens (tenant + subject, expiring,
revocable), and a publishable key gives anonymous visitors a visitor token that reaches
only public endpoints and the visitor's own conversation."""

from __future__ import annotations

import time
from typing import Any

import pytest
from fastapi.testclient import TestClient

from export_assist.auth.principal import Principal
from export_assist.auth.tokens import WidgetTokens
from export_assist.container import Container
from tests.auth.fixtures import Keys

SITE = "https://shop.example.co.jp"


def _bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def _mint(client: TestClient, key: str, **body: Any) -> Any:
    return client.post("/v1/widget/tokens", json=body, headers={"X-API-Key": key})


@pytest.fixture
def server_key(container: Container) -> str:
    """A server key of tenant acme (what a portal's backend holds)."""
    return container.keys.create("server", "acme", "portal").key


def _draft(client: TestClient, key: str) -> str:
    body = {"kind": "answer", "title": "Private question", "claims": [{"text": "secret"}]}
    r = client.post("/v1/drafts", json=body, headers={"X-API-Key": key})
    assert r.status_code == 201, r.text
    return str(r.json()["id"])


def test_defect_21_token_from_a_server_key_acts_for_its_tenant_and_subject_only(
    client: TestClient, keys: Keys, server_key: str
) -> None:
    minted = _mint(client, server_key, subject="alice", ttl_s=120)
    assert minted.status_code == 201, minted.text
    token = minted.json()["token"]
    assert minted.json()["expires_in"] == 120 and minted.json()["tenant"] == "acme"
    me = client.get("/v1/me", headers=_bearer(token)).json()
    assert (me["tenant"], me["subject"], me["role"]) == ("acme", "alice", "exporter")
    alice_draft = _draft(client, keys.exporter)  # alice's own key
    bob_draft = _draft(client, keys.exporter2)
    other_draft = _draft(client, keys.other_exporter)
    assert client.get(f"/v1/drafts/{alice_draft}", headers=_bearer(token)).status_code == 200
    for foreign in (bob_draft, other_draft):  # another user; another tenant
        assert client.get(f"/v1/drafts/{foreign}", headers=_bearer(token)).status_code == 404
    listed = client.get("/v1/drafts", headers=_bearer(token)).json()
    assert {d["id"] for d in listed} == {alice_draft}
    # an exporter's token is an exporter: no staff routes, no minting more tokens
    assert client.get("/v1/buyers", headers=_bearer(token)).status_code == 403
    assert client.post("/v1/widget/tokens", json={}, headers=_bearer(token)).status_code == 403


def test_defect_21_who_may_mint_which_token(
    client: TestClient, keys: Keys, server_key: str
) -> None:
    assert _mint(client, server_key).status_code == 403  # a server key must name the user
    own = _mint(client, keys.exporter)  # an exporter key: a token for itself only
    assert own.status_code == 201 and own.json()["subject"] == "alice"
    assert _mint(client, keys.exporter, subject="bob").status_code == 403
    assert _mint(client, keys.advisor, subject="alice").status_code == 403
    assert _mint(client, keys.other_admin, subject="x").json()["tenant"] == "other"
    too_long = _mint(client, server_key, subject="alice", ttl_s=86_400)
    assert too_long.status_code == 422 and "widget_token_max_ttl_s" in too_long.text
    # a server key is not a person: it cannot chat or read drafts itself
    assert client.get("/v1/drafts", headers={"X-API-Key": server_key}).status_code == 403


def test_defect_21_expired_token_is_a_clear_401(client: TestClient, container: Container) -> None:
    past = WidgetTokens(
        container.sessions, container.widget_tokens._secret, clock=lambda: time.time() - 3600
    )
    token = past.mint("acme", "alice", ttl_s=60).token
    for response in (
        client.get("/v1/me", headers=_bearer(token)),
        client.post("/v1/chat", json={"message": "hello"}, headers=_bearer(token)),  # guard
    ):
        assert response.status_code == 401
        error = response.json()["error"]
        assert error["code"] == "token_expired"
        assert "expired at" in error["message"] and "new one" in error["message"]


def test_defect_21_revoked_tokens_are_refused(
    client: TestClient, container: Container, server_key: str
) -> None:
    first = _mint(client, server_key, subject="alice").json()
    second = _mint(client, server_key, subject="alice").json()
    other_server = container.keys.create("server", "other", "portal").key
    r = client.post(
        "/v1/widget/revocations",
        json={"token_id": first["token_id"]},
        headers={"X-API-Key": other_server},
    )
    assert r.status_code == 201  # recorded for tenant 'other': acme's token is untouched
    assert client.get("/v1/me", headers=_bearer(first["token"])).status_code == 200
    r = client.post(
        "/v1/widget/revocations",
        json={"token_id": first["token_id"]},
        headers={"X-API-Key": server_key},
    )
    assert r.status_code == 201
    refused = client.get("/v1/me", headers=_bearer(first["token"]))
    assert refused.status_code == 401 and refused.json()["error"]["code"] == "token_revoked"
    assert client.get("/v1/me", headers=_bearer(second["token"])).status_code == 200
    # every token of a user so far (log-out everywhere); a new one works again
    r = client.post(
        "/v1/widget/revocations", json={"subject": "alice"}, headers={"X-API-Key": server_key}
    )
    assert r.status_code == 201
    assert client.get("/v1/me", headers=_bearer(second["token"])).status_code == 401
    third = _mint(client, server_key, subject="alice").json()
    assert client.get("/v1/me", headers=_bearer(third["token"])).status_code == 200
    both = client.post(
        "/v1/widget/revocations",
        json={"subject": "a", "token_id": "b"},
        headers={"X-API-Key": server_key},
    )
    assert both.status_code == 422


def test_defect_21_forged_or_foreign_tokens_are_refused(
    client: TestClient, container: Container
) -> None:
    genuine = container.widget_tokens.mint("acme", "alice").token
    head, body, sig = genuine.split(".")
    tampered = f"{head}.{body[:-2]}{'A' if body[-2] != 'A' else 'B'}{body[-1]}.{sig}"
    foreign = WidgetTokens(container.sessions, b"x" * 32).mint("acme", "alice").token
    for token in (tampered, foreign, "eyJhbGciOiJub25lIn0.e30."):
        r = client.get("/v1/me", headers=_bearer(token))
        assert r.status_code == 401 and r.json()["error"]["code"] == "unauthorized", token


@pytest.fixture
def publishable(client: TestClient, keys: Keys) -> str:
    """A publishable key of tenant acme for SITE, made through the admin API."""
    r = client.post("/v1/keys/publishable", json={"origins": [SITE]}, headers=keys.headers("admin"))
    assert r.status_code == 201, r.text
    return str(r.json()["key"])


def _visitor(
    client: TestClient, key: str, origin: str | None = SITE, visitor: str = "v" * 20
) -> Any:
    headers = {"Origin": origin} if origin else {}
    body = {"publishable_key": key, "visitor": visitor}
    return client.post("/v1/widget/visitor-tokens", json=body, headers=headers)


def test_defect_21_publishable_key_is_bound_to_its_sites(
    client: TestClient, keys: Keys, publishable: str
) -> None:
    made = _visitor(client, publishable)
    assert made.status_code == 201, made.text
    assert made.json()["role"] == "visitor" and made.json()["tenant"] == "acme"
    again = _visitor(client, publishable).json()
    assert again["subject"] == made.json()["subject"]  # one browser keeps its conversations
    assert _visitor(client, publishable, visitor="w" * 20).json()["subject"] != again["subject"]
    elsewhere = _visitor(client, publishable, origin="https://evil.example")
    assert elsewhere.status_code == 403 and SITE in elsewhere.json()["error"]["message"]
    assert _visitor(client, publishable, origin=None).status_code == 403
    # the publishable key itself is no API key
    assert client.get("/v1/me", headers={"X-API-Key": publishable}).status_code == 401
    token = made.json()["token"]
    moved = client.get("/v1/me", headers={**_bearer(token), "Origin": "https://evil.example"})
    assert moved.status_code == 401 and SITE in moved.json()["error"]["message"]
    listed = client.get("/v1/keys/publishable", headers=keys.headers("admin")).json()
    client.delete(f"/v1/keys/publishable/{listed[0]['id']}", headers=keys.headers("admin"))
    assert _visitor(client, publishable).status_code == 401


def test_defect_21_visitor_cannot_read_private_drafts_or_buyers(
    client: TestClient, container: Container, keys: Keys, publishable: str
) -> None:
    alice = Principal(key_id="k", subject="alice", role="exporter", tenant="acme")
    conversation = container.chat.conversations.ensure(alice, None, "our prices")
    draft = _draft(client, keys.exporter)
    token = _visitor(client, publishable).json()["token"]
    h = {**_bearer(token), "Origin": SITE}
    assert client.get(f"/v1/drafts/{draft}", headers=h).status_code == 404
    assert client.get("/v1/drafts", headers=h).json() == []
    assert client.get(f"/v1/conversations/{conversation}", headers=h).status_code == 404
    assert client.get("/v1/conversations", headers=h).json() == []
    for method, path, body in (
        ("GET", "/v1/buyers", None),
        ("GET", "/v1/buyers/export", None),
        ("POST", "/v1/shortlists", {"product": {"description": "tea"}, "markets": ["US"]}),
        ("POST", "/v1/drafts", {"kind": "answer", "title": "t", "claims": [{"text": "x"}]}),
        ("POST", "/v1/translate", {"text": "お茶", "source": "ja", "target": "en"}),
        ("GET", "/v1/keys", None),
        ("GET", "/v1/audit", None),
        ("POST", "/v1/widget/tokens", {"subject": "alice"}),
    ):
        r = client.request(method, path, json=body, headers=h)
        assert r.status_code == 403, (path, r.status_code, r.text)
    # the public reference endpoints need nothing at all
    assert client.get("/v1/hs/suggest", params={"q": "green tea"}).status_code == 200


def test_defect_21_publishable_key_is_rate_limited(
    container: Container, keys: Keys, publishable: str, client: TestClient
) -> None:
    container.settings.auth.visitor_session_rate = "2/minute"
    container.settings.auth.visitor_request_rate = "3/minute"
    assert _visitor(client, publishable).status_code == 201
    assert _visitor(client, publishable).status_code == 201
    refused = _visitor(client, publishable)
    assert refused.status_code == 429
    assert refused.json()["error"]["code"] == "rate_limited"
    assert "2/minute" in refused.json()["error"]["message"]
    token = container.publishable_keys._tokens.mint("acme", "visitor-x", "visitor", origin=SITE)
    h = {**_bearer(token.token), "Origin": SITE}
    codes = [client.get("/v1/conversations", headers=h).status_code for _ in range(4)]
    assert codes == [200, 200, 200, 429]
