"""A checklist for an HS code of 6+ digits carries the import duty: the official lookup by
default, the UK Trade Tariff API's rates when that adapter is enabled (replayed from a
recorded response); a shorter code or a failed lookup adds nothing and breaks nothing."""

from __future__ import annotations

import datetime as dt

from export_assist.compliance.schemas import ChecklistRequest
from export_assist.container import Container
from export_assist.domain.compliance import Checklist
from export_assist.duties.service import DutyService
from export_assist.duties.uk_tariff import UkTariffClient
from tests.duties.test_uk_tariff import replay


def _checklist(container: Container, hs: str | None, market: str) -> Checklist:
    request = ChecklistRequest(product="green tea", hs_code=hs, destinations=[market])
    return container.checklists.build(request)[0]


def test_links_by_default_and_nothing_for_a_heading(container: Container) -> None:
    us = _checklist(container, "0902.10", "US")
    assert us.duties is not None and us.duties.source == "links_only"
    assert us.duties.links[0].url == "https://hts.usitc.gov/search?query=0902.10"
    assert _checklist(container, "0902", "US").duties is None  # a heading has no duty line


def test_uk_rates_when_enabled_and_a_missing_code_is_no_error(container: Container) -> None:
    client = UkTariffClient("https://api.example/api/v2", 5, transport=replay([]))
    now = dt.datetime(2026, 11, 29, tzinfo=dt.UTC)
    container.give(duties=DutyService(client, lambda: now))
    gb = _checklist(container, "0201100021", "GB")
    assert gb.duties is not None and gb.duties.source == "uk_trade_tariff_api"
    assert gb.duties.rates[0].rate == "12.00 % + 147.00 GBP / 100 kg"
    assert _checklist(container, "0201100099", "GB").duties is None  # 404 upstream: no line
