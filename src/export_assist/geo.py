"""Country codes and trade blocs: validation at the edge, expansion for filters."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import pycountry
from babel import Locale

from export_assist.country_names import country_by_name, iso_ja
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
_BY_NAME = {n.casefold(): code for code, ns in COUNTRY_NAMES.items() for n in ns}
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
    # A name as people write it ("ドイツ", "Germany") is accepted too: an MCP client or a
    # form filled in Japanese sends names, and the code is unambiguous.
    raw = _BY_NAME.get((code or "").strip().casefold(), ALIASES.get(raw, raw))
    if raw in PSEUDO:
        return raw
    if len(raw) == 2 and pycountry.countries.get(alpha_2=raw) is not None:
        return raw
    if (named := country_by_name(code or "")) is not None:  # 「ブラジル」, 「北朝鮮」, "Brazil"
        return named
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
    """A readable English name for a code: the everyday one where ISO's is official
    ("Taiwan", "South Korea", "Vietnam", not "Taiwan, Province of China"); else the code."""
    if code in PSEUDO:
        return PSEUDO[code]
    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return code
    return str(getattr(country, "common_name", None) or country.name)


# CLDR's qualifiers and official wrappers that an everyday name leaves out:
# 「コンゴ民主共和国(キンシャサ)」, 「中華人民共和国マカオ特別行政区」.
_CLDR_EXTRA = re.compile(r"\s*[(（][^)）]*[)）]|^中華人民共和国|特別行政区$")


@lru_cache(maxsize=512)
def country_name_ja(code: str) -> str:
    """The Japanese name of a country as people write it: ours, else CLDR's everyday name
    (ロシア, イラン, タンザニア: ISO's translation says ロシア連邦 and misspells タンザニア)."""
    names = COUNTRY_NAMES.get(code, ())
    if names and not names[0].isascii():
        return names[0]
    if everyday := Locale("ja").territories.get(code):
        return _CLDR_EXTRA.sub("", everyday)
    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return code
    ja = iso_ja()
    return (ja.gettext(country.name) if ja else country.name).split(" (")[0]


def jurisdictions_for(code: str) -> list[str]:
    """Jurisdictions whose rules apply in a destination: itself, its blocs, and INTL."""
    canonical = normalize_country(code)
    found = [canonical]
    if canonical in EU_MEMBERS:
        found.append("EU")
    if canonical != "INTL":
        found.append("INTL")
    return found


# Japan's 47 prefectures (都道府県), as profiles, outcomes and programme rules name them.
PREFECTURES: tuple[str, ...] = tuple(
    "北海道 青森県 岩手県 宮城県 秋田県 山形県 福島県 茨城県 栃木県 群馬県 埼玉県 千葉県 東京都 神奈川県 "
    "新潟県 富山県 石川県 福井県 山梨県 長野県 岐阜県 静岡県 愛知県 三重県 滋賀県 京都府 大阪府 兵庫県 "
    "奈良県 和歌山県 鳥取県 島根県 岡山県 広島県 山口県 徳島県 香川県 愛媛県 高知県 福岡県 佐賀県 長崎県 "
    "熊本県 大分県 宮崎県 鹿児島県 沖縄県".split()
)
# People often leave out 都・府・県 ("静岡", "東京"); 北海道 has no suffix to leave out.
_PREFECTURE_SHORT = {p[:-1]: p for p in PREFECTURES if p != "北海道"}
# Towns where exporters make things whose names hold a goods word (鯖江: 鯖 is mackerel, 魚津:
# 魚 fish, 蟹江: 蟹 crab): the place the exporter is, never the goods (s32 trial: a Sabae
# glasses-case maker was answered with US seafood HACCP). Checked against the product words.
HOME_TOWNS: tuple[str, ...] = tuple(
    "鯖江 魚津 魚沼 糸魚川 蟹江 海老名 栗東 栗原 栗山 桃山 鯵ヶ沢 鰺ヶ沢 柿崎 枕崎".split()
)
# Every name of a place in Japan above: the prefectures with and without their suffix, the towns
HOME_PLACES: tuple[str, ...] = (*PREFECTURES, *_PREFECTURE_SHORT, *HOME_TOWNS)
# ... as one pattern, the longest name first
HOME_PLACE = re.compile("|".join(sorted(set(HOME_PLACES), key=len, reverse=True)))


@lru_cache(maxsize=1)
def prefectures_in_latin() -> dict[str, str]:
    """Romanised prefecture names (casefolded) -> Japanese: "niigata" -> 新潟県. From ISO
    3166-2:JP in pycountry, whose codes JP-01..47 follow the order of PREFECTURES."""
    subs = pycountry.subdivisions.get(country_code="JP") or []  # type: ignore[no-untyped-call]
    return {s.name.casefold(): PREFECTURES[int(s.code[3:]) - 1] for s in subs}


def normalize_prefecture(name: str) -> str:
    """The prefecture's full name (静岡 / Shizuoka / Ōita-ken -> 静岡県 / 大分県), or
    ValueError naming what is expected."""
    raw = (name or "").strip()
    if raw in PREFECTURES:
        return raw
    if raw in _PREFECTURE_SHORT:
        return _PREFECTURE_SHORT[raw]
    # "Osaka Prefecture", "Kyoto-fu", "Aichi-ken" (never "Kyoto" itself: a separator first)
    plain = "".join(c for c in unicodedata.normalize("NFKD", raw) if not unicodedata.combining(c))
    latin = re.sub(r"[\s-]+(prefecture|pref\.?|ken|fu|to)$", "", plain.casefold())  # Ōita
    if latin in prefectures_in_latin():
        return prefectures_in_latin()[latin]
    raise ValueError(f"unknown prefecture {raw!r}: give a prefecture name such as 静岡県")
