"""LLM chat turn latency against an OpenAI-compatible endpoint (e.g. `make run-llm`'s
llama.cpp server): time to first token and full-turn time through the real chat path,
with how often the grounding gate fell back to the extractive answer.

    EXPORT_ASSIST_LLM__BASE_URL=http://127.0.0.1:8081/v1 python -m bench.chat_llm [N]

Questions: the first N single-turn regulation cases of QA v2 dev (the kind the model
rewrites; never the test split). The first token is the first gated sentence the user
sees. Writes bench/results/chat_llm.json."""

from __future__ import annotations

import json
import os
import statistics
import sys
import time
from pathlib import Path

from export_assist.agent.events import Token
from export_assist.agent.schemas import ChatFinal, ChatRequest
from export_assist.auth.principal import Principal
from export_assist.container import Container
from export_assist.evaluation.datasets import load_jsonl
from export_assist.evaluation.qa_v2 import Case
from export_assist.evaluation.report import environment
from export_assist.settings import Settings

DEV = Path("eval/datasets/qa_v2/dev.jsonl")


def _turn(chat: object, who: Principal, question: str) -> dict[str, object]:
    started = time.perf_counter()
    first = None
    final: ChatFinal | None = None
    for event in chat.stream(who, ChatRequest(message=question)):  # type: ignore[attr-defined]
        if isinstance(event, Token) and first is None:
            first = time.perf_counter() - started
        if isinstance(event, ChatFinal):
            final = event
    total = time.perf_counter() - started
    assert final is not None
    return {
        "ttft_s": round(first if first is not None else total, 2),
        "turn_s": round(total, 2),
        "mode": final.mode,
        "fallback": final.llm_fallback,
    }


def main(n: int = 5) -> dict[str, object]:
    """Measure and write the figures."""
    settings = Settings()
    if not settings.llm.base_url:
        raise SystemExit("set EXPORT_ASSIST_LLM__BASE_URL (e.g. http://127.0.0.1:8081/v1)")
    container = Container(settings)
    chat = container.new_chat()
    who = Principal(key_id="bench", subject="bench", role="exporter", tenant="bench")
    cases = [c for c in load_jsonl(DEV, Case) if c.kind == "regulation" and len(c.turns) == 1]
    rows = [{"id": c.id} | _turn(chat, who, c.turns[0]) for c in cases[:n]]
    result = {
        "name": "chat_llm",
        "environment": environment(),
        "model": settings.llm.model,
        "answer_rewrite": settings.llm.answer_rewrite,
        "prompt_budget_tokens": settings.llm.prompt_budget_tokens,
        "load_average_1m": round(os.getloadavg()[0], 2),
        "questions": len(rows),
        "ttft_s_median": statistics.median(float(r["ttft_s"]) for r in rows),  # type: ignore[arg-type]
        "turn_s_median": statistics.median(float(r["turn_s"]) for r in rows),  # type: ignore[arg-type]
        "grounding_fallbacks": sum(1 for r in rows if r["fallback"]),
        "endpoint_fallbacks": sum(1 for r in rows if r["mode"] != "llm"),
        "rows": rows,
    }
    Path("bench/results").mkdir(parents=True, exist_ok=True)
    Path("bench/results/chat_llm.json").write_text(json.dumps(result, indent=2))
    print(
        f"model {result['model']}, answer_rewrite={result['answer_rewrite']}, prompt budget "
        f"{result['prompt_budget_tokens']} tokens, load {result['load_average_1m']}"
    )
    print("| measure | median |\n|---|---|")
    print(f"| time to first token, s | {result['ttft_s_median']} |")
    print(f"| full turn, s | {result['turn_s_median']} |")
    print(f"| grounding fallbacks | {result['grounding_fallbacks']} of {len(rows)} |")
    container.close()
    return result


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
