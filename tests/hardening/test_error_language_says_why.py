"""A Japanese caller is told what went wrong, not only 「見つかりませんでした。」 or
「入力内容に問題があります。」 (s9 trial: `PUT /v1/buyers/999999`, `DELETE /v1/keys/abc`,
`GET /v1/origin/psr/jp_eu_epa/0902`, `POST /v1/translate` with an unknown backend, a future
outcome date and refusals by role said only the generic words; the reason was in
`message_en` alone)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from fastapi.testclient import TestClient

from tests.auth.fixtures import Keys

JA = {"Accept-Language": "ja"}


def _said(response: Any, status: int) -> str:
    assert response.status_code == status, response.text
    error = response.json()["error"]
    assert error["message_en"] and error["message"] != error["message_en"], error
    message: str = error["message"]
    return message


def test_what_was_not_found_is_named(client: TestClient, keys: Keys) -> None:
    advisor, admin = {**JA, **keys.headers("advisor")}, {**JA, **keys.headers("admin")}
    buyer = {"name": "Tea Co", "country": "US"}
    said = _said(client.put("/v1/buyers/999999", json=buyer, headers=advisor), 404)
    assert said.startswith("バイヤー 999999 は見つかりませんでした")
    said = _said(client.delete("/v1/keys/abc", headers=admin), 404)
    assert said == "APIキー abc はこの組織にありません。"
    said = _said(client.get(f"/v1/buyers/imports/{'0' * 32}", headers=advisor), 404)
    assert said.startswith(f"取り込み {'0' * 32} は見つかりませんでした")
    said = _said(client.get("/v1/origin/psr/jp_eu_epa/0902", headers=JA), 404)
    assert "協定「jp_eu_epa」の品目別規則（PSR）の表はこのサーバーに設定されていません" in said


def test_input_that_cannot_be_used_says_why(client: TestClient, keys: Keys) -> None:
    exporter, advisor = {**JA, **keys.headers("exporter")}, {**JA, **keys.headers("advisor")}
    body = {"text": "緑茶", "source": "ja", "target": "en", "backend": "magic"}
    said = _said(client.post("/v1/translate", json=body, headers=exporter), 422)
    assert said.startswith("翻訳方式「magic」は設定されていません")
    tomorrow = (dt.date.today() + dt.timedelta(days=2)).isoformat()
    event = {
        "exporter": "山田製茶",
        "kind": "contacted",
        "occurred_on": tomorrow,
        "region": "静岡県",
    }
    said = _said(client.post("/v1/outcomes/events", json=event, headers=advisor), 422)
    assert f"発生日（occurred_on）{tomorrow} は未来の日付です" in said
    said = _said(
        client.post(
            "/v1/widget/tokens", json={"subject": "alice", "ttl_s": 86_400}, headers=exporter
        ),
        422,
    )
    assert "ウィジェットトークンの最長の有効期間" in said


@pytest.mark.parametrize(
    ("role", "method", "url", "body", "words"),
    [
        ("exporter", "post", "/v1/shortlists",
         {"product": {"description": "緑茶"}, "markets": ["US"], "view": "advisor"},
         "アドバイザーだけが使えます"),
        ("advisor", "post", "/v1/watches", {"product": "緑茶", "market": "DE"}, "輸出者のもの"),
        ("advisor", "post", "/v1/buyers?directory=public", {"name": "Tea Co", "country": "US"},
         "管理者だけです"),
    ],
)  # fmt: skip
def test_a_refusal_says_who_may(
    client: TestClient, keys: Keys, role: str, method: str, url: str, body: Any, words: str
) -> None:
    response = getattr(client, method)(url, json=body, headers={**JA, **keys.headers(role)})
    assert words in _said(response, 403)
