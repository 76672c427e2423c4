"""Woven or knitted: many textile headings split on "knitted or crocheted" (6304.11/19,
6302.10/21). A description that says the goods are woven, or not knitted (「編み物ではあり
ません」, "woven cotton (not knitted)"), puts the knitted subheadings after the rest: the
negated word is dropped from the ranker's text (negation.py), which then has nothing to
tell the two siblings apart and took the knitted one first (test26 t030)."""

from __future__ import annotations

import re

from export_assist.retrieval.normalize import nfkc

_NOT_KNITTED = re.compile(
    r"(?i)\bwoven\b|\bnot\s+(?:knitted|crocheted)\b|\bnon-?knitted\b|"
    r"織物|織った|織り|織の|(?:編み物|編物|ニット|メリヤス)(?:では|じゃ|で)?(?:ない|なく|ありません)"
)
_KNITTED_ONLY = re.compile(r"(?i)(?<!not )\bknitted or crocheted\b")


def says_not_knitted(text: str) -> bool:
    """Whether a description says the goods are woven or not knitted."""
    return bool(_NOT_KNITTED.search(nfkc(text)))


def is_knitted(own_text: str) -> bool:
    """Whether a subheading's own text is for knitted or crocheted goods."""
    return bool(_KNITTED_ONLY.search(own_text))
