"""Regulation search: GET for links and quick use, POST for filters in a body."""

from __future__ import annotations

import time
from typing import Annotated, Literal

from fastapi import APIRouter, Query

from export_assist.api.deps import SearcherDep
from export_assist.api.schemas import SearchRequest, SearchResponse

router = APIRouter(prefix="/v1/regulations", tags=["regulations"])


def _run(request: SearchRequest, searcher: SearcherDep) -> SearchResponse:
    started = time.perf_counter()
    hits = searcher.search(request.query, request.filters(), request.top_k, request.mode)
    return SearchResponse(
        query=request.query,
        filters=request.filters(),
        hits=hits,
        took_ms=round((time.perf_counter() - started) * 1000, 2),
    )


@router.get("/search", response_model=SearchResponse)
def search_get(
    searcher: SearcherDep,
    q: Annotated[str, Query(min_length=1, max_length=2000, description="Question or keywords")],
    country: Annotated[str | None, Query(description="ISO alpha-2 destination, or EU")] = None,
    topic: Annotated[list[str] | None, Query()] = None,
    category: Annotated[list[str] | None, Query()] = None,
    hs_code: str | None = None,
    language: Literal["en", "ja"] | None = None,
    top_k: Annotated[int, Query(ge=1, le=50)] = 8,
    mode: Literal["hybrid", "dense", "lexical"] = "hybrid",
) -> SearchResponse:
    """Search the regulation corpus; every hit carries its citation."""
    request = SearchRequest(
        query=q,
        country=country,
        topics=topic or [],
        categories=category or [],
        hs_code=hs_code,
        language=language,
        top_k=top_k,
        mode=mode,
    )
    return _run(request, searcher)


@router.post("/search", response_model=SearchResponse)
def search_post(request: SearchRequest, searcher: SearcherDep) -> SearchResponse:
    """Search with filters in a JSON body."""
    return _run(request, searcher)
