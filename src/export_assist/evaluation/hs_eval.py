"""HS suggestion accuracy on HSCodeComp-style JSONL: top-1/top-5 at 2, 4 and 6 digits."""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from export_assist.domain.compliance import HsSuggestion
from export_assist.errors import InvalidInput


class Suggests(Protocol):
    """Anything that suggests HS codes for a description."""

    def suggest(self, text: str, k: int = 5) -> list[HsSuggestion]: ...


@dataclass(frozen=True)
class HsExample:
    """A product description and its expert code (first 6 digits used)."""

    id: str
    text: str
    code: str


@dataclass
class HsRun:
    """Accuracy figures of one suggester."""

    mode: str
    n: int
    metrics: dict[str, float]
    per_example: list[dict[str, Any]] = field(default_factory=list)
    latency_ms_p50: float = 0.0


def example_text(row: dict[str, Any]) -> str:
    """Product name plus the distinct levels of the shop's category path."""
    levels: list[str] = []
    for i in range(1, 6):
        level = str(row.get(f"cate_lv{i}_desc") or "").strip()
        if level and level not in levels:
            levels.append(level)
    return " ".join([str(row.get("product_name", "")), *levels])


def load_examples(path: Path) -> list[HsExample]:
    """Read HSCodeComp JSONL (product_name, cate_lv*_desc, hs_code) into examples."""
    if not path.exists():
        raise InvalidInput(f"dataset not found: {path}")
    out: list[HsExample] = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        row = json.loads(line)
        code = str(row.get("hs_code", "")).strip()
        if not code.isdigit():
            raise InvalidInput(f"{path}:{n}: hs_code {code!r} is not digits")
        code = code.zfill(10) if len(code) in (9, 10) else code
        out.append(HsExample(str(row.get("task_id", n)), example_text(row), code[:6]))
    return out


def evaluate_hs(name: str, suggester: Suggests, examples: Sequence[HsExample]) -> HsRun:
    """Top-1 and top-5 accuracy at 2, 4 and 6 digits."""
    counts = {f"top{k}@{d}": 0 for k in (1, 5) for d in (2, 4, 6)}
    rows: list[dict[str, Any]] = []
    latencies: list[float] = []
    for ex in examples:
        started = time.perf_counter()
        codes = [s.code for s in suggester.suggest(ex.text, 5)]
        latencies.append((time.perf_counter() - started) * 1000)
        for k in (1, 5):
            for d in (2, 4, 6):
                counts[f"top{k}@{d}"] += any(c[:d] == ex.code[:d] for c in codes[:k])
        rows.append({"id": ex.id, "gold": ex.code, "top5": codes})
    n = len(examples)
    return HsRun(
        mode=name,
        n=n,
        metrics={key: round(v / n, 4) if n else 0.0 for key, v in counts.items()},
        per_example=rows,
        latency_ms_p50=round(statistics.median(latencies), 2) if latencies else 0.0,
    )
