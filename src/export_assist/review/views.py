"""Review rows as the API shows them (links a browser must not follow are dropped)."""

from __future__ import annotations

from typing import Any

from export_assist.domain.urls import safe_link
from export_assist.review.models import AuditRow, ClaimRow, DraftRow, DraftVersionRow
from export_assist.review.schemas import AuditEntry, ClaimPublic, DraftSummary, DraftVersion


def safe_citations(citations: list[Any] | None) -> list[Any]:
    """Citations as stored, with any link a browser must not follow emptied."""
    # Rows written before links were checked may hold javascript: URLs: drop them on read.
    return [
        {**c, "source_url": safe_link(str(c.get("source_url") or ""))} if isinstance(c, dict) else c
        for c in citations or []
    ]


def claim_public(row: ClaimRow) -> ClaimPublic:
    """A claim row as the API shows it."""
    return ClaimPublic.model_validate(
        dict(
            id=row.id,
            position=row.position,
            text=row.text,
            citations=safe_citations(row.citations),
            status=row.status,
            comment=row.comment or "",
            decided_by=row.decided_by,
            decided_at=row.decided_at,
        )
    )


def summary(row: DraftRow, statuses: list[str]) -> DraftSummary:
    """A draft row as a queue entry."""
    return DraftSummary.model_validate(
        dict(
            id=row.id,
            kind=row.kind,
            title=row.title,
            status=row.status,
            reviewed=row.status == "approved",
            version=row.version,
            owner=row.owner,
            conversation_id=row.conversation_id,
            claims_total=len(statuses),
            claims_decided=sum(1 for s in statuses if s != "pending"),
            created_at=row.created_at,
            updated_at=row.updated_at,
        )
    )


def version_public(row: DraftVersionRow) -> DraftVersion:
    """A version snapshot as the API shows it."""
    claims = [{**c, "citations": safe_citations(c.get("citations"))} for c in row.claims or []]
    return DraftVersion(
        version=row.version,
        author=row.author,
        note=row.note,
        created_at=row.created_at,
        claims=claims,
        payload=row.payload or {},
    )


def audit_public(row: AuditRow) -> AuditEntry:
    """An audit-log row as the API shows it."""
    return AuditEntry(
        id=row.id,
        at=row.at,
        actor=row.actor,
        actor_role=row.actor_role,
        action=row.action,
        draft_id=row.draft_id,
        claim_id=row.claim_id,
        detail=row.detail or {},
    )


def draft_status(claim_statuses: list[str]) -> str:
    """Pending until a decision; approved when all are approved/edited; else as it stands."""
    decided = [s for s in claim_statuses if s != "pending"]
    if not decided:
        return "pending"
    if len(decided) < len(claim_statuses):
        return "in_review"
    return "changes_requested" if "rejected" in decided else "approved"
