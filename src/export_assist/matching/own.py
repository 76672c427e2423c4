"""The product's own buyers: a buyer whose codes share the product's HS heading (or, with
no code, whose interests name the product's own goods word) is one (green tea to the US:
rice and soy-sauce importers ranked between the tea importers, and without a code above
them); order.py raises their score, so they lead a list that follows the score shown."""

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


# families of HS chapters whose buyers overlap (foods and drinks; chemicals and cosmetics;
# textiles and clothing; ...): a buyer of another family is no buyer for the goods
_FAMILIES: tuple[tuple[int, int], ...] = ((1, 24), (25, 27), (28, 38), (39, 40), (41, 43))
_FAMILIES += ((44, 49), (50, 63), (64, 67), (68, 71), (72, 83), (84, 85), (86, 89), (90, 92))
_FAMILIES += ((93, 97),)


def _family(code: str) -> int | None:
    chapter = int(code[:2]) if code[:2].isdigit() else 0
    return next((i for i, (a, b) in enumerate(_FAMILIES) if a <= chapter <= b), None)


def _families(codes: list[str]) -> set[int]:
    return {f for f in (_family(c) for c in codes if len(c) >= 2) if f is not None}


def own_first(
    ranked: list[Candidate], query: ShortlistQuery
) -> tuple[list[Candidate], list[Candidate]]:
    """The product's own buyers and the rest, each in the order given; the rest are only
    buyers of the same family of goods (the product's code's, else its own buyers'): a
    green-tea importer is no cosmetics buyer in Korea (s11 trial X26), and with no own
    buyer an iron teapot's list is no list of T-shirt and pickle importers (s29 trial).
    No code and no own buyer: an empty first list and every candidate."""
    if query.code_scheme != "hs":
        return [], ranked
    test = own_buyer(query)
    own = [c for c in ranked if test(c)]
    code = query.product.code or ""
    family = _families([code]) or _families([p for c in own for p in c.buyer.product_codes])

    def related(c: Candidate) -> bool:
        theirs = _families(list(c.buyer.product_codes))
        return not theirs or not family or bool(theirs & family)

    return own, [c for c in ranked if not test(c) and related(c)]
