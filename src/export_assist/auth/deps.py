"""FastAPI dependencies: the caller's principal, and role guards for routers.

Use ``PrincipalDep`` to get the caller, or ``require_roles("advisor", "admin")`` as a
route/router dependency. ``AdvisorDep`` / ``AdminDep`` are ready-made Annotated forms.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated

from fastapi import Depends, Request, Security
from fastapi.security import APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer

from export_assist.auth.principal import Principal, Role
from export_assist.auth.service import KeyService
from export_assist.errors import Forbidden

_header = APIKeyHeader(name="X-API-Key", auto_error=False, description="Your API key")
_bearer = HTTPBearer(auto_error=False, description="The API key as a bearer token")


def get_key_service(request: Request) -> KeyService:
    """The key service of the application's container."""
    service: KeyService = request.app.state.container.keys
    return service


KeyServiceDep = Annotated[KeyService, Depends(get_key_service)]


def get_principal(
    keys: KeyServiceDep,
    api_key: Annotated[str | None, Security(_header)] = None,
    bearer: Annotated[HTTPAuthorizationCredentials | None, Security(_bearer)] = None,
) -> Principal:
    """The caller, from X-API-Key or Authorization: Bearer; 401 when missing or invalid."""
    return keys.authenticate(api_key or (bearer.credentials if bearer else None))


PrincipalDep = Annotated[Principal, Depends(get_principal)]


def require_roles(*roles: Role) -> Callable[[Principal], Principal]:
    """A dependency that lets only the given roles through (403 otherwise)."""

    def guard(principal: PrincipalDep) -> Principal:
        if principal.role not in roles:
            raise Forbidden(
                f"This needs the {' or '.join(roles)} role; your key has the {principal.role} role."
            )
        return principal

    return guard


ExporterDep = Annotated[Principal, Depends(require_roles("exporter", "advisor", "admin"))]
AdvisorDep = Annotated[Principal, Depends(require_roles("advisor", "admin"))]
AdminDep = Annotated[Principal, Depends(require_roles("admin"))]
