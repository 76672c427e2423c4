"""Origin (agreements, claims, PSR lookup) and the FEFTA export-control questionnaire."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Header, Query

from export_assist.api.deps import ContainerDep
from export_assist.api.error_text import wants_japanese
from export_assist.compliance.export_control import (
    ExportControlAnswers,
    ExportControlResult,
    assess,
    with_product_kinds,
)
from export_assist.compliance.origin.psr import PsrRuleSet
from export_assist.compliance.origin.routes import OriginRoute

router = APIRouter(tags=["origin"])


@router.get("/v1/origin/{market}", response_model=OriginRoute)
def origin_route(
    market: str,
    container: ContainerDep,
    hs: Annotated[str | None, Query(description="HS code for the PSR lookup")] = None,
) -> OriginRoute:
    """Which agreements apply from Japan, how origin is claimed, validity; cited."""
    return container.origin.route(market, hs)


@router.get("/v1/origin/psr/{agreement}/{hs_code}", response_model=list[PsrRuleSet])
def psr_lookup(agreement: str, hs_code: str, container: ContainerDep) -> list[PsrRuleSet]:
    """Product-specific rules for an HS code under one agreement, narrowest first."""
    return container.origin.psr(agreement, hs_code)


@router.post("/v1/export-control/questionnaire", response_model=ExportControlResult)
def export_control(
    answers: ExportControlAnswers,
    container: ContainerDep,
    accept_language: Annotated[str | None, Header()] = None,
) -> ExportControlResult:
    """What to check under FEFTA (sanctions, list control, catch-all) and with whom; not a
    ruling. A product named without categories is read for its kinds of goods. The texts
    are Japanese for `language: "ja"` or, without it, `Accept-Language: ja`."""
    if answers.language is None and wants_japanese({"accept-language": accept_language or ""}):
        answers = answers.model_copy(update={"language": "ja"})
    answers = with_product_kinds(answers, container.checklists.profiles)
    return assess(answers, container.evidence_finder)
