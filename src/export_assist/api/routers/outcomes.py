"""Outcomes of support: advisors record events; the figures, CSV and charts come from them."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response

from export_assist.auth.deps import AdvisorDep
from export_assist.outcomes.labels import Lang
from export_assist.outcomes.schemas import By, EventCreate, EventPublic, Summary
from export_assist.outcomes.service import OutcomeService

router = APIRouter(prefix="/v1/outcomes", tags=["outcomes"])


def get_outcomes(request: Request) -> OutcomeService:
    """The outcome service of the application's container."""
    service: OutcomeService = request.app.state.container.outcomes
    return service


OutcomesDep = Annotated[OutcomeService, Depends(get_outcomes)]


@router.post("/events", response_model=EventPublic, status_code=201)
def record_event(event: EventCreate, who: AdvisorDep, service: OutcomesDep) -> EventPublic:
    """Record what followed a shortlist or a programme (contact, meeting, sample, deal) or
    the support used (programme and amount)."""
    return service.record(who, event)


@router.get("/events", response_model=list[EventPublic])
def list_events(
    who: AdvisorDep,
    service: OutcomesDep,
    exporter: str | None = None,
    limit: Annotated[int, Query(ge=1, le=5000)] = 500,
) -> list[EventPublic]:
    """Events of your tenant, newest first."""
    return service.events(who, exporter, limit)


@router.get("/summary", response_model=Summary)
def summary(
    who: AdvisorDep, service: OutcomesDep, by: By = "programme", lang: Lang = "ja"
) -> Summary:
    """Funnel per programme, advisor, region or market; cost per deal; export value per yen.
    Group labels (programme and market names, the total) in `lang`."""
    return service.summary(who, by, lang)


@router.get("/summary.csv", response_class=Response)
def summary_csv(
    who: AdvisorDep, service: OutcomesDep, by: By = "programme", lang: Lang | None = None
) -> Response:
    """The same figures as CSV (formula-like cells escaped). With `lang` (ja|en) the
    headings and labels are in that language; without it the headings are the field names."""
    return Response(
        service.summary_csv(who, by, lang),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="outcomes-by-{by}.csv"'},
    )
