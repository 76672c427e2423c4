"""The in-memory matching index: buyer interest vectors, a BM25 index of interest
text, code prefixes and trade history, rebuilt when the directory changes.

Why a numpy matrix and not a Chroma collection: a shortlist scores *every* buyer in
the target markets on meaning, words, codes and history together; a brute-force
matrix product over 10,000 buyers takes about a millisecond, needs no round trip,
and returns a score for each buyer (a vector store returns only a top-k). The vectors
persist through the content-hash embedding cache, so a restart re-embeds nothing.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import numpy as np

from export_assist.matching.models import BuyerPublic
from export_assist.retrieval.bm25 import Bm25
from export_assist.retrieval.embeddings import Embedder


class BuyerIndex:
    """Buyers in a fixed order with the arrays matching needs."""

    def __init__(
        self,
        buyers: Sequence[BuyerPublic],
        trades: dict[int, Counter[str]],
        embedder: Embedder,
        fingerprint: str = "",
    ) -> None:
        self.buyers = list(buyers)
        self.fingerprint = fingerprint
        self.position = {b.id: i for i, b in enumerate(self.buyers)}
        self.countries = np.array([b.country for b in self.buyers], dtype=object)
        self.trades = [trades.get(b.id, Counter()) for b in self.buyers]
        self.trade_totals = np.array([sum(t.values()) for t in self.trades], dtype=np.float32)
        self.codes = [list(b.product_codes) for b in self.buyers]
        self._build_vectors(embedder)
        self._build_lexical()
        self._build_prefixes()

    def __len__(self) -> int:
        return len(self.buyers)

    def _build_vectors(self, embedder: Embedder) -> None:
        # Interests are embedded one phrase at a time: phrases repeat across buyers
        # (so each is embedded once) and max-similarity keeps a niche interest visible.
        phrases: dict[str, int] = {}
        owners: list[list[int]] = []
        for buyer in self.buyers:
            owners.append([phrases.setdefault(p, len(phrases)) for p in buyer.interests])
        texts = list(phrases)
        self.phrase_vectors = (
            embedder.embed_passages(texts) if texts else np.zeros((0, 1), np.float32)
        )
        self.owner_indptr = np.cumsum([0] + [len(o) for o in owners])
        self.owner_indices = np.array([i for o in owners for i in o], dtype=np.int64)
        self.phrase_texts = texts

    def _build_lexical(self) -> None:
        self._bm25 = Bm25([" ".join(b.interests) for b in self.buyers])

    def _build_prefixes(self) -> None:
        # prefix -> buyers with a code that starts with it; exact -> buyers with that code.
        self.prefix: dict[str, set[int]] = {}
        self.exact: dict[str, set[int]] = {}
        for i, codes in enumerate(self.codes):
            for code in [*codes, *self.trades[i]]:
                self.exact.setdefault(code, set()).add(i)
                for n in range(1, len(code) + 1):
                    self.prefix.setdefault(code[:n], set()).add(i)

    def semantic(self, query_vector: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Per buyer: best cosine similarity of an interest to the query; and all phrase sims."""
        best = np.zeros(len(self.buyers), dtype=np.float32)
        if not len(self.owner_indices):
            return best, np.zeros(0, dtype=np.float32)
        sims = np.asarray(self.phrase_vectors @ query_vector, dtype=np.float32)
        per = sims[self.owner_indices]
        starts = self.owner_indptr[:-1]
        nonempty = starts < self.owner_indptr[1:]
        best[nonempty] = np.maximum.reduceat(per, starts[nonempty])
        return best, sims

    def best_phrase(self, i: int, sims: np.ndarray) -> str:
        """The interest of buyer i closest to the query (for the explanation)."""
        lo, hi = self.owner_indptr[i], self.owner_indptr[i + 1]
        if hi <= lo or not len(sims):
            return ""
        phrase = self.owner_indices[lo + int(np.argmax(sims[self.owner_indices[lo:hi]]))]
        return self.phrase_texts[int(phrase)]

    def lexical(self, text: str) -> np.ndarray:
        """Per buyer: BM25 of the query over its interest text, scaled to 0..1."""
        return self._bm25.scaled(text)

    def shared_prefix(self, code: str) -> np.ndarray:
        """Per buyer: the longest prefix of the code shared with any of its codes or trades."""
        shared = np.zeros(len(self.buyers), dtype=np.int64)
        for n in range(1, len(code) + 1):
            members = self.prefix.get(code[:n])
            if not members:
                break
            shared[list(members)] = n
        # A buyer coded at a coarser level (e.g. chapter 09) contains the query fully.
        for n in range(1, len(code)):
            for i in self.exact.get(code[:n], ()):
                shared[i] = len(code)
        return shared
