"""Where a message points: country names (every ISO country, in English from pycountry and
in Japanese from pycountry's own translations), demonyms, cities (hand-kept and CLDR's, see
cities.py) and currencies."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

import pycountry

from export_assist.answering.cities import WORDS, world_cities
from export_assist.answering.demonyms import derived_demonyms
from export_assist.answering.languages import spoken
from export_assist.answering.sourced import sourced
from export_assist.answering.vocab import load_data
from export_assist.country_names import iso_english_names, iso_ja
from export_assist.geo import ALIASES, EU_MEMBERS, country_name_ja

Kind = Literal["name", "code", "region", "city", "authority", "demonym", "currency"]
# How strongly a mention says "this is the market": a named country beats a city, a
# city beats a demonym ("German importer"), a currency ("in EUR") is the weakest hint.
STRENGTH: dict[str, int] = {
    "name": 4,
    "code": 4,
    "region": 4,
    "city": 3,
    "authority": 3,
    "demonym": 2,
    "currency": 1,
}

_DATA = load_data("places.yaml")
# Names people use that the ISO tables do not hold (or hold only in an official form).
EXTRA_NAMES: dict[str, str] = _DATA["names"] | _DATA["more_names"]
CITIES: dict[str, str] = {
    n: c
    for n, c in (_DATA["cities"] | _DATA["more_cities"] | _DATA["market_cities"]).items()
    if n not in WORDS
}
# Authorities and schemes that belong to one market: "FDA registration" is about the US.
AUTHORITIES: dict[str, str] = _DATA["authorities"]
DEMONYMS: dict[str, str] = _DATA["demonyms"] | _DATA["more_demonyms"]
# World regions ("Latin America", "中東"): key -> names, display names, covered members.
REGIONS: dict[str, dict[str, object]] = _DATA["regions"]
CURRENCIES: dict[str, str] = _DATA["currencies"]
# English country names and demonyms that are also common words: matched only when
# capitalised ("nail polish" is no Polish market).
_CASE_SENSITIVE = {
    "turkey", "chad", "jordan", "georgia", "guinea", "china", "niger", "japan", "lima", "nice",
    "polish",
}  # fmt: skip
# katakana letters and ー; not the middle dot, which joins a country to its city
# (「オーストラリア・ブリスベン」 named no market: test33 t034)
_KATAKANA = "\u30a1-\u30fa\u30fc-\u30ff"


@dataclass(frozen=True)
class Mention:
    """A place found in a text: the ISO code (or EU), what kind of word, and where."""

    code: str
    kind: Kind
    surface: str
    start: int


def _ja_names() -> dict[str, str]:
    """Japanese country names from pycountry's gettext catalogue ('大韓民国 (韓国)' gives both)."""
    ja = iso_ja()
    if ja is None:  # a pycountry build without locales: the extra names still work
        return {}
    out: dict[str, str] = {}
    for country in pycountry.countries:
        for part in re.split(r"[()（）]", ja.gettext(country.name)):
            if len(part.strip()) >= 2 and "・" not in part:
                out.setdefault(part.strip(), country.alpha_2)
    return out


def _en_names() -> dict[str, str]:
    out: dict[str, str] = {}
    for country in pycountry.countries:
        for value in iso_english_names(country):
            if "," not in value:
                out.setdefault(value, country.alpha_2)
    return out


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[str, re.Pattern[str], str, Kind]]:
    table: list[tuple[str, str, Kind]] = []
    for names in (_en_names(), _ja_names(), EXTRA_NAMES):
        table += [(n, c, "name") for n, c in names.items()]
    table += [(n, key, "region") for key, r in REGIONS.items() for n in _strings(r["names"])]
    table += [(n, c, "city") for n, c in (world_cities() | CITIES).items()]
    table += [(n, c, "authority") for n, c in AUTHORITIES.items()]
    table += [(n, c, "demonym") for n, c in (derived_demonyms() | DEMONYMS).items()]
    table += [(n, c, "currency") for n, c in CURRENCIES.items()]
    table.sort(key=lambda t: -len(t[0]))  # longest first: "Hong Kong dollar" before "Hong Kong"
    # the name in lower case first: a substring test skips most patterns cheaply
    return [
        (name.lower(), _pattern(name), ALIASES.get(code, code), kind) for name, code, kind in table
    ]


def _pattern(name: str) -> re.Pattern[str]:
    if name.isascii() and name[:1].isalpha():
        exact = (
            name.lower() in _CASE_SENSITIVE
            or name in AUTHORITIES
            or name in derived_demonyms()  # a derived form is a proper adjective only
            or len(name) <= 3
            or (name in world_cities() and name not in CITIES)  # "Lima beans", "Nice"
        )
        flags = 0 if exact else re.I
        return re.compile(rf"(?<![A-Za-z0-9.]){re.escape(name)}(?![A-Za-z0-9])", flags)
    # a language is not a market: "フランス語のラベル" in a question about Morocco
    if re.match(rf"[{_KATAKANA}]", name):  # タイ must not match タイプ or タイル
        return re.compile(rf"(?<![{_KATAKANA}]){re.escape(name)}(?![{_KATAKANA}語])")
    return re.compile(rf"{re.escape(name)}(?!語)")


def _strings(value: object) -> list[str]:
    return [str(v) for v in value] if isinstance(value, list) else []


