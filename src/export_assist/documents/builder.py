"""Build the bilingual document views of a shipment (one per document and language)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from export_assist.documents.models import Party, Shipment, Totals
from export_assist.documents.origin import load_agreements
from export_assist.documents.texts import Texts
from export_assist.documents.view import Bi, Cell, DocView, num, qty
from export_assist.geo import country_name

PROFORMA_VALIDITY_DAYS = 30
_TOTAL_KEYS = ("amount", "net_weight_kg", "gross_weight_kg", "packages")
_JA_COUNTRY = {"JP": "日本", "EU": "欧州連合", "GB": "英国"}


def _party(p: Party) -> list[str]:
    lines = [p.name] + ([p.name_ja] if p.name_ja else [])
    lines += [p.address, country_name(p.country)]
    lines += [f"Tax ID: {p.tax_id}"] if p.tax_id else []
    return lines + ([p.contact] if p.contact else [])


def _totals(s: Shipment, kind: str) -> Totals:
    override = s.overrides.get(kind)  # type: ignore[call-overload]
    stated = override.totals if override and override.totals else s.totals
    return Totals(
        amount=stated.amount if stated.amount is not None else sum((ln.line_amount for ln in s.lines), Decimal(0)),
        net_weight_kg=stated.net_weight_kg if stated.net_weight_kg is not None else sum((ln.net_weight_kg for ln in s.lines), Decimal(0)),
        gross_weight_kg=stated.gross_weight_kg if stated.gross_weight_kg is not None else sum((ln.gross_weight_kg for ln in s.lines), Decimal(0)),
        packages=stated.packages if stated.packages is not None else sum(ln.packages for ln in s.lines),
    )  # fmt: skip


def _consignee(s: Shipment, kind: str) -> Party:
    override = s.overrides.get(kind)  # type: ignore[call-overload]
    return override.consignee if override and override.consignee else s.parties.consignee


def _description(s: Shipment, i: int, t: Texts) -> Bi:
    line = s.lines[i]
    if t.lang in line.description:
        return Bi(line.description_ja, line.description[t.lang])
    protected = tuple(x for x in (line.model_number,) if x)
    return t.free(line.description_ja, protected=protected)


def _delivery(s: Shipment, t: Texts) -> Bi:
    name = t.label(f"incoterm.{s.incoterm}")
    head = f"{s.incoterm} {s.named_place}, Incoterms® 2020"
    return Bi(f"{head}（{name.ja}）", f"{head} ({name.tgt})")


def _common(s: Shipment, kind: str, t: Texts, title: str) -> DocView:
    view = DocView(kind=kind, lang=t.lang, title=t.label(title))
    view.meta = [
        (t.label("field.invoice_number"), s.reference),
        (t.label("field.date"), s.date.isoformat()),
    ]
    consignee = _consignee(s, kind)
    view.facts = {"consignee": consignee.name, "exporter": s.parties.exporter.name, "lines": []}
    return view


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
        [str(i + 1), _description(s, i, t), ln.model_number or "", ln.hs_code, ln.origin, qty(ln.quantity),
         t.label(f"unit.{ln.unit}"), num(ln.unit_price), num(ln.line_amount)]
        for i, ln in enumerate(s.lines)
    ]  # fmt: skip


def proforma(s: Shipment, t: Texts) -> DocView:
    """Proforma invoice: the quotation the buyer orders (and opens an L/C) against."""
    view = _common(s, "proforma_invoice", t, "doc.proforma_invoice")
    valid = s.date + dt.timedelta(days=PROFORMA_VALIDITY_DAYS)
    view.meta += [(t.label("field.valid_until"), valid.isoformat()), (t.label("field.delivery_terms"), _delivery(s, t)),
                  (t.label("field.payment_terms"), _payment(s, t)), (t.label("field.currency"), s.currency)]  # fmt: skip
    view.parties = [
        (t.label("field.seller"), _party(s.parties.exporter)),
        (t.label("field.buyer"), _party(s.buyer)),
    ]
    _invoice_table(s, view, t)
    totals = _totals(s, view.kind)
    view.totals = [(t.label("field.total"), f"{s.currency} {num(totals.amount or 0)}")]
    _fact_lines(s, view, totals, ("hs_code", "quantity", "origin", "amount"))
    return view


def _payment(s: Shipment, t: Texts) -> Bi:
    label = t.label(f"pay.{s.payment}")
    if not s.payment_note:
        return label
    return Bi(f"{label.ja} — {s.payment_note}", f"{label.tgt} — {s.payment_note}")


def commercial(s: Shipment, t: Texts) -> DocView:
    """Commercial invoice: the customs value document of the shipment."""
    view = _common(s, "commercial_invoice", t, "doc.commercial_invoice")
    mode = t.label(f"mode.{s.transport.mode}")
    view.meta += [(t.label("field.delivery_terms"), _delivery(s, t)), (t.label("field.payment_terms"), _payment(s, t)),
                  (t.label("field.currency"), s.currency), (t.label("field.transport_mode"), mode),
                  (t.label("field.port_of_loading"), s.transport.port_of_loading),
                  (t.label("field.port_of_discharge"), s.transport.port_of_discharge)]  # fmt: skip
    if s.transport.vessel:
        view.meta.append((t.label("field.vessel"), s.transport.vessel))
    view.parties = _all_parties(s, view.kind, t)
    _invoice_table(s, view, t)
    totals = _totals(s, view.kind)
    view.totals = _weight_totals(totals, t, amount=f"{s.currency} {num(totals.amount or 0)}")
    _fact_lines(
        s,
        view,
        totals,
        ("hs_code", "quantity", "origin", "amount", "net_weight_kg", "gross_weight_kg", "packages"),
    )
    if s.marks:
        view.paragraphs.append(
            Bi(
                f"{t.label('field.marks').ja}: {s.marks}",
                f"{t.label('field.marks').tgt}: {s.marks}",
            )
        )
    return view


def _all_parties(s: Shipment, kind: str, t: Texts) -> list[tuple[Bi, list[str]]]:
    out = [
        (t.label("field.exporter"), _party(s.parties.exporter)),
        (t.label("field.consignee"), _party(_consignee(s, kind))),
    ]
    if s.parties.notify:
        out.append((t.label("field.notify_party"), _party(s.parties.notify)))
    if s.parties.buyer:
        out.append((t.label("field.buyer"), _party(s.parties.buyer)))
    return out


def _weight_totals(totals: Totals, t: Texts, amount: str | None = None) -> list[tuple[Bi, Cell]]:
    out: list[tuple[Bi, Cell]] = [(t.label("field.total"), amount)] if amount else []
    return [*out, (t.label("field.packages"), num(totals.packages or 0, 0)),
                  (t.label("field.net_weight"), f"{num(totals.net_weight_kg or 0, 3)} kg"),
                  (t.label("field.gross_weight"), f"{num(totals.gross_weight_kg or 0, 3)} kg")]  # fmt: skip


def packing(s: Shipment, t: Texts) -> DocView:
    """Packing list: what is in which package, with weights."""
    view = _common(s, "packing_list", t, "doc.packing_list")
    view.parties = _all_parties(s, view.kind, t)
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
    view.numeric_columns = {ids.index(c) for c in ("quantity", "net_weight", "gross_weight")}
    view.rows = [
        [str(i + 1), _description(s, i, t), ln.hs_code, qty(ln.quantity), t.label(f"unit.{ln.unit}"),
         f"{ln.packages} {t.label(f'unit.{ln.package_type}').tgt}", num(ln.net_weight_kg, 3), num(ln.gross_weight_kg, 3)]
        for i, ln in enumerate(s.lines)
    ]  # fmt: skip
    totals = _totals(s, view.kind)
    view.totals = _weight_totals(totals, t)
    _fact_lines(
        s, view, totals, ("hs_code", "quantity", "net_weight_kg", "gross_weight_kg", "packages")
    )
    if s.marks:
        view.paragraphs.append(
            Bi(
                f"{t.label('field.marks').ja}: {s.marks}",
                f"{t.label('field.marks').tgt}: {s.marks}",
            )
        )
    return view


def origin_statement(s: Shipment, t: Texts) -> DocView:
    """Statement on origin in the agreement's wording, with the data elements it requires."""
    view = _common(s, "origin_statement", t, "doc.origin_statement")
    if s.agreement is None:
        return view
    rules = load_agreements()[s.agreement]
    agreement = t.label(rules.term_id)
    view.meta.append((t.label("field.agreement"), agreement))
    view.parties = [
        (t.label("field.exporter"), _party(s.parties.exporter)),
        (t.label("field.consignee"), _party(s.parties.consignee)),
    ]
    fill = _wording_fields(s)
    en = rules.wording["en"].format(**fill)
    ja = rules.wording["ja"].format(**fill)
    view.paragraphs.append(
        t.free(
            ja,
            source=en if t.lang != "ja" else ja,
            source_lang="en",
            protected=(fill["exporter_reference"],),
        )
        if t.lang != "en"
        else Bi(ja, en)
    )
    view.columns = [
        t.label(f"field.{c}")
        for c in ("line_no", "description", "hs_code", "origin", "origin_criterion")
    ]
    view.rows = [
        [
            str(i + 1),
            _description(s, i, t),
            ln.hs_code,
            ln.origin,
            rules.criterion(ln.origin_criterion),
        ]
        for i, ln in enumerate(s.lines)
    ]
    view.meta.append(
        (t.label("field.place_date"), f"{s.transport.port_of_loading}, {s.date.isoformat()}")
    )
    view.totals = [(t.label("field.signature"), s.parties.exporter.name)]
    view.notes.append(f"{rules.basis}; valid {rules.validity_months} months.")
    view.facts["origin_lines"] = [{"hs_code": ln.hs_code, "origin": ln.origin} for ln in s.lines]
    return view


def _wording_fields(s: Shipment) -> dict[str, str]:
    origin = s.lines[0].origin
    return {
        "exporter_reference": s.parties.exporter.tax_id or "—",
        "origin_name": country_name(origin) if origin != "JP" else "Japan",
        "origin_name_ja": _JA_COUNTRY.get(origin, origin),
    }


def cover_letter(s: Shipment, t: Texts) -> DocView:
    """Cover letter / e-mail listing the enclosed documents."""
    view = _common(s, "cover_letter", t, "doc.cover_letter")
    view.parties = [(t.label("field.buyer"), _party(s.buyer))]
    body = (
        s.letter_ja
        or f"{s.reference}の船積書類を送付いたします。ご確認のほどよろしくお願いいたします。"
    )
    view.paragraphs.append(t.free(body, protected=(s.reference,)))
    enclosed = [t.label(f"doc.{k}") for k in s.documents if k != "cover_letter"]
    view.rows = [[str(i + 1), b] for i, b in enumerate(enclosed)]
    view.columns = [t.label("field.line_no"), t.label("field.description")]
    view.totals = [(t.label("field.signature"), s.parties.exporter.name)]
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
