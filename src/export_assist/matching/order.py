"""The shortlist's order is the order of the score it shows (issue 15, session 15).

A chat shortlist showed 適合度 78 %, 72 %, 70 %, 72 %, 71 %: the product's own buyers
were put first by a rule (own.py) and the diversity caps moved buyers below lower scores,
while the figure shown was the ranker's alone, so users read the list as unordered. Now
being one of the product's own buyers is part of the score itself: it raises the shown
score's log-odds by OWN_GOODS_LOGIT (a buyer at 0.50 shows 0.88) and says so as the
buyer's first reason; the diversity caps choose who is on the list, and the list is
ordered by the score shown, in the API, the chat and the widget alike."""

from __future__ import annotations

import math

from export_assist.matching.models import Candidate, Reason, ShortlistQuery
from export_assist.matching.reasons import join, render

OWN_GOODS_LOGIT = 2.0
_EDGE = 1e-4


def _logit(p: float) -> float:
    p = min(max(p, _EDGE), 1 - _EDGE)
    return math.log(p / (1 - p))


def raised(score: float) -> float:
    """A score with the product's own goods added (in log-odds: a logistic score rises
    as if its logit rose by OWN_GOODS_LOGIT; the weighted score of a run without the
    model the same way, so it stays in 0..1)."""
    return round(1.0 / (1.0 + math.exp(-(_logit(score) + OWN_GOODS_LOGIT))), 4)


def _own_reason(candidate: Candidate, query: ShortlistQuery) -> None:
    code = (query.product.code or "")[:4] if query.code_scheme == "hs" else ""
    params = {"code": code} if len(code) == 4 else {}
    reason = Reason(
        feature="own_goods",
        key="own_goods",
        contribution=OWN_GOODS_LOGIT,
        params=params,
        ja=render("own_goods", params, "ja"),
        en=render("own_goods", params, "en"),
    )
    candidate.reasons = [reason, *candidate.reasons]  # then the ranker's own top reasons
    candidate.summary = join([r.en for r in candidate.reasons], "en")
    candidate.summary_ja = join([r.ja for r in candidate.reasons], "ja")


def own_goods_scored(
    own: list[Candidate], rest: list[Candidate], query: ShortlistQuery
) -> list[Candidate]:
    """The product's own buyers with their raised score and reason, and the rest, in the
    order of the score shown (ties keep the ranker's order)."""
    for candidate in own:
        candidate.score = raised(candidate.score)
        _own_reason(candidate, query)
    return sorted([*own, *rest], key=lambda c: -c.score)


def by_score(chosen: list[Candidate]) -> list[Candidate]:
    """The shortlist in the order of the score shown, ranks 1..n."""
    ordered = sorted(chosen, key=lambda c: -c.score)
    for position, candidate in enumerate(ordered, start=1):
        candidate.rank = position
    return ordered
