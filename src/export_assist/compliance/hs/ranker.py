"""The default HS suggester: candidates and features (features.py), ranked by a small
LightGBM lambdarank model, with a calibrated confidence and, when the best candidates
differ on exactly one attribute the product did not state, one clarifying question.

Two models ship in compliance/data, each with its calibration: hs_ranker.txt/.json reads
embedding similarity too (used when an embedder is given), hs_ranker_lexical.txt/.json
reads words and rulings only (no embedder, or the embedder fails on a query).
scripts/train_hs_ranker.py rebuilds them from public rulings and the tuning split.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from typing import Any

import numpy as np

from export_assist.compliance.hs.antiques import is_antique_code, is_young_code, says_old
from export_assist.compliance.hs.calibration import Isotonic
from export_assist.compliance.hs.dried_fruit import dried_in_place, dried_only
from export_assist.compliance.hs.edible import demote, edible_ranks
from export_assist.compliance.hs.features import FEATURES, HsEvidence
from export_assist.compliance.hs.fish import fish_ranks, meat_ranks, reorder_fish
from export_assist.compliance.hs.knitted import is_knitted, says_not_knitted
from export_assist.compliance.hs.labels_ja import reason_ja
from export_assist.compliance.hs.material_siblings import (
    denied_material,
    named_wood,
    other_material,
)
from export_assist.compliance.hs.power import power_rank
from export_assist.compliance.hs.product import ProductQuery, from_text
from export_assist.compliance.hs.question import clarifying_question
from export_assist.compliance.hs.states import (
    for_incubation,
    fresh_fruit_only,
    fresh_only,
    is_dried_only,
    is_incubation,
    is_preparation,
    raw_state_only,
)
from export_assist.compliance.hs.suggest import validate_description
from export_assist.compliance.hs.table import PACKAGED_SOURCE, HsTable, packaged_table
from export_assist.domain.hs import NO_WORD_MATCHED, HsQuestion, HsSuggestion
from export_assist.errors import InvalidInput, ServiceUnavailable
from export_assist.retrieval.embeddings import Embedder, Vectors
from export_assist.retrieval.tokenize import stemmed

log = logging.getLogger(__name__)

MODEL_FILE = "hs_ranker.txt"
META_FILE = "hs_ranker.json"
LEXICAL_MODEL_FILE = "hs_ranker_lexical.txt"
LEXICAL_META_FILE = "hs_ranker_lexical.json"


@dataclass(frozen=True)
class Ranked:
    """One ranked candidate: table position, model score, softmax probability."""

    position: int
    score: float
    probability: float
    calibration: Isotonic


def packaged_model(dense: bool = True) -> tuple[str, dict[str, Any]]:
    """A shipped model text and its metadata (features, calibration, training facts)."""
    data = resources.files("export_assist.compliance").joinpath("data")
    model, meta = (MODEL_FILE, META_FILE) if dense else (LEXICAL_MODEL_FILE, LEXICAL_META_FILE)
    text = data.joinpath(model).read_text(encoding="utf-8")
    return text, json.loads(data.joinpath(meta).read_text(encoding="utf-8"))


def has_dense_model() -> bool:
    """Whether a model with embedding features ships with the package."""
    data = resources.files("export_assist.compliance").joinpath("data")
    return data.joinpath(MODEL_FILE).is_file()


class _Model:
    """One LightGBM booster with its calibration."""

    def __init__(self, model: tuple[str, dict[str, Any]]) -> None:
        import lightgbm  # the one module that runs the model

        text, meta = model
        if list(meta.get("features", [])) != list(FEATURES):
            raise InvalidInput("the HS ranker model was trained on other features: retrain it")
        self.booster = lightgbm.Booster(model_str=text)
        self.calibration = Isotonic.from_json(meta["calibration"])
        self.meta = meta
        self.dense = bool(meta.get("dense", True))


@cache
def _packaged_evidence(subheadings: bool) -> HsEvidence:
    """The words-only indexes over the packaged nomenclature: immutable, so every
    container of a process shares them (about 4 s to build on one core)."""
    return HsEvidence(packaged_table(), None, subheadings=subheadings)


class RankedHsSuggester:
    """Learned ranking of 6-digit subheadings for a product (ja or en)."""

    def __init__(
        self,
        table: HsTable,
        embedder: Embedder | None,
        model: tuple[str, dict[str, Any]] | None = None,
        lexical: tuple[str, dict[str, Any]] | None = None,
    ) -> None:
        self.table = table
        self._lexical = _Model(lexical or packaged_model(dense=False))
        main = _Model(model) if model else None
        if main is None and embedder is not None and has_dense_model():
            main = _Model(packaged_model(dense=True))
        # without an embedder the words-only model runs (and embeds nothing)
        self._model = main if main is not None and (embedder or not main.dense) else self._lexical
        subheadings = bool(self._model.meta.get("dense_subheadings", True))
        if table.source == PACKAGED_SOURCE and not self._model.dense:
            self.evidence = _packaged_evidence(subheadings)  # built once per process
        else:
            dense = embedder if self._model.dense else None
            self.evidence = HsEvidence(table, dense, subheadings=subheadings)
        self.meta = self._model.meta

    def embeddings(self) -> Vectors | None:
        """Embed the HS texts and rulings now (shipped, else slow once and cached)."""
        vectors = self.evidence.vectors()
        return None if vectors is None else vectors[0]

    def rank(self, q: ProductQuery, exclude_ruling: str | None = None) -> list[Ranked]:
        """Every candidate, best first, with the model's score and softmax probability."""
        model = self._model
        try:
            cands = self.evidence.candidates(q, exclude_ruling, dense=model.dense)
        except ServiceUnavailable as exc:  # an embedding endpoint down: rank by words
            log.warning("HS ranker: embedding failed (%s); ranking by words only", exc)
            model = self._lexical
            cands = self.evidence.candidates(q, exclude_ruling, dense=False)
        scores = np.asarray(model.booster.predict(cands.matrix), dtype=np.float64)
        probs = np.exp(scores - scores.max())
        probs /= probs.sum()
        codes = [self.evidence.codes[int(p)] for p in cands.index]
        own = [self.table.entries[c].description_en for c in codes]
        # a raw state the name states puts preparations after the rest (s10: 冷凍和牛); woven
        # goods put the knitted siblings after the rest (s30: a bedspread, 6304.19)
        later = np.zeros(len(scores))
        if raw_state_only(q.name):
            later += np.array([float(is_preparation(t)) for t in own])
        if fresh_only(q.text):  # 生のぶどう: not raisins
            later += np.array([float(is_dried_only(t)) for t in own])
        if fresh_fruit_only(q.text):  # fresh grapes: not grape must
            later += np.array([float(c.startswith("22")) for c in codes])
        if not for_incubation(q.text):  # eggs to eat, not for hatching
            later += np.array([float(is_incubation(t)) for t in own])
        if says_not_knitted(q.text):
            later += np.array([float(is_knitted(t)) for t in own])
        later += np.array(other_material(codes, own, q.text))
        later += np.array(denied_material(own, q.not_materials))  # "not bamboo"
        later += np.array(named_wood(own, q.text))  # 「ヒノキの箸」
        later += np.array(meat_ranks(codes, own, q.text))  # a fish's loins are no beef
        # new goods are no antiques (test34 t013: a watercolour painted this year), old ones
        # (明治時代の掛け軸) are
        young = says_old(q.text)
        later += np.array([float((is_young_code if young else is_antique_code)(t)) for t in own])
        heads = [self._heading_text(c) for c in codes]
        later += np.array([power_rank(t, q.text, h) for t, h in zip(own, heads, strict=True)])
        order = np.lexsort((-scores, later))
        order = np.asarray(reorder_fish(list(order), codes, fish_ranks(codes, own, q.text)))
        order = np.asarray(demote(list(order), edible_ranks(own, q.text)))
        ranked = [
            Ranked(int(cands.index[i]), float(scores[i]), float(probs[i]), model.calibration)
            for i in order
        ]
        # 干し柿: dried fruit of a fresh-only heading is heading 0813's, in the fresh one's place
        if not dried_only(q.text):
            return ranked
        placed = dried_in_place([r.position for r in ranked], self.evidence.codes)
        return [replace(ranked[rank], position=position) for rank, position in placed]

    def _heading_text(self, code: str) -> str:
        heading = self.table.get(code[:4])
        return heading.description_en if heading else ""

    def suggest_product(self, q: ProductQuery, k: int = 5) -> list[HsSuggestion]:
        """Top-k codes for a structured product, each with a calibrated confidence."""
        if not 1 <= k <= 50:
            raise InvalidInput(f"k must be between 1 and 50, got {k}")
        words = set(stemmed(q.text))
        # a Japanese name is read through its English words: its own tokens (bigrams)
        # never occur in an English-only nomenclature, so they are no missing evidence
        english = {w for w in words if w.isascii()}
        return [self._suggestion(r, words, english, q.text) for r in self.rank(q)[:k]]

    def suggest(self, text: str, k: int = 5) -> list[HsSuggestion]:
        """Top-k codes for a free-text description."""
        return self.suggest_product(from_text(validate_description(text)), k)

    def ask(self, text: str, suggestions: list[HsSuggestion]) -> HsQuestion | None:
        """One clarifying question when the best candidates differ on exactly one attribute."""
        return clarifying_question(from_text(text), suggestions, self.table)

    def _suggestion(
        self, r: Ranked, words: set[str], english: set[str], text: str = ""
    ) -> HsSuggestion:
        code = self.evidence.codes[r.position]
        context = set(stemmed(self.evidence.context[r.position]))
        matched = sorted(words & context)
        share = len(matched) / len(words) if words else 0.0
        if english and english != words:
            share = max(share, len(english & context) / len(english))
        heading = self.table.get(code[:4])
        reason = f"matched: {', '.join(matched[:6])}" if matched else NO_WORD_MATCHED
        if heading:
            reason += f"; heading {heading.code} {heading.description_en}"
        return HsSuggestion(
            code=code,
            description=self.table.describe(code),
            description_ja=self.table.describe(code, "ja"),
            score=round(r.probability, 4),  # softmax share: positive, comparable across codes
            reason=reason,
            reason_ja=reason_ja(text, set(matched), code, self.table.describe(code[:4], "ja")),
            coverage=round(share, 3),
            confidence=round(r.calibration(r.probability), 3),
        )
