"""A Japanese 404 names what was not found, and a body that is not JSON says where it
broke (s6 user trial): `GET /v1/programmes/nope`, `GET /v1/drafts/999999` and
`GET /v1/origin/BR` answered only 「見つかりませんでした。」; a cut-off JSON body was reported
as a field called 「15」."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient

from tests.auth.fixtures import Keys

JA = {"Accept-Language": "ja"}


def _error(response: Any, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    error: dict[str, Any] = response.json()["error"]
    return error


def test_a_missing_programme_draft_or_origin_route_is_named_in_japanese(
    client: TestClient, keys: Keys
) -> None:
    programme = _error(client.get("/v1/programmes/nope", headers=JA), 404)
    assert programme["message"].startswith("支援策 nope はカタログにありません")
    draft = _error(client.get("/v1/drafts/999999", headers={**JA, **keys.headers("advisor")}), 404)
    assert draft["message"].startswith("下書き 999999 は見つかりませんでした")
    origin = _error(client.get("/v1/origin/BR", headers=JA), 404)
    assert origin["message"].startswith("ブラジル向けの原産地ルートはまだ登録されていません")
    assert "欧州" in origin["message"] and origin["message_en"].startswith("no origin route")


def test_a_cut_off_json_body_says_where_it_broke(client: TestClient, keys: Keys) -> None:
    headers = {**JA, **keys.headers("exporter"), "Content-Type": "application/json"}
    res = client.post("/v1/chat", content='{"message":"抹茶"', headers=headers)
    error = _error(res, 422)
    assert error["details"][0]["field"] == "request"
    assert "JSONとして読み取れません（" in error["message"] and "文字目付近" in error["message"]
    assert "JSON decode error at character" in error["message_en"]
