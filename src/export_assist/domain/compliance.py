"""Requirement cards, product profiles, checklists and their pure applicability rules."""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator

from export_assist.domain.citations import Citation
from export_assist.domain.corpus import CATEGORIES, TOPICS, ReviewStatus
from export_assist.domain.duties import DutyLookup

Severity = Literal["mandatory", "conditional", "recommended"]
SEVERITY_ORDER: dict[str, int] = {"mandatory": 0, "conditional": 1, "recommended": 2}
CONDITIONS: frozenset[str] = frozenset(
    """contains_meat contains_dairy contains_egg contains_fish contains_alcohol
    contains_plant_material emits_radio contains_battery mains_powered contains_chemicals
    food_contact for_children dual_use_possible temporary_export organic""".split()
)
ALL_MARKETS = "ALL"
_HS = re.compile(r"^\d{2,10}$")
_ID = re.compile(r"^[a-z0-9][a-z0-9._-]*$")


def _unknown(values: list[str], known: frozenset[str], what: str) -> list[str]:
    bad = sorted(set(values) - known)
    if bad:
        raise ValueError(f"unknown {what} {bad}; known: {sorted(known)}")
    return values


def clean_hs(value: str) -> str:
    """Digits of an HS code ('0902.10' -> '090210'); raises ValueError when not 2-10 digits."""
    digits = str(value).replace(".", "").replace(" ", "").strip()
    if not _HS.match(digits):
        raise ValueError(f"HS code {value!r} must be 2 to 10 digits, e.g. 0902 or 090210")
    return digits


class AppliesTo(BaseModel):
    """Which products a card applies to: any category or HS prefix, all conditions, no exception."""

    model_config = ConfigDict(extra="forbid")

    categories: list[str] = Field(default_factory=list)
    hs_prefixes: list[str] = Field(default_factory=list)
    conditions: list[str] = Field(default_factory=list)
    # e.g. [alcohol] where the law exempts alcoholic drinks from a food rule
    except_categories: list[str] = Field(default_factory=list)

    @field_validator("categories", "except_categories")
    @classmethod
    def _categories(cls, value: list[str]) -> list[str]:
        return _unknown(value, CATEGORIES, "categor(ies)")

    @field_validator("conditions")
    @classmethod
    def _conditions(cls, value: list[str]) -> list[str]:
        return _unknown(value, CONDITIONS, "condition(s)")

    @field_validator("hs_prefixes", mode="before")
    @classmethod
    def _hs(cls, value: object) -> object:
        if isinstance(value, list):
            return [clean_hs(str(v)) for v in value]
        return value


class RequirementCard(BaseModel):
    """One requirement the checklist engine may list (regulations/cards/*.yaml)."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(min_length=1, max_length=120)
    markets: list[str] = Field(min_length=1)
    topic: str
    title: str = Field(min_length=1)
    title_ja: str = ""
    requirement: str = Field(min_length=1)
    applies_to: AppliesTo = Field(default_factory=AppliesTo)
    authority: str = ""
    legal_basis: str = ""
    documents: list[str] = Field(default_factory=list)
    authority_ja: str = ""
    documents_ja: list[str] = Field(default_factory=list, description="Same order as documents")
    requirement_ja: str = ""
    lead_time: str = ""
    lead_time_ja: str = Field(default="", description="The lead time in Japanese, same facts")
    legal_basis_ja: str = Field(default="", description="The legal basis in Japanese, same numbers")
    severity: Severity
    evidence: list[str] = Field(default_factory=list)
    sources: list[str] = Field(default_factory=list)
    # general cards this one states for its products (the same filing): listed once, citing both
    includes: list[str] = Field(default_factory=list)
    verified_on: dt.date | None = None
    status: ReviewStatus = "verified"
    review_notes: str = ""

    @field_validator("id")
    @classmethod
    def _id(cls, value: str) -> str:
        if not _ID.match(value):
            raise ValueError(f"card id {value!r} must be kebab-case (a-z, 0-9, '-', '.', '_')")
        return value

    @field_validator("markets", mode="before")
    @classmethod
    def _markets(cls, value: object) -> object:
        if isinstance(value, str):
            value = [value]
        if isinstance(value, list):
            return [{"UK": "GB"}.get(str(v).strip().upper(), str(v).strip().upper()) for v in value]
        return value

    @field_validator("topic")
    @classmethod
    def _topic(cls, value: str) -> str:
        return _unknown([value], TOPICS, "topic")[0]

    @field_validator("legal_basis", mode="before")
    @classmethod
    def _legal(cls, value: object) -> object:
        if isinstance(value, list):
            return "; ".join(str(v) for v in value)
        return value

    @field_validator("sources")
    @classmethod
    def _https(cls, value: list[str]) -> list[str]:
        bad = [u for u in value if not u.startswith("https://")]
        if bad:
            raise ValueError(f"card sources must be https links: {bad}")
        return value

    @field_validator("documents", "documents_ja", "evidence", "sources", mode="before")
    @classmethod
    def _listify(cls, value: object) -> object:
        return [value] if isinstance(value, str) else value

    @field_validator("documents_ja")
    @classmethod
    def _one_per_document(cls, value: list[str], info: ValidationInfo) -> list[str]:
        documents = info.data.get("documents")
        if value and documents is not None and len(value) != len(documents):
            raise ValueError(
                f"documents_ja has {len(value)} name(s) but documents has {len(documents)}: "
                "give one Japanese name per document, in the same order"
            )
        return value


class Inference(BaseModel):
    """One thing the engine inferred about the product, and why (shown to the user)."""

    kind: Literal["category", "condition"]
    value: str
    reason: str
    reason_ja: str = ""
    source: Literal["hs_code", "hs_suggestion", "keyword", "embedding", "user"]


class ProfileQuestion(BaseModel):
    """A question to the user when the product's kind is unclear (ja and en)."""

    ja: str
    en: str
    options: list[str] = Field(default_factory=list, description="Category ids to choose from")


