"""The shipped words-only HS ranker (no embedding model), built once, for tests that check
which subheadings a Japanese product name reaches."""

from __future__ import annotations

from functools import cache

from export_assist.compliance.hs.ranker import RankedHsSuggester
from export_assist.compliance.hs.table import packaged_table


@cache
def words_only_suggester() -> RankedHsSuggester:
    """The packaged table with the shipped words-only model."""
    return RankedHsSuggester(packaged_table(), None)


def codes(text: str, k: int = 3) -> list[str]:
    """The k best 6-digit codes the words-only ranker gives for a product text."""
    return [s.code for s in words_only_suggester().suggest(text, k)]
