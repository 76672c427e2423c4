"""Auth tables: API keys (only a SHA-256 hash of each is stored), widget token
revocations and publishable keys."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from export_assist.storage.db import Base, UTCDateTime


def utcnow() -> dt.datetime:
    """Timezone-aware now (UTC)."""
    return dt.datetime.now(dt.UTC)


class ApiKeyRow(Base):
    """One API key: its hash, a short prefix to recognise it, role, tenant and subject."""

    __tablename__ = "api_keys"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    key_hash: Mapped[str] = mapped_column(String(64), unique=True, index=True)
    prefix: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(200), default="")
    subject: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(16))
    tenant: Mapped[str] = mapped_column(String(100), index=True)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)


class TokenRevocationRow(Base):
    """A revoked widget token (by its id), or every token of a subject issued before a time."""

    __tablename__ = "widget_token_revocations"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    tenant: Mapped[str] = mapped_column(String(100), index=True)
    subject: Mapped[str | None] = mapped_column(String(200), nullable=True)
    token_id: Mapped[str | None] = mapped_column(String(64), nullable=True, index=True)
    revoked_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    # After this, the revoked tokens have expired anyway: the row may be purged.
    expires_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    by: Mapped[str] = mapped_column(String(200), default="")


class PublishableKeyRow(Base):
    """A publishable key: public by design, bound to the sites (origins) that may use it."""

    __tablename__ = "publishable_keys"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    key: Mapped[str] = mapped_column(String(64), unique=True, index=True)
    tenant: Mapped[str] = mapped_column(String(100), index=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    origins: Mapped[str] = mapped_column(Text)  # JSON list of allowed origins
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)
