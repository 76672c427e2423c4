"""Who calls a tool: the key given at start (stdio), or the request's X-API-Key /
Authorization header (HTTP). The same keys, roles and tenants as the REST API."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from mcp.server.mcpserver import Context
from mcp.server.mcpserver.exceptions import ToolError
from pydantic import ValidationError

from export_assist.auth.deps import require_roles
from export_assist.auth.principal import Principal, Role
from export_assist.auth.service import KeyService
from export_assist.errors import ExportAssistError


class Caller:
    """Resolves the principal behind a tool call."""

    def __init__(self, keys: KeyService, fixed_key: str | None = None) -> None:
        self._keys = keys
        self._fixed = fixed_key

    def key(self, ctx: Context) -> str | None:
        """The API key of this call (the fixed one, else the request headers')."""
        if self._fixed:
            return self._fixed
        headers = {k.lower(): v for k, v in (ctx.headers or {}).items()}
        bearer = headers.get("authorization", "")
        if bearer.lower().startswith("bearer "):
            return bearer[7:].strip()
        return headers.get("x-api-key")

    def require(self, ctx: Context, *roles: Role) -> Principal:
        """The caller, who must hold one of the roles (all roles when none are named)."""
        principal = self._keys.authenticate(self.key(ctx))
        return require_roles(*(roles or ("exporter", "advisor", "admin")))(principal)


@contextmanager
def tool_errors() -> Iterator[None]:
    """Our errors as MCP tool errors: the client reads the same message the API gives."""
    try:
        yield
    except ExportAssistError as exc:
        raise ToolError(f"{exc.code}: {exc.message}") from exc
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc']) or 'input'}: {e['msg']}" for e in exc.errors()
        )
        raise ToolError(f"invalid_input: {problems}") from exc
