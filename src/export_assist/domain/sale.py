"""How the goods are sold, said beside them and never in their name (「organicと表示して卸したい」):
conditions a chat message carries to the checklist next to the goods' own words."""

from __future__ import annotations

from collections.abc import Callable

# Conditions said of how the goods are sold, not of what they are (domain.compliance.CONDITIONS)
SALE_CLAIMS: frozenset[str] = frozenset({"organic"})
# product, HS code, destination, the sale's claims -> the ids of the cards its checklist lists
Requirements = Callable[[str, str | None, str, list[str]], list[str]]


def sale_claims(conditions: list[str]) -> list[str]:
    """The conditions a question states of the sale (sold as organic)."""
    return [c for c in conditions if c in SALE_CLAIMS]
