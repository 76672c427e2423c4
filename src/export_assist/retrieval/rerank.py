"""The passage reranker: a small learned model that reorders hybrid search's best
candidates, on CPU, with no model download (the model file ships in the package).

bench/obliqa_rerank.py trains it (LightGBM lambdarank, ObliQA questions apart from the
reported ones) and writes retrieval/data/passage_ranker.{txt,json}."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any

import numpy as np

from export_assist.retrieval.lexical import LexicalIndex
from export_assist.retrieval.rerank_features import (
    DENSE,
    FEATURES,
    Candidates,
    IndexView,
    feature_rows,
)
from export_assist.retrieval.tokenize import stemmed

log = logging.getLogger(__name__)

MODEL_FILE = "passage_ranker.txt"
META_FILE = "passage_ranker.json"

# cosine similarity of the query to chunks by id (those the dense list did not return)
Similarity = Callable[[Sequence[str]], dict[str, float]]


@dataclass(frozen=True)
class Evidence:
    """What hybrid search found for one query, before the reranker sees it."""

    query: str
    fused: list[tuple[str, float]]  # RRF order, best first
    dense: list[tuple[str, float]]  # (chunk id, cosine), best first
    bm25: np.ndarray  # BM25 of every chunk, in index order
    lexical: LexicalIndex
    mask: np.ndarray | None = None  # the search's filters as a 0/1 weight per chunk


def pool_rows(ev: Evidence, pool: int, similarity: Similarity) -> tuple[list[str], np.ndarray]:
    """The first `pool` fused candidates, plus the best by stemmed BM25 that fusion left
    lower, and their feature rows (training builds its rows with this too)."""
    lexical = ev.lexical
    stem = lexical.stemmed_scores(ev.query)
    fused_rank = {cid: r for r, (cid, _) in enumerate(ev.fused, start=1)}
    ids = [cid for cid, _ in ev.fused[:pool] if cid in lexical.position]
    taken = set(ids)
    ids += [cid for cid, _ in lexical.best(stem, pool // 2, ev.mask) if cid not in taken]
    cos = dict(ev.dense)
    missing = [cid for cid in ids if cid not in cos]
    if missing and ev.dense:
        cos.update(similarity(missing))
    floor = min(cos.values(), default=0.0)
    cands = Candidates(
        positions=[lexical.position[cid] for cid in ids],
        dense=[cos.get(cid, floor) for cid in ids],
        fused_rank=[fused_rank.get(cid, len(ev.fused) + 1) for cid in ids],
    )
    view = IndexView(lexical.stems, lexical.idf, lexical.doc_ids, lexical.doc_vocab)
    return ids, feature_rows(stemmed(ev.query), ev.bm25, stem, cands, view)


def packaged_model() -> tuple[str, dict[str, Any]]:
    """The shipped model text and its metadata (features, pool size, training facts)."""
    data = resources.files("export_assist.retrieval").joinpath("data")
    text = data.joinpath(MODEL_FILE).read_text(encoding="utf-8")
    return text, json.loads(data.joinpath(META_FILE).read_text(encoding="utf-8"))


class PassageReranker:
    """Scores candidate passages with the shipped LightGBM model."""

    def __init__(self, model: tuple[str, dict[str, Any]] | None = None) -> None:
        import lightgbm  # the one module that runs this model (needs libgomp)

        text, meta = model or packaged_model()
        names = list(meta.get("features", []))
        if not names or any(n not in FEATURES for n in names):
            raise ValueError("the passage ranker was trained on other features: retrain it")
        self._columns = [FEATURES.index(n) for n in names]  # a model may use a subset
        self._booster = lightgbm.Booster(model_str=text)
        self.pool = int(meta.get("pool", 50))
        self.needs_dense = any(n in names for n in DENSE)
        self.meta = meta

    def score(self, rows: np.ndarray) -> np.ndarray:
        """The model's score of each row (higher: more likely to answer)."""
        if rows.shape[0] == 0:
            return np.zeros(0)
        # one thread: a query scores ~150 rows; OpenMP threads only fight over 2 cores
        scores = self._booster.predict(rows[:, self._columns], num_threads=1)
        return np.asarray(scores, dtype=np.float64)

    def rerank(self, ev: Evidence, similarity: Similarity) -> list[tuple[str, float]]:
        """The pool reordered by the model, then the rest of the fused list as it was."""
        # a model without dense features needs no vectors fetched from the store
        ids, rows = pool_rows(ev, self.pool, similarity if self.needs_dense else _none)
        scores = self.score(rows)
        order = np.argsort(-scores, kind="stable")
        # scores become 0..1 (logistic) so callers can still compare them
        head = [(ids[i], float(1.0 / (1.0 + np.exp(-scores[i])))) for i in order]
        seen = set(ids)
        return head + [(cid, 0.0) for cid, _ in ev.fused if cid not in seen]


def _none(ids: Sequence[str]) -> dict[str, float]:
    return {}


def load_reranker() -> PassageReranker | None:
    """The shipped reranker, or None (logged) where LightGBM or its libgomp is missing."""
    try:
        return PassageReranker()
    except (ImportError, OSError) as exc:
        log.warning("passage reranker off: LightGBM could not load (%s)", exc)
        return None
