"""An ASGI middleware that bounds every request before any route reads it.

In order: a route that needs an API key (or widget token) is refused without a valid one (401) *before* its body
is read, so an anonymous caller cannot make the server read 150 MB; a body announced
larger than the limit is refused at once (413); a JSON body is then read up to the limit
(413 past it), and one nested too deeply or holding an overlong string is refused (422)
before FastAPI parses it. Other bodies (file uploads) stream through to their endpoint,
which writes them to disk under its own limit. The limits are settings (`limits.*`).
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Protocol

import anyio
from fastapi.routing import APIRoute
from starlette.responses import JSONResponse
from starlette.routing import Match
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from export_assist.api.body_checks import json_depth, long_string, parse_or_none
from export_assist.api.error_text import error_body, wants_japanese
from export_assist.auth.authenticator import Authenticator
from export_assist.auth.deps import get_principal
from export_assist.cancellation import cancellable
from export_assist.errors import ExportAssistError
from export_assist.settings import LimitsSettings

_BODY_METHODS = {"POST", "PUT", "PATCH", "DELETE"}


class Routed(Protocol):
    """Anything with routes: the FastAPI app (read when the first request comes)."""

    @property
    def routes(self) -> list[Any]:
        """The mounted routes."""
        ...


def api_routes(routes: Iterable[object]) -> Iterator[APIRoute]:
    """Every APIRoute, also inside included routers (FastAPI keeps those nested)."""
    for route in routes:
        if isinstance(route, APIRoute):
            yield route
        nested = getattr(route, "original_router", None)  # FastAPI's _IncludedRouter
        if nested is not None:
            yield from api_routes(nested.routes)


def needs_key(route: APIRoute) -> bool:
    """Whether a route depends (at any depth) on the caller's principal."""
    pending, seen = [route.dependant], set()
    while pending:
        dependant = pending.pop()
        if dependant.call is get_principal:
            return True
        if id(dependant) not in seen:
            seen.add(id(dependant))
            pending.extend(dependant.dependencies)
    return False


@dataclass(frozen=True)
class _Refusal:
    """An answer the guard gives before the app runs, rendered in the caller's language."""

    status: int
    code: str
    message: str
    message_ja: str = ""
    field: str | None = None
    problem_ja: str = ""

    def response(self, japanese: bool) -> JSONResponse:
        """The JSON error response (Japanese message and problem when asked for)."""
        details = None
        if self.field is not None:
            problem = self.message.split(": ", 1)[-1]
            details = [{"field": self.field, "problem": self.problem_ja if japanese else problem}]
        body = error_body(self.code, self.message, details, message_ja=self.message_ja,
                          japanese=japanese)  # fmt: skip
        return JSONResponse(body, status_code=self.status)


