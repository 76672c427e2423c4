"""Ingest: incremental by content hash, removed files swept, bad files reported."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.conftest import TEST_DATA
from tests.retrieval.pdf_factory import make_pdf

from export_assist.container import Container
from export_assist.domain.citations import SearchFilters
from export_assist.retrieval.ingest import Ingestor
from export_assist.settings import ChunkingSettings


def _corpus(tmp_path: Path) -> Path:
    root = tmp_path / "regulations"
    shutil.copytree(TEST_DATA / "corpus", root)
    return root


def test_second_ingest_of_unchanged_corpus_embeds_nothing(
    container: Container, tmp_path: Path
) -> None:
    root = _corpus(tmp_path)
    first = container.ingestor.ingest([root], progress=False)
    assert first.ok and first.files_indexed == 4 and first.chunks_added > 0
    second = container.ingestor.ingest([root], progress=False)
    assert second.files_unchanged == 4
    assert second.files_indexed == 0 and second.chunks_added == 0
    assert second.embed_seconds == 0.0
    assert second.chunks_total == first.chunks_total


def test_changed_file_is_rechunked_and_unchanged_passages_keep_their_ids(
    container: Container, tmp_path: Path
) -> None:
    root = _corpus(tmp_path)
    container.ingestor.ingest([root], progress=False)
    before = set(container.store().all_metadata())
    doc = root / "eu" / "food-labelling.md"
    doc.write_text(
        doc.read_text().replace("In Germany this means German.", "In France this means French.")
    )
    report = container.ingestor.ingest([root], progress=False)
    after = set(container.store().all_metadata())
    assert report.files_indexed == 1 and report.files_unchanged == 3
    assert report.chunks_deleted >= 1 and report.chunks_added >= 1
    assert len(before & after) >= len(before) - report.chunks_deleted
    hits = container.searcher.search("France French language", SearchFilters(country="FR"))
    assert "French" in hits[0].text


def test_removed_file_chunks_are_deleted(container: Container, tmp_path: Path) -> None:
    root = _corpus(tmp_path)
    container.ingestor.ingest([root], progress=False)
    (root / "eu" / "radio-equipment.md").unlink()
    report = container.ingestor.ingest([root], progress=False)
    assert report.files_removed == 1
    metas = container.store().all_metadata().values()
    assert all(m["doc_id"] != "test-eu-radio-equipment" for m in metas)


def test_bad_files_are_listed_and_the_rest_indexed(container: Container, tmp_path: Path) -> None:
    root = _corpus(tmp_path)
    (root / "eu" / "broken.pdf").write_bytes(b"%PDF-1.4 garbage")
    (root / "eu" / "bad-front-matter.md").write_text("---\nid: [unclosed\n---\n# x\n")
    make_pdf(root / "jp" / "scan.pdf", ["輸出申告の手続き。", ""], garbage_pages=(2,))
    report = container.ingestor.ingest([root], progress=False)
    assert not report.ok
    failed = {Path(p).name for p, _ in report.errors}
    assert failed == {"broken.pdf", "bad-front-matter.md"}
    assert report.files_indexed == 5  # the four fixtures and the scanned PDF's good page
    assert any("page 2" in w for _, w in report.warnings)


def test_duplicate_document_ids_are_refused(container: Container, tmp_path: Path) -> None:
    root = _corpus(tmp_path)
    shutil.copy(root / "eu" / "radio-equipment.md", root / "eu" / "radio-copy.md")
    report = container.ingestor.ingest([root], progress=False)
    assert len(report.errors) == 1
    assert "already used" in report.errors[0][1]


def test_new_chunking_settings_rechunk_unchanged_files(
    container: Container, tmp_path: Path
) -> None:
    root = _corpus(tmp_path)
    container.ingestor.ingest([root], progress=False)
    rechunking = Ingestor(
        container.store(), container.embedder, ChunkingSettings(target_chars=150, max_chars=300)
    )
    report = rechunking.ingest([root], progress=False)
    assert report.files_indexed == 4 and report.files_unchanged == 0
