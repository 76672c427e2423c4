"""An unknown market in a watch is reported on the field the exporter sent (s6 trial):
`POST /v1/watches {"product":"抹茶","market":"QQ"}` named a field `destinations`."""

from __future__ import annotations

from fastapi.testclient import TestClient

from tests.auth.fixtures import Keys


def test_an_unknown_watch_market_names_the_market_field(api: TestClient, keys: Keys) -> None:
    headers = {**keys.headers("exporter"), "Accept-Language": "ja"}
    res = api.post("/v1/watches", json={"product": "抹茶", "market": "QQ"}, headers=headers)
    assert res.status_code == 422, res.text
    error = res.json()["error"]
    assert error["details"][0]["field"] == "market" and "destinations" not in res.text
    assert "market: 不明な国コードです" in error["message"]
    named = api.post("/v1/watches", json={"product": "抹茶", "market": "ドイツ"}, headers=headers)
    assert named.status_code == 201 and named.json()["market"] == "DE"


def test_long_market_names_and_unknown_fields(api: TestClient, keys: Keys) -> None:
    """s8 trial: 「アラブ首長国連邦」 was refused as longer than 4 characters, and an unknown
    field was ignored (201) instead of refused as everywhere else."""
    headers = {**keys.headers("exporter"), "Accept-Language": "ja"}
    for name, code in (("アラブ首長国連邦", "AE"), ("フィリピン", "PH")):
        res = api.post("/v1/watches", json={"product": "抹茶", "market": name}, headers=headers)
        assert res.status_code == 201, res.text
        assert res.json()["market"] == code
    extra = {"product": "抹茶", "market": "DE", "markte": "FR"}
    res = api.post("/v1/watches", json=extra, headers=headers)
    assert (
        res.status_code == 422 and "markte: この項目は使えません" in res.json()["error"]["message"]
    )
