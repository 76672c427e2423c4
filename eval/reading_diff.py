"""How the engine reads every QA v2 tuning case, saved and compared between two code versions
(issue 9): markets, goods, topics, question type, intent and what was inherited, from
`AnswerEngine.understand` of each case's last turn with its earlier turns as the conversation.
A change to the reading is measured on the cases whose reading it changed (run those through
`export-assist eval qa` on both trees), not on a whole set where most cases did not move.

    PYTHONPATH=src python eval/reading_diff.py --save after.json [--diff before.json]

Held-apart and unseen files are never read (handoff_sets.tuning_sets); --diff prints the ids
and both readings of the tuning cases that changed, and their count.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from handoff_sets import ROOT, tuning_sets  # beside this file (python eval/reading_diff.py)

from export_assist.container import Container
from export_assist.settings import Settings


def readings() -> dict[str, str]:
    """Each tuning case's reading, one line of the fields that steer the answer."""
    engine = Container(Settings()).answer_engine
    out: dict[str, str] = {}
    for name in tuning_sets():
        for line in (ROOT / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            *earlier, message = row["turns"]
            q = engine.understand(message, earlier)
            out[row["id"]] = (
                f"dest={q.destinations} prod={q.product!r} phrase={q.phrase!r} "
                f"cats={q.categories} topics={q.topics} qtype={q.qtype} intent={q.intent} "
                f"jp={q.japan_side} inh={q.inherited}"
            )
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--save", type=Path, required=True, help="write the readings here")
    parser.add_argument("--diff", type=Path, help="compare with readings saved before")
    args = parser.parse_args()
    now = readings()
    args.save.write_text(json.dumps(now, ensure_ascii=False, indent=0), encoding="utf-8")
    if args.diff is None:
        print(f"{len(now)} readings saved")
        return
    before = json.loads(args.diff.read_text(encoding="utf-8"))
    changed = [k for k in now if before.get(k) != now[k]]
    for k in changed:
        print(f"{k}\n  - {before.get(k)}\n  + {now[k]}")
    print(f"changed {len(changed)} of {len(now)}")


if __name__ == "__main__":
    main()
