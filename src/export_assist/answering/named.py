"""Regimes named by their own name: "CBAM", "EUDR", "NRTL", "ATAカルネ", "外国ユーザーリスト".

A question that names a regime but no market ("CBAMの対象は？") is about the jurisdiction
whose documents carry that name in their title, legal basis or card titles. The names are read from the corpus itself (no hand-kept list): a term counts
when few documents carry it, so "FDA" or "EU" (in many documents) name nothing."""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from typing import TYPE_CHECKING

from export_assist.answering.places import find_places
from export_assist.answering.vocab import COMMON_TERMS
from export_assist.retrieval.normalize import nfkc

if TYPE_CHECKING:  # the catalogue builds this index; only its profiles' type is needed
    from export_assist.answering.catalog import DocProfile

# Acronyms and coined names: three or more capitals or digits ("CBAM", "PPWR", "FSSAI",
# "REACH"; two-letter ones such as "HS" or "UN" are words of the whole field), and
# katakana words of three or more characters ("カルネ", "ユーザーリスト").
_ACRONYM = re.compile(r"(?<![A-Za-z0-9])[A-Z][A-Z0-9]{2,7}(?![A-Za-z0-9])")
_KATAKANA = re.compile(r"[ァ-ヶー]{3,}")
# Japan's agreements named in full ("the Japan-US Trade Agreement", 「日米貿易協定」, "Japan-EU
# EPA"): the partner's agreement is a regime of its own, whose document answers how it is used
# (test28 t004 asked whether the US one needs a chamber certificate; the chamber's documents
# came first). The term is the partner's code.
_AGREEMENT = re.compile(
    r"(?i)\bjapan\s?[-–‐/]?\s?(u\.?s\.?a?\.?|united states|eu|european union|uk|united kingdom|"
    r"australia)\s+(?:trade|economic partnership|comprehensive economic partnership|free trade)\s+"
    r"agreement|\bjapan[-–](eu|uk)\s+(?:epa|cepa)\b|日(米|欧|EU|英|豪)(?:・)?(?:貿易協定|経済連携協定|EPA|包括的経済連携協定)"
)
_PARTNERS = {"us": "US", "usa": "US", "united states": "US", "米": "US", "eu": "EU", "欧": "EU",
             "european union": "EU", "uk": "GB", "united kingdom": "GB", "英": "GB",
             "australia": "AU", "豪": "AU"}  # fmt: skip


def agreements(text: str) -> set[str]:
    """Japan's agreements a text names in full, as "agreement:<partner>"."""
    out = set()
    for m in _AGREEMENT.finditer(nfkc(text)):
        partner = next(g for g in m.groups() if g).lower().replace(".", "").strip()
        out.add(f"agreement:{_PARTNERS.get(partner, partner.upper())}")
    return out


# A name carried by more documents than this is a common word of the field, not a regime.
MAX_DOCS = 3
# ... and one that the text of more documents than this uses is a common word.
MAX_MENTIONS = 8


def terms(text: str) -> set[str]:
    """The name-like terms of a text; place names ("マレーシア", "ドバイ") are markets,
    not regimes, and are left to the market reading of the question, and everyday words
    a title or card happens to carry (「チェック」, 「ルール」: vocab.yaml common_terms) name
    nothing."""
    text = nfkc(text)
    found = set(_ACRONYM.findall(text)) | set(_KATAKANA.findall(text))
    return {t for t in found if t not in COMMON_TERMS and not _is_place(t)}


@lru_cache(maxsize=8192)
def _is_place(term: str) -> bool:
    """Whether a term names a place (the catalogue asks for the same words of every
    document: 318 texts, 4,000 terms; one look-up each instead of one a mention)."""
    return bool(find_places(term))


@lru_cache(maxsize=1024)
def acronyms(text: str) -> frozenset[str]:
    """The acronyms a text names ("FSSAI", "CAROTAR"; places excluded)."""
    return frozenset(t for t in _ACRONYM.findall(nfkc(text)) if not _is_place(t))


def _name_text(doc: DocProfile) -> str:
    """Where a document names its regime: its title, legal basis and card titles (the
    summary and body mention other regimes in passing)."""
    cards = " ".join(f"{c.title} {c.title_ja}" for c in doc.cards)
    return f"{doc.title} {doc.legal_basis} {cards}"


def regulated_destinations(docs: dict[str, DocProfile]) -> dict[str, set[str]]:
    """Destinations Japan itself regulates exports to: the countries a Japan-side document
    names where it names its regime ("制裁による輸出禁止(ロシア・ベラルーシ、北朝鮮、イラン)").
    A question about exporting there is answered from Japan's side even where the
    destination's own import rules are not in the corpus."""
    out: dict[str, set[str]] = defaultdict(set)
    for doc in docs.values():
        if doc.country != "JP":
            continue
        for m in find_places(_name_text(doc)):
            if m.kind in ("name", "code") and m.code != "JP":
                out[m.code].add(doc.doc_id)
    return dict(out)


class NamedRegimes:
    """Which documents carry each distinctive name."""

    def __init__(self, docs: dict[str, DocProfile], bodies: dict[str, str]) -> None:
        carriers: dict[str, set[str]] = defaultdict(set)
        for doc in docs.values():
            for term in terms(_name_text(doc)):
                carriers[term].add(doc.doc_id)
            # an agreement is named by the partner's document's own title (either language)
            if doc.country not in ("JP", "INTL"):
                for term in agreements(f"{doc.title} {doc.title_ja}"):
                    carriers[term].add(doc.doc_id)
        # a word the corpus uses everywhere ("システム", "マーク") names no regime, even
        # where a title happens to carry it
        mentions: dict[str, int] = defaultdict(int)
        for body in bodies.values():
            for term in terms(body):
                mentions[term] += 1
        self._docs = docs
        self._carriers = {
            t: ids
            for t, ids in carriers.items()
            if len(ids) <= MAX_DOCS and mentions[t] <= MAX_MENTIONS
        }

    def named_docs(self, text: str) -> set[str]:
        """Ids of the documents whose distinctive names the text uses."""
        found: set[str] = set()
        for term in terms(text) | agreements(text):
            found |= self._carriers.get(term, set())
        return found

    def implied_country(self, text: str) -> str | None:
        """The one jurisdiction the named documents belong to, if they agree (a name that
        cross-cutting material carries, such as an Incoterm, implies no market)."""
        countries = {self._docs[d].country for d in self.named_docs(text)}
        return countries.pop() if len(countries) == 1 and "INTL" not in countries else None
