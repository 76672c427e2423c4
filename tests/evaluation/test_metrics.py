"""Ranking metrics: pure scorers with known values."""

from __future__ import annotations

import math

import pytest

from export_assist.evaluation.metrics import (
    AveragePrecisionAtK,
    HitAtK,
    NdcgAtK,
    RecallAtK,
    ReciprocalRank,
    dedupe,
)

RANKED = ["a", "x", "b", "y", "c"]
RELEVANT = {"a", "b", "z"}


def test_recall_at_k() -> None:
    assert RecallAtK(3).score(RANKED, RELEVANT).value == pytest.approx(2 / 3)
    assert RecallAtK(1).score(RANKED, RELEVANT).reason == "1/3 in top 1"


def test_reciprocal_rank_and_hit() -> None:
    assert ReciprocalRank().score(["x", "b"], RELEVANT).value == 0.5
    assert ReciprocalRank().score(["x"], RELEVANT).value == 0.0
    assert HitAtK(1).score(["x", "a"], RELEVANT).value == 0.0
    assert HitAtK(2).score(["x", "a"], RELEVANT).value == 1.0


def test_average_precision() -> None:
    # hits at ranks 1 and 3: (1/1 + 2/3) / min(3, 10)
    assert AveragePrecisionAtK(10).score(RANKED, RELEVANT).value == pytest.approx((1 + 2 / 3) / 3)


def test_ndcg() -> None:
    dcg = 1 / math.log2(2) + 1 / math.log2(4)
    ideal = 1 / math.log2(2) + 1 / math.log2(3) + 1 / math.log2(4)
    assert NdcgAtK(10).score(RANKED, RELEVANT).value == pytest.approx(dcg / ideal)
    assert NdcgAtK(10).score(["a"], {"a"}).value == pytest.approx(1.0)


def test_dedupe_keeps_first_occurrence() -> None:
    assert dedupe(["d1", "d2", "d1", "d3"]) == ["d1", "d2", "d3"]
