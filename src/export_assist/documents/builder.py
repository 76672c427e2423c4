"""Build the bilingual document views of a shipment (one per document and language).
Every fixed text comes from the term base, every number and date is formatted for the
document's language; the facts for the cross-document check stay language-neutral."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from export_assist.documents.models import Shipment, Totals
from export_assist.documents.parts import (
    all_parties,
    common,
    date,
    delivery,
    description,
    party_lines,
    payment,
)
from export_assist.documents.statements import cover_letter, origin_statement
from export_assist.documents.texts import Texts
from export_assist.documents.view import Bi, Cell, DocView, num, qty

_TOTAL_KEYS = ("amount", "net_weight_kg", "gross_weight_kg", "packages")


def _totals(s: Shipment, kind: str) -> Totals:
    override = s.overrides.get(kind)  # type: ignore[call-overload]
    stated = override.totals if override and override.totals else s.totals
    return Totals(
        amount=stated.amount if stated.amount is not None else sum((ln.line_amount for ln in s.lines), Decimal(0)),
        net_weight_kg=stated.net_weight_kg if stated.net_weight_kg is not None else sum((ln.net_weight_kg for ln in s.lines), Decimal(0)),
        gross_weight_kg=stated.gross_weight_kg if stated.gross_weight_kg is not None else sum((ln.gross_weight_kg for ln in s.lines), Decimal(0)),
        packages=stated.packages if stated.packages is not None else sum(ln.packages for ln in s.lines),
    )  # fmt: skip


def _fact_lines(s: Shipment, view: DocView, totals: Totals, keys: tuple[str, ...]) -> None:
    view.facts["lines"] = [
        {k: v for k, v in {"hs_code": ln.hs_code, "quantity": qty(ln.quantity), "origin": ln.origin,
            "amount": num(ln.line_amount)}.items() if k in keys}
        for ln in s.lines
    ]  # fmt: skip
    view.facts["totals"] = {k: str(getattr(totals, k)) for k in _TOTAL_KEYS if k in keys}


def _invoice_table(s: Shipment, view: DocView, t: Texts) -> None:
    ids = [
        "line_no",
        "description",
        "model_number",
        "hs_code",
        "origin",
        "quantity",
        "unit",
        "unit_price",
        "amount",
    ]
    view.columns = [t.label(f"field.{c}") for c in ids]
    view.rows = [
        [str(i + 1), description(s, i, t), ln.model_number or "", ln.hs_code, ln.origin, t.fmt.qty(ln.quantity),
         t.label(f"unit.{ln.unit}"), t.fmt.money(ln.unit_price, of=s.currency), t.fmt.money(ln.line_amount, of=s.currency)]
        for i, ln in enumerate(s.lines)
    ]  # fmt: skip
    for i, ln in enumerate(s.lines):
        view.numbers.update({(i, 5): ln.quantity, (i, 7): ln.unit_price, (i, 8): ln.line_amount})


def _bank(s: Shipment, t: Texts) -> list[tuple[Bi, Cell]]:
    if s.bank is None:
        return []
    b = s.bank
    rows: list[tuple[Bi, Cell]] = [(t.label("field.bank_name"), b.bank_name)]
    rows += [(t.label("field.bank_branch"), b.branch)] if b.branch else []
    rows += [(t.label("field.address"), b.address)] if b.address else []
    return [*rows, (t.label("field.swift"), b.swift), (t.label("field.account_number"), b.account_number),
            (t.label("field.account_name"), b.account_name)]  # fmt: skip


def proforma(s: Shipment, t: Texts) -> DocView:
    """Proforma invoice: the quotation the buyer orders (and pays in advance) against, with
    its own number and, for an advance payment, where to pay."""
    view = common(s, "proforma_invoice", t, "doc.proforma_invoice")
    view.meta[0] = (t.label("field.proforma_number"), s.proforma_number)
    valid = s.date + dt.timedelta(days=s.proforma.valid_days)
    view.meta += [(t.label("field.valid_until"), date(valid, t)), (t.label("field.delivery_terms"), delivery(s, t)),
                  (t.label("field.payment_terms"), payment(s, t)), (t.label("field.currency"), s.currency)]  # fmt: skip
    view.parties = [(t.label("field.seller"), party_lines(s.parties.exporter, t)),
                    (t.label("field.buyer"), party_lines(s.buyer, t))]  # fmt: skip
    _invoice_table(s, view, t)
    totals = _totals(s, view.kind)
    view.totals = [(t.label("field.total"), t.fmt.money(totals.amount or 0, s.currency))]
    bank = _bank(s, t)
    if bank:
        view.totals += [(t.label("field.bank_details"), ""), *bank]
    _fact_lines(s, view, totals, ("hs_code", "quantity", "origin", "amount"))
    return view


def _marks(s: Shipment, view: DocView, t: Texts) -> None:
    if s.marks:  # shipping marks are printed verbatim, never translated
        label = t.label("field.marks")
        view.paragraphs.append(Bi(f"{label.ja}: {s.marks}", f"{label.tgt}: {s.marks}"))


def commercial(s: Shipment, t: Texts) -> DocView:
    """Commercial invoice: the customs value document of the shipment."""
    view = common(s, "commercial_invoice", t, "doc.commercial_invoice")
    view.meta += [(t.label("field.delivery_terms"), delivery(s, t)), (t.label("field.payment_terms"), payment(s, t)),
                  (t.label("field.currency"), s.currency), (t.label("field.transport_mode"), t.label(f"mode.{s.transport.mode}")),
                  (t.label("field.port_of_loading"), s.transport.port_of_loading),
                  (t.label("field.port_of_discharge"), s.transport.port_of_discharge)]  # fmt: skip
    if s.transport.vessel:
        view.meta.append((t.label("field.vessel"), s.transport.vessel))
    if s.transport.departure:
        view.meta.append((t.label("field.departure"), date(s.transport.departure, t)))
    view.parties = all_parties(s, view.kind, t)
    _invoice_table(s, view, t)
    totals = _totals(s, view.kind)
    view.totals = _weight_totals(totals, t, amount=t.fmt.money(totals.amount or 0, s.currency))
    keys = (
        "hs_code",
        "quantity",
        "origin",
        "amount",
        "net_weight_kg",
        "gross_weight_kg",
        "packages",
    )
    _fact_lines(s, view, totals, keys)
    _marks(s, view, t)
    return view


def _weight_totals(totals: Totals, t: Texts, amount: str | None = None) -> list[tuple[Bi, Cell]]:
    out: list[tuple[Bi, Cell]] = [(t.label("field.total"), amount)] if amount else []
    return [*out, (t.label("field.packages"), t.fmt.qty(totals.packages or 0)),
                  (t.label("field.net_weight"), t.fmt.weight(totals.net_weight_kg or 0)),
                  (t.label("field.gross_weight"), t.fmt.weight(totals.gross_weight_kg or 0))]  # fmt: skip


def packing(s: Shipment, t: Texts) -> DocView:
    """Packing list: what is in which package, with weights."""
    view = common(s, "packing_list", t, "doc.packing_list")
    view.parties = all_parties(s, view.kind, t)
    ids = [
        "line_no",
        "description",
        "hs_code",
        "quantity",
        "unit",
        "packages",
        "net_weight",
        "gross_weight",
    ]
    view.columns = [t.label(f"field.{c}") for c in ids]
    view.rows = [
        [str(i + 1), description(s, i, t), ln.hs_code, t.fmt.qty(ln.quantity), t.label(f"unit.{ln.unit}"),
         t.count(ln.packages, f"unit.{ln.package_type}"), t.fmt.weight(ln.net_weight_kg),
         t.fmt.weight(ln.gross_weight_kg)]
        for i, ln in enumerate(s.lines)
    ]  # fmt: skip
    for i, ln in enumerate(s.lines):
        view.numbers.update(
            {(i, 3): ln.quantity, (i, 6): ln.net_weight_kg, (i, 7): ln.gross_weight_kg}
        )
    totals = _totals(s, view.kind)
    view.totals = _weight_totals(totals, t)
    _fact_lines(
        s, view, totals, ("hs_code", "quantity", "net_weight_kg", "gross_weight_kg", "packages")
    )
    _marks(s, view, t)
    return view


BUILDERS: dict[str, Callable[[Shipment, Texts], DocView]] = {
    "proforma_invoice": proforma,
    "commercial_invoice": commercial,
    "packing_list": packing,
    "origin_statement": origin_statement,
    "cover_letter": cover_letter,
}


def build(s: Shipment, t: Texts) -> list[DocView]:
    """Every requested document of the shipment in one language pair."""
    return [BUILDERS[kind](s, t) for kind in s.documents]


def facts_of(view: DocView) -> dict[str, Any]:
    """The figures a document states, for the cross-document comparison."""
    return view.facts
