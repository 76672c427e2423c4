"""The scoring model.

score = Σ_f w_f · v_f / Σ_f w_f over the features f of features.py, with the weights
w_f from settings (matching.weights). Each v_f is in 0..1; unknown features count
0.5. A buyer whose *required* certification the exporter does not hold is excluded,
not down-weighted. Product fit itself mixes three signals (matching.product_fit):

    product = (a·semantic + b·code + c·lexical) / (a + b + c)   (parts without input drop out)

semantic = max cosine similarity of the product description to one of the buyer's
interest phrases, rescaled from [floor, 1] to [0, 1]; code = hierarchy proximity of
the product code to the buyer's codes and past purchases (shared prefix; HS counts
whole levels); lexical = BM25 of the description over the buyer's interest text,
divided by the best BM25 of the query.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from export_assist.matching.features import Feature
from export_assist.matching.index import BuyerIndex
from export_assist.matching.models import FeatureScore
from export_assist.settings import MatchingWeights, ProductFitSettings


@dataclass
class ProductArrays:
    """Per-buyer product-fit parts for one query (aligned with the index)."""

    semantic: np.ndarray
    code: np.ndarray | None
    lexical: np.ndarray
    product: np.ndarray
    sims: np.ndarray
    item_lexical: np.ndarray | None = None  # best single interest by BM25 (the ranker's)


def code_scores(index: BuyerIndex, code: str, scheme: str) -> np.ndarray:
    """Hierarchy proximity of a code to each buyer's codes and trades, 0..1."""
    shared = index.shared_prefix(code).astype(np.float32)
    if scheme == "hs":
        shared = np.where(shared >= len(code), len(code), (shared // 2) * 2)
    return np.asarray(shared / max(1, len(code)), dtype=np.float32)


def product_arrays(
    index: BuyerIndex,
    query_vector: np.ndarray | None,
    text: str,
    code: str | None,
    scheme: str,
    cfg: ProductFitSettings,
) -> ProductArrays:
    """Semantic, code and lexical parts and their mix, for every buyer."""
    n = len(index)
    zeros = np.zeros(n, dtype=np.float32)
    semantic, sims = (zeros, np.zeros(0, dtype=np.float32))
    if query_vector is not None:
        best, sims = index.semantic(query_vector)
        semantic = np.clip((best - cfg.semantic_floor) / (1 - cfg.semantic_floor), 0, 1)
    lexical = index.lexical(text) if text else zeros
    codes = code_scores(index, code, scheme) if code else None
    total = np.zeros(n, dtype=np.float32)
    weight = 0.0
    if query_vector is not None:
        total += cfg.semantic * semantic
        total += cfg.lexical * lexical
        weight += cfg.semantic + cfg.lexical
    if codes is not None:
        total += cfg.code * codes
        weight += cfg.code
    product = total / weight if weight else zeros
    item = index.lexical_item(text) if text else zeros
    return ProductArrays(semantic, codes, lexical, product, sims, item)


def product_reason(arrays: ProductArrays, i: int, phrase: str, code_hit: str) -> str:
    """Why the product fits, in words."""
    parts = []
    if phrase:
        parts.append(f"interest '{phrase}' is {arrays.semantic[i]:.0%} similar in meaning")
    if arrays.lexical[i] > 0:
        parts.append(f"word overlap {arrays.lexical[i]:.0%} of the best")
    if arrays.code is not None:
        parts.append(
            f"code proximity {arrays.code[i]:.0%}" + (f" (via {code_hit})" if code_hit else "")
        )
    return "; ".join(parts) or "no product signal"


def weighted_score(features: Sequence[Feature], weights: MatchingWeights) -> float:
    """The weighted mean of the feature values."""
    table = weights.model_dump()
    total = sum(table[f.name] for f in features) or 1.0
    return round(float(sum(table[f.name] * f.value for f in features)) / float(total), 4)


def explain(features: Sequence[Feature], weights: MatchingWeights) -> list[FeatureScore]:
    """The per-feature explanation: value, normalised weight, known, reason."""
    table = weights.model_dump()
    total = sum(table[f.name] for f in features) or 1.0
    return [
        FeatureScore(
            feature=f.name,
            value=round(f.value, 4),
            weight=round(table[f.name] / total, 4),
            known=f.known,
            reason=f.reason,
        )
        for f in features
    ]


def summary(features: Sequence[Feature], weights: MatchingWeights) -> str:
    """One line: the product reason, then the strongest other known reasons."""
    table = weights.model_dump()
    others = [f for f in features if f.known and f.name not in ("product", "market")]
    others.sort(key=lambda f: -table[f.name] * f.value)
    return "; ".join([features[0].reason, *[f.reason for f in others[:2]]])
