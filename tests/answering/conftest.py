"""A container over a slice of the real corpus (the documents issue 9's examples need,
plus look-alike documents that a wrong answer would cite), indexed once per session."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from export_assist.answering.engine import AnswerEngine
from export_assist.api.app import create_app
from export_assist.container import Container
from export_assist.settings import Settings
from tests.conftest import REPO_ROOT

CORPUS = REPO_ROOT / "regulations"
SLICE = [
    "us/us-fda-food-facility-registration.md",
    "us/us-fsvp-importer.md",
    "eu/eu-ce-marking-nlf.md",
    "eu/eu-lvd-emc-rohs-weee.md",
    "eu/eu-food-labelling.md",
    "eu/eu-alcohol-sake-whisky.md",
    "eu/eu-japan-food-radioactivity-status.md",
    "eu/eu-cbam.md",
    "eu/eu-pesticide-mrl-tea.md",
    "fr/fr-language-toubon.md",
    "cn/cn-cosmetics-nmpa.md",
    "cn/cn-overseas-food-manufacturer-registration.md",
    "jp/jp-export-procedure-overview.md",
    "jp/jp-export-declaration-customs.pdf",
    "jp/jp-alcohol-export.md",
    "jp/jp-food-export-certificates.md",
    "jp/jp-ata-carnet-temporary-export.md",
    "jp/jp-sanctions-export-bans.md",
    "intl/intl-hs-classification.md",
    "intl/intl-trade-documents.md",
]


def copy_slice(target: Path, files: list[str] = SLICE) -> Path:
    """The slice's files (and PDF sidecars) under target/regulations."""
    root = target / "regulations"
    for rel in files:
        for src in (CORPUS / rel, CORPUS / f"{rel}.yaml"):
            if src.exists():
                (root / src.parent.name).mkdir(parents=True, exist_ok=True)
                shutil.copy2(src, root / src.parent.name / src.name)
    return root


def index_slice(base: Path, files: list[str] = SLICE) -> Container:
    """A container whose index (under base/data) holds the files; the real cards folder."""
    root = copy_slice(base, files)
    settings = Settings(_env_file=None, data_dir=base / "data", corpus_dir=root)  # type: ignore[call-arg]
    settings.compliance.cards_dir = CORPUS / "cards"
    built = Container(settings)
    report = built.ingestor.ingest([root], progress=False)
    assert report.ok, report.errors
    return built


def chat_container(data_dir: Path, corpus_dir: Path, database: Path) -> Container:
    """A no-LLM container over an indexed data dir with a fresh database (keys live there)."""
    settings = Settings(  # type: ignore[call-arg]
        _env_file=None,
        data_dir=data_dir,
        corpus_dir=corpus_dir,
        database={"url": f"sqlite:///{database}"},
    )
    settings.compliance.cards_dir = CORPUS / "cards"
    settings.auth.demo_keys = "off"
    settings.llm.base_url = None
    return Container(settings)


@pytest.fixture(scope="session")
def corpus_container(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Container]:
    """A container whose index holds the slice; cards come from the real cards folder."""
    built = index_slice(tmp_path_factory.mktemp("answering"))
    yield built
    built.close()


@pytest.fixture(scope="session")
def engine(corpus_container: Container) -> AnswerEngine:
    """The answer engine over the slice."""
    c = corpus_container
    return AnswerEngine(c.searcher, c.card_library, c.termbase)


def slice_chat_container(base: Path, files: list[str]) -> Iterator[Container]:
    """A no-LLM container over the indexed slice with a fresh database (the keys live
    there); a module fixture yields from it."""
    root = copy_slice(base, files)
    built = chat_container(base / "data", root, base / "app.db")
    assert built.ingestor.ingest([root], progress=False).ok
    try:
        yield built
    finally:
        built.close()


def app_client(container: Container) -> Iterator[TestClient]:
    """The app over the container (its start-up seeds the sample buyer directory)."""
    with TestClient(create_app(container=container)) as test_client:
        yield test_client


def drafted(done: dict[str, Any]) -> bool:
    """Whether a chat turn was escalated with an advisor's draft waiting for review."""
    return bool(done["escalated"] and done["escalation"] and done["escalation"]["status"])
