"""The passage reranker: a small learned model that reorders hybrid search's best
candidates, on CPU, with no model download (the model file ships in the package).

bench/obliqa_rerank.py trains it (LightGBM lambdarank, ObliQA questions apart from the
reported ones) and writes retrieval/data/passage_ranker{,_dense}.{txt,json}."""

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

# the shipped models, <name>.txt (LightGBM) and <name>.json (features, pool, training)
LEXICAL_MODEL = "passage_ranker"
DENSE_MODEL = "passage_ranker_dense"

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


def pool_rows(
    ev: Evidence, pool: int, similarity: Similarity, expand: int = 0
) -> tuple[list[str], np.ndarray]:
    """The first `pool` fused candidates, plus the best by stemmed BM25 that fusion left
    lower, plus the chunks around the first `expand` (see `candidate_ids`), and their
    feature rows (training builds its rows with this too)."""
    lexical = ev.lexical
    stem = lexical.stemmed_scores(ev.query)
    ids = candidate_ids(ev, pool, stem, expand)
    cos, beside = _similarities(ev, ids, similarity)
    floor = min(cos.values(), default=0.0)
    fused_rank = {cid: r for r, (cid, _) in enumerate(ev.fused, start=1)}
    dense_rank = {cid: r for r, (cid, _) in enumerate(ev.dense, start=1)}
    cands = Candidates(
        positions=[lexical.position[cid] for cid in ids],
        dense=[cos.get(cid, floor) for cid in ids],
        fused_rank=[fused_rank.get(cid, len(ev.fused) + 1) for cid in ids],
        dense_rank=[dense_rank.get(cid, len(ev.dense) + 1) for cid in ids],
        neighbour_dense=[max((cos.get(b, floor) for b in nb), default=floor) for nb in beside],
    )
    view = IndexView(
        lexical.stems,
        lexical.idf,
        lexical.doc_ids,
        lexical.doc_vocab,
        lexical.texts,
        lexical.siblings,
    )
    return ids, feature_rows(stemmed(ev.query), ev.bm25, stem, cands, view, ev.query)


