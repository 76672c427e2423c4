"""Every table on PostgreSQL: the migrations run from an empty database to head, the
migrated schema is the models' schema, the audit log refuses rewrites, and workers that
start together migrate and seed once."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

import export_assist.agent.conversations
import export_assist.auth.models
import export_assist.outcomes.tables
import export_assist.review.models
import export_assist.storage.buyer_tables  # noqa: F401  (the models register their tables)
from export_assist.api.lifespan import start
from export_assist.container import Container
from export_assist.settings import Settings
from export_assist.storage.db import Base
from export_assist.storage.migrate import current_revision, upgrade
from tests.test_migrations import _head

pytestmark = pytest.mark.postgres


def test_migrations_run_from_empty_to_the_models_schema(pg_url: str) -> None:
    engine = sa.create_engine(pg_url)
    assert current_revision(engine) is None and sa.inspect(engine).get_table_names() == []
    upgrade(engine)
    assert current_revision(engine) == _head()
    tables = set(sa.inspect(engine).get_table_names())
    assert tables - {"alembic_version"} == set(Base.metadata.tables)
    with engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
    upgrade(engine)  # at head: nothing to do, nothing fails
    engine.dispose()


def test_migrations_go_down_to_empty_and_up_again(pg_url: str) -> None:
    engine = sa.create_engine(pg_url)
    upgrade(engine)
    from alembic import command

    from export_assist.storage.migrate import alembic_config

    with engine.begin() as conn:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "base")
    assert set(sa.inspect(engine).get_table_names()) <= {"alembic_version"}
    upgrade(engine)
    assert current_revision(engine) == _head()
    engine.dispose()


def test_the_audit_log_refuses_raw_updates_and_deletes(container: Container) -> None:
    with container.engine.begin() as conn:
        conn.execute(
            sa.text(
                "INSERT INTO review_audit_log (at, actor, actor_role, tenant, action, detail) "
                "VALUES (now(), 'carol', 'advisor', 'acme', 'draft.created', '{}')"
            )
        )
    for sql in ("UPDATE review_audit_log SET actor = 'mallory'", "DELETE FROM review_audit_log"):
        with (
            pytest.raises(sa.exc.IntegrityError, match="append-only"),
            container.engine.begin() as conn,
        ):
            conn.execute(sa.text(sql))
    with container.engine.connect() as conn:
        assert conn.execute(sa.text("SELECT actor FROM review_audit_log")).scalar_one() == "carol"


def test_two_workers_starting_at_once_migrate_and_seed_once(tmp_path: Path, pg_url: str) -> None:
    settings = Settings(  # type: ignore[call-arg]
        _env_file=None,
        data_dir=tmp_path / "data",
        database={"url": pg_url},
        matching={"sample_size": 40},
    )
    workers = [Container(settings.model_copy(deep=True)) for _ in range(3)]
    errors: list[BaseException] = []
    barrier = threading.Barrier(len(workers))

    def run(container: Container) -> None:
        barrier.wait()
        try:
            start(container)
        except BaseException as exc:  # a thread's error must reach the test
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(w,)) for w in workers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert errors == []
    assert [w.buyer_directory.count() for w in workers] == [40, 40, 40]
    assert current_revision(workers[0].engine) == _head()
    for worker in workers:
        worker.close()
