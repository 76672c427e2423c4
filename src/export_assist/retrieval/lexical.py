"""BM25 over the stored chunks (bm25s), with the CJK-aware tokenizer."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence

import bm25s
import numpy as np

from export_assist.retrieval.tokenize import tokenize
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
        self._bm25 = bm25s.BM25()
        corpus_tokens = [tokenize(t) or ["\x00empty"] for t in index_texts]
        self._has_docs = bool(corpus_tokens)
        if self._has_docs:
            self._bm25.index(corpus_tokens, show_progress=False)
        self._vocab = set(self._bm25.vocab_dict) if self._has_docs else set()

    def __len__(self) -> int:
        return len(self.ids)

    def mask(self, predicate: Callable[[Metadata], bool] | None) -> np.ndarray | None:
        """A 0/1 weight mask of the chunks a filter allows (None allows all)."""
        if predicate is None:
            return None
        return np.array([1.0 if predicate(m) else 0.0 for m in self.metadatas], dtype=np.float32)

    def search(self, query: str, k: int, mask: np.ndarray | None = None) -> list[tuple[str, float]]:
        """Top-k (chunk id, BM25 score), best first; chunks scoring 0 are left out."""
        tokens = [t for t in tokenize(query) if t in self._vocab]
        if not tokens or not self._has_docs:
            return []
        scores = np.asarray(self._bm25.get_scores(tokens), dtype=np.float32)
        if mask is not None:
            scores = scores * mask
        k = min(k, len(scores))
        top = np.argpartition(-scores, k - 1)[:k]
        top = top[np.argsort(-scores[top], kind="stable")]
        return [(self.ids[i], float(scores[i])) for i in top if scores[i] > 0]


def fingerprint(ids: Sequence[str]) -> str:
    """A digest of the chunk-id set: content-hash ids make it change with any content."""
    digest = hashlib.sha256()
    for cid in sorted(ids):
        digest.update(cid.encode())
        digest.update(b"\n")
    return digest.hexdigest()
