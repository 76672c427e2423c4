"""How the goods travel and are packed for the trip: no words of what they are.

"Fresh nashi by air, packed in foam nets" was classified as air pumps (8414.80) and "loin
cuts, deep-frozen in vacuum packs" as vacuum cleaners (8508.60): the nomenclature names
air and vacuum only for machines (escalation_dev47 d009, test49 t010). The transport
mode and the protective packing of a shipment are left out of the text the HS ranker
reads; retail packing that decides a subheading ("in 100 g bags", 「100グラム入り」) stays,
and goods that are themselves a packing ("vacuum bags", 「真空パック器」) keep their words.
"""

from __future__ import annotations

import re

_EN = re.compile(
    r"(?i)\b(?:(?:sent|shipped|flown|delivered|transported|carried)\s+)?(?:by|via)\s+"
    r"(?:air(?:\s?freight|mail)?|sea(?:\s?freight)?|ship|boat|courier|post|express|truck|rail)\b"
    r"|\bin\s+vacuum[- ]?(?:packs?|packages?|bags?|pouches)\b|\bvacuum[- ]?(?:packed|sealed)\b"
    r"|\b(?:packed|wrapped|cushioned)\s+in\s+(?:foam|polystyrene|styrofoam)(?:\s+(?:nets?|sleeves?|"
    r"boxes|trays?))?\b|\b(?:in\s+)?foam\s+(?:nets?|sleeves?)\b"
)
_JA = re.compile(
    r"(?:空輸|航空便|船便|エア便)(?:便)?(?:で|して|にて)?"
    r"|真空パック(?!器|機)(?:で|に|して|した|の)?"
    r"|発泡スチロール(?:の)?(?:箱|ケース)?(?:に|で)(?:入れて|詰めて|梱包して)?"
)


def drop_trip(text: str) -> str:
    """The description without how the shipment travels and is cushioned."""
    out = _JA.sub(" ", _EN.sub(" ", text))
    out = re.sub(r"\s+([,，、.;])", r"\1", out)
    return " ".join(re.sub(r"([,，、])(?:\s*[,，、])+", r"\1", out).split())
