"""Rate limits for anonymous use (publishable keys): a moving window per identifier,
kept in this process's memory by the `limits` library (each worker counts its own)."""

from __future__ import annotations

import math
import time

from limits import parse, storage, strategies

from export_assist.errors import RateLimited


class RateLimits:
    """Counts hits per (rate, identifiers) and refuses the ones over the rate."""

    def __init__(self) -> None:
        self._window = strategies.MovingWindowRateLimiter(storage.MemoryStorage())

    def hit(self, rate: str, *identifiers: str, what: str) -> None:
        """Count one hit; RateLimited (429) when the window is full."""
        item = parse(rate)
        if self._window.hit(item, *identifiers):
            return
        reset = self._window.get_window_stats(item, *identifiers).reset_time
        wait = max(1, math.ceil(reset - time.time()))
        raise RateLimited(f"Too many {what}: at most {rate}. Try again in {wait} s.")
