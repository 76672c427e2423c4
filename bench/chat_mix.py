"""No-LLM chat turn latency on a realistic mix of turn kinds (issue 9 "done when": p95 ≤ 1 s).

    python -m bench.chat_mix [--per-kind 4] [--warm-up] [--seed 17]

Cases are drawn from the QA v2 tuning sets (dev, test6 … test14; never a held-apart set):
`--per-kind` of each kind (regulation, japan_side, checklist, buyers, hs, document,
follow-ups as multi-turn conversations, out_of_coverage), shuffled with a fixed seed so the
kinds interleave as a visitor's would. Each case is one conversation through the chat service,
as `eval qa` plays it, and every turn is timed on its own. A turn is **cold** when it is the
first turn of its kind since start-up (the first of all pays for the assistant's build),
**warm** otherwise. `--warm-up` first runs the background warm-up that `serve` starts and
waits for it (what a server's visitor meets); without it the first turns build on first need
(what `eval qa` meets). Baseline in the same run: the bare hybrid search for every turn's
message, timed after its case with the query memo cleared, so it includes the query embedding.
Writes bench/results/chat_mix.json and prints Markdown tables.
"""

from __future__ import annotations

import argparse
import os
import random
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from bench.common import ROOT, write_result
from export_assist.agent.schemas import ChatRequest
from export_assist.api.warmup import WarmUp
from export_assist.auth.principal import Principal
from export_assist.container import Container
from export_assist.domain.citations import SearchFilters
from export_assist.evaluation.datasets import load_jsonl
from export_assist.evaluation.metrics import percentile
from export_assist.evaluation.qa_v2 import Case
from export_assist.matching.startup import ensure_sample_directory
from export_assist.settings import Settings

QA = ROOT / "eval" / "datasets" / "qa_v2"
TUNING = ("dev", *(f"test{n}" for n in range(6, 15)))  # test, test2-5, test15: held apart
KINDS = (
    "regulation",
    "japan_side",
    "checklist",
    "buyers",
    "hs",
    "document",
    "followup",
    "out_of_coverage",
)


def draw(per_kind: int, seed: int) -> list[Case]:
    """`per_kind` cases of each kind from the tuning sets, shuffled with `seed`."""
    rng = random.Random(seed)
    by_kind: dict[str, list[Case]] = defaultdict(list)
    for name in TUNING:
        for case in load_jsonl(QA / f"{name}.jsonl", Case):
            by_kind[case.kind].append(case)
    picked = [c for kind in KINDS for c in rng.sample(by_kind[kind], per_kind)]
    rng.shuffle(picked)
    return picked


def _ms(started: float) -> float:
    return round((time.perf_counter() - started) * 1000, 1)


def _stats(values: list[float]) -> dict[str, float | int]:
    return {
        "n": len(values),
        "p50": round(percentile(values, 50), 1),
        "p95": round(percentile(values, 95), 1),
        "max": round(max(values), 1) if values else 0.0,
    }


def run(per_kind: int, warm_up: bool, seed: int) -> dict[str, Any]:
    """Play the mix once in this process and return every turn's time and the summary."""
    began = time.perf_counter()
    container = Container(Settings())
    container.settings.llm.base_url = None
    ensure_sample_directory(container.buyer_directory, container.settings.matching)
    warm_s = None
    if warm_up:
        warm = WarmUp(container).start()
        warm.wait(900)
        warm_s = warm.seconds
    chat = container.new_chat()
    start_s = round(time.perf_counter() - began, 1)
    who = Principal(key_id="bench", subject="bench", role="exporter", tenant="bench")
    clear = getattr(container.embedder, "clear_queries", lambda: None)
    turns: list[dict[str, Any]] = []
    searches: list[float] = []
    seen: set[str] = set()
    for case in draw(per_kind, seed):
        conversation = None
        for i, message in enumerate(case.turns):
            started = time.perf_counter()
            final = chat.run(who, ChatRequest(message=message, conversation_id=conversation))
            ms = _ms(started)
            conversation = final.conversation_id
            cold = case.kind not in seen
            seen.add(case.kind)
            turns.append({"case": case.id, "kind": case.kind, "turn": i, "ms": ms, "cold": cold})
        for message in case.turns:  # the baseline: a fresh query embedding each
            clear()
            started = time.perf_counter()
            container.searcher.search(message, SearchFilters(), 5)
            searches.append(_ms(started))
        clear()
    container.close()
    warm_turns = [t["ms"] for t in turns if not t["cold"]]
    return {
        "per_kind": per_kind,
        "seed": seed,
        "warm_up": warm_up,
        "warm_up_s": warm_s,
        "start_s": start_s,
        "load_average": [round(x, 1) for x in os.getloadavg()],
        "all": _stats([t["ms"] for t in turns]),
        "warm": _stats(warm_turns),
        "search": _stats(searches),
        "cold_by_kind": {t["kind"]: t["ms"] for t in turns if t["cold"]},
        "warm_by_kind": {
            k: _stats([t["ms"] for t in turns if t["kind"] == k and not t["cold"]]) for k in KINDS
        },
        "turns": turns,
    }


def table(result: dict[str, Any]) -> str:
    """The Markdown tables of one run."""
    lines = [
        "| measure | turns | p50 ms | p95 ms | max ms |",
        "|---|---|---|---|---|",
    ]
    for label, key in (
        ("all turns", "all"),
        ("warm turns", "warm"),
        ("baseline: hybrid search alone", "search"),
    ):
        s = result[key]
        lines.append(f"| {label} | {s['n']} | {s['p50']} | {s['p95']} | {s['max']} |")
    lines += [
        "",
        "| kind | cold ms | warm n | warm p50 ms | warm p95 ms |",
        "|---|---|---|---|---|",
    ]
    for kind in KINDS:
        w = result["warm_by_kind"][kind]
        cold = result["cold_by_kind"].get(kind, "")
        lines.append(f"| {kind} | {cold} | {w['n']} | {w['p50']} | {w['p95']} |")
    lines.append(
        f"\nstart-up {result['start_s']} s (warm-up {result['warm_up_s']} s), "
        f"load average {result['load_average']}"
    )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--per-kind", type=int, default=4)
    parser.add_argument("--warm-up", action="store_true", help="run serve's warm-up first")
    parser.add_argument("--seed", type=int, default=17)
    args = parser.parse_args()
    result = run(args.per_kind, args.warm_up, args.seed)
    path = write_result("chat_mix", result)
    print(table(result))
    print(f"\nResults: {Path(path).relative_to(ROOT)}")


if __name__ == "__main__":
    main()
