"""Shared fixtures: settings in a temporary data dir, a container, the shared data path."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from export_assist.container import Container
from export_assist.settings import Settings

os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")

REPO_ROOT = Path(__file__).resolve().parents[1]
TEST_DATA = Path(__file__).resolve().parent / "data"
SHARED_DATA = REPO_ROOT.parent / "shared" / "data"


def shared_data(name: str) -> Path:
    """A folder of ../shared/data, or skip the test with the reason."""
    path = SHARED_DATA / name
    if not path.exists():
        pytest.skip(f"../shared/data/{name} is not present on this machine")
    return path


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Settings with a fresh data dir; environment overrides are ignored on purpose."""
    return Settings(_env_file=None, data_dir=tmp_path / "data", corpus_dir=TEST_DATA / "corpus")  # type: ignore[call-arg]


@pytest.fixture
def container(settings: Settings) -> Iterator[Container]:
    """A container over the fresh data dir."""
    built = Container(settings)
    yield built
    built.close()


@pytest.fixture(scope="session")
def indexed_container(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Container]:
    """A container whose index holds tests/data/corpus (built once per session)."""
    data_dir = tmp_path_factory.mktemp("indexed")
    built = Container(Settings(_env_file=None, data_dir=data_dir, corpus_dir=TEST_DATA / "corpus"))  # type: ignore[call-arg]
    report = built.ingestor.ingest([TEST_DATA / "corpus"], progress=False)
    assert report.ok, report.errors
    yield built
    built.close()
