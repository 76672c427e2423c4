"""Demonyms of every country, derived from its English name by the regular suffixes
("Tunisia" -> "Tunisian", "Senegal" -> "Senegalese", "Bahrain" -> "Bahraini", "Lebanon" ->
"Lebanese"), so that "a Tunisian importer" names Tunisia like "a German importer" names
Germany. The hand-kept table (places.yaml) holds the irregular ones and always wins."""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

import pycountry

# Regular forms that name another country in use: "Dominican" is the Dominican Republic's.
_NOT = {"Dominican"}


def _candidates(name: str) -> list[str]:
    """Regular demonym forms of a one-word country name."""
    low = name.lower()
    if low.endswith("a"):  # Tunisia, Uganda, Venezuela, Kenya
        return [f"{name}n"]
    if low.endswith("s"):  # Honduras -> Honduran, Maldives -> Maldivian
        return [f"{name[:-1]}n", f"{name[:-2]}ian"]
    if low.endswith("on"):  # Lebanon -> Lebanese, Gabon -> Gabonese
        return [f"{name[:-2]}ese", f"{name}ese"]
    if low[-1:] in "aeiou":
        return [f"{name}an"]  # Mali -> Malian
    # Bahraini, Azerbaijani, Senegalese, Sudanese, Jordanian, Chadian
    return [f"{name}i", f"{name}ese", f"{name}ian"]


@lru_cache(maxsize=1)
def derived_demonyms() -> dict[str, str]:
    """Demonym -> ISO alpha-2 for one-word country names; a form two countries share
    ("Nigerian" from Niger and Nigeria) is left out."""
    seen: dict[str, set[str]] = defaultdict(set)
    for country in pycountry.countries:
        name = getattr(country, "common_name", None) or country.name
        if " " in name or "," in name or "-" in name or len(name) < 4:
            continue
        for form in _candidates(name):
            seen[form].add(country.alpha_2)
    return {f: next(iter(codes)) for f, codes in seen.items() if len(codes) == 1 and f not in _NOT}
