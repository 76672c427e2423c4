"""Read export sales from e-invoices (Peppol BIS / JP PINT, UBL 2.1 XML).

Parsed with defusedxml: DTDs, entities and external references are refused, so an
uploaded file cannot read local files (XXE) or expand into gigabytes (billion laughs).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from export_assist.errors import InvalidInput

NS = {
    "inv": "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2",
    "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
    "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
}
MAX_BYTES = 5_000_000


@dataclass(frozen=True)
class InvoiceFacts:
    """What one invoice says about a sale."""

    number: str
    issue_date: dt.date
    currency: str
    amount: Decimal  # total without tax
    seller: str
    customer: str
    customer_country: str

    @property
    def export(self) -> bool:
        """A sale to a customer outside Japan."""
        return self.customer_country not in ("", "JP")


@dataclass
class ExportSummary:
    """Export sales over a set of invoices, per currency (no exchange rate is assumed)."""

    invoices: int = 0
    export_invoices: int = 0
    sales_by_currency: dict[str, Decimal] = field(default_factory=dict)
    customers: dict[str, str] = field(default_factory=dict)  # name -> country
    first: dt.date | None = None
    last: dt.date | None = None

    @property
    def countries(self) -> list[str]:
        """Countries sold to, sorted."""
        return sorted(set(self.customers.values()))


def _text(root: Element, path: str) -> str:
    node = root.find(path, NS)
    return (node.text or "").strip() if node is not None else ""


def parse_invoice(data: bytes, name: str = "invoice.xml") -> InvoiceFacts:
    """One UBL invoice's facts; a bad or unsafe file is InvalidInput naming the file."""
    if len(data) > MAX_BYTES:
        raise InvalidInput(f"{name}: larger than {MAX_BYTES // 1_000_000} MB", message_ja=f"{name}: 電子インボイスが{MAX_BYTES // 1_000_000} MBを超えています。")  # fmt: skip
    try:
        root = fromstring(data, forbid_dtd=True)
    except DefusedXmlException as exc:
        raise InvalidInput(f"{name}: refused: the XML declares a DTD or entities ({exc})", message_ja=f"{name}: 安全のため、DTDや実体参照を含むXMLは受け付けません。") from exc  # fmt: skip
    except ParseError as exc:
        raise InvalidInput(f"{name}: not well-formed XML ({exc})", message_ja=f"{name}: XMLとして読み取れません（{exc}）。") from exc  # fmt: skip
    if root.tag != f"{{{NS['inv']}}}Invoice":
        raise InvalidInput(f"{name}: not a UBL 2.1 Invoice (root element is {root.tag})", message_ja=f"{name}: UBL 2.1 の請求書（Invoice）ではありません（ルート要素: {root.tag}）。JP PINT / Peppol の電子インボイスを送ってください。")  # fmt: skip
    return _facts(root, name)


def _facts(root: Element, name: str) -> InvoiceFacts:
    cust = "cac:AccountingCustomerParty/cac:Party/"
    amount_text = _text(root, "cac:LegalMonetaryTotal/cbc:TaxExclusiveAmount") or _text(
        root, "cac:LegalMonetaryTotal/cbc:LineExtensionAmount"
    )
    try:
        amount = Decimal(amount_text)
        issued = dt.date.fromisoformat(_text(root, "cbc:IssueDate"))
    except (InvalidOperation, ValueError) as exc:
        raise InvalidInput(f"{name}: missing or bad IssueDate or TaxExclusiveAmount", message_ja=f"{name}: 発行日（IssueDate）か税抜金額（TaxExclusiveAmount）がないか、読み取れません。") from exc  # fmt: skip
    return InvoiceFacts(
        number=_text(root, "cbc:ID"),
        issue_date=issued,
        currency=_text(root, "cbc:DocumentCurrencyCode").upper(),
        amount=amount,
        seller=_text(
            root, "cac:AccountingSupplierParty/cac:Party/cac:PartyLegalEntity/cbc:RegistrationName"
        ),
        customer=_text(root, cust + "cac:PartyLegalEntity/cbc:RegistrationName")
        or _text(root, cust + "cac:PartyName/cbc:Name"),
        customer_country=_text(
            root, cust + "cac:PostalAddress/cac:Country/cbc:IdentificationCode"
        ).upper(),
    )


def summarise(invoices: list[InvoiceFacts]) -> ExportSummary:
    """Export sales, customers and countries over the invoices."""
    out = ExportSummary(invoices=len(invoices))
    for inv in invoices:
        if not inv.export:
            continue
        out.export_invoices += 1
        out.sales_by_currency[inv.currency] = (
            out.sales_by_currency.get(inv.currency, Decimal(0)) + inv.amount
        )
        out.customers[inv.customer] = inv.customer_country
        out.first = min(out.first or inv.issue_date, inv.issue_date)
        out.last = max(out.last or inv.issue_date, inv.issue_date)
    return out
