"""A container over a temporary copy of the test corpus, so a test can edit a document and
re-ingest; an API client and keys in two tenants."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from export_assist.api.app import create_app
from export_assist.container import Container
from export_assist.settings import Settings
from tests.auth.fixtures import Keys, make_keys
from tests.conftest import TEST_DATA


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A writable copy of tests/data/corpus."""
    target = tmp_path / "corpus"
    shutil.copytree(TEST_DATA / "corpus", target)
    return target


@pytest.fixture
def watched(tmp_path: Path, corpus: Path) -> Iterator[Container]:
    """A container over the copy, ingested once (the ledger's first, silent record)."""
    settings = Settings(_env_file=None, data_dir=tmp_path / "data", corpus_dir=corpus)  # type: ignore[call-arg]
    settings.auth.demo_keys = "off"
    built = Container(settings)
    report = built.ingestor.ingest([corpus], progress=False)
    assert report.ok, report.errors
    assert report.source_changes == []  # a first ingest flags nothing
    yield built
    built.close()


@pytest.fixture
def api(watched: Container) -> Iterator[TestClient]:
    """The real app over the container."""
    with TestClient(create_app(container=watched)) as client:
        yield client


@pytest.fixture
def keys(watched: Container) -> Keys:
    """Keys for every role in two tenants."""
    return make_keys(watched)


def edit(path: Path, old: str, new: str) -> None:
    """Change one passage of a corpus document (it must be there)."""
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new), encoding="utf-8")
