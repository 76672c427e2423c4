"""The buyer directory on PostgreSQL (issue 14, scale-out): migrations to head, tenant
scoping (the authz matrix), background imports and concurrent writers, against a real
server. Skips with the reason where no PostgreSQL binaries or driver are present."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from export_assist.container import Container
from export_assist.settings import Settings
from tests.conftest import TEST_DATA
from tests.matching.test_buyer_tenancy import (
    test_buyer_authz_matrix_has_no_cross_tenant_read_or_write,
    test_chat_shortlist_tool_sees_only_the_callers_tenant,
    test_each_tenant_sees_its_own_and_the_public_buyers,
    test_only_admins_curate_the_public_directory,
    test_same_name_import_in_another_tenant_does_not_overwrite,
    world,
)
from tests.matching.test_concurrent_writes import (
    test_concurrent_upserts_of_the_same_new_buyers_all_succeed,
)
from tests.matching.test_hostile_files import (
    test_defect10_ids_and_offsets_out_of_range_are_422,
    test_defect10_rename_onto_an_existing_buyer_is_409,
)
from tests.matching.test_import_jobs import (
    test_defect4_progress_and_status_endpoints,
    test_defect4_row_limit_stops_and_says_where,
)
from tests.support.postgres import fresh_database, postgres_server

pytestmark = pytest.mark.postgres
__all__ = [  # the SQLite tests, collected here again over PostgreSQL
    "test_buyer_authz_matrix_has_no_cross_tenant_read_or_write",
    "test_chat_shortlist_tool_sees_only_the_callers_tenant",
    "test_concurrent_upserts_of_the_same_new_buyers_all_succeed",
    "test_defect4_progress_and_status_endpoints",
    "test_defect4_row_limit_stops_and_says_where",
    "test_defect10_ids_and_offsets_out_of_range_are_422",
    "test_defect10_rename_onto_an_existing_buyer_is_409",
    "test_each_tenant_sees_its_own_and_the_public_buyers",
    "test_only_admins_curate_the_public_directory",
    "test_same_name_import_in_another_tenant_does_not_overwrite",
    "world",
]


@pytest.fixture(scope="module")
def pg_server() -> Iterator[str]:
    """One throwaway PostgreSQL server for this module."""
    with postgres_server() as url:
        yield url


@pytest.fixture
def settings(tmp_path: Path, pg_server: str) -> Settings:
    """The shared fixture's settings, with a fresh PostgreSQL database."""
    return Settings(  # type: ignore[call-arg]
        _env_file=None,
        data_dir=tmp_path / "data",
        corpus_dir=TEST_DATA / "corpus",
        database={"url": fresh_database(pg_server)},
    )


def test_postgres_migrations_reach_head(container: Container) -> None:
    from alembic.script import ScriptDirectory

    from export_assist.storage.migrate import alembic_config, current_revision

    assert container.engine.dialect.name == "postgresql"
    container.buyer_directory  # noqa: B018  (migrates on first use)
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert current_revision(container.engine) == head
    indexes = {i["name"]: i for i in sa.inspect(container.engine).get_indexes("buyers")}
    unique = indexes["ux_buyers_tenant_name_country"]
    assert unique["unique"] and unique["column_names"] == ["tenant", "name_key", "country"]
