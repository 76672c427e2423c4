"""A card's or checklist item's fields in the reader's language (English when no Japanese)."""

from __future__ import annotations

from typing import Protocol


class CardFields(Protocol):
    """What requirement cards and checklist items share (English and optional Japanese)."""

    requirement: str
    requirement_ja: str
    authority: str
    authority_ja: str
    documents: list[str]
    documents_ja: list[str]
    lead_time: str
    lead_time_ja: str
    legal_basis: str
    legal_basis_ja: str


def requirement_in(item: CardFields, lang: str) -> str:
    """The requirement text in `lang` (the English one when no Japanese is written)."""
    return item.requirement_ja if lang == "ja" and item.requirement_ja else item.requirement


def authority_in(item: CardFields, lang: str) -> str:
    """The authority's name in `lang` (the English one when no Japanese is written)."""
    return item.authority_ja if lang == "ja" and item.authority_ja else item.authority


def documents_in(item: CardFields, lang: str) -> list[str]:
    """The document names in `lang`, in card order (English when no Japanese is written)."""
    return list(item.documents_ja if lang == "ja" and item.documents_ja else item.documents)


def lead_time_in(item: CardFields, lang: str) -> str:
    """The lead time in `lang` (the English one when no Japanese is written)."""
    return item.lead_time_ja if lang == "ja" and item.lead_time_ja else item.lead_time


def legal_basis_in(item: CardFields, lang: str) -> str:
    """The legal basis in `lang` (the English one when no Japanese is written)."""
    return item.legal_basis_ja if lang == "ja" and item.legal_basis_ja else item.legal_basis
