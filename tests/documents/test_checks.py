"""Consistency checks explain themselves with field paths."""

from __future__ import annotations

from typing import Any

import pytest

from export_assist.documents.checks import check_shipment
from export_assist.documents.models import Shipment
from export_assist.documents.service import DocumentService
from export_assist.errors import InvalidInput


def _codes(data: dict[str, Any]) -> dict[str, str]:
    return {p.field: p.code for p in check_shipment(Shipment.model_validate(data))}


def test_example_is_consistent(shipment: Shipment) -> None:
    assert check_shipment(shipment) == []


def test_totals_and_line_amounts(shipment_data: dict[str, Any]) -> None:
    shipment_data["totals"]["amount"] = 18000
    shipment_data["lines"][1]["amount"] = 7000
    shipment_data["totals"]["packages"] = 40
    problems = _codes(shipment_data)
    assert problems == {
        "lines[1].amount": "line_amount_mismatch",
        "totals.amount": "total_mismatch",
        "totals.packages": "total_mismatch",
    }


def test_weights_hs_codes_and_origin(shipment_data: dict[str, Any]) -> None:
    shipment_data["lines"][0]["net_weight_kg"] = 200
    shipment_data["totals"].pop("net_weight_kg")
    shipment_data["lines"][2]["hs_code"] = "6911"
    shipment_data["lines"][2]["origin"] = "CN"
    problems = _codes(shipment_data)
    assert problems["lines[0].net_weight_kg"] == "net_exceeds_gross"
    assert problems["lines[2].hs_code"] == "hs_code_invalid"
    assert problems["lines[2].origin"] == "origin_not_japan"


def test_incoterm_must_fit_transport_mode(shipment_data: dict[str, Any]) -> None:
    shipment_data["transport"]["mode"] = "air"
    problems = check_shipment(Shipment.model_validate(shipment_data))
    assert [p.field for p in problems] == ["incoterm"]
    assert "FOB is for sea or inland waterway transport only" in problems[0].message
    assert "use FCA instead" in problems[0].message
    shipment_data["incoterm"] = "FCA"
    assert _codes(shipment_data) == {}


def test_agreement_partner_and_currency(shipment_data: dict[str, Any]) -> None:
    shipment_data["agreement"] = "uk_jp_cepa"
    shipment_data["currency"] = "XYZ"
    assert _codes(shipment_data) == {
        "parties.consignee.country": "not_a_partner",
        "currency": "currency_unknown",
    }


def test_documents_disagree_across_the_set(
    shipment_data: dict[str, Any], service: DocumentService
) -> None:
    shipment_data["overrides"] = {
        "proforma_invoice": {"totals": {"amount": 17000}},
        "packing_list": {
            "consignee": {**shipment_data["parties"]["consignee"], "name": "Other GmbH"}
        },
    }
    report = service.validate(Shipment.model_validate(shipment_data), ["en"])
    fields = {p.field for p in report.problems}
    assert "overrides.proforma_invoice.totals.amount" in fields
    assert "overrides.packing_list.consignee" in fields
    assert "documents.commercial_invoice.totals.amount" in fields
    assert "documents.packing_list.consignee" in fields
    with pytest.raises(InvalidInput) as err:
        service.render(Shipment.model_validate(shipment_data), ["en"])
    assert "nothing was rendered" in err.value.message
    assert {d["field"] for d in err.value.details} >= fields - {"documents.packing_list.consignee"}
    assert not list(service.output_dir.glob("**/*.pdf")) if service.output_dir.exists() else True
