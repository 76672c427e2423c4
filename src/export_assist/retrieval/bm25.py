"""The one BM25 adapter: bm25s over the project's CJK-aware tokens, dense score arrays.

Regulation search, HS suggestion, buyer matching and the buyer-matching baseline all
score through this class, so tokenisation and the empty cases are handled once."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

import bm25s
import numpy as np

from export_assist.retrieval.tokenize import tokenize

# bm25s sets its own logger to DEBUG at import, so wherever the root logger has a handler
# (the stdio MCP server's) every index build printed "Building index from tokens" to stderr.
logging.getLogger("bm25s").setLevel(logging.WARNING)
_EMPTY = "\x00empty"  # stands in for a text without tokens, which bm25s cannot index


class Bm25:
    """BM25 over a list of texts; scores come back in the texts' order."""

    def __init__(
        self,
        texts: Sequence[str],
        analyzer: Callable[[str], list[str]] = tokenize,
        tokens: Sequence[list[str]] | None = None,
    ) -> None:
        """Index the texts (or their tokens, when the caller has them: no second analysis)."""
        docs = list(tokens) if tokens is not None else [analyzer(t) for t in texts]
        self.size = len(docs)
        self._analyze = analyzer
        self._bm25 = bm25s.BM25()
        if self.size:
            self._bm25.index([d or [_EMPTY] for d in docs], show_progress=False)
        self.vocab: frozenset[str] = frozenset(self._bm25.vocab_dict) if self.size else frozenset()

    def __len__(self) -> int:
        return self.size

    def scores(self, query: str) -> np.ndarray:
        """BM25 of the query against every text (0 where nothing matched)."""
        tokens = [t for t in self._analyze(query) if t in self.vocab]
        if not tokens:
            return np.zeros(self.size, dtype=np.float32)
        return np.asarray(self._bm25.get_scores(tokens), dtype=np.float32)

    def scaled(self, query: str) -> np.ndarray:
        """Scores divided by the best one (0..1; all 0 when nothing matched)."""
        return scale(self.scores(query))

    def top(self, query: str, k: int, mask: np.ndarray | None = None) -> list[tuple[int, float]]:
        """The k best (position, score), best first; a 0/1 mask drops texts; 0 scores left out."""
        return best_of(self.scores(query), k, mask)


def best_of(scores: np.ndarray, k: int, mask: np.ndarray | None = None) -> list[tuple[int, float]]:
    """The k best (position, score) of a score array, best first; 0 scores left out."""
    if mask is not None:
        scores = scores * mask
    k = min(k, scores.size)
    if k <= 0:
        return []
    best = np.argpartition(-scores, k - 1)[:k]
    best = best[np.argsort(-scores[best], kind="stable")]
    return [(int(i), float(scores[i])) for i in best if scores[i] > 0]


def scale(scores: np.ndarray) -> np.ndarray:
    """Scores divided by their maximum (unchanged when the maximum is not positive)."""
    top = float(scores.max()) if scores.size else 0.0
    return scores / top if top > 0 else scores
