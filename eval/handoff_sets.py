"""Hand-off decisions over every QA v2 tuning set (issue 9 item 4): one reader, judged on
hundreds of cases rather than one set.

Two levels. The default is the question-level reader, run on the last turn of every case
(its earlier turns as the conversation): the hand-offs the engine decides from the question
alone, before any retrieval (advice by words or by type, a market the corpus does not cover,
products beyond its documents, an EU state's own rules). It takes seconds per set, so every
change to those readers is measured on all ~1,600 tuning cases. Per set it prints the
expected hand-offs caught (recall of this level: a lower bound of the chat's), the
question-level hand-offs that were not expected (false hand-offs: a lower bound too), and
with --save/--diff the cases whose decision changed between two code versions.

--full runs the whole chat (as `export-assist eval qa`) on the sets named instead: the
escalation precision/recall of record, minutes per set on 2 cores.

    PYTHONPATH=src python eval/handoff_sets.py [--sets dev,test17] [--save out.json]
        [--diff before.json] [--full]

Held-apart sets (qa_v2/test.jsonl, test2-5, topics_test, markets_test, test57) are never
read; escalation_dev55 and escalation_dev56 are the unseen checks: named only with --unseen,
which prints their figures and nothing of their cases.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path

from export_assist.answering.engine import AnswerEngine
from export_assist.answering.national import national_gap
from export_assist.evaluation.datasets import load_jsonl
from export_assist.evaluation.qa_v2 import Case

ROOT = Path(__file__).resolve().parent / "datasets" / "qa_v2"
HELD = re.compile(r"^(test[2-5]?|topics_test|markets_test|test57)\.jsonl$")
UNSEEN = ("escalation_dev55", "escalation_dev56")


def tuning_sets() -> list[str]:
    """dev, test6 onwards, every escalation_dev set but the unseen ones."""
    names = []
    for path in sorted(ROOT.glob("*.jsonl")):
        if HELD.match(path.name) or path.stem in UNSEEN:
            continue
        if path.stem == "dev" or re.fullmatch(r"test\d+|escalation_dev\d*", path.stem):
            names.append(path.stem)
    return names


def question_level(engine: AnswerEngine, case: Case) -> str:
    """Why the engine hands the last turn off from the question alone ('' when it does not)."""
    *earlier, message = case.turns
    q = engine.understand(message, earlier)
    if q.advice:
        return "advice"
    q = engine._named_place(q)
    if q.unsupported and not q.destinations and not (q.japan_side and q.japan_named):
        return "unsupported" if not engine._regulating(q) else ""
    if q.unsupported and q.destinations:  # "France and Brazil": Brazil is not covered
        return "partly_unsupported"
    if engine.beyond_scope(q):
        return "beyond_scope"
    if national_gap(q, engine.retriever.catalog().countries):
        return "national"
    return ""


def read_set(engine: AnswerEngine, name: str) -> Iterator[dict[str, object]]:
    for case in load_jsonl(ROOT / f"{name}.jsonl", Case):
        why = question_level(engine, case)
        yield {"set": name, "id": case.id, "expected": case.expect.escalate, "why": why}


def figures(rows: list[dict[str, object]]) -> tuple[int, int, int, int]:
    """expected hand-offs, of them caught; question-level hand-offs, of them not expected."""
    expected = [r for r in rows if r["expected"]]
    handed = [r for r in rows if r["why"]]
    return (
        len(expected),
        sum(1 for r in expected if r["why"]),
        len(handed),
        sum(1 for r in handed if not r["expected"]),
    )


def report(rows: list[dict[str, object]], sets: list[str]) -> None:
    print("| set | cases | expected | caught | handed | false | recall | precision |")
    print("|---|---|---|---|---|---|---|---|")
    for name in [*sets, "ALL"]:
        part = [r for r in rows if name == "ALL" or r["set"] == name]
        exp, hit, handed, false = figures(part)
        rec = f"{hit / exp:.3f}" if exp else "-"
        prec = f"{(handed - false) / handed:.3f}" if handed else "-"
        print(f"| {name} | {len(part)} | {exp} | {hit} | {handed} | {false} | {rec} | {prec} |")


def diff(rows: list[dict[str, object]], before: Path, quiet: bool = False) -> None:
    """The cases whose question-level decision changed; `quiet` (the unseen sets): counts
    only, nothing of a case."""
    old = {(r["set"], r["id"]): r["why"] for r in json.loads(before.read_text())}
    counts = {"FIXED": 0, "BROKE": 0}
    for r in rows:
        was = old.get((r["set"], r["id"]))
        if was is None or bool(was) == bool(r["why"]):
            continue
        verdict = "FIXED" if bool(r["why"]) == r["expected"] else "BROKE"
        counts[verdict] += 1
        if not quiet:
            print(f"{verdict} {r['set']} {r['id']}: {was or '-'} -> {r['why'] or '-'}")
    print(f"flipped: {counts['FIXED']} fixed, {counts['BROKE']} broken")


def full(sets: list[str]) -> None:
    """The whole chat on each set (slow): escalation precision/recall of record."""
    from export_assist.cli.base import container
    from export_assist.evaluation.qa_v2 import chat_asker, doc_ids_by_path, evaluate_v2

    with container() as c:
        c.settings.llm.base_url = None
        paths = doc_ids_by_path(c.settings.corpus_dir)
        for name in sets:
            cases = load_jsonl(ROOT / f"{name}.jsonl", Case)
            run = evaluate_v2(chat_asker(c.new_chat()), cases, paths, "no-llm")
            m = run.metrics
            print(
                f"{name}: n={run.n} KF {m['key_fact_accuracy']:.3f} "
                f"P/R {m['escalation_precision']:.3f}/{m['escalation_recall']:.3f}",
                flush=True,
            )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", help="comma-separated set names (default: every tuning set)")
    parser.add_argument("--unseen", action="store_true", help="the unseen sets, figures only")
    parser.add_argument("--save", type=Path, help="write the per-case decisions (JSON)")
    parser.add_argument("--diff", type=Path, help="cases changed since a --save file")
    parser.add_argument("--full", action="store_true", help="run the whole chat instead")
    args = parser.parse_args(argv)
    sets = args.sets.split(",") if args.sets else tuning_sets()
    if args.unseen:
        sets = [s for s in UNSEEN if (ROOT / f"{s}.jsonl").exists()]
    if any(HELD.match(f"{s}.jsonl") for s in sets):
        parser.error("held-apart sets are never read")
    if args.full:
        full(sets)
        return 0
    from export_assist.cli.base import container

    with container() as c:
        engine = c.answer_engine
        rows = [row for name in sets for row in read_set(engine, name)]
    report(rows, sets)
    if args.save:
        args.save.write_text(json.dumps(rows, ensure_ascii=False))
    if args.diff:
        diff(rows, args.diff, quiet=args.unseen)
    return 0


if __name__ == "__main__":
    sys.exit(main())
