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


# Families whose rules are their own (vocab `exclusive`: eyewear)
_EXCLUSIVE = frozenset(f for f, g in vocab.SCOPE_FAMILIES.items() if g.get("exclusive"))


def about(doc: DocProfile, family: str, asked: Iterable[str] = ()) -> bool:
    """True when the document is about the product family; a document about goods whose rules
    are their own is about no other family (the FDA's eyewear page names medical devices, yet
    answers no hearing aid) unless the question asks about those goods too (reading glasses
    "exempt from 510(k)" are the medical devices that page is about: test32 t034)."""
    text = _about_text(doc)
    if not _covers(text, family):
        return False
    own = [f for f in _EXCLUSIVE if _covers(text, f)]
    return family in _EXCLUSIVE or not own or any(f in asked for f in own)


@lru_cache(maxsize=2)  # the catalogue lives as long as its index: read once per index
def _families(catalog: DocCatalog) -> dict[str, frozenset[str]]:
    """Every document's families (`about`)."""
    return {
        d.doc_id: frozenset(f for f in vocab.SCOPE_FAMILIES if about(d, f))
        for d in catalog.docs.values()
    }


def outside_families(q: Question, catalog: DocCatalog) -> frozenset[str]:
    """Documents no candidates for the goods asked about, nothing when no goods are named:
    those about a family whose rules are its own that the goods are not in (a glasses case is
    no spectacle frame, so the eyewear documents are none for it) unless they also speak to
    the goods asked or list several kinds of goods (the UAE's goods needing prior approval
    name medical devices beside bulbs and bonsai), and, for goods of such a family named
    alone, the documents filed under other goods (eyeglass frames read no electrical goods'
    WEEE sentence, s33 trial)."""
    if not (q.phrase or q.product):
        return frozenset()
    asked = frozenset(q.families)
    own, mine = _EXCLUSIVE - asked, _EXCLUSIVE & asked
    # (goods carried over from the conversation are not named alone: the follow-up asks
    # something else of them, a U.S. agent or a customs step, s38)
    alone = bool(mine) and not q.categories and "product" not in q.inherited
    families = _families(catalog)

    def outside(doc: DocProfile) -> bool:
        fams = families[doc.doc_id]
        if fams & own:  # about other goods' own rules, unless it speaks to these or lists many
            return not (fams & asked or len(fams - own) >= 2)
        return alone and bool(doc.categories) and not fams & mine

    return frozenset(d.doc_id for d in catalog.docs.values() if outside(d))


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
