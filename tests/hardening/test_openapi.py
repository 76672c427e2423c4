"""Defect 20: no `Allow` on a 405, undocumented 4xx and export content types, the chat
stream documented as a plain string."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient

from tests.auth.fixtures import Keys


def _spec(client: TestClient) -> dict[str, Any]:
    spec: dict[str, Any] = client.get("/openapi.json").json()
    return spec


def test_defect_20_a_405_names_the_allowed_methods(client: TestClient, keys: Keys) -> None:
    response = client.delete("/v1/regulations/search")
    assert response.status_code == 405
    assert set(response.headers["allow"].replace(" ", "").split(",")) == {"GET", "POST"}
    assert response.json()["error"]["code"] == "method_not_allowed"


def test_defect_20_every_operation_documents_its_errors(client: TestClient) -> None:
    spec = _spec(client)
    error = {"$ref": "#/components/schemas/ErrorResponse"}
    assert "ErrorResponse" in spec["components"]["schemas"]
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            responses = operation["responses"]
            assert {"404", "422", "503"} <= set(responses), (method, path)
            if method in ("post", "put", "patch"):
                assert {"400", "413"} <= set(responses), (method, path)
            for code, response in responses.items():
                if code.startswith(("4", "5")):
                    assert response["content"]["application/json"]["schema"] == error
    drafts = spec["paths"]["/v1/drafts"]["post"]["responses"]
    assert {"401", "403"} <= set(drafts)  # needs a key
    search = spec["paths"]["/v1/regulations/search"]["post"]["responses"]
    assert "401" not in search  # open reference endpoint


def test_defect_20_non_json_content_types_are_documented(client: TestClient) -> None:
    spec = _spec(client)
    download = spec["paths"]["/v1/documents/{set_id}/{name}"]["get"]["responses"]
    assert {"application/pdf", "application/vnd.openxmlformats-officedocument."
            "wordprocessingml.document"} <= set(download["200"]["content"])  # fmt: skip
    assert "403" in download
    chat = spec["paths"]["/v1/chat"]["post"]["responses"]["200"]["content"]
    events = chat["text/event-stream"]["schema"]["oneOf"]
    names = {e["properties"]["event"]["const"] for e in events}
    assert {"meta", "token", "citations", "final", "error"} <= names
    final = next(e for e in events if e["properties"]["event"]["const"] == "final")
    data = final["properties"]["data"]
    assert data["contentMediaType"] == "application/json"
    assert data["contentSchema"] == {"$ref": "#/components/schemas/ChatFinal"}
    assert "application/json" in chat  # stream=false
