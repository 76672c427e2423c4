"""Cards that state the same requirement: a specific card that includes a general one (SFA's
TradeNet permit for food is the customs TradeNet permit) is listed once, citing both."""

from __future__ import annotations

from export_assist.domain.compliance import RequirementCard


def merged(cards: list[RequirementCard]) -> list[tuple[RequirementCard, list[RequirementCard]]]:
    """The cards to list, in order, each with the applicable cards it includes (those are
    not listed on their own)."""
    by_id = {c.id: c for c in cards}
    included = {i for c in cards for i in c.includes if i in by_id and i != c.id}
    return [
        (c, [by_id[i] for i in c.includes if i in by_id and i != c.id])
        for c in cards
        if c.id not in included
    ]


def union(first: list[str], *others: list[str]) -> list[str]:
    """The items of the lists in order, each once."""
    return list(dict.fromkeys([*first, *(x for other in others for x in other)]))


def documents_of(card: RequirementCard, others: list[RequirementCard]) -> list[tuple[str, str]]:
    """(English, Japanese) documents of a card and the cards it includes, each once ("" for
    Japanese a card does not give)."""
    out: dict[str, str] = {}
    for c in [card, *others]:
        ja = c.documents_ja if len(c.documents_ja) == len(c.documents) else []
        for n, en in enumerate(c.documents):
            out.setdefault(en, ja[n] if ja else "")
    return list(out.items())
