"""Widget identity: revoked widget tokens and publishable keys (issue 14, defect 21).

Revision ID: 0007_widget_identity
Revises: 0006_change_watch
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_widget_identity"
down_revision = "0006_change_watch"
branch_labels = None
depends_on = None

_TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    """Create the revocation list and the publishable keys."""
    op.create_table(
        "widget_token_revocations",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("tenant", sa.String(100), nullable=False),
        sa.Column("subject", sa.String(200), nullable=True),
        sa.Column("token_id", sa.String(64), nullable=True),
        sa.Column("revoked_at", _TS, nullable=False),
        sa.Column("expires_at", _TS, nullable=False),
        sa.Column("by", sa.String(200), nullable=False),
    )
    op.create_index("ix_widget_token_revocations_tenant", "widget_token_revocations", ["tenant"])
    op.create_index(
        "ix_widget_token_revocations_token_id", "widget_token_revocations", ["token_id"]
    )
    op.create_table(
        "publishable_keys",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("tenant", sa.String(100), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("origins", sa.Text, nullable=False),
        sa.Column("created_at", _TS, nullable=False),
        sa.Column("revoked", sa.Boolean, nullable=False),
    )
    op.create_index("ix_publishable_keys_key", "publishable_keys", ["key"], unique=True)
    op.create_index("ix_publishable_keys_tenant", "publishable_keys", ["tenant"])


def downgrade() -> None:
    """Drop both tables (revocations and publishable keys are lost)."""
    op.drop_table("publishable_keys")
    op.drop_table("widget_token_revocations")
