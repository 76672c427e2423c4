"""The LangGraph checkpointer (the agent's memory per conversation) on the project's
database: SqliteSaver on the SQLite file, PostgresSaver (a connection pool) on PostgreSQL,
so every API worker reads the memory another one wrote. One per database per process."""

from __future__ import annotations

import atexit
import sqlite3
import threading
from typing import Any

from sqlalchemy.engine import make_url

# The checkpointer keeps its own tables (the library migrates them: `setup()`), in a
# schema of their own so that Alembic's schema holds exactly the models' tables.
SCHEMA = "agent_memory"
_SETUP_LOCK_KEY = 0x65786370  # "excp": workers that start together set up one at a time
_LOCK = threading.Lock()
_SAVERS: dict[str, Any] = {}


def checkpointer(database_url: str) -> Any:
    """The checkpointer for the database URL (built once per process, shared by runners)."""
    with _LOCK:
        if database_url not in _SAVERS:
            _SAVERS[database_url] = _build(database_url)
        return _SAVERS[database_url]


def _build(database_url: str) -> Any:
    if database_url.startswith("sqlite:///"):
        from langgraph.checkpoint.sqlite import SqliteSaver

        conn = sqlite3.connect(database_url.removeprefix("sqlite:///"), check_same_thread=False)
        conn.execute("PRAGMA journal_mode=WAL")
        return SqliteSaver(conn)
    if make_url(database_url).get_backend_name() == "postgresql":
        return _postgres(database_url)
    from langgraph.checkpoint.memory import InMemorySaver

    return InMemorySaver()


def libpq_conninfo(database_url: str) -> str:
    """The libpq connection string of a SQLAlchemy PostgreSQL URL (any driver suffix)."""
    from psycopg.conninfo import make_conninfo

    url = make_url(database_url)
    params: dict[str, Any] = url.translate_connect_args(username="user", database="dbname")
    params.update({k: v for k, v in url.query.items() if isinstance(v, str)})
    return make_conninfo(**{k: str(v) for k, v in params.items()})


def _postgres(database_url: str) -> Any:
    from langgraph.checkpoint.postgres import PostgresSaver
    from psycopg.rows import dict_row
    from psycopg_pool import ConnectionPool

    pool: ConnectionPool[Any] = ConnectionPool(
        libpq_conninfo(database_url),
        min_size=1,
        max_size=8,
        kwargs={
            # what PostgresSaver needs (it manages its own transactions)
            "autocommit": True,
            "prepare_threshold": 0,
            "row_factory": dict_row,
            "options": f"-c search_path={SCHEMA}",
        },
        check=ConnectionPool.check_connection,  # a restarted server costs no failed turn
        name="export-assist-agent-memory",
        open=True,
    )
    atexit.register(pool.close)
    with pool.connection() as conn:
        conn.execute("SELECT pg_advisory_lock(%s)", (_SETUP_LOCK_KEY,))
        try:
            conn.execute(f"CREATE SCHEMA IF NOT EXISTS {SCHEMA}")
            PostgresSaver(conn).setup()
        finally:
            conn.execute("SELECT pg_advisory_unlock(%s)", (_SETUP_LOCK_KEY,))
    return PostgresSaver(pool)
