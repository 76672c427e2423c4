"""SQL tables of the buyer directory: buyers, their trade history, import jobs."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Date, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from export_assist.storage.db import Base, UTCDateTime


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class BuyerRow(Base):
    """One buyer; (tenant, name_key, country) is unique so a re-import updates in place.

    ``tenant`` is the owning tenant, or "" for the shared public directory (a sentinel,
    not NULL: a unique index treats NULLs as distinct on SQLite and PostgreSQL alike).
    """

    __tablename__ = "buyers"
    __table_args__ = (
        Index("ux_buyers_tenant_name_country", "tenant", "name_key", "country", unique=True),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    tenant: Mapped[str] = mapped_column(String(100), default="", index=True)
    name: Mapped[str] = mapped_column(String(300))
    name_key: Mapped[str] = mapped_column(String(300))
    native_name: Mapped[str | None] = mapped_column(String(300), nullable=True)
    country: Mapped[str] = mapped_column(String(2), index=True)
    city: Mapped[str | None] = mapped_column(String(120), nullable=True)
    buyer_type: Mapped[str] = mapped_column(String(40))
    code_scheme: Mapped[str] = mapped_column(String(10), default="hs")
    product_codes: Mapped[list[str]] = mapped_column(JSON, default=list)
    interests: Mapped[list[str]] = mapped_column(JSON, default=list)
    certifications_required: Mapped[list[str]] = mapped_column(JSON, default=list)
    certifications_preferred: Mapped[list[str]] = mapped_column(JSON, default=list)
    order_min_usd: Mapped[float | None] = mapped_column(Float, nullable=True)
    order_max_usd: Mapped[float | None] = mapped_column(Float, nullable=True)
    languages: Mapped[list[str]] = mapped_column(JSON, default=list)
    channels: Mapped[list[str]] = mapped_column(JSON, default=list)
    website: Mapped[str | None] = mapped_column(String(500), nullable=True)
    contact_email: Mapped[str | None] = mapped_column(String(300), nullable=True)
    contact_phone: Mapped[str | None] = mapped_column(String(60), nullable=True)
    source: Mapped[str] = mapped_column(String(200), default="manual")
    source_updated: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    fictitious: Mapped[bool] = mapped_column(default=False)
    updated_at: Mapped[dt.datetime] = mapped_column(
        UTCDateTime(timezone=False), default=_now, onupdate=_now
    )


class TradeRow(Base):
    """One past purchase of a buyer (a customs line, a tender item)."""

    __tablename__ = "buyer_trades"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    buyer_id: Mapped[int] = mapped_column(ForeignKey("buyers.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(16), index=True)
    description: Mapped[str] = mapped_column(Text, default="")
    date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    quantity: Mapped[float | None] = mapped_column(Float, nullable=True)
    value_usd: Mapped[float | None] = mapped_column(Float, nullable=True)
    origin_country: Mapped[str | None] = mapped_column(String(2), nullable=True)
    source: Mapped[str] = mapped_column(String(200), default="")


class ImportJobRow(Base):
    """A background buyer import: who started it, where it writes, how far it got."""

    __tablename__ = "buyer_import_jobs"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    tenant: Mapped[str] = mapped_column(String(100), index=True)
    subject: Mapped[str] = mapped_column(String(100))
    target: Mapped[str] = mapped_column(String(100))  # the owner rows are written to
    filename: Mapped[str] = mapped_column(String(300))
    format: Mapped[str] = mapped_column(String(10))
    status: Mapped[str] = mapped_column(String(16))
    bytes_total: Mapped[int] = mapped_column(Integer, default=0)
    bytes_read: Mapped[int] = mapped_column(Integer, default=0)
    report: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    error: Mapped[str | None] = mapped_column(Text, nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(timezone=False), default=_now)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(timezone=False), default=_now)


BUYER_FIELDS: tuple[str, ...] = (
    "name",
    "native_name",
    "country",
    "city",
    "buyer_type",
    "code_scheme",
    "product_codes",
    "interests",
    "certifications_required",
    "certifications_preferred",
    "order_min_usd",
    "order_max_usd",
    "languages",
    "channels",
    "website",
    "contact_email",
    "contact_phone",
    "source",
    "source_updated",
    "fictitious",
)


def row_values(data: dict[str, Any]) -> dict[str, Any]:
    """The column values of a buyer dict (unknown keys dropped)."""
    return {k: data[k] for k in BUYER_FIELDS if k in data}
