"""Regulation QA through the full chat path: key-fact accuracy and citation precision."""

from __future__ import annotations

import math
import statistics
import time
import unicodedata
from dataclasses import dataclass, field
from typing import Any, Literal

from pydantic import BaseModel, Field

from export_assist.agent.schemas import ChatFinal, ChatRequest
from export_assist.agent.service import ChatService
from export_assist.auth.principal import Principal
from export_assist.evaluation.metrics import Score


class QAExample(BaseModel):
    """One question with the facts a correct answer states and the documents it cites."""

    id: str
    question: str
    language: Literal["ja", "en"] = "en"
    country: str | None = None
    gold_doc_ids: list[str] = Field(default_factory=list)
    key_facts: list[str] = Field(default_factory=list)


def _norm(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


class KeyFactAccuracy:
    """Share of the key facts that the answer states (NFKC, case-insensitive)."""

    name = "key_fact_accuracy"

    def score(self, answer: str, facts: list[str]) -> Score:
        """Pure scorer."""
        if not facts:
            return Score(1.0, "no key facts")
        found = [f for f in facts if _norm(f) in _norm(answer)]
        missing = [f for f in facts if f not in found]
        return Score(len(found) / len(facts), f"missing: {missing}" if missing else "all found")


class CitationPrecision:
    """Share of the cited documents that are gold documents (0 when nothing is cited)."""

    name = "citation_precision"

    def score(self, cited: list[str], gold: set[str]) -> Score:
        """Pure scorer."""
        unique = list(dict.fromkeys(cited))
        if not unique:
            return Score(0.0, "no citation")
        good = [d for d in unique if d in gold]
        return Score(len(good) / len(unique), f"{len(good)}/{len(unique)} cited docs are gold")


@dataclass
class QARun:
    """Aggregates and per-example details of one mode."""

    mode: str
    n: int
    metrics: dict[str, float]
    latency_ms_p50: float
    latency_ms_p95: float
    examples: list[dict[str, Any]] = field(default_factory=list)


def evaluate_chat_qa(chat: ChatService, examples: list[QAExample], mode: str) -> QARun:
    """Run each question as a fresh conversation and score the final answers."""
    who = Principal(key_id="eval", subject="eval", role="exporter", tenant="eval")
    facts, precision, abstained, any_gold, latencies, rows = [], [], [], [], [], []
    for ex in examples:
        started = time.perf_counter()
        final: ChatFinal = chat.run(who, ChatRequest(message=ex.question, language=ex.language))
        latencies.append((time.perf_counter() - started) * 1000)
        cited = [c.doc_id for c in final.citations]
        f = KeyFactAccuracy().score(final.answer, ex.key_facts)
        p = CitationPrecision().score(cited, set(ex.gold_doc_ids))
        facts.append(f.value)
        abstained.append(1.0 if final.escalated else 0.0)
        any_gold.append(1.0 if set(cited) & set(ex.gold_doc_ids) else 0.0)
        if cited:
            precision.append(p.value)
        rows.append(
            {
                "id": ex.id,
                "mode": final.mode,
                "key_facts": f.value,
                "facts_reason": f.reason,
                "citation_precision": p.value if cited else None,
                "cited": cited,
                "escalated": final.escalated,
                "notices": final.notices,
                "ms": round(latencies[-1], 1),
            }
        )
    ordered = sorted(latencies)
    return QARun(
        mode=mode,
        n=len(examples),
        metrics={
            "key_fact_accuracy": statistics.fmean(facts) if facts else 0.0,
            "citation_precision": statistics.fmean(precision) if precision else 0.0,
            "gold_cited_rate": statistics.fmean(any_gold) if any_gold else 0.0,
            "abstention_rate": statistics.fmean(abstained) if abstained else 0.0,
        },
        latency_ms_p50=round(statistics.median(ordered), 1) if ordered else 0.0,
        latency_ms_p95=round(ordered[math.ceil(0.95 * len(ordered)) - 1], 1) if ordered else 0.0,
        examples=rows,
    )
