"""Which shipped requirement cards a product name reaches in a market, judged by the same
product understanding the checklist uses (no HS table, no index): shared by the card tests."""

from __future__ import annotations

from pathlib import Path

from export_assist.compliance.hs.suggest import HsSuggester
from export_assist.compliance.hs.table import load_table
from export_assist.compliance.library import CardLibrary
from export_assist.compliance.profile import ProfileBuilder
from export_assist.domain.compliance import card_applies
from export_assist.geo import jurisdictions_for

CARDS = Path(__file__).resolve().parents[2] / "regulations" / "cards"


def profile_builder() -> ProfileBuilder:
    """The product understanding without the full HS table (keywords and the HS model)."""
    return ProfileBuilder(hs_guesser=HsSuggester(load_table(Path("/nonexistent/hs_table.csv"))))


def shipped_library() -> CardLibrary:
    """The cards in regulations/cards."""
    return CardLibrary([CARDS])


def applicable(
    builder: ProfileBuilder, library: CardLibrary, name: str, market: str, hs: str | None = None
) -> set[str]:
    """Ids of the cards that apply to the product (name and/or HS code) in the market."""
    profile = builder.build(name, hs)
    jurisdictions = jurisdictions_for(market)
    return {
        c.id for c in library.for_markets(jurisdictions) if card_applies(c, jurisdictions, profile)
    }
