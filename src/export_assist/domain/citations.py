"""Citations and search results: what every answer carries to show where it came from."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, Field

from export_assist.domain.urls import WebUrl


class Citation(BaseModel):
    """Where a passage came from, precisely enough for a person to check it."""

    doc_id: str
    title: str
    title_ja: str = ""  # the document's Japanese title ("" when `title` is Japanese)
    section: str = ""
    page: int | None = None
    country: str = ""
    source_url: WebUrl = ""
    source_title: str = ""
    publisher: str = ""
    verified_on: dt.date | None = None
    review_status: str = "verified"

    def title_in(self, lang: str) -> str:
        """The document's title in `lang` (Japanese when it has one, else the original)."""
        return (self.title_ja or self.title) if lang == "ja" else self.title

    def label(self, lang: str = "en") -> str:
        """A short human-readable reference, e.g. 'EU food labelling, § Allergens, p. 3'
        (in Japanese: '…、§ Allergens、3ページ'; a section keeps its document's words)."""
        parts = [self.title_in(lang)]
        if self.section:
            parts.append(f"§ {self.section}")
        if self.page is not None:
            parts.append(f"{self.page}ページ" if lang == "ja" else f"p. {self.page}")
        return ("、" if lang == "ja" else ", ").join(parts)


class SearchFilters(BaseModel):
    """Metadata filters for a regulation search (all optional, combined with AND)."""

    country: str | None = None
    topics: list[str] = Field(default_factory=list)
    categories: list[str] = Field(default_factory=list)
    hs_code: str | None = None
    language: str | None = None
    doc_ids: list[str] = Field(default_factory=list)


class SearchHit(BaseModel):
    """One passage found by search, with its citation and the scores that ranked it."""

    chunk_id: str
    text: str
    citation: Citation
    score: float
    dense_rank: int | None = None
    lexical_rank: int | None = None
    dense_score: float | None = None
    lexical_score: float | None = None
