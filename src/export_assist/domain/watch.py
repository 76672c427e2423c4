"""Change watch: document versions seen at ingest, the changes between them, exporters'
watches on a product + market, and the notices and draft flags that follow."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

ChangeKind = Literal["changed", "removed"]


class DocumentVersion(BaseModel):
    """One corpus document as one ingest saw it (hash of its bytes, not of its chunks)."""

    doc_id: str
    path: str
    content_hash: str
    title: str = ""
    title_ja: str = ""
    country: str = ""
    verified_on: dt.date | None = None


class SourceChange(BaseModel):
    """A corpus document whose content (or check date) changed, or that was removed."""

    id: int
    doc_id: str
    title: str
    title_ja: str = ""  # the document's Japanese title, when its title has no Japanese
    country: str = ""
    kind: ChangeKind = "changed"
    detected_at: dt.datetime
    verified_before: dt.date | None = None
    verified_after: dt.date | None = None


class DraftSourceFlag(BaseModel):
    """A draft that cites a document changed after the draft was made or approved."""

    since: Literal["approval", "drafting"]
    message_ja: str
    message_en: str
    changes: list[SourceChange]


class WatchCreate(BaseModel):
    """Watch a product in one market: tell me when a source of its checklist changes."""

    model_config = ConfigDict(extra="forbid")  # a misspelt field is refused, not ignored

    product: str = Field(min_length=1, max_length=300, description="Product, ja or en")
    # a name is accepted too (「フィリピン」, 「アラブ首長国連邦」: longer than a code)
    market: str = Field(min_length=2, max_length=80, description="ISO alpha-2, EU or a name")
    hs_code: str | None = Field(default=None, max_length=12, description="HS code, 2-10 digits")

    @field_validator("product")
    @classmethod
    def _strip(cls, value: str) -> str:
        value = value.strip()
        if not value:
            raise ValueError("name the product to watch")
        return value


class WatchPublic(BaseModel):
    """A watch and the documents it follows."""

    id: str
    product: str
    market: str
    hs_code: str | None
    doc_ids: list[str]
    created_at: dt.datetime
    seen_at: dt.datetime


class WatchNotice(BaseModel):
    """A source of a watched checklist changed."""

    watch_id: str
    product: str
    market: str
    change: SourceChange
    unread: bool
    message_ja: str
    message_en: str
