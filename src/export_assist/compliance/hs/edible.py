"""Food the product says is eaten: not the nomenclature's goods unfit to eat.

「乾燥した昆布（食用）」 is edible seaweed (1212.21). The words-only ranker put seaweed ash
(2621.90, "including seaweed ash (kelp)") and seaweeds "not fit for human consumption"
(1212.29) first: each shares "seaweed" or "kelp" with the product, and "not fit" shares
the words "fit", "human" and "consumption" with "fit for human consumption" (s18,
escalation_dev8 qa9-d008). For a product that says it is food (食用, for eating, or a
curated food word the map reads as "edible": のり, 昆布, わかめ), a candidate for goods
unfit for human consumption, slag or ash goes after the others.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from export_assist.retrieval.normalize import nfkc

_EDIBLE = re.compile(
    r"(?i)\bedible\b|\bfor (?:eating|food|cooking)\b|\bhuman consumption\b|\bfood\b|"
    r"食用|食べ|食品|料理用|だし用|出汁用"
)
# a product for feed, fertiliser or industry may well be unfit to eat
_NOT_FOOD = re.compile(r"(?i)\b(?:feed|fodder|fertili[sz]er|industrial|ash)\b|飼料|肥料|工業用|灰")
_UNFIT = re.compile(
    r"(?i)\bnot fit for human consumption|\bunfit for human consumption|\bslag\b|\bash\b"
)


def edible_ranks(own_texts: Sequence[str], product: str) -> list[int]:
    """Per candidate: 1 for goods unfit to eat when the product is food, else 0."""
    text = nfkc(product)
    if not _EDIBLE.search(text) or _NOT_FOOD.search(text):
        return [0] * len(own_texts)
    return [int(bool(_UNFIT.search(own))) for own in own_texts]


def demote(order: Sequence[int], ranks: Sequence[int]) -> list[int]:
    """`order` (candidate indices, best first), stably sorted by rank."""
    return sorted(order, key=lambda c: ranks[c])
