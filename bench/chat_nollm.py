"""No-LLM chat turn latency: p50/p95 of full turns (intent, search, render, persistence).

Run from the repo root after `export-assist ingest regulations`:
    python -m bench.chat_nollm [N]
Writes bench/results/chat_nollm.json and prints a Markdown table. Baseline in the same
process: the bare hybrid search for the same questions, so the ratio shows the
orchestrator's own cost."""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

from export_assist.agent.schemas import ChatRequest
from export_assist.auth.principal import Principal
from export_assist.container import Container
from export_assist.domain.citations import SearchFilters
from export_assist.evaluation.chat_qa import QAExample
from export_assist.evaluation.datasets import load_jsonl
from export_assist.evaluation.metrics import percentile
from export_assist.evaluation.report import environment
from export_assist.settings import Settings


def _pct(values: list[float], q: float) -> float:
    return round(percentile(values, q * 100), 1)


def main(n: int = 60) -> dict[str, object]:
    """Measure and write the figures."""
    container = Container(Settings())
    container.settings.llm.base_url = None
    chat = container.new_chat()
    who = Principal(key_id="bench", subject="bench", role="exporter", tenant="bench")
    questions = load_jsonl(Path("eval/datasets/regulation_qa.jsonl"), QAExample)[:n]
    chat.run(who, ChatRequest(message=questions[0].question))  # warm: models, BM25 index
    turns, searches = [], []
    for ex in questions:
        started = time.perf_counter()
        container.searcher.search(ex.question, SearchFilters(), 5)
        searches.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        chat.run(who, ChatRequest(message=ex.question))
        turns.append((time.perf_counter() - started) * 1000)
    result = {
        "name": "chat_nollm",
        "environment": environment(),
        "turns": len(turns),
        "turn_ms_p50": _pct(turns, 0.5),
        "turn_ms_p95": _pct(turns, 0.95),
        "search_ms_p50": _pct(searches, 0.5),
        "search_ms_p95": _pct(searches, 0.95),
        "ratio_p50": round(statistics.median(turns) / statistics.median(searches), 2),
    }
    out = Path("bench/results/chat_nollm.json")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2))
    print("| measure | p50 ms | p95 ms |\n|---|---|---|")
    print(f"| no-LLM chat turn | {result['turn_ms_p50']} | {result['turn_ms_p95']} |")
    print(
        f"| hybrid search alone (baseline) | {result['search_ms_p50']} | {result['search_ms_p95']} |"
    )
    print(f"\nturn/search p50 ratio: {result['ratio_p50']} over {len(turns)} questions")
    container.close()
    return result


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 60)
