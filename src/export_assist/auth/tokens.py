"""Short-lived widget tokens: signed (PyJWT, HS256), scoped to one tenant and subject,
expiring, revocable (the revocation list is a table).

A host site's backend mints one for its logged-in user with a server key; the widget
sends it instead of an API key. A visitor token (from a publishable key) is the same
thing with the role 'visitor' and the site's origin bound into it.
"""

from __future__ import annotations

import datetime as dt
import time
import uuid
from collections.abc import Callable
from typing import Any

import jwt
from pydantic import BaseModel
from sqlalchemy import delete, or_, select
from sqlalchemy.orm import sessionmaker

from export_assist.auth.models import TokenRevocationRow
from export_assist.auth.principal import Principal, Role
from export_assist.errors import (
    Forbidden,
    InvalidInput,
    TokenExpired,
    TokenRevoked,
    Unauthorized,
)

ISSUER = "export-assist"
AUDIENCE = "export-assist-widget"
_ALGORITHM = "HS256"
_REQUIRED = ["exp", "iat", "sub", "jti", "aud", "iss"]
# The API mints exporter tokens only; 'advisor' tokens come from the local demo console's
# own backend (api/routers/pages.py), 'visitor' tokens from publishable keys.
TOKEN_ROLES = ("exporter", "advisor", "visitor")


def looks_like_token(credential: str) -> bool:
    """A JWT (three base64url parts) rather than an API key ('ea_…')."""
    return credential.startswith("eyJ") and credential.count(".") == 2


class MintedToken(BaseModel):
    """A widget token just made: the token, its id (to revoke it) and when it expires."""

    token: str
    token_id: str
    tenant: str
    subject: str
    role: Role
    expires_at: dt.datetime
    expires_in: int


class Revocation(BaseModel):
    """A revocation: one token (token_id) or every token of a subject issued until now."""

    id: str
    tenant: str
    subject: str | None
    token_id: str | None
    revoked_at: dt.datetime


def _utc(seconds: float) -> dt.datetime:
    return dt.datetime.fromtimestamp(seconds, dt.UTC)


class WidgetTokens:
    """Mints, verifies and revokes widget tokens."""

    def __init__(
        self,
        sessions: sessionmaker[Any],
        secret: bytes,
        *,
        default_ttl_s: int = 900,
        max_ttl_s: int = 3600,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._sessions = sessions
        self._secret = secret
        self._default_ttl = default_ttl_s
        self.max_ttl = max(max_ttl_s, default_ttl_s)
        self._clock = clock

    def mint(
        self,
        tenant: str,
        subject: str,
        role: Role = "exporter",
        ttl_s: int | None = None,
        origin: str | None = None,
    ) -> MintedToken:
        """A token for one subject of one tenant, valid for ttl_s seconds (capped)."""
        ttl = ttl_s or self._default_ttl
        if ttl > self.max_ttl:
            raise InvalidInput(
                f"ttl_s: {ttl} s is longer than the {self.max_ttl} s a widget token may live "
                "(setting auth.widget_token_max_ttl_s).",
                message_ja=f"ttl_s: {ttl}秒は、ウィジェットトークンの最長の有効期間 {self.max_ttl}秒を超えています。",
            )
        if role not in TOKEN_ROLES:
            raise Forbidden(
                "Widget tokens are for exporters, visitors and the demo console.",
                message_ja="ウィジェットトークンは輸出者・訪問者・デモのコンソール用です。",
            )
        now = self._clock()
        claims: dict[str, Any] = {
            "iss": ISSUER,
            "aud": AUDIENCE,
            "sub": subject,
            "ten": tenant,
            "rol": role,
            "jti": uuid.uuid4().hex,
            "iat": now,  # a float: a subject revoked in this second still catches it
            "exp": int(now + ttl),
        }
        if origin:
            claims["org"] = origin
        token = jwt.encode(claims, self._secret, algorithm=_ALGORITHM)
        return MintedToken(
            token=token,
            token_id=claims["jti"],
            tenant=tenant,
            subject=subject,
            role=role,
            expires_at=_utc(claims["exp"]),
            expires_in=claims["exp"] - int(now),
        )

    def verify(self, token: str, origin: str | None = None) -> Principal:
        """The principal behind a token, or Unauthorized (expired, revoked, forged)."""
        claims = self._decode(token)
        if self._revoked(claims):
            raise TokenRevoked("This widget token was revoked; the host site must issue a new one.")
        bound = claims.get("org")
        if bound and origin and origin != bound:
            raise Unauthorized(
                f"This visitor token was issued for {bound}; it cannot be used from {origin}."
            )
        return Principal.model_validate(
            {
                "key_id": f"token:{claims['jti']}",
                "subject": claims["sub"],
                "role": claims["rol"],
                "tenant": claims["ten"],
                "origin": bound,
            }
        )

    def _decode(self, token: str) -> dict[str, Any]:
        options: Any = {"require": _REQUIRED}
        try:
            claims: dict[str, Any] = jwt.decode(
                token,
                self._secret,
                algorithms=[_ALGORITHM],
                audience=AUDIENCE,
                issuer=ISSUER,
                options=options,
            )
        except jwt.ExpiredSignatureError as exc:
            unverified = jwt.decode(token, options={"verify_signature": False})
            expired = _utc(float(unverified["exp"])).isoformat(timespec="seconds")
            raise TokenExpired(
                f"This widget token expired at {expired}; the host site must give the widget "
                "a new one (the widget asks its token URL or callback by itself)."
            ) from exc
        except jwt.InvalidTokenError as exc:
            raise Unauthorized(f"This widget token is not valid ({exc}).") from exc
        if claims.get("rol") not in TOKEN_ROLES or not claims.get("ten"):
            raise Unauthorized("This widget token is not valid (no tenant or role).")
        return claims

    def _revoked(self, claims: dict[str, Any]) -> bool:
        issued = _utc(float(claims["iat"]))
        with self._sessions() as session:
            hit = session.scalar(
                select(TokenRevocationRow.id)
                .where(
                    TokenRevocationRow.tenant == claims["ten"],
                    or_(
                        TokenRevocationRow.token_id == claims["jti"],
                        (TokenRevocationRow.token_id.is_(None))
                        & (TokenRevocationRow.subject == claims["sub"])
                        & (TokenRevocationRow.revoked_at >= issued),
                    ),
                )
                .limit(1)
            )
        return hit is not None

    def revoke(
        self, by: Principal, token_id: str | None = None, subject: str | None = None
    ) -> Revocation:
        """Revoke one token of the caller's tenant, or every token of a subject so far."""
        if (token_id is None) == (subject is None):
            raise InvalidInput("Give either token_id (one token) or subject (all its tokens).")
        now = self._clock()
        row = TokenRevocationRow(
            id=uuid.uuid4().hex,
            tenant=by.tenant,
            subject=subject,
            token_id=token_id,
            revoked_at=_utc(now),
            expires_at=_utc(now + self.max_ttl + 60),  # every token it can hit is dead by then
            by=f"{by.role}:{by.subject}",
        )
        with self._sessions.begin() as session:
            session.execute(
                delete(TokenRevocationRow).where(TokenRevocationRow.expires_at < _utc(now))
            )
            session.add(row)
        return Revocation(
            id=row.id,
            tenant=row.tenant,
            subject=subject,
            token_id=token_id,
            revoked_at=row.revoked_at,
        )
