"""What a follow-up points back at: the previous answer's items ("その中で", "among them"), or
the previous message as a whole (a pronoun, or a message too short to stand alone)."""

from __future__ import annotations

import re

from export_assist.answering.understand import Question
from export_assist.retrieval.normalize import nfkc

# "その中で" / "among them": the question is about the previous answer's items.
_ANAPHORA = (
    "その中で",
    "そのうち",
    "その中",
    "それ",
    "これ",
    "among them",
    "of those",
    "which of",
    "among these",
    "that one",
    "this one",
    "この",
    "その",
)


def points_at_items(q: Question) -> bool:
    """The message points at the previous answer's items ("その中で", "among them")."""
    low = _TIME_WORDS.sub(" ", nfkc(q.text).lower())
    return any(w in low for w in _ANAPHORA)


# 「これからは」「これまでは」 are times, not the previous answer's items (test30 t007)
_TIME_WORDS = re.compile(r"これ(?:から|まで)")


_PRONOUN = re.compile(r"\b(it|that|this|they|them|those|these|one)\b")


def refers_back(text: str) -> bool:
    """The message leans on the previous one: it points back, or is too short to stand alone."""
    low = _TIME_WORDS.sub(" ", nfkc(text).lower())
    return any(w in low for w in _ANAPHORA) or bool(_PRONOUN.search(low)) or len(low) <= 25
