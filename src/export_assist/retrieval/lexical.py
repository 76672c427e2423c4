"""BM25 over the stored chunks (the Bm25 adapter), with filters as masks."""

from __future__ import annotations

import hashlib
import math
from collections import Counter
from collections.abc import Callable, Sequence
from functools import cached_property

import numpy as np

from export_assist.retrieval.bm25 import Bm25, best_of
from export_assist.retrieval.tokenize import stem_word, stemmed, tokenize
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
        self.doc_ids = [str(m.get("doc_id", "")) for m in self.metadatas]
        self.fingerprint = fingerprint(self.ids)
        # tokenised once: BM25 indexes them and the passage reranker reads them
        self.tokens = [tokenize(t) for t in index_texts]
        self._bm25 = Bm25(index_texts, tokens=self.tokens)

    def __len__(self) -> int:
        return len(self.ids)

    def mask(self, predicate: Callable[[Metadata], bool] | None) -> np.ndarray | None:
        """A 0/1 weight mask of the chunks a filter allows (None allows all)."""
        if predicate is None:
            return None
        return np.array([1.0 if predicate(m) else 0.0 for m in self.metadatas], dtype=np.float32)

    def search(self, query: str, k: int, mask: np.ndarray | None = None) -> list[tuple[str, float]]:
        """Top-k (chunk id, BM25 score), best first; chunks scoring 0 are left out."""
        return self.best(self._bm25.scores(query), k, mask)

    def best(
        self, scores: np.ndarray, k: int, mask: np.ndarray | None = None
    ) -> list[tuple[str, float]]:
        """Top-k (chunk id, score) of a score array from `scores` (one scoring, two uses)."""
        return [(self.ids[i], score) for i, score in best_of(scores, k, mask)]

    def scores(self, query: str) -> np.ndarray:
        """BM25 of the query against every chunk, in index order."""
        return self._bm25.scores(query)

    def stemmed_scores(self, query: str) -> np.ndarray:
        """BM25 over English stems ("requirements" meets "requirement"), every chunk."""
        return self._stemmed.scores(query)

    @cached_property
    def _stemmed(self) -> Bm25:
        # built on first use: only the passage reranker reads it
        return Bm25([], analyzer=stemmed, tokens=self.stems)

    @cached_property
    def stems(self) -> list[list[str]]:
        """Each chunk's tokens with English words stemmed."""
        return [[stem_word(t) for t in tokens] for tokens in self.tokens]

    @cached_property
    def doc_vocab(self) -> dict[str, frozenset[str]]:
        """Every stemmed token of each document (doc_id), for document-level coverage."""
        vocab: dict[str, set[str]] = {}
        for doc, tokens in zip(self.doc_ids, self.stems, strict=True):
            vocab.setdefault(doc, set()).update(tokens)
        return {doc: frozenset(words) for doc, words in vocab.items()}

    @cached_property
    def siblings(self) -> list[np.ndarray]:
        """Each chunk's siblings: the other chunks of its document under the same parent
        section ("7.1.1.(2)" beside "7.1.1.(1)"), which one question often needs together."""
        groups: dict[tuple[str, str], list[int]] = {}
        for i, (doc, meta) in enumerate(zip(self.doc_ids, self.metadatas, strict=True)):
            parent = _parent_section(str(meta.get("section", "")))
            if parent:
                groups.setdefault((doc, parent), []).append(i)
        out = [np.zeros(0, dtype=np.int64)] * len(self.ids)
        for members in groups.values():
            arr = np.asarray(members, dtype=np.int64)
            for i in members:
                out[i] = arr[arr != i]
        return out

    @cached_property
    def idf(self) -> dict[str, float]:
        """Inverse document frequency of every stemmed token (BM25's smoothed form)."""
        df = Counter(t for tokens in self.stems for t in set(tokens))
        n = len(self.stems)
        return {t: math.log(1.0 + (n - f + 0.5) / (f + 0.5)) for t, f in df.items()}


def _parent_section(section: str) -> str:
    """The section a numbered section sits in: "7.1.1.(2)" -> "7.1.1", "A > B" -> "A"."""
    text = section.strip().rstrip(".")
    cut = max(text.rfind(sep) for sep in ".>/")
    return text[:cut].strip() if cut > 0 else ""


def fingerprint(ids: Sequence[str]) -> str:
    """A digest of the chunk-id set: content-hash ids make it change with any content."""
    digest = hashlib.sha256()
    for cid in sorted(ids):
        digest.update(cid.encode())
        digest.update(b"\n")
    return digest.hexdigest()
