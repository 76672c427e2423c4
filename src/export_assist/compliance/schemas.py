"""Checklist requests as validated at the edge (API body, CLI options)."""

from __future__ import annotations

from pydantic import BaseModel, Field, field_validator, model_validator

from export_assist.domain.compliance import CONDITIONS, clean_hs
from export_assist.domain.corpus import CATEGORIES
from export_assist.geo import normalize_country


class ExporterProfile(BaseModel):
    """What we know about the exporter (optional; carried into the checklist header)."""

    name: str = Field(default="", max_length=200)
    prefecture: str = Field(default="", max_length=50)
    manufacturer: bool = True
    exported_before: bool = False


def _known(values: list[str], known: frozenset[str], what: str) -> list[str]:
    cleaned = [v.strip() for v in values if v.strip()]
    unknown = sorted(set(cleaned) - known)
    if unknown:
        raise ValueError(f"unknown {what} {unknown}; known: {sorted(known)}")
    return cleaned


class ChecklistRequest(BaseModel):
    """A product (description and/or HS code) and one or more destinations."""

    product: str = Field(default="", max_length=500, description="Product description, ja or en")
    hs_code: str | None = Field(default=None, description="HS code, 2-10 digits")
    destinations: list[str] = Field(min_length=1, max_length=10, description="ISO alpha-2 or EU")
    categories: list[str] = Field(default_factory=list, description="Categories you assert")
    conditions: list[str] = Field(default_factory=list, description="Conditions you assert")
    exclude: list[str] = Field(
        default_factory=list, description="Inferred categories/conditions to drop (corrections)"
    )
    infer: bool = Field(default=True, description="Infer categories/conditions from the product")
    include_text_items: bool = Field(default=True, description="Add 'from text, verify' items")
    exporter: ExporterProfile | None = None

    @field_validator("product")
    @classmethod
    def _strip(cls, value: str) -> str:
        return value.strip()

    @field_validator("hs_code")
    @classmethod
    def _hs(cls, value: str | None) -> str | None:
        if value is None or not value.strip():
            return None
        return clean_hs(value)

    @field_validator("destinations")
    @classmethod
    def _destinations(cls, value: list[str]) -> list[str]:
        out: list[str] = []
        for code in value:
            try:
                canonical = normalize_country(code)
            except Exception as exc:  # InvalidInput -> a field error with the same message
                raise ValueError(str(exc)) from exc
            if canonical == "INTL":
                raise ValueError("INTL is not a destination: name a country such as DE or US")
            if canonical not in out:
                out.append(canonical)
        return out

    @field_validator("categories")
    @classmethod
    def _categories(cls, value: list[str]) -> list[str]:
        return _known(value, CATEGORIES, "categor(ies)")

    @field_validator("conditions")
    @classmethod
    def _conditions(cls, value: list[str]) -> list[str]:
        return _known(value, CONDITIONS, "condition(s)")

    @field_validator("exclude")
    @classmethod
    def _exclude(cls, value: list[str]) -> list[str]:
        # a misspelt correction was dropped silently and the inferred item stayed (s8 trial)
        return _known(value, CATEGORIES | CONDITIONS, "categor(ies) or condition(s) to exclude")

    @model_validator(mode="after")
    def _something_to_check(self) -> ChecklistRequest:
        if not self.product and not self.hs_code and not self.categories:
            raise ValueError(
                "describe the product (product), give its HS code (hs_code), or name its "
                "categories: the checklist needs at least one of them"
            )
        return self
