"""One throwaway PostgreSQL server for the tests of this folder, and settings with a
fresh database on it for each test (the shared fixtures build their containers on
those). Skips with the reason where no PostgreSQL binaries or driver are present."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from export_assist.settings import Settings
from tests.conftest import TEST_DATA
from tests.support.postgres import fresh_database, postgres_server


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """The SQLAlchemy URL of the server's maintenance database."""
    with postgres_server() as url:
        yield url


@pytest.fixture
def pg_url(pg_server: str) -> str:
    """A fresh, empty database on the server."""
    return fresh_database(pg_server)


@pytest.fixture
def settings(tmp_path: Path, pg_url: str) -> Settings:
    """The shared fixture's settings, with the database on PostgreSQL."""
    return Settings(  # type: ignore[call-arg]
        _env_file=None,
        data_dir=tmp_path / "data",
        corpus_dir=TEST_DATA / "corpus",
        database={"url": pg_url},
        matching={"sample_size": 30},  # each app start seeds it: 600 rows per test cost time
    )
