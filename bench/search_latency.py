"""Search latency on a >= 10,000-chunk index, next to its floor measured in the same run.

The index is the ObliQA collection built by `python -m bench.obliqa` (13,732 passages).
For each query: the full hybrid search the API runs (query embedding, Chroma, BM25,
fusion, citations) and its floor = query embedding time + raw Chroma query time.

    python -m bench.search_latency [--queries 200] [--seed 7]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time

from bench.common import bench_settings, percentile, require_shared, write_result
from export_assist.container import Container
from export_assist.retrieval.search import HybridSearcher


def main() -> None:
    """Time full searches and their floor, interleaved, for the same queries."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    root = require_shared("obliqa")
    container = Container(bench_settings("obliqa"))
    store = container.store("obliqa")
    if store.count() < 10_000:
        sys.exit("the ObliQA index is not built: run `python -m bench.obliqa` first")
    searcher = HybridSearcher(store, container.embedder, container.settings.search)
    t0 = time.perf_counter()
    searcher.lexical_index()
    lexical_build_s = time.perf_counter() - t0
    questions = [q["Question"] for q in json.loads((root / "ObliQA_dev.json").read_text())]
    random.Random(args.seed).shuffle(questions)
    queries = questions[: args.queries]
    for q in queries[:5]:  # warm-up: model pages, HNSW index load
        searcher.search(q)
    full: list[float] = []
    floor: list[float] = []
    embed: list[float] = []
    n = container.settings.search.candidates
    for q in queries:
        t0 = time.perf_counter()
        searcher.search(q)
        full.append((time.perf_counter() - t0) * 1000)
        t0 = time.perf_counter()
        vector = container.raw_embedder.embed_query(q)
        t1 = time.perf_counter()
        store.query(vector, n, None)
        t2 = time.perf_counter()
        embed.append((t1 - t0) * 1000)
        floor.append((t2 - t0) * 1000)
    figures = {
        "chunks": store.count(),
        "queries": len(queries),
        "lexical_index_build_s": round(lexical_build_s, 2),
        "search_p50_ms": round(percentile(full, 50), 1),
        "search_p95_ms": round(percentile(full, 95), 1),
        "floor_p50_ms": round(percentile(floor, 50), 1),
        "floor_p95_ms": round(percentile(floor, 95), 1),
        "embed_p50_ms": round(percentile(embed, 50), 1),
    }
    figures["p50_over_floor"] = round(figures["search_p50_ms"] / figures["floor_p50_ms"], 3)
    print("| measure | p50 ms | p95 ms |\n|---|---|---|")
    print(f"| hybrid search (full) | {figures['search_p50_ms']} | {figures['search_p95_ms']} |")
    print(
        f"| floor: query embedding + raw Chroma query | {figures['floor_p50_ms']} | "
        f"{figures['floor_p95_ms']} |"
    )
    print(f"p50 / floor = {figures['p50_over_floor']} (goal <= 1.5) on {figures['chunks']} chunks")
    write_result("search_latency", figures)
    container.close()


if __name__ == "__main__":
    main()
