"""The scale-out path: the same search through a local Chroma server (HttpClient)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.conftest import TEST_DATA
from tests.support.chroma_server import chroma_server as serve_chroma

from export_assist.container import Container
from export_assist.domain.citations import SearchFilters
from export_assist.settings import Settings, VectorStoreSettings

pytestmark = [pytest.mark.chroma_server, pytest.mark.slow]


@pytest.fixture
def chroma_server(tmp_path: Path) -> Iterator[int]:
    with serve_chroma(tmp_path / "server") as port:
        yield port


def test_same_search_through_a_chroma_server(chroma_server: int, tmp_path: Path) -> None:
    settings = Settings(
        _env_file=None,
        data_dir=tmp_path / "data",  # type: ignore[call-arg]
        vector_store=VectorStoreSettings(backend="http", port=chroma_server),
    )
    container = Container(settings)
    try:
        report = container.ingestor.ingest([TEST_DATA / "corpus"], progress=False)
        assert report.ok and report.chunks_total > 0
        hits = container.searcher.search(
            "Bluetooth speaker CE marking", SearchFilters(country="DE"), top_k=3
        )
        assert hits[0].citation.doc_id == "test-eu-radio-equipment"
        assert not (tmp_path / "data" / "chroma").exists()  # nothing stored locally
    finally:
        container.close()
