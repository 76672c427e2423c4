"""A buyer's explanation from the ranker that placed it: the features that raised its
score most, as structured reasons (key + parameters) and as sentences in ja and en."""

from __future__ import annotations

from collections.abc import Sequence

from export_assist.matching.features import Feature
from export_assist.matching.learned import LearnedRanker
from export_assist.matching.models import FeatureScore, Reason
from export_assist.matching.ranker_features import FEATURES, LEARNED, PRIOR, Signals
from export_assist.matching.reasons import SENTENCES, join, render
from export_assist.settings import MatchingWeights, ProductFitSettings

TOP = 3
# Signals that are one fact in words: a buyer gets the sentence once.
_SAME = {
    "history_exact": "history",
    "history_share": "history",
    "lexical_rank": "lexical",
    "lexical_item": "lexical",
    "reference_share": "reference",
}
# What a buyer does not ask for or what is not on file is no reason to propose it: "this
# buyer asks for no certification" led almost every buyer's reasons (s9 trial). Such facts
# stay in the per-feature table; the reasons name what fits.
_ABSENCE = {
    "cert_none",
    "history_none",
    "history_nocode",
    "market_none",
    "order_unknown",
    "channel_unknown",
    "channel_none",
    "language_unknown",
}


def weighted_contributions(
    sig: Signals, weights: MatchingWeights, mix: ProductFitSettings
) -> dict[str, float]:
    """Without a trained model: each signal's part of the configured weighted score."""
    parts = {"semantic": mix.semantic, "lexical": mix.lexical, "code": mix.code}
    total = sum(parts.values()) or 1.0
    w = {name: weights.product * share / total for name, share in parts.items()}
    w["history"] = weights.trade_history
    w.update({name: getattr(weights, name) for name in PRIOR})
    return {
        name: w.get(name, 0.0) * (float(x) - 0.5)
        for name, x in zip(FEATURES, sig.vector, strict=True)
    }


def contributions(
    ranker: LearnedRanker | None,
    sig: Signals,
    weights: MatchingWeights,
    mix: ProductFitSettings,
) -> dict[str, float]:
    """Per feature: what it adds to this buyer's score, by the ranker in use."""
    if ranker is None:
        return weighted_contributions(sig, weights, mix)
    return ranker.contributions(sig.vector)


def _reason(name: str, c: float, sig: Signals, by_name: dict[str, Feature]) -> Reason | None:
    if name in LEARNED:
        key, params = _SAME.get(name, name), sig.params.get(name, {})
        if not sig.known.get(name, True):
            return None
        if name == "history_recent" and not params.get("last"):
            return None
    else:
        feature = by_name[name]
        if not feature.known:
            return None
        key, params = feature.key, feature.params
    if key not in SENTENCES or key in _ABSENCE:
        return None
    return Reason(
        feature=name,
        key=key,
        contribution=round(c, 4),
        params=params,
        ja=render(key, params, "ja"),
        en=render(key, params, "en"),
    )


def top_reasons(
    contrib: dict[str, float], sig: Signals, features: Sequence[Feature], top: int = TOP
) -> list[Reason]:
    """The features that raise this buyer most, best first, one sentence per fact."""
    by_name = {f.name: f for f in features}
    chosen: list[Reason] = []
    for name, c in sorted(contrib.items(), key=lambda kv: -kv[1]):
        if c <= 0 or len(chosen) == top:
            break
        reason = _reason(name, c, sig, by_name)
        if reason is not None and reason.key not in {r.key for r in chosen}:
            chosen.append(reason)
    return chosen


def summaries(reasons: Sequence[Reason], features: Sequence[Feature]) -> tuple[str, str]:
    """The summary line in English and Japanese (the product reason when nothing stands out)."""
    if not reasons:
        return features[0].reason, "目立った適合理由なし（スコアは全特徴の合計）"
    return join([r.en for r in reasons], "en"), join([r.ja for r in reasons], "ja")


def localise(scores: list[FeatureScore], features: Sequence[Feature]) -> list[FeatureScore]:
    """The per-feature table with each reason's key, parameters and Japanese sentence."""
    for score, f in zip(scores, features, strict=True):
        score.key, score.params = f.key, f.params
        if f.key in SENTENCES:
            score.reason_ja = render(f.key, f.params, "ja")
    return scores
