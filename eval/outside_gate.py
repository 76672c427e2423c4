"""What the outside prior's hand-off gate gains and costs in the whole chat (issue 9 item 4,
session 36's gate table, with a command since session 37).

The prior (answering/outside_prior.py) may add a hand-off only where the rules answered, in the
extractive path, for a question that stands alone. This plays every tuning case whose
out-of-fold probability reaches --min-p through the chat with the prior switched off, records
for the last turn whether the prior would have been asked (and the evidence's coverage it would
have been given), and counts for each gate (probability threshold x coverage bar):

- gained: expected hand-offs the rules missed that the gate adds;
- lost: answers the gate would turn into hand-offs, and of them those whose key facts are all
  in the answer today (right answers lost).

The probabilities are out of fold (a writer pool is never scored by a model that saw it), from

    PYTHONPATH=src python scripts/train_outside_prior.py --dry-run --oof /tmp/outside-oof.json
    PYTHONPATH=src python eval/outside_gate.py --oof /tmp/outside-oof.json [--min-p 0.6]
        [--apart test32,escalation_dev30] [--save /tmp/gate-parts.json | --parts FILE]

--apart reports those sets on their own as well (sets the gate was not chosen on). Held-apart
and unseen sets are never read: the cases come from eval/handoff_sets.tuning_sets().
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from export_assist.agent.service import ChatService
from export_assist.evaluation.datasets import load_jsonl
from export_assist.evaluation.qa_v2 import Case, chat_asker, doc_ids_by_path, evaluate_v2

sys.path.insert(0, str(Path(__file__).resolve().parent))
from handoff_sets import ROOT, tuning_sets

THRESHOLDS = (0.6, 0.7, 0.8, 0.85, 0.9)
BARS = (0.3, 0.4, 0.5, None)  # None: no coverage bar
ANSWERED_KINDS = {"regulation", "followup", "japan_side", "out_of_coverage"}


class LastTurn:
    """The chat, with the prior's calls recorded for the message being answered."""

    def __init__(self, chat: ChatService, calls: list[float]) -> None:
        self._chat, self._calls = chat, calls

    def run(self, who: Any, request: Any) -> Any:
        self._calls.clear()
        return self._chat.run(who, request)


def harvest(oof: dict[str, list[Any]], min_p: float) -> list[dict[str, Any]]:
    """One row per case at or over min_p: the chat's decision without the prior, and whether
    (and at what coverage) the prior would have been asked on its last turn."""
    import export_assist.container as wiring
    from export_assist.answering.outside_prior import stands_alone
    from export_assist.cli.base import container

    calls: list[float] = []

    def recorder(_embed: Any, _model_id: str) -> Any:
        def judge(q: Any, covered: float) -> bool:
            if stands_alone(q):
                calls.append(covered)
            return False

        return judge

    wiring.prior_judge = recorder  # type: ignore[assignment]  # built into the engine below
    rows: list[dict[str, Any]] = []
    with container() as c:
        c.settings.llm.base_url = None
        paths = doc_ids_by_path(c.settings.corpus_dir)
        ask = chat_asker(LastTurn(c.new_chat(), calls))  # type: ignore[arg-type]
        for name in tuning_sets():
            chosen = [
                case
                for case in load_jsonl(ROOT / f"{name}.jsonl", Case)
                if case.kind in ANSWERED_KINDS and oof.get(case.id, [name, 0.0])[1] >= min_p
            ]
            for case in chosen:
                row = evaluate_v2(ask, [case], paths, "no-llm").examples[0]
                rows.append(
                    {
                        "set": name,
                        "id": case.id,
                        "p": oof[case.id][1],
                        "expected": case.expect.escalate,
                        "escalated": row["escalated"],
                        "right": row["key_facts"] == 1.0,
                        "coverage": calls[-1] if calls else None,
                    }
                )
            print(f"  {name}: {len(chosen)} cases", file=sys.stderr, flush=True)
    return rows


def gated(row: dict[str, Any], threshold: float, bar: float | None) -> bool:
    """Whether this gate would hand the case off where the rules did not."""
    cov = row["coverage"]
    if row["escalated"] or cov is None or row["p"] < threshold:
        return False
    return bar is None or cov < bar


def table(rows: list[dict[str, Any]], apart: set[str]) -> None:
    print("| gate | hand-offs gained | answers lost (of them right by KF) | on the apart sets |")
    print("|---|---|---|---|")
    for bar in BARS:
        for threshold in THRESHOLDS:
            hit = [r for r in rows if gated(r, threshold, bar)]
            gained = [r for r in hit if r["expected"]]
            lost = [r for r in hit if not r["expected"]]
            right = sum(r["right"] for r in lost)
            far = [r for r in hit if r["set"] in apart]
            far_gained = sum(r["expected"] for r in far)
            label = f"P ≥ {threshold}" + (f" and coverage < {bar}" if bar else ", no coverage bar")
            print(
                f"| {label} | {len(gained)} | {len(lost)} ({right}) | "
                f"gained {far_gained}, lost {len(far) - far_gained} |"
            )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--oof", type=Path, help="train_outside_prior.py --oof output")
    parser.add_argument("--min-p", type=float, default=0.6, help="cases played: P at least")
    parser.add_argument("--apart", default="", help="sets also reported on their own")
    parser.add_argument("--save", type=Path, help="write the harvested rows (JSON)")
    parser.add_argument("--parts", type=Path, help="read harvested rows instead of playing")
    args = parser.parse_args(argv)
    if args.parts:
        rows = json.loads(args.parts.read_text(encoding="utf-8"))
    elif args.oof:
        rows = harvest(json.loads(args.oof.read_text(encoding="utf-8")), args.min_p)
    else:
        parser.error("give --oof (to play the cases) or --parts (to read a harvest)")
    if args.save:
        args.save.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    judged = [r for r in rows if r["coverage"] is not None and not r["escalated"]]
    print(f"played {len(rows)} cases; the prior would be asked on {len(judged)}")
    table(rows, {s for s in args.apart.split(",") if s})
    return 0


if __name__ == "__main__":
    sys.exit(main())
