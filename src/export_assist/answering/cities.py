"""World cities from CLDR (through babel, already a dependency): each time zone's exemplar
city in English and Japanese with its country ("Addis Ababa"/「アジスアベバ」 -> ET), so a
market named by its capital or a large city is recognised without a hand-kept list."""

from __future__ import annotations

from functools import lru_cache

from babel import Locale
from babel.core import get_global
from unidecode import unidecode

_REGIONS = {"Africa", "America", "Asia", "Europe", "Australia", "Atlantic", "Indian", "Pacific"}
# Exemplar cities that are also everyday words or products ("Oral care", "使い捨てカイロ",
# "cayenne pepper", "ジャージー", "チワワ") would turn a product into a market.
WORDS = frozenset(
    """Oral Resolute Stanley Jersey Phoenix Cayenne Madeira Canaries Chihuahua Faroes Regina
    Darwin Nome Dawson Center Creston Bermuda Dominica
    カイロ チワワ ジャージー カナリア フェロー スタンレー パース ノーム フェニックス""".split()
)
# Japanese spellings vary for the same sounds (アジスアベバ / アディスアベバ).
# (CLDR writes -> also written)
_KANA_VARIANTS = (
    ("ジ", "ディ"), ("ディ", "ジ"), ("ヴァ", "バ"), ("ヴィ", "ビ"), ("ヴェ", "ベ"), ("ヴォ", "ボ"),
    ("ヴ", "ブ"),
)  # fmt: skip


def _usable(tz: str, country: str) -> bool:
    """A time zone of a real country (not Antarctica, not Japan, not a US county seat)."""
    return tz.split("/")[0] in _REGIONS and country not in ("001", "AQ", "JP")


@lru_cache(maxsize=1)
def world_cities() -> dict[str, str]:
    """City name (English as written and without accents, Japanese with its common
    spelling variants) -> ISO country code."""
    en, ja = Locale("en").time_zones, Locale("ja").time_zones
    out: dict[str, str] = {}
    for tz, country in sorted(get_global("zone_territories").items()):
        if not _usable(tz, country):
            continue
        english = str(en.get(tz, {}).get("city") or tz.rsplit("/", 1)[-1].replace("_", " "))
        if "," not in english:  # "Marengo, Indiana": a county seat, not a market's city
            for name in {english, unidecode(english).replace("'", "’")}:
                out.setdefault(name, country)
            japanese = str(ja.get(tz, {}).get("city") or "")
            for name in _kana_forms(japanese) if len(japanese) >= 3 else ():
                out.setdefault(name, country)
    return {n: c for n, c in out.items() if n not in WORDS}


def _kana_forms(name: str) -> set[str]:
    """The name and its spellings with one sound written the other way."""
    forms = {name}
    for a, b in _KANA_VARIANTS:
        forms.add(name.replace(a, b))
    return forms