class ProductProfile(BaseModel):
    """What the checklist knows about the product: given and inferred."""

    description: str = ""
    hs_code: str | None = None
    categories: list[str] = Field(default_factory=list)
    conditions: list[str] = Field(default_factory=list)
    inferred: list[Inference] = Field(default_factory=list)
    uncertain: list[str] = Field(
        default_factory=list,
        description="What the engine could not tell about the product (e.g. 'category')",
    )
    question: ProfileQuestion | None = Field(
        default=None, description="One question that would settle what is uncertain"
    )


def markets_match(card_markets: list[str], jurisdictions: list[str]) -> bool:
    """True when a card's markets cover a destination (its jurisdictions: self, blocs)."""
    return ALL_MARKETS in card_markets or any(m in card_markets for m in jurisdictions)


def card_applies(card: RequirementCard, jurisdictions: list[str], product: ProductProfile) -> bool:
    """The rule: market, no excepted category, any category or HS prefix, all conditions."""
    if not markets_match(card.markets, jurisdictions):
        return False
    rule = card.applies_to
    if set(rule.except_categories) & set(product.categories):
        return False
    by_category = bool(set(rule.categories) & set(product.categories))
    hs = product.hs_code or ""
    by_hs = bool(hs) and any(hs.startswith(p) for p in rule.hs_prefixes)
    if (rule.categories or rule.hs_prefixes) and not (by_category or by_hs):
        return False
    return set(rule.conditions) <= set(product.conditions)


class ChecklistItem(BaseModel):
    """One line of a checklist: who requires what, under which law, and where it is written."""

    requirement_id: str
    includes: list[str] = Field(default_factory=list)  # cards it also states (one filing)
    title: str
    title_ja: str = ""
    topic: str
    requirement: str
    authority: str = ""
    legal_basis: str = ""
    documents: list[str] = Field(default_factory=list)
    authority_ja: str = ""
    documents_ja: list[str] = Field(default_factory=list)
    requirement_ja: str = ""
    lead_time: str = ""
    lead_time_ja: str = ""
    legal_basis_ja: str = ""
    severity: Severity = "recommended"
    markets: list[str] = Field(default_factory=list)
    evidence: list[str] = Field(default_factory=list)
    citations: list[Citation] = Field(default_factory=list)
    quotes: list[str] = Field(default_factory=list)
    source: Literal["card", "text"] = "card"
    needs_advisor_review: bool = False
    review_reasons: list[str] = Field(default_factory=list)
    review_reasons_ja: list[str] = Field(
        default_factory=list, description="review_reasons in Japanese, same order"
    )


class Checklist(BaseModel):
    """Every requirement that applies to one product in one destination."""

    destination: str
    destination_name: str
    jurisdictions: list[str]
    product: ProductProfile
    items: list[ChecklistItem] = Field(default_factory=list)
    text_items: list[ChecklistItem] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    warnings_ja: list[str] = Field(default_factory=list, description="warnings in Japanese")
    duties: DutyLookup | None = Field(
        default=None, description="Import duty for the HS code (6+ digits), or the official lookup"
    )
    took_ms: float = 0.0

    @property
    def requirement_ids(self) -> list[str]:
        """Ids of the card-backed items, in checklist order."""
        return [i.requirement_id for i in self.items]


class ComparisonRow(BaseModel):
    """One requirement topic across two markets."""

    topic: str
    a: list[str] = Field(default_factory=list)
    b: list[str] = Field(default_factory=list)


class Comparison(BaseModel):
    """Two markets side by side for the same product."""

    product: ProductProfile
    a: Checklist
    b: Checklist
    rows: list[ComparisonRow] = Field(default_factory=list)


def compare_rows(a: Checklist, b: Checklist) -> list[ComparisonRow]:
    """Group both checklists' items by topic; shared cards appear on both sides."""
    topics: dict[str, ComparisonRow] = {}
    for side, checklist in (("a", a), ("b", b)):
        for item in checklist.items + checklist.text_items:
            row = topics.setdefault(item.topic, ComparisonRow(topic=item.topic))
            label = item.title if item.source == "card" else f"{item.title} (from text, verify)"
            getattr(row, side).append(label)
    return [topics[t] for t in sorted(topics)]
