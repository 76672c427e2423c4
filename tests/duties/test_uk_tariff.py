"""The UK Trade Tariff adapter on recorded real API responses (tests/data/duties/uk/,
sources in SOURCES.md): MFN and Japan's preferential rate as the API states them, the
HTTP adapter through a replaying transport, and its failures as clear errors."""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import json

import httpx
import pytest

from export_assist.duties.service import DutyService
from export_assist.duties.uk_tariff import UkTariffClient, parse_commodity
from export_assist.errors import InvalidInput, NotFound, ServiceUnavailable
from tests.conftest import TEST_DATA

UK = TEST_DATA / "duties" / "uk"
BEEF = "commodity_0201100021.json.gz"
PORCELAIN = "commodity_6911100090_filter_AD.json.gz"
NOW = dt.datetime(2026, 11, 29, 12, 0, tzinfo=dt.UTC)


def recorded(name: str) -> bytes:
    """The recorded body, checked against the digest in SOURCES.md (nothing edited)."""
    body = gzip.decompress((UK / name).read_bytes())
    assert hashlib.sha256(body).hexdigest() in (UK / "SOURCES.md").read_text()
    return body


def replay(requests: list[str]) -> httpx.MockTransport:
    """Answers /commodities/<code> from the recordings; anything else is a 404 like the API's."""
    files = {"0201100021": BEEF}

    def handler(request: httpx.Request) -> httpx.Response:
        requests.append(str(request.url))
        code = request.url.path.rsplit("/", 1)[-1]
        if code in files:
            return httpx.Response(200, content=recorded(files[code]))
        return httpx.Response(404, json={"errors": [{"detail": "not found"}]})

    return httpx.MockTransport(handler)


def test_mfn_and_japanese_preference_from_the_beef_recording() -> None:
    description, rates = parse_commodity(json.loads(recorded(BEEF)), origin="JP")
    assert description == "Of bison"
    mfn = [r for r in rates if r.kind == "mfn"]
    assert [r.rate for r in mfn] == ["12.00 % + 147.00 GBP / 100 kg"]
    assert mfn[0].area == "1011" and mfn[0].measure_type == "Third country duty"
    assert mfn[0].legal_basis.startswith("S.I. 2020/1430")
    japan = [r for r in rates if r.kind == "preferential" and r.area == "JP"]
    assert [(r.rate, r.area_name, r.measure_type) for r in japan] == [
        ("0.00 %", "Japan", "Tariff preference")
    ]
    assert japan[0].starts == dt.date(2021, 1, 1)
    assert rates[0].kind == "mfn"  # MFN first, then the origin's own preference


def test_another_origin_gets_its_own_preference_and_none_is_invented() -> None:
    _, australia = parse_commodity(json.loads(recorded(BEEF)), origin="AU")
    prefs = [(r.measure_type, r.rate, r.quota_order_number, r.area) for r in australia[1:]]
    assert prefs[:2] == [
        ("Preferential tariff quota", "0.00 %", "054970", "AU"),
        ("Tariff preference", "12.00 % + 147.00 GBP / 100 kg", None, "AU"),
    ]
    # a group that has Australia as a member counts too (here the CPTPP one)
    assert ("CPTPP Australia", "2056") in {(r.area_name, r.area) for r in australia}
    _, porcelain_jp = parse_commodity(json.loads(recorded(PORCELAIN)), origin="JP")
    assert [(r.kind, r.rate) for r in porcelain_jp] == [("mfn", "12.00 %")]  # AD-only measures
    _, porcelain_ad = parse_commodity(json.loads(recorded(PORCELAIN)), origin="AD")
    assert [(r.kind, r.rate) for r in porcelain_ad] == [
        ("mfn", "12.00 %"),
        ("preferential", "0.00 %"),
    ]


def test_a_body_that_is_not_a_commodity_is_refused() -> None:
    with pytest.raises(InvalidInput, match="not a commodity"):
        parse_commodity({"data": {"type": "heading"}})


def test_the_service_reads_the_api_through_the_adapter() -> None:
    seen: list[str] = []
    client = UkTariffClient("https://api.example/api/v2", 5, transport=replay(seen))
    found = DutyService(client, lambda: NOW).lookup("0201.10.00.21", "uk")
    assert seen == ["https://api.example/api/v2/commodities/0201100021"]
    assert found.source == "uk_trade_tariff_api" and found.market == "GB"
    assert found.retrieved_at == NOW
    assert "MFN（一般）税率: 12.00 % + 147.00 GBP / 100 kg" in found.message_ja
    assert "日本原産の特恵税率: 0.00 %" in found.message_ja
    assert "preferential duty for goods of Japanese origin: 0.00 %" in found.message_en
    assert found.links[0].url.endswith("/commodities/0201100021?country=JP")
    with pytest.raises(NotFound, match="0201100099"):
        DutyService(client, lambda: NOW).lookup("0201100099", "GB")


def test_an_unreachable_api_is_a_clear_503() -> None:
    def down(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("no route", request=request)

    client = UkTariffClient("https://api.example/api/v2", 5, transport=httpx.MockTransport(down))
    with pytest.raises(ServiceUnavailable, match="could not be reached"):
        DutyService(client, lambda: NOW).lookup("020110", "GB")


@pytest.mark.parametrize(
    ("market", "hosts"),
    [
        ("US", ["hts.usitc.gov"]),
        ("DE", ["ec.europa.eu", "trade.ec.europa.eu"]),
        ("EU", ["ec.europa.eu"]),
        ("GB", ["www.trade-tariff.service.gov.uk"]),
    ],
)
def test_without_an_api_the_answer_is_official_links(market: str, hosts: list[str]) -> None:
    found = DutyService(None, lambda: NOW).lookup("0902.10", market)
    assert found.source == "links_only" and found.rates == []
    assert [httpx.URL(link.url).host for link in found.links] == hosts
    assert all(link.url.startswith("https://") and link.code_filled for link in found.links)
    assert "推測" in found.message_ja and "never show a guessed rate" in found.message_en
    if market == "GB":
        assert "compliance.duties.uk_api" in found.message_en


def test_a_market_without_a_code_lookup_gets_jetros_guide_and_its_name() -> None:
    found = DutyService(None, lambda: NOW).lookup("090210", "VN")
    assert [(link.url, link.code_filled) for link in found.links] == [
        ("https://www.jetro.go.jp/lib/tariff/", False)
    ]
    assert found.message_ja.startswith("ベトナムのHS 0902.10の関税率は")
    assert "未接続" in found.message_ja and "推測" in found.message_ja
    assert (
        "HS 0902.10 in Viet Nam" in found.message_en or "HS 0902.10 in Vietnam" in found.message_en
    )


@pytest.mark.parametrize("code", ["09", "0902", "abc", "09021012345"])
def test_a_code_shorter_than_a_subheading_or_malformed_is_refused(code: str) -> None:
    with pytest.raises(InvalidInput):
        DutyService(None, lambda: NOW).lookup(code, "US")


def test_us_link_uses_the_schedules_dotted_form() -> None:
    found = DutyService(None, lambda: NOW).lookup("09021010", "US")
    assert found.links[0].url == "https://hts.usitc.gov/search?query=0902.10.10"


def test_origin_is_an_iso_code() -> None:
    assert DutyService(None, lambda: NOW).lookup("090210", "US", origin="jp").origin == "JP"
    with pytest.raises(InvalidInput, match="origin"):
        DutyService(None, lambda: NOW).lookup("090210", "US", origin="Japan")
