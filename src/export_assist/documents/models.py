"""A shipment as the exporter describes it once; every document is derived from it."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from export_assist.errors import InvalidInput
from export_assist.geo import PSEUDO, normalize_country

Incoterm = Literal["EXW", "FCA", "CPT", "CIP", "DAP", "DPU", "DDP", "FAS", "FOB", "CFR", "CIF"]
TransportMode = Literal["sea", "air", "road", "rail", "inland_waterway", "multimodal", "courier"]
Unit = Literal[
    "pcs",
    "kg",
    "carton",
    "pallet",
    "set",
    "bottle",
    "litre",
    "m3",
    "dozen",
    "roll",
    "tube",
    "tray",
    "bag",
    "can",
    "pack",
]
Payment = Literal["tt_advance", "lc_sight", "letter_of_credit", "dp", "da", "open_account", "cad"]
Agreement = Literal["jp_eu_epa", "uk_jp_cepa", "cptpp", "rcep"]
BalanceDue = Literal["before_shipment", "against_documents"]
DocumentKind = Literal[
    "proforma_invoice", "commercial_invoice", "packing_list", "origin_statement", "cover_letter"
]
ALL_DOCUMENTS: tuple[DocumentKind, ...] = (
    "proforma_invoice",
    "commercial_invoice",
    "packing_list",
    "origin_statement",
    "cover_letter",
)


# Bounds that keep arithmetic and dates sane (a quantity of 1e30 or the year 9999 is a
# typing error, and would overflow the proforma's validity date or the amount's decimals).
MAX_QTY = Decimal("1e9")
MAX_MONEY = Decimal("1e12")
MAX_PACKAGES = 10_000_000
Day = Annotated[dt.date, Field(ge=dt.date(1990, 1, 1), le=dt.date(2100, 12, 31))]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class Party(_Strict):
    """A company in the shipment; names and addresses as they should be printed."""

    name: str = Field(min_length=1, max_length=200)
    name_ja: str | None = Field(default=None, max_length=200)
    address: str = Field(min_length=1, max_length=500)
    country: str = Field(min_length=2, max_length=2, description="ISO 3166 alpha-2")
    contact: str | None = Field(default=None, max_length=300)
    tax_id: str | None = Field(default=None, max_length=40, description="VAT/EORI/corporate number")

    @field_validator("country", mode="before")
    @classmethod
    def _code(cls, v: object) -> object:
        # a form filled in Japanese says 「フランス」 or 「英国」: geo reads names and codes
        # for every other field, so a party's country is read the same way ("UK", "USA")
        if not isinstance(v, str):
            return v
        try:
            code = normalize_country(v)
        except InvalidInput as exc:
            raise ValueError(str(exc)) from exc
        if code in PSEUDO:  # a company is in one country, not in the EU as a whole
            raise ValueError(
                f"Unknown country code {v!r}: a party's country is one country "
                "(an ISO 3166-1 alpha-2 code such as DE, or its name)"
            )
        return code


class Bank(_Strict):
    """Where the buyer pays (printed on the proforma for an advance payment)."""

    bank_name: str = Field(min_length=1, max_length=120)
    branch: str | None = Field(default=None, max_length=120)
    address: str | None = Field(default=None, max_length=300)
    swift: str = Field(pattern=r"^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$", description="SWIFT/BIC")
    account_number: str = Field(min_length=1, max_length=40)
    account_name: str = Field(min_length=1, max_length=200)


class PaymentSplit(_Strict):
    """An advance share and when the balance is due, printed from the term base."""

    advance_percent: int = Field(ge=1, le=100)
    balance_due: BalanceDue | None = None


class Proforma(_Strict):
    """The proforma's own number (unset: PI- and the invoice number) and validity."""

    number: str | None = Field(default=None, min_length=1, max_length=60)
    valid_days: int = Field(default=30, ge=1, le=365)


class Parties(_Strict):
    """Exporter, consignee, notify party and buyer (the buyer defaults to the consignee)."""

    exporter: Party
    consignee: Party
    notify: Party | None = None
    buyer: Party | None = None


