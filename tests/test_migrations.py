"""One schema history: every table comes from Alembic, the migrated schema matches the
models, old databases upgrade in place, and start-up (migrate + seed) is idempotent."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from fastapi.testclient import TestClient

import export_assist.agent.conversations
import export_assist.auth.models
import export_assist.review.models
import export_assist.storage.buyer_tables
import export_assist.watch.tables  # noqa: F401  (the models register their tables)
from export_assist.api.app import create_app
from export_assist.api.lifespan import start
from export_assist.container import Container
from export_assist.settings import Settings
from export_assist.storage.db import Base
from export_assist.storage.migrate import alembic_config, current_revision, upgrade

ASSISTANT_TABLES = {
    "api_keys",
    "review_drafts",
    "review_draft_versions",
    "review_claims",
    "review_audit_log",
    "chat_conversations",
    "chat_messages",
}


def _settings(tmp_path: Path, **extra: Any) -> Settings:
    return Settings(  # type: ignore[call-arg]
        _env_file=None,
        data_dir=tmp_path / "data",
        database={"url": f"sqlite:///{tmp_path / 'app.db'}"},
        **extra,
    )


def _head() -> str:
    from alembic.script import ScriptDirectory

    heads = ScriptDirectory.from_config(alembic_config()).get_heads()
    assert len(heads) == 1, f"several migration heads: {heads}"
    return heads[0]


def test_the_migrated_schema_is_the_models_schema(tmp_path: Path) -> None:
    container = Container(_settings(tmp_path))
    engine = container.engine
    assert current_revision(engine) == _head()
    assert set(sa.inspect(engine).get_table_names()) >= ASSISTANT_TABLES
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []
    container.close()


def test_an_old_database_made_by_create_all_upgrades_in_place(tmp_path: Path) -> None:
    engine = sa.create_engine(f"sqlite:///{tmp_path / 'app.db'}")
    upgrade(engine, "0001_buyer_directory")
    tables = [Base.metadata.tables[name] for name in sorted(ASSISTANT_TABLES)]
    Base.metadata.create_all(engine, tables=tables)  # what the services used to do
    with engine.begin() as conn:
        conn.execute(
            sa.text(
                "INSERT INTO chat_conversations (id, tenant, owner, title, created_at, "
                "updated_at) VALUES ('c1', 'acme', 'alice', 't', '2026-01-01', '2026-01-01')"
            )
        )
    upgrade(engine)
    assert current_revision(engine) == _head()
    with engine.connect() as conn:
        kept = conn.execute(sa.text("SELECT count(*) FROM chat_conversations")).scalar()
        triggers = conn.execute(sa.text("SELECT name FROM sqlite_master WHERE type='trigger'"))
        assert kept == 1 and {r[0] for r in triggers} >= {"audit_no_update", "audit_no_delete"}
    engine.dispose()


def test_start_up_is_idempotent_with_two_workers_at_once(tmp_path: Path) -> None:
    settings = _settings(tmp_path, matching={"sample_size": 40})
    workers = [Container(settings.model_copy(deep=True)) for _ in range(2)]
    errors: list[BaseException] = []

    def run(container: Container) -> None:
        try:
            start(container)
        except BaseException as exc:  # a thread's error must reach the test
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(w,)) for w in workers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert errors == [] and workers[0].buyer_directory.count() == 40
    with TestClient(create_app(container=workers[1])):  # a restart seeds nothing more
        pass
    assert workers[1].buyer_directory.count() == 40
    for worker in workers:
        worker.close()


def test_seeding_waits_for_start_up(tmp_path: Path) -> None:
    settings = _settings(tmp_path, matching={"sample_size": 12})
    settings.auth.demo_keys = "off"
    container = Container(settings)
    app = create_app(container=container)
    assert container.buyer_directory.count() == 0  # building the app seeds nothing
    with TestClient(app):
        assert container.buyer_directory.count() == 12
    container.close()
