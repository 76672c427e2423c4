"""A marker file per collection that ingest bumps, so every searcher notices new chunks."""

from __future__ import annotations

import uuid
from pathlib import Path

from export_assist.retrieval.vectorstore import ChromaStore


class IndexVersion:
    """The index version: the marker's text plus the chunk count (a CLI ingest bumps it)."""

    def __init__(self, path: Path, store: ChromaStore) -> None:
        self._path = path
        self._store = store

    def bump(self) -> None:
        """Record that the index changed."""
        self._path.write_text(uuid.uuid4().hex)

    def read(self) -> str:
        """The current version (cheap: one small file and a count)."""
        marker = self._path.read_text() if self._path.exists() else ""
        return f"{marker}:{self._store.count()}"
