"""Goods named only to be compared with the goods asked about (「チーズと比べて、牛乳は？」,
"Is there anything special for milk, compared with the cheese?"): the goods asked about are
the others (test24 t004 read "cheese" as the product of a milk question). Blanked only when
the rest of the message names goods of its own."""

from __future__ import annotations

import re
from collections.abc import Callable

from export_assist.retrieval.normalize import nfkc

_COMPARED = re.compile(
    r"(?i)\b(?:compared (?:with|to)|in comparison (?:with|to)|unlike|as opposed to|"
    r"(?:different|differ) from)\s+(?:the\s+|our\s+|my\s+|a\s+|an\s+)?"
    r"[a-z][a-z -]{0,30}?(?=\s*(?:[,.?!;]|$|\band\b|\bor\b))"
    r"|[\u3040-\u30ff\u4e00-\u9fffー]{1,15}(?:と比べ|に比べ|と比較|と違って|とは違って|とは違い|と違い|と同様|と同じように)"
)


def without_compared(text: str, names_goods: Callable[[str], list[tuple[int, str]]]) -> str:
    """The text with goods named only for comparison blanked (same length), when the rest
    still names goods; else the text itself."""
    rest = _COMPARED.sub(lambda m: " " * len(m.group(0)), text)
    if rest == text or not names_goods(nfkc(rest)):
        return text
    return rest
