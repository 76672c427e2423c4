"""The learned buyer ranker: a linear model over the signals of ranker_features.py,
trained listwise on real tenders (eval/train_buyer_ranker.py), stored as a small JSON
file. Linear on purpose: each feature's contribution w·(x − x̄) is exact, so the
explanation a buyer gets is the model's own reason, not a story told after the fact."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from export_assist.matching.ranker_features import FEATURES, PRIOR

log = logging.getLogger("export_assist.matching")
MODEL_FILE = "buyer_ranker.json"


@dataclass(frozen=True)
class LearnedRanker:
    """Weights per feature, the vector contributions are measured from, a display scale."""

    weights: np.ndarray
    mean: np.ndarray
    temperature: float  # display: a training query's best buyer shows about 0.9
    meta: dict[str, Any]

    def logits(self, x: np.ndarray) -> np.ndarray:
        """The model's raw score per row of x (higher ranks first)."""
        return np.asarray(np.atleast_2d(x) @ self.weights, dtype=np.float64)

    def scores(self, x: np.ndarray) -> np.ndarray:
        """Scores in 0..1 for display: 0.5 for an average candidate, rising with the sum of
        the contributions (a logistic; not a probability). Ranking uses `logits`."""
        centred = self.logits(x) - float(self.mean @ self.weights)
        return np.asarray(1.0 / (1.0 + np.exp(-centred / self.temperature)))

    def contributions(self, vector: np.ndarray) -> dict[str, float]:
        """Per feature: how much it moves this buyer's logit from an average candidate's."""
        parts = self.weights * (np.asarray(vector) - self.mean)
        return {name: float(v) for name, v in zip(FEATURES, parts, strict=True)}

    def with_priors(self, weights: dict[str, float]) -> LearnedRanker:
        """The model with the prior features weighted as configured now (matching.weights),
        in the model's units (the scale fixed at training); the learned part unchanged."""
        scale = float(self.meta.get("prior_scale", 0.0))
        w = self.weights.copy()
        for name in PRIOR:
            w[FEATURES.index(name)] = scale * weights[name]
        return LearnedRanker(w, self.mean, self.temperature, self.meta)

    def to_json(self) -> dict[str, Any]:
        """The file's content."""
        return {
            "kind": "linear",
            "features": list(FEATURES),
            "weights": [round(float(w), 6) for w in self.weights],
            "mean": [round(float(m), 6) for m in self.mean],
            "temperature": round(self.temperature, 6),
            "meta": self.meta,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> LearnedRanker:
        """A ranker from the file's content (its features must be ours, in our order)."""
        if data.get("kind") != "linear" or list(data.get("features", [])) != list(FEATURES):
            raise ValueError("the ranker file was trained on other features; retrain it")
        return cls(
            np.asarray(data["weights"], dtype=np.float64),
            np.asarray(data["mean"], dtype=np.float64),
            float(data["temperature"]),
            dict(data.get("meta", {})),
        )


def default_path() -> Path:
    """Where the shipped model lives (inside the package)."""
    return Path(str(resources.files("export_assist.matching") / "data" / MODEL_FILE))


def load_ranker(path: Path | None = None) -> LearnedRanker | None:
    """The trained ranker, or None (the weighted score then ranks) when the file is missing."""
    path = path or default_path()
    if not path.exists():
        log.warning("no learned buyer ranker at %s: the weighted score ranks buyers", path)
        return None
    try:
        return LearnedRanker.from_json(json.loads(path.read_text(encoding="utf-8")))
    except (ValueError, KeyError, json.JSONDecodeError) as exc:
        log.warning("learned buyer ranker %s unusable (%s): the weighted score ranks", path, exc)
        return None
