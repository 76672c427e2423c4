"""Request and response schemas of the regulation endpoints."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field, field_validator

from export_assist.domain.citations import SearchFilters, SearchHit
from export_assist.domain.corpus import CATEGORIES, TOPICS
from export_assist.geo import optional_country


class SearchRequest(BaseModel):
    """A regulation search: a question or keywords, and optional filters."""

    query: str = Field(min_length=1, max_length=2000, description="Question or keywords (ja/en)")
    country: str | None = Field(default=None, description="Destination: ISO alpha-2 or EU")
    topics: list[str] = Field(default_factory=list)
    categories: list[str] = Field(default_factory=list)
    hs_code: str | None = Field(default=None, description="HS code, 2-10 digits")
    language: Literal["en", "ja"] | None = None
    top_k: int = Field(default=8, ge=1, le=50)
    mode: Literal["hybrid", "dense", "lexical"] = "hybrid"

    @field_validator("query")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("the query is blank: type a question or some keywords")
        return value.strip()

    @field_validator("country")
    @classmethod
    def _country(cls, value: str | None) -> str | None:
        return optional_country(value)  # an unknown code: a 422 with the same message

    @field_validator("hs_code")
    @classmethod
    def _hs(cls, value: str | None) -> str | None:
        if value is None or not value.strip():
            return None
        digits = value.replace(".", "").replace(" ", "").strip()
        if not digits.isdigit() or not 2 <= len(digits) <= 10:
            raise ValueError(f"HS code {value!r} must be 2 to 10 digits, e.g. 0902 or 090210")
        return digits

    @field_validator("topics")
    @classmethod
    def _topics(cls, value: list[str]) -> list[str]:
        unknown = sorted(set(value) - TOPICS)
        if unknown:
            raise ValueError(f"unknown topic(s) {unknown}; known: {sorted(TOPICS)}")
        return value

    @field_validator("categories")
    @classmethod
    def _categories(cls, value: list[str]) -> list[str]:
        unknown = sorted(set(value) - CATEGORIES)
        if unknown:
            raise ValueError(f"unknown categor(ies) {unknown}; known: {sorted(CATEGORIES)}")
        return value

    def filters(self) -> SearchFilters:
        """The filter part of the request."""
        return SearchFilters(
            country=self.country,
            topics=self.topics,
            categories=self.categories,
            hs_code=self.hs_code,
            language=self.language,
        )


class SearchResponse(BaseModel):
    """Passages found, best first, each with its citation."""

    query: str
    filters: SearchFilters
    hits: list[SearchHit]
    took_ms: float
