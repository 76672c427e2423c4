"""Change watch: exporters watch a product in a market and read notices when a source of
its checklist changes; anyone with a key can list the corpus changes re-ingest found."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response
from pydantic import BaseModel, Field

from export_assist.api.deps import ContainerDep
from export_assist.auth.deps import AdvisorDep, PrincipalDep
from export_assist.domain.watch import SourceChange, WatchCreate, WatchNotice, WatchPublic
from export_assist.review.schemas import DraftPublic
from export_assist.review.source_checks import recheck_sources

router = APIRouter(prefix="/v1", tags=["change watch"])


@router.post("/watches", response_model=WatchPublic, status_code=201)
def create_watch(body: WatchCreate, who: PrincipalDep, container: ContainerDep) -> WatchPublic:
    """Watch a product in a market: notices follow when a document its checklist cites
    changes at re-ingest (exporters only; 409 when already watched)."""
    return container.watches.create(who, body)


@router.get("/watches", response_model=list[WatchPublic])
def list_watches(who: PrincipalDep, container: ContainerDep) -> list[WatchPublic]:
    """My watches, oldest first."""
    return container.watches.of(who)


@router.delete("/watches/{watch_id}", status_code=204)
def delete_watch(watch_id: str, who: PrincipalDep, container: ContainerDep) -> Response:
    """Stop watching."""
    container.watches.delete(who, watch_id)
    return Response(status_code=204)


@router.get("/watches/notices", response_model=list[WatchNotice])
def notices(who: PrincipalDep, container: ContainerDep, unread: bool = False) -> list[WatchNotice]:
    """Changed sources of my watched products, newest first (`unread=true`: only new)."""
    return container.watches.notices(who, unread_only=unread)


@router.post("/watches/notices/seen", response_model=dict[str, int])
def mark_seen(who: PrincipalDep, container: ContainerDep) -> dict[str, int]:
    """Mark my notices read."""
    return {"watches": container.watches.mark_seen(who)}


@router.get("/corpus/changes", response_model=list[SourceChange])
def corpus_changes(
    who: PrincipalDep,
    container: ContainerDep,
    doc_id: Annotated[list[str] | None, Query(max_length=50)] = None,
) -> list[SourceChange]:
    """Corpus documents that re-ingest found changed or removed, newest first."""
    return container.ledger.changes(doc_id or None)


class Recheck(BaseModel):
    """What the advisor checked (kept in the audit log)."""

    comment: str = Field(default="", max_length=2000)


@router.post("/drafts/{draft_id}/sources-rechecked", response_model=DraftPublic)
def sources_rechecked(
    draft_id: str, body: Recheck, who: AdvisorDep, container: ContainerDep
) -> DraftPublic:
    """The advisor checked this draft against its changed sources: its flag clears until a
    source changes again (an audit entry; the draft itself does not change)."""
    recheck_sources(container.sessions, who, draft_id, body.comment)
    return container.reviews.get(who, draft_id)
