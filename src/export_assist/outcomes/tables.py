"""The outcome events table (created by Alembic migration 0002)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, DateTime, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from export_assist.storage.db import Base

STAGES = ("contacted", "meeting", "sample_sent", "deal")
KINDS = (*STAGES, "support_used")


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class OutcomeEventRow(Base):
    """One thing that happened for an exporter after a shortlist or a programme."""

    __tablename__ = "outcome_events"
    __table_args__ = (
        Index("ix_outcome_events_tenant_kind", "tenant", "kind"),
        Index("ix_outcome_events_exporter", "tenant", "exporter"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    tenant: Mapped[str] = mapped_column(String(100))
    exporter: Mapped[str] = mapped_column(String(200))  # the exporter company (name or id)
    kind: Mapped[str] = mapped_column(String(20))  # contacted|meeting|sample_sent|deal|support_used
    occurred_on: Mapped[dt.date] = mapped_column(Date)
    advisor: Mapped[str] = mapped_column(String(200))  # the advisor in charge
    region: Mapped[str] = mapped_column(String(20))  # the exporter's prefecture
    market: Mapped[str | None] = mapped_column(String(2), nullable=True)  # ISO alpha-2
    programme_id: Mapped[str | None] = mapped_column(String(100), nullable=True)
    via: Mapped[str] = mapped_column(String(20), default="programme")  # programme|shortlist|other
    buyer: Mapped[str | None] = mapped_column(String(300), nullable=True)
    deal_value_jpy: Mapped[int | None] = mapped_column(Integer, nullable=True)
    support_amount_jpy: Mapped[int | None] = mapped_column(Integer, nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")
    fictitious: Mapped[bool] = mapped_column(Boolean, default=False)
    recorded_by: Mapped[str] = mapped_column(String(200))
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
