"""Shortlists: candidate generation, scoring, screening, diversity — the one matcher
the API, the CLI and the evaluation all call."""

from __future__ import annotations

import threading
import time
from collections import Counter, OrderedDict
from collections.abc import Callable, Iterable

import numpy as np
from pydantic import BaseModel, Field

from export_assist.matching import features as feat
from export_assist.matching.codes import best_proximity
from export_assist.matching.directory import BuyerDirectory
from export_assist.matching.index import BuyerIndex
from export_assist.matching.models import (
    FICTITIOUS_NOTICE,
    Candidate,
    ScreeningResult,
    ShortlistQuery,
)
from export_assist.matching.scope import PUBLIC, BuyerScope
from export_assist.matching.scoring import (
    ProductArrays,
    explain,
    product_arrays,
    product_reason,
    summary,
    weighted_score,
)
from export_assist.retrieval.embeddings import Embedder
from export_assist.screening.screener import Screener
from export_assist.settings import MatchingSettings


class Shortlist(BaseModel):
    """Ranked, explained, screened candidates; screened-out ones only in the advisor view."""

    markets: list[str]
    candidates: list[Candidate]
    screened_out: list[Candidate] = Field(default_factory=list)
    screened_out_count: int | None = Field(default=0, description="Advisor view only")
    excluded_hard_requirements: int = 0
    considered: int = 0
    lists_used: list[str] = Field(default_factory=list)
    notice: str | None = None
    took_ms: float = 0.0


