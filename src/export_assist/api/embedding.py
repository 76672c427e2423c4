"""Embedding the widget on another site: CORS for the origins the owner lists, a public
check the widget calls to explain a missing origin, and one log line per refused origin.

The setting is `api.cors_origins` (env `EXPORT_ASSIST_API__CORS_ORIGINS`, a JSON list).
CORS is always installed, so a preflight from an unlisted origin is refused plainly
(400, no allow header) instead of failing as an unknown method (405).
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import APIRouter, FastAPI, Request, Response
from fastapi.middleware.cors import CORSMiddleware
from pydantic import BaseModel
from starlette.types import ASGIApp, Receive, Scope, Send

log = logging.getLogger("export_assist.api.embedding")
SETTING = "EXPORT_ASSIST_API__CORS_ORIGINS"
DOCS = "README.md#embed-the-widget-on-another-site"


def _same_origin(scope: Scope, origin: str) -> bool:
    # Host only: behind a TLS proxy the page says https while the app sees http.
    headers = dict(scope.get("headers") or [])
    host = headers.get(b"host", b"").decode("latin-1")
    return bool(host) and origin.split("://", 1)[-1] == host


class RefusedOriginLog:
    """Logs, once per origin, a cross-origin call from an origin not in the setting."""

    def __init__(self, app: ASGIApp, allowed: list[str]) -> None:
        self.app = app
        self.allowed = set(allowed)
        self.seen: set[str] = set()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            origin = dict(scope.get("headers") or []).get(b"origin", b"").decode("latin-1")
            if origin and self.refused(scope, origin) and origin not in self.seen:
                self.seen.add(origin)
                log.warning(
                    "widget call from %s refused: that origin is not allowed. To embed the "
                    "widget there, add it to api.cors_origins (%s='[\"%s\"]') and restart.",
                    origin,
                    SETTING,
                    origin,
                )
        await self.app(scope, receive, send)

    def refused(self, scope: Scope, origin: str) -> bool:
        """A cross-origin caller that the setting does not list."""
        return (
            "*" not in self.allowed
            and origin not in self.allowed
            and not _same_origin(scope, origin)
        )


class OriginCheck(BaseModel):
    """Whether the calling page's origin may use the API, and how to allow it."""

    origin: str
    allowed: bool
    setting: str = SETTING
    docs: str = DOCS


def install(app: FastAPI, allowed: list[str]) -> None:
    """CORS for the listed origins (always installed), the refusal log and the check."""
    app.add_middleware(
        CORSMiddleware,
        allow_origins=allowed,
        allow_methods=["*"],
        allow_headers=["*"],
    )
    app.add_middleware(RefusedOriginLog, allowed=allowed)
    router = APIRouter(prefix="/v1/widget", tags=["widget"])

    @router.get("/origin", response_model=OriginCheck)
    def check_origin(request: Request, response: Response) -> Any:
        """Public: may the calling page's origin use the API? (readable from any origin)"""
        origin = request.headers.get("origin", "")
        # Readable everywhere on purpose: it says only whether this origin is listed.
        response.headers["Access-Control-Allow-Origin"] = "*"
        listed = "*" in allowed or origin in allowed
        ok = not origin or listed or _same_origin(request.scope, origin)
        return OriginCheck(origin=origin, allowed=ok)

    app.include_router(router)
