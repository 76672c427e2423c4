"""The in-memory matching index: buyer interest vectors, a BM25 index of interest
text, code prefixes and trade history, rebuilt when the directory changes.

Why a numpy matrix and not a Chroma collection: a shortlist scores *every* buyer in
the target markets on meaning, words, codes and history together; a brute-force
matrix product over 10,000 buyers takes about a millisecond, needs no round trip,
and returns a score for each buyer (a vector store returns only a top-k). The vectors
persist through the content-hash embedding cache, so a restart re-embeds nothing.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence

import numpy as np

from export_assist.matching.history import TradeCounts
from export_assist.matching.models import BuyerPublic
from export_assist.retrieval.bm25 import Bm25, scale
from export_assist.retrieval.embeddings import Embedder

# An item reference number ("W8486-148991/A", "(IC401358)", "(JUS-RFSO-2013-0001)"): its
# first part names the buying office, so items with the same prefix likely share a buyer.
_REFERENCE = re.compile(r"\b((?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{4,6})-[A-Z0-9]{2,}")
_QUOTED = re.compile(r"\(([A-Z0-9][A-Z0-9/\-.]{3,})\)")
_LETTERS = re.compile(r"^[A-Z]{2,5}(?=\d)")


def _office(ref: str) -> str | None:
    """The office part of one quoted reference: before the first dash, its letters, or
    the first four digits and the length of an all-digit number."""
    if not any(ch.isdigit() for ch in ref):
        return None
    head = ref.split("-")[0]
    if "-" in ref and len(head) >= 3:
        return head
    if letters := _LETTERS.match(ref):
        return letters.group(0)
    digits = ref.split("/")[0]
    return f"{digits[:4]}#{len(digits)}" if digits.isdigit() and len(digits) >= 6 else None


def reference_prefixes(text: str) -> list[str]:
    """The office prefixes of the reference numbers a text quotes."""
    upper = text.upper()
    found = _REFERENCE.findall(upper)
    found += [o for ref in _QUOTED.findall(upper) if (o := _office(ref))]
    return list(dict.fromkeys(found))


class BuyerIndex:
    """Buyers in a fixed order with the arrays matching needs."""

    def __init__(
        self,
        buyers: Sequence[BuyerPublic],
        trades: Mapping[int, Counter[str]],
        embedder: Embedder,
        fingerprint: str = "",
    ) -> None:
        self.buyers = list(buyers)
        self.fingerprint = fingerprint
        self.position = {b.id: i for i, b in enumerate(self.buyers)}
        self.countries = np.array([b.country for b in self.buyers], dtype=object)
        self.trades = [trades.get(b.id, TradeCounts()) for b in self.buyers]
        # Recency is measured from the newest record on file, so an old import still ranks.
        newest = [d for t in self.trades if (d := getattr(t, "newest", lambda: None)())]
        self.as_of = max(newest, default=None)
        self.references = [Counter(reference_prefixes(" ".join(b.interests))) for b in self.buyers]
        self.code_totals: Counter[str] = sum(self.trades, Counter())
        self.reference_totals: Counter[str] = sum(self.references, Counter())
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
        self._phrase_bm25 = Bm25(self.phrase_texts)

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

    def lexical_item(self, text: str) -> np.ndarray:
        """Per buyer: BM25 of the query against its best-matching single interest, 0..1.

        A buyer with hundreds of interests (a long document for BM25) that once asked for
        exactly this item shows here, where the whole-text score dilutes it."""
        best = np.zeros(len(self.buyers), dtype=np.float32)
        if not len(self.owner_indices):
            return best
        per = self._phrase_bm25.scores(text)[self.owner_indices]
        starts = self.owner_indptr[:-1]
        nonempty = starts < self.owner_indptr[1:]
        best[nonempty] = np.maximum.reduceat(per, starts[nonempty])
        return np.asarray(scale(best), dtype=np.float32)

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
