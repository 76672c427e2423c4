"""API keys: create (the plaintext is shown once), authenticate, list and revoke."""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
import uuid
from typing import Any

from pydantic import BaseModel
from sqlalchemy import select
from sqlalchemy.orm import sessionmaker

from export_assist.auth.models import ApiKeyRow
from export_assist.auth.principal import KEY_ROLES, Principal, Role
from export_assist.errors import Forbidden, InvalidInput, NotFound, Unauthorized

KEY_PREFIX = "ea_"


def hash_key(plaintext: str) -> str:
    """SHA-256 of a key: keys are 256-bit random, so a fast hash is enough (no dictionary)."""
    return hashlib.sha256(plaintext.encode("utf-8")).hexdigest()


class ApiKeyPublic(BaseModel):
    """A key as listed: never the key itself."""

    id: str
    prefix: str
    name: str
    subject: str
    role: Role
    tenant: str
    created_at: dt.datetime
    revoked: bool


class ApiKeyCreated(ApiKeyPublic):
    """A key just created: the plaintext, shown this once."""

    key: str


def _public(row: ApiKeyRow) -> dict[str, Any]:
    return {
        "id": row.id,
        "prefix": row.prefix,
        "name": row.name,
        "subject": row.subject,
        "role": row.role,
        "tenant": row.tenant,
        "created_at": row.created_at,
        "revoked": row.revoked,
    }


class KeyService:
    """API keys stored hashed in the application database."""

    def __init__(self, sessions: sessionmaker[Any]) -> None:
        self._sessions = sessions  # the schema is Alembic's (storage/migrate.py)

    def create(self, role: str, tenant: str, subject: str, name: str = "") -> ApiKeyCreated:
        """A new key for a role in a tenant; the returned plaintext is not stored."""
        if role not in KEY_ROLES:
            raise InvalidInput(f"Unknown role {role!r}: use one of {', '.join(KEY_ROLES)}.")
        for label, value in (("tenant", tenant), ("subject", subject)):
            if not value.strip() or len(value) > 100:
                raise InvalidInput(f"The {label} must be 1 to 100 characters.")
        plaintext = KEY_PREFIX + secrets.token_urlsafe(32)
        row = ApiKeyRow(
            id=uuid.uuid4().hex,
            key_hash=hash_key(plaintext),
            prefix=plaintext[:10],
            name=name,
            subject=subject.strip(),
            role=role,
            tenant=tenant.strip(),
            created_at=dt.datetime.now(dt.UTC),
            revoked=False,
        )
        with self._sessions.begin() as session:
            session.add(row)
        return ApiKeyCreated(key=plaintext, **_public(row))

    def authenticate(self, plaintext: str | None) -> Principal:
        """The principal behind a key, or Unauthorized."""
        if not plaintext:
            raise Unauthorized("An API key is required: send it in the X-API-Key header.")
        with self._sessions() as session:
            row = session.scalar(select(ApiKeyRow).where(ApiKeyRow.key_hash == hash_key(plaintext)))
        if row is None or row.revoked:
            raise Unauthorized("This API key is not valid (unknown or revoked).")
        return Principal.model_validate(
            {"key_id": row.id, "subject": row.subject, "role": row.role, "tenant": row.tenant}
        )

    def list_keys(self, tenant: str) -> list[ApiKeyPublic]:
        """The keys of one tenant, newest first."""
        with self._sessions() as session:
            rows = session.scalars(
                select(ApiKeyRow)
                .where(ApiKeyRow.tenant == tenant)
                .order_by(ApiKeyRow.created_at.desc())
            ).all()
        return [ApiKeyPublic(**_public(r)) for r in rows]

    def revoke(self, key_id: str, by: Principal) -> ApiKeyPublic:
        """Revoke a key of the caller's tenant (admins only; other tenants' keys are invisible)."""
        if by.role != "admin":
            raise Forbidden(
                "Only an admin can revoke API keys.",
                message_ja="APIキーを無効にできるのは管理者だけです。",
            )
        with self._sessions.begin() as session:
            row = session.get(ApiKeyRow, key_id)
            if row is None or row.tenant != by.tenant:
                raise NotFound(
                    f"No API key {key_id!r} in your organisation.",
                    message_ja=f"APIキー {key_id} はこの組織にありません。",
                )
            row.revoked = True
            return ApiKeyPublic(**_public(row))
