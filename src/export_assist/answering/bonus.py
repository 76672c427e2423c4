"""What a sentence gains beyond the question's own words: naming the market asked about
(a Japan-side document's one procedure serves every market), or naming the corpus's term
for an everyday word of the question (「無料で貸し出す」 asks about the 無償特例, 「少ない金額」
about the 少額特例) when few candidate sentences name it."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from export_assist.answering.elsewhere import names_market
from export_assist.answering.years import named_years
from export_assist.domain.citations import SearchHit
from export_assist.retrieval.normalize import nfkc

# What a sentence of a Japan-side or cross-cutting document gains by naming the market asked
# about: the document's one procedure serves every market, that sentence is the asked one's.
MARKET_NAMED = 0.3
# What a sentence gains by naming a term the question implies in everyday words; a term
# named by more than DISTINCT candidate sentences says nothing about which one answers.
TERM_NAMED = 2.0
DISTINCT = 2
# What a sentence gains by stating a year the question names (「2025年10月からキャッチオール規制が
# 変わったと聞きました」): an answer that states no year asked about is handed off as thin.
YEAR_NAMED = 0.5


def market_bonus(unit: str, hit: SearchHit, markets: frozenset[str]) -> float:
    """MARKET_NAMED for a sentence of a Japanese or cross-cutting document that names one
    of the markets asked about (「台湾向けには特別通関手帳」 for a Taiwan fair)."""
    if hit.citation.country not in ("JP", "INTL") or not markets:
        return 0.0
    return MARKET_NAMED if names_market(unit, markets) else 0.0


def _has(term: str, text: str) -> bool:
    return term in text if not term.isascii() else f" {term} " in f" {text} "


def term_bonus(terms: Sequence[str], units: Sequence[str]) -> Callable[[str], float]:
    """TERM_NAMED for a sentence naming one of the implied corpus `terms` that at most
    DISTINCT of the candidate `units` name (nothing when no term is that distinctive)."""
    texts = [nfkc(u).lower() for u in units]
    wanted = {nfkc(t).lower() for t in terms if len(t) >= 2}
    rare = [t for t in wanted if 0 < sum(_has(t, x) for x in texts) <= DISTINCT]
    if not rare:
        return lambda _unit: 0.0
    return lambda unit: TERM_NAMED if any(_has(t, nfkc(unit).lower()) for t in rare) else 0.0


def year_bonus(question: str) -> Callable[[str], float]:
    """YEAR_NAMED for a sentence stating a year the question names (nothing without one)."""
    years = set(named_years(question))
    if not years:
        return lambda _unit: 0.0
    return lambda unit: YEAR_NAMED if years & set(named_years(unit)) else 0.0
