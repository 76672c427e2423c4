"""Training data and a listwise fit for the learned buyer ranker, on real tenders.

Periods (dates of tender items; README of buyandsell-tenders): each query is an item,
its candidates every buyer with a profile from items *before* the period starts, its
label the buyer that really bought it. Training and tuning periods lie strictly before
the later period the ranker is reported on, so no figure of that period was seen.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from export_assist.matching.adapters import TenderItem, tender_buyers
from export_assist.matching.history import TradeCounts
from export_assist.matching.index import BuyerIndex
from export_assist.matching.learned import LearnedRanker
from export_assist.matching.models import BuyerPublic, ProductSpec, ShortlistQuery
from export_assist.matching.ranker_features import FEATURES, LEARNED, PRIOR
from export_assist.matching.service import ShortlistService


@dataclass(frozen=True)
class Period:
    """Queries dated start <= date < end, ranked against profiles from before start."""

    name: str
    start: dt.date
    end: dt.date


@dataclass
class QuerySet:
    """Per query: the candidates' signal matrix and the position of the true buyer."""

    x: list[np.ndarray]
    truth: list[int]


def tender_index(history: Sequence[TenderItem], service: ShortlistService) -> BuyerIndex:
    """The matcher's index over buyers profiled from the history items (in memory)."""
    buyers, trades = tender_buyers(history)
    now = dt.datetime(2000, 1, 1)
    public = [BuyerPublic(**b.model_dump(), id=n, updated_at=now) for n, b in enumerate(buyers, 1)]
    counts: dict[int, TradeCounts] = {}
    for buyer in public:
        c = counts.setdefault(buyer.id, TradeCounts())
        for rec in trades[buyer.name]:
            c[rec.code] += 1
            if rec.date and (rec.code not in c.last or rec.date > c.last[rec.code]):
                c.last[rec.code] = rec.date
    return BuyerIndex(public, counts, service.embedder)


def query_of(item: TenderItem) -> ShortlistQuery:
    """The shortlist request an item stands for (as the evaluation asks it)."""
    return ShortlistQuery(
        product=ProductSpec(code=item.gsin, description=item.item_desc),
        markets=["CA"],
        code_scheme="gsin",
        view="advisor",
    )


def query_set(items: Sequence[TenderItem], period: Period, service: ShortlistService) -> QuerySet:
    """Signal matrices for the period's items whose buyer has a profile before it."""
    history = [i for i in items if i.date < period.start]
    index = tender_index(history, service)
    position = {b.name: n for n, b in enumerate(index.buyers)}
    out = QuerySet([], [])
    for item in items:
        if not period.start <= item.date < period.end or item.buyer not in position:
            continue
        query = query_of(item)
        arrays = service.product_arrays(index, query)
        rows, _ = service.signal_rows(index, query, arrays, list(range(len(index))), ["CA"])
        out.x.append(np.vstack([sig.vector for _, (_, sig) in rows]))
        out.truth.append(position[item.buyer])
    return out


def fit_listwise(data: QuerySet, l2: float, steps: int = 600, lr: float = 0.05) -> np.ndarray:
    """Weights of the learned features by softmax cross-entropy over each query's buyers."""
    cols = [FEATURES.index(f) for f in LEARNED]
    xs = [x[:, cols].astype(np.float64) for x in data.x]
    w = np.zeros(len(cols))
    m, v = np.zeros_like(w), np.zeros_like(w)
    for t in range(1, steps + 1):
        grad = l2 * w
        for x, y in zip(xs, data.truth, strict=True):
            z = x @ w
            p = np.exp(z - z.max())
            p /= p.sum()
            grad += (p @ x - x[y]) / len(xs)
        m = 0.9 * m + 0.1 * grad  # Adam: a few hundred full-batch steps converge
        v = 0.999 * v + 0.001 * grad**2
        w -= lr * (m / (1 - 0.9**t)) / (np.sqrt(v / (1 - 0.999**t)) + 1e-8)
    return w


def assemble(learned: np.ndarray, data: QuerySet, prior_weights: dict[str, float]) -> LearnedRanker:
    """The full model: learned weights, prior features scaled to the learned product fit."""
    # Product fit spans (semantic + lexical + code) in logit units what the configured
    # `product` weight spans in the weighted score; priors keep that proportion.
    span = sum(max(0.0, learned[LEARNED.index(f)]) for f in ("semantic", "lexical", "code"))
    scale = span / prior_weights["product"] if prior_weights["product"] else 0.0
    weights = np.concatenate([learned, [scale * prior_weights[f] for f in PRIOR]])
    stacked = np.vstack(data.x).astype(np.float64)
    mean = stacked.mean(axis=0)
    mean[len(LEARNED) :] = 0.5  # a prior feature contributes against "unknown" (neutral)
    # Display scale: the best buyer of a training query shows about 0.9 on average.
    best = float(np.mean([float(((x - mean) @ weights).max()) for x in data.x]))
    meta = {"prior_scale": round(scale, 4), "queries": len(data.x)}
    return LearnedRanker(weights, mean, max(best, 1e-6) / float(np.log(9.0)), meta)


def mrr(learned: np.ndarray, data: QuerySet) -> float:
    """Mean reciprocal rank of the true buyer under learned weights (ties count against it)."""
    cols = [FEATURES.index(f) for f in LEARNED]
    ranks = []
    for x, y in zip(data.x, data.truth, strict=True):
        z = x[:, cols].astype(np.float64) @ learned
        ranks.append(1.0 / (1 + int((z >= z[y]).sum()) - 1))
    return float(np.mean(ranks)) if ranks else 0.0
