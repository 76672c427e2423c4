"""A field called `query` is named in the error (s8 trial: POST /v1/regulations/search without
its `query` said 「request: 必須の項目です」, the field name dropped as if it were the place
"query string")."""

from __future__ import annotations

from fastapi.testclient import TestClient

JA = {"Accept-Language": "ja"}


def test_missing_query_in_a_search_body_is_named(client: TestClient) -> None:
    r = client.post("/v1/regulations/search", json={"q": "FDA"}, headers=JA)
    assert r.status_code == 422, r.text
    error = r.json()["error"]
    assert error["message"] == "入力内容に問題があります（query: 必須の項目です）。"
    assert error["details"][0]["field"] == "query"


def test_empty_query_and_query_string_fields_still_named(client: TestClient) -> None:
    empty = client.post("/v1/regulations/search", json={"query": ""}, headers=JA)
    assert empty.json()["error"]["details"][0]["field"] == "query"
    top = client.get("/v1/regulations/search?q=FDA&top_k=many", headers=JA)
    assert top.status_code == 422 and top.json()["error"]["details"][0]["field"] == "top_k"
