"""The companies a trade-document request names: the buyer, and the exporter when the
user says who they are ("We are Yamada Tea Co., Ltd.", 「弊社は山田製茶株式会社です」)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from export_assist.domain.companies import find_companies

_WORD = r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w&.'-]*"
# The user speaking of their own company, just before its name.
_SELF = re.compile(
    r"(?i)(we are|we're|this is|our company(?: is)?|exporter(?: is)?:?|seller(?: is)?:?|"
    r"shipper(?: is)?:?|from us,?|弊社は?|当社は?|私たちは|輸出者は?[:：]?|売り手は?[:：]?)\s*[（(]?\s*$"
)
# A town right after the name ("Yamada Tea Co., Ltd., Shizuoka").
_TOWN = re.compile(rf",\s*({_WORD}(?:\s+{_WORD})?)(?=[.,;)]|\s*$)")


@dataclass(frozen=True)
class Parties:
    """The buyer and the exporter a message names ('' when it names none)."""

    buyer: str = ""
    exporter: str = ""


def parties(text: str) -> Parties:
    """The buyer (the first company that is not the user's own) and the exporter."""
    buyer = exporter = ""
    for company in find_companies(text):
        name = company.name.strip()
        if _SELF.search(text[max(0, company.start - 25) : company.start]):
            town = _TOWN.match(text, company.end)
            exporter = exporter or (f"{name}, {town.group(1).rstrip('.')}" if town else name)
        elif not buyer:
            buyer = name
    return Parties(buyer=buyer, exporter=exporter)
