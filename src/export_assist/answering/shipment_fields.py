"""Trade-document requests in chat: the shipment fields a message states (product,
quantity, price, currency, buyer, Incoterm and place), and which required ones are missing."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from export_assist.answering.labels import t
from export_assist.answering.places import market_name
from export_assist.answering.understand import Question
from export_assist.retrieval.normalize import nfkc

_UNITS = r"kg|キロ|本|個|箱|ケース|枚|袋|缶|bottles?|pcs|pieces?|units?|cartons?|cases?|sets?|dozen"
_QTY = re.compile(rf"(\d[\d,]*(?:\.\d+)?)\s*({_UNITS})(?![a-z])", re.I)
_PRICE = re.compile(
    r"(?:単価|1本|1個|1kg|each|@|at|per unit)?\s*(?:(JPY|USD|EUR|GBP|¥|\$|€)\s*)?"
    r"(\d[\d,]*(?:\.\d+)?)\s*(円|ドル|ユーロ|JPY|USD|EUR)?\s*(?:/\s*(kg|本|個|pcs|unit))?"
    r"\s*(each|per \w+)?",
    re.I,
)
_INCOTERM = re.compile(
    r"(?<![A-Za-z])(EXW|FCA|FAS|FOB|CFR|CIF|CPT|CIP|DAP|DPU|DDP)(?![A-Za-z])\s*"
    r"([A-Z][a-z]+|[\u4e00-\u9fff]{1,3}(?=[でにのと、,。 ]|$))?"
)
# Legal-form suffixes of the buyers' markets (FR SARL, DE AG/KG, IT S.r.l., MY Sdn Bhd …)
_FORMS = (
    r"Inc\.?|Ltd\.?|Limited|GmbH(?: & Co\.? KG)?|AG|KG|LLC|Corp\.?|Corporation|PLC|plc|"
    r"S\.A\.|SA|SAS|SARL|S\.A\.R\.L\.|S\.r\.l\.|SRL|S\.p\.A\.|B\.V\.|N\.V\.|Oy|AB|"
    r"Co\.?,? Ltd\.?|& Co\.?|Trading|Pte\.? Ltd\.?|Pty\.? Ltd\.?|Sdn\.? Bhd\.?"
)
_COMPANY = re.compile(
    r"(?<![A-Za-z])(?!(?:EXW|FCA|FAS|FOB|CFR|CIF|CPT|CIP|DAP|DPU|DDP)\s)"
    rf"([A-Z][\w&.'-]*(?:\s+[A-Z&][\w&.'-]*)*\s+(?:{_FORMS}))(?![A-Za-z0-9])|"
    r"(PT\.?\s+[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*)*)"
)
_CURRENCY = {"円": "JPY", "¥": "JPY", "ドル": "USD", "$": "USD", "ユーロ": "EUR", "€": "EUR"}
_KINDS = {
    "proforma_invoice": ("proforma", "pro forma", "プロフォーマ"),
    "packing_list": ("packing list", "パッキングリスト"),
    "commercial_invoice": ("invoice", "インボイス", "送り状"),
}
REQUIRED = (
    "product",
    "quantity",
    "unit_price",
    "buyer",
    "incoterm",
    "exporter",
    "buyer_address",
    "weights",
    "payment",
    "transport",
)


@dataclass
class ShipmentDraft:
    """What the user said about the shipment so far."""

    fields: dict[str, str] = field(default_factory=dict)
    documents: list[str] = field(default_factory=list)

    def missing(self) -> list[str]:
        """Required fields not stated yet, in form order."""
        return [f for f in REQUIRED if f not in self.fields]


def _price(text: str, qty_span: tuple[int, int] | None) -> tuple[str, str] | None:
    for m in _PRICE.finditer(text):
        if qty_span and qty_span[0] <= m.start(2) < qty_span[1]:
            continue
        symbol, amount, unit_word = m.group(1), m.group(2), m.group(3)
        if not (symbol or unit_word):
            continue
        currency = _CURRENCY.get(symbol or "", symbol or "") or _CURRENCY.get(
            unit_word or "", unit_word or ""
        )
        per = m.group(4) or ""
        return f"{amount} {currency.upper()}" + (f"/{per}" if per else ""), currency.upper()
    return None


def extract(text: str, q: Question) -> ShipmentDraft:
    """The fields one message states."""
    raw = nfkc(text)
    draft = ShipmentDraft()
    low = raw.lower()
    draft.documents = [k for k, words in _KINDS.items() if any(w in low for w in words)][:1]
    if q.product:
        draft.fields["product"] = q.product
    qty = _QTY.search(raw)
    if qty:
        draft.fields["quantity"] = f"{qty.group(1)} {qty.group(2)}"
    elif q.product and (m := re.search(rf"(\d[\d,]*)\s+(?:\w+\s+)?{re.escape(q.product)}", low)):
        draft.fields["quantity"] = f"{m.group(1)} pcs"  # "200 cotton towels"
        qty = m
    price = _price(raw, qty.span() if qty else None)
    if price:
        draft.fields["unit_price"], draft.fields["currency"] = price
    term = _INCOTERM.search(raw)
    if term:
        draft.fields["incoterm"] = " ".join(p for p in term.groups() if p)
    company = _COMPANY.search(raw)
    if company:
        draft.fields["buyer"] = (company.group(1) or company.group(2)).strip()
    markets = q.destinations + q.unsupported
    if markets:
        draft.fields["buyer_country"] = markets[0]
    return draft


def merge(drafts: list[ShipmentDraft]) -> ShipmentDraft:
    """Fields from several messages of a conversation; later messages win."""
    out = ShipmentDraft()
    for d in drafts:
        out.fields.update(d.fields)
        out.documents = d.documents or out.documents
    return out


def form_answer(draft: ShipmentDraft, q: Question) -> str:
    """What was understood, and the one question for what is still missing."""
    lang = q.language
    shown = []
    for key, value in draft.fields.items():
        if key == "currency":
            continue
        if key == "buyer_country":
            value = market_name(value, lang)
        shown.append(f"{t(lang, 'field_' + key)}: {value}")
    sep = "、" if lang == "ja" else ", "
    bullet = "・" if lang == "ja" else "• "
    lines = [t(lang, "doc_known"), *[bullet + s for s in shown]] if shown else []
    missing = draft.missing()
    if missing:
        names = sep.join(t(lang, "field_" + m) for m in missing)
        lines += ["", t(lang, "doc_missing", fields=names)]
    return "\n".join(lines).strip()
