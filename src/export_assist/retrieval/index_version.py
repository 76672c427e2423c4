"""The index version that ingest bumps, so every searcher notices new chunks: a marker
kept in the vector store itself (seen by API workers on any machine that uses the same
Chroma server), a marker file in the data dir, and the chunk count."""

from __future__ import annotations

import uuid
from pathlib import Path

from export_assist.retrieval.vectorstore import ChromaStore


class IndexVersion:
    """The index version: both markers plus the chunk count (a CLI ingest bumps it)."""

    def __init__(self, path: Path, store: ChromaStore) -> None:
        self._path = path
        self._store = store

    def bump(self) -> None:
        """Record that the index changed."""
        marker = uuid.uuid4().hex
        self._store.set_version_marker(marker)
        self._path.write_text(marker)

    def read(self) -> str:
        """The current version (cheap: one small file, one marker and a count)."""
        marker = self._path.read_text() if self._path.exists() else ""
        return f"{marker}:{self._store.version_marker()}:{self._store.count()}"
