"""Sentences about another country than the one asked about: a North Korea ban does not
answer a Russia question, a French language rule does not answer a German one."""

from __future__ import annotations

import re
from collections.abc import Iterable

from export_assist.answering.places import Mention, find_places
from export_assist.geo import EU_MEMBERS

# What names a country in a sentence: its name, code, a city or its authority ("FDA");
# a language ("Chinese", "中国語") or a price's currency names none.
_COUNTRY_KINDS = frozenset({"name", "code", "city", "authority"})
# Jurisdictions that are no foreign country of their own.
_NOT_MARKETS = frozenset({"JP", "INTL", "ALL"})


def markets_asked(jurisdictions: Iterable[str], destinations: Iterable[str]) -> frozenset[str]:
    """The places whose sentences answer: the question's jurisdictions (a market, its
    bloc), its destinations (a Taiwan fair answered from Japan's carnet document: the
    sentence naming Taiwan is the asked one's), and every member state when the EU itself
    is asked about."""
    found = (set(jurisdictions) | set(destinations)) - _NOT_MARKETS
    if "EU" in set(destinations):
        found |= set(EU_MEMBERS)
    return frozenset(found)


def elsewhere(sentence: str, markets: frozenset[str]) -> bool:
    """True when a sentence names a foreign country and none of the markets asked about
    (Japan is no foreign country)."""
    named = _named(sentence)
    return bool(named) and not named & markets


def names_market(sentence: str, markets: frozenset[str]) -> bool:
    """True when a sentence names one of the markets asked about: in a Japan-side document
    (one procedure for every market) that sentence is the one about the asked market
    (the carnet's Taiwan exception)."""
    return bool(markets) and bool(_named(sentence) & markets)


def _named(sentence: str) -> set[str]:
    return {
        m.code
        for m in find_places(sentence)
        if m.kind in _COUNTRY_KINDS
        and m.code not in _NOT_MARKETS
        and not _language(sentence, m)
        and not _regime(sentence, m)
        and not _defined_otherwise(sentence, m)
    }


def _defined_otherwise(sentence: str, m: Mention) -> bool:
    """An authority's acronym the sentence spells out as something else: 「自由販売証明書
    (CFS)」 is a certificate of free sale, not Hong Kong's Centre for Food Safety (test28
    t007: Viet Nam's CPTPP exemption was dropped as a Hong Kong sentence)."""
    if m.kind != "authority" or not m.surface.isascii():
        return False
    defined = re.search(rf"(.{{1,24}})[(（]{re.escape(m.surface)}[)）]", sentence)
    if defined is None:
        return False
    return not any(p.code == m.code for p in find_places(defined.group(1)))


def _language(sentence: str, m: Mention) -> bool:
    """ "中国語" (Chinese) names a language, not the country."""
    end = m.start + len(m.surface)
    return sentence[end : end + 1] == "語"


_GROUP = re.compile(r"\s*[・･]?\s*(?:group|グループ)", re.I)


def _regime(sentence: str, m: Mention) -> bool:
    """The "Australia Group" (オーストラリア・グループ) is an export-control regime, not the
    country (test31 t020: a catch-all question about a buyer in Adelaide quoted it)."""
    return bool(_GROUP.match(sentence, m.start + len(m.surface)))
