"""A follow-up that only swaps one slot of the previous question: another product
(「焼酎だったら？」) or another market (「カナダの場合は？」), the previous question asked again
with the new value in place of the old."""

from __future__ import annotations

import re

from export_assist.answering.places import find_places, market_name
from export_assist.answering.understand import Question
from export_assist.languages import reply_language
from export_assist.retrieval.normalize import nfkc

# "What if it's an electric hand mixer instead?" / 「焼酎だったら？」: a product swap.
_SWAP_FILLER = re.compile(
    r"(?i)(what|if|it'?s|it is|they are|they'?re|instead|about|how|and|then|an?|the|our|we|"
    r"make|sell|だったら|でしたら|なら|の場合は?|にしたら|に変えたら|はどう|は|だと|では|"
    r"[?？!！。、.,\s])"
)


def swap_product(current: Question, previous: Question) -> str | None:
    """The previous question with the new product in place of the old, when the message
    only names another product (no market, topic or question of its own); else None."""
    new = current.phrase or current.product
    old = [w for w in (previous.phrase, *previous.product.split()) if w]
    text = previous.asked or previous.text
    if not new or not old or current.destinations or current.unsupported or current.topics:
        return None
    if any(new.lower() in w.lower() or w.lower() in new.lower() for w in old):
        return None  # the same goods: not a swap
    rest = nfkc(current.text)
    for word in sorted({new, *new.split(), *current.product.split()}, key=len, reverse=True):
        rest = rest.replace(word, " ") if word else rest
    if len(_SWAP_FILLER.sub("", rest)) > 1:
        return None
    found = next((w for w in sorted(old, key=len, reverse=True) if w in text), "")
    return text.replace(found, new, 1) if found else None


def swap_market(text: str, current: Question) -> str:
    """The earlier question asked of the new market: "マレーシア向けに使える協定は？" becomes
    "カナダ向けに使える協定は？", so retrieval reads the new market, not the old one."""
    new = [*current.destinations, *current.unsupported]
    mentions = [m for m in find_places(text) if m.code != "JP"]
    if len(new) != 1 or len({m.code for m in mentions}) != 1:
        return text
    name = market_name(new[0], reply_language(text))
    for m in sorted(mentions, key=lambda m: -m.start):
        text = text[: m.start] + name + text[m.start + len(m.surface) :]
    return text


def new_market(current: Question, previous: Question) -> bool:
    """Markets named of the message's own, other than the conversation's, and no "same" goods:
    with its own goods (「神戸で工作機械の部品…上海の商社…ロシアの工場に運ぶ」 after an HS code for
    cherries to Taipei, s48 trial got the HS tool again) a new question, not a follow-up."""
    named = (current.destinations, current.unsupported)
    if (not named[0] and not named[1]) or re.search(r"同じ|同様|\bsame\b", current.text, re.I):
        return False
    return named != (previous.destinations, previous.unsupported)
