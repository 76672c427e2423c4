"""Buyer matching on real data (Canadian tenders): profiles from items before a cut-off
date, queries from later items (description + GSIN code), rank all buyers; hit@1,
hit@10 and MRR of the true buyer for the matcher and three baselines in the same run.

The matcher is the API's ShortlistService over a directory filled by the tenders
import adapter; nothing here re-implements its scoring.
"""

from __future__ import annotations

import datetime as dt
import statistics
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

import numpy as np

from export_assist.evaluation.metrics import HitAtK, RankingMetric, ReciprocalRank
from export_assist.matching.adapters import (
    TENDERS_SOURCE,
    TenderItem,
    load_with_trades,
    tender_buyers,
)
from export_assist.matching.directory import name_key
from export_assist.matching.models import ProductSpec, ShortlistQuery
from export_assist.matching.service import ShortlistService
from export_assist.retrieval.bm25 import Bm25

Ranker = Callable[[TenderItem], list[str]]


@dataclass
class MatchingRun:
    """Aggregate metrics of one ranker (the `mode` column of the report)."""

    mode: str
    n: int
    metrics: dict[str, float]
    latency_ms_p50: float = 0.0
    per_example: list[float] = field(default_factory=list, repr=False)


def split(
    items: Sequence[TenderItem], cutoff: dt.date
) -> tuple[list[TenderItem], list[TenderItem]]:
    """Train items before the cut-off; test items on/after it whose buyer has a profile."""
    train = [i for i in items if i.date < cutoff]
    known = {i.buyer for i in train}
    test = [i for i in items if i.date >= cutoff and i.buyer in known]
    return train, test


def canonical_buyers(items: Sequence[TenderItem]) -> list[TenderItem]:
    """One spelling per buyer ("TRANSPORT CANADA" is "Transport Canada"), as the directory
    de-duplicates them: the truth and every ranker then name buyers the same way."""
    spelling: dict[str, str] = {}
    for item in items:
        spelling.setdefault(name_key(item.buyer), item.buyer)
    return [replace(i, buyer=spelling[name_key(i.buyer)]) for i in items]


def popularity_ranker(train: Sequence[TenderItem]) -> tuple[Ranker, list[str]]:
    """Buyers by number of past items (the same list for every query)."""
    order = [b for b, _ in Counter(i.buyer for i in train).most_common()]
    return (lambda _item: order), order


def code_ranker(train: Sequence[TenderItem], popular: list[str]) -> Ranker:
    """Buyers who already bought this exact code (most often first), then by popularity."""
    by_code: dict[str, Counter[str]] = defaultdict(Counter)
    for i in train:
        by_code[i.gsin][i.buyer] += 1

    def rank(item: TenderItem) -> list[str]:
        bought = [b for b, _ in by_code.get(item.gsin, Counter()).most_common()]
        return bought + [b for b in popular if b not in set(bought)]

    return rank


def bm25_ranker(train: Sequence[TenderItem], popular: list[str]) -> Ranker:
    """BM25 (the project's Bm25 adapter) over each buyer's past item texts."""
    texts: dict[str, list[str]] = defaultdict(list)
    for i in train:
        texts[i.buyer].append(i.item_desc)
    names = sorted(texts)
    index = Bm25([" ".join(texts[n]) for n in names])
    rank_of = {b: r for r, b in enumerate(popular)}

    def rank(item: TenderItem) -> list[str]:
        scores = index.scores(item.item_desc)
        order = sorted(range(len(names)), key=lambda j: (-scores[j], rank_of.get(names[j], 10**9)))
        return [names[j] for j in order]

    return rank


def matcher_ranker(service: ShortlistService, train: Sequence[TenderItem]) -> Ranker:
    """The API's matcher over a directory built from the training items."""
    buyers, trades = tender_buyers(train)
    ids = load_with_trades(service.directory, buyers, trades, TENDERS_SOURCE)
    names = {v: k for k, v in ids.items()}
    service.index()  # embeds every interest once (cached by content hash)

    def rank(item: TenderItem) -> list[str]:
        query = ShortlistQuery(
            product=ProductSpec(code=item.gsin, description=item.item_desc),
            markets=["CA"],
            code_scheme="gsin",
            view="advisor",
        )
        shortlist = service.rank(query, limit=len(ids), diversify=False)
        return [names[c.buyer.id] for c in shortlist.candidates]

    return rank


def score(mode: str, ranker: Ranker, test: Sequence[TenderItem]) -> MatchingRun:
    """Run one ranker over the test items."""
    metrics: list[RankingMetric] = [HitAtK(1), HitAtK(10), ReciprocalRank()]
    values: dict[str, list[float]] = {m.name: [] for m in metrics}
    times: list[float] = []
    for item in test:
        started = time.perf_counter()
        ranked = ranker(item)
        times.append((time.perf_counter() - started) * 1000)
        for m in metrics:
            values[m.name].append(m.score(ranked, {item.buyer}).value)
    return MatchingRun(
        mode=mode,
        n=len(test),
        metrics={k: round(float(np.mean(v)), 4) if v else 0.0 for k, v in values.items()},
        latency_ms_p50=round(statistics.median(times), 2) if times else 0.0,
        per_example=values["mrr"],
    )


def evaluate_tenders(
    service: ShortlistService,
    items: Sequence[TenderItem],
    cutoff: dt.date,
    max_queries: int | None = None,
) -> list[MatchingRun]:
    """The matcher and the three baselines on the same split, same queries."""
    train, test = split(canonical_buyers(items), cutoff)
    test = test[:max_queries] if max_queries else test
    rank_popular, popular = popularity_ranker(train)
    runs = [
        score("matcher", matcher_ranker(service, train), test),
        score("baseline: popularity", rank_popular, test),
        score("baseline: bought this code", code_ranker(train, popular), test),
        score("baseline: BM25 item texts", bm25_ranker(train, popular), test),
    ]
    return runs
