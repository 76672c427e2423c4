"""Which cards an answer shows beside the first: a card as good as the first one (ties), and
whether retrieval ranked one document far ahead of the next (its cards alone may lead)."""

from __future__ import annotations

from export_assist.answering.rerank import DocScore
from export_assist.domain.compliance import RequirementCard

# A card scoring this share of the first card's score ties with it.
TIE = 0.97
# ... or this share when both cards cite the document retrieval ranked first.
TIE_SAME_DOC = 0.9


def tied(
    ranked: list[RequirementCard], scores: dict[str, float], first: str
) -> list[RequirementCard]:
    """The card as good as the first one, which answers as much: both are shown (the licence
    and the registration number for a Thai food; the dangerous-goods rule and the UN 38.3
    test). Two cards of the first document tie more easily: the question is about it, and
    textile labels or the origin mark may be what it asks (手ぬぐい: each piece marked?)."""
    lead = ranked[0]
    for card in ranked[1:2]:
        same = first in lead.evidence and first in card.evidence
        if scores[card.id] >= (TIE_SAME_DOC if same else TIE) * scores[lead.id]:
            return [card]
    return []


# The first document is the question's own when its score is this many times the second's.
CLEAR_LEAD = 1.2


def clear_first(docs: list[DocScore]) -> bool:
    """Retrieval ranked one document far ahead of the next."""
    return len(docs) >= 2 and docs[0].score >= CLEAR_LEAD * max(docs[1].score, 1e-9)
