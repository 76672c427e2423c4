"""Checklist latency without an LLM: p50/p95 per request, next to one plain hybrid search.

    python -m bench.checklist_latency [--n 60]

Uses the index in EXPORT_ASSIST_DATA_DIR (default ./data; run `export-assist ingest`
first). Each request starts cold: the query-embedding memory is cleared, so every
request pays its one product embedding. Writes bench/results/checklist_latency.json.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from pathlib import Path

from bench.common import write_result
from export_assist.compliance.schemas import ChecklistRequest
from export_assist.container import Container
from export_assist.domain.citations import SearchFilters
from export_assist.evaluation.checklist_eval import ChecklistCase
from export_assist.evaluation.datasets import load_jsonl
from export_assist.evaluation.metrics import percentile
from export_assist.retrieval.embedding_cache import CachedEmbedder
from export_assist.settings import Settings

CASES = Path("eval/datasets/checklist_cases.jsonl")


def _time(fn: object, rounds: list[float]) -> None:
    started = time.perf_counter()
    fn()  # type: ignore[operator]
    rounds.append((time.perf_counter() - started) * 1000)


def main() -> None:
    """Run the benchmark and print a Markdown table."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=60)
    args = parser.parse_args()
    container = Container(Settings())
    if container.store().count() == 0:
        raise SystemExit("the index is empty: run `export-assist ingest regulations` first")
    cases = load_jsonl(CASES, ChecklistCase)
    service, memo = container.checklists, container.embedder
    assert isinstance(memo, CachedEmbedder)  # the query memory is what this measures around
    service.build(ChecklistRequest(product="warm-up", destinations=["DE"]))  # load index, cards
    full: list[float] = []
    cards_only: list[float] = []
    search: list[float] = []
    for i in range(args.n):
        case = cases[i % len(cases)]
        request = ChecklistRequest(
            product=case.product,
            hs_code=case.hs_code,
            destinations=[case.destination],
            conditions=case.conditions,
        )
        memo.clear_queries()
        _time(lambda r=request: service.build(r), full)
        memo.clear_queries()
        lean = request.model_copy(update={"include_text_items": False})
        _time(lambda r=lean: service.build(r), cards_only)
        memo.clear_queries()
        query = case.product or f"HS {case.hs_code}"
        _time(
            lambda q=query, d=case.destination: container.searcher.search(
                q, SearchFilters(country=d), top_k=12
            ),
            search,
        )
    rows = {
        "checklist (cards + text items)": full,
        "checklist (cards only)": cards_only,
        "baseline: one hybrid search": search,
    }
    figures = {
        name: {"p50_ms": round(statistics.median(v), 1), "p95_ms": round(percentile(v, 95), 1)}
        for name, v in rows.items()
    }
    base = figures["baseline: one hybrid search"]["p95_ms"] or 1.0
    out = {
        "n": args.n,
        "cpus": os.cpu_count(),
        "figures": figures,
        "cards": len(container.card_library.cards),
        "chunks": container.store().count(),
    }
    write_result("checklist_latency", out)
    print(f"| run (n={args.n}, {os.cpu_count()} cpus) | p50 ms | p95 ms | p95 / search |")
    print("|---|---|---|---|")
    for name, f in figures.items():
        print(f"| {name} | {f['p50_ms']} | {f['p95_ms']} | {f['p95_ms'] / base:.2f} |")
    container.close()


if __name__ == "__main__":
    main()
