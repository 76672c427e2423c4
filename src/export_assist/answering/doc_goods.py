"""Passages of documents kept to goods of another kind than the question's are no answer
(issue 9 item 3): a cosmetics notification document's sentences about the importer's licence
answered a question about a shochu importer's licence (session 27 trial)."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from typing import Protocol

from export_assist.answering.goods import KINDS, kinds
from export_assist.domain.citations import SearchHit


class _Categorised(Protocol):
    categories: list[str]


def for_goods(
    hits: list[SearchHit],
    docs: Mapping[str, _Categorised],
    wanted: frozenset[str],
    categories: Iterable[str] = (),
    kept: Collection[str] = frozenset(),
) -> list[SearchHit]:
    """The passages less those of a document kept to goods of another kind than the
    question's (a cosmetics notification document under a shochu licence question, session
    27 trial): none of its sentences answers; a document for any goods (no categories), or
    one that names a category of the question's (household goods for a kettle), may, and so
    may the documents `kept` (Japan's procedure asked by its topic, for any goods)."""
    asked, named = wanted & KINDS, set(categories)
    if not asked:
        return hits

    def other(doc_id: str) -> bool:
        cats = docs[doc_id].categories if doc_id in docs else []
        own = kinds(cats) & KINDS
        return bool(own) and not own & asked and not named & set(cats)

    return [h for h in hits if h.citation.doc_id in kept or not other(h.citation.doc_id)]
