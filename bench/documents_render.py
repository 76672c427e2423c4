"""Document rendering time for a 50-line shipment: validation alone (baseline) vs the full
set (5 documents; PDF + DOCX, XLSX packing list) in one and in two buyer languages.

    python -m bench.documents_render [--lines 50] [--repeat 3]
"""

from __future__ import annotations

import argparse
import copy
import statistics
import tempfile
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml

from bench.common import ROOT, write_result
from export_assist.documents.models import Shipment
from export_assist.documents.service import DocumentService
from export_assist.translation.service import TranslationService
from export_assist.translation.termbase import TermBase


def shipment(lines: int) -> Shipment:
    """The example shipment grown to n lines (totals kept consistent)."""
    data: dict[str, Any] = yaml.safe_load(
        (ROOT / "examples/shipment.yaml").read_text(encoding="utf-8")
    )
    base = data["lines"]
    data["lines"] = [
        copy.deepcopy(base[i % len(base)]) | {"model_number": f"X-{i:03d}"} for i in range(lines)
    ]
    data.pop("totals")
    s = Shipment.model_validate(data)
    s.totals.amount = sum((ln.line_amount for ln in s.lines), Decimal(0))
    return s


def _time(fn: Any, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return round(statistics.median(times), 3)


def main() -> None:
    """Measure and print a Markdown table."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--lines", type=int, default=50)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    s = shipment(args.lines)
    with tempfile.TemporaryDirectory() as tmp:
        service = DocumentService(TranslationService(TermBase.load(), []), Path(tmp))
        rows = {
            "validate only (baseline), en": _time(lambda: service.validate(s, ["en"]), args.repeat),
            "render pdf+docx+xlsx, en": _time(lambda: service.render(s, ["en"]), args.repeat),
            "render pdf+docx+xlsx, en+de": _time(
                lambda: service.render(s, ["en", "de"]), args.repeat
            ),
            "render pdf only, en": _time(lambda: service.render(s, ["en"], ["pdf"]), args.repeat),
            "render docx only, en": _time(lambda: service.render(s, ["en"], ["docx"]), args.repeat),
        }
    base = rows["validate only (baseline), en"]
    result = {
        name: {"seconds": sec, "ratio_to_baseline": round(sec / base, 1)}
        for name, sec in rows.items()
    }
    path = write_result(
        "documents_render", {"lines": args.lines, "repeat": args.repeat, "rows": result}
    )
    print(f"| {args.lines}-line shipment | median s | ratio to baseline |\n|---|---|---|")
    for name, row in result.items():
        print(f"| {name} | {row['seconds']} | {row['ratio_to_baseline']} |")
    print(f"\nResults: {path}")


if __name__ == "__main__":
    main()
