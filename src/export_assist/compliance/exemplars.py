"""Kind of goods by meaning: the nearest groups of example products (ja/en) to a product name."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from importlib import resources

import numpy as np
import yaml

from export_assist.retrieval.embeddings import Embedder, Vectors


@dataclass(frozen=True)
class ExemplarGroup:
    """Example product names that share the same categories."""

    categories: tuple[str, ...]
    names: tuple[str, ...]


@dataclass(frozen=True)
class KindMatch:
    """The closest group, its closest example and how sure the match is."""

    categories: tuple[str, ...]
    example: str
    similarity: float
    lead: float  # similarity ahead of the best group with other categories


def load_exemplars() -> list[ExemplarGroup]:
    """The packaged exemplar groups (compliance/data/product_exemplars.yaml)."""
    text = (
        resources.files("export_assist.compliance")
        .joinpath("data/product_exemplars.yaml")
        .read_text(encoding="utf-8")
    )
    return [
        ExemplarGroup(tuple(g["categories"]), tuple(str(n) for n in g["names"]))
        for g in yaml.safe_load(text)
    ]


class ExemplarClassifier:
    """Nearest-exemplar classification; abstains when the best group is not clearly ahead."""

    def __init__(
        self,
        embedder: Embedder,
        groups: list[ExemplarGroup] | None = None,
        threshold: float = 0.86,
        margin: float = 0.01,
    ) -> None:
        self._embedder = embedder
        self._groups = groups if groups is not None else load_exemplars()
        self._names = [n for g in self._groups for n in g.names]
        self._group_of = np.array([i for i, g in enumerate(self._groups) for _ in g.names])
        self._threshold = threshold
        self._margin = margin
        self._vectors: Vectors | None = None
        self._lock = threading.Lock()

    def _matrix(self) -> Vectors:
        with self._lock:
            if self._vectors is None:
                self._vectors = self._embedder.embed_passages(self._names)
            return self._vectors

    def warm(self) -> None:
        """Embed the exemplar names now (else the first checklist pays: 12 s under load
        where the embedding cache does not hold them yet)."""
        self._matrix()

    @property
    def ready(self) -> bool:
        """Whether the exemplar names are embedded."""
        return self._vectors is not None

    def nearest(self, text: str) -> KindMatch:
        """The best group for a product name, with its lead over the runner-up group."""
        query = np.asarray(self._embedder.embed_query(text), dtype=np.float32).reshape(-1)
        sims = np.asarray(self._matrix()) @ query
        best = np.full(len(self._groups), -1.0, dtype=np.float32)
        np.maximum.at(best, self._group_of, sims)
        order = np.argsort(-best)
        first = int(order[0])
        others = [
            float(best[i])
            for i in order[1:]
            if self._groups[i].categories != self._groups[first].categories
        ]
        members = np.flatnonzero(self._group_of == first)
        example = self._names[int(members[np.argmax(sims[members])])]
        top = float(best[first])
        return KindMatch(
            self._groups[first].categories, example, top, top - (others[0] if others else 0.0)
        )

    def classify(self, text: str) -> KindMatch | None:
        """The best group when it is close enough and clearly ahead, else None."""
        match = self.nearest(text)
        if match.similarity < self._threshold or match.lead < self._margin:
            return None
        return match
