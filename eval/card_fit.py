"""Session 45 (issue 9): refit the card choice's weights (answering/card_weights.py) on the
cards eval/card_harvest.py recorded, fitting on the writer pools of even number and
reporting on the odd ones (a pool's questions are never on both sides), then the other way.

A case counts where one of the usable cards carries a key fact of its own: the choice is
right when the card ranked first (scoring at least cardpick.LEAD) is one of those.

    PYTHONPATH=src python eval/card_fit.py /tmp/cards/harvest.jsonl
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
from pathlib import Path
from typing import Any

from export_assist.answering.card_weights import WEIGHTS, weighted
from export_assist.answering.cardpick import LEAD

STEPS = (-0.4, -0.2, -0.1, 0.1, 0.2, 0.4)


def pool(case_id: str) -> int | None:
    found = re.match(r"qa(\d+)-", case_id)
    return int(found.group(1)) if found else None


def first(call: dict[str, Any], w: dict[str, float]) -> dict[str, Any] | None:
    """The card the choice puts first under weights `w` (None: none reaches LEAD)."""
    scored = sorted(call["cards"], key=lambda c: -weighted(c["f"], w))
    return scored[0] if scored and weighted(scored[0]["f"], w) >= LEAD else None


def right(rows: list[dict[str, Any]], w: dict[str, float]) -> float:
    """The share of the cases whose first card carries a key fact."""

    def ok(row: dict[str, Any]) -> float:
        card = first(row["calls"][-1], w)
        return 1.0 if card is not None and any(card["facts"]) else 0.0

    return statistics.fmean(ok(r) for r in rows) if rows else 0.0


def ascend(
    rows: list[dict[str, Any]], start: dict[str, float], rounds: int = 4
) -> dict[str, float]:
    """Coordinate ascent (ties keep the current weight; a weight keeps its sign)."""
    w = dict(start)
    best = right(rows, w)
    for _ in range(rounds):
        moved = False
        for k in w:
            for step in STEPS:
                value = round(w[k] + step, 3)
                value = max(0.0, value) if start[k] >= 0 else min(0.0, value)
                trial = dict(w, **{k: value})
                score = right(rows, trial)
                if score > best + 1e-9:
                    w, best, moved = trial, score, True
        if not moved:
            break
    return w


def counted(row: dict[str, Any]) -> bool:
    """A case the card choice can get right: its last turn weighed a card with a key fact."""
    return bool(row["calls"]) and any(any(c["facts"]) for c in row["calls"][-1]["cards"])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("harvest", type=Path)
    args = ap.parse_args()
    rows = [json.loads(line) for line in args.harvest.open(encoding="utf-8")]
    played = [r for r in rows if r["calls"]]
    kept = [r for r in played if counted(r)]
    same = statistics.fmean(
        1.0
        if (c := first(r["calls"][-1], WEIGHTS)) and r["calls"][-1]["chosen"][:1] == [c["id"]]
        else 0.0
        for r in played
        if r["calls"][-1]["chosen"]
    )
    print(f"{len(rows)} cases, {len(played)} weighed cards, {len(kept)} with a card holding a fact")
    print(f"replay agrees with the engine's first card: {same:.3f}")
    even = [r for r in kept if (pool(r["id"]) or 1) % 2 == 0]
    odd = [r for r in kept if (pool(r["id"]) or 1) % 2 == 1]
    for name, fit, check in (("even", even, odd), ("odd", odd, even)):
        w = ascend(fit, WEIGHTS)
        print(f"fit on the {name} pools ({len(fit)}), check on the others ({len(check)})")
        print(f"  weights {w}")
        print(f"  fit   {right(fit, WEIGHTS):.3f} -> {right(fit, w):.3f}")
        print(f"  check {right(check, WEIGHTS):.3f} -> {right(check, w):.3f}")
    w = ascend(kept, WEIGHTS)
    print(f"fit on all ({len(kept)}): {right(kept, WEIGHTS):.3f} -> {right(kept, w):.3f}")
    print(f"  weights {w}")


if __name__ == "__main__":
    main()
