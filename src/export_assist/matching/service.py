"""Shortlists: candidate generation, scoring, screening, diversity — the one matcher
the API, the CLI and the evaluation all call."""

from __future__ import annotations

import threading
import time
from collections import Counter, OrderedDict
from collections.abc import Callable, Iterable

import numpy as np
from pydantic import BaseModel, Field

from export_assist.compliance.hs.ja_terms import english_terms
from export_assist.matching.directory import BuyerDirectory
from export_assist.matching.empty import EmptyShortlist, why_empty
from export_assist.matching.explain import (
    contributions,
    localise,
    summaries,
    top_reasons,
)
from export_assist.matching.features import Feature
from export_assist.matching.index import BuyerIndex
from export_assist.matching.learned import LearnedRanker, load_ranker
from export_assist.matching.models import (
    FICTITIOUS_NOTICE,
    Candidate,
    ScreeningResult,
    ShortlistQuery,
)
from export_assist.matching.order import by_score, own_goods_scored
from export_assist.matching.own import own_first
from export_assist.matching.ranker_features import (
    Signals,
    base_features,
    query_context,
    signals,
)
from export_assist.matching.scope import PUBLIC, BuyerScope
from export_assist.matching.scoring import ProductArrays, explain, product_arrays, weighted_score
from export_assist.retrieval.embeddings import Embedder
from export_assist.screening.screener import Screener
from export_assist.settings import MatchingSettings

Row = tuple[list[Feature], Signals]


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
    empty: EmptyShortlist | None = Field(
        default=None, description="Why no buyer was proposed (only when there is none)"
    )
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
        ranker: LearnedRanker | None = None,
    ) -> None:
        self.directory = directory
        self.embedder = embedder
        self._screener = screener
        self.settings = settings
        # The trained ranker orders buyers; without its file, the weighted score does.
        self.ranker = ranker if ranker is not None or not settings.learned_ranker else load_ranker()
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

    def _candidate(self, index: BuyerIndex, i: int, score: float, row: Row) -> Candidate:
        features, sig = row
        weights = self.settings.weights
        contrib = contributions(self.model(), sig, weights, self.settings.product_fit)
        reasons = top_reasons(contrib, sig, features)
        summary_en, summary_ja = summaries(reasons, features)
        return Candidate(
            rank=0,
            buyer=index.buyers[i],
            score=round(score, 4),
            features=localise(explain(features, weights), features),
            summary=summary_en,
            summary_ja=summary_ja,
            reasons=reasons,
            screening=ScreeningResult(status="not_screened"),
        )

    def product_arrays(self, index: BuyerIndex, query: ShortlistQuery) -> ProductArrays:
        """Meaning, words and code of the query against every buyer of the index."""
        # A Japanese name also carries its English trade words (the HS term map): buyers'
        # interests are mostly English, and the CJK bigram 日本 alone made 日本茶 a sake match.
        description = query.product.description
        text = f"{description} {english_terms(description)}".strip()
        vector = self.embedder.embed_query(text) if text else None
        code, scheme = query.product.code, query.code_scheme
        return product_arrays(index, vector, text, code, scheme, self.settings.product_fit)

    def signal_rows(
        self,
        index: BuyerIndex,
        query: ShortlistQuery,
        arrays: ProductArrays,
        order: list[int],
        markets: list[str],
    ) -> tuple[list[tuple[int, Row]], int]:
        """Features and ranker signals of the buyers in order; and how many were excluded."""
        ctx = query_context(
            query.product.description, query.product.code, query.code_scheme, arrays
        )
        rows: list[tuple[int, Row]] = []
        excluded = 0
        for i in order:
            features, phrase, via = base_features(index, i, query, markets, arrays)
            if any(f.excludes for f in features):
                excluded += 1
                continue
            rows.append((i, (features, signals(index, i, arrays, ctx, features, phrase, via))))
        return rows, excluded

    def model(self) -> LearnedRanker | None:
        """The learned ranker with the configured weights of the features it cannot learn."""
        if self.ranker is None:
            return None
        return self.ranker.with_priors(self.settings.weights.model_dump())

    def _scores(self, rows: list[tuple[int, Row]]) -> list[tuple[float, float]]:
        """(what orders the buyers, the score shown) per row."""
        model = self.model()
        if model is not None and rows:
            x = np.vstack([r[1][1].vector for r in rows])
            return [
                (float(z), float(v)) for z, v in zip(model.logits(x), model.scores(x), strict=True)
            ]
        weighted = [weighted_score(features, self.settings.weights) for _, (features, _) in rows]
        return [(w, w) for w in weighted]

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
        arrays = self.product_arrays(index, query)
        order = [int(i) for i in np.argsort(-arrays.product, kind="stable") if allowed[i]]
        depth = max(self.settings.rerank_depth, limit * 3)
        rows, excluded = self.signal_rows(index, query, arrays, order[:depth], markets)
        scored = sorted(zip(self._scores(rows), rows, strict=True), key=lambda item: -item[0][0])
        ranked = (self._candidate(index, i, s, row) for (_, s), (i, row) in scored)
        clear, out = self._screen(ranked, max(limit, self.settings.pool_size))
        # the product's own buyers: their score rises (order.py); the rest of another
        # family of goods drop out; diversity picks who is listed, the score shown orders
        own, rest = own_first(clear, query)
        pool = own_goods_scored(own, rest, query) if own else rest
        chosen = diversified(pool, limit, self.settings) if diversify else pool[:limit]
        chosen = by_score(chosen)
        fictitious = any(c.buyer.fictitious for c in chosen)
        empty = (
            None
            if chosen
            else why_empty(
                markets,
                set(index.countries),
                excluded=excluded,
                screened_out=len(out),
                other_goods=len(clear) - len(own) - len(rest),
            )
        )
        return Shortlist(
            markets=markets,
            candidates=chosen,
            screened_out=out if query.view == "advisor" else [],
            screened_out_count=len(out),
            excluded_hard_requirements=excluded,
            considered=len(order),
            lists_used=self._screener().lists,
            notice=FICTITIOUS_NOTICE if fictitious else None,
            empty=empty,
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
    # Not enough variety in the pool: fill with the best of what was held back (the list is
    # then ordered by score, by_score: a held-back buyer is no longer shown below a lower
    # score, which users read as an unordered list; s15 issue 15)
    return chosen + held_back[: limit - len(chosen)]
