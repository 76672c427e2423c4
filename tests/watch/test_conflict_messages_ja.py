"""A 409 says why in Japanese (s5 user trial): watching the same product and market twice
answered 「ほかの操作と重なりました。もう一度お試しください。」 — telling the exporter to retry what
can never succeed — and deciding on an approved draft did the same for the advisor."""

from __future__ import annotations

from fastapi.testclient import TestClient

from tests.auth.fixtures import Keys

JA = {"Accept-Language": "ja"}


def test_a_second_watch_says_it_is_already_watched(api: TestClient, keys: Keys) -> None:
    headers = {**keys.headers("exporter"), **JA}
    body = {"product": "抹茶", "market": "DE"}
    assert api.post("/v1/watches", json=body, headers=headers).status_code == 201
    twice = api.post("/v1/watches", json=body, headers=headers)
    assert twice.status_code == 409
    error = twice.json()["error"]
    assert error["message"] == "抹茶（DE）はすでにウォッチしています。"
    assert (
        "もう一度お試しください" not in error["message"] and "already watch" in error["message_en"]
    )


def test_a_decision_on_an_approved_draft_says_it_is_approved(api: TestClient, keys: Keys) -> None:
    body = {"kind": "checklist", "title": "抹茶 → DE", "claims": [{"text": "ドイツ語表示"}]}
    made = api.post("/v1/drafts", json=body, headers=keys.headers("exporter"))
    assert made.status_code == 201, made.text
    draft = made.json()
    url = f"/v1/drafts/{draft['id']}/claims/{draft['claims'][0]['id']}/decision"
    advisor = {**keys.headers("advisor"), **JA}
    assert api.post(url, json={"action": "approve"}, headers=advisor).status_code == 200
    again = api.post(url, json={"action": "reject", "comment": "誤り"}, headers=advisor)
    assert again.status_code == 409
    assert (
        again.json()["error"]["message"] == "この下書きは承認済みのため、これ以上変更できません。"
    )
