"""The regulation corpus: document metadata, sources and chunks."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from export_assist.domain.urls import WebUrl

TOPICS: frozenset[str] = frozenset(
    [
        "registration",
        "licensing",
        "certification",
        "conformity_marking",
        "labelling",
        "sps",
        "food_safety",
        "food_contact",
        "chemicals",
        "restricted",
        "customs",
        "tariff",
        "origin",
        "export_control",
        "export_declaration",
        "certificate_of_origin",
        "incoterms",
        "trade_documents",
        "classification",
        "record_keeping",
    ]
)
CATEGORIES: frozenset[str] = frozenset(
    [
        "food",
        "beverages",
        "alcohol",
        "tea",
        "seafood",
        "meat",
        "cosmetics",
        "electronics",
        "batteries",
        "radio",
        "machinery",
        "chemicals",
        "textiles",
        "household",
        "food_contact",
        "supplements",
        "toys",
        "plants",
    ]
)
ReviewStatus = Literal["verified", "needs_review"]


class SourceRef(BaseModel):
    """An official source a document was written from."""

    model_config = ConfigDict(frozen=True)

    title: str
    url: WebUrl
    publisher: str = ""


class DocumentMeta(BaseModel):
    """Front matter of one corpus document (see docs/corpus-format.md)."""

    model_config = ConfigDict(extra="allow")

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9._-]*$", max_length=120)
    title: str = Field(min_length=1)
    title_ja: str = ""  # the title in Japanese, when `title` is not (corpus lint requires it)
    country: str = Field(min_length=2, max_length=4)
    language: str = "en"
    topics: list[str] = Field(default_factory=list)
    categories: list[str] = Field(default_factory=list)
    hs_prefixes: list[str] = Field(default_factory=list)
    authority: str = ""
    legal_basis: list[str] = Field(default_factory=list)
    sources: list[SourceRef] = Field(default_factory=list)
    verified_on: dt.date | None = None
    review_status: ReviewStatus = "verified"
    review_notes: str = ""
    volatile: bool = False
    summary_ja: str = ""

    @field_validator("country")
    @classmethod
    def _upper(cls, value: str) -> str:
        return value.strip().upper()

    @field_validator("hs_prefixes", mode="before")
    @classmethod
    def _hs_as_text(cls, value: object) -> object:
        if isinstance(value, list):
            return [str(v).replace(".", "").strip() for v in value]
        return value

    @field_validator("legal_basis", mode="before")
    @classmethod
    def _one_or_many(cls, value: object) -> object:
        return [value] if isinstance(value, str) else value

    @property
    def primary_source(self) -> SourceRef | None:
        """The first listed source, used for the citation link."""
        return self.sources[0] if self.sources else None


class Chunk(BaseModel):
    """A passage of a document, ready to embed and index."""

    id: str
    doc_id: str
    text: str
    section: str = ""
    page: int | None = None
    ordinal: int = 0
    language: str = "en"
