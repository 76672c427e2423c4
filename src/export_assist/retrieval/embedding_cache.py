"""Embeddings cached by content hash, so re-ingesting unchanged text costs nothing."""

from __future__ import annotations

import hashlib
import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from export_assist.retrieval.embeddings import Embedder, Vectors


class EmbeddingCache:
    """A small SQLite key-value file: (model id, sha256 of text) -> float32 vector."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._conn = sqlite3.connect(str(path), check_same_thread=False)
        self._lock = threading.Lock()
        with self._lock:
            self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.execute(
                "CREATE TABLE IF NOT EXISTS embeddings ("
                "model TEXT NOT NULL, digest TEXT NOT NULL, vector BLOB NOT NULL, "
                "PRIMARY KEY (model, digest))"
            )

    @staticmethod
    def digest(text: str) -> str:
        """The cache key of a text."""
        return hashlib.sha256(text.encode("utf-8")).hexdigest()

    def get_many(self, model: str, digests: Sequence[str]) -> dict[str, Vectors]:
        """Cached vectors for the digests that are present."""
        found: dict[str, Vectors] = {}
        with self._lock:
            for start in range(0, len(digests), 500):
                batch = list(digests[start : start + 500])
                marks = ",".join("?" * len(batch))
                rows = self._conn.execute(
                    f"SELECT digest, vector FROM embeddings WHERE model=? AND digest IN ({marks})",
                    [model, *batch],
                ).fetchall()
                for digest, blob in rows:
                    found[digest] = np.frombuffer(blob, dtype=np.float32)
        return found

    def put_many(self, model: str, items: dict[str, Vectors]) -> None:
        """Store vectors by digest."""
        with self._lock, self._conn:
            self._conn.executemany(
                "INSERT OR REPLACE INTO embeddings (model, digest, vector) VALUES (?, ?, ?)",
                [(model, d, np.asarray(v, dtype=np.float32).tobytes()) for d, v in items.items()],
            )

    def close(self) -> None:
        """Close the database file."""
        with self._lock:
            self._conn.close()


class CachedEmbedder:
    """The one embedding cache in front of an Embedder.

    Passages are looked up by (model id, sha256 of text) in the SQLite cache before
    embedding, so re-ingesting unchanged text costs nothing. Queries are kept in a small
    in-memory LRU, so one request embeds its question once however many services search
    with it; with `persist_queries` they also go to the SQLite cache (evaluations re-run
    without embedding anything)."""

    def __init__(
        self,
        inner: Embedder,
        cache: EmbeddingCache,
        *,
        memo_size: int = 256,
        persist_queries: bool = False,
    ) -> None:
        self._inner = inner
        self._cache = cache
        self._memo: OrderedDict[str, Vectors] = OrderedDict()
        self._memo_size = memo_size
        self._persist = persist_queries
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0
        self.calls = 0  # queries the model embedded

    @property
    def model_id(self) -> str:
        return self._inner.model_id

    def embed_passages(self, texts: Sequence[str]) -> Vectors:
        if not texts:
            return self._inner.embed_passages([])
        digests = [EmbeddingCache.digest(t) for t in texts]
        found = self._cache.get_many(self.model_id, digests)
        missing = [i for i, d in enumerate(digests) if d not in found]
        self.hits += len(texts) - len(missing)
        self.misses += len(missing)
        if missing:
            fresh = self._inner.embed_passages([texts[i] for i in missing])
            new_items = {digests[i]: fresh[n] for n, i in enumerate(missing)}
            self._cache.put_many(self.model_id, new_items)
            found.update(new_items)
        return np.vstack([found[d] for d in digests]).astype(np.float32)

    def embed_query(self, text: str) -> Vectors:
        with self._lock:
            if (remembered := self._memo.get(text)) is not None:
                self._memo.move_to_end(text)
                return remembered
        vector = self._stored_query(text)
        if vector is None:
            vector = self._inner.embed_query(text)
            self.calls += 1
            if self._persist:
                self._cache.put_many(self.model_id, {_query_digest(text): vector})
        with self._lock:
            self._memo[text] = vector
            while len(self._memo) > self._memo_size:
                self._memo.popitem(last=False)
        return vector

    def _stored_query(self, text: str) -> Vectors | None:
        if not self._persist:
            return None
        digest = _query_digest(text)
        return self._cache.get_many(self.model_id, [digest]).get(digest)

    def clear_queries(self) -> None:
        """Forget the remembered queries (benchmarks measure the cold path)."""
        with self._lock:
            self._memo.clear()


def _query_digest(text: str) -> str:
    return EmbeddingCache.digest("query: " + text)
