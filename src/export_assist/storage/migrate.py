"""Apply the Alembic migrations at startup: the schema is always at head, no manual step."""

from __future__ import annotations

import threading
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, text

import export_assist.migrations as migrations_pkg

_LOCK = threading.Lock()
# One key for every export-assist process on a PostgreSQL database: workers that start
# together migrate one after the other (DDL is transactional there, so the second finds
# the schema at head). SQLite serialises writers by itself.
ADVISORY_LOCK_KEY = 0x65787061  # "expa"


def alembic_config() -> Config:
    """An Alembic config pointing at the packaged migrations (no alembic.ini needed)."""
    cfg = Config()
    cfg.set_main_option("script_location", str(Path(migrations_pkg.__file__).parent))
    return cfg


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the database behind the engine to the given revision (idempotent)."""
    with _LOCK, engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            # held until this transaction ends
            connection.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": ADVISORY_LOCK_KEY})
        cfg = alembic_config()
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, revision)


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at (None for an empty database)."""
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()
