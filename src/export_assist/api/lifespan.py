"""What the application does before it serves: the schema at head, the sample directory
seeded once, and the optional background warm-up. Run in the lifespan hook, so
create_app() only builds the app."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from sqlalchemy.exc import IntegrityError
from starlette.concurrency import run_in_threadpool

from export_assist.api.warmup import WarmUp
from export_assist.container import Container
from export_assist.matching.startup import ensure_sample_directory

log = logging.getLogger("export_assist.api")


def start(container: Container) -> None:
    """Migrate the database to head, then seed the sample directory if it is empty.

    Idempotent, and safe when several workers start at once: the seed is one statement,
    so a worker that loses the race inserts nothing and carries on."""
    _ = container.engine  # building the engine applies the Alembic migrations
    try:
        ensure_sample_directory(container.buyer_directory, container.settings.matching)
    except IntegrityError:
        log.info("the sample directory was seeded by another worker")


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    """FastAPI lifespan: start-up work off the event loop, then (when the settings ask)
    the warm-up in the background; nothing to undo at shutdown (the warm-up thread is a
    daemon and stores nothing)."""
    container: Container = app.state.container
    await run_in_threadpool(start, container)
    if container.settings.api.warm_up:
        app.state.warm_up = WarmUp(container).start()
    yield
