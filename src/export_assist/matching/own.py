"""The product's own buyers first: a buyer whose codes share the product's HS heading (or,
with no code, whose interests name the product's own goods word) ranks before the rest,
which follow in score order (green tea to the US: rice and soy-sauce importers ranked
between the tea importers, and without a code above them)."""

from __future__ import annotations

import re
from collections.abc import Callable

from export_assist.compliance.hs.ja_terms import english_terms
from export_assist.matching.models import Candidate, ShortlistQuery

# words that every Japanese food or craft buyer shares: they tell no goods apart
_GENERIC = frozenset(
    "japanese japan premium quality fresh frozen dried chilled high grade products product "
    "goods and or of the for with from other items item buyers buyer importers importer "
    "green powder powdered natural organic traditional".split()
)


def _words(text: str) -> set[str]:
    """Content words, singular ("teas" is tea)."""
    words = {w for w in re.findall(r"[a-z]+", text.lower()) if len(w) > 2} - _GENERIC
    return {w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w for w in words}


def own_buyer(query: ShortlistQuery) -> Callable[[Candidate], bool]:
    """A test of a candidate: is it one of the product's own buyers?"""
    code = (query.product.code or "") if query.code_scheme == "hs" else ""
    description = query.product.description or ""
    words = _words(f"{description} {english_terms(description)}")

    def test(c: Candidate) -> bool:
        if len(code) >= 4:
            return any(p[:4] == code[:4] for p in c.buyer.product_codes if len(p) >= 4)
        return bool(words) and any(words & _words(i) for i in c.buyer.interests)

    return test


def own_first(
    ranked: list[Candidate], query: ShortlistQuery
) -> tuple[list[Candidate], list[Candidate]]:
    """The product's own buyers and the rest, each in the order given."""
    if query.code_scheme != "hs":
        return ranked, []
    test = own_buyer(query)
    own = [c for c in ranked if test(c)]
    return (own, [c for c in ranked if not test(c)]) if own else (ranked, [])
