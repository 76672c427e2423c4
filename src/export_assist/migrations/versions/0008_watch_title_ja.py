"""Change watch: each recorded document and change keeps the document's Japanese title.

Revision ID: 0008_watch_title_ja
Revises: 0007_widget_identity
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_watch_title_ja"
down_revision = "0007_widget_identity"
branch_labels = None
depends_on = None

_TABLES = ("corpus_documents", "corpus_changes")


def upgrade() -> None:
    """Add title_ja ('' for the rows already there: they show their title as before)."""
    for table in _TABLES:
        with op.batch_alter_table(table) as batch:
            batch.add_column(
                sa.Column("title_ja", sa.String(500), nullable=False, server_default="")
            )


def downgrade() -> None:
    """Drop title_ja."""
    for table in _TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("title_ja")
