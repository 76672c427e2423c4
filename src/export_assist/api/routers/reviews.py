"""Advisor review: the queue, per-claim decisions, version history and the audit log.

Exporters see their own drafts (and each one's status); advisors and admins see and
decide every draft of their organisation. Other organisations' drafts are invisible (404).
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request

from export_assist.auth.deps import AdvisorDep, ExporterDep, PrincipalDep
from export_assist.review.schemas import (
    AuditEntry,
    Decision,
    DraftCreate,
    DraftKind,
    DraftPublic,
    DraftStatus,
    DraftSummary,
    DraftVersion,
)
from export_assist.review.service import ReviewService

router = APIRouter(prefix="/v1", tags=["review"])


def get_reviews(request: Request) -> ReviewService:
    """The review service of the application's container."""
    service: ReviewService = request.app.state.container.reviews
    return service


ReviewsDep = Annotated[ReviewService, Depends(get_reviews)]


@router.get("/drafts", response_model=list[DraftSummary])
def list_drafts(
    who: PrincipalDep,
    reviews: ReviewsDep,
    status: DraftStatus | None = None,
    kind: DraftKind | None = None,
    owner: Annotated[str | None, Query(max_length=200)] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
) -> list[DraftSummary]:
    """The review queue (advisors) or my drafts (exporters), newest first."""
    return reviews.queue(who, status=status, kind=kind, owner=owner, limit=limit)


@router.post("/drafts", response_model=DraftPublic, status_code=201)
def create_draft(body: DraftCreate, who: ExporterDep, reviews: ReviewsDep) -> DraftPublic:
    """Send a draft for advisor review (the assistant does this for checklists etc.)."""
    return reviews.create(who, body)


@router.get("/drafts/{draft_id}", response_model=DraftPublic)
def get_draft(draft_id: str, who: PrincipalDep, reviews: ReviewsDep) -> DraftPublic:
    """One draft with its claims and their review status."""
    return reviews.get(who, draft_id)


@router.post("/drafts/{draft_id}/claims/{claim_id}/decision", response_model=DraftPublic)
def decide(
    draft_id: str, claim_id: str, body: Decision, who: AdvisorDep, reviews: ReviewsDep
) -> DraftPublic:
    """Approve, edit or reject one claim, with a comment."""
    return reviews.decide(who, draft_id, claim_id, body)


@router.get("/drafts/{draft_id}/versions", response_model=list[DraftVersion])
def versions(draft_id: str, who: PrincipalDep, reviews: ReviewsDep) -> list[DraftVersion]:
    """Every version of the draft, oldest first."""
    return reviews.versions(who, draft_id)


@router.get("/audit", response_model=list[AuditEntry])
def audit(
    who: AdvisorDep,
    reviews: ReviewsDep,
    draft_id: str | None = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 200,
) -> list[AuditEntry]:
    """The append-only audit log of the organisation, newest first."""
    return reviews.audit(who, draft_id=draft_id, limit=limit)
