"""BM25 over the stored chunks (the Bm25 adapter), with filters as masks."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence

import numpy as np

from export_assist.retrieval.bm25 import Bm25
from export_assist.retrieval.vectorstore import Metadata


class LexicalIndex:
    """An in-memory BM25 index of chunks; rebuilt when the stored chunk set changes."""

    def __init__(
        self,
        ids: Sequence[str],
        texts: Sequence[str],
        metadatas: Sequence[Metadata],
        index_texts: Sequence[str],
    ) -> None:
        self.ids = list(ids)
        self.texts = list(texts)
        self.metadatas = list(metadatas)
        self.position = {cid: i for i, cid in enumerate(self.ids)}
        self.fingerprint = fingerprint(self.ids)
        self._bm25 = Bm25(index_texts)

    def __len__(self) -> int:
        return len(self.ids)

    def mask(self, predicate: Callable[[Metadata], bool] | None) -> np.ndarray | None:
        """A 0/1 weight mask of the chunks a filter allows (None allows all)."""
        if predicate is None:
            return None
        return np.array([1.0 if predicate(m) else 0.0 for m in self.metadatas], dtype=np.float32)

    def search(self, query: str, k: int, mask: np.ndarray | None = None) -> list[tuple[str, float]]:
        """Top-k (chunk id, BM25 score), best first; chunks scoring 0 are left out."""
        return [(self.ids[i], score) for i, score in self._bm25.top(query, k, mask)]


def fingerprint(ids: Sequence[str]) -> str:
    """A digest of the chunk-id set: content-hash ids make it change with any content."""
    digest = hashlib.sha256()
    for cid in sorted(ids):
        digest.update(cid.encode())
        digest.update(b"\n")
    return digest.hexdigest()
