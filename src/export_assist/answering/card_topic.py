"""Whether the cards an answer shows are about what the question asks: a topic it asks
about, or Japan's procedure a Japan-side question names by its name."""

from __future__ import annotations

import re

from export_assist.answering.compose import Composed
from export_assist.answering.understand import Question
from export_assist.retrieval.normalize import nfkc


def on_topic(q: Question, composed: Composed) -> bool:
    """Whether a card the answer shows is about a topic the question asks about, or is Japan's
    procedure the Japan-side question names by its name (「日本で受け取るCITESの書類」 shown the
    CITES card: s53, tuning escalation_dev47 d011 was handed off on the watch strap's words)."""
    text = nfkc(q.text).lower()
    return any(
        card.topic in q.topics or (q.japan_side and _names_card(text, card.title))
        for card in composed.cards
    )


_ACRONYM = re.compile(r"\b[A-Z]{4,}\b")


def _names_card(text: str, title: str) -> bool:
    """The text names an acronym of the card's title (CITES; not METI inside "cosmetics")."""
    return any(re.search(rf"(?<![a-z]){a.lower()}(?![a-z])", text) for a in _ACRONYM.findall(title))
