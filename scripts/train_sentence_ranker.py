"""Retrain the sentence ranker (answering/data/sentence_ranker.json, session 20): harvest
the sentences the engine weighs on the tuning sets (eval/sentence_harvest.py, through the
chat path: about 1 s a case on a quiet core, 1,600 cases in session 37), then fit on the even
writer pools, report on the odd ones and write the weights fitted on all of them
(eval/sentence_ranks.py --write).

    PYTHONPATH=src python scripts/train_sentence_ranker.py [--cap 0] [--harvest FILE]

An existing harvest file is resumed (cases already in it are skipped); delete it to start
over after an engine change.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

EVAL = Path(__file__).resolve().parent.parent / "eval"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--harvest", type=Path, default=Path("/tmp/sentence-harvest.jsonl"))
    ap.add_argument("--cap", type=int, default=0, help="cases per tuning set (0: all)")
    ap.add_argument("--l2", type=float, default=0.3)
    args = ap.parse_args()
    run = [sys.executable, str(EVAL / "sentence_harvest.py"), "--out", str(args.harvest)]
    subprocess.run([*run, "--cap", str(args.cap)], check=True)
    ranks = [sys.executable, str(EVAL / "sentence_ranks.py"), str(args.harvest)]
    subprocess.run([*ranks, "--l2", str(args.l2), "--write"], check=True)


if __name__ == "__main__":
    main()
