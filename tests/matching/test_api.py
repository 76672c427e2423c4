"""The buyer and shortlist endpoints over real HTTP, with roles."""

from __future__ import annotations

from fastapi.testclient import TestClient

from export_assist.container import Container
from export_assist.matching.directory import BuyerDirectory
from export_assist.matching.models import FICTITIOUS_NOTICE
from tests.auth.fixtures import Keys
from tests.matching.conftest import run_import

QUERY = {
    "profile": {"certifications": ["HACCP"], "languages": ["ja", "en"]},
    "product": {"code": "090210", "description": "matcha green tea powder"},
    "markets": ["US", "DE"],
    "limit": 5,
}


def test_shortlist_sme_view_hides_screened_out(
    client: TestClient, keys: Keys, small: BuyerDirectory
) -> None:
    r = client.post("/v1/shortlists", json=QUERY, headers=keys.headers("exporter"))
    assert r.status_code == 200, r.text
    body = r.json()
    names = [c["buyer"]["name"] for c in body["candidates"]]
    assert "Vorstal Precision Machinery" not in names
    assert body["screened_out"] == [] and body["screened_out_count"] is None
    first = body["candidates"][0]
    assert first["rank"] == 1 and first["summary"] and len(first["features"]) == 7
    assert first["screening"]["status"] == "clear"


def test_shortlist_advisor_view_shows_why(
    client: TestClient, keys: Keys, small: BuyerDirectory
) -> None:
    query = {**QUERY, "view": "advisor"}
    denied = client.post("/v1/shortlists", json=query, headers=keys.headers("exporter"))
    assert denied.status_code == 403
    r = client.post("/v1/shortlists", json=query, headers=keys.headers("advisor"))
    out = r.json()["screened_out"]
    assert [c["buyer"]["name"] for c in out] == ["Vorstal Precision Machinery"]
    assert out[0]["screening"]["status"] == "hit"
    assert "Vorstal Precision" in out[0]["screening"]["matches"][0]["reason"]


def test_shortlist_bad_input_is_4xx_with_the_field(client: TestClient, keys: Keys) -> None:
    h = keys.headers("exporter")
    bad_country = client.post("/v1/shortlists", json={**QUERY, "markets": ["US", "ZZ"]}, headers=h)
    assert bad_country.status_code == 422
    assert "Unknown country code 'ZZ'" in bad_country.json()["error"]["message"]
    bad_hs = client.post("/v1/shortlists", json={**QUERY, "product": {"code": "9"}}, headers=h)
    assert bad_hs.status_code == 422 and "2 to 10 digits" in bad_hs.json()["error"]["message"]
    empty = client.post("/v1/shortlists", json={**QUERY, "product": {}}, headers=h)
    assert empty.status_code == 422 and "code or a description" in empty.json()["error"]["message"]
    assert client.post("/v1/shortlists", json=QUERY).status_code == 401


def test_buyer_crud_is_for_advisors(
    client: TestClient, keys: Keys, directory: BuyerDirectory
) -> None:
    new = {"name": "Kyoto Select LLC", "country": "US", "product_codes": ["0902"]}
    assert client.post("/v1/buyers", json=new, headers=keys.headers("exporter")).status_code == 403
    h = keys.headers("advisor")
    created = client.post("/v1/buyers", json=new, headers=h)
    assert created.status_code == 201 and created.json()["created"]
    again = client.post(
        "/v1/buyers", json={**new, "name": "KYOTO SELECT, L.L.C.", "city": "Austin"}, headers=h
    )
    assert again.status_code == 200 and not again.json()["created"]
    buyer_id = created.json()["buyer"]["id"]
    assert client.get(f"/v1/buyers/{buyer_id}", headers=h).json()["city"] == "Austin"
    updated = client.put(f"/v1/buyers/{buyer_id}", json={**new, "city": "Boston"}, headers=h)
    assert updated.json()["city"] == "Boston"
    assert client.get("/v1/buyers?country=US", headers=h).json()["total"] == 1
    assert client.delete(f"/v1/buyers/{buyer_id}", headers=h).status_code == 204
    missing = client.get(f"/v1/buyers/{buyer_id}", headers=h)
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "not_found"
    assert client.get("/v1/buyers?country=QQ", headers=h).status_code == 422


def test_import_endpoint_reports_rejected_rows(
    client: TestClient, keys: Keys, directory: BuyerDirectory
) -> None:
    csv = "name,country,product_codes\nGood Co,US,0902\nBad Co,US,0902x\n"
    h = keys.headers("admin")
    job = run_import(client, h, csv)
    assert job["status"] == "done" and job["progress"] == 1.0, job
    report = job["report"]
    assert report["created"] == 1 and report["rejected_total"] == 1
    [rejected] = report["rejected"]
    assert rejected["line"] == 3 and "HS code '0902x'" in rejected["reason"]
    bad = client.post("/v1/buyers/import", files={"file": ("b.txt", "x", "text/plain")}, headers=h)
    assert bad.status_code == 422 and ".csv" in bad.json()["error"]["message"]


def test_sample_directory_is_seeded_once_and_labelled(tmp_path) -> None:
    from export_assist.api.app import create_app
    from export_assist.settings import Settings

    settings = Settings(_env_file=None, data_dir=tmp_path / "d")  # type: ignore[call-arg]
    settings.matching.sample_size = 120
    settings.auth.demo_keys = "off"
    container = Container(settings)
    try:
        for _ in range(2):  # seeding runs at start-up (the lifespan), once: idempotent
            with TestClient(create_app(container=container)):
                pass
        assert container.buyer_directory.count() == 120
        key = container.keys.create("advisor", "t", "a").key
        with TestClient(create_app(container=container)) as client:
            page = client.get("/v1/buyers?limit=3", headers={"X-API-Key": key}).json()
            assert page["notice"] == FICTITIOUS_NOTICE
            assert all(b["fictitious"] and b["notice"] == FICTITIOUS_NOTICE for b in page["items"])
            exported = client.get("/v1/buyers/export?format=csv", headers={"X-API-Key": key})
            assert exported.text.startswith(f"# {FICTITIOUS_NOTICE}")
    finally:
        container.close()