class Line(_Strict):
    """One line of goods."""

    description_ja: str = Field(min_length=1, max_length=500)
    description: dict[str, Annotated[str, Field(max_length=500)]] = Field(
        default_factory=dict, max_length=10, description="Description per target language, if known"
    )
    model_number: str | None = Field(default=None, max_length=60)
    hs_code: str = Field(min_length=1, max_length=20)
    origin: str = Field(default="JP", min_length=2, max_length=2)
    quantity: Decimal = Field(gt=0, le=MAX_QTY)
    unit: Unit = "pcs"
    unit_price: Decimal = Field(ge=0, le=MAX_MONEY)
    amount: Decimal | None = Field(
        default=None, ge=0, le=MAX_MONEY, description="Stated amount; checked"
    )
    net_weight_kg: Decimal = Field(ge=0, le=MAX_QTY)
    gross_weight_kg: Decimal = Field(ge=0, le=MAX_QTY)
    packages: int = Field(ge=0, le=MAX_PACKAGES)
    package_type: Unit = "carton"
    origin_criterion: str | None = Field(
        default=None, max_length=20, description="e.g. WO, PE, PSR"
    )

    @field_validator("origin", mode="before")
    @classmethod
    def _origin(cls, v: object) -> object:
        # the country of origin is read like a party's country (「jp」, 「日本」, 「ベトナム」);
        # a two-letter Latin code nobody knows stays as written (upper-cased), so the shipment
        # checks list it with every other problem (origin_unknown) instead of a lone 422
        if not isinstance(v, str):
            return v
        try:
            code: str | None = normalize_country(v)
        except InvalidInput:
            code = None
        if code is not None and code not in PSEUDO:
            return code
        if len(v.strip()) == 2 and v.strip().isascii() and v.strip().isalpha():
            return v.strip().upper()
        raise ValueError(
            f"Unknown country code {v!r}: a line's country of origin is one country "
            "(an ISO 3166-1 alpha-2 code such as JP, or its name)"
        )

    @property
    def line_amount(self) -> Decimal:
        """quantity × unit price (what the amount must be)."""
        return (self.quantity * self.unit_price).quantize(Decimal("0.01"))


class Transport(_Strict):
    """How the goods travel."""

    mode: TransportMode
    port_of_loading: str = Field(min_length=1, max_length=120)
    port_of_discharge: str = Field(min_length=1, max_length=120)
    vessel: str | None = Field(default=None, max_length=120)
    departure: Day | None = None


class Totals(_Strict):
    """Totals the exporter states; each is checked against the lines."""

    amount: Decimal | None = Field(default=None, ge=0, le=MAX_MONEY)
    net_weight_kg: Decimal | None = Field(default=None, ge=0, le=MAX_QTY)
    gross_weight_kg: Decimal | None = Field(default=None, ge=0, le=MAX_QTY)
    packages: int | None = Field(default=None, ge=0, le=MAX_PACKAGES)


class DocumentOverrides(_Strict):
    """Figures one document states differently (e.g. a proforma quoted before the order
    changed): checked for consistency with the rest of the set."""

    totals: Totals | None = None
    consignee: Party | None = None


class Shipment(_Strict):
    """Everything the document set is generated from."""

    reference: str = Field(min_length=1, max_length=60, description="Invoice / shipment number")
    date: Day
    parties: Parties
    lines: list[Line] = Field(min_length=1, max_length=500)
    incoterm: Incoterm
    named_place: str = Field(min_length=1, max_length=120)
    currency: str = Field(pattern=r"^[A-Z]{3}$")
    payment: Payment
    payment_split: PaymentSplit | None = None
    payment_note: str | None = Field(
        default=None, max_length=500, description="Free text; translated (or marked) per language"
    )
    bank: Bank | None = None
    proforma: Proforma = Field(default_factory=Proforma)
    transport: Transport
    agreement: Agreement | None = None
    totals: Totals = Field(default_factory=Totals)
    marks: str | None = Field(default=None, max_length=1000)
    letter_ja: str | None = Field(
        default=None,
        max_length=5000,
        description="A personal message in Japanese added to the templated cover letter (needs MT)",
    )
    documents: list[DocumentKind] = Field(
        default_factory=lambda: list(ALL_DOCUMENTS), min_length=1, max_length=5
    )
    overrides: dict[DocumentKind, DocumentOverrides] = Field(default_factory=dict)

    @property
    def proforma_number(self) -> str:
        """The proforma's own number, never the commercial invoice's."""
        return self.proforma.number or f"PI-{self.reference}"

    @property
    def buyer(self) -> Party:
        """The buyer (the consignee when none is given)."""
        return self.parties.buyer or self.parties.consignee
