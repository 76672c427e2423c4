"""Retrieval evaluation: run each question through search, score the ranking."""

from __future__ import annotations

import statistics
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from export_assist.domain.citations import SearchFilters
from export_assist.evaluation.datasets import RetrievalExample
from export_assist.evaluation.metrics import RankingMetric, dedupe, default_ranking_metrics
from export_assist.retrieval.search import HybridSearcher, Mode


@dataclass
class RetrievalRun:
    """Aggregate figures and per-example scores of one retrieval run."""

    mode: str
    level: str
    n: int
    metrics: dict[str, float]
    per_example: list[dict[str, Any]] = field(default_factory=list)
    latency_ms_p50: float = 0.0
    latency_ms_p95: float = 0.0


def evaluate_retrieval(
    searcher: HybridSearcher,
    examples: Sequence[RetrievalExample],
    mode: Mode = "hybrid",
    k: int = 10,
    use_country_filter: bool = True,
    metrics: Sequence[RankingMetric] | None = None,
) -> RetrievalRun:
    """Score searcher rankings; document level when gold docs are given, else passage."""
    metrics = list(metrics or default_ranking_metrics())
    level = "document" if any(e.gold_doc_ids for e in examples) else "passage"
    totals: dict[str, list[float]] = {m.name: [] for m in metrics}
    per_example: list[dict[str, Any]] = []
    latencies: list[float] = []
    for example in examples:
        filters = SearchFilters(country=example.country) if use_country_filter else None
        started = time.perf_counter()
        hits = searcher.search(
            example.question, filters, top_k=k * 3 if level == "document" else k, mode=mode
        )
        latencies.append((time.perf_counter() - started) * 1000)
        if level == "document":
            ranked = dedupe([h.citation.doc_id for h in hits])[:k]
            relevant = set(example.gold_doc_ids)
        else:
            ranked = [h.chunk_id for h in hits][:k]
            relevant = set(example.gold_chunk_ids)
        row: dict[str, Any] = {"id": example.id, "ranked": ranked[:5]}
        for metric in metrics:
            s = metric.score(ranked, relevant)
            totals[metric.name].append(s.value)
            row[metric.name] = round(s.value, 4)
        per_example.append(row)
    return RetrievalRun(
        mode=mode,
        level=level,
        n=len(examples),
        metrics={name: round(statistics.fmean(v), 4) if v else 0.0 for name, v in totals.items()},
        per_example=per_example,
        latency_ms_p50=round(statistics.median(latencies), 2) if latencies else 0.0,
        latency_ms_p95=round(float(np.percentile(latencies, 95)), 2) if latencies else 0.0,
    )
