"""Compliance checklists: JSON, Markdown, XLSX or PDF; two markets side by side."""

from __future__ import annotations

import time
from typing import Annotated, Literal

from fastapi import APIRouter, Query, Response
from pydantic import BaseModel

from export_assist.api.deps import ContainerDep
from export_assist.compliance import render
from export_assist.compliance.schemas import ChecklistRequest
from export_assist.domain.compliance import Checklist, Comparison, RequirementCard
from export_assist.geo import jurisdictions_for

router = APIRouter(prefix="/v1/checklists", tags=["checklists"])
Format = Literal["json", "markdown", "xlsx", "pdf"]
_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


class ChecklistResponse(BaseModel):
    """One checklist per destination."""

    checklists: list[Checklist]
    took_ms: float


class CardsResponse(BaseModel):
    """The requirement cards that may apply in a market, and card-file problems."""

    market: str | None
    cards: list[RequirementCard]
    problems: list[str]


@router.post("", response_model=ChecklistResponse)
def create_checklist(
    request: ChecklistRequest,
    container: ContainerDep,
    format: Annotated[Format, Query(description="json, markdown, xlsx or pdf")] = "json",
    language: Annotated[
        Literal["ja", "en"], Query(description="Language of the Markdown, PDF and XLSX views")
    ] = "ja",
) -> ChecklistResponse | Response:
    """Every requirement that applies to the product in each destination, with citations."""
    started = time.perf_counter()
    checklists = container.checklists.build(request)
    if format == "markdown":
        return Response(
            render.checklists_markdown(checklists, language), media_type="text/markdown"
        )
    if format == "xlsx":
        return Response(
            render.checklists_xlsx(checklists, language),
            media_type=_XLSX,
            headers={"Content-Disposition": 'attachment; filename="checklist.xlsx"'},
        )
    if format == "pdf":
        return Response(
            render.checklists_pdf(checklists, language, container.fonts()),
            media_type="application/pdf",
            headers={"Content-Disposition": 'attachment; filename="checklist.pdf"'},
        )
    took = round((time.perf_counter() - started) * 1000, 2)
    return ChecklistResponse(checklists=checklists, took_ms=took)


@router.post("/compare", response_model=Comparison)
def compare_markets(
    request: ChecklistRequest,
    container: ContainerDep,
    format: Annotated[Literal["json", "markdown"], Query()] = "json",
    language: Annotated[
        Literal["ja", "en"], Query(description="Language of the Markdown view")
    ] = "ja",
) -> Comparison | Response:
    """The same product in two destinations, side by side by topic."""
    comparison = container.checklists.compare(request)
    if format == "markdown":
        return Response(
            render.comparison_markdown(comparison, language), media_type="text/markdown"
        )
    return comparison


@router.get("/cards", response_model=CardsResponse)
def list_cards(
    container: ContainerDep,
    market: Annotated[str | None, Query(description="ISO alpha-2 or EU; all when omitted")] = None,
) -> CardsResponse:
    """Requirement cards (optionally those covering one market) and card-file problems."""
    library = container.card_library
    cards = library.for_markets(jurisdictions_for(market)) if market else library.cards
    return CardsResponse(market=market, cards=cards, problems=library.problem_lines())
