"""An Embedder wrapper that remembers recent query vectors, so one request embeds once."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Sequence

from export_assist.retrieval.embeddings import Embedder, Vectors


class MemoQueryEmbedder:
    """Query embeddings are kept in a small LRU; passages pass straight through."""

    def __init__(self, inner: Embedder, size: int = 256) -> None:
        self._inner = inner
        self._size = size
        self._memo: OrderedDict[str, Vectors] = OrderedDict()
        self._lock = threading.Lock()
        self.calls = 0

    @property
    def model_id(self) -> str:
        return self._inner.model_id

    def embed_passages(self, texts: Sequence[str]) -> Vectors:
        return self._inner.embed_passages(texts)

    def clear(self) -> None:
        """Forget every remembered query (benchmarks measure the cold path)."""
        with self._lock:
            self._memo.clear()

    def embed_query(self, text: str) -> Vectors:
        with self._lock:
            found = self._memo.get(text)
            if found is not None:
                self._memo.move_to_end(text)
                return found
        vector = self._inner.embed_query(text)
        with self._lock:
            self.calls += 1
            self._memo[text] = vector
            while len(self._memo) > self._size:
                self._memo.popitem(last=False)
        return vector
