"""Train the HS ranker (LightGBM lambdarank) and its confidence calibration.

Training queries: the packaged CBP rulings (each ranked with itself left out of the
ruling evidence), the *tune* half of HSCodeComp dev, with --rulings-set (repeatable) the
tune products of a rulings set whose held half is still held (cases15.jsonl) and with
--retired-set every product of a set whose held half was retired into tuning
(cases.jsonl since session 7, cases2.jsonl since session 8, cases3.jsonl since session 9,
cases4.jsonl since session 10, cases5.jsonl since session 11, cases6.jsonl since session 12, cases7.jsonl since session 13, cases8.jsonl since session 14, cases9.jsonl since session 15, cases10.jsonl since session 16, cases11.jsonl since session 17, cases12.jsonl since session 18, cases13.jsonl since session 19, cases14.jsonl since session 20; any other set is refused); held-apart products are never used here. Five folds over the
tune products give out-of-fold scores: the tune figures printed and the isotonic
calibration come from those, the shipped model from all data.

    EXPORT_ASSIST_DATA_DIR=data nice -n 10 python scripts/train_hs_ranker.py --no-dense \
        --retired-set eval/datasets/hs_rulings/cases.jsonl \
        --retired-set eval/datasets/hs_rulings/cases2.jsonl \
        --retired-set eval/datasets/hs_rulings/cases3.jsonl \
        --retired-set eval/datasets/hs_rulings/cases4.jsonl \
        --retired-set eval/datasets/hs_rulings/cases5.jsonl \
        --retired-set eval/datasets/hs_rulings/cases6.jsonl \
        --retired-set eval/datasets/hs_rulings/cases7.jsonl \
        --retired-set eval/datasets/hs_rulings/cases8.jsonl \
        --retired-set eval/datasets/hs_rulings/cases9.jsonl \
        --retired-set eval/datasets/hs_rulings/cases10.jsonl \
        --retired-set eval/datasets/hs_rulings/cases11.jsonl \
        --retired-set eval/datasets/hs_rulings/cases12.jsonl \
        --retired-set eval/datasets/hs_rulings/cases13.jsonl \
        --retired-set eval/datasets/hs_rulings/cases14.jsonl [--dry-run]

With embeddings it writes hs_ranker.txt/.json and the subheading and ruling vectors
(hs_vectors.npz); with --no-dense the words-only model hs_ranker_lexical.txt/.json;
--dry-run prints the out-of-fold tune figures and writes nothing.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import lightgbm as lgb
import numpy as np

from export_assist.cli.base import container
from export_assist.compliance.hs.calibration import fit_isotonic, reliability
from export_assist.compliance.hs.features import FEATURES, HsEvidence
from export_assist.compliance.hs.product import ProductQuery
from export_assist.compliance.hs.ranker import (
    LEXICAL_META_FILE,
    LEXICAL_MODEL_FILE,
    META_FILE,
    MODEL_FILE,
)
from export_assist.compliance.hs.vectors import VECTORS_FILE, write_vectors
from export_assist.evaluation.hs_eval import training_examples

OUT = Path(__file__).resolve().parents[1] / "src/export_assist/compliance/data"
PARAMS: dict[str, Any] = {
    "objective": "lambdarank",
    "metric": "ndcg",
    "eval_at": [1, 5],
    "learning_rate": 0.05,
    "num_leaves": 15,
    "min_data_in_leaf": 20,
    "feature_fraction": 0.8,
    "lambdarank_truncation_level": 20,
    "num_threads": 2,
    "verbose": -1,
    "seed": 7,
    "deterministic": True,
}
ROUNDS = 150
TUNE_WEIGHT = 3.0  # in-domain listings count more than ruling subjects


def group(ev: HsEvidence, q: ProductQuery, gold: str, exclude: str | None) -> dict[str, Any]:
    """Feature rows, graded labels (3 = the code, 1 = its heading) and codes of one query."""
    cands = ev.candidates(q, exclude)
    codes = [ev.codes[i] for i in cands.index]
    labels = [3 if c == gold else 1 if c[:4] == gold[:4] else 0 for c in codes]
    return {"x": cands.matrix, "y": np.asarray(labels), "codes": codes, "gold": gold}


def train(groups: list[dict[str, Any]], weights: list[float]) -> lgb.Booster:
    """One lambdarank model over the given query groups."""
    x = np.concatenate([g["x"] for g in groups])
    y = np.concatenate([g["y"] for g in groups])
    w = np.concatenate([np.full(len(g["y"]), wt) for g, wt in zip(groups, weights, strict=True)])
    data = lgb.Dataset(
        x, y, weight=w, group=[len(g["y"]) for g in groups], feature_name=list(FEATURES)
    )
    return lgb.train(PARAMS, data, num_boost_round=ROUNDS)


def scored(model: lgb.Booster, g: dict[str, Any]) -> tuple[list[str], np.ndarray]:
    """Candidate codes best first and their softmax probabilities."""
    s = model.predict(g["x"])
    order = np.argsort(-s, kind="stable")
    p = np.exp(s - s.max())
    p /= p.sum()
    return [g["codes"][i] for i in order], p[order]


def metrics(ranked: list[list[str]], golds: list[str]) -> dict[str, float]:
    """Top-1/top-5 accuracy at 2, 4 and 6 digits."""
    out = {}
    for k in (1, 5):
        for d in (2, 4, 6):
            hits = [any(c[:d] == g[:d] for c in r[:k]) for r, g in zip(ranked, golds, strict=True)]
            out[f"top{k}@{d}"] = round(float(np.mean(hits)), 4)
    return out


def gold_ranks(ranked: list[list[str]], golds: list[str]) -> dict[str, int]:
    """Where the expert's code ranks: first, 2-5, 6-10, lower, or not a candidate at all."""
    out = {"1": 0, "2-5": 0, "6-10": 0, "11+": 0, "not_candidate": 0}
    for r, g in zip(ranked, golds, strict=True):
        at = r.index(g) + 1 if g in r else 0
        key = "not_candidate" if not at else "1" if at == 1 else "2-5" if at <= 5 else "6-10"
        out[key if at <= 10 else "11+"] += 1
    return out


