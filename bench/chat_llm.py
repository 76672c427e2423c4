"""LLM chat turn latency against an OpenAI-compatible endpoint (e.g. `make run-llm`'s
llama.cpp server): time to first token and full-turn time, through the real chat path.

    EXPORT_ASSIST_LLM__BASE_URL=http://127.0.0.1:8081/v1 python -m bench.chat_llm [N]
Each question is asked twice in a row (cold, then warm) so the effect of llama.cpp
prompt-prefix caching shows as the ratio. Writes bench/results/chat_llm.json."""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

from export_assist.agent.schemas import ChatRequest
from export_assist.auth.principal import Principal
from export_assist.container import Container
from export_assist.evaluation.chat_qa import QAExample
from export_assist.evaluation.datasets import load_jsonl
from export_assist.evaluation.report import environment
from export_assist.settings import Settings


def _turn(chat: object, who: Principal, question: str) -> tuple[float, float, str]:
    started = time.perf_counter()
    first = None
    mode = "?"
    for name, data in chat.stream(who, ChatRequest(message=question)):  # type: ignore[attr-defined]
        if name == "token" and first is None:
            first = time.perf_counter() - started
        if name == "final":
            mode = data["mode"]
    total = time.perf_counter() - started
    return (first if first is not None else total), total, mode


def main(n: int = 5) -> dict[str, object]:
    """Measure and write the figures."""
    settings = Settings()
    if not settings.llm.base_url:
        raise SystemExit("set EXPORT_ASSIST_LLM__BASE_URL (e.g. http://127.0.0.1:8081/v1)")
    container = Container(settings)
    chat = container.new_chat()
    who = Principal(key_id="bench", subject="bench", role="exporter", tenant="bench")
    questions = load_jsonl(Path("eval/datasets/regulation_qa.jsonl"), QAExample)[:n]
    rows = []
    for ex in questions:
        cold = _turn(chat, who, ex.question)
        warm = _turn(chat, who, ex.question)
        rows.append({"id": ex.id, "cold": cold, "warm": warm})
    ttft = [r["warm"][0] for r in rows]
    full = [r["warm"][1] for r in rows]
    result = {
        "name": "chat_llm",
        "environment": environment(),
        "model": settings.llm.model,
        "questions": len(rows),
        "ttft_s_median_warm": round(statistics.median(ttft), 2),
        "ttft_s_median_cold": round(statistics.median(r["cold"][0] for r in rows), 2),
        "turn_s_median_warm": round(statistics.median(full), 2),
        "turn_s_median_cold": round(statistics.median(r["cold"][1] for r in rows), 2),
        "fallbacks": sum(1 for r in rows for k in ("cold", "warm") if r[k][2] != "llm"),
        "rows": rows,
    }
    Path("bench/results").mkdir(parents=True, exist_ok=True)
    Path("bench/results/chat_llm.json").write_text(json.dumps(result, indent=2))
    print("| measure | cold (first ask) | warm (prefix cached) |\n|---|---|---|")
    print(
        f"| time to first token, s | {result['ttft_s_median_cold']} | {result['ttft_s_median_warm']} |"
    )
    print(f"| full turn, s | {result['turn_s_median_cold']} | {result['turn_s_median_warm']} |")
    container.close()
    return result


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
