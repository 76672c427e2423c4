"""Documents: defect 17 (server path in the response; tenants sharing one folder) and
defect 10 (a non-ASCII `sig` on a download link gave a 500)."""

from __future__ import annotations

import json
from typing import Any

import yaml
from fastapi.testclient import TestClient

from tests.auth.fixtures import Keys
from tests.documents.conftest import EXAMPLE


def _shipment() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(
        json.dumps(yaml.safe_load(EXAMPLE.read_text(encoding="utf-8")), default=str)
    )
    return loaded


def _render(client: TestClient, key: str) -> dict[str, Any]:
    body = {"shipment": _shipment(), "languages": ["en"], "formats": ["pdf"]}
    response = client.post("/v1/documents", json=body, headers={"X-API-Key": key})
    assert response.status_code == 201, response.text
    result: dict[str, Any] = response.json()
    return result


def test_defect_17_no_server_path_and_one_folder_per_tenant(client: TestClient, keys: Keys) -> None:
    mine, theirs = _render(client, keys.exporter), _render(client, keys.other_exporter)
    data_dir = str(client.app.state.container.settings.data_dir.resolve())  # type: ignore[attr-defined]
    for result in (mine, theirs):
        assert "folder" not in result
        assert data_dir not in json.dumps(result) and "/tmp" not in json.dumps(result)
    assert mine["set_id"] != theirs["set_id"]
    assert _render(client, keys.exporter2)["set_id"] == mine["set_id"]  # same organisation
    for result in (mine, theirs):
        pdf = client.get(result["urls"]["packing_list.en.pdf"])
        assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")


def test_defect_10_non_ascii_signature_is_a_403_not_a_500(client: TestClient, keys: Keys) -> None:
    url = _render(client, keys.exporter)["urls"]["packing_list.en.pdf"]
    base = url.split("&sig=")[0]
    for sig in ("é" * 32, "署名", "%00", "a" * 5000):
        response = client.get(f"{base}&sig={sig}")
        assert response.status_code in (403, 422), (sig, response.text)
        assert response.json()["error"]["code"] in ("forbidden", "invalid_input")
    huge = client.get(url.replace("expires=", "expires=9" * 40 + "&x="))
    assert huge.status_code in (403, 422)


def test_defect_10_link_check_compares_bytes() -> None:
    import pytest

    from export_assist.documents.links import DownloadLinks
    from export_assist.errors import Forbidden

    links = DownloadLinks(b"k" * 32)
    with pytest.raises(Forbidden):
        links.check("set", "a.pdf", 2**40, "é" * 32)


def test_defect_10_huge_quantities_and_far_dates_are_a_clear_422(
    client: TestClient, keys: Keys
) -> None:
    cases = [
        (("lines", 0, "quantity"), 1e30, "lines.0.quantity"),
        (("lines", 0, "unit_price"), "1e30", "lines.0.unit_price"),
        (("lines", 0, "packages"), 10**30, "lines.0.packages"),
        (("date",), "9999-12-31", "date"),
        (("transport", "departure"), "9999-12-31", "transport.departure"),
    ]
    for path, value, field in cases:
        shipment: Any = _shipment()
        target = shipment
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value
        for url, body in (
            ("/v1/documents/validate", shipment),
            ("/v1/documents", {"shipment": shipment, "languages": ["en"], "formats": ["pdf"]}),
        ):
            response = client.post(url, json=body, headers=keys.headers("exporter"))
            assert response.status_code == 422, (field, url, response.text)
            fields = [d["field"] for d in response.json()["error"]["details"]]
            assert any(f.endswith(field) for f in fields), (field, fields)
    at_the_bounds = _shipment()
    at_the_bounds["date"] = "2100-12-31"
    at_the_bounds["lines"][0]["quantity"] = "1000000000"
    ok = client.post("/v1/documents/validate", json=at_the_bounds, headers=keys.headers("exporter"))
    assert ok.status_code == 200, ok.text
