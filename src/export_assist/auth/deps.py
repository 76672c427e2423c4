"""FastAPI dependencies: the caller's principal, and role guards for routers.

Use ``PrincipalDep`` to get a person calling (any role but 'server'), ``CallerDep`` for
any valid credential, or ``require_roles("advisor", "admin")`` as a route/router
dependency. ``AdvisorDep`` / ``AdminDep`` are ready-made Annotated forms. A credential is an
API key or a widget token (auth/authenticator.py).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated

from fastapi import Depends, Request, Security
from fastapi.security import APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer

from export_assist.auth.authenticator import Authenticator
from export_assist.auth.principal import PERSON_ROLES, Principal, Role
from export_assist.auth.service import KeyService
from export_assist.errors import Forbidden

_header = APIKeyHeader(name="X-API-Key", auto_error=False, description="Your API key")
_bearer = HTTPBearer(
    auto_error=False, description="The API key, or a short-lived widget token, as a bearer token"
)


def get_key_service(request: Request) -> KeyService:
    """The key service of the application's container."""
    service: KeyService = request.app.state.container.keys
    return service


KeyServiceDep = Annotated[KeyService, Depends(get_key_service)]


def get_authenticator(request: Request) -> Authenticator:
    """The authenticator (API keys and widget tokens) of the application's container."""
    auth: Authenticator = request.app.state.container.authenticator
    return auth


def get_principal(
    request: Request,
    auth: Annotated[Authenticator, Depends(get_authenticator)],
    api_key: Annotated[str | None, Security(_header)] = None,
    bearer: Annotated[HTTPAuthorizationCredentials | None, Security(_bearer)] = None,
) -> Principal:
    """The caller, from X-API-Key or Authorization: Bearer; 401 when missing or invalid."""
    credential = api_key or (bearer.credentials if bearer else None)
    principal = auth.authenticate(credential, request.headers.get("origin"))
    auth.count(principal)  # visitors are rate-limited per token
    return principal


CallerDep = Annotated[Principal, Depends(get_principal)]


def require_roles(*roles: Role) -> Callable[[Principal], Principal]:
    """A dependency that lets only the given roles through (403 otherwise)."""

    def guard(principal: CallerDep) -> Principal:
        if principal.role not in roles:
            raise Forbidden(
                f"This needs the {' or '.join(roles)} role; your key has the {principal.role} role."
            )
        return principal

    return guard


PrincipalDep = Annotated[Principal, Depends(require_roles(*PERSON_ROLES))]
ExporterDep = Annotated[Principal, Depends(require_roles("exporter", "advisor", "admin"))]
AdvisorDep = Annotated[Principal, Depends(require_roles("advisor", "admin"))]
AdminDep = Annotated[Principal, Depends(require_roles("admin"))]