class RequestGuard:
    """Size, key and shape checks ahead of the routes."""

    def __init__(
        self, app: ASGIApp, limits: LimitsSettings, keys: Authenticator, app_routes: Routed
    ) -> None:
        self.app, self.limits, self.keys = app, limits, keys
        self._router = app_routes
        self._protected: list[APIRoute] | None = None

    @property
    def protected(self) -> list[APIRoute]:
        """The routes that need a key (found on the first request: all are mounted then)."""
        if self._protected is None:
            self._protected = [r for r in api_routes(self._router.routes) if needs_key(r)]
        return self._protected

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Check, then hand the request (with its body replayed) to the app."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if scope["method"] not in _BODY_METHODS:
            await self._run(scope, b"", receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        ctype = headers.get("content-type", "")
        is_json = not ctype or "json" in ctype  # FastAPI parses both as JSON
        limit = self.limits.max_body_bytes if is_json else self.limits.max_upload_bytes
        body: bytes | None = b""
        refusal = await self._unauthorised(scope, headers) or self._announced(headers, limit)
        if refusal is None and not is_json:
            # Uploads stream through: the endpoint writes them to disk under its own limit.
            with cancellable():
                await self.app(scope, receive, send)
            return
        if refusal is None:
            body, refusal = await self._read(receive, limit)
        if body is None:
            return  # the client went away while sending: nobody to answer
        if refusal is None:
            refusal = self._shape(body)
        if refusal is not None:
            query = scope.get("query_string", b"").decode("latin-1")
            answer = refusal.response(wants_japanese(headers, query))
            answer.headers["Connection"] = "close"  # an unread body may still be coming
            await answer(scope, receive, send)
            return
        await self._run(scope, body, receive, send)

    async def _run(self, scope: Scope, body: bytes, receive: Receive, send: Send) -> None:
        """Run the app with the body replayed; a client that leaves cancels the work."""
        gone, pending, answered = anyio.Event(), [body], anyio.Event()

        async def tracked(message: Message) -> None:
            await send(message)
            if message["type"] == "http.response.body" and not message.get("more_body"):
                answered.set()  # work after this (background tasks) is not the client's wait

        async def replay() -> Message:
            if pending:
                return {"type": "http.request", "body": pending.pop(), "more_body": False}
            await gone.wait()
            return {"type": "http.disconnect"}

        async def watch(flag: threading.Event) -> None:
            while (await receive())["type"] != "http.disconnect":
                pass  # a body we already hold: nothing more is expected
            if not answered.is_set():
                flag.set()  # worker threads see it through raise_if_cancelled()
            gone.set()

        with cancellable() as flag:
            async with anyio.create_task_group() as tasks:
                tasks.start_soon(watch, flag)
                await self.app(scope, replay, tracked)
                tasks.cancel_scope.cancel()

    @staticmethod
    def _too_large(limit: int) -> _Refusal:
        return _Refusal(413, "payload_too_large", f"The request body is larger than {limit:,} bytes.",
                        f"送信内容が大きすぎます（{limit:,}バイトまで）。短くしてからお試しください。")  # fmt: skip

    def _announced(self, headers: dict[str, str], limit: int) -> _Refusal | None:
        length = headers.get("content-length", "")
        if length.isdigit() and int(length) > limit:
            return self._too_large(limit)
        return None

    async def _unauthorised(self, scope: Scope, headers: dict[str, str]) -> _Refusal | None:
        if not any(route.matches(scope)[0] is Match.FULL for route in self.protected):
            return None
        bearer = headers.get("authorization", "")
        key = headers.get("x-api-key") or (
            bearer[7:].strip() if bearer.lower().startswith("bearer ") else None
        )
        try:
            await anyio.to_thread.run_sync(self.keys.authenticate, key, headers.get("origin"))
        except ExportAssistError as exc:
            return _Refusal(exc.status_code, exc.code, exc.message, exc.message_ja)
        return None

    async def _read(self, receive: Receive, limit: int) -> tuple[bytes | None, _Refusal | None]:
        chunks, size = [], 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return None, None
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > limit:
                return b"", self._too_large(limit)
            chunks.append(chunk)
            if not message.get("more_body", False):
                return b"".join(chunks), None

    def _shape(self, body: bytes) -> _Refusal | None:
        depth = json_depth(body)
        if depth > self.limits.max_json_depth:
            deepest = self.limits.max_json_depth
            problem_ja = f"入れ子が{depth}段あります（{deepest}段まで）"
            return _Refusal(
                422, "invalid_input",
                f"Invalid request — request: nested {depth} levels deep; at most "
                f"{deepest} are accepted.", f"入力内容に問題があります（{problem_ja}）。",
                field="request", problem_ja=problem_ja,
            )  # fmt: skip
        found = long_string(parse_or_none(body), self.limits.max_string_chars)
        if found is not None:
            field, length = found
            most = self.limits.max_string_chars
            problem_ja = f"{length:,}文字あります（1項目{most:,}文字まで）"
            return _Refusal(
                422, "invalid_input",
                f"Invalid request — {field}: {length:,} characters; at most "
                f"{most:,} are accepted in one field.", f"入力内容に問題があります（{field}: {problem_ja}）。",
                field=field, problem_ja=problem_ja,
            )  # fmt: skip
        return None
