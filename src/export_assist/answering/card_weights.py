"""How much each feature of a requirement card counts when the cards that answer a question
are ranked (cardpick.card_features names them). The question is answered by the card of
highest weighted sum; what each feature measures is said beside its weight."""

from __future__ import annotations

from collections.abc import Mapping

WEIGHTS: dict[str, float] = {
    # the card is filed under a topic the question is on
    "topic": 1.5,
    # ... or its text names the asked topic word (asked_topic.names_asked_topic)
    "asked_topic": 1.2,
    # 1 / (1 + the retrieval rank of its best evidence document), 0 when none was retrieved
    "rank": 2.0,
    # the share of the query's words the card's text (either language) carries
    "overlap": 2.0,
    # a card of a market the question names (overview.py gives it to a bloc's card)
    "market": 0.3,
    # mandatory 1, recommended 0.5, informational 0
    "severity": 0.2,
    # the card names what the question singles out ("FSSAIの登録は必要？", 福島県産)
    "named": 1.0,
    # ... or the product asked about (日本酒 in a label card's requirement)
    "product": 0.5,
    # it turns on a condition the question states (food contact): 2 with no topic named or
    # for a condition of the shipment (exhibits: the carnet), else 1
    "fit": 0.5,
    # a Japan-side question: Japan's own card ...
    "japan_own": 0.3,
    # ... and no credit to another card for naming Japan's body (esc35 d013)
    "japan_named_other": -1.0,
    # a card of a regime the question names, or its goods trigger (python leather: CITES)
    "regime": 1.0,
}


def weighted(features: Mapping[str, float], weights: Mapping[str, float] = WEIGHTS) -> float:
    """The card's score: its features weighted."""
    return sum(weights[k] * v for k, v in features.items())
