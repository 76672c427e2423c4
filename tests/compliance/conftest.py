"""Compliance fixtures: a container over our own small corpus and cards (indexed once)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from export_assist.compliance.library import CardLibrary
from export_assist.compliance.profile import ProfileBuilder
from export_assist.container import Container
from export_assist.settings import ComplianceSettings, Settings
from tests.compliance.shipped_cards import profile_builder, shipped_library

DATA = Path(__file__).resolve().parent / "data"


def make_settings(data_dir: Path) -> Settings:
    """Settings over the compliance fixture corpus and cards."""
    return Settings(  # type: ignore[call-arg]
        _env_file=None,
        data_dir=data_dir,
        corpus_dir=DATA / "corpus",
        compliance=ComplianceSettings(cards_dir=DATA / "cards"),
    )


@pytest.fixture(scope="session")
def compliance_container(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Container]:
    """A container whose index holds tests/compliance/data/corpus."""
    built = Container(make_settings(tmp_path_factory.mktemp("compliance")))
    report = built.ingestor.ingest([DATA / "corpus"], progress=False)
    assert report.ok, report.errors
    yield built
    built.close()


@pytest.fixture(scope="module")
def builder() -> ProfileBuilder:
    """The checklist's product understanding (keywords and the HS model), for the card tests."""
    return profile_builder()


@pytest.fixture(scope="module")
def library() -> CardLibrary:
    """The shipped cards in regulations/cards."""
    return shipped_library()
