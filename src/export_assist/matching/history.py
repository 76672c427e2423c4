"""Trade history of one buyer as the ranker sees it: purchases per code with the date of
the latest one, and what they say about a query code (volume, exact, recency)."""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from dataclasses import dataclass

from export_assist.matching.codes import proximity

RECENCY_DAYS = 180.0  # a close purchase this long before the newest record counts e^-1


class TradeCounts(Counter[str]):
    """Purchases per code; `last` holds the date of the latest purchase of each code."""

    def __init__(self, counts: dict[str, int] | None = None) -> None:
        super().__init__(counts or {})
        self.last: dict[str, dt.date] = {}

    def newest(self) -> dt.date | None:
        """The date of the buyer's latest purchase of anything."""
        return max(self.last.values(), default=None)


@dataclass(frozen=True)
class HistorySignals:
    """What a buyer's purchases say about one query code."""

    total: int  # all past purchases of the buyer
    exact: int  # purchases of exactly this code
    weighted: float  # purchases of close codes, weighted by proximity²
    recency: float  # e^(-age/RECENCY_DAYS) of the latest close purchase; 0 without one
    last: dt.date | None  # the date of that purchase
    via: str  # the close code bought most recently

    @property
    def fit(self) -> float:
        """Saturating volume of close purchases: 3 weighted purchases = 0.6."""
        return self.weighted / (self.weighted + 2.0)


def history_signals(
    trades: Counter[str], code: str | None, scheme: str, as_of: dt.date | None
) -> HistorySignals:
    """Volume, exact count and recency of the buyer's purchases close to the code."""
    total = sum(trades.values())
    if not code or not trades:
        return HistorySignals(total, 0, 0.0, 0.0, None, "")
    last_dates = getattr(trades, "last", {})
    weighted, last, via = 0.0, None, ""
    for past, n in trades.items():
        p = proximity(code, past, scheme)
        if p < 0.5:
            continue
        weighted += n * p * p
        when = last_dates.get(past)
        if when is not None and (last is None or when > last):
            last, via = when, past
    recency = 0.0
    if last is not None and as_of is not None:
        recency = math.exp(-max(0, (as_of - last).days) / RECENCY_DAYS)
    return HistorySignals(total, trades.get(code, 0), weighted, recency, last, via)
