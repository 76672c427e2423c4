"""Session 20 (issue 9 item 3): where the first key-fact sentence ranks among the sentences
the engine weighs, and a learned order fitted on half the tuning sets, reported on the other.

Input: the harvest of eval/sentence_harvest.py (one line per case: the candidate units of
the last turn's sentence choice with their hand-tuned score). For every case whose gold
document is cited, a unit is a key-fact unit when it states a key fact (any alternative)
that the card sentences do not already show. "Shown@k": the sentence choice as select._best
makes it (hand score > 0.3, no repeat of what is said, three quotes) puts a key-fact unit
among its first k quotes. Cases with no key-fact unit are counted by why: the card says
it (outside the quotes), the fact is in a retrieved passage but filtered out, or no passage has it.

    PYTHONPATH=src python eval/sentence_ranks.py /tmp/sent/harvest.jsonl            # figures
    PYTHONPATH=src python eval/sentence_ranks.py /tmp/sent/harvest.jsonl --write    # + weights
    ... --half-to /tmp/half.json   # the fit half's weights, to play the report half in the chat
    ... --apart qa38,qa39 --half-to /tmp/apart.json   # fit on every pool but these, report them
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from export_assist.answering.repeats import similar
from export_assist.answering.select import FACTS
from export_assist.answering.sentence_rank import NAMES, WEIGHTS, Candidate, features
from export_assist.answering.stated import STATED

sys.path.insert(0, str(Path(__file__).resolve().parent))
from sentence_harvest import fit_half


def norm(text: str) -> str:
    """As the QA set's facts are matched (qa_v2.norm)."""
    return unicodedata.normalize("NFKC", text).casefold()


@dataclass
class Call:
    """One case's sentence choice: its candidates, their features and labels."""

    case: str
    set: str
    hand: np.ndarray
    x: np.ndarray
    y: np.ndarray
    texts: list[str]
    avoid: list[str]


def _call_of(row: dict[str, Any]) -> dict[str, Any] | None:
    """The sentence choice whose quotes the answer shows (else the first with units)."""
    answer = norm(row["answer"])
    withunits = [c for c in row["calls"] if c["units"]]
    for c in withunits:
        if c["chosen"] and all(norm(t)[:40] in answer for t in c["chosen"]):
            return c
    return withunits[0] if withunits else None


def load(path: Path) -> tuple[list[Call], list[Call], Counter[str]]:
    """The labelled calls: those measured (gold document cited, a key fact the answer does not
    state outside its quotes, a unit stating it), those to fit on (any unit stating any key
    fact, the card's or not, gold cited or not), and why cases are not measured."""
    measured: list[Call] = []
    training: list[Call] = []
    why: Counter[str] = Counter()
    for line in path.open(encoding="utf-8"):
        row = json.loads(line)
        call = _call_of(row)
        if call is None:
            why["no sentence choice"] += 1
            continue
        texts = [norm(u["text"]) for u in call["units"]]
        facts = row["key_facts"]
        broad = np.array([any(norm(a) in t for alts in facts for a in alts) for t in texts])
        # what the answer says outside its quotes (the card sentences, the lead)
        lines = row["answer"].splitlines()
        said = norm(" ".join(x for x in lines if not x.startswith(("・", "• "))))
        needed = [alts for alts in facts if not any(norm(a) in said for a in alts)]
        y = np.array([any(norm(a) in t for alts in needed for a in alts) for t in texts])
        if broad.any():
            training.append(_labelled(row, call, broad))
        if not set(row["gold"]) & set(row["cited"]):
            why["gold not cited"] += 1
        elif not needed:
            why["answer states every fact outside its quotes"] += 1
        elif not y.any():
            passages = norm(" ".join(p["text"] for ps in row["passages"] for p in ps))
            inside = any(norm(a) in passages for alts in needed for a in alts)
            why["in a passage, filtered out" if inside else "in no passage"] += 1
        else:
            measured.append(_labelled(row, call, y))
            why["a key-fact candidate"] += 1
    return measured, training, why


def _labelled(row: dict[str, Any], call: dict[str, Any], y: np.ndarray) -> Call:
    cands = [
        Candidate(u["text"], u["doc"], u["section"], u["rank"], u["score"], u["hand"])
        for u in call["units"]
    ]
    fact = FACTS.get(call["qtype"]) or STATED.get(call["qtype"])
    x = features(
        cands, row["turns"][-1], call["question"], fact, call["language"], call["doc_order"]
    )
    hand = np.array([u["hand"] for u in call["units"]])
    texts = [u["text"] for u in call["units"]]
    return Call(row["id"], row["set"], hand, np.array(x), y, texts, call["avoid"])


