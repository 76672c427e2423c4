"""The last line: an exception no handler took becomes a JSON 500 that ends the
connection cleanly (``Connection: close``), instead of a reset the client's next
keep-alive request would run into."""

from __future__ import annotations

import logging

from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

log = logging.getLogger("export_assist.api")

INTERNAL_ERROR = {
    "error": {
        "code": "internal_error",
        "message": "Something went wrong on our side; nothing you sent was lost. Please "
        "try again, and tell the operator if it keeps happening.",
    }
}


def internal_error() -> JSONResponse:
    """The 500 response: a readable message, never a stack trace; the connection closes."""
    return JSONResponse(INTERNAL_ERROR, status_code=500, headers={"Connection": "close"})


class CatchAll:
    """Answer unexpected exceptions here, so the server never sees one mid-connection."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Run the app; on an unhandled exception send the 500 if nothing was sent yet."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def tracking_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, receive, tracking_send)
        except Exception:
            log.exception("unhandled error on %s %s", scope.get("method"), scope.get("path"))
            if started:
                raise  # half a response is out: only closing the connection is left
            await internal_error()(scope, receive, send)
