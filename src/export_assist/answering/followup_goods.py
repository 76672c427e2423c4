"""Whether a follow-up's goods are the conversation's: named again shorter, pointed back to,
or goods of their own."""

from __future__ import annotations

import re

from export_assist.answering.understand import Question
from export_assist.retrieval.normalize import nfkc


def same_goods(current: Question, previous: Question) -> bool:
    """The message names the previous goods again, shorter: 「同じスープ」, 「そのスープ」, or
    points back to them with no goods word (「同じ商品を出したい」: its phrase 「届け出」 is a
    procedure, escalation_dev48 d005 lost the cleansing oil)."""
    low = nfkc(current.text)
    if not current.product and _POINTS_BACK.search(low.lower()):
        return True
    word = current.phrase or current.product
    return (
        bool(word)
        and word in (previous.phrase or previous.product)
        and bool(re.search(rf"(?:同じ|その|この|例の){re.escape(word)}", low))
    )


_POINTS_BACK = re.compile(
    r"(?:同じ|その|この|例の)(?:商品|製品|品物|もの|物|アイテム)|"
    r"\b(?:the same|these|those|this|that) (?:products?|goods|items?)\b"
)


def other_goods(current: Question, previous: Question) -> bool:
    """The message names goods of its own that share no word with the previous ones."""
    new, old = set(current.product.split()), set(previous.product.split())
    return bool(new) and bool(old) and not new & old
