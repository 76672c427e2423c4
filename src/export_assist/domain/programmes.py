"""Support programmes (補助金・支援策): the catalogue record and its vocabularies.

Pure pydantic: no I/O. Every record names its official source and the date it was
checked; an amount, rate or date that could not be confirmed stays empty and the
record is marked for review.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal
from urllib.parse import urlparse

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

CompanySize = Literal["micro", "small", "medium", "large"]
ExportStage = Literal["none", "indirect", "some", "established"]
Sector = Literal[
    "agriculture",
    "fisheries",
    "forestry",
    "food",
    "alcohol",
    "manufacturing",
    "machinery",
    "electronics",
    "textiles",
    "cosmetics",
    "crafts",
    "household",
    "chemicals",
    "it",
    "content",
    "services",
    "wholesale",
    "retail",
]
Activity = Literal[
    "consulting",
    "trade_fair",
    "business_matching",
    "market_research",
    "ecommerce",
    "product_development",
    "branding",
    "certification",
    "financing",
    "insurance",
    "overseas_office",
    "invite_buyers",
    "training",
    "ip_protection",
    "regulation_check",
]
# Which SME limits a programme applies: the SME Basic Act's (software and information
# services count as サービス業 there) or the special limits in the cabinet orders of the
# SME laws (JFC, SMRJ, credit insurance, ...: software/information processing 3億円/300人).
SmeDefinition = Literal["basic_act", "cabinet_order"]
# `reference`: a published page to look something up in (NEXI's country categories), not a
# programme one applies for; the matcher lists it apart from the programmes.
BenefitKind = Literal["subsidy", "loan", "insurance", "service", "interest_subsidy", "reference"]
Operator = Literal["jetro", "smrj", "meti", "maff", "jfc", "nexi", "prefecture", "other"]

# Everyday words people use for our vocabularies (accepted at the edge, stored canonical).
SECTOR_ALIASES: dict[str, str] = {
    "tea": "food", "foods": "food", "food_processing": "food", "beverages": "food",
    "confectionery": "food", "sake": "alcohol", "spirits": "alcohol", "wine": "alcohol",
    "seafood": "fisheries", "fishery": "fisheries", "fish": "fisheries", "farming": "agriculture",
    "agri": "agriculture", "timber": "forestry", "wood": "forestry",
    "electronics_parts": "electronics", "electronic_components": "electronics",
    "auto_parts": "machinery", "industrial_machinery": "machinery", "tools": "machinery",
    "ceramics": "crafts", "lacquerware": "crafts", "traditional_crafts": "crafts",
    "cutlery": "household", "furniture": "household", "kitchenware": "household",
    "apparel": "textiles", "clothing": "textiles", "software": "it", "ict": "it",
    "cosmetic": "cosmetics", "chemical": "chemicals", "anime": "content", "games": "content",
}  # fmt: skip
ACTIVITY_ALIASES: dict[str, str] = {
    "buyer_matching": "business_matching", "matching": "business_matching",
    "credit_insurance": "insurance", "trade_insurance": "insurance", "loan": "financing",
    "subsidy": "financing", "exhibition": "trade_fair", "trade_show": "trade_fair",
    "research": "market_research", "regulations": "regulation_check", "compliance": "regulation_check",
    "e_commerce": "ecommerce", "cross_border_ec": "ecommerce", "ip": "ip_protection",
    "patent": "ip_protection", "brand": "branding", "advice": "consulting",
}  # fmt: skip

SECTORS: tuple[str, ...] = Sector.__args__  # type: ignore[attr-defined]
ACTIVITIES: tuple[str, ...] = Activity.__args__  # type: ignore[attr-defined]
SIZES: tuple[str, ...] = CompanySize.__args__  # type: ignore[attr-defined]
STAGES: tuple[str, ...] = ExportStage.__args__  # type: ignore[attr-defined]


def check_deep_https(url: str) -> str:
    """An official deep link: https, a host, and a path below the site's front page."""
    parts = urlparse(url)
    if parts.scheme != "https" or not parts.netloc:
        raise ValueError("must be an https URL")
    if parts.path in ("", "/") and not parts.query:
        raise ValueError("must be a deep link to the programme's page, not a front page")
    return url


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ProgrammeSource(_Strict):
    """An official page the record's facts come from."""

    title: str = Field(min_length=3)
    url: str
    publisher: str = Field(min_length=2)

    _url = field_validator("url")(classmethod(lambda cls, v: check_deep_https(v)))


