"""Review request and response schemas."""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, Field, model_validator

from export_assist.domain.citations import Citation
from export_assist.domain.watch import DraftSourceFlag

DraftKind = Literal["checklist", "shortlist", "documents", "answer", "application"]
DraftStatus = Literal["pending", "in_review", "approved", "changes_requested"]
ClaimStatus = Literal["pending", "approved", "edited", "rejected"]


class ClaimIn(BaseModel):
    """One statement to check, with the passages that support it."""

    text: str = Field(min_length=1, max_length=4000)
    citations: list[Citation] = Field(default_factory=list)


class DraftCreate(BaseModel):
    """A draft sent for advisor review."""

    kind: DraftKind
    title: str = Field(min_length=1, max_length=300)
    claims: list[ClaimIn] = Field(min_length=1, max_length=500)
    payload: dict[str, Any] = Field(default_factory=dict)
    conversation_id: str | None = None


class Decision(BaseModel):
    """An advisor's decision on one claim."""

    action: Literal["approve", "edit", "reject"]
    comment: str = Field(default="", max_length=4000)
    text: str | None = Field(default=None, max_length=4000, description="New text (edit)")

    @model_validator(mode="after")
    def _complete(self) -> Decision:
        if self.action == "edit" and not (self.text or "").strip():
            raise ValueError("an edit needs the corrected text in 'text'")
        if self.action == "reject" and not self.comment.strip():
            raise ValueError("a rejection needs a comment saying what is wrong")
        return self


class ClaimPublic(BaseModel):
    """A claim and its review state."""

    id: str
    position: int
    text: str
    citations: list[Citation]
    status: ClaimStatus
    comment: str
    decided_by: str | None
    decided_at: dt.datetime | None


class DraftSummary(BaseModel):
    """A draft in a list; `reviewed` is true only once every claim is approved."""

    id: str
    kind: DraftKind
    title: str
    status: DraftStatus
    reviewed: bool
    version: int
    owner: str
    conversation_id: str | None
    claims_total: int
    claims_decided: int
    created_at: dt.datetime
    updated_at: dt.datetime
    source_changed: DraftSourceFlag | None = Field(
        default=None,
        description="Set when a document this draft cites changed after it was approved "
        "(or, not yet approved, after it was made): look at it again",
    )


class DraftPublic(DraftSummary):
    """A draft with its claims and payload."""

    claims: list[ClaimPublic]
    payload: dict[str, Any]


class DraftVersion(BaseModel):
    """One entry of a draft's version history."""

    version: int
    author: str
    note: str
    created_at: dt.datetime
    claims: list[dict[str, Any]]
    payload: dict[str, Any]


class AuditEntry(BaseModel):
    """One line of the audit log."""

    id: int
    at: dt.datetime
    actor: str
    actor_role: str
    action: str
    draft_id: str | None
    claim_id: str | None
    detail: dict[str, Any]
