"""The OpenAPI document says every answer a client can get: the error responses each
operation can give (with their one JSON shape), the `Allow` header of a 405, and the
non-JSON content types. Added once here, from what each route is (needs a key? has
path parameters? takes a body?), rather than by hand on sixty routes."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi
from fastapi.routing import APIRoute
from pydantic import BaseModel, Field

from export_assist.api.guard import api_routes, needs_key
from export_assist.api.sse_doc import add_event_schemas

ERROR_REF = {"$ref": "#/components/schemas/ErrorResponse"}


class ErrorDetail(BaseModel):
    """One field at fault."""

    field: str
    problem: str


class ErrorBody(BaseModel):
    """What went wrong, for a person to read."""

    code: str
    message: str
    message_en: str | None = Field(
        default=None, description="The English message, when `message` is Japanese (ja asked)"
    )
    details: list[ErrorDetail] | list[dict[str, Any]] | dict[str, Any] | None = None


class ErrorResponse(BaseModel):
    """Every 4xx/5xx answer of the API."""

    error: ErrorBody


_WHY = {
    400: "The body could not be read (not JSON, or not UTF-8).",
    401: "No API key or widget token, or one that is unknown, expired or revoked.",
    403: "The key's role may not do this.",
    404: "Nothing with that id that the caller can see.",
    409: "The thing changed or is in a state that does not allow this.",
    413: "The body is larger than the server accepts (limits.max_body_bytes).",
    422: "The request is invalid; `details` names each field at fault.",
    429: "Too many requests from this anonymous visitor or site (auth.*_rate settings).",
    503: "A service this needs (vector store, model endpoint) is unavailable.",
}


def _codes(route: APIRoute, method: str) -> list[int]:
    codes = [404, 422, 503]  # 404: an id in the path or the body that the caller cannot see
    if method in {"POST", "PUT", "PATCH"}:
        codes += [400, 413]
    if needs_key(route):
        codes += [401, 403, 429]  # 429: visitor tokens are rate-limited
    return codes


def _error_response(code: int) -> dict[str, Any]:
    return {"description": _WHY[code], "content": {"application/json": {"schema": ERROR_REF}}}


def document_errors(spec: dict[str, Any], routes: Iterable[APIRoute]) -> dict[str, Any]:
    """Add the error responses (and the ErrorResponse schema) to a generated document."""
    schemas = spec.setdefault("components", {}).setdefault("schemas", {})
    for model in (ErrorDetail, ErrorBody, ErrorResponse):
        schemas.setdefault(
            model.__name__, model.model_json_schema(ref_template="#/components/schemas/{model}")
        )
    for route in routes:
        if not route.include_in_schema:
            continue
        for method in route.methods or ():
            operation = spec["paths"].get(route.path_format, {}).get(method.lower())
            if operation is None:
                continue
            responses = operation.setdefault("responses", {})
            for code in _codes(route, method):
                responses.setdefault(str(code), _error_response(code))
            for code, response in responses.items():
                if code.startswith(("4", "5")):  # FastAPI's own 422 uses another shape
                    response["content"] = {"application/json": {"schema": ERROR_REF}}
    return spec


def install(app: FastAPI) -> None:
    """Serve the completed document at /openapi.json (built once, on first request)."""

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            spec = get_openapi(
                title=app.title,
                version=app.version,
                description=app.description,
                routes=app.routes,
            )
            add_event_schemas(spec)
            app.openapi_schema = document_errors(spec, api_routes(app.routes))
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
