"""Document choice over every tuning case with gold documents (issue 9, session 20).

For each case the last turn is understood in its conversation and answered by the answer
engine (no chat routing, no LLM); the first retrieval of the turn is recorded. Reported per
set and per kind: gold-document MRR and hit@1/@3 in the reranked documents, gold cited by the
engine's answer, and each miss's class:

  no_retrieval  the engine answered without retrieving (advice hand-off, unsupported market)
  outside       gold not among the candidates: outside the question's markets
  filtered      gold not among the candidates although in its markets (product filter, no signal)
  outranked     among the candidates, below the documents the answer reads (rank > 3)
  dropped       among the three read, but not cited by the answer
  cited         gold cited

The held-apart sets are never read (their names are refused); escalation_dev55/56 are the
unseen checks and are left out unless named on the command line.

    python -m bench.docpick                       # every tuning set, table + per-case JSON
    python -m bench.docpick --sets test17 --cases-out /tmp/x.json
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from export_assist.answering.retrieve import Retrieved, Retriever
from export_assist.answering.scope import family_bans
from export_assist.container import Container
from export_assist.evaluation.datasets import load_jsonl
from export_assist.evaluation.qa_v2 import Case, doc_ids_by_path
from export_assist.retrieval.embedding_cache import CachedEmbedder
from export_assist.settings import Settings

QA = Path(__file__).resolve().parents[1] / "eval" / "datasets" / "qa_v2"
HELD = {"test", "test2", "test3", "test4", "test5", "test57", "topics_test", "markets_test"}
UNSEEN = {"escalation_dev55", "escalation_dev56"}
# kinds the answer engine answers (HS and document requests go to their tools)
KINDS = {"regulation", "followup", "japan_side", "checklist", "out_of_coverage"}
KEPT = 3  # the documents whose passages an answer reads (Retriever.docs_kept)


def tuning_sets() -> list[str]:
    """dev, test6..test56 and the escalation dev sets, without the unseen ones."""
    names = [p.stem for p in QA.glob("*.jsonl")]
    wanted = [n for n in names if n == "dev" or n.startswith(("test", "escalation_dev"))]
    return sorted(n for n in wanted if n not in HELD | UNSEEN)


def record(retriever: Retriever) -> list[Retrieved]:
    """Wrap the retriever so that each retrieval of a turn is kept."""
    seen: list[Retrieved] = []
    original = retriever.retrieve

    def retrieve(q, *args, **kwargs):  # type: ignore[no-untyped-def]
        out = original(q, *args, **kwargs)
        seen.append(out)
        return out

    retriever.retrieve = retrieve  # type: ignore[method-assign]
    return seen


def classify(
    gold: set[str], first: Retrieved | None, cited: set[str] | None, countries: dict[str, str]
) -> dict[str, Any]:
    """The case's gold rank and miss class (`cited` None: ranked only, not answered)."""
    answered = cited is not None
    cited = cited or set()
    if first is None:
        return {"rank": None, "class": "cited" if gold & cited else "no_retrieval"}
    ranked = [d.doc.doc_id for d in first.docs]
    ranks = [ranked.index(g) + 1 for g in gold if g in ranked]
    rank = min(ranks) if ranks else None
    if gold & cited:
        cls = "cited"
    elif not answered and rank is not None and rank <= KEPT:
        cls = "top3"  # retrieve-only: no answer
    elif rank is None:
        places = set(first.jurisdictions)
        inside = any(countries.get(g) in places for g in gold) or not places
        cls = "filtered" if inside else "outside"
    else:
        cls = "outranked" if rank > KEPT else "dropped"
    return {"rank": rank, "class": cls}


def features(first: Retrieved | None) -> list[dict[str, Any]]:
    """Every candidate's rerank features (to refit the weights offline)."""
    if first is None:
        return []
    return [{"doc": d.doc.doc_id, "f": d.features} for d in first.docs]


