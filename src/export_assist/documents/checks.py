"""Consistency checks on a shipment; each one explains itself with a field path."""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal

import pycountry

from export_assist.documents.models import Shipment, Totals
from export_assist.documents.origin import load_agreements
from export_assist.documents.payment_checks import check_payment
from export_assist.documents.problems import MODE_JA, Problem, document_name_ja
from export_assist.geo import EU_MEMBERS

# Incoterms 2020: these four rules are for sea and inland waterway transport only.
SEA_ONLY = {"FAS", "FOB", "CFR", "CIF"}
SEA_MODES = {"sea", "inland_waterway"}
ANY_MODE_EQUIVALENT = {"FAS": "FCA", "FOB": "FCA", "CFR": "CPT", "CIF": "CIP"}
Check = Callable[[Shipment], list[Problem]]


def check_lines(s: Shipment) -> list[Problem]:
    """Per line: amount = quantity × unit price, net ≤ gross, HS code ≥ 6 digits, origin code."""
    out: list[Problem] = []
    for i, line in enumerate(s.lines):
        at = f"lines[{i}]"
        if line.amount is not None and line.amount != line.line_amount:
            out.append(Problem(field=f"{at}.amount", code="line_amount_mismatch",
                message=f"line {i + 1}: amount {line.amount} is not quantity {line.quantity} × unit price {line.unit_price} = {line.line_amount}",
                message_ja=f"{i + 1}行目: 金額 {line.amount} が数量 {line.quantity} × 単価 {line.unit_price} = {line.line_amount} と一致しません"))  # fmt: skip
        if line.net_weight_kg > line.gross_weight_kg:
            out.append(Problem(field=f"{at}.net_weight_kg", code="net_exceeds_gross",
                message=f"line {i + 1}: net weight {line.net_weight_kg} kg is more than gross weight {line.gross_weight_kg} kg",
                message_ja=f"{i + 1}行目: 正味重量 {line.net_weight_kg} kg が総重量 {line.gross_weight_kg} kg を超えています"))  # fmt: skip
        digits = re.sub(r"[.\s-]", "", line.hs_code)
        if not digits.isdigit() or len(digits) < 6:
            out.append(Problem(field=f"{at}.hs_code", code="hs_code_invalid",
                message=f"line {i + 1}: HS code {line.hs_code!r} must have at least 6 digits (the internationally harmonised subheading)",
                message_ja=f"{i + 1}行目: HSコード「{line.hs_code}」は6桁以上で指定してください（国際的に共通の号まで）"))  # fmt: skip
        if pycountry.countries.get(alpha_2=line.origin.upper()) is None:
            out.append(Problem(field=f"{at}.origin", code="origin_unknown",
                message=f"line {i + 1}: {line.origin!r} is not an ISO country code",
                message_ja=f"{i + 1}行目: 原産国「{line.origin}」はISOの国コードではありません"))  # fmt: skip
    return out


def _sum(s: Shipment) -> Totals:
    return Totals(
        amount=sum((ln.line_amount for ln in s.lines), Decimal(0)),
        net_weight_kg=sum((ln.net_weight_kg for ln in s.lines), Decimal(0)),
        gross_weight_kg=sum((ln.gross_weight_kg for ln in s.lines), Decimal(0)),
        packages=sum(ln.packages for ln in s.lines),
    )


def compare_totals(stated: Totals, actual: Totals, at: str) -> list[Problem]:
    """Stated totals against the sum of the lines."""
    out = []
    for name in ("amount", "net_weight_kg", "gross_weight_kg", "packages"):
        want, got = getattr(actual, name), getattr(stated, name)
        if got is not None and Decimal(got) != Decimal(want):
            out.append(Problem(field=f"{at}.{name}", code="total_mismatch",
                message=f"{at}.{name} is {got} but the lines add up to {want}",
                message_ja=f"{at}.{name} は {got} ですが、明細の合計は {want} です"))  # fmt: skip
    return out


def check_totals(s: Shipment) -> list[Problem]:
    """Totals equal the sum of the lines; net ≤ gross in total."""
    actual = _sum(s)
    out = compare_totals(s.totals, actual, "totals")
    net = s.totals.net_weight_kg or actual.net_weight_kg or 0
    gross = s.totals.gross_weight_kg or actual.gross_weight_kg or 0
    if net > gross:
        out.append(Problem(field="totals.net_weight_kg", code="net_exceeds_gross",
            message=f"total net weight {net} kg is more than total gross weight {gross} kg",
            message_ja=f"正味重量の合計 {net} kg が総重量の合計 {gross} kg を超えています"))  # fmt: skip
    return out


