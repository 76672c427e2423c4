"""The audit log is append-only on PostgreSQL too: a trigger refuses UPDATE and DELETE,
as 0004's triggers do on SQLite (so raw SQL cannot rewrite history on either database).

Revision ID: 0005_postgres_audit_trigger
Revises: 0004_assistant_tables
Create Date: 2026-11-29
"""

from __future__ import annotations

from alembic import op

revision = "0005_postgres_audit_trigger"
down_revision = "0004_assistant_tables"
branch_labels = None
depends_on = None

# SQLSTATE 23000 (integrity_constraint_violation): drivers report it as an integrity
# error, the same class SQLite's RAISE(ABORT) gives, so callers handle both alike.
_FUNCTION = """
CREATE OR REPLACE FUNCTION review_audit_log_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit log is append-only' USING ERRCODE = '23000';
END;
$$ LANGUAGE plpgsql
"""
_TRIGGER = (
    "CREATE TRIGGER audit_append_only BEFORE UPDATE OR DELETE ON review_audit_log "
    "FOR EACH ROW EXECUTE FUNCTION review_audit_log_append_only()"
)


def upgrade() -> None:
    """Create the trigger on PostgreSQL (SQLite has its own since 0004)."""
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(_FUNCTION)
    op.execute("DROP TRIGGER IF EXISTS audit_append_only ON review_audit_log")
    op.execute(_TRIGGER)


def downgrade() -> None:
    """Drop the trigger and its function."""
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TRIGGER IF EXISTS audit_append_only ON review_audit_log")
    op.execute("DROP FUNCTION IF EXISTS review_audit_log_append_only()")
