"""A profile's prefecture is one of the 47 (short names completed): an unknown name was
accepted (200) and silently failed every prefectural programme's rule (s6 trial)."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from pydantic import ValidationError

from export_assist.geo import normalize_prefecture
from export_assist.programmes.profile import ExporterProfile


def test_short_prefecture_names_are_completed() -> None:
    assert [normalize_prefecture(p) for p in ("静岡", "東京", "大阪", "京都", "北海道")] == [
        "静岡県", "東京都", "大阪府", "京都府", "北海道",
    ]  # fmt: skip
    assert ExporterProfile(prefecture=" 山形 ").prefecture == "山形県"
    with pytest.raises(ValidationError, match="unknown prefecture"):
        ExporterProfile(prefecture="架空県")


def test_match_refuses_an_unknown_prefecture_in_japanese(catalogue_client: TestClient) -> None:
    ja = {"Accept-Language": "ja"}
    res = catalogue_client.post(
        "/v1/programmes/match", json={"profile": {"prefecture": "架空県"}}, headers=ja
    )
    assert res.status_code == 422, res.text
    assert "都道府県名で指定してください" in res.json()["error"]["message"]
    short = {"profile": {"prefecture": "静岡", "sector": "food", "company_size": "small"}}
    ok = catalogue_client.post("/v1/programmes/match", json=short, headers=ja)
    assert ok.status_code == 200
    met = [m["met"] for m in ok.json()["matches"]]
    assert any("所在地: 静岡県" in rules for rules in met), met
