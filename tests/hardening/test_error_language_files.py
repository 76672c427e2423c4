"""A Japanese caller is told in Japanese what is wrong with a file, a comparison or a
translation (s7 user trial): a buyer import of `hostname` answered only
「入力内容に問題があります。」 (the reason was in `message_en` alone), and a comparison of
["DE", "DE"] said 「仕向地がちょうど2つ必要です（指定は1つ）」 although two were given; an
unknown country asked for an ISO code only, though names (ドイツ) are accepted since s6."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient

from tests.auth.fixtures import Keys

JA = {"Accept-Language": "ja"}


def _error(response: Any) -> dict[str, Any]:
    assert response.status_code == 422, response.text
    error: dict[str, Any] = response.json()["error"]
    return error


def test_a_buyer_file_of_the_wrong_kind_is_named_in_japanese(
    client: TestClient, keys: Keys
) -> None:
    headers = {**JA, **keys.headers("advisor")}
    res = client.post("/v1/buyers/import", files={"file": ("hostname", "x")}, headers=headers)
    error = _error(res)
    assert error["message"].startswith("hostname は取り込めません。"), error
    assert "CSV・JSON・JSONL・XLSX" in error["message"]
    assert error["message_en"].startswith("cannot import 'hostname'")


def test_the_same_destination_twice_is_not_a_comparison(client: TestClient) -> None:
    body = {"product": "抹茶", "destinations": ["DE", "DE"]}
    error = _error(client.post("/v1/checklists/compare", json=body, headers=JA))
    assert error["message"].startswith("比較には異なる仕向地がちょうど2つ必要です"), error


def test_a_translation_into_its_own_language_is_refused_in_japanese(
    client: TestClient, keys: Keys
) -> None:
    body = {"text": "抹茶", "source": "ja", "target": "ja"}
    res = client.post("/v1/translate", json=body, headers={**JA, **keys.headers("exporter")})
    error = _error(res)
    assert error["message"] == "翻訳元と翻訳先が同じ言語です。別の言語を指定してください。", error


def test_an_unknown_country_says_that_a_name_will_do(client: TestClient) -> None:
    error = _error(client.get("/v1/origin/%E7%81%AB%E6%98%9F", headers=JA))  # 火星
    assert "国名（例: ドイツ）か、US、DE、CNのような2文字の国コード" in error["message"], error
    assert client.get("/v1/origin/%E3%83%89%E3%82%A4%E3%83%84").status_code == 200  # ドイツ
