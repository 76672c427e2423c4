"""The default HS suggester: candidates and features (features.py), ranked by a small
LightGBM lambdarank model, with a calibrated confidence and, when the best candidates
differ on exactly one attribute the product did not state, one clarifying question.

The model and its calibration ship in compliance/data (hs_ranker.txt, hs_ranker.json);
scripts/train_hs_ranker.py rebuilds both from public rulings and the tuning split.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from typing import Any

import numpy as np

from export_assist.compliance.hs.calibration import Isotonic
from export_assist.compliance.hs.features import FEATURES, HsEvidence
from export_assist.compliance.hs.product import ProductQuery, from_text
from export_assist.compliance.hs.question import clarifying_question
from export_assist.compliance.hs.suggest import validate_description
from export_assist.compliance.hs.table import HsTable
from export_assist.domain.hs import HsQuestion, HsSuggestion
from export_assist.errors import InvalidInput
from export_assist.retrieval.embeddings import Embedder, Vectors
from export_assist.retrieval.tokenize import stemmed

MODEL_FILE = "hs_ranker.txt"
META_FILE = "hs_ranker.json"


@dataclass(frozen=True)
class Ranked:
    """One ranked candidate: table position, model score, softmax probability."""

    position: int
    score: float
    probability: float


def packaged_model() -> tuple[str, dict[str, Any]]:
    """The shipped model text and its metadata (features, calibration, training facts)."""
    data = resources.files("export_assist.compliance").joinpath("data")
    text = data.joinpath(MODEL_FILE).read_text(encoding="utf-8")
    return text, json.loads(data.joinpath(META_FILE).read_text(encoding="utf-8"))


class RankedHsSuggester:
    """Learned ranking of 6-digit subheadings for a product (ja or en)."""

    def __init__(
        self,
        table: HsTable,
        embedder: Embedder | None,
        model: tuple[str, dict[str, Any]] | None = None,
    ) -> None:
        import lightgbm  # the one module that runs the model

        text, meta = model or packaged_model()
        if list(meta.get("features", [])) != list(FEATURES):
            raise InvalidInput("the HS ranker model was trained on other features: retrain it")
        self.table = table
        # a model trained without embedding features runs without them (and embeds nothing)
        self.evidence = HsEvidence(table, embedder if meta.get("dense", True) else None)
        self._booster = lightgbm.Booster(model_str=text)
        self._calibration = Isotonic.from_json(meta["calibration"])
        self.meta = meta

    def embeddings(self) -> Vectors | None:
        """Embed the subheadings and rulings now (slow once; cached afterwards)."""
        vectors = self.evidence.vectors()
        return None if vectors is None else vectors[0]

    def rank(self, q: ProductQuery, exclude_ruling: str | None = None) -> list[Ranked]:
        """Every candidate, best first, with the model's score and softmax probability."""
        cands = self.evidence.candidates(q, exclude_ruling)
        scores = np.asarray(self._booster.predict(cands.matrix), dtype=np.float64)
        probs = np.exp(scores - scores.max())
        probs /= probs.sum()
        order = np.argsort(-scores, kind="stable")
        return [Ranked(int(cands.index[i]), float(scores[i]), float(probs[i])) for i in order]

    def suggest_product(self, q: ProductQuery, k: int = 5) -> list[HsSuggestion]:
        """Top-k codes for a structured product, each with a calibrated confidence."""
        if not 1 <= k <= 50:
            raise InvalidInput(f"k must be between 1 and 50, got {k}")
        words = set(stemmed(q.text))
        return [self._suggestion(r, words) for r in self.rank(q)[:k]]

    def suggest(self, text: str, k: int = 5) -> list[HsSuggestion]:
        """Top-k codes for a free-text description."""
        return self.suggest_product(from_text(validate_description(text)), k)

    def ask(self, text: str, suggestions: list[HsSuggestion]) -> HsQuestion | None:
        """One clarifying question when the best candidates differ on exactly one attribute."""
        return clarifying_question(from_text(text), suggestions, self.table)

    def _suggestion(self, r: Ranked, words: set[str]) -> HsSuggestion:
        code = self.evidence.codes[r.position]
        matched = sorted(words & set(stemmed(self.evidence.context[r.position])))
        heading = self.table.get(code[:4])
        reason = f"matched: {', '.join(matched[:6])}" if matched else "closest by meaning"
        if heading:
            reason += f"; heading {heading.code} {heading.description_en}"
        return HsSuggestion(
            code=code,
            description=self.table.describe(code),
            score=round(r.probability, 4),  # softmax share: positive, comparable across codes
            reason=reason,
            coverage=round(len(matched) / len(words), 3) if words else 0.0,
            confidence=round(self._calibration(r.probability), 3),
        )
