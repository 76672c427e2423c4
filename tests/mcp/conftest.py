"""MCP fixtures: a container over the indexed test corpus with its own database, a small
seeded sample directory, and keys in two tenants."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from export_assist.api.lifespan import start
from export_assist.container import Container
from export_assist.settings import Settings
from tests.auth.fixtures import Keys, keys
from tests.conftest import TEST_DATA

__all__ = ["Keys", "keys"]


@pytest.fixture
def container(indexed_container: Container, tmp_path: Path) -> Iterator[Container]:
    """Started as the API starts (schema at head, 60 fictitious buyers seeded)."""
    settings = Settings(  # type: ignore[call-arg]
        _env_file=None,
        data_dir=indexed_container.settings.data_dir,
        corpus_dir=TEST_DATA / "corpus",
        database={"url": f"sqlite:///{tmp_path / 'app.db'}"},
        matching={"sample_size": 60},
    )
    built = Container(settings)
    start(built)
    yield built
    built.engine.dispose()
