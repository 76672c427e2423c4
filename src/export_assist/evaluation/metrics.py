"""Ranking metrics as small classes: a pure scorer returning value + reason.

Each takes the ranked ids a system returned and the set of relevant ids.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class Score:
    """A metric value for one example, with why."""

    value: float
    reason: str


class RankingMetric(Protocol):
    """Scores one ranked list against the relevant set."""

    @property
    def name(self) -> str: ...

    def score(self, ranked: Sequence[str], relevant: set[str]) -> Score: ...


@dataclass(frozen=True)
class RecallAtK:
    """Share of the relevant ids found in the top k."""

    k: int

    @property
    def name(self) -> str:
        return f"recall@{self.k}"

    def score(self, ranked: Sequence[str], relevant: set[str]) -> Score:
        if not relevant:
            return Score(0.0, "no relevant ids given")
        found = relevant.intersection(ranked[: self.k])
        return Score(len(found) / len(relevant), f"{len(found)}/{len(relevant)} in top {self.k}")


@dataclass(frozen=True)
class HitAtK:
    """1 when any relevant id is in the top k."""

    k: int

    @property
    def name(self) -> str:
        return f"hit@{self.k}"

    def score(self, ranked: Sequence[str], relevant: set[str]) -> Score:
        hit = any(r in relevant for r in ranked[: self.k])
        return Score(1.0 if hit else 0.0, "hit" if hit else f"none in top {self.k}")


@dataclass(frozen=True)
class ReciprocalRank:
    """1 / rank of the first relevant id (0 when none is returned)."""

    @property
    def name(self) -> str:
        return "mrr"

    def score(self, ranked: Sequence[str], relevant: set[str]) -> Score:
        for rank, item in enumerate(ranked, start=1):
            if item in relevant:
                return Score(1.0 / rank, f"first relevant at rank {rank}")
        return Score(0.0, "no relevant id returned")


@dataclass(frozen=True)
class AveragePrecisionAtK:
    """Average precision over the top k, normalised by min(|relevant|, k)."""

    k: int

    @property
    def name(self) -> str:
        return f"map@{self.k}"

    def score(self, ranked: Sequence[str], relevant: set[str]) -> Score:
        if not relevant:
            return Score(0.0, "no relevant ids given")
        hits = 0
        total = 0.0
        for rank, item in enumerate(ranked[: self.k], start=1):
            if item in relevant:
                hits += 1
                total += hits / rank
        value = total / min(len(relevant), self.k)
        return Score(value, f"{hits} relevant in top {self.k}")


@dataclass(frozen=True)
class NdcgAtK:
    """Normalised discounted cumulative gain with binary relevance."""

    k: int

    @property
    def name(self) -> str:
        return f"ndcg@{self.k}"

    def score(self, ranked: Sequence[str], relevant: set[str]) -> Score:
        if not relevant:
            return Score(0.0, "no relevant ids given")
        dcg = sum(
            1.0 / math.log2(rank + 1)
            for rank, item in enumerate(ranked[: self.k], start=1)
            if item in relevant
        )
        ideal = sum(1.0 / math.log2(rank + 1) for rank in range(1, min(len(relevant), self.k) + 1))
        return Score(dcg / ideal, f"dcg {dcg:.3f} of ideal {ideal:.3f}")


def default_ranking_metrics() -> list[RankingMetric]:
    """The retrieval metrics every run reports."""
    return [RecallAtK(5), RecallAtK(10), ReciprocalRank(), AveragePrecisionAtK(10), NdcgAtK(10)]


def dedupe(ids: Sequence[str]) -> list[str]:
    """Keep the first occurrence of each id (passages -> documents)."""
    seen: set[str] = set()
    out: list[str] = []
    for item in ids:
        if item not in seen:
            seen.add(item)
            out.append(item)
    return out


def percentile(values: Sequence[float], q: float) -> float:
    """The q-th percentile (q in 0-100) by linear interpolation; 0.0 for no values."""
    ordered = sorted(values)
    if not ordered:
        return 0.0
    pos = (len(ordered) - 1) * q / 100
    low = int(pos)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (pos - low)
