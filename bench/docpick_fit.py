"""Refit the reranker's linear weights on the per-case features `bench.docpick` wrote,
fitting on half the sets and checking on the other half (by set, never by case).

    python -m bench.docpick --retrieve-only --cases-out /tmp/docpick/all.json
    python -m bench.docpick_fit /tmp/docpick/all.json

The ranking is replayed as `Retriever.retrieve` orders it: the linear score, a product
question's other-product documents dropped (unless named), named documents first.
"""

from __future__ import annotations

import argparse
import json
import statistics
from pathlib import Path
from typing import Any

from export_assist.answering.rerank import WEIGHTS

STEPS = (-0.4, -0.2, -0.1, 0.1, 0.2, 0.4)


def ranked(row: dict[str, Any], w: dict[str, float]) -> list[str]:
    """The case's documents in the retriever's order under weights `w`."""
    named = set(row["named"])
    cands = row["candidates"]
    if row["product"]:
        cands = [c for c in cands if c["f"].get("category", 0.5) > 0 or c["doc"] in named]
    scored = sorted(cands, key=lambda c: -sum(w[k] * v for k, v in c["f"].items()))
    scored.sort(key=lambda c: c["doc"] not in named)
    return [c["doc"] for c in scored]


def mrr(rows: list[dict[str, Any]], w: dict[str, float]) -> float:
    def rr(row: dict[str, Any]) -> float:
        order = ranked(row, w)
        ranks = [order.index(g) + 1 for g in row["gold"] if g in order]
        return 1 / min(ranks) if ranks else 0.0

    return statistics.fmean(rr(r) for r in rows) if rows else 0.0


def hit(rows: list[dict[str, Any]], w: dict[str, float], k: int) -> float:
    return statistics.fmean(1.0 if set(ranked(r, w)[:k]) & set(r["gold"]) else 0.0 for r in rows)


def ascend(
    rows: list[dict[str, Any]], start: dict[str, float], rounds: int = 4
) -> dict[str, float]:
    """Coordinate ascent on MRR (ties keep the current weight)."""
    w = dict(start)
    best = mrr(rows, w)
    for _ in range(rounds):
        moved = False
        for k in w:
            for step in STEPS:
                trial = dict(w, **{k: round(max(0.0, w[k] + step), 3)})
                score = mrr(rows, trial)
                if score > best + 1e-9:
                    w, best, moved = trial, score, True
        if not moved:
            break
    return w


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cases", type=Path)
    args = parser.parse_args()
    rows = [r for r in json.loads(args.cases.read_text()) if r["candidates"]]
    sets = sorted({r["set"] for r in rows})
    halves = (sets[0::2], sets[1::2])
    for fit_sets, check_sets in (halves, halves[::-1]):
        fit = [r for r in rows if r["set"] in fit_sets]
        check = [r for r in rows if r["set"] in check_sets]
        w = ascend(fit, WEIGHTS)
        print(f"fit on {fit_sets}")
        print(f"  weights {w}")
        for name, part in (("fit", fit), ("check", check)):
            print(
                f"  {name} ({len(part)}): MRR {mrr(part, WEIGHTS):.3f} -> {mrr(part, w):.3f}, "
                f"hit@1 {hit(part, WEIGHTS, 1):.3f} -> {hit(part, w, 1):.3f}, "
                f"hit@3 {hit(part, WEIGHTS, 3):.3f} -> {hit(part, w, 3):.3f}"
            )


if __name__ == "__main__":
    main()
