"""Shortlist latency over a 10,000-buyer directory, next to its floor in the same run.

The directory is the FICTITIOUS sample generator at 10,000 buyers (seeded). For each
query: the full POST /v1/shortlists work (query embedding, candidate generation,
scoring with explanations, screening, diversity) and its floor = the query embedding
alone; plus code-only queries (no description, so no embedding).

    python -m bench.shortlist_latency [--buyers 10000] [--queries 200] [--seed 7]
"""

from __future__ import annotations

import argparse
import json
import random
import time

from bench.common import bench_settings, percentile, write_result
from export_assist.container import Container
from export_assist.matching.models import ShortlistQuery
from export_assist.matching.sample import DATA, generate
from export_assist.matching.scope import PUBLIC

MARKETS = ["US", "CN", "KR", "TW", "HK", "SG", "TH", "VN", "AU", "DE", "GB", "FR"]
MODIFIERS = ["", "premium ", "organic ", "bulk ", "gift-boxed ", "export-grade "]
CERTS = ["HACCP", "ISO 22000", "ISO 9001", "CE", "organic", "halal", "JAS"]


def queries(n: int, seed: int) -> list[dict[str, object]]:
    """Random, realistic shortlist requests over the sample catalogue."""
    rng = random.Random(seed)
    catalogue = json.loads((DATA / "sample_products.json").read_text())["categories"]
    products = [p for c in catalogue.values() for p in c["products"]]
    out = []
    for _ in range(n):
        code, en, ja = rng.choice(products)
        text = rng.choice(
            [rng.choice(MODIFIERS) + en, ja, f"{rng.choice(MODIFIERS)}{en} from Japan"]
        )
        out.append(
            {
                "product": {"code": code[: rng.choice([4, 6])], "description": text},
                "markets": rng.sample(MARKETS, rng.choice([1, 2, 3])),
                "profile": {
                    "certifications": rng.sample(CERTS, rng.choice([0, 1, 2, 3])),
                    "minimum_order_usd": rng.choice([None, 1000, 5000, 20000]),
                    "languages": ["ja", "en"],
                },
                "limit": 10,
            }
        )
    return out


def ensure_directory(container: Container, size: int, seed: int) -> float:
    """Fill the benchmark's directory with `size` sample buyers; seconds spent (0 if kept)."""
    directory = container.buyer_directory
    if directory.count() == size:
        return 0.0
    if directory.count():
        raise SystemExit("bench/.data/shortlist holds another directory: delete it and re-run")
    t0 = time.perf_counter()
    directory.bulk_insert(generate(size, seed), owner=PUBLIC)
    return time.perf_counter() - t0


def stats(values: list[float]) -> dict[str, float]:
    """p50/p95/max in ms."""
    return {
        "p50": round(percentile(values, 50), 2),
        "p95": round(percentile(values, 95), 2),
        "max": round(max(values), 2),
    }


def main() -> None:
    """Build the index, then time full shortlists, their floor and code-only requests."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--buyers", type=int, default=10_000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    settings = bench_settings("shortlist")
    settings.matching.seed_sample_directory = False
    container = Container(settings)
    insert_s = ensure_directory(container, args.buyers, args.seed)
    service = container.shortlists
    t0 = time.perf_counter()
    index = service.index()
    index_s = time.perf_counter() - t0
    requests = [ShortlistQuery.model_validate(q) for q in queries(args.queries, args.seed)]
    for q in requests[:5]:  # warm-up
        service.rank(q)
    full, floor, code_only, considered = [], [], [], []
    for q in requests:
        t0 = time.perf_counter()
        result = service.rank(q)
        full.append((time.perf_counter() - t0) * 1000)
        considered.append(result.considered)
        t0 = time.perf_counter()
        container.raw_embedder.embed_query(q.product.description)
        floor.append((time.perf_counter() - t0) * 1000)
        bare = q.model_copy(update={"product": q.product.model_copy(update={"description": ""})})
        t0 = time.perf_counter()
        service.rank(bare)
        code_only.append((time.perf_counter() - t0) * 1000)
    payload = {
        "buyers": len(index),
        "interest_phrases": len(index.phrase_texts),
        "queries": len(requests),
        "seed_insert_s": round(insert_s, 2),
        "index_build_s": round(index_s, 2),
        "mean_candidates_considered": round(sum(considered) / len(considered), 1),
        "shortlist_ms": stats(full),
        "floor_query_embedding_ms": stats(floor),
        "code_only_shortlist_ms": stats(code_only),
        "goal_p95_ms": 200,
    }
    path = write_result("shortlist_latency", payload)
    print(f"| {len(index):,} buyers, {len(requests)} queries | p50 ms | p95 ms | max ms |")
    print("|---|---|---|---|")
    for label, key in (
        ("shortlist (full)", "shortlist_ms"),
        ("floor: query embedding", "floor_query_embedding_ms"),
        ("shortlist, code only (no embedding)", "code_only_shortlist_ms"),
    ):
        s = payload[key]
        print(f"| {label} | {s['p50']} | {s['p95']} | {s['max']} |")  # type: ignore[index]
    print(f"\nindex build {index_s:.1f} s; results: {path}")
    container.close()


if __name__ == "__main__":
    main()
