"""API keys: hashing, roles, the dependency, the admin endpoints and the CLI."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text
from typer.testing import CliRunner

from export_assist.auth.demo import ensure_demo_keys
from export_assist.auth.service import hash_key
from export_assist.cli import app as cli_app
from export_assist.container import Container
from export_assist.errors import InvalidInput, Unauthorized
from tests.auth.fixtures import Keys


def test_only_the_hash_is_stored(container: Container) -> None:
    created = container.keys.create("exporter", "acme", "alice")
    with container.engine.connect() as conn:
        stored = conn.execute(text("SELECT key_hash, prefix FROM api_keys")).all()
    assert stored == [(hash_key(created.key), created.key[:10])]
    assert created.key not in str(stored)
    who = container.keys.authenticate(created.key)
    assert (who.role, who.tenant, who.subject) == ("exporter", "acme", "alice")


def test_bad_role_and_bad_key_are_clear_errors(container: Container) -> None:
    with pytest.raises(InvalidInput, match="Unknown role 'root'"):
        container.keys.create("root", "acme", "x")
    with pytest.raises(Unauthorized, match="not valid"):
        container.keys.authenticate("ea_nope")
    with pytest.raises(Unauthorized, match="X-API-Key"):
        container.keys.authenticate(None)


def test_me_accepts_header_and_bearer_and_rejects_missing(client: TestClient, keys: Keys) -> None:
    assert client.get("/v1/me", headers=keys.headers("advisor")).json()["role"] == "advisor"
    bearer = {"Authorization": f"Bearer {keys.exporter}"}
    assert client.get("/v1/me", headers=bearer).json()["subject"] == "alice"
    missing = client.get("/v1/me")
    assert missing.status_code == 401
    assert missing.json()["error"]["code"] == "unauthorized"


@pytest.mark.parametrize(
    ("role", "status"),
    [("exporter", 403), ("advisor", 403), ("admin", 200), ("other_admin", 200)],
)
def test_listing_keys_needs_admin_and_stays_in_tenant(
    client: TestClient, keys: Keys, role: str, status: int
) -> None:
    response = client.get("/v1/keys", headers=keys.headers(role))
    assert response.status_code == status
    if status == 200:
        tenants = {k["tenant"] for k in response.json()}
        assert tenants == {"other" if role.startswith("other") else "acme"}
        assert all("key" not in k for k in response.json())


def test_admin_creates_and_revokes_keys_in_own_tenant_only(client: TestClient, keys: Keys) -> None:
    made = client.post(
        "/v1/keys", json={"role": "advisor", "subject": "heidi"}, headers=keys.headers("admin")
    )
    assert made.status_code == 201 and made.json()["tenant"] == "acme"
    new_key, key_id = made.json()["key"], made.json()["id"]
    assert client.get("/v1/me", headers={"X-API-Key": new_key}).status_code == 200
    foreign = client.delete(f"/v1/keys/{key_id}", headers=keys.headers("other_admin"))
    assert foreign.status_code == 404
    assert client.delete(f"/v1/keys/{key_id}", headers=keys.headers("admin")).json()["revoked"]
    assert client.get("/v1/me", headers={"X-API-Key": new_key}).status_code == 401


def test_bad_role_in_body_is_422(client: TestClient, keys: Keys) -> None:
    response = client.post(
        "/v1/keys", json={"role": "root", "subject": "x"}, headers=keys.headers("admin")
    )
    assert response.status_code == 422
    assert "role" in response.json()["error"]["message"]


def test_demo_keys_are_reused_across_restarts(container: Container) -> None:
    first = ensure_demo_keys(container.keys, container.settings)
    second = ensure_demo_keys(container.keys, container.settings)
    assert first == second
    assert container.keys.authenticate(first.advisor).role == "advisor"


def test_cli_creates_lists_and_revokes(
    container: Container, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("EXPORT_ASSIST_DATA_DIR", str(container.settings.data_dir))
    runner = CliRunner()
    made = runner.invoke(cli_app, ["keys", "create", "--role", "advisor", "--tenant", "acme"])
    assert made.exit_code == 0, made.output
    plaintext = made.output.strip().splitlines()[-1]
    assert container.keys.authenticate(plaintext).role == "advisor"
    listed = runner.invoke(cli_app, ["keys", "list", "--tenant", "acme"])
    key_id = listed.output.split()[0]
    assert "advisor" in listed.output and plaintext not in listed.output
    assert runner.invoke(cli_app, ["keys", "revoke", key_id, "--tenant", "acme"]).exit_code == 0
    bad = runner.invoke(cli_app, ["keys", "create", "--role", "root"])
    assert bad.exit_code == 2 and "Unknown role" in bad.output


def test_demo_mode_only_on_loopback_unless_forced(container: Container) -> None:
    from export_assist.auth.demo import demo_enabled

    settings = container.settings
    settings.auth.demo_keys = "auto"
    assert demo_enabled(settings)
    settings.api.host = "0.0.0.0"
    assert not demo_enabled(settings)
    settings.auth.demo_keys = "on"
    assert demo_enabled(settings)
    settings.auth.demo_keys = "off"
    settings.api.host = "127.0.0.1"
    assert not demo_enabled(settings)
