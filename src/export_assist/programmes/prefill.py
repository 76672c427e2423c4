"""Pre-fill a programme's application form from the profile, the corporate-number details
and uploaded e-invoices; say which fields could not be filled."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel

from export_assist.domain.programmes import Programme
from export_assist.geo import country_name as country_name_en
from export_assist.geo import country_name_ja
from export_assist.programmes.corporate import CompanyDetails
from export_assist.programmes.einvoice import ExportSummary
from export_assist.programmes.forms import FormField
from export_assist.programmes.matching import Lang
from export_assist.programmes.profile import ExporterProfile, yen_ja
from export_assist.programmes.rules import SECTOR_JA, SIZE_JA, STAGE_JA

ACTIVITY_JA = {
    "consulting": "専門家への相談", "trade_fair": "海外見本市への出展", "business_matching": "商談会・マッチング",
    "market_research": "市場調査", "ecommerce": "越境EC", "product_development": "商品開発",
    "branding": "ブランディング", "certification": "認証取得", "financing": "資金調達",
    "insurance": "貿易保険", "overseas_office": "海外拠点の設置", "invite_buyers": "海外バイヤー招へい",
    "training": "研修", "ip_protection": "海外での知財保護",
}  # fmt: skip


def country_name(code: str, lang: Lang) -> str:
    """A country's everyday name in the language (the code when unknown)."""
    return country_name_ja(code) if lang == "ja" else country_name_en(code)


@dataclass
class PrefillInput:
    """Everything pre-fill may use."""

    profile: ExporterProfile
    company: CompanyDetails = field(default_factory=CompanyDetails)
    invoices: ExportSummary | None = None


class FilledField(BaseModel):
    """One field: its label, the value found (or None) and where it came from."""

    key: str
    label: str
    value: str | None
    source: str
    filled: bool


class PrefillResult(BaseModel):
    """A pre-filled application: the share filled and the fields still open."""

    programme_id: str
    official_name: str
    lang: Lang
    fields: list[FilledField]
    filled: int
    total: int
    share: float
    missing: list[str]


def _join(items: list[str], lang: Lang) -> str | None:
    return ("、" if lang == "ja" else ", ").join(items) or None


def _sales(s: ExportSummary, lang: Lang) -> str | None:
    if not s.sales_by_currency:
        return None
    amounts = ", ".join(f"{cur} {amt:,.0f}" for cur, amt in sorted(s.sales_by_currency.items()))
    if lang == "ja":
        return f"{amounts}（{s.first}〜{s.last}、輸出の請求書{s.export_invoices}件より）"
    return f"{amounts} ({s.first} to {s.last}, from {s.export_invoices} export invoices)"


def _profile_value(src: str, p: ExporterProfile, lang: Lang) -> str | None:
    ja = lang == "ja"
    simple: dict[str, Callable[[], str | None]] = {
        "capital_jpy": lambda: None if p.capital_jpy is None else (yen_ja(p.capital_jpy) if ja else f"JPY {p.capital_jpy:,}"),
        "employees": lambda: None if p.employees is None else (f"{p.employees}人" if ja else str(p.employees)),
        "company_size": lambda: p.company_size and (SIZE_JA[p.company_size] if ja else p.company_size),
        "sector": lambda: p.sector and (SECTOR_JA[p.sector] if ja else p.sector),
        "prefecture": lambda: p.prefecture,
        "products": lambda: _join(p.products, lang),
        "hs_codes": lambda: ", ".join(p.hs_codes) or None,
        "target_markets": lambda: _join([country_name(m, lang) for m in p.target_markets], lang),
        "export_experience": lambda: p.export_experience and (STAGE_JA[p.export_experience] if ja else p.export_experience),
        "planned_activities": lambda: _join([ACTIVITY_JA[a] if ja else a for a in p.planned_activities], lang),
    }  # fmt: skip
    return simple[src]()


def value_for(f: FormField, data: PrefillInput, lang: Lang) -> str | None:
    """The value of one field from the inputs, formatted for the language; None when unknown."""
    group, _, name = f.source.partition(".")
    if group == "company":
        value: Any = getattr(data.company, name)
        return str(value) if value else None
    if group == "profile":
        return _profile_value(name, data.profile, lang)
    if group == "einvoice" and data.invoices is not None:
        s = data.invoices
        if name == "export_sales":
            return _sales(s, lang)
        if name == "export_customers":
            return _join([f"{n} ({c})" for n, c in sorted(s.customers.items())], lang)
        if name == "export_countries":
            return _join([country_name(c, lang) for c in s.countries], lang)
    return None


def prefill(
    programme: Programme, form: list[FormField], data: PrefillInput, lang: Lang = "ja"
) -> PrefillResult:
    """Fill every field the inputs can answer; the rest are listed as missing."""
    out = []
    for f in form:
        value = value_for(f, data, lang)
        label = f.label_ja if lang == "ja" else f.label_en
        out.append(
            FilledField(
                key=f.key, label=label, value=value, source=f.source, filled=value is not None
            )
        )
    filled = sum(1 for f in out if f.filled)
    return PrefillResult(
        programme_id=programme.id,
        official_name=programme.official_name,
        lang=lang,
        fields=out,
        filled=filled,
        total=len(out),
        share=round(filled / len(out), 3) if out else 0.0,
        missing=[f.label for f in out if not f.filled],
    )
