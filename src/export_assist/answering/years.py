"""Years a text names, and those after this one (a rate then is a forecast, not a fact)."""

from __future__ import annotations

import re
from datetime import date

from export_assist.retrieval.normalize import nfkc

# A year, not an HS code: "2008.99" and "200899" are headings of chapter 20.
_YEAR = re.compile(r"(?<![\d.])(?:19|20)\d{2}(?!\.?\d)")


def named_years(text: str) -> list[str]:
    """The years a text names ("in 2028", "2027年")."""
    return list(_YEAR.findall(nfkc(text)))


def future_years(text: str, today: date | None = None) -> list[str]:
    """The years after this one a text names: what a rate or rule will be then is a
    forecast, not a fact a source states."""
    this_year = (today or date.today()).year
    return [y for y in named_years(text) if int(y) > this_year]
