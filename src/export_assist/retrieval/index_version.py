"""The index version that ingest bumps, so every searcher notices new chunks: a marker
kept in the vector store itself (seen by API workers on any machine that uses the same
Chroma server), a marker file in the data dir, and the chunk count."""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Callable
from pathlib import Path

from export_assist.retrieval.vectorstore import ChromaStore


class IndexVersion:
    """The index version: both markers plus the chunk count (a CLI ingest bumps it).

    A reading is reused for `max_age_s`: one chat turn asks for the lexical index some 25
    times, and each reading is a file, a marker and a count from Chroma (10 ms under load).
    An ingest by another process is seen once the reading is that old; one by this process
    (`bump`) at once."""

    def __init__(
        self,
        path: Path,
        store: ChromaStore,
        max_age_s: float = 1.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._path = path
        self._store = store
        self._max_age_s = max_age_s
        self._clock = clock
        self._last: tuple[float, str] | None = None
        self._bumps = 0  # a reading taken across a bump is not kept
        self._lock = threading.Lock()

    def bump(self) -> None:
        """Record that the index changed."""
        marker = uuid.uuid4().hex
        self._store.set_version_marker(marker)
        self._path.write_text(marker)
        with self._lock:
            self._last = None
            self._bumps += 1

    def read(self) -> str:
        """The current version (one small file, one marker and a count; reused a while)."""
        now = self._clock()
        with self._lock:
            if self._last is not None and now - self._last[0] < self._max_age_s:
                return self._last[1]
            bumps = self._bumps
        marker = self._path.read_text() if self._path.exists() else ""
        version = f"{marker}:{self._store.version_marker()}:{self._store.count()}"
        with self._lock:
            if bumps == self._bumps:
                self._last = (now, version)
        return version
