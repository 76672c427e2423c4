"""Change-watch tables (created by Alembic migration 0006_change_watch)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Date, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from export_assist.storage.db import Base, UTCDateTime


class CorpusDocumentRow(Base):
    """The last version of each corpus document that an ingest saw."""

    __tablename__ = "corpus_documents"

    doc_id: Mapped[str] = mapped_column(String(120), primary_key=True)
    path: Mapped[str] = mapped_column(String(1000))
    content_hash: Mapped[str] = mapped_column(String(64))
    title: Mapped[str] = mapped_column(String(500), default="")
    title_ja: Mapped[str] = mapped_column(String(500), default="")
    country: Mapped[str] = mapped_column(String(8), default="")
    verified_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    seen_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)


class CorpusChangeRow(Base):
    """One change of one document, found by an ingest (never rewritten)."""

    __tablename__ = "corpus_changes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    doc_id: Mapped[str] = mapped_column(String(120), index=True)
    kind: Mapped[str] = mapped_column(String(16), default="changed")
    title: Mapped[str] = mapped_column(String(500), default="")
    title_ja: Mapped[str] = mapped_column(String(500), default="")
    country: Mapped[str] = mapped_column(String(8), default="")
    old_hash: Mapped[str] = mapped_column(String(64))
    new_hash: Mapped[str] = mapped_column(String(64), default="")
    verified_before: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    verified_after: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    detected_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, index=True)


class WatchRow(Base):
    """An exporter's watch on a product in a market, with the documents it follows."""

    __tablename__ = "corpus_watches"
    __table_args__ = (
        UniqueConstraint("tenant", "owner", "product", "market", name="uq_watch_product_market"),
    )

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    tenant: Mapped[str] = mapped_column(String(100), index=True)
    owner: Mapped[str] = mapped_column(String(200), index=True)
    product: Mapped[str] = mapped_column(String(300))
    market: Mapped[str] = mapped_column(String(4))
    hs_code: Mapped[str | None] = mapped_column(String(12), nullable=True)
    doc_ids: Mapped[Any] = mapped_column(JSON, default=list)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    seen_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
