"""Defect 2 (issue 14): the buyer directory was shared by all tenants. Each tenant now has
a private directory; the public one is curated by admins; nothing crosses tenants."""

from __future__ import annotations

import io
import json
import time
from typing import Any

import pytest
from fastapi.testclient import TestClient
from openpyxl import load_workbook

from export_assist.auth.principal import Principal
from export_assist.container import Container
from export_assist.matching.directory import BuyerDirectory
from export_assist.matching.scope import PUBLIC
from tests.auth.fixtures import Keys
from tests.matching.conftest import run_import

ROLES = ("exporter", "advisor", "admin")
OPS = ("read", "list", "edit", "delete", "import", "export", "shortlist")
SHORTLIST = {
    "product": {"code": "090210", "description": "matcha green tea powder"},
    "markets": ["US"],
    "limit": 20,
}


def _buyer(name: str, email: str) -> dict[str, Any]:
    return {
        "name": name,
        "country": "US",
        "city": "Seattle",
        "product_codes": ["0902"],
        "interests": ["matcha green tea powder"],
        "contact_email": email,
    }


ACME = _buyer("Acme Secret Tea Importer", "buyer@acme-secret.example")
OTHER = _buyer("Other Secret Tea Importer", "buyer@other-secret.example")
SHARED = _buyer("Public Tea Importer", "info@public-tea.example")


def _role_key(keys: Keys, tenant: str, role: str) -> dict[str, str]:
    return keys.headers(role if tenant == "acme" else f"other_{role}")


@pytest.fixture
def world(client: TestClient, keys: Keys, directory: BuyerDirectory) -> dict[str, int]:
    """One private buyer per tenant and one public buyer, created through the API."""
    ids = {}
    for tenant, body in (("acme", ACME), ("other", OTHER)):
        r = client.post("/v1/buyers", json=body, headers=_role_key(keys, tenant, "advisor"))
        assert r.status_code == 201 and r.json()["buyer"]["directory"] == "private", r.text
        ids[tenant] = r.json()["buyer"]["id"]
    r = client.post("/v1/buyers?directory=public", json=SHARED, headers=keys.headers("admin"))
    assert r.status_code == 201 and r.json()["buyer"]["directory"] == "public", r.text
    ids["public"] = r.json()["buyer"]["id"]
    return ids


def _attempt(client: TestClient, headers: dict[str, str], op: str, buyer_id: int, name: str) -> Any:
    """Run one operation aimed at a buyer; the response."""
    body = {**OTHER, "name": name, "city": "Hacked City"}
    if op == "read":
        return client.get(f"/v1/buyers/{buyer_id}", headers=headers)
    if op == "list":
        return client.get("/v1/buyers?limit=500", headers=headers)
    if op == "edit":
        return client.put(f"/v1/buyers/{buyer_id}", json=body, headers=headers)
    if op == "delete":
        return client.delete(f"/v1/buyers/{buyer_id}", headers=headers)
    if op == "import":  # same name + country as the target: must not overwrite it
        csv = f"name,country,city,contact_email\n{name},US,Hacked City,x@attacker.example\n"
        r = client.post("/v1/buyers/import", files={"file": ("b.csv", csv)}, headers=headers)
        if r.status_code == 202:
            run_import_wait(client, headers, r.json()["id"])
        return r
    if op == "export":
        return client.get("/v1/buyers/export?format=json", headers=headers)
    return client.post("/v1/shortlists", json=SHORTLIST, headers=headers)


def test_buyer_authz_matrix_has_no_cross_tenant_read_or_write(
    client: TestClient, keys: Keys, world: dict[str, int], directory: BuyerDirectory
) -> None:
    """Every role x operation x own/other tenant: 0 cross-tenant reads or writes."""
    secrets = {"acme": ACME, "other": OTHER}
    leaks: list[str] = []
    for tenant in ("acme", "other"):
        foe = "other" if tenant == "acme" else "acme"
        for role in ROLES:
            headers = _role_key(keys, tenant, role)
            for op in OPS:
                r = _attempt(client, headers, op, world[foe], secrets[foe]["name"])
                # The foe's secret (its contact e-mail) or its id in a listing is a leak; its
                # name is not: an import of that name into one's own tenant is one's own row.
                ids = _ids(r)
                if secrets[foe]["contact_email"] in r.text or world[foe] in ids:
                    leaks.append(f"{tenant}/{role}/{op}: read {foe}'s buyer")
                if role == "exporter" and op != "shortlist" and r.status_code != 403:
                    leaks.append(f"{tenant}/{role}/{op}: {r.status_code}, not 403")
                if op in ("read", "edit", "delete") and role != "exporter" and r.status_code != 404:
                    leaks.append(f"{tenant}/{role}/{op} on {foe}: {r.status_code}, not 404")
    # The foes' records are untouched after every attempt.
    for tenant, body in secrets.items():
        stored = directory.get(world[tenant], _scope(tenant))
        assert (stored.name, stored.city, stored.contact_email) == (
            body["name"],
            body["city"],
            body["contact_email"],
        )
        assert directory.count(tenant) == 2  # its own + the same-name import into its own
    assert leaks == []


def run_import_wait(client: TestClient, headers: dict[str, str], job_id: str) -> None:
    """Wait until an import job ends."""
    for _ in range(600):
        job = client.get(f"/v1/buyers/imports/{job_id}", headers=headers).json()
        if job["status"] in ("done", "failed"):
            return
        time.sleep(0.05)
    raise AssertionError(f"import {job_id} did not end")


def _ids(r: Any) -> set[int]:
    """Buyer ids in a listing, shortlist or single-buyer response."""
    try:
        body = r.json()
    except ValueError:
        return set()
    if not isinstance(body, dict):
        return set()
    items = body.get("items") or [c["buyer"] for c in body.get("candidates", [])]
    found = {b["id"] for b in items if "id" in b}
    return found | ({body["id"]} if "id" in body and "name" in body else set())


