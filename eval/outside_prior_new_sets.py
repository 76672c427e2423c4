"""The outside prior on the tuning sets an earlier fit never saw (issue 9 item 4, session 43):
the earlier weights' AUC and share of business questions over the gate on those sets, beside the
current fit's out-of-fold probabilities on the same cases. Held-apart and unseen sets are never
read (eval/handoff_sets.tuning_sets).

    git show 98063a2:src/export_assist/answering/data/outside_prior.json > /tmp/prior-s36.json
    PYTHONPATH=src python scripts/train_outside_prior.py --dry-run --oof /tmp/outside-oof.json \
        --cache /tmp/outside-prior-vectors.npz
    PYTHONPATH=src python eval/outside_prior_new_sets.py --old /tmp/prior-s36.json \
        --oof /tmp/outside-oof.json --cache /tmp/outside-prior-vectors.npz
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

import numpy as np
from sklearn.metrics import roc_auc_score

from export_assist.evaluation.datasets import load_jsonl
from export_assist.evaluation.qa_v2 import Case

sys.path.insert(0, str(Path(__file__).resolve().parent))
from handoff_sets import ROOT, tuning_sets


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--old", type=Path, required=True, help="the earlier fit's weights (JSON)")
    ap.add_argument("--oof", type=Path, required=True, help="train_outside_prior.py --oof output")
    ap.add_argument("--cache", type=Path, required=True, help="the training run's vector cache")
    ap.add_argument("--gate", type=float, default=0.8)
    args = ap.parse_args()
    old = json.loads(args.old.read_text(encoding="utf-8"))
    oof = json.loads(args.oof.read_text(encoding="utf-8"))
    rows = [
        case
        for name in tuning_sets()
        if name not in set(old["sets"])
        for case in load_jsonl(ROOT / f"{name}.jsonl", Case)
    ]
    with np.load(args.cache) as stored:  # the training script's keys: model id + question
        x = np.vstack(
            [
                stored[hashlib.sha256(f"{old['model_id']}\n{c.turns[-1]}".encode()).hexdigest()]
                for c in rows
            ]
        )
    y = np.array([int(c.expect.escalate) for c in rows])
    earlier = 1 / (1 + np.exp(-(x @ np.array(old["coef"]) + old["intercept"])))
    current = np.array([oof[c.id][1] for c in rows])
    print(f"cases {len(y)} (outside {int(y.sum())}) in sets the earlier fit never saw")
    for label, p in (("earlier fit", earlier), ("current fit, out of fold", current)):
        over = p >= args.gate
        print(
            f"{label}: AUC {roc_auc_score(y, p):.3f}; over {args.gate}: outside "
            f"{over[y == 1].mean():.3f}, in coverage {over[y == 0].mean():.3f}"
        )


if __name__ == "__main__":
    main()
