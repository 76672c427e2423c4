"""Checklist evaluation: requirement ids that must (and must not) appear, per case."""

from __future__ import annotations

import statistics
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel, Field

from export_assist.compliance.checklist import ChecklistService
from export_assist.compliance.schemas import ChecklistRequest
from export_assist.evaluation.metrics import percentile


class ChecklistCase(BaseModel):
    """A product x market case with the card ids that must and must not be listed."""

    id: str
    product: str = ""
    hs_code: str | None = None
    destination: str
    conditions: list[str] = Field(default_factory=list)
    categories: list[str] = Field(default_factory=list)
    must_include: list[str] = Field(default_factory=list)
    must_exclude: list[str] = Field(default_factory=list)


@dataclass
class ChecklistRun:
    """Aggregate figures and per-case detail of one checklist run."""

    mode: str
    n: int
    metrics: dict[str, float]
    per_example: list[dict[str, Any]] = field(default_factory=list)
    latency_ms_p50: float = 0.0
    latency_ms_p95: float = 0.0


def score_case(returned: set[str], case: ChecklistCase) -> dict[str, float]:
    """Recall of must_include; precision over judged ids; share of must_exclude listed."""
    include, exclude = set(case.must_include), set(case.must_exclude)
    hits = len(returned & include)
    wrong = len(returned & exclude)
    return {
        "recall": hits / len(include) if include else 1.0,
        "precision": hits / (hits + wrong) if hits + wrong else 1.0,
        "strict_precision": hits / len(returned) if returned else 0.0,
        "exclude_violations": wrong / len(exclude) if exclude else 0.0,
    }


def evaluate_checklists(
    service: ChecklistService, cases: Sequence[ChecklistCase], text_items: bool = False
) -> ChecklistRun:
    """Build each case's checklist (cards only by default) and score the ids listed."""
    totals: dict[str, list[float]] = {}
    per_example: list[dict[str, Any]] = []
    latencies: list[float] = []
    micro = {"hits": 0, "include": 0, "wrong": 0}
    for case in cases:
        request = ChecklistRequest(
            product=case.product,
            hs_code=case.hs_code,
            destinations=[case.destination],
            conditions=case.conditions,
            categories=case.categories,
            include_text_items=text_items,
        )
        started = time.perf_counter()
        checklist = service.build(request)[0]
        latencies.append((time.perf_counter() - started) * 1000)
        # an item that states another card's requirement too (one filing) lists both
        returned = set(checklist.requirement_ids) | {i for x in checklist.items for i in x.includes}
        scores = score_case(returned, case)
        for name, value in scores.items():
            totals.setdefault(name, []).append(value)
        micro["hits"] += len(returned & set(case.must_include))
        micro["include"] += len(case.must_include)
        micro["wrong"] += len(returned & set(case.must_exclude))
        per_example.append(
            {
                "id": case.id,
                **{k: round(v, 4) for k, v in scores.items()},
                "missing": sorted(set(case.must_include) - returned),
                "wrongly_listed": sorted(returned & set(case.must_exclude)),
                "categories": checklist.product.categories,
                "conditions": checklist.product.conditions,
            }
        )
    metrics = {f"macro_{k}": round(statistics.fmean(v), 4) for k, v in totals.items()}
    judged = micro["hits"] + micro["wrong"]
    metrics["micro_recall"] = (
        round(micro["hits"] / micro["include"], 4) if micro["include"] else 0.0
    )
    metrics["micro_precision"] = round(micro["hits"] / judged, 4) if judged else 0.0
    return ChecklistRun(
        mode="cards" + ("+text" if text_items else ""),
        n=len(cases),
        metrics=metrics,
        per_example=per_example,
        latency_ms_p50=round(statistics.median(latencies), 2) if latencies else 0.0,
        latency_ms_p95=round(percentile(latencies, 95), 2),
    )