def find_places(text: str, *, sources: bool = False) -> list[Mention]:
    """Every place mention in reading order, longest names first and without overlaps;
    a currency in a price ("at USD 5", "5ユーロで") names no market, nor (unless `sources`)
    a place an ingredient came from (「ベトナム産の米」, sourced.py)."""
    found = [
        m for m in _all_places(text) if m.kind != "demonym" or not spoken(text, m.start, m.surface)
    ]
    priced = _priced(text, found)
    kept = [m for m in found if not any(s <= m.start < e for s, e in priced)]
    if sources:
        return kept
    # Japan is the exporter's home, never a market: 「日本製の」 is read where it was (phrase.py)
    return [m for m in kept if m.code == "JP" or not sourced(text, m.start, m.surface, m.kind)]


# An amount right before or after the currency: "USD 5", "5 USD", "1,200ユーロ", "€3.50".
_AMOUNT_AFTER = re.compile(r"\s?[0-9][0-9,.]*")
_AMOUNT_BEFORE = re.compile(r"[0-9][0-9,.]*\s?$")


def prices(text: str) -> list[tuple[int, int]]:
    """Spans of prices: a currency with its amount (a price is no destination)."""
    return _priced(text, _all_places(text))


def _priced(text: str, found: list[Mention]) -> list[tuple[int, int]]:
    out = []
    for m in found:
        if m.kind != "currency":
            continue
        end = m.start + len(m.surface)
        after = _AMOUNT_AFTER.match(text, end)
        before = _AMOUNT_BEFORE.search(text[max(0, m.start - 20) : m.start])
        if after:
            out.append((m.start, after.end()))
        elif before:
            out.append((m.start - len(before.group(0)), end))
    return out


def _all_places(text: str) -> list[Mention]:
    taken: list[tuple[int, int]] = []
    found: list[Mention] = []
    low = text.lower()
    for literal, pattern, code, kind in _patterns():
        if literal not in low:
            continue
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            found.append(Mention(code, kind, m.group(0), m.start()))
    found += _iso_codes(text, taken)
    return _qualified(sorted(found, key=lambda m: m.start), text)


# Markets whose own food and drug authority is called "FDA" (FDA Philippines, Thai FDA,
# Taiwan FDA): beside one of them, a bare "FDA" is that market's, not the US's (test23 t019:
# "a company in Makati ... The FDA says I need a License to Operate").
_OWN_FDA = frozenset({"PH", "TH", "TW"})


def _qualified(found: list[Mention], text: str) -> list[Mention]:
    """An authority name qualified by a place ("Thai FDA", "Taiwan FDA") is that place's
    authority: the qualifier says the market, the bare name ("FDA") would say the US."""
    out: list[Mention] = []
    own_fda = any(m.code in _OWN_FDA and m.kind != "authority" for m in found)
    for m in found:
        if own_fda and m.kind == "authority" and m.surface == "FDA":
            continue
        before = out[-1] if out else None
        if (
            m.kind == "authority"
            and before is not None
            and before.kind in ("demonym", "name", "code")
            and not text[before.start + len(before.surface) : m.start].strip()
        ):
            continue
        out.append(m)
    return out


def region_members(key: str) -> list[str]:
    """The covered markets inside a world region ([] for a region the corpus lacks)."""
    return _strings(REGIONS[key]["members"]) if key in REGIONS else []


_CODE = re.compile(r"(?<![A-Za-z])([A-Z]{2})(?![A-Za-z])")
# Two-letter codes people write for markets; other capital pairs (HS, CE, EC) are not places.
_WRITTEN_CODES = frozenset(
    "US EU DE FR IT ES NL GB UK CN KR TW HK TH SG VN AU JP CA BR KE IN MX".split()
)


def _iso_codes(text: str, taken: list[tuple[int, int]]) -> list[Mention]:
    out = []
    for m in _CODE.finditer(text):
        code = m.group(1)
        if code in _WRITTEN_CODES and not any(m.start() < e and s < m.end() for s, e in taken):
            out.append(Mention(ALIASES.get(code, code), "code", code, m.start()))
    return out


def is_eu_member(code: str) -> bool:
    """An EU member state (its EU-wide rules apply)."""
    return code in EU_MEMBERS


_SHORT_JA = {
    "US": "米国",
    "GB": "英国",
    "KR": "韓国",
    "TW": "台湾",
    "EU": "EU",
    "INTL": "国際",
    "JP": "日本",
    "AU": "オーストラリア",
    "RU": "ロシア",
    "IR": "イラン",
    "KP": "北朝鮮",
    "CN": "中国",
    "VN": "ベトナム",
}
_SHORT_EN = {
    "EU": "the EU",
    "INTL": "all markets",
    "US": "the United States",
    "GB": "the United Kingdom",
    "KR": "South Korea",
    "TW": "Taiwan",
    "VN": "Vietnam",
}


def market_name(code: str, language: str) -> str:
    """A market's everyday name in Japanese or English (the code when unknown)."""
    if code in REGIONS:
        return str(REGIONS[code]["ja" if language == "ja" else "en"])
    if language == "ja":
        return _SHORT_JA.get(code) or country_name_ja(code)
    if code in _SHORT_EN:
        return _SHORT_EN[code]
    country = pycountry.countries.get(alpha_2=code)
    return str(getattr(country, "common_name", None) or country.name) if country else code


_NOT_AFTER = re.compile(r"\s*(?:ではなく|じゃなくて|じゃなく|でなく|以外)")
_NOT_BEFORE = re.compile(r"(?:\bnot|\binstead of)\s+(?:to\s+|in\s+)?(?:the\s+)?$")


def negated(text: str, m: Mention) -> bool:
    """The place is ruled out where it is named: 「オランダではなくアメリカ」, "not Canada"."""
    after = _NOT_AFTER.match(text, m.start + len(m.surface))
    return bool(after) or bool(_NOT_BEFORE.search(text[: m.start].lower()))
