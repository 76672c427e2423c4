"""Goods a message names but does not ask about: named only to be compared with the goods
asked about (「チーズと比べて、牛乳は？」, "Is there anything special for milk, compared with the
cheese?": test24 t004 read "cheese" as the product of a milk question), blanked only when the
rest of the message names goods of its own; and goods it sets apart (「食品以外の」, "non-food"),
always blanked."""

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


# goods the message sets apart are not its goods: 「食品以外の一般の商品」 are not food (s54:
# tuning test50 t032's mugs were read as food and answered with the food label card)
# ... and goods a message says its goods are not, two or more in a row (s55: tuning test51
# t026 「食品でも電気製品でもおもちゃでもない一般の消費者向けの品物」 got the toy card; "neither food
# nor toys")
_SET_APART = re.compile(
    r"[\u4e00-\u9fff\u30a0-\u30ffー]+(?=以外|を除く|を除いた)|(?<=non-)[a-z]+|"
    r"(?<=other than )[a-z]+|(?<=except )[a-z]+|"
    r"(?:[\u3040-\u30ff\u4e00-\u9fffー]{1,12}?でも){2,}(?:ない|ありません)|"
    r"\bneither [a-z -]{1,30}? nor [a-z -]{1,30}?(?=[,.:?!;]|$| but\b)"
)


def without_set_apart(low: str) -> str:
    """The lower-cased text with the goods it sets apart blanked (same length)."""
    return _SET_APART.sub(lambda m: " " * len(m.group()), low)
