"""Features of the scoring model, one small pure function each: a value in 0..1,
whether the data to judge it exists, and a reason a person can read.

Unknown features (the buyer or the exporter left the field empty) score a neutral
0.5 and say so, so missing data neither helps nor sinks a candidate.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from export_assist.matching.history import history_signals
from export_assist.matching.models import BuyerPublic, ExporterProfile

NEUTRAL = 0.5


@dataclass(frozen=True)
class Feature:
    """One feature value for one candidate."""

    name: str
    value: float
    known: bool
    reason: str
    excludes: bool = False  # a hard requirement the exporter cannot meet
    key: str = ""  # which sentence explains it (matching/reasons.py renders it in ja/en)
    params: dict[str, Any] = field(default_factory=dict)


def cert_key(name: str) -> str:
    """ISO 22000, iso-22000 and ISO22000 are the same certification."""
    return re.sub(r"[\s\-_/.]", "", name).casefold()


def market_fit(buyer: BuyerPublic, markets: Sequence[str]) -> Feature:
    """In a requested market: 1; anywhere else (no markets given): 0.3."""
    if not markets:
        return Feature("market", NEUTRAL, False, "no target market given", key="market_none")
    where = {"country": buyer.country, "markets": list(markets)}
    if buyer.country in markets:
        reason = f"based in {buyer.country}, a requested market"
        return Feature("market", 1.0, True, reason, key="market_in", params=where)
    reason = f"based in {buyer.country}, outside {', '.join(markets)}"
    return Feature("market", 0.3, True, reason, key="market_out", params=where)


def certification_fit(buyer: BuyerPublic, profile: ExporterProfile) -> Feature:
    """Every required certification must be held (else excluded); preferences add."""
    held = {cert_key(c) for c in profile.certifications}
    missing = [c for c in buyer.certifications_required if cert_key(c) not in held]
    if missing:
        return Feature(
            "certification",
            0.0,
            True,
            f"requires {', '.join(missing)}, which you do not hold",
            True,
            key="cert_missing",
            params={"missing": missing},
        )
    required = buyer.certifications_required
    preferred = buyer.certifications_preferred
    if not required and not preferred:
        return Feature("certification", 1.0, True, "no certification required", key="cert_none")
    have = [c for c in preferred if cert_key(c) in held]
    value = 1.0 if not preferred else 0.6 + 0.4 * len(have) / len(preferred)
    parts = [f"requires {', '.join(required)}: held"] if required else []
    if preferred:
        parts.append(f"prefers {', '.join(preferred)}: you hold {len(have)} of {len(preferred)}")
    params = {"required": required, "preferred": preferred, "held": len(have)}
    return Feature("certification", value, True, "; ".join(parts), key="cert_held", params=params)


def order_size_fit(buyer: BuyerPublic, profile: ExporterProfile) -> Feature:
    """Overlap of the exporter's order range (minimum..capacity) with the buyer's."""
    lo, hi = profile.minimum_order_usd, profile.capacity_usd_per_order
    blo, bhi = buyer.order_min_usd, buyer.order_max_usd
    if (lo is None and hi is None) or (blo is None and bhi is None):
        return Feature(
            "order_size", NEUTRAL, False, "order size unknown on one side", key="order_unknown"
        )
    lo, hi = lo or 0.0, hi if hi is not None else math.inf
    blo, bhi = blo or 0.0, bhi if bhi is not None else math.inf
    span = f"buyer orders USD {blo:,.0f}–{'open' if bhi == math.inf else f'{bhi:,.0f}'}"
    p = {"min": blo, "max": None if bhi == math.inf else bhi}
    if lo <= bhi and blo <= hi:
        return Feature("order_size", 1.0, True, f"{span}, within your range", False, "order_in", p)
    if hi < blo:  # the buyer's smallest order exceeds the exporter's capacity
        value = max(0.0, hi / blo)
        return Feature(
            "order_size", value, True, f"{span}, above your capacity", False, "order_above", p
        )
    value = max(0.0, bhi / lo)
    return Feature(
        "order_size", value, True, f"{span}, below your minimum order", False, "order_below", p
    )


def channel_fit(buyer: BuyerPublic, profile: ExporterProfile) -> Feature:
    """Share of the buyer's channels the exporter serves."""
    if not buyer.channels or not profile.channels:
        return Feature(
            "channel", NEUTRAL, False, "channels unknown on one side", key="channel_unknown"
        )
    theirs = {c.casefold() for c in buyer.channels}
    shared = theirs & {c.casefold() for c in profile.channels}
    value = len(shared) / len(theirs)
    reason = f"shared channels: {', '.join(sorted(shared))}" if shared else "no shared channel"
    key = "channel_shared" if shared else "channel_none"
    return Feature("channel", value, True, reason, key=key, params={"channels": sorted(shared)})


def language_fit(buyer: BuyerPublic, profile: ExporterProfile) -> Feature:
    """Japanese in common: 1; another shared language: 0.8; none: 0.2."""
    if not buyer.languages or not profile.languages:
        return Feature(
            "language", NEUTRAL, False, "languages unknown on one side", key="language_unknown"
        )
    shared = sorted(set(buyer.languages) & set(profile.languages))
    if "ja" in shared:
        return Feature("language", 1.0, True, "works in Japanese", key="language_ja")
    if shared:
        reason = f"shared language: {', '.join(shared)}"
        return Feature(
            "language", 0.8, True, reason, key="language_shared", params={"languages": shared}
        )
    reason = f"buyer works in {', '.join(buyer.languages)}"
    params = {"languages": list(buyer.languages)}
    return Feature("language", 0.2, True, reason, key="language_buyer", params=params)


def trade_history_fit(trades: Counter[str], code: str | None, scheme: str) -> Feature:
    """Past purchases of this code (or close codes), saturating: 3 weighted purchases = 0.6."""
    if not trades:
        return Feature(
            "trade_history", NEUTRAL, False, "no trade history on file", key="history_none"
        )
    if not code:
        reason = "no product code to compare history with"
        return Feature("trade_history", NEUTRAL, False, reason, key="history_nocode")
    h = history_signals(trades, code, scheme, None)
    params = {"code": code, "exact": h.exact, "weighted": round(h.weighted, 1), "total": h.total}
    if h.weighted == 0:
        reason = f"{h.total} past purchases, none near code {code}"
        return Feature("trade_history", 0.0, True, reason, key="history_far", params=params)
    reason = (
        f"{h.exact} past purchase(s) of {code}, {h.weighted:.1f} weighted incl. close codes "
        f"(of {h.total})"
    )
    return Feature("trade_history", h.fit, True, reason, key="history", params=params)
