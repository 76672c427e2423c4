"""Payment terms that contradict themselves, the proforma's own number and bank details,
and numbers/dates in the document language (issue 12, trade documents)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

import pypdf
import pytest

from export_assist.documents.checks import check_shipment
from export_assist.documents.localfmt import Fmt
from export_assist.documents.models import Shipment
from export_assist.documents.service import DocumentService
from export_assist.errors import InvalidInput


def _codes(data: dict[str, Any]) -> set[str]:
    return {p.code for p in check_shipment(Shipment.model_validate(data))}


@pytest.mark.parametrize(
    ("payment", "note"),
    [("tt_advance", "30日後払い"), ("tt_advance", "net 30 days"), ("cad", "60 days after B/L"),
     ("open_account", "前払いでお願いします"), ("da", "payment in advance")],
)  # fmt: skip
def test_contradicting_payment_terms_are_flagged(
    shipment_data: dict[str, Any], payment: str, note: str
) -> None:
    shipment_data.pop("payment_split")
    shipment_data.update(payment=payment, payment_note=note)
    assert "payment_contradiction" in _codes(shipment_data)


@pytest.mark.parametrize(
    ("payment", "note"),
    [("tt_advance", "送金手数料は買主負担"), ("tt_advance", "30%前払い、残金は船積後30日以内"),
     ("open_account", "net 30 days"), ("da", "D/A 60 days after sight")],
)  # fmt: skip
def test_consistent_payment_terms_pass(
    shipment_data: dict[str, Any], payment: str, note: str
) -> None:
    shipment_data.pop("payment_split")
    shipment_data.update(payment=payment, payment_note=note)
    assert "payment_contradiction" not in _codes(shipment_data)


def test_contradiction_blocks_rendering_with_a_message(
    shipment_data: dict[str, Any], service: DocumentService
) -> None:
    shipment_data.pop("payment_split")
    shipment_data["payment_note"] = "30日後払い"
    with pytest.raises(InvalidInput, match="payment_note: the payment method is tt_advance"):
        service.render(Shipment.model_validate(shipment_data), ["en"], ["pdf"])


def test_advance_payment_without_bank_details_warns(shipment_data: dict[str, Any]) -> None:
    shipment_data.pop("bank")
    problems = check_shipment(Shipment.model_validate(shipment_data))
    assert [p.severity for p in problems if p.code == "bank_details_missing"] == ["warning"]


def test_proforma_reusing_the_invoice_number_is_an_error(shipment_data: dict[str, Any]) -> None:
    shipment_data["proforma"] = {"number": shipment_data["reference"]}
    assert "proforma_number_reused" in _codes(shipment_data)


def test_proforma_has_its_own_number_and_the_bank_details(
    shipment: Shipment, service: DocumentService
) -> None:
    result = service.render(shipment, ["de"], ["pdf"])
    text = "\n".join(
        p.extract_text()
        for p in pypdf.PdfReader(Path(result.folder) / "proforma_invoice.de.pdf").pages
    )
    assert "PI-2025-0311" in text and "INV-2025-0142" not in text
    for expected in (
        "Bankverbindung",
        "EXMPJPJT",
        "1234567",
        "Anzahlung 30",
        "Restbetrag 70",
        "vor der Verschiffung",
    ):
        assert expected in text, expected
    assert "9. April 2025" in text, "valid 30 days from 10 March"


def test_numbers_and_dates_follow_the_document_language() -> None:
    en, de, fr = Fmt("en"), Fmt("de"), Fmt("fr")
    assert (en.money(Decimal("7800"), "EUR"), de.money(Decimal("7800"), "EUR")) == (
        "EUR 7,800.00",
        "EUR 7.800,00",
    )
    assert (en.weight(Decimal("234.000")), de.weight(Decimal("234.5"))) == ("234 kg", "234,5 kg")
    assert de.date(dt.date(2025, 3, 20)) == "20. März 2025"
    assert fr.country("JP") == "Japon" and Fmt("ja").country("DE") == "ドイツ"


def test_issue14_defect10_absurd_quantities_and_dates_are_a_clear_422_not_a_500(
    shipment_data: dict[str, Any],
) -> None:
    from pydantic import ValidationError

    for path, value in ((("lines", 0, "quantity"), "1e30"), (("date",), "9999-12-31")):
        data = {**shipment_data, "lines": [dict(ln) for ln in shipment_data["lines"]]}
        target: Any = data
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value
        with pytest.raises(ValidationError):
            Shipment.model_validate(data)


def test_issue14_defect5_spreadsheet_text_is_never_a_formula(
    shipment_data: dict[str, Any], service: DocumentService
) -> None:
    import openpyxl

    shipment_data["reference"] = '=HYPERLINK("http://example.invalid","x")'
    shipment_data["lines"][0]["description"]["en"] = "Sencha\x07 green tea"
    result = service.render(Shipment.model_validate(shipment_data), ["en"], ["xlsx"])
    ws = openpyxl.load_workbook(Path(result.folder) / "packing_list.en.xlsx").active
    cells = [c for row in ws.iter_rows() for c in row if c.value is not None]
    assert all(c.data_type in ("s", "n") for c in cells)
    assert "'" + shipment_data["reference"] in [c.value for c in cells], "escaped, shown as text"
    assert any("Sencha green tea" in str(c.value) for c in cells), "control character removed"
    assert 120.0 in [c.value for c in cells]
