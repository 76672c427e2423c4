"""FastAPI dependencies: the container and the services it holds."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from export_assist.container import Container
from export_assist.retrieval.search import HybridSearcher


def get_container(request: Request) -> Container:
    """The application's container (built once in create_app)."""
    container: Container = request.app.state.container
    return container


ContainerDep = Annotated[Container, Depends(get_container)]


def get_searcher(container: ContainerDep) -> HybridSearcher:
    """The regulation searcher."""
    return container.searcher


SearcherDep = Annotated[HybridSearcher, Depends(get_searcher)]
