"""The FEFTA questionnaire names Japan's sanctions first (s5 user trial): for Russia and an
NC lathe it raised only classification and catch-all, although exports of machine tools
to Russia are banned (regulations/jp/jp-sanctions-export-bans.md)."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from export_assist.api.app import create_app
from export_assist.compliance.export_control import EVIDENCE, ExportControlAnswers, assess
from export_assist.container import Container


@pytest.mark.parametrize("destination", ["RU", "BY", "KP", "IR"])
def test_a_sanctioned_destination_is_flagged_before_classification(destination: str) -> None:
    result = assess(ExportControlAnswers(destination=destination, product="NC旋盤"), None)
    checks = [f.check for f in result.flags]
    assert checks[0] == "sanctions" and "list_control" in checks and "catch_all" in checks
    assert "bans exports" in result.flags[0].what and destination in result.flags[0].why


def test_other_destinations_raise_no_sanctions_flag() -> None:
    for destination in ("CN", "US", "VN"):
        result = assess(ExportControlAnswers(destination=destination), None)
        assert "sanctions" not in [f.check for f in result.flags]


def test_the_sanctions_flag_cites_the_sanctions_document() -> None:
    assert EVIDENCE["sanctions"] == ["jp-sanctions-export-bans"]


def test_a_named_product_without_categories_is_read_for_its_kind(
    compliance_container: Container,
) -> None:
    client = TestClient(create_app(container=compliance_container))
    body = {"destination": "CN", "product": "NC旋盤（金属加工用）", "end_user_on_list": "no"}
    flags = client.post("/v1/export-control/questionnaire", json=body).json()["flags"]
    listed = next(f for f in flags if f["check"] == "list_control")
    assert listed["why"].startswith("the product's category")  # machinery, not "not yet confirmed"
    given = {**body, "categories": ["food"], "listed_item": "no"}
    kept = client.post("/v1/export-control/questionnaire", json=given).json()["flags"]
    assert "list_control" not in [f["check"] for f in kept]  # what the caller said wins
