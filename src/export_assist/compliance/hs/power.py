"""How goods are worked: by hand or by a motor. A description that says it is turned by hand
(「手挽きのコーヒーミル」, "hand-cranked") is no electro-mechanical appliance (8509.40): the
hand-operated appliance (8210.00) comes first; one that says it is electric (「電動」) puts the
hand-operated subheadings after the rest (test33 t012, tuning since session 37)."""

from __future__ import annotations

import re

from export_assist.retrieval.normalize import nfkc

_BY_HAND = re.compile(
    r"(?i)手挽き|手動|手回し|手で回|\bhand-(?:operated|cranked|turned|powered)\b|\bmanual\b|"
    r"\bhand (?:coffee |pepper |spice )?(?:mill|grinder)s?\b"
)
_ELECTRIC = re.compile(
    r"(?i)電動|電気式|充電式|電池式|コードレス|\belectric\b|\bbattery[- ]powered\b|\bcordless\b|"
    r"\binduction\b|(?<![a-z])IH(?![a-z])"  # induction heating (IH炊飯器) is electric
)
# (not "whether or not hand-operated": such a subheading is for both kinds)
_POWERED_CODE = re.compile(
    r"(?i)electro-mechanical|self-contained electric motor|(?<!or not )\belectric\b"
)
_HAND_CODE = re.compile(r"(?i)(?<!or not )hand-operated|\bnon-electric\b")


# a heading that is for non-electric goods only says so once, for all its subheadings: 7321
# "… and similar non-electric domestic appliances" (s51: tuning test47 t013, an induction rice
# cooker, was classified 7321.12 "Cooking appliances …; for liquid fuel")
# (not 8467's "self-contained electric or non-electric motor": that heading is for both kinds)
_NON_ELECTRIC_HEADING = re.compile(r"(?i)(?<!electric or )\bnon-electric\b")


def power_rank(own_text: str, text: str, heading_text: str = "") -> float:
    """1.0 (after the rest) for a subheading (its own text, or its heading's where that says
    non-electric) of the other kind than the description says, else 0.0."""
    low = nfkc(text)
    by_hand, electric = bool(_BY_HAND.search(low)), bool(_ELECTRIC.search(low))
    if by_hand and not electric:
        powered = _POWERED_CODE.search(own_text) and not _HAND_CODE.search(own_text)
        return 1.0 if powered else 0.0
    if electric and not by_hand:
        hand = _HAND_CODE.search(own_text) or _NON_ELECTRIC_HEADING.search(heading_text)
        return 1.0 if hand else 0.0
    return 0.0
