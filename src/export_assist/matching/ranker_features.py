"""The learned ranker's input: one vector of signals per candidate buyer, plus the
parameters that let each signal be explained in words (phrase, code, dates...).

The evaluation, the training script and the API build these vectors through this one
function, so the model is trained on exactly what it sees at run time."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from export_assist.matching import features as feat
from export_assist.matching.codes import best_proximity
from export_assist.matching.features import Feature
from export_assist.matching.history import HistorySignals, history_signals
from export_assist.matching.index import BuyerIndex, reference_prefixes
from export_assist.matching.models import ShortlistQuery
from export_assist.matching.scoring import ProductArrays, product_reason

# Learned from the tenders data (they vary there).
LEARNED = (
    "semantic",
    "lexical",
    "lexical_rank",
    "lexical_item",
    "code",
    "history",
    "history_exact",
    "history_share",
    "history_recent",
    "volume",
    "reference",
    "reference_share",
)
# Constant in the tenders data (one country, no certificates, sizes or channels): the
# model cannot learn them, so they keep their configured weight as a prior.
PRIOR = ("market", "certification", "order_size", "channel", "language")
FEATURES = LEARNED + PRIOR
# Below this closeness in meaning to a buyer's interest, the closeness is not said as a reason.
SEMANTIC_SHOWN = 0.45


@dataclass
class Signals:
    """The vector of one candidate and what each entry is about."""

    vector: np.ndarray
    params: dict[str, dict[str, Any]] = field(default_factory=dict)
    known: dict[str, bool] = field(default_factory=dict)


@dataclass(frozen=True)
class QueryContext:
    """What every candidate of one query shares."""

    text: str
    code: str | None
    scheme: str
    references: tuple[str, ...]
    lexical_rank: np.ndarray  # 1 for the buyer whose interests match the words best


def query_context(text: str, code: str | None, scheme: str, arrays: ProductArrays) -> QueryContext:
    """What is computed once per query: reference prefixes, the buyers' word-match ranks."""
    lexical = arrays.lexical
    ranks = np.empty(len(lexical), dtype=np.int64)
    ranks[np.argsort(-lexical, kind="stable")] = np.arange(1, len(lexical) + 1)
    refs = tuple(dict.fromkeys(reference_prefixes(text)))
    return QueryContext(text, code, scheme, refs, ranks)


def _reference(index: BuyerIndex, i: int, refs: Sequence[str]) -> tuple[int, str]:
    best, which = 0, ""
    for ref in refs:
        n = index.references[i].get(ref, 0)
        if n > best:
            best, which = n, ref
    return best, which


def _history_params(h: HistorySignals, code: str | None) -> dict[str, Any]:
    return {
        "code": code or "",
        "exact": h.exact,
        "weighted": round(h.weighted, 1),
        "total": h.total,
        "last": h.last.isoformat() if h.last else "",
        "via": h.via,
    }


def signals(
    index: BuyerIndex,
    i: int,
    arrays: ProductArrays,
    ctx: QueryContext,
    base: Sequence[Feature],
    phrase: str,
    via: str,
) -> Signals:
    """The ranker's vector for buyer i (base: the scoring features of features.py)."""
    h = history_signals(index.trades[i], ctx.code, ctx.scheme, index.as_of)
    refs, ref = _reference(index, i, ctx.references)
    # Of all purchases of this code (and items under this reference), this buyer's share.
    code_total = index.code_totals.get(ctx.code or "", 0)
    ref_total = index.reference_totals.get(ref, 0)
    by_name = {f.name: f for f in base}
    code = float(arrays.code[i]) if arrays.code is not None else 0.0
    values = {
        "semantic": float(arrays.semantic[i]),
        "lexical": float(arrays.lexical[i]),
        "lexical_rank": 1.0 / float(ctx.lexical_rank[i]) if arrays.lexical[i] > 0 else 0.0,
        "lexical_item": float(arrays.item_lexical[i]) if arrays.item_lexical is not None else 0.0,
        "code": code,
        "history": h.fit,
        "history_exact": math.log1p(h.exact),
        "history_share": h.exact / code_total if code_total else 0.0,
        "history_recent": h.recency,
        "volume": math.log1p(h.total),
        "reference": math.log1p(refs),
        "reference_share": refs / ref_total if ref_total else 0.0,
        **{name: by_name[name].value for name in PRIOR},
    }
    hist = _history_params(h, ctx.code)
    params: dict[str, dict[str, Any]] = {
        "semantic": {"phrase": phrase, "pct": round(100 * values["semantic"])},
        "lexical": {"pct": round(100 * values["lexical"])},
        "lexical_rank": {"pct": round(100 * values["lexical"])},
        "lexical_item": {"pct": round(100 * values["lexical"])},
        "code": {
            "pct": round(100 * code),
            "via": via,
            "code": ctx.code or "",
            "scheme": ctx.scheme,
        },
        "history": hist,
        "history_exact": hist,
        "history_share": {**hist, "all": code_total},
        "history_recent": hist,
        "volume": hist,
        "reference": {"reference": ref, "count": refs},
        "reference_share": {"reference": ref, "count": refs},
    }
    known = {
        # a weak closeness in meaning is no reason to show (a Nambu kettle buyer was proposed as
        # 「関心品目『Tシャツ・衣料品』と意味が44%近い」, s34 user trial); it still counts in the score
        "semantic": bool(phrase) and values["semantic"] >= SEMANTIC_SHOWN,
        "history": h.total > 0 and bool(ctx.code),
        # No purchases on file is an absence, not a reason to propose the buyer (the learned
        # volume weight can make zero raise a score: "0 past purchases on file" was shown).
        "volume": h.total > 0,
        "history_exact": h.exact > 0,  # 「210390 の購入実績 0 件」 was the next absence shown
        "history_share": h.exact > 0,
        # Likewise no shared word, no close code, no item under the reference: an absence
        # ("関心品目と語句が一致（最良の0%）" was shown as a reason for a Vietnamese buyer).
        **{name: values["lexical"] > 0 for name in ("lexical", "lexical_rank", "lexical_item")},
        "code": arrays.code is not None and round(100 * code) > 0,
        "reference": refs > 0,
        "reference_share": refs > 0,
        **{name: by_name[name].known for name in PRIOR},
    }
    vector = np.array([values[name] for name in FEATURES], dtype=np.float32)
    return Signals(vector, params, known)


def base_features(
    index: BuyerIndex, i: int, query: ShortlistQuery, markets: list[str], arrays: ProductArrays
) -> tuple[list[Feature], str, str]:
    """The scoring features of buyer i, its closest interest and its closest code."""
    buyer = index.buyers[i]
    code = query.product.code
    via = ""
    if code:
        _, via = best_proximity(code, [*buyer.product_codes, *index.trades[i]], query.code_scheme)
    phrase = index.best_phrase(i, arrays.sims)
    reason = product_reason(arrays, i, phrase, via)
    params = {
        "phrase": phrase,
        "semantic": round(100 * float(arrays.semantic[i])),
        "lexical": round(100 * float(arrays.lexical[i])),
        "code": None if arrays.code is None else round(100 * float(arrays.code[i])),
        "via": via,
        "scheme": query.code_scheme,
    }
    features = [
        Feature("product", float(arrays.product[i]), True, reason, key="product", params=params),
        feat.market_fit(buyer, markets),
        feat.certification_fit(buyer, query.profile),
        feat.order_size_fit(buyer, query.profile),
        feat.channel_fit(buyer, query.profile),
        feat.language_fit(buyer, query.profile),
        feat.trade_history_fit(index.trades[i], code, query.code_scheme),
    ]
    return features, phrase, via
