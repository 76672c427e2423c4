"""Publishable keys: public by design (they sit in a page's HTML), bound to the sites
(origins) that may use them, and good for one thing only: a short-lived visitor token
for an anonymous visitor of such a site (rate-limited), which reaches the public
reference endpoints and that visitor's own conversations, never the tenant's data."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import secrets
import uuid
from typing import Any

from pydantic import BaseModel
from sqlalchemy import select
from sqlalchemy.orm import sessionmaker

from export_assist.auth.models import PublishableKeyRow
from export_assist.auth.principal import Principal
from export_assist.auth.ratelimit import RateLimits
from export_assist.auth.tokens import MintedToken, WidgetTokens
from export_assist.errors import Forbidden, InvalidInput, NotFound, Unauthorized
from export_assist.settings import AuthSettings

PREFIX = "pk_"
_ORIGIN = re.compile(r"^https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?$")
_VISITOR = re.compile(r"^[A-Za-z0-9_-]{16,64}$")


class PublishableKeyPublic(BaseModel):
    """A publishable key as listed (the key itself is not a secret)."""

    id: str
    key: str
    tenant: str
    name: str
    origins: list[str]
    created_at: dt.datetime
    revoked: bool


def _public(row: PublishableKeyRow) -> PublishableKeyPublic:
    return PublishableKeyPublic(
        id=row.id,
        key=row.key,
        tenant=row.tenant,
        name=row.name,
        origins=json.loads(row.origins),
        created_at=row.created_at,
        revoked=row.revoked,
    )


def check_origins(origins: list[str]) -> list[str]:
    """Origins as the browser sends them: scheme://host[:port], no path, no wildcard."""
    cleaned = [o.strip().rstrip("/") for o in origins]
    bad = [o for o in cleaned if not _ORIGIN.match(o)]
    if not cleaned or bad:
        raise InvalidInput(
            "origins: give one or more site origins such as https://www.example.co.jp "
            f"(scheme, host and port only){'; not an origin: ' + ', '.join(bad) if bad else ''}."
        )
    return cleaned


class PublishableKeys:
    """Publishable keys of each tenant, and the visitor tokens they give out."""

    def __init__(
        self,
        sessions: sessionmaker[Any],
        tokens: WidgetTokens,
        limits: RateLimits,
        settings: AuthSettings,
    ) -> None:
        self._sessions, self._tokens = sessions, tokens
        self._limits, self._settings = limits, settings

    def create(self, tenant: str, origins: list[str], name: str = "") -> PublishableKeyPublic:
        """A new publishable key for the given sites."""
        if not tenant.strip() or len(tenant) > 100:
            raise InvalidInput("The tenant must be 1 to 100 characters.")
        row = PublishableKeyRow(
            id=uuid.uuid4().hex,
            key=PREFIX + secrets.token_urlsafe(18),
            tenant=tenant.strip(),
            name=name,
            origins=json.dumps(check_origins(origins)),
            created_at=dt.datetime.now(dt.UTC),
            revoked=False,
        )
        with self._sessions.begin() as session:
            session.add(row)
        return _public(row)

    def list_keys(self, tenant: str) -> list[PublishableKeyPublic]:
        """The publishable keys of one tenant, newest first."""
        with self._sessions() as session:
            rows = session.scalars(
                select(PublishableKeyRow)
                .where(PublishableKeyRow.tenant == tenant)
                .order_by(PublishableKeyRow.created_at.desc())
            ).all()
        return [_public(r) for r in rows]

    def revoke(self, key_id: str, by: Principal) -> PublishableKeyPublic:
        """Revoke a publishable key of the admin's tenant."""
        if by.role != "admin":
            raise Forbidden(
                "Only an admin can revoke publishable keys.",
                message_ja="公開用キーを無効にできるのは管理者だけです。",
            )
        with self._sessions.begin() as session:
            row = session.get(PublishableKeyRow, key_id)
            if row is None or row.tenant != by.tenant:
                raise NotFound(
                    f"No publishable key {key_id!r} in your organisation.",
                    message_ja=f"公開用キー {key_id} はこの組織にありません。",
                )
            row.revoked = True
            return _public(row)

    def visitor_token(
        self, key: str, origin: str | None, visitor: str, address: str
    ) -> MintedToken:
        """A visitor token for an anonymous visitor of an allowed site (rate-limited)."""
        with self._sessions() as session:
            row = session.scalar(select(PublishableKeyRow).where(PublishableKeyRow.key == key))
        if row is None or row.revoked:
            raise Unauthorized("This publishable key is not valid (unknown or revoked).")
        allowed = json.loads(row.origins)
        if not origin:
            raise Forbidden(
                "A publishable key works only from a web page of an allowed site "
                "(the request has no Origin header)."
            )
        if origin not in allowed:
            raise Forbidden(
                f"This publishable key is not allowed on {origin}; it is for {', '.join(allowed)}."
            )
        if not _VISITOR.match(visitor):
            raise InvalidInput("visitor: 16 to 64 letters, digits, '-' or '_' (a random id).")
        s = self._settings
        self._limits.hit(s.publishable_session_rate, row.id, what="new visitors on this site")
        self._limits.hit(s.visitor_session_rate, row.id, address, what="new visitor sessions")
        # The subject is derived, so one browser keeps its conversations across tokens.
        subject = "visitor-" + hashlib.sha256(f"{row.id}:{visitor}".encode()).hexdigest()[:24]
        return self._tokens.mint(row.tenant, subject, role="visitor", origin=origin)
