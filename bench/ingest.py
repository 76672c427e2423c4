"""Ingest throughput against the raw embedding rate, and the cost of a no-change re-ingest.

Copies regulations/ to a scratch folder, ingests it into a fresh data dir with the
embedding cache off (so every chunk is embedded), then embeds the same chunk texts
with the raw embedder in the same process, and finally re-ingests the unchanged corpus.

    python -m bench.ingest
"""

from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path

from bench.common import ROOT, write_result
from export_assist.container import Container
from export_assist.retrieval.metadata import index_text
from export_assist.settings import EmbeddingSettings, Settings


def main() -> None:
    """Ingest, raw-embed the same texts, re-ingest; print the ratios."""
    with tempfile.TemporaryDirectory() as scratch:
        corpus = Path(scratch) / "regulations"
        shutil.copytree(ROOT / "regulations", corpus)
        settings = Settings(
            _env_file=None,
            data_dir=Path(scratch) / "data",  # type: ignore[call-arg]
            embeddings=EmbeddingSettings(cache=False),
        )
        container = Container(settings)
        first = container.ingestor.ingest([corpus], progress=True)
        chunks = container.store().all_chunks()
        texts = [index_text(c.metadata, c.text) for c in chunks]
        t0 = time.perf_counter()
        batch = settings.embeddings.batch_size
        for start in range(0, len(texts), batch):
            container.raw_embedder.embed_passages(texts[start : start + batch])
        raw_s = time.perf_counter() - t0
        again = container.ingestor.ingest([corpus], progress=False)
        container.close()
    ingest_rate = first.chunks_added / first.seconds
    raw_rate = len(texts) / raw_s
    figures = {
        "files": first.files_seen,
        "chunks": first.chunks_added,
        "ingest_seconds": round(first.seconds, 1),
        "ingest_chunks_per_s": round(ingest_rate, 2),
        "raw_embed_seconds": round(raw_s, 1),
        "raw_embed_chunks_per_s": round(raw_rate, 2),
        "ingest_over_raw": round(ingest_rate / raw_rate, 3),
        "reingest_unchanged_seconds": round(again.seconds, 3),
        "reingest_files_unchanged": again.files_unchanged,
        "errors": first.errors,
    }
    print("| measure | value |\n|---|---|")
    for key, value in figures.items():
        print(f"| {key} | {value} |")
    write_result("ingest", figures)


if __name__ == "__main__":
    main()
