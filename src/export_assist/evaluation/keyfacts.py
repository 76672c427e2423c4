"""Regulation QA: retrieval Recall@5 and key-fact accuracy of the extractive (no-LLM) answer.

The extractive answer is the best sentences of the top passages: for each of the
top `passages` hits, the `per_passage` sentences that share most words with the
question. A key fact counts as present when its normalised text occurs in the answer.
"""

from __future__ import annotations

import re
import statistics
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from export_assist.compliance.evidence import best_sentences
from export_assist.domain.citations import SearchFilters, SearchHit
from export_assist.evaluation.datasets import RetrievalExample
from export_assist.evaluation.metrics import RecallAtK, dedupe
from export_assist.retrieval.normalize import nfkc
from export_assist.retrieval.search import HybridSearcher, Mode


@dataclass
class KeyFactRun:
    """Aggregate figures and per-question detail of one regulation-QA run."""

    mode: str
    n: int
    metrics: dict[str, float]
    per_example: list[dict[str, Any]] = field(default_factory=list)
    latency_ms_p50: float = 0.0


def _norm(text: str) -> str:
    return re.sub(r"[\s,]+", "", nfkc(text).lower())


def extractive_answer(hits: Sequence[SearchHit], question: str, per_passage: int = 2) -> str:
    """The no-LLM answer: the most question-like sentences of each passage, in rank order."""
    return " ".join(" ".join(best_sentences(h.text, question, per_passage)) for h in hits)


def key_fact_accuracy(answer: str, facts: Sequence[str]) -> float:
    """Share of the key facts that occur in the answer (case, width and spaces ignored)."""
    if not facts:
        return 1.0
    text = _norm(answer)
    return sum(1 for f in facts if _norm(f) in text) / len(facts)


def evaluate_key_facts(
    searcher: HybridSearcher,
    examples: Sequence[RetrievalExample],
    mode: Mode = "hybrid",
    passages: int = 3,
    per_passage: int = 2,
) -> KeyFactRun:
    """Recall@5 (documents) and key-fact accuracy of the extractive answer."""
    recall = RecallAtK(5)
    rows: list[dict[str, Any]] = []
    recalls: list[float] = []
    facts: list[float] = []
    latencies: list[float] = []
    for ex in examples:
        started = time.perf_counter()
        hits = searcher.search(ex.question, SearchFilters(country=ex.country), top_k=15, mode=mode)
        latencies.append((time.perf_counter() - started) * 1000)
        ranked = dedupe([h.citation.doc_id for h in hits])
        r5 = recall.score(ranked, set(ex.gold_doc_ids)).value
        answer = extractive_answer(hits[:passages], ex.question, per_passage)
        acc = key_fact_accuracy(answer, ex.key_facts)
        recalls.append(r5)
        facts.append(acc)
        rows.append({"id": ex.id, "recall@5": r5, "key_facts": round(acc, 4), "top": ranked[:5]})
    return KeyFactRun(
        mode=mode,
        n=len(examples),
        metrics={
            "recall@5": round(statistics.fmean(recalls), 4) if recalls else 0.0,
            "key_fact_accuracy": round(statistics.fmean(facts), 4) if facts else 0.0,
        },
        per_example=rows,
        latency_ms_p50=round(statistics.median(latencies), 2) if latencies else 0.0,
    )
