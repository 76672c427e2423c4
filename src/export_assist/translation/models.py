"""What a translation returns: per-segment text, status, backend and every violation."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field, computed_field

SegmentStatus = Literal["translated", "term_base", "not_translated", "empty"]
ViolationKind = Literal["protected_span", "term", "not_translated"]


class Violation(BaseModel):
    """A rule the translation broke, reported (never silently fixed or hidden)."""

    kind: ViolationKind
    segment: int
    expected: str = Field(description="What should have appeared in the translation")
    source: str = Field(description="The source text that required it")
    message: str
    term_id: str | None = None


class GlossaryHit(BaseModel):
    """A term-base term found in the source, with its required translation."""

    term_id: str
    source: str
    target: str


class SegmentResult(BaseModel):
    """One sentence (or label) of the input and what became of it."""

    index: int
    paragraph: int
    source: str
    target: str
    status: SegmentStatus
    backend: str | None = None
    glossary: list[GlossaryHit] = Field(default_factory=list)
    violations: list[Violation] = Field(default_factory=list)
    back_translation: str | None = None


class TranslationResult(BaseModel):
    """A whole translation: the joined text plus the evidence behind it."""

    source_lang: str
    target_lang: str
    text: str
    backends: list[str]
    segments: list[SegmentResult]
    violations: list[Violation]
    not_translated: int
    back_translation: str | None = None
    warnings: list[str] = Field(default_factory=list)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def ok(self) -> bool:
        """True when every segment was translated and no rule was broken."""
        return not self.violations and self.not_translated == 0
