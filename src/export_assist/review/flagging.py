"""Source-change flags on drafts: which documents a draft cites, and the flag the change
watch gives it (a draft approved before its source changed must be looked at again)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from export_assist.domain.watch import DraftSourceFlag
from export_assist.review.models import AuditRow, ClaimRow, DraftRow
from export_assist.review.schemas import DraftSummary
from export_assist.watch.flags import DraftRef

Flagger = Callable[[Sequence[DraftRef]], dict[str, DraftSourceFlag]]
S = TypeVar("S", bound=DraftSummary)
RECHECKED = "draft.sources_rechecked"  # the audit entry an advisor's re-check leaves


def draft_ref(session: Session, row: DraftRow, claims: Sequence[ClaimRow]) -> DraftRef:
    """The draft's cited documents and the time a later change counts from: its approval
    (or creation), or the advisor's last re-check of its sources if that came later."""
    cited = {
        str(c.get("doc_id"))
        for claim in claims
        for c in claim.citations or []
        if isinstance(c, dict) and c.get("doc_id")
    }
    approved = row.status == "approved"
    # An approved draft cannot change any more: its last update is the approval.
    since = row.updated_at if approved else row.created_at
    checked = session.scalar(
        select(func.max(AuditRow.at)).where(
            AuditRow.draft_id == row.id, AuditRow.action == RECHECKED
        )
    )
    since = max(since, checked) if checked is not None else since
    return DraftRef(id=row.id, approved=approved, since=since, doc_ids=frozenset(cited))


def flagged(flagger: Flagger | None, items: Sequence[tuple[S, DraftRef]]) -> list[S]:
    """The summaries, each with its flag when one of its sources changed."""
    if flagger is None:
        return [s for s, _ in items]
    flags = flagger([ref for _, ref in items])
    return [
        s.model_copy(update={"source_changed": flags[s.id]}) if s.id in flags else s
        for s, _ in items
    ]
