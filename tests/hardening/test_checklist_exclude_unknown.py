"""A correction that names no known category or condition is refused (s8 trial:
`POST /v1/checklists {"exclude": ["spaceship"]}` answered 200 and the inferred items stayed,
so a misspelt correction looked applied)."""

from __future__ import annotations

from fastapi.testclient import TestClient

JA = {"Accept-Language": "ja"}
BODY = {"product": "抹茶", "destinations": ["DE"]}


def test_an_unknown_exclusion_is_a_japanese_422(client: TestClient) -> None:
    r = client.post("/v1/checklists", json={**BODY, "exclude": ["spaceship"]}, headers=JA)
    assert r.status_code == 422, r.text
    error = r.json()["error"]
    assert error["details"][0]["field"] == "exclude"
    assert "除外する項目が不明です" in error["message"] and "spaceship" in error["message_en"]


def test_a_known_exclusion_is_applied(client: TestClient) -> None:
    r = client.post("/v1/checklists", json={**BODY, "exclude": ["tea"]}, headers=JA)
    assert r.status_code == 200, r.text
    assert "tea" not in r.json()["checklists"][0]["product"]["categories"]
