"""Buyer directory: buyers and their trade history.

Revision ID: 0001_buyer_directory
Revises:
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001_buyer_directory"
down_revision = None
branch_labels = None
depends_on = None


def _exists(name: str) -> bool:
    # Tolerate a database where create_all() already made the table (tests, old dev DBs).
    return name in sa.inspect(op.get_bind()).get_table_names()


def upgrade() -> None:
    """Create the buyers and buyer_trades tables."""
    if not _exists("buyers"):
        op.create_table(
            "buyers",
            sa.Column("id", sa.Integer, primary_key=True),
            sa.Column("name", sa.String(300), nullable=False),
            sa.Column("name_key", sa.String(300), nullable=False),
            sa.Column("native_name", sa.String(300)),
            sa.Column("country", sa.String(2), nullable=False),
            sa.Column("city", sa.String(120)),
            sa.Column("buyer_type", sa.String(40), nullable=False),
            sa.Column("code_scheme", sa.String(10), nullable=False),
            sa.Column("product_codes", sa.JSON, nullable=False),
            sa.Column("interests", sa.JSON, nullable=False),
            sa.Column("certifications_required", sa.JSON, nullable=False),
            sa.Column("certifications_preferred", sa.JSON, nullable=False),
            sa.Column("order_min_usd", sa.Float),
            sa.Column("order_max_usd", sa.Float),
            sa.Column("languages", sa.JSON, nullable=False),
            sa.Column("channels", sa.JSON, nullable=False),
            sa.Column("website", sa.String(500)),
            sa.Column("contact_email", sa.String(300)),
            sa.Column("contact_phone", sa.String(60)),
            sa.Column("source", sa.String(200), nullable=False),
            sa.Column("source_updated", sa.Date),
            sa.Column("fictitious", sa.Boolean, nullable=False),
            sa.Column("updated_at", sa.DateTime, nullable=False),
        )
        op.create_index("ux_buyers_name_country", "buyers", ["name_key", "country"], unique=True)
        op.create_index("ix_buyers_country", "buyers", ["country"])
    if not _exists("buyer_trades"):
        op.create_table(
            "buyer_trades",
            sa.Column("id", sa.Integer, primary_key=True),
            sa.Column(
                "buyer_id",
                sa.Integer,
                sa.ForeignKey("buyers.id", ondelete="CASCADE"),
                nullable=False,
            ),
            sa.Column("code", sa.String(16), nullable=False),
            sa.Column("description", sa.Text, nullable=False),
            sa.Column("date", sa.Date),
            sa.Column("quantity", sa.Float),
            sa.Column("value_usd", sa.Float),
            sa.Column("origin_country", sa.String(2)),
            sa.Column("source", sa.String(200), nullable=False),
        )
        op.create_index("ix_buyer_trades_buyer_id", "buyer_trades", ["buyer_id"])
        op.create_index("ix_buyer_trades_code", "buyer_trades", ["code"])


def downgrade() -> None:
    """Drop the buyer directory."""
    op.drop_table("buyer_trades")
    op.drop_table("buyers")
