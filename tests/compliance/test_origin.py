"""Origin routes, PSR lookup (UK-Japan CEPA table) and the FEFTA questionnaire."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from export_assist.api.app import create_app
from export_assist.compliance.export_control import ExportControlAnswers, assess
from export_assist.compliance.origin.psr import PsrTable
from export_assist.compliance.origin.routes import OriginService
from export_assist.container import Container
from export_assist.errors import InvalidInput, NotFound
from tests.conftest import shared_data

SAMPLE = {
    "rule_sets": [
        {
            "heading": "3304",
            "subdivision": "",
            "min": "3304000000",
            "max": "3304999999",
            "valid": True,
            "rules": [
                {
                    "rule": "<abbr title='x'>CTSH</abbr>: change of subheading.",
                    "class": ["CTSH"],
                    "operator": None,
                },
                {
                    "rule": "However, non-originating [heading&nbsp;1302](/h/1302) may be used.",
                    "class": [],
                    "operator": None,
                },
                {"rule": "RVC of at least **55%**.", "class": ["RVC"], "operator": "or"},
            ],
        },
        {
            "heading": "33",
            "subdivision": "",
            "min": "3300000000",
            "max": "3399999999",
            "valid": True,
            "rules": [{"rule": "CTH", "class": ["CTH"], "operator": None}],
        },
    ]
}


def test_psr_structure_and_specificity(tmp_path: Path) -> None:
    path = tmp_path / "t.json"
    path.write_text(json.dumps(SAMPLE))
    found = PsrTable.from_file("test", path).lookup("330499")
    assert [r.heading for r in found] == ["3304", "33"]
    first = found[0].alternatives
    assert [[r.classes for r in alt] for alt in first] == [[["CTSH"], []], [["RVC"]]]
    assert first[0][1].text == "However, non-originating heading 1302 may be used."
    assert first[1][0].text == "RVC of at least 55%."
    with pytest.raises(ValueError):
        PsrTable.from_file("test", path).lookup("33a")
    (tmp_path / "bad.json").write_text("[1, 2]")
    with pytest.raises(InvalidInput, match="rule_sets"):
        PsrTable.from_file("x", tmp_path / "bad.json")


def test_uk_japan_cepa_rules_from_shared_data() -> None:
    table = PsrTable.from_file("uk-japan-cepa", shared_data("uk-roo") / "japan.json")
    tea = table.lookup("090210")[0]
    assert tea.heading == "090210-090220"
    assert tea.alternatives[0][0].classes == ["WO"]
    cosmetics = table.lookup("3304")[0]
    classes = {c for alt in cosmetics.alternatives for r in alt for c in r.classes}
    assert {"CTSH", "MAXNOM", "RVC"} <= classes


def test_routes_cover_the_markets_and_cite(compliance_container: Container) -> None:
    service = OriginService(compliance_container.evidence_finder, {})
    de = service.route("DE")
    assert de.agreements[0].name.startswith("Japan-EU")
    assert "12 months" in de.agreements[0].validity
    assert de.needs_advisor_review  # the fixture corpus has no origin documents
    assert service.route("TW").agreements == []
    assert {"EU", "GB", "US", "CN", "KR", "TW", "HK", "SG", "TH", "VN", "AU"} <= set(
        service.markets
    )
    with pytest.raises(NotFound):
        service.route("BR")
    with pytest.raises(NotFound, match="no PSR table"):
        service.psr("eu-japan-epa", "0902")


def test_export_control_flags() -> None:
    machine = assess(
        ExportControlAnswers(destination="CN", product="CNC lathe", categories=["machinery"]), None
    )
    assert [f.check for f in machine.flags] == ["list_control", "catch_all"]
    assert "not a legal classification" in machine.disclaimer
    tea_us = assess(
        ExportControlAnswers(destination="US", categories=["tea"], listed_item="no"), None
    )
    assert tea_us.flags == []
    informed = assess(
        ExportControlAnswers(destination="DE", listed_item="no", informed_by_meti="yes"), None
    )
    assert [f.check for f in informed.flags] == ["catch_all"]


def test_origin_and_export_control_api(compliance_container: Container) -> None:
    client = TestClient(create_app(container=compliance_container))
    assert client.get("/v1/origin/KR").json()["agreements"][0]["name"].startswith("Regional")
    assert client.get("/v1/origin/ZZ").status_code == 422
    assert client.get("/v1/origin/BR").status_code == 404
    response = client.post(
        "/v1/export-control/questionnaire",
        json={
            "destination": "VN",
            "categories": ["electronics"],
            "end_user_on_list": "no",
            "military_or_wmd_use": "no",
        },
    )
    body = response.json()
    assert [f["check"] for f in body["flags"]] == ["list_control"]
    assert body["flags"][0]["why"].startswith("the product's category")
    cited = assess(
        ExportControlAnswers(destination="VN", categories=["electronics"]),
        compliance_container.evidence_finder,
        {"list_control": ["t-jp-fefta"], "catch_all": ["t-jp-fefta"]},
    )
    assert {c.doc_id for f in cited.flags for c in f.citations} == {"t-jp-fefta"}
    bad = client.post(
        "/v1/export-control/questionnaire", json={"destination": "VN", "listed_item": "maybe"}
    )
    assert bad.status_code == 422


def test_every_origin_text_has_its_japanese_twin() -> None:
    """Japanese users read the agreements in Japanese: each English text of
    origin_routes.yaml has a `*_ja` twin with as many data elements."""
    service = OriginService(None, {})
    for market in service.markets:
        route = service.route(market)
        assert bool(route.note) == bool(route.note_ja), market
        for a in route.agreements:
            assert a.name_ja and a.claim_ja and a.validity_ja, (market, a.name)
            assert len(a.data_elements_ja) == len(a.data_elements), (market, a.name)
            assert bool(a.documents_kept) == bool(a.documents_kept_ja), (market, a.name)
            assert "verify" not in a.validity_ja and "verify" not in a.claim_ja
            assert ("verify" in a.validity) == ("要確認" in a.validity_ja), (market, a.name)
