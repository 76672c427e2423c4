"""The one place where errors become HTTP responses: a code, a message a person can
read, and (for bad input) the field paths at fault. Never a stack trace."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import ValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match

from export_assist.api.catchall import internal_error
from export_assist.api.error_text import error_body, problem_ja, wants_japanese
from export_assist.api.guard import api_routes
from export_assist.errors import ExportAssistError

log = logging.getLogger("export_assist.api")


def _japanese(request: Request) -> bool:
    return wants_japanese(request.headers, request.url.query)


def _field(loc: tuple[object, ...]) -> str:
    # only the first element says where (body, query string, path): a field may be called
    # "query" itself (POST /v1/regulations/search), and it was dropped as if it were a place
    where = loc[1:] if loc and loc[0] in ("body", "query", "path", "header", "cookie") else loc
    return ".".join(str(p) for p in where) or "request"


def _json_position(errors: Sequence[Any]) -> list[Any]:
    """A body that is not JSON is reported at ('body', <char offset>): report it for the
    request as a whole, saying where it broke, not as a field called '15'."""
    out = []
    for e in errors:
        loc = tuple(e.get("loc", ()))
        if e.get("type") == "json_invalid" and len(loc) == 2 and isinstance(loc[1], int):
            why = (e.get("ctx") or {}).get("error", "")
            e = {**e, "loc": ("body",), "msg": f"JSON decode error at character {loc[1]}"
                 + (f" ({why})" if why else ""), "ctx": {"at": loc[1]}}  # fmt: skip
        out.append(e)
    return out


def _validation_response(errors: Sequence[Any], japanese: bool = False) -> JSONResponse:
    errors = _json_position(errors)
    fields = [_field(tuple(e["loc"])) for e in errors]
    english = [str(e["msg"]).removeprefix("Value error, ") for e in errors]
    message = "; ".join(f"{f}: {p}" for f, p in zip(fields, english, strict=True))
    problems = [problem_ja(e) for e in errors] if japanese else english
    details = [{"field": f, "problem": p} for f, p in zip(fields, problems, strict=True)]
    message_ja = (
        "入力内容に問題があります（"
        + "；".join(f"{d['field']}: {d['problem']}" for d in details)
        + "）。"
    )
    body = error_body("invalid_input", f"Invalid request — {message}", details,
                      message_ja=message_ja, japanese=japanese)  # fmt: skip
    return JSONResponse(body, status_code=422)


def allowed_methods(request: Request) -> list[str]:
    """Every method some route serves at this path (for the Allow header of a 405)."""
    methods: set[str] = set()
    for route in api_routes(request.app.routes):
        if route.matches(request.scope)[0] is not Match.NONE:
            methods |= route.methods or set()
    return sorted(methods)


def install_error_handlers(app: FastAPI) -> None:
    """Register handlers for our error tree, validation errors and the unexpected."""

    @app.exception_handler(ExportAssistError)
    async def _ours(request: Request, exc: ExportAssistError) -> JSONResponse:
        body = error_body(exc.code, exc.message, exc.details, message_ja=exc.message_ja,
                          japanese=_japanese(request))  # fmt: skip
        return JSONResponse(body, status_code=exc.status_code)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        return _validation_response(exc.errors(), _japanese(request))

    @app.exception_handler(ValidationError)
    async def _invalid_model(request: Request, exc: ValidationError) -> JSONResponse:
        # A model built inside a handler from query parameters (GET endpoints).
        return _validation_response(exc.errors(), _japanese(request))

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http_error")
        headers = dict(exc.headers or {})
        if exc.status_code == 405:  # Starlette names only the first route's methods
            headers["Allow"] = ", ".join(allowed_methods(request))
        body = error_body(code, str(exc.detail), japanese=_japanese(request))
        return JSONResponse(body, status_code=exc.status_code, headers=headers)

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        # Reached only when a middleware outside CatchAll fails; same answer.
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return internal_error()