def shown(call: Call, scores: np.ndarray, n: int = 3) -> list[bool]:
    """The labels of the quotes select._best would show in this order."""
    seen = list(call.avoid)
    out: list[bool] = []
    for i in np.argsort(-scores, kind="stable"):
        if len(out) >= n:
            break
        if call.hand[i] <= 0.3 or any(similar(call.texts[i], s) for s in seen):
            continue
        out.append(bool(call.y[i]))
        seen.append(call.texts[i])
    return out


def figures(calls: list[Call], score: Any) -> dict[str, float]:
    """Shown@1, shown@3 and the mean rank of the first key-fact unit."""
    at1 = at3 = 0
    ranks = []
    for c in calls:
        s = score(c)
        got = shown(c, s)
        at1 += bool(got[:1] and got[0])
        at3 += any(got)
        order = np.argsort(-s, kind="stable")
        ranks.append(int(np.flatnonzero(c.y[order])[0]) + 1)
    n = len(calls) or 1
    return {
        "calls": len(calls),
        "shown@1": round(at1 / n, 3),
        "shown@3": round(at3 / n, 3),
        "median_rank": float(np.median(ranks)) if ranks else 0.0,
    }


def fit(calls: list[Call], l2: float = 0.3, steps: int = 600, lr: float = 0.3) -> dict[str, Any]:
    """A linear listwise model: softmax over each call's units, the key-fact units' share
    maximised (plain gradient ascent with numpy), on standardised features."""
    allx = np.vstack([c.x for c in calls])
    mean, std = allx.mean(0), allx.std(0) + 1e-6
    xs = [(c.x - mean) / std for c in calls]
    w = np.zeros(allx.shape[1])
    w[0] = 1.0  # start from the hand score's order
    for _ in range(steps):
        grad = -l2 * w
        for x, c in zip(xs, calls, strict=True):
            s = x @ w
            p = np.exp(s - s.max())
            p /= p.sum()
            q = p * c.y
            q /= q.sum()
            grad += (q - p) @ x / len(calls)
        w += lr * grad
    return {
        "features": list(NAMES),
        "mean": mean.tolist(),
        "std": std.tolist(),
        "weights": w.tolist(),
    }


def scorer(model: dict[str, Any]) -> Any:
    w, m, s = (np.array(model[k]) for k in ("weights", "mean", "std"))
    return lambda c: ((c.x - m) / s) @ w


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("harvest", type=Path)
    ap.add_argument("--write", action="store_true", help="fit on all sets, write the weights")
    ap.add_argument("--l2", type=float, default=0.3)
    ap.add_argument(
        "--half-to",
        type=Path,
        help="also write the fit half's weights here (to play the report half through the chat)",
    )
    ap.add_argument(
        "--apart",
        default="",
        help="writer pools (id prefixes, qa38,qa39) to report on, fitted on every other pool "
        "instead of the even/odd halves",
    )
    args = ap.parse_args()
    measured, training, why = load(args.harvest)
    print("cases:", dict(why))
    apart = {p for p in args.apart.split(",") if p}
    in_fit = (lambda case: case.split("-")[0] not in apart) if apart else fit_half
    model = fit([c for c in training if in_fit(c.case)], args.l2)
    shipped = json.loads(WEIGHTS.read_text(encoding="utf-8"))  # the weights the product uses
    hand = lambda c: c.hand  # noqa: E731
    for name, fitted in (("fit half", True), ("report half", False)):
        for kind, calls in (("measured", measured), ("any key fact", training)):
            part = [c for c in calls if in_fit(c.case) == fitted]
            sets = sorted({c.set for c in part})
            print(f"{name}, {kind} ({', '.join(sets)}):")
            print("  hand score   ", figures(part, hand))
            print("  shipped      ", figures(part, scorer(shipped)))
            print("  learned      ", figures(part, scorer(model)))
    print("weights:", {k: round(v, 3) for k, v in zip(NAMES, model["weights"], strict=True)})
    if args.half_to:
        args.half_to.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    if args.write:
        WEIGHTS.write_text(json.dumps(fit(training, args.l2), indent=1) + "\n", encoding="utf-8")
        print("wrote", WEIGHTS)


if __name__ == "__main__":
    main()
