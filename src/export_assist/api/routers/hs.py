"""HS codes: suggestions for a product description, and lookup of a code."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from pydantic import BaseModel, Field

from export_assist.api.deps import ContainerDep
from export_assist.domain.compliance import clean_hs
from export_assist.domain.hs import HsQuestion, HsSuggestion
from export_assist.errors import InvalidInput, NotFound

router = APIRouter(prefix="/v1/hs", tags=["hs"])


class HsSuggestResponse(BaseModel):
    """The most likely 6-digit codes, best first."""

    query: str
    table: str
    suggestions: list[HsSuggestion]
    question: HsQuestion | None = Field(
        default=None,
        description="Asked when the best candidates differ on exactly one attribute "
        "(material, use or form) that the description does not state",
    )


class HsEntryPublic(BaseModel):
    """One code with its chapter/heading/subheading path."""

    code: str
    description_en: str
    description_ja: str
    path: list[dict[str, str]]


@router.get("/suggest", response_model=HsSuggestResponse)
def suggest(
    container: ContainerDep,
    q: Annotated[str, Query(min_length=1, max_length=2000, description="Product, ja or en")],
    k: Annotated[int, Query(ge=1, le=50)] = 5,
) -> HsSuggestResponse:
    """Top-k 6-digit HS codes with a score and the reason for each."""
    suggester = container.hs_suggester
    found = suggester.suggest(q, k)
    return HsSuggestResponse(
        query=q, table=suggester.table.source, suggestions=found, question=suggester.ask(q, found)
    )


@router.get("/codes/{code}", response_model=HsEntryPublic)
def lookup(code: str, container: ContainerDep) -> HsEntryPublic:
    """A code's descriptions (en/ja) and its place in the nomenclature."""
    try:
        digits = clean_hs(code)[:6]
    except ValueError as exc:
        raise InvalidInput(str(exc)) from exc
    entry = container.hs_table.get(digits)
    if entry is None:
        raise NotFound(f"HS code {digits} is not in the loaded table ({container.hs_table.source})")
    table = container.hs_table  # a code without a Japanese name gets its label (labels_ja)
    path = [
        {
            "code": e.code,
            "description_en": e.description_en,
            "description_ja": table.label_ja(e.code),
        }
        for e in table.path(digits)
    ]
    return HsEntryPublic(
        code=entry.code,
        description_en=entry.description_en,
        description_ja=table.label_ja(entry.code),
        path=path,
    )
