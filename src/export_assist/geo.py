"""Country codes and trade blocs: validation at the edge, expansion for filters."""

from __future__ import annotations

from functools import lru_cache

import pycountry

from export_assist.errors import InvalidInput

# Member states of the European Union (ISO 3166-1 alpha-2).
EU_MEMBERS: frozenset[str] = frozenset(
    [
        "AT",
        "BE",
        "BG",
        "HR",
        "CY",
        "CZ",
        "DK",
        "EE",
        "FI",
        "FR",
        "DE",
        "GR",
        "HU",
        "IE",
        "IT",
        "LV",
        "LT",
        "LU",
        "MT",
        "NL",
        "PL",
        "PT",
        "RO",
        "SK",
        "SI",
        "ES",
        "SE",
    ]
)
# Pseudo-jurisdictions used by the corpus: the EU as a whole and cross-cutting material.
PSEUDO = {"EU": "European Union", "INTL": "International (all destinations)"}
ALIASES = {"UK": "GB", "EL": "GR"}


@lru_cache(maxsize=512)
def normalize_country(code: str) -> str:
    """Return the canonical code for a country/bloc, or raise InvalidInput."""
    raw = (code or "").strip().upper()
    raw = ALIASES.get(raw, raw)
    if raw in PSEUDO:
        return raw
    if len(raw) == 2 and pycountry.countries.get(alpha_2=raw) is not None:
        return raw
    raise InvalidInput(
        f"Unknown country code {code!r}: use an ISO 3166-1 alpha-2 code such as US, DE, CN "
        "or JP, or EU for the European Union."
    )


def country_name(code: str) -> str:
    """A readable English name for a code (falls back to the code)."""
    if code in PSEUDO:
        return PSEUDO[code]
    country = pycountry.countries.get(alpha_2=code)
    return country.name if country is not None else code


def jurisdictions_for(code: str) -> list[str]:
    """Jurisdictions whose rules apply in a destination: itself, its blocs, and INTL."""
    canonical = normalize_country(code)
    found = [canonical]
    if canonical in EU_MEMBERS:
        found.append("EU")
    if canonical != "INTL":
        found.append("INTL")
    return found
