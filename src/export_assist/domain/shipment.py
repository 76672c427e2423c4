"""Conditions of the shipment, not of the goods: the goods go abroad and come back (a fair's
exhibits, samples: `temporary_export`, read from a chat question). A named regime's question
keeps them, a follow-up adds them, and a Japan-side card turning on one answers a market's
question (the ATA carnet is how the market's duty is avoided)."""

from __future__ import annotations

from export_assist.domain.compliance import RequirementCard

SHIPMENT_CONDITIONS: frozenset[str] = frozenset({"temporary_export"})


def of_shipment(conditions: list[str]) -> list[str]:
    """The conditions that describe the shipment (exhibits brought back), not the goods."""
    return [c for c in conditions if c in SHIPMENT_CONDITIONS]


def turns_on_shipment(card: RequirementCard, conditions: list[str]) -> bool:
    """The card turns on a condition of the shipment stated (the carnet: exhibits brought back)."""
    return bool(set(card.applies_to.conditions) & set(of_shipment(conditions)))


def with_shipment(conditions: list[str], stated: list[str]) -> list[str]:
    """The conditions, and the shipment's own among those stated now (「同じカルネで」)."""
    return list(dict.fromkeys([*conditions, *of_shipment(stated)]))
