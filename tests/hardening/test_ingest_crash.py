"""Defect 6: a crash between upsert batches left a file one chunk short for ever;
defect 7: one AES-encrypted PDF aborted the whole ingest."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter

from export_assist.container import Container
from export_assist.retrieval.embeddings import Embedder, Vectors
from export_assist.retrieval.ingest import Ingestor
from tests.conftest import REPO_ROOT, TEST_DATA
from tests.retrieval.pdf_factory import make_pdf


class Crash(RuntimeError):
    """The injected failure."""


class FailingEmbedder:
    """The real embedder, failing on the n-th batch (a crash between two upserts)."""

    def __init__(self, inner: Embedder, fail_on: int) -> None:
        self._inner, self._fail_on, self.calls = inner, fail_on, 0
        self.model_id = inner.model_id

    def embed_passages(self, texts: Sequence[str]) -> Vectors:
        self.calls += 1
        if self.calls == self._fail_on:
            raise Crash("power cut")
        return self._inner.embed_passages(texts)

    def embed_query(self, text: str) -> Vectors:
        return self._inner.embed_query(text)


LONG_DOC = """---
id: test-long-guide
title: A long guide (test fixture)
country: JP
sources:
  - title: Guide
    url: https://www.customs.go.jp/
verified_on: 2026-11-28
---
# A long guide
""" + "".join(
    f"\n## Step {n}\n\nStep {n} of the export declaration: keep invoice {n} and packing list {n}.\n"
    for n in range(1, 8)
)


def _corpus(tmp_path: Path) -> Path:
    """The test corpus and one seven-section file, so that files span upsert batches."""
    root = tmp_path / "regulations"
    shutil.copytree(TEST_DATA / "corpus", root)
    (root / "jp" / "a-long-guide.md").write_text(LONG_DOC, encoding="utf-8")
    return root


def _by_file(container: Container) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for cid, meta in container.store().all_metadata().items():
        out.setdefault(str(meta["source_path"]), set()).add(cid)
    return out


def _reference(tmp_path: Path, root: Path) -> dict[str, set[str]]:
    from export_assist.settings import Settings

    clean = Container(Settings(_env_file=None, data_dir=tmp_path / "clean"))  # type: ignore[call-arg]
    try:
        assert clean.ingestor.ingest([root], progress=False).ok
        return _by_file(clean)
    finally:
        clean.close()


def test_defect_6_injected_crash_between_batches_is_repaired(
    container: Container, tmp_path: Path
) -> None:
    root = _corpus(tmp_path)
    crashing = Ingestor(
        container.store(), FailingEmbedder(container.embedder, 3), container.settings.chunking,
        embed_batch=1,  # 4 chunks per upsert: files span batches
    )  # fmt: skip
    with pytest.raises(Crash):
        crashing.ingest([root], progress=False)
    long_guide = [ids for path, ids in _by_file(container).items() if "a-long-guide" in path]
    assert long_guide and len(long_guide[0]) == 4, "the guide's first 4 of 7 chunks committed"
    repaired = container.ingestor.ingest([root], progress=False)
    assert repaired.ok and repaired.files_repaired >= 1
    assert _by_file(container) == _reference(tmp_path, root)
    again = container.ingestor.ingest([root], progress=False)
    assert again.files_unchanged == again.files_seen and again.files_repaired == 0


def test_defect_6_a_lost_chunk_marks_its_file_partial(container: Container, tmp_path: Path) -> None:
    root = _corpus(tmp_path)
    container.ingestor.ingest([root], progress=False)
    victim_path, ids = next(iter(_by_file(container).items()))
    container.store().delete([sorted(ids)[0]])
    report = container.ingestor.ingest([root], progress=False)
    assert report.files_repaired == 1 and report.files_indexed == 1
    assert _by_file(container)[victim_path] == ids


_KILLED_INGEST = """
import sys, time
from pathlib import Path
from export_assist.container import Container
from export_assist.retrieval.ingest import Ingestor
from export_assist.settings import Settings

container = Container(Settings(_env_file=None, data_dir=Path(sys.argv[1])))
inner, marker, calls = container.embedder, Path(sys.argv[3]), [0]

class Slow:
    model_id = inner.model_id
    def embed_query(self, text):
        return inner.embed_query(text)
    def embed_passages(self, texts):
        calls[0] += 1
        if calls[0] == 3:
            marker.write_text("one batch committed")  # the parent kills us now
            time.sleep(60)
        return inner.embed_passages(texts)

Ingestor(container.store(), Slow(), container.settings.chunking, embed_batch=1).ingest(
    [Path(sys.argv[2])], progress=False
)
"""


@pytest.mark.slow
def test_defect_6_kill_9_mid_ingest_then_ingest_repairs(tmp_path: Path) -> None:
    from export_assist.settings import Settings

    root, data, marker = _corpus(tmp_path), tmp_path / "data", tmp_path / "marker"
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT / "src"), "ANONYMIZED_TELEMETRY": "False"}
    proc = subprocess.Popen(
        [sys.executable, "-c", _KILLED_INGEST, str(data), str(root), str(marker)], env=env
    )
    deadline = time.monotonic() + 120
    while not marker.exists() and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.1)
    assert marker.exists(), "the ingest never reached its third batch"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    container = Container(Settings(_env_file=None, data_dir=data))  # type: ignore[call-arg]
    try:
        survived = [ids for path, ids in _by_file(container).items() if "a-long-guide" in path]
        assert survived and len(survived[0]) == 4, "half the guide survived the kill"
        report = container.ingestor.ingest([root], progress=False)
        assert report.ok and report.files_repaired >= 1
        assert _by_file(container) == _reference(tmp_path, root)
    finally:
        container.close()


def _encrypted(path: Path, user_password: str) -> Path:
    plain = make_pdf(path.with_suffix(".plain.pdf"), ["輸出申告の手続きについて。"])
    writer = PdfWriter(clone_from=PdfReader(plain))
    writer.encrypt(user_password=user_password, owner_password="owner", algorithm="AES-256")
    writer.write(path)
    plain.unlink()
    return path


def test_defect_7_aes_encrypted_pdfs_are_per_file_results(
    container: Container, tmp_path: Path
) -> None:
    root = _corpus(tmp_path)
    _encrypted(root / "jp" / "owner-only.pdf", user_password="")
    _encrypted(root / "jp" / "locked.pdf", user_password="secret")
    report = container.ingestor.ingest([root], progress=False)
    failed = {Path(p).name: reason for p, reason in report.errors}
    assert set(failed) == {"locked.pdf"} and "password" in failed["locked.pdf"]
    assert report.files_indexed == 6  # five text files and the owner-protected PDF
    indexed = {Path(p).name for p in _by_file(container)}
    assert "owner-only.pdf" in indexed
