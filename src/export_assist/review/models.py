"""Review tables. The audit log is append-only: the ORM refuses updates and deletes,
and on SQLite a trigger refuses them too (so raw SQL cannot rewrite history; the
trigger comes with the migration, 0004_assistant_tables)."""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

from sqlalchemy import (
    JSON,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
    event,
)
from sqlalchemy.orm import Mapped, Session, mapped_column

from export_assist.auth.models import utcnow
from export_assist.storage.db import Base, UTCDateTime

log = logging.getLogger("export_assist.review")


class DraftRow(Base):
    """Something an advisor signs off: a checklist, shortlist, document set or answer."""

    __tablename__ = "review_drafts"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    tenant: Mapped[str] = mapped_column(String(100), index=True)
    owner: Mapped[str] = mapped_column(String(200), index=True)
    conversation_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    kind: Mapped[str] = mapped_column(String(20), index=True)
    title: Mapped[str] = mapped_column(String(300))
    status: Mapped[str] = mapped_column(String(24), index=True, default="pending")
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)

    # Optimistic locking: every UPDATE says "WHERE version = <the one I read>", so of two
    # decisions made at once one updates nothing and is retried (the service sets it).
    __mapper_args__ = {  # noqa: RUF012 (SQLAlchemy reads it from the class)
        "version_id_col": version,
        "version_id_generator": False,
    }


class DraftVersionRow(Base):
    """A snapshot of a draft's payload and claims after each change."""

    __tablename__ = "review_draft_versions"
    __table_args__ = (UniqueConstraint("draft_id", "version", name="uq_draft_version"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    draft_id: Mapped[str] = mapped_column(ForeignKey("review_drafts.id"), index=True)
    version: Mapped[int] = mapped_column(Integer)
    payload: Mapped[Any] = mapped_column(JSON)
    claims: Mapped[Any] = mapped_column(JSON)
    author: Mapped[str] = mapped_column(String(200))
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class ClaimRow(Base):
    """One checkable statement of a draft, with its citations and the advisor's decision."""

    __tablename__ = "review_claims"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    draft_id: Mapped[str] = mapped_column(ForeignKey("review_drafts.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    citations: Mapped[Any] = mapped_column(JSON, default=list)
    status: Mapped[str] = mapped_column(String(16), default="pending")
    comment: Mapped[str] = mapped_column(Text, default="")
    decided_by: Mapped[str | None] = mapped_column(String(200), nullable=True)
    decided_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)


class AuditRow(Base):
    """Who did what, when: append-only."""

    __tablename__ = "review_audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(String(200))
    actor_role: Mapped[str] = mapped_column(String(16))
    tenant: Mapped[str] = mapped_column(String(100), index=True)
    action: Mapped[str] = mapped_column(String(40))
    draft_id: Mapped[str | None] = mapped_column(String(32), index=True, nullable=True)
    claim_id: Mapped[str | None] = mapped_column(String(32), nullable=True)
    detail: Mapped[Any] = mapped_column(JSON, default=dict)


@event.listens_for(Session, "before_flush")
def _audit_is_append_only(session: Session, _ctx: Any, _instances: Any) -> None:
    for obj in list(session.dirty) + list(session.deleted):
        if isinstance(obj, AuditRow):
            raise PermissionError("The audit log is append-only: entries cannot change.")
