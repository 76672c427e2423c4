"""eval/outside_gate.py counts what a hand-off gate of the outside prior would gain and cost:
a case counts only where the rules answered and the prior would have been asked (a stand-alone
question in the extractive path), over the threshold and under the coverage bar."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

EVAL = Path(__file__).resolve().parents[2] / "eval"


def _gate() -> ModuleType:
    sys.path.insert(0, str(EVAL))
    spec = importlib.util.spec_from_file_location("outside_gate", EVAL / "outside_gate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def row(p: float, coverage: float | None, expected: bool, escalated: bool = False) -> dict:
    return {
        "set": "test6",
        "id": f"qa6-t{p}",
        "p": p,
        "expected": expected,
        "escalated": escalated,
        "right": not expected,
        "coverage": coverage,
    }


def test_a_case_counts_only_where_the_rules_answered_and_the_prior_was_asked() -> None:
    gated = _gate().gated
    assert gated(row(0.9, 0.2, True), 0.8, 0.4)
    assert not gated(row(0.9, 0.2, True, escalated=True), 0.8, 0.4)  # the rules handed off
    assert not gated(row(0.9, None, True), 0.8, 0.4)  # a follow-up, or not the extractive path
    assert not gated(row(0.7, 0.2, True), 0.8, 0.4)  # under the threshold
    assert not gated(row(0.9, 0.5, True), 0.8, 0.4)  # the evidence holds its words
    assert gated(row(0.9, 0.5, True), 0.8, None)  # ... unless there is no bar


def test_the_table_splits_gains_from_right_answers_lost(capsys: pytest.CaptureFixture[str]) -> None:
    rows: list[dict[str, Any]] = [row(0.95, 0.1, True), row(0.95, 0.1, False), row(0.5, 0.1, True)]
    _gate().table(rows, {"test6"})
    line = next(
        x for x in capsys.readouterr().out.splitlines() if "P ≥ 0.9 and coverage < 0.3" in x
    )
    assert line == "| P ≥ 0.9 and coverage < 0.3 | 1 | 1 (1) | gained 1, lost 1 |"
