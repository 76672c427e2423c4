"""Alembic environment: runs on the connection storage/migrate.py hands over
(or on sqlalchemy.url for `alembic` on the command line)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import engine_from_config, pool

import export_assist.outcomes.tables
import export_assist.storage.buyer_tables  # noqa: F401
from export_assist.storage.db import Base

config = context.config
target_metadata = Base.metadata


def _run(connection: object) -> None:
    context.configure(
        connection=connection,  # type: ignore[arg-type]
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies tables
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:
    engine = engine_from_config(
        config.get_section(config.config_ini_section) or {},
        prefix="sqlalchemy.",
        poolclass=pool.NullPool,
    )
    with engine.connect() as conn:
        _run(conn)
