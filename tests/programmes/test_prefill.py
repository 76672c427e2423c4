"""Pre-fill: e-invoices parsed safely, corporate numbers checked, drafts reviewed."""

from __future__ import annotations

from decimal import Decimal

import pytest
from fastapi.testclient import TestClient
from pydantic import ValidationError

from export_assist.container import Container
from export_assist.errors import InvalidInput
from export_assist.programmes.corporate import CompanyDetails, corporate_number_ok
from export_assist.programmes.einvoice import parse_invoice, summarise
from tests.auth.fixtures import Keys, client, keys

from .conftest import CATALOGUE, REPO

__all__ = ["client", "keys"]
INVOICES = REPO / "tests" / "data" / "einvoice"


def _xml(name: str) -> bytes:
    return (INVOICES / name).read_bytes()


def test_invoices_give_export_sales_customers_and_countries() -> None:
    facts = [parse_invoice(_xml(f"invoice{i}.xml"), f"invoice{i}.xml") for i in range(1, 5)]
    assert facts[0].customer_country == "DE" and facts[0].amount == Decimal("1250000")
    s = summarise(facts)
    assert s.invoices == 4 and s.export_invoices == 3  # invoice3 is a domestic sale
    assert s.sales_by_currency == {"JPY": Decimal("3070000")}
    assert s.countries == ["DE", "US"]
    assert str(s.first) == "2026-04-10" and str(s.last) == "2026-09-30"


def test_xxe_and_non_invoices_are_refused() -> None:
    with pytest.raises(InvalidInput, match=r"xxe\.xml: refused"):
        parse_invoice(_xml("xxe.xml"), "xxe.xml")
    with pytest.raises(InvalidInput, match=r"not well-formed"):
        parse_invoice(b"<Invoice><unclosed>", "bad.xml")
    with pytest.raises(InvalidInput, match=r"not a UBL 2\.1 Invoice"):
        parse_invoice(b"<CreditNote/>", "cn.xml")


def test_corporate_number_check_digit() -> None:
    assert corporate_number_ok("7000012050002")  # 国税庁's own published number
    assert not corporate_number_ok("7000012050003")
    assert CompanyDetails(corporate_number="7000-0120-50002").corporate_number == "7000012050002"
    with pytest.raises(ValidationError, match="check digit"):
        CompanyDetails(corporate_number="1234567890123")


PROFILE = {
    "company_size": "small", "capital_jpy": 10_000_000, "employees": 12, "sector": "food",
    "products": ["抹茶パウダー"], "hs_codes": ["0902"], "target_markets": ["DE", "US"],
    "export_experience": "some", "planned_activities": ["trade_fair"],
}  # fmt: skip
COMPANY = {
    "corporate_number": "7000012050002", "name": "架空茶園株式会社（テスト用）",
    "address": "静岡県架空市1-2-3", "representative": "山田 太郎", "established": "2001-04",
    "contact_email": "info@example.invalid", "phone": "000-0000-0000",
}  # fmt: skip


@pytest.fixture
def programmes_client(client: TestClient, container: Container) -> TestClient:
    container.settings.programmes_dir = CATALOGUE
    return client


def test_prefill_fills_and_lists_open_fields(programmes_client: TestClient, keys: Keys) -> None:
    body = {
        "profile": PROFILE, "company": COMPANY,
        "einvoices": [_xml(f"invoice{i}.xml").decode() for i in (1, 2, 3)],
    }  # fmt: skip
    res = programmes_client.post(
        "/v1/programmes/meti-japan-brand/prefill", json=body, headers=keys.headers("exporter")
    )
    assert res.status_code == 200, res.text
    data = res.json()
    assert data["missing"] == ["事業計画の概要", "補助対象経費の見積"]
    assert data["share"] == 0.9 and data["filled"] == 18
    by_key = {f["key"]: f["value"] for f in data["fields"]}
    # the names used everywhere else (geo.country_name_ja), not a second ISO lookup
    assert by_key["export_countries"] == "ドイツ、アメリカ"
    assert by_key["export_sales"].startswith("JPY 2,080,000")
    assert by_key["capital"] == "1,000万円"


def test_prefill_needs_a_key_and_refuses_xxe(programmes_client: TestClient, keys: Keys) -> None:
    url = "/v1/programmes/meti-japan-brand/prefill"
    assert programmes_client.post(url, json={}).status_code == 401
    xxe = {"einvoices": [_xml("xxe.xml").decode()]}
    res = programmes_client.post(url, json=xxe, headers=keys.headers("exporter"))
    assert res.status_code == 422 and "refused" in res.json()["error"]["message"]
    bad_number = {"company": {"corporate_number": "1234567890123"}}
    res = programmes_client.post(url, json=bad_number, headers=keys.headers("exporter"))
    assert res.status_code == 422 and "corporate_number" in res.text


def test_submitted_draft_is_in_the_review_queue(programmes_client: TestClient, keys: Keys) -> None:
    body = {"profile": PROFILE, "company": COMPANY}
    res = programmes_client.post(
        "/v1/programmes/nexi-sme-export-credit-insurance/applications",
        json=body,
        headers=keys.headers("exporter"),
    )
    assert res.status_code == 201, res.text
    draft = res.json()
    assert draft["kind"] == "application" and draft["status"] == "pending"
    assert draft["claims"][0]["citations"][0]["source_url"] == "https://www.nexi.go.jp/product/"
    queue = programmes_client.get("/v1/drafts", headers=keys.headers("advisor")).json()
    assert draft["id"] in [d["id"] for d in queue]
    other = programmes_client.get(
        f"/v1/drafts/{draft['id']}", headers=keys.headers("other_advisor")
    )
    assert other.status_code == 404
    empty = programmes_client.post(
        "/v1/programmes/nexi-sme-export-credit-insurance/applications",
        json={},
        headers=keys.headers("exporter"),
    )
    assert empty.status_code == 422 and "Nothing could be filled" in empty.text


def test_prefill_refuses_an_unknown_top_level_field(
    programmes_client: TestClient, keys: Keys
) -> None:
    """s5 trial P1: `corporate_number` at the top level was dropped silently (200)."""
    body = {"profile": PROFILE, "corporate_number": "7000012050002"}
    headers = {**keys.headers("exporter"), "Accept-Language": "ja"}
    for path in ("prefill", "applications"):
        res = programmes_client.post(
            f"/v1/programmes/meti-japan-brand/{path}", json=body, headers=headers
        )
        assert res.status_code == 422, res.text
        err = res.json()["error"]
        assert "corporate_number" in res.text and "使えません" in err["message"]


def test_prefill_refuses_a_reference_page(programmes_client: TestClient, keys: Keys) -> None:
    """NEXI's country table is looked up, not applied for: a 422 in Japanese, no draft."""
    headers = {**keys.headers("exporter"), "Accept-Language": "ja"}
    body = {"profile": PROFILE, "company": COMPANY}
    for path in ("prefill", "applications"):
        res = programmes_client.post(
            f"/v1/programmes/nexi-country-cover-policy/{path}", json=body, headers=headers
        )
        assert res.status_code == 422, res.text
        assert "申請するものではありません" in res.json()["error"]["message"]
    queue = programmes_client.get("/v1/drafts", headers=keys.headers("advisor")).json()
    assert not [d for d in queue if "国カテゴリー表" in d["title"]]