class ShortlistService:
    """Ranks buyers over one index per tenant: its private buyers plus the public directory.

    Each tenant gets an index of its own (not one shared index filtered at query time) so
    that no score depends on another tenant's buyers: BM25 statistics and score scaling
    see only what the tenant may see. Indexes rebuild when their buyers change; the
    embeddings come from the content-hash cache, so a rebuild re-embeds nothing old.
    """

    MAX_INDEXES = 16  # tenants whose index stays in memory (least recently used leave)

    def __init__(
        self,
        directory: BuyerDirectory,
        embedder: Embedder,
        screener: Callable[[], Screener],
        settings: MatchingSettings,
    ) -> None:
        self.directory = directory
        self.embedder = embedder
        self._screener = screener
        self.settings = settings
        self._indexes: OrderedDict[str, BuyerIndex] = OrderedDict()
        self._lock = threading.Lock()

    def index(self, tenant: str = PUBLIC) -> BuyerIndex:
        """The index of what a tenant sees (rebuilt if that changed since it was built)."""
        scope = BuyerScope(tenant)
        fingerprint = self.directory.fingerprint(scope)
        with self._lock:
            index = self._indexes.get(tenant)
            if index is None or index.fingerprint != fingerprint:
                index = BuyerIndex(
                    self.directory.all(scope),
                    self.directory.trade_profiles(scope),
                    self.embedder,
                    fingerprint,
                )
                self._indexes[tenant] = index
            self._indexes.move_to_end(tenant)
            while len(self._indexes) > self.MAX_INDEXES:
                self._indexes.popitem(last=False)
            return index

    def _features(
        self,
        index: BuyerIndex,
        i: int,
        query: ShortlistQuery,
        markets: list[str],
        arrays: ProductArrays,
    ) -> list[feat.Feature]:
        buyer = index.buyers[i]
        code = query.product.code
        via = ""
        if code:
            _, via = best_proximity(
                code, [*buyer.product_codes, *index.trades[i]], query.code_scheme
            )
        reason = product_reason(arrays, i, index.best_phrase(i, arrays.sims), via)
        return [
            feat.Feature("product", float(arrays.product[i]), True, reason),
            feat.market_fit(buyer, markets),
            feat.certification_fit(buyer, query.profile),
            feat.order_size_fit(buyer, query.profile),
            feat.channel_fit(buyer, query.profile),
            feat.language_fit(buyer, query.profile),
            feat.trade_history_fit(index.trades[i], code, query.code_scheme),
        ]

    def _candidate(
        self, index: BuyerIndex, i: int, score: float, features: list[feat.Feature]
    ) -> Candidate:
        weights = self.settings.weights
        return Candidate(
            rank=0,
            buyer=index.buyers[i],
            score=score,
            features=explain(features, weights),
            summary=summary(features, weights),
            screening=ScreeningResult(status="not_screened"),
        )

    def rank(
        self,
        query: ShortlistQuery,
        limit: int | None = None,
        diversify: bool = True,
        *,
        tenant: str = PUBLIC,
    ) -> Shortlist:
        """Rank the buyers a tenant sees (its own + public; public only by default)."""
        started = time.perf_counter()
        index = self.index(tenant)
        markets = query.markets or query.profile.target_markets
        limit = limit or query.limit
        allowed = np.isin(index.countries, markets) if markets else np.ones(len(index), dtype=bool)
        text = query.product.description
        vector = self.embedder.embed_query(text) if text else None
        arrays = product_arrays(
            index, vector, text, query.product.code, query.code_scheme, self.settings.product_fit
        )
        order = [int(i) for i in np.argsort(-arrays.product, kind="stable") if allowed[i]]
        depth = max(self.settings.rerank_depth, limit * 3)
        scored: list[tuple[float, int, list[feat.Feature]]] = []
        excluded = 0
        for i in order[:depth]:
            features = self._features(index, i, query, markets, arrays)
            if any(f.excludes for f in features):
                excluded += 1
                continue
            scored.append((weighted_score(features, self.settings.weights), i, features))
        scored.sort(key=lambda item: -item[0])
        ranked = (self._candidate(index, i, s, f) for s, i, f in scored)
        clear, out = self._screen(ranked, max(limit, self.settings.pool_size))
        chosen = diversified(clear, limit, self.settings) if diversify else clear[:limit]
        for position, candidate in enumerate(chosen, start=1):
            candidate.rank = position
        fictitious = any(c.buyer.fictitious for c in chosen)
        return Shortlist(
            markets=markets,
            candidates=chosen,
            screened_out=out if query.view == "advisor" else [],
            screened_out_count=len(out),
            excluded_hard_requirements=excluded,
            considered=len(order),
            lists_used=self._screener().lists,
            notice=FICTITIOUS_NOTICE if fictitious else None,
            took_ms=round((time.perf_counter() - started) * 1000, 2),
        )

    def _screen(
        self, ranked: Iterable[Candidate], pool: int
    ) -> tuple[list[Candidate], list[Candidate]]:
        # Screen in rank order until the pool has enough clear candidates: everything
        # that could reach the shortlist has been screened before it is shown.
        screener = self._screener()
        clear: list[Candidate] = []
        out: list[Candidate] = []
        for candidate in ranked:
            if len(clear) >= pool:
                break
            buyer = candidate.buyer
            candidate.screening = screener.screen([buyer.name, buyer.native_name], buyer.country)
            (out if candidate.screening.status in ("hit", "possible_match") else clear).append(
                candidate
            )
        return clear, out


def diversified(ranked: list[Candidate], limit: int, settings: MatchingSettings) -> list[Candidate]:
    """Best-first, at most max_per_city from one city and a capped share from one country."""
    per_city: Counter[tuple[str, str]] = Counter()
    per_country: Counter[str] = Counter()
    countries = {c.buyer.country for c in ranked}
    cap = (
        max(1, int(np.ceil(limit * settings.max_per_country_share)))
        if len(countries) > 1
        else limit
    )
    chosen: list[Candidate] = []
    held_back: list[Candidate] = []
    for c in ranked:
        city = (c.buyer.country, (c.buyer.city or "").casefold())
        crowded = bool(c.buyer.city) and per_city[city] >= settings.max_per_city
        if crowded or per_country[c.buyer.country] >= cap:
            held_back.append(c)
            continue
        chosen.append(c)
        per_city[city] += 1
        per_country[c.buyer.country] += 1
        if len(chosen) == limit:
            return chosen
    # Not enough variety in the pool: fill with the best of what was held back.
    return chosen + held_back[: limit - len(chosen)]
