"""What the change watch adds to a re-ingest: the same unchanged corpus re-ingested with
the ledger (hash every file's bytes, one SQL transaction) and without it (the baseline),
alternating, in one process; then one edited document, to time the change path too.

    python -m bench.change_watch [--rounds 5]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from bench.common import ROOT, write_result
from export_assist.container import Container
from export_assist.retrieval.ingest import Ingestor
from export_assist.settings import Settings


def _timed(ingestor: Ingestor, corpus: Path) -> tuple[float, int]:
    t0 = time.perf_counter()
    report = ingestor.ingest([corpus], progress=False)
    return time.perf_counter() - t0, len(report.source_changes)


def main() -> None:
    """Ingest once, then time unchanged re-ingests with and without the ledger."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    rounds = parser.parse_args().rounds
    with tempfile.TemporaryDirectory() as scratch:
        corpus = Path(scratch) / "regulations"
        shutil.copytree(ROOT / "regulations", corpus)
        settings = Settings(_env_file=None, data_dir=Path(scratch) / "data", corpus_dir=corpus)  # type: ignore[call-arg]
        c = Container(settings)
        first = c.ingestor.ingest([corpus], progress=False)
        plain = Ingestor(c.store(), c.embedder, settings.chunking)  # no ledger: the baseline
        with_s, without_s = [], []
        for _ in range(rounds):
            with_s.append(_timed(c.ingestor, corpus)[0])
            without_s.append(_timed(plain, corpus)[0])
        doc = corpus / "eu" / "eu-food-labelling.md"
        doc.write_text(doc.read_text("utf-8") + "\nBenchmark edit.\n", "utf-8")
        edit_s, changed = _timed(c.ingestor, corpus)
        c.close()
    figures = {
        "files": first.files_seen,
        "documents_recorded": len(first.documents),
        "rounds": rounds,
        "reingest_unchanged_with_watch_median_s": round(statistics.median(with_s), 3),
        "reingest_unchanged_without_watch_median_s": round(statistics.median(without_s), 3),
        "watch_overhead_ratio": round(statistics.median(with_s) / statistics.median(without_s), 3),
        "one_edited_document_reingest_s": round(edit_s, 3),
        "changes_found": changed,
    }
    print("| measure | value |\n|---|---|")
    for key, value in figures.items():
        print(f"| {key} | {value} |")
    write_result("change_watch", figures)


if __name__ == "__main__":
    main()
