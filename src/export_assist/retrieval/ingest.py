"""Ingest: files -> chunks -> embeddings -> Chroma, incrementally by content hash.

Unchanged files cost a hash and nothing else; changed files are re-chunked (passages
whose text did not change keep their ids and cached embeddings); chunks of files that
disappeared under an ingested folder are deleted. One bad file never aborts the batch.
Crash-safe: a file interrupted half-way (see ingest_state) is found and re-indexed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from tqdm import tqdm

from export_assist.domain.corpus import Chunk, DocumentMeta
from export_assist.domain.watch import DocumentVersion, SourceChange
from export_assist.retrieval.chunking import chunk_document
from export_assist.retrieval.embeddings import Embedder
from export_assist.retrieval.ingest_state import FileState, files_in_store
from export_assist.retrieval.loaders import LoadError, is_loadable, load_file
from export_assist.retrieval.metadata import chunk_metadata, index_text
from export_assist.retrieval.vectorstore import ChromaStore, Metadata
from export_assist.settings import ChunkingSettings

SKIP_NAMES = {"README.md", "readme.md"}


@dataclass
class IngestReport:
    """What one ingest run did, for the end summary and the exit code."""

    files_seen: int = 0
    files_indexed: int = 0
    files_unchanged: int = 0
    files_removed: int = 0
    files_repaired: int = 0
    chunks_added: int = 0
    chunks_deleted: int = 0
    chunks_total: int = 0
    errors: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)
    seconds: float = 0.0
    embed_seconds: float = 0.0
    documents: list[DocumentVersion] = field(default_factory=list)
    removed_docs: list[str] = field(default_factory=list)
    source_changes: list[SourceChange] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when every file was read."""
        return not self.errors


def discover(paths: Iterable[Path]) -> list[Path]:
    """Loadable files under the given files/folders, sorted, README files skipped."""
    found: set[Path] = set()
    for path in paths:
        if path.is_dir():
            found.update(
                p
                for p in path.rglob("*")
                if p.is_file()
                and is_loadable(p)
                and p.name not in SKIP_NAMES
                and not p.name.startswith(".")
            )
        elif path.is_file():
            found.add(path)
    return sorted(p.resolve() for p in found)


# Bump when loading or chunking changes what a file turns into, so that an ingest
# re-chunks files whose bytes did not change (unchanged passages still keep their ids
# and cached embeddings).
PIPELINE_VERSION = "4"  # 4: headings in Japanese PDFs kept apart (s25)


def file_hash(path: Path, salt: str = "") -> str:
    """Digest of a file, its metadata sidecar (if any) and the pipeline that chunks it."""
    digest = hashlib.sha256(salt.encode())
    digest.update(path.read_bytes())
    sidecar = path.with_name(path.name + ".yaml")
    if sidecar.exists():
        digest.update(sidecar.read_bytes())
    return digest.hexdigest()


# Front-matter lines that change how a document is shown, not what it says.
_DISPLAY_ONLY = re.compile(rb"^title_ja:[^\n]*\n", re.MULTILINE)


def content_hash(path: Path) -> str:
    """The change watch's hash of a file and its sidecar: its bytes, less display-only lines
    (a Japanese title added or reworded flags no draft and notifies no watcher)."""
    digest = hashlib.sha256()
    for part in (path, path.with_name(path.name + ".yaml")):
        if part == path or part.exists():
            digest.update(_DISPLAY_ONLY.sub(b"", part.read_bytes()))
    return digest.hexdigest()


# The change watch's ledger: told every document this ingest saw and every one removed,
# it answers the documents whose content changed since the ingest before.
Ledger = Callable[[Sequence[DocumentVersion], Sequence[str]], list[SourceChange]]


def _version(
    path: Path, doc_id: str, title: str, country: str, verified: str, title_ja: str = ""
) -> DocumentVersion:
    return DocumentVersion(
        doc_id=doc_id,
        path=str(path),
        content_hash=content_hash(path),  # unsalted: a new pipeline is not a new text
        title=title,
        title_ja=title_ja,
        country=country,
        verified_on=dt.date.fromisoformat(verified) if verified else None,
    )


@dataclass
class _Prepared:
    path: Path
    meta: DocumentMeta
    chunks: list[Chunk]
    digest: str


