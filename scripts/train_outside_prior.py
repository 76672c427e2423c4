"""Fit the outside-the-corpus prior (answering/data/outside_prior.json, session 36): the last
turn of every QA v2 tuning case (held-apart and unseen sets are never read: eval/handoff_sets),
labelled by whether the case expects a hand-off, embedded with the project's embedder, and a
logistic regression (scikit-learn, a dev dependency: the shipped weights need only numpy).

Reported on out-of-fold predictions, folds by writer pool (the id prefix, `qa32-…`): a pool's
questions are never scored by a model that saw its others. The threshold is the out-of-fold
probability `--threshold` (0.8, chosen in session 36 with the engine's coverage bar, see
docs/benchmarks.md), or with --rate the one only that share of in-coverage questions reach; the
weights written are fitted on every tuning case.

    PYTHONPATH=src python scripts/train_outside_prior.py [--threshold 0.8 | --rate 0.01] [--c 3]
        [--dry-run] [--oof /tmp/outside-oof.json]
        [--cache /tmp/outside-prior-vectors.npz] [--exclude test32,escalation_dev30]

--oof writes each case's out-of-fold probability (with its set) for eval/outside_gate.py, which
measures what the hand-off gate gains and costs in the whole chat.

Embedding the ~2,700 questions takes about 6 min on a quiet core; --cache keeps the vectors
(by text) for the next run.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from datetime import date
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import GroupKFold

from export_assist.answering.outside_prior import WEIGHTS
from export_assist.container import Container
from export_assist.evaluation.datasets import load_jsonl
from export_assist.evaluation.qa_v2 import Case
from export_assist.settings import Settings

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "eval"))
from handoff_sets import ROOT, tuning_sets


def cases(excluded: set[str]) -> list[tuple[str, Case]]:
    """(set, case) for every tuning case."""
    return [
        (name, case)
        for name in tuning_sets()
        if name not in excluded
        for case in load_jsonl(ROOT / f"{name}.jsonl", Case)
    ]


def vectors(texts: list[str], cache: Path | None) -> tuple[np.ndarray, str]:
    """Unit question vectors (E5 query form), read from and added to the cache file."""
    embedder = Container(Settings()).embedder
    keys = [hashlib.sha256(f"{embedder.model_id}\n{t}".encode()).hexdigest() for t in texts]
    kept: dict[str, np.ndarray] = {}
    if cache is not None and cache.exists():
        with np.load(cache) as stored:
            kept = {k: stored[k] for k in stored.files}
    for i, (key, text) in enumerate(zip(keys, texts, strict=True)):
        if key not in kept:
            kept[key] = np.asarray(embedder.embed_query(text), dtype=np.float32).reshape(-1)
        if i % 250 == 0:
            print(f"  embedded {i}/{len(texts)}", file=sys.stderr)
    if cache is not None:
        np.savez(cache, **kept)
    return np.vstack([kept[k] for k in keys]), embedder.model_id


def out_of_fold(x: np.ndarray, y: np.ndarray, groups: np.ndarray, c: float) -> np.ndarray:
    """Each case's probability from a model fitted without its writer pool."""
    found = np.zeros(len(y))
    for fit, held in GroupKFold(n_splits=8).split(x, y, groups):
        model = fit_model(x[fit], y[fit], c)
        found[held] = model.predict_proba(x[held])[:, 1]
    return found


def fit_model(x: np.ndarray, y: np.ndarray, c: float) -> LogisticRegression:
    model = LogisticRegression(C=c, class_weight="balanced", max_iter=2000)
    return model.fit(x, y)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--threshold", type=float, default=0.8, help="hand-off probability")
    ap.add_argument("--rate", type=float, default=None, help="in-coverage share over threshold")
    ap.add_argument("--c", type=float, default=3.0, help="inverse L2 strength")
    ap.add_argument("--cache", type=Path, default=Path("/tmp/outside-prior-vectors.npz"))
    ap.add_argument("--exclude", default="", help="tuning sets to leave out (comma-separated)")
    ap.add_argument("--dry-run", action="store_true", help="report only, write no weights")
    ap.add_argument("--oof", type=Path, help="write the out-of-fold probabilities (JSON)")
    args = ap.parse_args()
    excluded = {s for s in args.exclude.split(",") if s}
    found = cases(excluded)
    texts = [case.turns[-1] for _, case in found]
    y = np.array([int(case.expect.escalate) for _, case in found])
    groups = np.array([case.id.split("-")[0] for _, case in found])
    x, model_id = vectors(texts, args.cache)
    oof = out_of_fold(x, y, groups, args.c)
    inside = np.sort(oof[y == 0])[::-1]
    threshold = float(inside[int(args.rate * len(inside))]) if args.rate else args.threshold
    over = oof >= threshold
    print(f"cases {len(y)} (outside {int(y.sum())}), pools {len(set(groups))}")
    print(f"out-of-fold AUC {roc_auc_score(y, oof):.3f}; threshold {threshold:.3f}")
    print(f"  outside questions over it {over[y == 1].mean():.3f}")
    print(f"  in-coverage questions over it {over[y == 0].mean():.3f}")
    kinds = Counter(case.kind for (_, case), o in zip(found, over, strict=True) if o)
    print("  over it by kind:", dict(sorted(kinds.items())))
    if args.oof:
        rows = {
            case.id: [name, round(float(p), 5)] for (name, case), p in zip(found, oof, strict=True)
        }
        args.oof.write_text(json.dumps(rows) + "\n", encoding="utf-8")
    if args.dry_run:
        return
    model = fit_model(x, y, args.c)
    WEIGHTS.write_text(
        json.dumps(
            {
                "model_id": model_id,
                "coef": [round(float(v), 6) for v in model.coef_[0]],
                "intercept": round(float(model.intercept_[0]), 6),
                "threshold": round(threshold, 4),
                "c": args.c,
                "rate": args.rate,
                "cases": len(y),
                "outside": int(y.sum()),
                "auc_out_of_fold": round(float(roc_auc_score(y, oof)), 4),
                "sets": sorted({name for name, _ in found}),
                "fitted": date.today().isoformat(),
            },
            indent=1,
        )
        + "\n",
        encoding="utf-8",
    )
    print(f"wrote {WEIGHTS}")


if __name__ == "__main__":
    main()