def by_source(ranked: list[list[str]], tune: list[dict[str, Any]], sources: list[str]) -> dict:
    """Out-of-fold figures of each training set's products alone."""
    out = {}
    for name in dict.fromkeys(sources):
        idx = [i for i, s in enumerate(sources) if s == name]
        out[name] = {
            "n": len(idx),
            **metrics([ranked[i] for i in idx], [tune[i]["gold"] for i in idx]),
        }
    return out


def cross_fit(rul: list[dict[str, Any]], tune: list[dict[str, Any]], folds: int = 5) -> tuple:
    """Out-of-fold rankings of the tune products and the (probability, hit) pairs."""
    ranked: list[list[str]] = [[] for _ in tune]
    pairs: list[tuple[float, bool]] = []
    for f in range(folds):
        train_tune = [g for i, g in enumerate(tune) if i % folds != f]
        model = train(rul + train_tune, [1.0] * len(rul) + [TUNE_WEIGHT] * len(train_tune))
        for i, g in enumerate(tune):
            if i % folds == f:
                codes, probs = scored(model, g)
                ranked[i] = codes
                pairs += [
                    (float(p), c == g["gold"]) for c, p in zip(codes[:5], probs[:5], strict=False)
                ]
    return ranked, pairs


def main() -> None:
    """Build features, cross-fit, calibrate, train on everything, write the model files."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--dataset", type=Path, default=Path("../shared/data/hscodecomp/dev.jsonl"))
    ap.add_argument(
        "--rulings-set",
        type=Path,
        action="append",
        default=[],
        help="A rulings set with a held half (hs_rulings/cases5.jsonl): its tune rows train too",
    )
    ap.add_argument(
        "--retired-set",
        type=Path,
        action="append",
        default=[],
        help="A set whose held half was run and retired (cases.jsonl .. cases14.jsonl): all train",
    )
    ap.add_argument("--no-dense", action="store_true", help="Lexical and ruling evidence only")
    ap.add_argument("--dry-run", action="store_true", help="Print tune figures, write nothing")
    ap.add_argument(
        "--heading-meaning-only",
        action="store_true",
        help="Embed headings, chapters and rulings only (not the 5,613 subheadings)",
    )
    args = ap.parse_args()
    with container() as c:
        embedder = None if args.no_dense else c.embedder
        ev = HsEvidence(c.hs_table, embedder, subheadings=not args.heading_meaning_only)
        vectors = ev.vectors()
        if vectors is not None and not args.dry_run:
            texts = [t for group_texts in ev.texts() for t in group_texts]
            rows = np.vstack([v for v in vectors if len(v)])
            write_vectors(OUT / VECTORS_FILE, c.embedder.model_id, texts, rows)
        rul = [group(ev, ProductQuery(r.subject), r.code, r.number) for r in ev.rulings]
        sourced = training_examples(args.dataset, args.rulings_set, args.retired_set)
        examples = [e for _, e in sourced]
        tune = [group(ev, e.product or ProductQuery(e.text), e.code, None) for e in examples]
    recall = np.mean([g["gold"] in g["codes"] for g in tune])
    ranked, pairs = cross_fit(rul, tune)
    calibration = fit_isotonic([p for p, _ in pairs], [h for _, h in pairs])
    shown = [calibration(p) for p, _ in pairs]
    model = train(rul + tune, [1.0] * len(rul) + [TUNE_WEIGHT] * len(tune))
    meta = {
        "features": list(FEATURES),
        "dense": not args.no_dense,
        "dense_subheadings": not args.heading_meaning_only,
        "calibration": calibration.to_json(),
        "trained_on": {
            "rulings": len(rul),
            "tune_products": len(tune),
            "sets": [str(p) for p in (args.dataset, *args.rulings_set, *args.retired_set)],
        },
        "tune_out_of_fold": metrics(ranked, [g["gold"] for g in tune]),
        "tune_out_of_fold_by_set": by_source(ranked, tune, [s for s, _ in sourced]),
        "tune_candidate_recall@6": round(float(recall), 4),
        "tune_gold_rank_out_of_fold": gold_ranks(ranked, [g["gold"] for g in tune]),
        "reliability_tune_out_of_fold": reliability(shown, [h for _, h in pairs]),
        "params": {**PARAMS, "rounds": ROUNDS, "tune_weight": TUNE_WEIGHT},
    }
    print(json.dumps({k: v for k, v in meta.items() if k not in ("calibration", "params")}))
    if args.dry_run:
        return
    name, meta_name = (
        (LEXICAL_MODEL_FILE, LEXICAL_META_FILE)
        if args.no_dense
        else (
            MODEL_FILE,
            META_FILE,
        )
    )
    model.save_model(str(OUT / name))
    (OUT / meta_name).write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
