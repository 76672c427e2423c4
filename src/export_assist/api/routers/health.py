"""Liveness and readiness."""

from __future__ import annotations

from fastapi import APIRouter

from export_assist import __version__
from export_assist.api.deps import ContainerDep

router = APIRouter(tags=["health"])


@router.get("/healthz")
def health(container: ContainerDep) -> dict[str, object]:
    """Whether the service is up, and how many regulation passages it can search."""
    return {"status": "ok", "version": __version__, "chunks": container.store().count()}
