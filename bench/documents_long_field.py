"""PDF render time against the length of one free-text field (issue 14, defect 3).

The example shipment's commercial invoice, with the shipping marks (a paragraph that
may run over several pages) grown to n characters of mixed Japanese and English. The
field limits of the model are bypassed on purpose, to measure the layout algorithm
itself; n = 0 is the same-run baseline.

    python -m bench.documents_long_field [--sizes 0,1000,4000,16000] [--budget 600]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path
from typing import Any

import yaml

from bench.common import ROOT, write_result
from export_assist.documents.models import Shipment
from export_assist.documents.service import DocumentService
from export_assist.translation.service import TranslationService
from export_assist.translation.termbase import TermBase

PIECE = "抹茶 green tea powder, 静岡県産 "


def _shipment(n: int) -> Shipment:
    data: dict[str, Any] = yaml.safe_load((ROOT / "examples/shipment.yaml").read_text("utf-8"))
    data["documents"] = ["commercial_invoice"]
    s = Shipment.model_validate(data)
    text = (PIECE * (n // len(PIECE) + 1))[:n]
    s.marks = text or None  # assignment is not validated: the model's limit is bypassed
    return s


def main() -> None:
    """Measure and print a Markdown table."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="0,1000,4000,16000")
    parser.add_argument("--budget", type=float, default=600.0)
    args = parser.parse_args()
    sizes = [int(x) for x in args.sizes.split(",")]
    rows: dict[int, Any] = {}
    with tempfile.TemporaryDirectory() as tmp:
        kwargs: dict[str, Any] = {}
        try:
            kwargs["render_budget_s"] = args.budget
            service = DocumentService(TranslationService(TermBase.load(), []), Path(tmp), **kwargs)
        except TypeError:  # an older DocumentService without a budget (the "before" run)
            service = DocumentService(TranslationService(TermBase.load(), []), Path(tmp))
        service.render(_shipment(0), ["en"], ["pdf"])  # warm: fonts loaded once per process
        for n in sizes:
            t0 = time.perf_counter()
            try:
                service.render(_shipment(n), ["en"], ["pdf"])
                outcome = "rendered"
            except Exception as exc:  # the point is what happens to long input
                outcome = f"{type(exc).__name__}: {str(exc)[:80]}"
            rows[n] = {"seconds": round(time.perf_counter() - t0, 3), "outcome": outcome}
    base = rows[sizes[0]]["seconds"] or 1e-9
    path = write_result("documents_long_field", {"sizes": sizes, "rows": rows})
    print("| characters in the marks | seconds | vs n=0 | outcome |\n|---|---|---|---|")
    for n, row in rows.items():
        print(f"| {n:,} | {row['seconds']} | {row['seconds'] / base:.1f}× | {row['outcome']} |")
    print(f"\nResults: {path}")


if __name__ == "__main__":
    main()
