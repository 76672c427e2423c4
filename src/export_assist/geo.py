"""Country codes and trade blocs: validation at the edge, expansion for filters."""

from __future__ import annotations

import gettext
import re
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

# Destinations as SMEs write them (Japanese, English) -> ISO alpha-2, or EU for the Union.
COUNTRY_NAMES: dict[str, tuple[str, ...]] = {
    "US": ("アメリカ", "米国", "united states", "usa", "u.s."),
    "EU": ("欧州", "ヨーロッパ", "european union", "europe"),
    "DE": ("ドイツ", "germany"),
    "FR": ("フランス", "france"),
    "IT": ("イタリア", "italy"),
    "ES": ("スペイン", "spain"),
    "NL": ("オランダ", "netherlands"),
    "GB": ("イギリス", "英国", "united kingdom"),
    "CN": ("中国", "china"),
    "KR": ("韓国", "korea"),
    "TW": ("台湾", "taiwan"),
    "HK": ("香港", "hong kong"),
    "TH": ("タイ", "thailand"),
    "SG": ("シンガポール", "singapore"),
    "VN": ("ベトナム", "vietnam", "viet nam"),
    "AU": ("オーストラリア", "豪州", "australia"),
    "JP": ("日本", "japan"),
    "CA": ("カナダ", "canada"),
    "MY": ("マレーシア", "malaysia"),
    "ID": ("インドネシア", "indonesia"),
    "PH": ("フィリピン", "philippines", "the philippines"),
    "IN": ("インド", "india"),
    "AE": ("アラブ首長国連邦", "ドバイ", "united arab emirates", "uae", "u.a.e.", "dubai"),
}
# Two-letter codes that are also everyday capitals ("MADE IN JAPAN", "user ID", "MY"):
# a bare code names these markets only through their names above.
_AMBIGUOUS_CODES = {"IN", "ID", "MY"}


def _name_pattern(name: str) -> str:
    # Latin names match whole words ("usage" is not the USA, "Japanese" not Japan);
    # Japanese has no spaces, so its names match anywhere.
    return rf"(?<![a-z]){re.escape(name)}(?![a-z])" if name.isascii() else re.escape(name)


_NAMES = [(re.compile(_name_pattern(n)), code) for code, ns in COUNTRY_NAMES.items() for n in ns]
_BARE = [c for c in COUNTRY_NAMES if c not in _AMBIGUOUS_CODES]
_CODES = re.compile(rf"\b({'|'.join([*_BARE, 'UK'])})\b")


def find_country(text: str) -> str | None:
    """The destination a message names first (a name in ja/en, or an ISO code). Japan is
    where our users export from, so it counts only when no other country is named."""
    lowered = text.lower()
    # (start, -length, code): the earliest name wins, and at one place the longest
    # ("インドネシア" is Indonesia, not "インド" India followed by ネシア).
    found = [
        (m.start(), m.start() - m.end(), code)
        for pattern, code in _NAMES
        if (m := pattern.search(lowered))
    ]
    found += [(m.start(), -2, ALIASES.get(m.group(1), m.group(1))) for m in _CODES.finditer(text)]
    abroad = [hit for hit in found if hit[2] != "JP"]
    return min(abroad or found)[2] if found else None


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


def optional_country(value: str | None) -> str | None:
    """A request field's country: None when blank, else the canonical code; an unknown
    code raises ValueError with normalize_country's message (pydantic makes it a 422)."""
    if value is None or not value.strip():
        return None
    try:
        return normalize_country(value)
    except InvalidInput as exc:
        raise ValueError(str(exc)) from exc


def country_name(code: str) -> str:
    """A readable English name for a code (falls back to the code)."""
    if code in PSEUDO:
        return PSEUDO[code]
    country = pycountry.countries.get(alpha_2=code)
    return country.name if country is not None else code


@lru_cache(maxsize=512)
def country_name_ja(code: str) -> str:
    """The Japanese name of a country: the one our users write, else the ISO translation."""
    names = COUNTRY_NAMES.get(code, ())
    if names and not names[0].isascii():
        return names[0]
    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return code
    ja = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ja"], fallback=True)
    return ja.gettext(country.name).split(" (")[0]


def jurisdictions_for(code: str) -> list[str]:
    """Jurisdictions whose rules apply in a destination: itself, its blocs, and INTL."""
    canonical = normalize_country(code)
    found = [canonical]
    if canonical in EU_MEMBERS:
        found.append("EU")
    if canonical != "INTL":
        found.append("INTL")
    return found
