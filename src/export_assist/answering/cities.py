"""World cities from CLDR (through babel, already a dependency): each time zone's exemplar
city in English and Japanese with its country ("Addis Ababa"/「アジスアベバ」 -> ET), so a
market named by its capital or a large city is recognised without a hand-kept list."""

from __future__ import annotations

from functools import lru_cache
from itertools import pairwise

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


def _pairs(table: dict[str, str]) -> dict[str, str]:
    """A hand-kept city table lists each Latin name before its Japanese one (Hanoi: VN,
    ハノイ: VN): the Japanese name -> the Latin name, where the two share a country."""
    out: dict[str, str] = {}
    items = list(table.items())
    for (latin, code), (ja, other) in pairwise(items):
        if latin.isascii() and not ja.isascii() and code == other:
            out.setdefault(ja, latin)
    return out


@lru_cache(maxsize=1)
def _latin_names() -> dict[str, str]:
    from export_assist.answering.vocab import load_data  # vocab imports nothing from here

    data = load_data("places.yaml")
    out: dict[str, str] = dict(data.get("ports") or {})
    en, ja = Locale("en").time_zones, Locale("ja").time_zones
    for tz, country in sorted(get_global("zone_territories").items()):
        japanese = str(ja.get(tz, {}).get("city") or "")
        if _usable(tz, country) and len(japanese) >= 2:
            english = str(en.get(tz, {}).get("city") or tz.rsplit("/", 1)[-1].replace("_", " "))
            for name in _kana_forms(japanese):
                out.setdefault(name, english)  # CLDR's "Ho Chi Minh City" first
    for ja_name, latin in _pairs(
        data["cities"] | data["more_cities"] | data["market_cities"]
    ).items():
        out.setdefault(ja_name, latin)
    return out


def latin_name(name: str) -> str:
    """A city or port named in Japanese, in Latin letters (「ホーチミン」 -> "Ho Chi Minh City",
    「苫小牧」 -> "Tomakomai"), with 市/港/空港 and a trailing 'port' word understood; '' when
    no table knows it. A Latin name is returned as it is."""
    bare = name.strip()
    if bare.isascii():
        return bare
    table = _latin_names()
    for cut in ("国際空港", "空港", "港", "市", ""):
        if not bare.endswith(cut) or (stem := bare[: len(bare) - len(cut)]) not in table:
            continue
        found = table[stem]
        return f"{found} Airport" if "空港" in cut and "Airport" not in found else found
    return ""
