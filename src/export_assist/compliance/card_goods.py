"""A card kept to HS codes applies to goods named without a code when the card names those
goods itself: Korea's energy-grade card lists 「電気炊飯器」 and "rice cookers", so a checklist
for 「家庭用の電気炊飯器」 (or 「炊飯器」) with no HS code lists it; 「乾燥機」 does not meet 「衣類乾燥機」.
One rule for the checklist (the product's main name) and the chat's card choice (the goods
words of the question)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from export_assist.compliance.product_head import main_name
from export_assist.domain.compliance import ProductProfile, RequirementCard, card_applies
from export_assist.retrieval.normalize import nfkc

# A Japanese goods word starts the card's term: at the start, after punctuation or a space
# (「、電気炊飯器、」), not inside a longer word (「衣類乾燥機」 for 「乾燥機」).
_JA_WORD = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
_MIN_JA = 3  # a tail of a name: 「炊飯器」, 「冷蔵庫」; not 「乾燥」 or 「機」
_MIN_WHOLE = 2  # a whole goods word: 「包丁」, 「ボルト」


def _card_text(card: RequirementCard) -> str:
    return nfkc(f"{card.title} {card.title_ja} {card.requirement} {card.requirement_ja}").casefold()


def _ja_named(name: str, text: str) -> bool:
    """Whether the name, or a tail of it (3+ characters), is a whole term of the card's text."""
    for start in range(len(name) - 1):
        tail = name[start:]
        if len(tail) < (_MIN_WHOLE if start == 0 else _MIN_JA) or not _JA_WORD.match(tail):
            continue
        for found in re.finditer(re.escape(tail), text):
            if _starts_term(text, found.start()):
                return True
    return False


# Words that only say how goods are powered or used: 「炊飯器」 is a term of 「電気炊飯器」.
_QUALIFIERS = ("電気", "電動", "家庭用", "業務用")


def _starts_term(text: str, start: int) -> bool:
    """Whether a term starts at `start`, or only a power or use word stands before it."""
    before = text[:start]
    for qualifier in ("", *_QUALIFIERS):
        if before.endswith(qualifier):
            head = before[: len(before) - len(qualifier)]
            # 「・」 lists terms (「米（精米・玄米）」): it ends one, as punctuation does
            if head[-1:] == "・" or not _JA_WORD.match(head[-1:] or " "):
                return True
    return False


def _en_named(name: str, text: str) -> bool:
    """Whether the last two or more words of the name (or a one-word name) are in the text,
    plural allowed: "electric rice cooker" meets "rice cookers"; "pressure cooker" does not."""
    words = name.split()
    shortest = 1 if len(words) == 1 else 2
    for size in range(len(words), shortest - 1, -1):
        phrase = r"\s+".join(re.escape(w) for w in words[-size:])
        if re.search(rf"\b{phrase}(?:e?s)?\b", text):
            return True
    return False


def names_any(card: RequirementCard, goods: Iterable[str]) -> bool:
    """Whether the card's text (either language) names one of the goods as a whole term."""
    text = _card_text(card)
    for name in goods:
        name = nfkc(name).casefold().strip()
        if name and (_en_named(name, text) if name.isascii() else _ja_named(name, text)):
            return True
    return False


def named_goods_apply(
    card: RequirementCard, jurisdictions: list[str], product: ProductProfile, goods: Iterable[str]
) -> bool:
    """Whether an HS-kept card applies to a product given without an HS code because the
    card names one of its `goods` (and every other condition of the card holds)."""
    rule = card.applies_to
    if product.hs_code or rule.categories or not rule.hs_prefixes:
        return False
    coded = product.model_copy(update={"hs_code": rule.hs_prefixes[0]})
    return card_applies(card, jurisdictions, coded) and names_any(card, goods)


def names_goods(card: RequirementCard, jurisdictions: list[str], product: ProductProfile) -> bool:
    """The checklist's case: the goods are the product description's main name."""
    name = main_name(nfkc(product.description or "").casefold())
    return bool(name) and named_goods_apply(card, jurisdictions, product, [name])
