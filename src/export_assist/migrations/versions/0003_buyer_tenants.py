"""Buyer directory per tenant: a tenant column (\"\" = the shared public directory),
uniqueness per tenant, and the background import jobs table.

Existing rows become **public** (tenant ""). Why: before this revision the directory had
a single scope that every tenant's shortlist already read, so publishing them exposes
nothing that was not exposed before; no column recorded which tenant created a row, so
any private assignment would be a guess that could hand one tenant's buyer to another
(who could then edit or delete it). The seeded fictitious sample is public by design.
An operator moves rows that belong to one tenant with ``export-assist buyers move``.

Revision ID: 0003_buyer_tenants
Revises: 0002_outcome_events
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_buyer_tenants"
down_revision = "0002_outcome_events"
branch_labels = None
depends_on = None


def _columns(table: str) -> set[str]:
    return {c["name"] for c in sa.inspect(op.get_bind()).get_columns(table)}


def _indexes(table: str) -> set[str]:
    return {i["name"] for i in sa.inspect(op.get_bind()).get_indexes(table) if i["name"]}


def upgrade() -> None:
    """Add buyers.tenant (existing rows public), per-tenant uniqueness, import jobs."""
    if "tenant" not in _columns("buyers"):
        with op.batch_alter_table("buyers") as batch:
            batch.add_column(sa.Column("tenant", sa.String(100), nullable=False, server_default=""))
    indexes = _indexes("buyers")
    if "ux_buyers_name_country" in indexes:
        op.drop_index("ux_buyers_name_country", table_name="buyers")
    if "ux_buyers_tenant_name_country" not in indexes:
        op.create_index(
            "ux_buyers_tenant_name_country",
            "buyers",
            ["tenant", "name_key", "country"],
            unique=True,
        )
    if "ix_buyers_tenant" not in indexes:
        op.create_index("ix_buyers_tenant", "buyers", ["tenant"])
    if "buyer_import_jobs" not in sa.inspect(op.get_bind()).get_table_names():
        op.create_table(
            "buyer_import_jobs",
            sa.Column("id", sa.String(32), primary_key=True),
            sa.Column("tenant", sa.String(100), nullable=False, index=True),
            sa.Column("subject", sa.String(100), nullable=False),
            sa.Column("target", sa.String(100), nullable=False),
            sa.Column("filename", sa.String(300), nullable=False),
            sa.Column("format", sa.String(10), nullable=False),
            sa.Column("status", sa.String(16), nullable=False),
            sa.Column("bytes_total", sa.Integer, nullable=False),
            sa.Column("bytes_read", sa.Integer, nullable=False),
            sa.Column("report", sa.JSON, nullable=False),
            sa.Column("error", sa.Text),
            sa.Column("created_at", sa.DateTime, nullable=False),
            sa.Column("updated_at", sa.DateTime, nullable=False),
        )


def downgrade() -> None:
    """Back to one shared directory (fails if two tenants hold the same name + country)."""
    op.drop_table("buyer_import_jobs")
    op.drop_index("ix_buyers_tenant", table_name="buyers")
    op.drop_index("ux_buyers_tenant_name_country", table_name="buyers")
    op.create_index("ux_buyers_name_country", "buyers", ["name_key", "country"], unique=True)
    with op.batch_alter_table("buyers") as batch:
        batch.drop_column("tenant")