def check_terms(s: Shipment) -> list[Problem]:
    """Incoterms rule fits the transport mode; the currency is a real ISO 4217 code."""
    out = []
    if s.incoterm in SEA_ONLY and s.transport.mode not in SEA_MODES:
        out.append(Problem(field="incoterm", code="incoterm_mode_mismatch",
            message=f"{s.incoterm} is for sea or inland waterway transport only, but the transport mode is {s.transport.mode}; use {ANY_MODE_EQUIVALENT[s.incoterm]} instead",
            message_ja=f"{s.incoterm}は海上・内陸水路輸送専用ですが、輸送手段が{MODE_JA.get(s.transport.mode, s.transport.mode)}です。代わりに{ANY_MODE_EQUIVALENT[s.incoterm]}を使ってください"))  # fmt: skip
    if pycountry.currencies.get(alpha_3=s.currency) is None:
        out.append(Problem(field="currency", code="currency_unknown",
            message=f"{s.currency!r} is not an ISO 4217 currency code",
            message_ja=f"通貨「{s.currency}」はISO 4217の通貨コードではありません"))  # fmt: skip
    return out


def check_origin(s: Shipment) -> list[Problem]:
    """A preferential origin statement needs a partner destination and Japanese-origin lines."""
    if s.agreement is None:
        if "origin_statement" in s.documents:
            return [Problem(field="agreement", code="agreement_missing",
                message="an origin statement was requested but no agreement is given (jp_eu_epa, uk_jp_cepa, cptpp or rcep)",
                message_ja="原産地申告文が求められていますが、協定（jp_eu_epa、uk_jp_cepa、cptpp、rcep のいずれか）が指定されていません")]  # fmt: skip
        return []
    agreement = load_agreements()[s.agreement]
    dest = s.parties.consignee.country
    partners = set(agreement.partners)
    if "EU" in partners:
        partners |= EU_MEMBERS
    out = []
    if dest not in partners:
        out.append(Problem(field="parties.consignee.country", code="not_a_partner",
            message=f"{s.agreement}: the consignee's country {dest} is not a partner of Japan under this agreement",
            message_ja=f"{s.agreement}: 荷受人の国 {dest} はこの協定の日本の締約相手国ではありません"))  # fmt: skip
    for i, line in enumerate(s.lines):
        if line.origin != "JP":
            out.append(Problem(field=f"lines[{i}].origin", code="origin_not_japan",
                message=f"line {i + 1}: origin {line.origin} cannot be declared as Japanese preferential origin; list it as non-originating or remove the claim",
                message_ja=f"{i + 1}行目: 原産国が{line.origin}の品目は日本の特恵原産品として申告できません。非原産品として記載するか、申告から外してください"))  # fmt: skip
        if line.origin_criterion is None:
            out.append(Problem(field=f"lines[{i}].origin_criterion", code="criterion_missing", severity="warning",
                message=f"line {i + 1}: no origin criterion (WO, PE, PSR, CTC, RVC, SP); the statement will not show one",
                message_ja=f"{i + 1}行目: 原産地基準（WO、PE、PSR、CTC、RVC、SP）が指定されていないため、申告文には記載されません"))  # fmt: skip
    return out


def check_overrides(s: Shipment) -> list[Problem]:
    """Figures a single document states differently must still agree with the lines."""
    out = []
    actual = _sum(s)
    for kind, override in s.overrides.items():
        if override.totals is not None:
            out += compare_totals(override.totals, actual, f"overrides.{kind}.totals")
        if override.consignee is not None and override.consignee != s.parties.consignee:
            out.append(Problem(field=f"overrides.{kind}.consignee", code="party_mismatch",
                message=f"the {kind.replace('_', ' ')} names consignee {override.consignee.name!r}, the other documents {s.parties.consignee.name!r}",
                message_ja=f"{document_name_ja(kind)}の荷受人は「{override.consignee.name}」、ほかの書類では「{s.parties.consignee.name}」です"))  # fmt: skip
    return out


CHECKS: list[Check] = [
    check_lines,
    check_totals,
    check_terms,
    check_origin,
    check_overrides,
    check_payment,
]


def check_shipment(s: Shipment) -> list[Problem]:
    """Run every check; the order of problems follows the order of the checks."""
    return [p for check in CHECKS for p in check(s)]
