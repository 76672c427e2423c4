"""Assistant tables under Alembic: API keys, review drafts/claims/versions/audit log,
chat conversations and messages (created by the services themselves before).

Revision ID: 0004_assistant_tables
Revises: 0003_buyer_tenants
Create Date: 2026-11-29
"""

from __future__ import annotations

import logging
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0004_assistant_tables"
down_revision = "0003_buyer_tenants"
branch_labels = None
depends_on = None

log = logging.getLogger("alembic.runtime.migration")
_TS = sa.DateTime(timezone=True)
# On SQLite a trigger refuses to rewrite the audit log, whatever SQL is sent.
_TRIGGERS = {
    "audit_no_update": "BEFORE UPDATE",
    "audit_no_delete": "BEFORE DELETE",
}


def _exists(name: str) -> bool:
    # A database made before this migration (create_all in the services) keeps its tables.
    return name in sa.inspect(op.get_bind()).get_table_names()


def _table(name: str, *columns: Any, indexed: tuple[str, ...] = ()) -> None:
    if _exists(name):
        return
    op.create_table(name, *columns)
    for column in indexed:
        op.create_index(f"ix_{name}_{column}", name, [column])


def _keys() -> None:
    _table(
        "api_keys",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("key_hash", sa.String(64), nullable=False),
        sa.Column("prefix", sa.String(16), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("subject", sa.String(200), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("tenant", sa.String(100), nullable=False),
        sa.Column("created_at", _TS, nullable=False),
        sa.Column("revoked", sa.Boolean, nullable=False),
        indexed=("tenant",),
    )
    if "ix_api_keys_key_hash" not in {
        i["name"] for i in sa.inspect(op.get_bind()).get_indexes("api_keys")
    }:
        op.create_index("ix_api_keys_key_hash", "api_keys", ["key_hash"], unique=True)


def _has_no_unique_version() -> bool:
    inspector = sa.inspect(op.get_bind())
    uniques = [u["column_names"] for u in inspector.get_unique_constraints("review_draft_versions")]
    indexes = [
        i["column_names"] for i in inspector.get_indexes("review_draft_versions") if i["unique"]
    ]
    return ["draft_id", "version"] not in uniques + indexes


def _unique_version_index() -> None:
    duplicates = op.get_bind().execute(
        sa.text(
            "SELECT 1 FROM review_draft_versions GROUP BY draft_id, version "
            "HAVING count(*) > 1 LIMIT 1"
        )
    )
    if duplicates.first() is not None:
        # rows from before the lost-update fix: start anyway (the optimistic lock
        # prevents new ones) and say so
        log.warning(
            "review_draft_versions holds duplicate (draft_id, version) rows from before "
            "the lost-update fix; the unique index was not created"
        )
        return
    op.execute(
        "CREATE UNIQUE INDEX uq_draft_version_idx ON review_draft_versions (draft_id, version)"
    )


def _reviews() -> None:
    _table(
        "review_drafts",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("tenant", sa.String(100), nullable=False),
        sa.Column("owner", sa.String(200), nullable=False),
        sa.Column("conversation_id", sa.String(64)),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("title", sa.String(300), nullable=False),
        sa.Column("status", sa.String(24), nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("created_at", _TS, nullable=False),
        sa.Column("updated_at", _TS, nullable=False),
        indexed=("tenant", "owner", "kind", "status"),
    )
    _table(
        "review_draft_versions",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("draft_id", sa.String(32), sa.ForeignKey("review_drafts.id"), nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("payload", sa.JSON, nullable=False),
        sa.Column("claims", sa.JSON, nullable=False),
        sa.Column("author", sa.String(200), nullable=False),
        sa.Column("note", sa.Text, nullable=False),
        sa.Column("created_at", _TS, nullable=False),
        # two decisions at once cannot both write version n (optimistic lock, defect 9)
        sa.UniqueConstraint("draft_id", "version", name="uq_draft_version"),
        indexed=("draft_id",),
    )
    # databases made before the constraint existed get it as an index (same guarantee)
    if _has_no_unique_version():
        _unique_version_index()
    _table(
        "review_claims",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("draft_id", sa.String(32), sa.ForeignKey("review_drafts.id"), nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("citations", sa.JSON, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("comment", sa.Text, nullable=False),
        sa.Column("decided_by", sa.String(200)),
        sa.Column("decided_at", _TS),
        indexed=("draft_id",),
    )
    _table(
        "review_audit_log",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("at", _TS, nullable=False),
        sa.Column("actor", sa.String(200), nullable=False),
        sa.Column("actor_role", sa.String(16), nullable=False),
        sa.Column("tenant", sa.String(100), nullable=False),
        sa.Column("action", sa.String(40), nullable=False),
        sa.Column("draft_id", sa.String(32)),
        sa.Column("claim_id", sa.String(32)),
        sa.Column("detail", sa.JSON, nullable=False),
        indexed=("tenant", "draft_id"),
    )
    if op.get_bind().dialect.name == "sqlite":
        for name, when in _TRIGGERS.items():
            op.execute(
                f"CREATE TRIGGER IF NOT EXISTS {name} {when} ON review_audit_log "
                "BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END"
            )


def _conversations() -> None:
    _table(
        "chat_conversations",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("tenant", sa.String(100), nullable=False),
        sa.Column("owner", sa.String(200), nullable=False),
        sa.Column("title", sa.String(300), nullable=False),
        sa.Column("created_at", _TS, nullable=False),
        sa.Column("updated_at", _TS, nullable=False),
        indexed=("tenant", "owner"),
    )
    _table(
        "chat_messages",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column(
            "conversation_id", sa.String(64), sa.ForeignKey("chat_conversations.id"), nullable=False
        ),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("content", sa.Text, nullable=False),
        sa.Column("data", sa.JSON, nullable=False),
        sa.Column("created_at", _TS, nullable=False),
        indexed=("conversation_id",),
    )


def upgrade() -> None:
    """Create the key, review and conversation tables (and the audit-log triggers)."""
    _keys()
    _reviews()
    _conversations()


def downgrade() -> None:
    """Drop them (the data in them is lost)."""
    if op.get_bind().dialect.name == "sqlite":  # PostgreSQL's DROP TRIGGER needs ON table
        for name in _TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    for table in (
        "chat_messages",
        "chat_conversations",
        "review_audit_log",
        "review_claims",
        "review_draft_versions",
        "review_drafts",
        "api_keys",
    ):
        op.drop_table(table)
