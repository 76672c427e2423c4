"""Duties through the API and the CLI: official links by default (no network), rates from
the UK Trade Tariff API when the adapter is enabled (here replaying a recorded response),
and bad input as a readable 422."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from export_assist.api.app import create_app
from export_assist.cli import app as cli
from export_assist.container import Container
from export_assist.duties.service import DutyService
from export_assist.duties.uk_tariff import UkTariffClient
from tests.duties.test_uk_tariff import replay


@pytest.fixture
def api(container: Container) -> Iterator[TestClient]:
    with TestClient(create_app(container=container)) as client:
        yield client


def test_default_is_links_only_and_needs_no_key(api: TestClient, container: Container) -> None:
    assert container.settings.compliance.duties.uk_api is False  # no network unless enabled
    found = api.get("/v1/duties", params={"hs": "0902.10", "market": "us"})
    assert found.status_code == 200, found.text
    body = found.json()
    assert body["source"] == "links_only" and body["rates"] == []
    assert body["links"][0]["url"] == "https://hts.usitc.gov/search?query=0902.10"


def test_a_market_by_its_long_name(api: TestClient) -> None:
    """s8 trial: 「アラブ首長国連邦」 was refused as longer than 4 characters."""
    found = api.get("/v1/duties", params={"hs": "0902.10", "market": "アラブ首長国連邦"})
    assert found.status_code == 200, found.text
    assert found.json()["market"] == "AE"


def test_enabled_uk_adapter_answers_with_the_apis_rates(
    api: TestClient, container: Container
) -> None:
    seen: list[str] = []
    client = UkTariffClient("https://api.example/api/v2", 5, transport=replay(seen))
    now = dt.datetime(2026, 11, 29, tzinfo=dt.UTC)
    container.give(duties=DutyService(client, lambda: now))
    body = api.get("/v1/duties", params={"hs": "0201100021", "market": "GB"}).json()
    assert body["source"] == "uk_trade_tariff_api"
    assert [(r["kind"], r["rate"]) for r in body["rates"] if r["area"] in ("1011", "JP")] == [
        ("mfn", "12.00 % + 147.00 GBP / 100 kg"),
        ("preferential", "0.00 %"),
    ]
    missing = api.get("/v1/duties", params={"hs": "0201100099", "market": "GB"})
    assert missing.status_code == 404 and "0201100099" in missing.json()["error"]["message"]


@pytest.mark.parametrize(
    ("params", "words"),
    [
        ({"hs": "0902", "market": "US"}, "hs"),  # FastAPI: too short
        ({"hs": "0902xx", "market": "US"}, "6 to 10 digits"),
        ({"hs": "090210", "market": "ZZ"}, "ZZ"),
    ],
)
def test_bad_input_is_a_readable_422(api: TestClient, params: dict[str, str], words: str) -> None:
    found = api.get("/v1/duties", params=params)
    assert found.status_code == 422, found.text
    assert words in str(found.json()["error"])


def test_cli_prints_the_links_in_japanese(
    container: Container, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("EXPORT_ASSIST_DATA_DIR", str(container.settings.data_dir))
    result = CliRunner().invoke(cli, ["duties", "0902.10", "--to", "DE"])
    assert result.exit_code == 0, result.output
    assert "推測して表示することはしません" in result.output
    assert "taric/measures.jsp?Lang=en&Taric=0902100000&Area=JP" in result.output
    # s8 trial: the link titles were English under the Japanese message
    assert "EUのTARIC: 0902100000" in result.output and "TARIC: measures for" not in result.output
    vietnam = CliRunner().invoke(cli, ["duties", "8427.20", "--to", "VN"])
    assert "ジェトロ・ビジネスライブラリー" in vietnam.output, vietnam.output
    assert "JETRO Business Library" not in vietnam.output
    english = CliRunner().invoke(cli, ["duties", "8427.20", "--to", "VN", "--lang", "en"])
    assert "JETRO Business Library" in english.output
    wrong = CliRunner().invoke(cli, ["duties", "09", "--to", "DE"])
    assert wrong.exit_code != 0 and "6 to 10 digits" in wrong.output
