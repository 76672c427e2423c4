"""Errors in the caller's language (issue 9): a request that asks for Japanese
(Accept-Language: ja, as the widget sends it, or ?language=ja) gets a Japanese `message`
that names the field, its English original as `message_en`, and the same code, status and
field paths; without it the answer is the English one, unchanged."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient

from export_assist.api.error_text import error_body, problem_ja, wants_japanese
from tests.auth.fixtures import Keys
from tests.hardening.test_documents_api import _shipment

JA = {"Accept-Language": "ja,en;q=0.8"}


def _error(response: Any, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    error: dict[str, Any] = response.json()["error"]
    return error


def test_chat_validation_error_in_japanese_and_english(client: TestClient, keys: Keys) -> None:
    auth = keys.headers("exporter")
    ja = _error(client.post("/v1/chat", json={"message": "   "}, headers={**auth, **JA}), 422)
    assert ja["code"] == "invalid_input" and ja["details"][0]["field"] == "message"
    assert (
        ja["message"]
        == "入力内容に問題があります（message: 質問が空です。質問を入力してください）。"
    )
    assert "the message is blank" in ja["message_en"]
    en = _error(client.post("/v1/chat", json={"message": "   "}, headers=auth), 422)
    assert en["message"].startswith("Invalid request — message: the message is blank")
    assert "message_en" not in en
    long = {"message": "x" * 5000}
    too_long = _error(client.post("/v1/chat", json=long, headers={**auth, **JA}), 422)
    assert "4000文字以内で入力してください" in too_long["message"]


def test_refusals_before_the_app_are_japanese_too(client: TestClient, keys: Keys) -> None:
    unknown = _error(client.post("/v1/chat", json={"message": "hi"}, headers=JA), 401)
    assert unknown["code"] == "unauthorized" and unknown["message"].startswith("認証に失敗しました")
    huge = {"message": "x" * 30_000}
    over = _error(
        client.post("/v1/chat", json=huge, headers={**keys.headers("exporter"), **JA}), 422
    )
    assert over["details"] == [
        {"field": "message", "problem": "30,000文字あります（1項目20,000文字まで）"}
    ]
    assert "30,000 characters" in over["message_en"]


def test_checklist_and_documents_errors_in_japanese(client: TestClient, keys: Keys) -> None:
    bad = {"product": "tea", "destinations": ["ZZ"]}
    checklist = _error(client.post("/v1/checklists?format=pdf&language=ja", json=bad), 422)
    assert "不明な国コードです" in checklist["message"] and "ZZ" in checklist["message_en"]
    auth = {**keys.headers("exporter"), **JA}
    shipment = _shipment()
    shipment["lines"][0]["net_weight_kg"] = shipment["lines"][0]["gross_weight_kg"] + 5
    body = {"shipment": shipment, "languages": ["en"], "formats": ["pdf"]}
    docs = _error(client.post("/v1/documents", json=body, headers=auth), 422)
    assert docs["message"].startswith("出荷内容に矛盾があるため、書類は作成されていません（")
    line = shipment["lines"][0]
    said = f"1行目: 正味重量 {line['net_weight_kg']} kg が総重量 {line['gross_weight_kg']} kg を超えています"
    assert f"lines[0].net_weight_kg: {said}" in docs["message"]
    # each problem in Japanese too, with the same figures (the widget lists them)
    assert docs["details"][0]["code"] == "net_exceeds_gross"
    assert docs["details"][0]["message_ja"] == said
    assert "line 1: net weight" in docs["details"][0]["message"]
    check = client.post("/v1/documents/validate", json=shipment, headers=auth).json()
    assert [p["message_ja"] for p in check["report"]["problems"]][:1] == [said]
    only_ja = {"shipment": _shipment(), "languages": ["ja"], "formats": ["pdf"]}
    langs = _error(client.post("/v1/documents", json=only_ja, headers=auth), 422)
    assert langs["message"].startswith("日本語以外のバイヤーの言語を1つ以上指定してください")


def test_error_text_units() -> None:
    assert wants_japanese({"accept-language": "ja-JP,ja;q=0.9"})
    assert not wants_japanese({"accept-language": "en-GB,ja;q=0.5"})
    assert wants_japanese({}, "format=pdf&language=ja")
    assert not wants_japanese({"accept-language": "ja"}, "language=en")
    missing = {"type": "missing", "msg": "Field required"}
    assert problem_ja(missing) == "必須の項目です"
    literal = {"type": "literal_error", "msg": "...", "ctx": {"expected": "'ja' or 'en'"}}
    assert problem_ja(literal) == "次のいずれかを指定してください: 'ja'、'en'"
    assert (
        problem_ja({"type": "value_error", "msg": "Value error, something new"}) == "something new"
    )
    body = error_body("not_found", "no such document", japanese=True)
    assert body == {"error": {"code": "not_found", "message": "見つかりませんでした。",
                              "message_en": "no such document"}}  # fmt: skip
