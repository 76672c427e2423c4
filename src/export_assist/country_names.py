"""Every country by the names people write (ISO English and Japanese names, everyday short
Japanese forms): a form or an API field that says 「ブラジル」 or 「北朝鮮」 means a country."""

from __future__ import annotations

import gettext
import re
from functools import lru_cache

import pycountry

# Everyday names the ISO Japanese translation does not give (it says 朝鮮民主主義人民共和国).
EVERYDAY = {"北朝鮮": "KP", "南アフリカ": "ZA", "サウジ": "SA", "russia": "RU"}
# Long-form endings of the ISO Japanese names: 「ロシア連邦」 is written 「ロシア」.
_LONG_FORM = re.compile(
    r"(・(イスラム|アラブ|ボリバル)共和国|人民民主共和国|社会主義共和国|民主共和国|連合共和国"
    r"|多民族国|合衆国|共和国|連邦|王国)$"
)


def _forms(name: str) -> set[str]:
    """A name and its bracketed alternative ("大韓民国 (韓国)" gives both)."""
    return {p.strip().casefold() for p in re.split(r"\s*[()（）]\s*", name) if p.strip()}


@lru_cache(maxsize=1)
def iso_ja() -> gettext.NullTranslations | None:
    """pycountry's Japanese catalogue of ISO 3166-1 names, or None in a build without locales."""
    try:
        return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ja"])
    except OSError:  # the English names still work
        return None


def iso_english_names(country: object) -> list[str]:
    """A country's ISO English names: name, common name, official name (those it has)."""
    fields = ("name", "common_name", "official_name")
    return [str(v) for f in fields if (v := getattr(country, f, None))]


@lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    ja = iso_ja()
    full: dict[str, str] = {}
    short: dict[str, set[str]] = {}
    for country in pycountry.countries:
        for name in iso_english_names(country):
            for form in {name.casefold()} | (_forms(ja.gettext(name)) if ja else set()):
                full.setdefault(form, country.alpha_2)
                short.setdefault(_LONG_FORM.sub("", form), set()).add(country.alpha_2)
    # a short form two countries share (「コンゴ」) names neither
    names = {f: codes.pop() for f, codes in short.items() if f and len(codes) == 1}
    names.update(full)
    names.update({k.casefold(): v for k, v in EVERYDAY.items()})
    return names


def country_by_name(text: str) -> str | None:
    """The ISO alpha-2 code of a country named in English or Japanese, or None."""
    return _names().get(text.strip().casefold())
