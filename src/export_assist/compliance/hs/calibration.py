"""Confidence that matches observed accuracy: isotonic regression (pool adjacent
violators) from a ranker's softmax probability to the share of codes that were right."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Isotonic:
    """A non-decreasing step map from raw probability to calibrated probability."""

    edges: tuple[float, ...]  # upper raw-probability edge of each step
    values: tuple[float, ...]  # calibrated probability of each step

    def __call__(self, raw: float) -> float:
        """The calibrated probability of one raw value."""
        if not self.edges:
            return raw
        i = int(np.searchsorted(np.asarray(self.edges), raw, side="left"))
        return self.values[min(i, len(self.values) - 1)]

    def to_json(self) -> dict[str, list[float]]:
        """JSON-ready form (stored beside the model)."""
        return {"edges": list(self.edges), "values": list(self.values)}

    @classmethod
    def from_json(cls, data: dict[str, Sequence[float]]) -> Isotonic:
        """Read the stored form."""
        return cls(tuple(float(x) for x in data["edges"]), tuple(float(x) for x in data["values"]))


def fit_isotonic(raw: Sequence[float], hit: Sequence[bool], min_count: int = 10) -> Isotonic:
    """Pool adjacent violators over (raw, hit) sorted by raw; tiny blocks are merged."""
    order = np.argsort(np.asarray(raw, dtype=np.float64), kind="stable")
    xs = np.asarray(raw, dtype=np.float64)[order]
    ys = np.asarray(hit, dtype=np.float64)[order]
    blocks: list[list[float]] = []  # [sum_y, count, max_x]
    for x, y in zip(xs, ys, strict=True):
        blocks.append([y, 1.0, x])
        while len(blocks) > 1 and (
            blocks[-2][0] / blocks[-2][1] >= blocks[-1][0] / blocks[-1][1]
            or blocks[-2][1] < min_count
        ):
            y2, n2, x2 = blocks.pop()
            blocks[-1][0] += y2
            blocks[-1][1] += n2
            blocks[-1][2] = x2
    edges = tuple(round(b[2], 6) for b in blocks)
    values = tuple(round(b[0] / b[1], 4) for b in blocks)
    return Isotonic(edges, values)


def reliability(
    confidence: Sequence[float], hit: Sequence[bool], edges: Sequence[float] = (0.2, 0.4, 0.6, 0.8)
) -> list[dict[str, object]]:
    """Per confidence bucket: how many, the mean shown confidence, the observed accuracy."""
    conf = np.asarray(confidence, dtype=np.float64)
    hits = np.asarray(hit, dtype=np.float64)
    bounds = [0.0, *edges, 1.0000001]
    rows = []
    for lo, hi in itertools.pairwise(bounds):
        mask = (conf >= lo) & (conf < hi)
        if mask.any():
            rows.append(
                {
                    "bucket": f"{lo:.1f}-{min(hi, 1.0):.1f}",
                    "n": int(mask.sum()),
                    "mean_confidence": round(float(conf[mask].mean()), 3),
                    "accuracy": round(float(hits[mask].mean()), 3),
                }
            )
    return rows
