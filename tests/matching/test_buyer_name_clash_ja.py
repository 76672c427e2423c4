"""Renaming a buyer onto another buyer's name and country is a 409 that says why in
Japanese (s5/s6 trial: it said 「ほかの操作と重なりました。もう一度お試しください。」, a retry that
cannot succeed)."""

from __future__ import annotations

from fastapi.testclient import TestClient

from export_assist.matching.directory import BuyerDirectory
from tests.auth.fixtures import Keys


def test_a_buyer_name_clash_says_why_in_japanese(
    client: TestClient, keys: Keys, directory: BuyerDirectory
) -> None:
    h = {**keys.headers("advisor"), "Accept-Language": "ja"}
    first = client.post("/v1/buyers", json={"name": "架空茶舗A", "country": "DE"}, headers=h)
    second = client.post("/v1/buyers", json={"name": "架空茶舗B", "country": "DE"}, headers=h)
    assert first.status_code == 201 and second.status_code == 201
    clash = client.put(
        f"/v1/buyers/{second.json()['buyer']['id']}",
        json={"name": "架空茶舗A", "country": "DE"},
        headers=h,
    )
    assert clash.status_code == 409, clash.text
    error = clash.json()["error"]
    assert error["message"].startswith("同じ名前・国のバイヤーがすでに登録されています")
    assert "もう一度お試しください" not in error["message"]
    assert "another buyer already has the name" in error["message_en"]