class Ingestor:
    """Indexes corpus files into one store."""

    def __init__(
        self,
        store: ChromaStore,
        embedder: Embedder,
        chunking: ChunkingSettings,
        on_change: Callable[[], None] | None = None,
        embed_batch: int = 32,
        ledger: Ledger | None = None,
    ) -> None:
        self._store = store
        self._embedder = embedder
        self._chunking = chunking
        self._on_change = on_change
        self._batch = embed_batch
        self._ledger = ledger
        self._salt = f"{PIPELINE_VERSION}|{chunking.model_dump_json()}"
        self._new_ids: set[str] = set()

    def ingest(self, paths: Sequence[Path], progress: bool = True) -> IngestReport:
        """Ingest files and folders; folders are also swept for removed files."""
        started = time.perf_counter()
        report = IngestReport()
        files = discover(paths)
        report.files_seen = len(files)
        existing = files_in_store(self._store.all_metadata())
        prepared = self._prepare(files, existing, report, progress)
        self._index(prepared, existing, report, progress)
        self._sweep_removed(paths, files, existing, report)
        if self._ledger is not None:
            seen = {d.doc_id for d in report.documents}
            gone = [d for d in report.removed_docs if d not in seen]  # a move is no removal
            report.source_changes = self._ledger(report.documents, gone)
        report.chunks_total = self._store.count()
        report.seconds = time.perf_counter() - started
        if (report.files_indexed or report.files_removed) and self._on_change:
            self._on_change()
        return report

    def _prepare(
        self,
        files: list[Path],
        existing: dict[str, FileState],
        report: IngestReport,
        progress: bool,
    ) -> list[_Prepared]:
        prepared: list[_Prepared] = []
        doc_owner = {state.doc_id: path for path, state in existing.items()}
        for path in tqdm(
            files, desc="Reading", unit="file", disable=not progress or None, leave=False
        ):
            try:
                digest = file_hash(path, self._salt)
                state = existing.get(str(path))
                if state is not None and state.digest == digest:
                    report.files_unchanged += 1
                    report.documents.append(
                        _version(
                            path,
                            state.doc_id,
                            state.title,
                            state.country,
                            state.verified_on,
                            state.title_ja,
                        )
                    )
                    continue
                if state is not None and not state.complete:
                    report.files_repaired += 1
                doc = load_file(path)
                owner = doc_owner.get(doc.meta.id)
                if owner and owner != str(path) and Path(owner).exists():
                    raise LoadError(
                        f"{path}: document id {doc.meta.id!r} is already used by "
                        f"{owner}; ids must be unique"
                    )
                doc_owner[doc.meta.id] = str(path)
                report.warnings.extend((str(path), w) for w in doc.warnings)
                prepared.append(
                    _Prepared(path, doc.meta, chunk_document(doc, self._chunking), digest)
                )
                verified = doc.meta.verified_on.isoformat() if doc.meta.verified_on else ""
                report.documents.append(
                    _version(
                        path,
                        doc.meta.id,
                        doc.meta.title,
                        doc.meta.country,
                        verified,
                        doc.meta.title_ja,
                    )
                )
            except (LoadError, OSError) as exc:
                report.errors.append((str(path), str(exc)))
            except Exception as exc:  # a loader bug or library error: this file fails alone
                report.errors.append((str(path), f"{type(exc).__name__}: {exc}"))
        return prepared

    def _index(
        self,
        prepared: list[_Prepared],
        existing: dict[str, FileState],
        report: IngestReport,
        progress: bool,
    ) -> None:
        rows: list[tuple[str, str, Metadata]] = []
        for item in prepared:
            for chunk in item.chunks:
                meta = chunk_metadata(chunk, item.meta, str(item.path), item.digest)
                meta["file_chunks"] = len(item.chunks)  # the completeness check's count
                rows.append((chunk.id, chunk.text, meta))
        bar = tqdm(
            total=len(rows),
            desc="Embedding",
            unit="chunk",
            disable=not progress or None,
            leave=False,
        )
        for start in range(0, len(rows), self._batch * 4):
            batch = rows[start : start + self._batch * 4]
            t0 = time.perf_counter()
            vectors = self._embedder.embed_passages([index_text(m, t) for _, t, m in batch])
            report.embed_seconds += time.perf_counter() - t0
            self._store.upsert(
                [r[0] for r in batch], [r[1] for r in batch], vectors, [r[2] for r in batch]
            )
            bar.update(len(batch))
        bar.close()
        self._new_ids = {r[0] for r in rows}
        for item in prepared:
            old_ids = existing[str(item.path)].ids if str(item.path) in existing else []
            stale = [cid for cid in old_ids if cid not in self._new_ids]
            self._store.delete(stale)
            report.chunks_deleted += len(stale)
            report.chunks_added += len([c for c in item.chunks if c.id not in set(old_ids)])
            report.files_indexed += 1

    def _sweep_removed(
        self,
        roots: Sequence[Path],
        files: list[Path],
        existing: dict[str, FileState],
        report: IngestReport,
    ) -> None:
        folders = [r.resolve() for r in roots if r.is_dir()]
        present = {str(f) for f in files}
        for path, state in existing.items():
            if path in present or not any(Path(path).is_relative_to(f) for f in folders):
                continue
            if Path(path).exists() and is_loadable(Path(path)):
                continue  # still there, just failed to load this time: keep its chunks
            # A moved file re-wrote the same chunk ids under its new path: keep those.
            ids = [cid for cid in state.ids if cid not in self._new_ids]
            self._store.delete(ids)
            report.removed_docs.append(state.doc_id)
            report.files_removed += 1
            report.chunks_deleted += len(ids)
