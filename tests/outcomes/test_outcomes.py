"""Outcome events: validation, tenant isolation, figures equal to independent SQL, CSV."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from export_assist.container import Container
from export_assist.outcomes.seed import fictitious_history
from tests.auth.fixtures import Keys, client, keys

from .sql_truth import truth

__all__ = ["client", "keys"]
TODAY = dt.date(2026, 11, 29)


@pytest.fixture
def app(client: TestClient, container: Container) -> TestClient:
    container.settings.programmes_dir = Path(__file__).resolve().parents[2] / "programmes"
    container.give(clock=lambda: TODAY)
    return client


def _db(container: Container) -> Path:
    return Path(container.settings.database_url.removeprefix("sqlite:///"))


def _seed(app: TestClient, keys: Keys, container: Container) -> None:
    ids = [p.id for p in container.programmes.catalogue.programmes][:5]
    for event in fictitious_history(ids, TODAY, exporters=18, seed=3):
        res = app.post(
            "/v1/outcomes/events",
            json=event.model_dump(mode="json"),
            headers=keys.headers("advisor"),
        )
        assert res.status_code == 201, res.text


@pytest.mark.parametrize("by", ["programme", "advisor", "region", "market"])
def test_summary_equals_independent_sql(
    app: TestClient, keys: Keys, container: Container, by: str
) -> None:
    _seed(app, keys, container)
    summary = app.get(f"/v1/outcomes/summary?by={by}", headers=keys.headers("advisor")).json()
    expected = truth(_db(container), "acme", by)
    assert {r["key"] for r in summary["rows"]} == set(expected)
    for row in summary["rows"]:
        for field, value in expected[row["key"]].items():
            assert row[field] == value, (by, row["key"], field)
    assert summary["fictitious_events"] > 0
    assert summary["total"]["contacted"] == 18


def test_events_are_validated_and_isolated(app: TestClient, keys: Keys) -> None:
    deal = {
        "exporter": "架空商事（架空）",
        "kind": "deal",
        "occurred_on": "2026-10-01",
        "region": "静岡県",
    }
    res = app.post("/v1/outcomes/events", json=deal, headers=keys.headers("advisor"))
    assert res.status_code == 422 and "deal_value_jpy and market" in res.text
    bad_region = {**deal, "region": "Atlantis", "market": "US", "deal_value_jpy": 100}
    assert (
        app.post(
            "/v1/outcomes/events", json=bad_region, headers=keys.headers("advisor")
        ).status_code
        == 422
    )
    future = {**deal, "market": "US", "deal_value_jpy": 100, "occurred_on": "2027-01-01"}
    res = app.post("/v1/outcomes/events", json=future, headers=keys.headers("advisor"))
    assert res.status_code == 422 and "future" in res.text
    unknown = {**deal, "kind": "support_used", "programme_id": "no-such", "support_amount_jpy": 5}
    res = app.post("/v1/outcomes/events", json=unknown, headers=keys.headers("advisor"))
    assert res.status_code == 422 and "no-such" in res.text
    ja = {**keys.headers("advisor"), "Accept-Language": "ja"}
    said = app.post("/v1/outcomes/events", json=unknown, headers=ja).json()["error"]["message"]
    assert (
        said
        == "支援策ID「no-such」はカタログにありません。カタログにある支援策のIDを指定してください。"
    )
    ok = {**deal, "market": "US", "deal_value_jpy": 1_000_000}
    assert (
        app.post("/v1/outcomes/events", json=ok, headers=keys.headers("advisor")).status_code == 201
    )
    assert (
        app.post("/v1/outcomes/events", json=ok, headers=keys.headers("exporter")).status_code
        == 403
    )
    mine = app.get("/v1/outcomes/events", headers=keys.headers("advisor")).json()
    theirs = app.get("/v1/outcomes/events", headers=keys.headers("other_advisor")).json()
    assert len(mine) == 1 and mine[0]["advisor"] == "carol" and theirs == []


def test_csv_export_matches_and_escapes_formulas(app: TestClient, keys: Keys) -> None:
    event = {
        "exporter": "=HYPERLINK(\"http://x\")", "kind": "contacted", "occurred_on": "2026-10-01",
        "region": "静岡県", "advisor": "=cmd|' /C calc'!A0",
    }  # fmt: skip
    assert (
        app.post("/v1/outcomes/events", json=event, headers=keys.headers("advisor")).status_code
        == 201
    )
    res = app.get("/v1/outcomes/summary.csv?by=advisor", headers=keys.headers("advisor"))
    assert res.status_code == 200 and res.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(res.text)))
    assert rows[0]["contacted"] == "1"
    assert not rows[0]["key"].startswith("=")  # defusedcsv prefixes formula-like cells
    assert rows[-1]["key"] == "total"


@pytest.mark.parametrize(
    ("lang", "heading", "total", "market"),
    [("ja", "接触", "合計", "アメリカ"), ("en", "Contacted", "Total", "United States")],
)
def test_csv_and_summary_speak_the_dashboard_language(
    app: TestClient, keys: Keys, lang: str, heading: str, total: str, market: str
) -> None:
    event = {"exporter": "架空の輸出者", "kind": "contacted", "occurred_on": "2026-10-01",
             "region": "静岡県", "market": "US"}  # fmt: skip
    assert app.post("/v1/outcomes/events", json=event, headers=keys.headers("advisor")).is_success
    res = app.get(
        f"/v1/outcomes/summary.csv?by=market&lang={lang}", headers=keys.headers("advisor")
    )
    rows = list(csv.DictReader(io.StringIO(res.text)))
    assert res.status_code == 200 and heading in rows[0] and "contacted" not in rows[0]
    assert rows[0][heading] == "1" and rows[-1][heading] == "1"
    label = "単位" if lang == "ja" else "Group"
    assert [r[label] for r in rows] == [market, total]
    summary = app.get(
        f"/v1/outcomes/summary?by=market&lang={lang}", headers=keys.headers("advisor")
    )
    assert summary.json()["total"]["label"] == total
    assert summary.json()["rows"][0] == {**summary.json()["rows"][0], "key": "US", "label": market}
    # machines: no lang, the field names as headings
    plain = app.get("/v1/outcomes/summary.csv?by=market", headers=keys.headers("advisor"))
    assert plain.text.splitlines()[0].startswith("key,label,contacted,")


def test_an_unknown_language_is_a_clear_422(app: TestClient, keys: Keys) -> None:
    res = app.get("/v1/outcomes/summary.csv?lang=fr", headers=keys.headers("advisor"))
    assert res.status_code == 422 and res.json()["error"]["details"][0]["field"] == "lang"