def _scope(tenant: str) -> Any:
    from export_assist.matching.scope import BuyerScope

    return BuyerScope(tenant)


def test_each_tenant_sees_its_own_and_the_public_buyers(
    client: TestClient, keys: Keys, world: dict[str, int]
) -> None:
    for tenant in ("acme", "other"):
        own = ACME if tenant == "acme" else OTHER
        for role in ("advisor", "admin"):
            headers = _role_key(keys, tenant, role)
            names = {b["name"] for b in client.get("/v1/buyers", headers=headers).json()["items"]}
            assert names == {own["name"], SHARED["name"]}
            exported = json.loads(client.get("/v1/buyers/export?format=json", headers=headers).text)
            assert {b["name"] for b in exported["buyers"]} == names
            mine = client.get("/v1/buyers?directory=private", headers=headers).json()
            assert [b["name"] for b in mine["items"]] == [own["name"]]
        r = client.post(
            "/v1/shortlists", json=SHORTLIST, headers=_role_key(keys, tenant, "exporter")
        )
        names = {c["buyer"]["name"] for c in r.json()["candidates"]}
        assert names == {own["name"], SHARED["name"]}


def test_only_admins_curate_the_public_directory(
    client: TestClient, keys: Keys, world: dict[str, int]
) -> None:
    public = world["public"]
    advisor = keys.headers("advisor")
    assert client.get(f"/v1/buyers/{public}", headers=advisor).status_code == 200
    changed = {**SHARED, "city": "Portland"}
    assert client.put(f"/v1/buyers/{public}", json=changed, headers=advisor).status_code == 403
    assert client.delete(f"/v1/buyers/{public}", headers=advisor).status_code == 403
    r = client.post("/v1/buyers?directory=public", json=SHARED, headers=advisor)
    assert r.status_code == 403
    csv = "name,country\nSneaky Public Co,US\n"
    r = client.post(
        "/v1/buyers/import?directory=public", files={"file": ("b.csv", csv)}, headers=advisor
    )
    assert r.status_code == 403
    for admin in ("admin", "other_admin"):  # an admin of any tenant curates the public directory
        r = client.put(f"/v1/buyers/{public}", json=changed, headers=keys.headers(admin))
        assert r.status_code == 200 and r.json()["city"] == "Portland"


def test_same_name_import_in_another_tenant_does_not_overwrite(
    client: TestClient, keys: Keys, world: dict[str, int], directory: BuyerDirectory
) -> None:
    csv = f"name,country,city\n{ACME['name']},US,Boston\n"
    job = run_import(client, keys.headers("other_advisor"), csv)
    assert job["report"]["created"] == 1 and job["directory"] == "private"
    assert directory.get(world["acme"], _scope("acme")).city == "Seattle"
    # Uniqueness is per tenant: the same name in the same tenant updates in place.
    again = run_import(client, keys.headers("other_advisor"), csv.replace("Boston", "Austin"))
    assert again["report"]["updated"] == 1 and directory.count("other") == 2
    # The job itself is the tenant's: another tenant cannot read it.
    assert (
        client.get(f"/v1/buyers/imports/{job['id']}", headers=keys.headers("advisor")).status_code
        == 404
    )


def test_chat_shortlist_tool_sees_only_the_callers_tenant(
    container: Container, world: dict[str, int]
) -> None:
    from export_assist.agent.turn import TurnContext

    for tenant, own, foe in (("acme", ACME, OTHER), ("other", OTHER, ACME)):
        who = Principal(key_id="k", subject="s", role="exporter", tenant=tenant)
        ctx = TurnContext(principal=who, conversation_id="c")
        arguments = {"product": "matcha", "markets": ["US"], "limit": 20}
        result = container.tools.call("shortlist_buyers", arguments, ctx).result
        assert result.payload is not None, result.error
        names = {c["buyer"]["name"] for c in result.payload.data["candidates"]}
        assert names == {own["name"], SHARED["name"]}
        assert foe["name"] not in result.text


def test_xlsx_export_is_scoped_too(client: TestClient, keys: Keys, world: dict[str, int]) -> None:
    data = client.get("/v1/buyers/export?format=xlsx", headers=keys.headers("advisor")).content
    sheet = load_workbook(io.BytesIO(data)).worksheets[0]
    values = {str(c) for row in sheet.iter_rows(values_only=True) for c in row if c}
    assert ACME["name"] in values and OTHER["name"] not in values


def test_migration_makes_existing_buyers_public(tmp_path: Any) -> None:
    from alembic.script import ScriptDirectory
    from sqlalchemy import text

    from export_assist.storage.db import make_engine, make_session_factory
    from export_assist.storage.migrate import alembic_config, current_revision, upgrade

    engine = make_engine(f"sqlite:///{tmp_path / 'old.db'}")
    upgrade(engine, "0001_buyer_directory")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO buyers (name, name_key, country, buyer_type, code_scheme,"
                " product_codes, interests, certifications_required, certifications_preferred,"
                " languages, channels, source, fictitious, updated_at) VALUES"
                " ('Old Co', 'old', 'US', 'importer', 'hs', '[]', '[]', '[]', '[]', '[]', '[]',"
                " 'manual', 0, '2026-01-01 00:00:00')"
            )
        )
    upgrade(engine)
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert current_revision(engine) == head
    directory = BuyerDirectory(make_session_factory(engine))
    assert directory.count(PUBLIC) == 1
    from export_assist.matching.scope import BuyerScope

    _, items = directory.page(BuyerScope("acme"))
    assert [(b.name, b.directory) for b in items] == [("Old Co", "public")]
    engine.dispose()
