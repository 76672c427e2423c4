"""Outcome events: what followed a shortlist or a programme, and the support used.

Revision ID: 0002_outcome_events
Revises: 0001_buyer_directory
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_outcome_events"
down_revision = "0001_buyer_directory"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create the outcome_events table and its indexes."""
    if "outcome_events" in sa.inspect(op.get_bind()).get_table_names():
        return  # made by create_all() in an old dev database
    op.create_table(
        "outcome_events",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("tenant", sa.String(100), nullable=False),
        sa.Column("exporter", sa.String(200), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("occurred_on", sa.Date, nullable=False),
        sa.Column("advisor", sa.String(200), nullable=False),
        sa.Column("region", sa.String(20), nullable=False),
        sa.Column("market", sa.String(2)),
        sa.Column("programme_id", sa.String(100)),
        sa.Column("via", sa.String(20), nullable=False),
        sa.Column("buyer", sa.String(300)),
        sa.Column("deal_value_jpy", sa.Integer),
        sa.Column("support_amount_jpy", sa.Integer),
        sa.Column("note", sa.Text, nullable=False),
        sa.Column("fictitious", sa.Boolean, nullable=False),
        sa.Column("recorded_by", sa.String(200), nullable=False),
        sa.Column("recorded_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_outcome_events_tenant_kind", "outcome_events", ["tenant", "kind"])
    op.create_index("ix_outcome_events_exporter", "outcome_events", ["tenant", "exporter"])


def downgrade() -> None:
    """Drop the outcome events."""
    op.drop_table("outcome_events")
