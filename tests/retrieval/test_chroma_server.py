"""The scale-out path: the same search through a local Chroma server (HttpClient)."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from tests.conftest import TEST_DATA

from export_assist.container import Container
from export_assist.domain.citations import SearchFilters
from export_assist.settings import Settings, VectorStoreSettings

pytestmark = [pytest.mark.chroma_server, pytest.mark.slow]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def chroma_server(tmp_path: Path) -> Iterator[int]:
    chroma = shutil.which("chroma") or str(Path(sys.executable).parent / "chroma")
    if not Path(chroma).exists():
        pytest.skip("the `chroma` command (from the chromadb package) is not installed")
    port = _free_port()
    proc = subprocess.Popen(
        [
            chroma,
            "run",
            "--path",
            str(tmp_path / "server"),
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"http://127.0.0.1:{port}/api/v2/heartbeat", timeout=1).is_success:
                    break
            except httpx.HTTPError:
                time.sleep(0.3)
        else:
            pytest.fail("chroma server did not start within 60 s")
        yield port
    finally:
        proc.terminate()
        proc.wait(timeout=20)


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
