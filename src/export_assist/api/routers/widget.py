"""Widget identity: short-lived widget tokens minted by a host site's backend, their
revocation, publishable keys and the visitor tokens they give anonymous visitors.

The flow for a portal with logged-in users: the portal's server holds a `server` key and
calls POST /v1/widget/tokens for its user (tenant of the key, subject = the user); the
widget gets that token from the portal (a token URL or a callback) and renews it the
same way. No long-lived secret reaches a browser.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from pydantic import BaseModel, Field

from export_assist.auth.deps import AdminDep, CallerDep
from export_assist.auth.principal import Principal
from export_assist.auth.publishable import PublishableKeyPublic, PublishableKeys
from export_assist.auth.tokens import MintedToken, Revocation, WidgetTokens
from export_assist.errors import Forbidden

router = APIRouter(prefix="/v1", tags=["widget"])


def _tokens(request: Request) -> WidgetTokens:
    tokens: WidgetTokens = request.app.state.container.widget_tokens
    return tokens


def _publishable(request: Request) -> PublishableKeys:
    keys: PublishableKeys = request.app.state.container.publishable_keys
    return keys


TokensDep = Annotated[WidgetTokens, Depends(_tokens)]
PublishableDep = Annotated[PublishableKeys, Depends(_publishable)]
_PRINTABLE = r"^[^\x00-\x1f\x7f]+$"


class TokenRequest(BaseModel):
    """Who the token is for (a server key: any user of its tenant; an exporter key: itself)."""

    subject: str | None = Field(default=None, min_length=1, max_length=200, pattern=_PRINTABLE, description="The host site's user id")  # fmt: skip
    ttl_s: int | None = Field(default=None, ge=5, le=86_400, description="Lifetime in seconds (default: auth.widget_token_ttl_s)")  # fmt: skip


class RevocationRequest(BaseModel):
    """One token (token_id) or every token issued so far to a subject."""

    token_id: str | None = Field(default=None, min_length=1, max_length=64)
    subject: str | None = Field(default=None, min_length=1, max_length=200, pattern=_PRINTABLE)


class VisitorRequest(BaseModel):
    """An anonymous visitor of a site that embeds the widget with a publishable key."""

    publishable_key: str = Field(min_length=4, max_length=64)
    visitor: str = Field(min_length=16, max_length=64, description="A random id kept by the browser")  # fmt: skip


class PublishableCreate(BaseModel):
    """A publishable key for the admin's organisation, bound to the sites that embed it."""

    origins: list[str] = Field(min_length=1, max_length=20, description="e.g. https://www.example.co.jp")  # fmt: skip
    name: str = Field(default="", max_length=200)


def _subject_for(caller: Principal, asked: str | None) -> str:
    """Server and admin keys mint for any user of their tenant; an exporter key for itself."""
    if caller.via_token:
        raise Forbidden(
            "A widget token cannot mint tokens; the host site's server key does.",
            message_ja="ウィジェットトークンで新しいトークンは発行できません。埋め込み先サイトのサーバーキーで発行してください。",
        )
    if caller.role in ("server", "admin"):
        if asked is None:
            raise Forbidden("Name the user: 'subject' is required with a server key.")
        return asked
    if caller.role == "exporter" and asked in (None, caller.subject):
        return caller.subject
    raise Forbidden(
        "Only a server (or admin) key mints tokens for other users; an exporter key only "
        "for itself."
    )


@router.post("/widget/tokens", response_model=MintedToken, status_code=201)
def mint_token(body: TokenRequest, caller: CallerDep, tokens: TokensDep) -> MintedToken:
    """Mint a short-lived widget token for one user of the caller's tenant."""
    subject = _subject_for(caller, body.subject)
    return tokens.mint(caller.tenant, subject, "exporter", body.ttl_s)


@router.post("/widget/revocations", response_model=Revocation, status_code=201)
def revoke_tokens(body: RevocationRequest, caller: CallerDep, tokens: TokensDep) -> Revocation:
    """Revoke one widget token, or all tokens of a user so far (server or admin keys)."""
    if caller.role not in ("server", "admin") or caller.via_token:
        raise Forbidden(
            "Only a server or admin key revokes widget tokens.",
            message_ja="ウィジェットトークンを取り消せるのはサーバーキーか管理者キーだけです。",
        )
    return tokens.revoke(caller, body.token_id, body.subject)


_VISITOR_ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"description": "The publishable key is unknown or revoked."},
    403: {"description": "No Origin header, or a site the publishable key does not allow."},
    429: {"description": "Too many new visitors from this address or on this key."},
}


@router.post(
    "/widget/visitor-tokens", response_model=MintedToken, status_code=201, responses=_VISITOR_ERRORS
)
def visitor_token(body: VisitorRequest, request: Request, keys: PublishableDep) -> MintedToken:
    """Public: a visitor token for an anonymous visitor of a site the publishable key allows."""
    address = request.client.host if request.client else "unknown"
    return keys.visitor_token(
        body.publishable_key, request.headers.get("origin"), body.visitor, address
    )


@router.get("/keys/publishable", response_model=list[PublishableKeyPublic])
def list_publishable(admin: AdminDep, keys: PublishableDep) -> list[PublishableKeyPublic]:
    """The publishable keys of the admin's organisation."""
    return keys.list_keys(admin.tenant)


@router.post("/keys/publishable", response_model=PublishableKeyPublic, status_code=201)
def create_publishable(
    body: PublishableCreate, admin: AdminDep, keys: PublishableDep
) -> PublishableKeyPublic:
    """Create a publishable key for the given sites."""
    return keys.create(admin.tenant, body.origins, body.name)


@router.delete("/keys/publishable/{key_id}", response_model=PublishableKeyPublic)
def revoke_publishable(key_id: str, admin: AdminDep, keys: PublishableDep) -> PublishableKeyPublic:
    """Revoke a publishable key of the admin's organisation."""
    return keys.revoke(key_id, admin)
