"""What a document form offers: the buyer languages the documents print (and whether a
translation backend can put the user's own text into each), the buyer language per
country, and the Incoterms rules with their names from the term base."""

from __future__ import annotations

from functools import lru_cache
from typing import get_args

import pycountry
from babel.languages import get_official_languages
from pydantic import BaseModel, Field

from export_assist.documents.models import Incoterm
from export_assist.languages import TABLE
from export_assist.translation.service import TranslationService

# CLDR's codes for the languages documents print in (Babel says "zh" for Simplified Chinese).
_CLDR = {"zh": "zh-Hans"}


class BuyerLanguage(BaseModel):
    """One language documents can be printed in beside Japanese."""

    code: str
    english: str
    japanese: str
    native: str
    backends: list[str] = Field(
        description="Translation backends that can put Japanese free text into it (empty: none)"
    )


class IncotermName(BaseModel):
    """An Incoterms 2020 rule: its code (the value) and its name in Japanese and English."""

    code: str
    ja: str
    en: str


class FormOptions(BaseModel):
    """The choices of the document form, as this server can fill them."""

    languages: list[BuyerLanguage]
    by_country: dict[str, list[str]] = Field(
        description="Default buyer languages per ISO country (countries not listed: en)"
    )
    incoterms: list[IncotermName]


def form_options(translation: TranslationService) -> FormOptions:
    """The languages (with today's translation backends), country defaults and Incoterms."""
    languages = [
        BuyerLanguage(
            code=lang.code,
            english=lang.english,
            japanese=lang.japanese,
            native=lang.native,
            backends=translation.available("ja", lang.code),
        )
        for lang in TABLE
        if lang.code != "ja"
    ]
    base = translation.termbase
    incoterms = [
        IncotermName(
            code=code,
            ja=base.label(f"incoterm.{code}", "ja"),
            en=base.label(f"incoterm.{code}", "en"),
        )
        for code in get_args(Incoterm)
    ]
    return FormOptions(languages=languages, by_country=country_defaults(), incoterms=incoterms)


def buyer_languages(country: str) -> list[str]:
    """The documents' languages for a buyer in a country: its first official language that
    documents print in, and English ("DE" -> de, en; "US" -> en; "BE" -> fr, en)."""
    ours = {lang.code for lang in TABLE} - {"ja"}
    for cldr in get_official_languages(country.upper(), de_facto=True):
        code = _CLDR.get(cldr, cldr)
        if code in ours:
            return list(dict.fromkeys([code, "en"]))
    return ["en"]


@lru_cache(maxsize=1)
def country_defaults() -> dict[str, list[str]]:
    """buyer_languages for every country whose answer is not English alone."""
    out = {}
    for country in pycountry.countries:
        found = buyer_languages(country.alpha_2)
        if found != ["en"]:
            out[country.alpha_2] = found
    return out
