"""GET/POST /v1/regulations/search over real HTTP handling (TestClient)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from export_assist.api.app import create_app
from export_assist.container import Container


@pytest.fixture(scope="module")
def client(indexed_container: Container) -> Iterator[TestClient]:
    with TestClient(create_app(container=indexed_container)) as test_client:
        yield test_client


def test_get_search_returns_cited_passages(client: TestClient) -> None:
    response = client.get(
        "/v1/regulations/search", params={"q": "allergen labelling", "country": "de"}
    )
    assert response.status_code == 200
    body = response.json()
    assert body["filters"]["country"] == "DE"
    top = body["hits"][0]
    assert top["citation"]["doc_id"] == "test-eu-food-labelling"
    assert top["citation"]["source_url"] and top["citation"]["verified_on"] == "2026-11-28"


def test_post_search_with_filters(client: TestClient) -> None:
    response = client.post(
        "/v1/regulations/search",
        json={"query": "該非判定", "country": "JP", "topics": ["export_control"], "top_k": 2},
    )
    assert response.status_code == 200
    assert response.json()["hits"][0]["citation"]["doc_id"] == "test-jp-catch-all"


@pytest.mark.parametrize(
    ("params", "field", "words"),
    [
        ({"q": ""}, "q", "at least 1 character"),
        ({"q": "tea", "country": "XX"}, "country", "Unknown country code"),
        ({"q": "tea", "hs_code": "09A"}, "hs_code", "2 to 10 digits"),
        ({"q": "x" * 2001}, "q", "at most 2000"),
    ],
)
def test_bad_queries_get_a_readable_422(
    client: TestClient, params: dict[str, str], field: str, words: str
) -> None:
    response = client.get("/v1/regulations/search", params=params)
    assert response.status_code == 422
    error = response.json()["error"]
    assert error["code"] == "invalid_input"
    assert words in error["message"]
    assert any(d["field"] == field for d in error["details"])


def test_blank_post_query_and_unknown_topic(client: TestClient) -> None:
    response = client.post("/v1/regulations/search", json={"query": "   ", "topics": ["nope"]})
    assert response.status_code == 422
    message = response.json()["error"]["message"]
    assert "blank" in message and "unknown topic" in message


def test_health_counts_chunks(client: TestClient) -> None:
    body = client.get("/healthz").json()
    assert body["status"] == "ok" and body["chunks"] > 0


def test_unknown_route_is_a_json_404(client: TestClient) -> None:
    response = client.get("/v1/nothing-here")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"
