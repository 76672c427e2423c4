"""Fakes at the profile builder's two edges: a fixed HS suggester and an embedder under
which one name is nearest to one example product."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from export_assist.compliance.exemplars import load_exemplars
from export_assist.domain.hs import HsSuggestion
from export_assist.retrieval.embeddings import Vectors


class Codes:
    """A fixed HS suggester (the edge the profile builder talks to)."""

    def __init__(self, code: str, coverage: float, *more: str) -> None:
        self._s = [
            HsSuggestion(code=c, description="-", score=1.0, reason="-", coverage=coverage)
            for c in (code, *more)
        ]

    def suggest(self, text: str, k: int = 5) -> list[HsSuggestion]:
        return self._s[:k]


class Nearest:
    """An embedder under which one name is nearest to one example product (one-hot vectors)."""

    def __init__(self, example: str) -> None:
        self._example = example
        self._names = [n for g in load_exemplars() for n in g.names]

    @property
    def model_id(self) -> str:
        return "one-hot"

    def _vector(self, name: str) -> Vectors:
        v = np.zeros(len(self._names), dtype=np.float32)
        v[self._names.index(name)] = 1.0
        return v

    def embed_passages(self, texts: Sequence[str]) -> Vectors:
        return np.vstack([self._vector(t) for t in texts])

    def embed_query(self, text: str) -> Vectors:
        return self._vector(self._example)
