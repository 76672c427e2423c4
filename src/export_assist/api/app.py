"""create_app(): settings built once, the container wired, routers mounted."""

from __future__ import annotations

from fastapi import FastAPI

from export_assist import __version__
from export_assist.api import embedding, openapi
from export_assist.api.catchall import CatchAll
from export_assist.api.errors import install_error_handlers
from export_assist.api.guard import RequestGuard
from export_assist.api.lifespan import lifespan
from export_assist.api.routers import buyers as buyer_routes
from export_assist.api.routers import chat, conversations, health, keys, pages, regulations, reviews
from export_assist.api.routers import checklists as checklist_routes
from export_assist.api.routers import documents as document_routes
from export_assist.api.routers import duties as duty_routes
from export_assist.api.routers import hs as hs_routes
from export_assist.api.routers import origin as origin_routes
from export_assist.api.routers import outcomes as outcome_routes
from export_assist.api.routers import programmes as programme_routes
from export_assist.api.routers import shortlists as shortlist_routes
from export_assist.api.routers import translate as translate_routes
from export_assist.api.routers import watches as watch_routes
from export_assist.api.routers import widget as widget_routes
from export_assist.container import Container
from export_assist.settings import Settings


def create_app(settings: Settings | None = None, container: Container | None = None) -> FastAPI:
    """Build the FastAPI application."""
    settings = settings or (container.settings if container else Settings())
    container = container or Container(settings)
    app = FastAPI(
        title="export-assist",
        version=__version__,
        description="Cited compliance checklists, screened buyer shortlists and bilingual "
        "trade documents for Japanese exporters.",
        lifespan=lifespan,  # migrations and seeding run there, not here
    )
    app.state.container = container
    install_error_handlers(app)
    # Middleware, innermost first: CatchAll answers unexpected errors, the guard checks
    # key, size and shape before a route reads the body, CORS (outermost) adds its
    # headers to every answer, refusals included.
    app.add_middleware(CatchAll)
    app.add_middleware(
        RequestGuard, limits=settings.limits, keys=container.authenticator, app_routes=app
    )
    embedding.install(app, settings.api.cors_origins)
    app.include_router(health.router)
    app.include_router(regulations.router)
    app.include_router(checklist_routes.router)
    app.include_router(hs_routes.router)
    app.include_router(origin_routes.router)
    app.include_router(duty_routes.router)
    app.include_router(translate_routes.router)
    app.include_router(document_routes.router)
    app.include_router(keys.router)
    app.include_router(widget_routes.router)
    app.include_router(reviews.router)
    app.include_router(chat.router)
    app.include_router(conversations.router)
    app.include_router(buyer_routes.router)
    app.include_router(shortlist_routes.router)
    app.include_router(programme_routes.router)
    app.include_router(outcome_routes.router)
    app.include_router(watch_routes.router)
    pages.install(app, container)
    openapi.install(app)
    return app
