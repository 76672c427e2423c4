"""Change watch: the document versions ingest saw, the changes between them, and
exporters' watches on a product + market.

Revision ID: 0006_change_watch
Revises: 0005_postgres_audit_trigger
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_change_watch"
down_revision = "0005_postgres_audit_trigger"
branch_labels = None
depends_on = None

_TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    """Create the three change-watch tables."""
    op.create_table(
        "corpus_documents",
        sa.Column("doc_id", sa.String(120), primary_key=True),
        sa.Column("path", sa.String(1000), nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("title", sa.String(500), nullable=False),
        sa.Column("country", sa.String(8), nullable=False),
        sa.Column("verified_on", sa.Date, nullable=True),
        sa.Column("seen_at", _TS, nullable=False),
    )
    op.create_table(
        "corpus_changes",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("doc_id", sa.String(120), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("title", sa.String(500), nullable=False),
        sa.Column("country", sa.String(8), nullable=False),
        sa.Column("old_hash", sa.String(64), nullable=False),
        sa.Column("new_hash", sa.String(64), nullable=False),
        sa.Column("verified_before", sa.Date, nullable=True),
        sa.Column("verified_after", sa.Date, nullable=True),
        sa.Column("detected_at", _TS, nullable=False),
    )
    op.create_index("ix_corpus_changes_doc_id", "corpus_changes", ["doc_id"])
    op.create_index("ix_corpus_changes_detected_at", "corpus_changes", ["detected_at"])
    op.create_table(
        "corpus_watches",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("tenant", sa.String(100), nullable=False),
        sa.Column("owner", sa.String(200), nullable=False),
        sa.Column("product", sa.String(300), nullable=False),
        sa.Column("market", sa.String(4), nullable=False),
        sa.Column("hs_code", sa.String(12), nullable=True),
        sa.Column("doc_ids", sa.JSON, nullable=False),
        sa.Column("created_at", _TS, nullable=False),
        sa.Column("seen_at", _TS, nullable=False),
        sa.UniqueConstraint("tenant", "owner", "product", "market", name="uq_watch_product_market"),
    )
    op.create_index("ix_corpus_watches_tenant", "corpus_watches", ["tenant"])
    op.create_index("ix_corpus_watches_owner", "corpus_watches", ["owner"])


def downgrade() -> None:
    """Drop them."""
    op.drop_table("corpus_watches")
    op.drop_table("corpus_changes")
    op.drop_table("corpus_documents")
