"""What the corpus is about: whether a document covers a product family of the question
(vocab scope_families), read from what the document says it is about."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from export_assist.answering import vocab
from export_assist.answering.catalog import DocCatalog, DocProfile
from export_assist.answering.retrieve import jurisdictions
from export_assist.answering.understand import Question, has_any
from export_assist.retrieval.normalize import nfkc


def _about_text(doc: DocProfile) -> str:
    """Title, Japanese summary, section names and card titles: what the document is about
    (its body and card requirements mention other products in passing)."""
    cards = " ".join(f"{c.title} {c.title_ja}" for c in doc.cards)
    return nfkc(" ".join([doc.title, doc.summary_ja, " ".join(doc.sections), cards])).lower()


@lru_cache(maxsize=4096)
def _covers(text: str, family: str) -> bool:
    found = vocab.SCOPE_FAMILIES[family]
    # a family with its own rules is covered by a document about those rules for it
    asks = tuple(found.get("asks") or found["words"])
    return has_any(text, tuple(found["words"])) and has_any(text, asks)


def about(doc: DocProfile, family: str) -> bool:
    """True when the document is about the product family; a document about goods whose rules
    are their own (vocab `exclusive`: eyewear) is about no other family (the FDA's eyewear
    page names medical devices, yet answers no hearing aid)."""
    text = _about_text(doc)
    if not _covers(text, family):
        return False
    return family in _EXCLUSIVE or not any(_covers(text, f) for f in _EXCLUSIVE)


_EXCLUSIVE = tuple(f for f, g in vocab.SCOPE_FAMILIES.items() if g.get("exclusive"))


def outside_families(q: Question, catalog: DocCatalog) -> frozenset[str]:
    """Documents no candidates for the goods asked about, nothing when no goods are named:
    those about a family whose rules are its own that the goods are not in (a glasses case is
    no spectacle frame, so the eyewear documents are none for it), and, for goods of such a
    family named alone, the documents filed under other goods (eyeglass frames read no
    electrical goods' WEEE sentence, s33 trial)."""
    if not (q.phrase or q.product):
        return frozenset()
    own = [f for f in _EXCLUSIVE if f not in q.families]
    mine = [f for f in _EXCLUSIVE if f in q.families]
    return frozenset(
        d.doc_id
        for d in catalog.docs.values()
        if (any(about(d, f) for f in own) and not _speaks_to(d, q.families, own))
        or (mine and not q.categories and d.categories and not any(about(d, f) for f in mine))
    )


def _speaks_to(doc: DocProfile, asked: Iterable[str], own: list[str]) -> bool:
    """A document that also speaks to the goods asked about, or a list of several kinds of
    goods' rules (the UAE's goods needing prior approval name medical devices beside bulbs
    and bonsai: a nursery's question lost it to the eyewear rule, s33)."""
    others = [f for f in vocab.SCOPE_FAMILIES if f not in own and about(doc, f)]
    return bool(set(others) & set(asked)) or len(others) >= 2


def family_name(family: str, language: str) -> str:
    """The family's name for the reader."""
    return str(vocab.SCOPE_FAMILIES[family]["ja" if language == "ja" else "en"])


def family_bans(q: Question, catalog: DocCatalog) -> frozenset[str]:
    """Documents of the markets that restrict a product family the question names (used
    clothing to the Philippines): the ban leads the answer, not a checklist of other rules."""
    markets = set(jurisdictions(q)) - {"INTL", "JP"}
    return frozenset(
        d.doc_id
        for d in catalog.docs.values()
        if d.country in markets
        and "restricted" in d.topics
        and any(about(d, f) for f in q.families)
    )
