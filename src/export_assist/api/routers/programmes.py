"""Support programmes: list, get, and match an exporter profile (open: public information)."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query, Request
from pydantic import BaseModel, ConfigDict, Field

from export_assist.auth.deps import ExporterDep
from export_assist.domain.programmes import Activity, Operator, Programme
from export_assist.programmes.applications import ApplicationService, PrefillRequest
from export_assist.programmes.matching import MatchResult
from export_assist.programmes.prefill import PrefillResult
from export_assist.programmes.profile import ExporterProfile
from export_assist.programmes.service import ProgrammeService
from export_assist.review.schemas import DraftPublic

router = APIRouter(prefix="/v1/programmes", tags=["programmes"])


def get_programmes(request: Request) -> ProgrammeService:
    """The programme service of the application's container."""
    service: ProgrammeService = request.app.state.container.programmes
    return service


ProgrammesDep = Annotated[ProgrammeService, Depends(get_programmes)]


class ProgrammeSummary(BaseModel):
    """A programme in a list."""

    id: str
    official_name: str
    name_en: str
    operator: str
    operator_name: str
    url: str
    benefit: str
    activities: list[str]
    review_status: str


class MatchRequest(BaseModel):
    """An exporter profile to match, the answer language and how many to return."""

    model_config = ConfigDict(extra="forbid")  # a misspelt option is an error, not ignored

    profile: ExporterProfile
    lang: Literal["ja", "en"] = "ja"
    limit: int = Field(default=10, ge=1, le=50)


@router.get("", response_model=list[ProgrammeSummary])
def list_programmes(
    service: ProgrammesDep,
    operator: Operator | None = None,
    activity: Activity | None = None,
    lang: Annotated[Literal["ja", "en"], Query()] = "ja",
) -> list[ProgrammeSummary]:
    """Every programme in the catalogue, filtered by operator and activity."""
    return [
        ProgrammeSummary(
            id=p.id,
            official_name=p.official_name,
            name_en=p.name_en,
            operator=p.operator,
            operator_name=p.operator_name,
            url=p.url,
            benefit=p.benefit.summary_ja if lang == "ja" else p.benefit.summary_en,
            activities=list(p.activities),
            review_status=p.review_status,
        )
        for p in service.list(operator, activity)
    ]


@router.get("/{programme_id}", response_model=Programme)
def get_programme(programme_id: str, service: ProgrammesDep) -> Programme:
    """One programme with its eligibility, window, documents and sources."""
    return service.get(programme_id)


@router.post("/match", response_model=MatchResult)
def match(body: MatchRequest, service: ProgrammesDep) -> MatchResult:
    """Ranked programmes for the profile: rules met, open questions, deadline, citation.

    Closed calls are never proposed; deadlines within 30 days are marked.
    """
    return service.match(body.profile, lang=body.lang, limit=body.limit)


def get_applications(request: Request) -> ApplicationService:
    """The application service of the application's container."""
    service: ApplicationService = request.app.state.container.applications
    return service


ApplicationsDep = Annotated[ApplicationService, Depends(get_applications)]


@router.post("/{programme_id}/prefill", response_model=PrefillResult)
def prefill_application(
    programme_id: str, body: PrefillRequest, who: ExporterDep, service: ApplicationsDep
) -> PrefillResult:
    """The programme's application form filled from profile, company details and e-invoices.

    E-invoices are UBL 2.1 XML (Peppol BIS / JP PINT); a DTD or entity is refused.
    """
    return service.prefill(programme_id, body)


@router.post("/{programme_id}/applications", response_model=DraftPublic, status_code=201)
def submit_application(
    programme_id: str, body: PrefillRequest, who: ExporterDep, service: ApplicationsDep
) -> DraftPublic:
    """Pre-fill and send the draft to the advisor review queue (kind 'application')."""
    return service.submit(who, programme_id, body)
