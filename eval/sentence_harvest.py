"""Session 20 (issue 9 item 3): the sentences the engine weighs for each tuning case.

Plays every tuning case that has key facts and gold documents (no tool, no hand-off
expected) through the chat path, as `eval qa` does, and records for the last turn every
call of the sentence choice: the candidate units with their document, section, passage
score and rank, the hand-tuned score, and which units were shown; and the passages before
the filters (to tell "not a candidate" from "low score"). One JSON line per case.

    PYTHONPATH=src python eval/sentence_harvest.py --out /tmp/sent/harvest.jsonl [--sets dev,test6]

Every tuning set is played (eval/handoff_sets.tuning_sets: held-apart files and the unseen
escalation sets are never read); the fit and report halves are the writer pools of even and
odd number.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

from export_assist.answering import select
from export_assist.evaluation.qa_v2 import Case

sys.path.insert(0, str(Path(__file__).resolve().parent))
from handoff_sets import tuning_sets
from harvest_loop import harvested, played

SETS = tuning_sets()  # every tuning set: held-apart and unseen sets are never read


def fit_half(case_id: str) -> bool:
    """Writer pools with an even number are fitted on, the odd ones reported on: a pool's
    questions are never on both sides."""
    found = re.match(r"qa(\d+)-", case_id)
    return found is not None and int(found.group(1)) % 2 == 0


_calls: list[dict[str, Any]] = []
_passages: list[list[dict[str, Any]]] = []


def _hit(hit: Any) -> dict[str, Any]:
    return {"doc": hit.citation.doc_id, "section": hit.citation.section, "score": hit.score}


def _install() -> None:
    """Wrap select._best and select.pick_sentences to record what they weigh."""
    best, pick = select._best, select.pick_sentences

    def best_rec(units, question, qtype, language, n, avoid, doc_order, *rest):  # type: ignore[no-untyped-def]
        markets, terms, _message, kinds = (*rest, frozenset(), (), "", frozenset())[:4]
        call = {
            "question": question,
            "qtype": qtype,
            "language": language,
            "doc_order": list(doc_order),
            "markets": sorted(markets),
            "terms": list(terms),
            "avoid": [a for a in avoid if a],
            "units": [{"text": u, "rank": r, **_hit(h)} for r, h, u in units],
        }
        scored = select.hand_scores(
            units, question, qtype, language, doc_order, markets, terms, kinds
        )
        for unit, s in zip(call["units"], scored, strict=True):
            unit["hand"] = s
        chosen = best(units, question, qtype, language, n, avoid, doc_order, *rest)
        call["chosen"] = [q.text for q in chosen]
        _calls.append(call)
        return chosen

    def pick_rec(passages, *args, **kwargs):  # type: ignore[no-untyped-def]
        _passages.append([{"text": h.text, **_hit(h)} for h in passages[:30]])
        return pick(passages, *args, **kwargs)

    select._best = best_rec  # type: ignore[assignment]
    select.pick_sentences = pick_rec  # type: ignore[assignment]
    import export_assist.answering.compose as compose

    compose.pick_sentences = pick_rec  # type: ignore[assignment]


def _wanted(case: Case) -> bool:
    """A case whose answer should quote a key fact from a gold document."""
    e = case.expect
    return bool(e.key_facts and e.gold_docs) and not e.tool and not e.escalate


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--sets", default=",".join(SETS))
    ap.add_argument("--cap", type=int, default=0, help="at most this many cases per set")
    args = ap.parse_args()
    _install()

    def clear() -> None:
        _calls.clear()
        _passages.clear()

    done = harvested(args.out)
    with args.out.open("a", encoding="utf-8") as out:
        for name, case, final, paths in played(
            args.sets.split(","), args.cap, _wanted, clear, done
        ):
            e = case.expect
            row = {
                "set": name,
                "id": case.id,
                "lang": case.lang,
                "kind": case.kind,
                "turns": case.turns,
                "key_facts": e.key_facts,
                "gold": sorted({paths.get(p, Path(p).stem) for p in e.gold_docs}),
                "answer": final.answer,
                "cited": [x.doc_id for x in final.citations],
                "calls": list(_calls),
                "passages": list(_passages),
            }
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
            out.flush()


if __name__ == "__main__":
    main()