def candidate_ids(ev: Evidence, pool: int, stem: np.ndarray, expand: int) -> list[str]:
    """The pool: fused candidates, the best by stemmed BM25, then the chunks two places
    either side of the first `expand` fused ones and their siblings (same parent section),
    where the rest of a many-passage answer sits. Filters hold for all of them."""
    lexical = ev.lexical
    ids = [cid for cid, _ in ev.fused[:pool] if cid in lexical.position]
    taken = set(ids)
    extra = [cid for cid, _ in lexical.best(stem, pool // 2, ev.mask)]
    size = len(lexical.ids)
    for cid in ids[:expand]:
        p = lexical.position[cid]
        near = (q for q in range(p - 2, p + 3) if 0 <= q < size)
        around = [q for q in near if lexical.doc_ids[q] == lexical.doc_ids[p]]
        around += lexical.siblings[p].tolist()
        extra += [lexical.ids[q] for q in around if ev.mask is None or ev.mask[q] > 0]
    for cid in extra:
        if cid not in taken:
            ids.append(cid)
            taken.add(cid)
    return ids


def _similarities(
    ev: Evidence, ids: list[str], similarity: Similarity
) -> tuple[dict[str, float], list[list[str]]]:
    """Cosine of the query to the candidates and to the chunks beside each (same
    document), fetched in one call for those the dense list did not score."""
    lexical = ev.lexical
    size = len(lexical.ids)
    beside = []
    for cid in ids:
        p, doc = lexical.position[cid], lexical.doc_ids[lexical.position[cid]]
        near = (q for q in (p - 1, p + 1) if 0 <= q < size and lexical.doc_ids[q] == doc)
        beside.append([lexical.ids[q] for q in near])
    cos = dict(ev.dense)
    if ev.dense:
        wanted = {cid for cid in ids if cid not in cos}
        wanted |= {b for nb in beside for b in nb if b not in cos}
        if wanted:
            cos.update(similarity(sorted(wanted)))
    return cos, beside


def packaged_model(kind: str = LEXICAL_MODEL) -> tuple[str, dict[str, Any]]:
    """A shipped model's text and metadata (features, pool size, training facts)."""
    data = resources.files("export_assist.retrieval").joinpath("data")
    text = data.joinpath(f"{kind}.txt").read_text(encoding="utf-8")
    return text, json.loads(data.joinpath(f"{kind}.json").read_text(encoding="utf-8"))


class RankingModel:
    """One LightGBM model and the feature columns it reads."""

    def __init__(self, model: tuple[str, dict[str, Any]]) -> None:
        import lightgbm  # the one module that runs these models (needs libgomp)

        text, meta = model
        names = list(meta.get("features", []))
        if not names or any(n not in FEATURES for n in names):
            raise ValueError("the passage ranker was trained on other features: retrain it")
        self._columns = [FEATURES.index(n) for n in names]  # a model may use a subset
        self._booster = lightgbm.Booster(model_str=text)
        self.pool = int(meta.get("pool", 50))
        self.expand = int(meta.get("expand", 0))
        self.needs_dense = any(n in names for n in DENSE)
        self.meta = meta

    def score(self, rows: np.ndarray) -> np.ndarray:
        """The model's score of each row (higher: more likely to answer)."""
        if rows.shape[0] == 0:
            return np.zeros(0)
        # one thread: a query scores ~150 rows; OpenMP threads only fight over 2 cores
        scores = self._booster.predict(rows[:, self._columns], num_threads=1)
        return np.asarray(scores, dtype=np.float64)


class PassageReranker:
    """Reorders candidates with the shipped models: the one with embedding features where
    the search has a dense list (hybrid), the lexical one where it has none (BM25)."""

    def __init__(
        self,
        model: tuple[str, dict[str, Any]] | None = None,
        dense: tuple[str, dict[str, Any]] | None = None,
    ) -> None:
        self.lexical = RankingModel(model or packaged_model())
        if dense is None and model is None:
            dense = _shipped(DENSE_MODEL)
        self.dense = RankingModel(dense) if dense else None
        self.pool = max(self.lexical.pool, self.dense.pool if self.dense else 0)
        self.meta = self.lexical.meta

    def model_for(self, ev: Evidence) -> RankingModel:
        """The dense model for hybrid evidence, else the lexical one."""
        if ev.dense and self.dense is not None:
            return self.dense
        if self.lexical.needs_dense:
            raise ValueError("the lexical passage ranker reads dense features: retrain it")
        return self.lexical

    def rerank(self, ev: Evidence, similarity: Similarity) -> list[tuple[str, float]]:
        """The pool reordered by the model, then the rest of the fused list as it was."""
        model = self.model_for(ev)
        # a model without dense features needs no vectors fetched from the store
        sim = similarity if model.needs_dense else _none
        ids, rows = pool_rows(ev, model.pool, sim, model.expand)
        scores = model.score(rows)
        order = np.argsort(-scores, kind="stable")
        # scores become 0..1 (logistic) so callers can still compare them
        head = [(ids[i], float(1.0 / (1.0 + np.exp(-scores[i])))) for i in order]
        seen = set(ids)
        return head + [(cid, 0.0) for cid, _ in ev.fused if cid not in seen]


def _shipped(kind: str) -> tuple[str, dict[str, Any]] | None:
    """A shipped model, or None where the package has none of that kind."""
    data = resources.files("export_assist.retrieval").joinpath("data")
    return packaged_model(kind) if data.joinpath(f"{kind}.txt").is_file() else None


def _none(ids: Sequence[str]) -> dict[str, float]:
    return {}


def load_reranker() -> PassageReranker | None:
    """The shipped reranker, or None (logged) where LightGBM or its libgomp is missing."""
    try:
        return PassageReranker()
    except (ImportError, OSError) as exc:
        log.warning("passage reranker off: LightGBM could not load (%s)", exc)
        return None
