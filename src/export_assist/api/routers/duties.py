"""Import duties for an HS code in a market (public reference information)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from export_assist.api.deps import ContainerDep
from export_assist.domain.duties import DutyLookup

router = APIRouter(tags=["duties"])


@router.get("/v1/duties", response_model=DutyLookup)
def duties(
    container: ContainerDep,
    hs: Annotated[str, Query(min_length=6, max_length=13, description="HS code, 6-10 digits")],
    market: Annotated[
        str, Query(min_length=2, max_length=80, description="ISO alpha-2, EU or a name")
    ],
    origin: Annotated[str, Query(pattern="^[A-Z]{2}$", description="Origin country")] = "JP",
) -> DutyLookup:
    """MFN and preferential rates where an official API is connected (the UK Trade Tariff
    API, when enabled); otherwise the official lookups with the code filled in."""
    return container.duties.lookup(hs, market, origin)
