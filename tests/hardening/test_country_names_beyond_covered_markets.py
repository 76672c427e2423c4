"""A country named in Japanese or English is a country, covered market or not (s8 trial:
{"destination": "北朝鮮"} on the export-control questionnaire and ["ブラジル"] on a checklist
were refused as 「不明な国コードです。国名（例: ドイツ）か…」 although a country name was given);
and three errors that kept their reason in English only now say it in Japanese."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from export_assist.errors import InvalidInput
from export_assist.geo import normalize_country
from tests.auth.fixtures import Keys

JA = {"Accept-Language": "ja"}


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("ブラジル", "BR"),
        ("北朝鮮", "KP"),
        ("ロシア", "RU"),
        ("ロシア連邦", "RU"),
        ("Russia", "RU"),
        ("North Korea", "KP"),
        ("大韓民国", "KR"),
        ("イラン", "IR"),
        ("メキシコ", "MX"),
        ("Brazil", "BR"),
        ("コンゴ民主共和国", "CD"),
    ],
)
def test_any_country_by_its_name(name: str, code: str) -> None:
    assert normalize_country(name) == code


def test_what_is_no_country_is_still_refused() -> None:
    for text in ("火星", "アトランティス", "ゲルマニア", "ab"):
        with pytest.raises(InvalidInput, match="Unknown country code"):
            normalize_country(text)


def _error(response: Any, status: int) -> str:
    assert response.status_code == status, response.text
    return str(response.json()["error"]["message"])


def test_export_control_for_north_korea_by_name(client: TestClient) -> None:
    r = client.post("/v1/export-control/questionnaire", json={"destination": "北朝鮮"}, headers=JA)
    assert r.status_code == 200, r.text
    assert "KP" in r.text


def test_a_checklist_for_brazil_by_name(client: TestClient) -> None:
    body = {"product": "緑茶", "destinations": ["ブラジル"]}
    r = client.post("/v1/checklists", json=body, headers=JA)
    assert r.status_code == 200, r.text
    assert r.json()["checklists"][0]["destination"] == "BR"


def test_reasons_that_were_english_only_are_japanese(client: TestClient, keys: Keys) -> None:
    admin = {**keys.headers("admin"), **JA}
    revoke = _error(client.post("/v1/widget/revocations", json={}, headers=admin), 422)
    assert "token_id" in revoke and "どちらかを指定してください" in revoke
    origins = {"origins": ["not a url"]}
    bad = _error(client.post("/v1/keys/publishable", json=origins, headers=admin), 422)
    assert "サイトのオリジン" in bad and "give one" not in bad
    buyer = {"name": "A", "country": "US", "buyer_type": "importer"}
    buyer |= {"order_min_usd": 500, "order_max_usd": 100}
    advisor = {**keys.headers("advisor"), **JA}
    order = _error(client.post("/v1/buyers", json=buyer, headers=advisor), 422)
    assert "最低発注額" in order and "is larger than" not in order
