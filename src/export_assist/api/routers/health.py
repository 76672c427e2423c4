"""Liveness and readiness."""

from __future__ import annotations

from fastapi import APIRouter, Request

from export_assist import __version__
from export_assist.api.deps import ContainerDep

router = APIRouter(tags=["health"])


@router.get("/healthz")
def health(request: Request, container: ContainerDep) -> dict[str, object]:
    """Whether the service is up, how many regulation passages it can search, and (when
    `serve` warms the assistant at start) whether that warm-up has finished."""
    body: dict[str, object] = {
        "status": "ok",
        "version": __version__,
        "chunks": container.store().count(),
    }
    warm_up = getattr(request.app.state, "warm_up", None)
    if warm_up is not None:
        body["warm"] = warm_up.done
    return body
