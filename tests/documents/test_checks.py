"""Consistency checks explain themselves with field paths."""

from __future__ import annotations

import re
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


def _every_kind_of_problem(data: dict[str, Any], service: DocumentService) -> list[Any]:
    """Shipments that, together, fail every check once."""
    broken = [
        {"lines": [{**data["lines"][0], "amount": 1, "net_weight_kg": 999, "hs_code": "0902",
                    "origin": "CN", "origin_criterion": None},
                   {**data["lines"][1], "origin": "ZZ"}, *data["lines"][2:]],
         "totals": {**data["totals"], "amount": 1},
         "currency": "XYZ", "agreement": "uk_jp_cepa", "proforma": {"number": data["reference"]},
         "overrides": {"packing_list": {"consignee": {**data["parties"]["consignee"], "name": "Other GmbH"}},
                       "proforma_invoice": {"totals": {"amount": 17000}}}},
        {"transport": {**data["transport"], "mode": "air"}, "payment_split": None,
         "payment_note": "net 30 days", "bank": None, "agreement": None},
        {"payment": "open_account", "payment_split": None, "payment_note": "payment in advance"},
        {"payment_split": {"advance_percent": 30}},
    ]  # fmt: skip
    found = []
    for change in broken:
        shipment = Shipment.model_validate({**data, **change})
        found += service.validate(shipment, ["en"]).problems
    return found


def test_every_problem_is_said_in_japanese_with_the_same_figures(
    shipment_data: dict[str, Any], service: DocumentService
) -> None:
    """A Japanese reader gets each problem in Japanese (message_ja), naming the same line
    numbers, amounts and codes as the English message, for every check there is."""
    problems = _every_kind_of_problem(shipment_data, service)
    every = {"line_amount_mismatch", "net_exceeds_gross", "hs_code_invalid", "origin_unknown",
             "total_mismatch", "incoterm_mode_mismatch", "currency_unknown", "agreement_missing",
             "not_a_partner", "origin_not_japan", "criterion_missing", "party_mismatch",
             "documents_disagree", "payment_contradiction", "balance_missing",
             "bank_details_missing", "proforma_number_reused"}  # fmt: skip
    assert every - {p.code for p in problems} == set()
    for p in problems:
        assert re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", p.message_ja), (p.code, p.message_ja)
        assert sorted(re.findall(r"\d+", p.message_ja)) == sorted(re.findall(r"\d+", p.message)), (
            p.code, p.message, p.message_ja)  # fmt: skip