def run(sets: list[str], cases_out: Path | None, retrieve_only: bool = False) -> dict[str, Any]:
    if any(s in HELD for s in sets):
        raise SystemExit("held-apart sets are never read")
    c = Container(Settings())
    if isinstance(c.embedder, CachedEmbedder):  # queries kept: a re-run embeds nothing
        c.embedder._persist = True
    engine = c.answer_engine
    catalog = engine.retriever.catalog()
    countries = {d: p.country for d, p in catalog.docs.items()}
    paths = doc_ids_by_path(c.settings.corpus_dir)
    seen = record(engine.retriever)
    rows: list[dict[str, Any]] = []
    started = time.perf_counter()
    for name in sets:
        for case in load_jsonl(QA / f"{name}.jsonl", Case):
            if not case.expect.gold_docs or case.kind not in KINDS:
                continue
            gold = {paths.get(p, Path(p).stem) for p in case.expect.gold_docs}
            seen.clear()
            q = engine.understand(case.turns[-1], case.turns[:-1])
            if retrieve_only:  # as engine.answer retrieves, without composing
                q = engine._named_place(q)
                engine.retriever.retrieve(q, prefer=family_bans(q, catalog))
                cited: set[str] | None = None
            else:
                cited = {x.doc_id for x in engine.answer(q).citations}
            first = seen[0] if seen else None
            row = {"set": name, "id": case.id, "kind": case.kind, "lang": case.lang}
            row |= {"gold": sorted(gold), "cited": sorted(cited or ())}
            row |= classify(gold, first, cited, countries)
            row["top"] = [d.doc.doc_id for d in first.docs[:KEPT]] if first else []
            row["named"] = sorted(first.named) if first else []
            row["candidates"] = features(first)
            row["product"] = bool(q.product)
            row["topics"] = list(q.topics)
            row["doc_topics"] = {g: catalog.docs[g].topics for g in gold if g in catalog.docs}
            rows.append(row)
    elapsed = time.perf_counter() - started
    if cases_out:
        cases_out.write_text(json.dumps(rows, ensure_ascii=False))
    return {"cases": len(rows), "seconds": round(elapsed), "rows": rows}


def summary(rows: list[dict[str, Any]], key: str) -> list[tuple[str, dict[str, float]]]:
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        groups[r[key]].append(r)
        groups["all"].append(r)
    out = []
    for name, rs in sorted(groups.items(), key=lambda kv: (kv[0] == "all", kv[0])):
        ranks = [r["rank"] for r in rs]
        classes = defaultdict(int)
        for r in rs:
            classes[r["class"]] += 1
        out.append(
            (
                name,
                {
                    "n": len(rs),
                    "mrr": round(statistics.fmean(1 / k if k else 0.0 for k in ranks), 3),
                    "hit1": round(statistics.fmean(1.0 if k == 1 else 0.0 for k in ranks), 3),
                    "hit3": round(statistics.fmean(1.0 if k and k <= 3 else 0.0 for k in ranks), 3),
                    "cited": round(classes["cited"] / len(rs), 3),
                    **{c: classes[c] for c in CLASSES if c != "cited"},
                },
            )
        )
    return out


CLASSES = ("cited", "top3", "no_retrieval", "outside", "filtered", "outranked", "dropped")


def table(rows: list[dict[str, Any]], key: str) -> str:
    head = "| " + key + " | n | MRR | hit@1 | hit@3 | cited | " + " | ".join(CLASSES[1:]) + " |"
    lines = [head, "|" + "---|" * (6 + len(CLASSES) - 1)]
    for name, m in summary(rows, key):
        cells = [name, m["n"], m["mrr"], m["hit1"], m["hit3"], m["cited"]]
        cells += [m[c] for c in CLASSES[1:]]
        lines.append("| " + " | ".join(str(x) for x in cells) + " |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", nargs="*", help="QA v2 set names (default: every tuning set)")
    parser.add_argument("--cases-out", type=Path, help="per-case JSON (ranks, classes, features)")
    parser.add_argument(
        "--retrieve-only", action="store_true", help="rank only (no answer: no cited figure)"
    )
    args = parser.parse_args()
    result = run(args.sets or tuning_sets(), args.cases_out, args.retrieve_only)
    rows = result["rows"]
    print(f"{result['cases']} cases in {result['seconds']} s")
    print(table(rows, "set"))
    print()
    print(table(rows, "kind"))
    print()
    print(table(rows, "lang"))


if __name__ == "__main__":
    main()