class Benefit(_Strict):
    """What the programme gives; numbers only where an official source states them."""

    kind: BenefitKind
    summary_ja: str = Field(min_length=5)
    summary_en: str = Field(min_length=5)
    subsidy_rate: str | None = Field(default=None, description="e.g. '1/2', '2/3', '定額'")
    cap_jpy: int | None = Field(default=None, gt=0)
    loan_limit_jpy: int | None = Field(default=None, gt=0)
    loan_terms_ja: str | None = None
    fee_ja: str | None = None


class Eligibility(_Strict):
    """Who may use it. An empty list means 'no restriction of this kind'."""

    sme_only: bool = False
    sme_definition: SmeDefinition = Field(
        default="basic_act",
        description="basic_act (中小企業基本法第2条) unless the programme's own law or call "
        "uses the cabinet orders' special limits (cabinet_order)",
    )
    sizes: list[CompanySize] = Field(default_factory=list)
    sectors: list[Sector] = Field(default_factory=list)
    hs_prefixes: list[str] = Field(default_factory=list)
    markets: list[str] = Field(default_factory=list, description="ISO alpha-2, EU or ASEAN")
    export_stages: list[ExportStage] = Field(default_factory=list)
    prefectures: list[str] = Field(default_factory=list, description="都道府県名, e.g. 東京都")
    conditions_ja: list[str] = Field(
        default_factory=list, description="Conditions the profile cannot show (asked)"
    )
    conditions_en: list[str] = Field(default_factory=list)

    @field_validator("hs_prefixes")
    @classmethod
    def _hs(cls, v: list[str]) -> list[str]:
        for code in v:
            if not (code.isdigit() and 2 <= len(code) <= 6):
                raise ValueError(f"HS prefix {code!r} must be 2-6 digits")
        return v

    @model_validator(mode="after")
    def _paired(self) -> Eligibility:
        if len(self.conditions_ja) != len(self.conditions_en):
            raise ValueError("conditions_ja and conditions_en must list the same conditions")
        return self


class Window(_Strict):
    """When one can apply. Dates only when confirmed for the current call."""

    kind: Literal["rolling", "call", "event"]
    opens: dt.date | None = None
    closes: dt.date | None = None
    note_ja: str = ""
    note_en: str = ""

    @model_validator(mode="after")
    def _order(self) -> Window:
        if self.opens and self.closes and self.closes < self.opens:
            raise ValueError("closes is before opens")
        if self.kind == "rolling" and self.closes:
            raise ValueError("a rolling programme has no closing date")
        return self


class Programme(_Strict):
    """One support programme in the catalogue."""

    id: str = Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")
    official_name: str = Field(min_length=3, description="The name the operator uses (ja)")
    name_en: str = Field(min_length=3)
    aliases: list[str] = Field(
        default_factory=list,
        description="Short names exporters use for it (「ものづくり補助金」, JFOODO); a message "
        "that names one asks about this programme",
    )
    operator: Operator
    operator_name: str = Field(min_length=2, description="Who runs it (ja)")
    url: str
    summary_ja: str = Field(min_length=10)
    summary_en: str = Field(min_length=10)
    benefit: Benefit
    activities: list[Activity] = Field(min_length=1)
    eligibility: Eligibility = Field(default_factory=Eligibility)
    window: Window
    required_documents: list[str] = Field(default_factory=list)
    how_to_apply_ja: str = Field(min_length=5)
    how_to_apply_en: str = Field(min_length=5)
    sources: list[ProgrammeSource] = Field(min_length=1)
    verified_on: dt.date
    volatile: bool
    review_status: Literal["verified", "needs_review"]
    review_notes: str = ""
    jgrants_id: str | None = Field(
        default=None,
        pattern=r"^[A-Za-z0-9]{1,18}$",
        description="The subsidy's id in jGrants, when the programme is listed there",
    )

    _url = field_validator("url")(classmethod(lambda cls, v: check_deep_https(v)))

    @model_validator(mode="after")
    def _reviewed(self) -> Programme:
        if self.review_status == "needs_review" and not self.review_notes.strip():
            raise ValueError("needs_review records must say what is uncertain in review_notes")
        if self.window.kind == "call" and self.window.closes is None and not self.window.note_ja:
            raise ValueError("a call without a confirmed closing date needs window.note_ja")
        return self
