"""A card kept to HS codes applies to goods named without a code when the card names those
goods itself: Korea's energy-grade card lists 「電気炊飯器」 and "rice cookers", so a checklist
for 「家庭用の電気炊飯器」 with no HS code lists it; 「食器乾燥機」 does not meet 「衣類乾燥機」."""

from __future__ import annotations

import re

from export_assist.compliance.product_head import main_name
from export_assist.domain.compliance import ProductProfile, RequirementCard, card_applies
from export_assist.retrieval.normalize import nfkc

# A Japanese goods word starts the card's term: at the start, after punctuation or a space
# (「、電気炊飯器、」), not inside a longer word (「衣類乾燥機」 for 「乾燥機」).
_JA_WORD = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
_MIN_JA = 3  # 「炊飯器」, 「冷蔵庫」; not 「乾燥」 or 「機」


def _card_text(card: RequirementCard) -> str:
    return nfkc(f"{card.title} {card.title_ja} {card.requirement} {card.requirement_ja}").casefold()


def _ja_named(name: str, text: str) -> bool:
    """Whether a tail of the name (3+ characters) is a whole term of the card's text."""
    for start in range(len(name) - _MIN_JA + 1):
        tail = name[start:]
        if not _JA_WORD.match(tail):
            continue
        for found in re.finditer(re.escape(tail), text):
            before = text[found.start() - 1] if found.start() else " "
            if not _JA_WORD.match(before):
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


def names_goods(card: RequirementCard, jurisdictions: list[str], product: ProductProfile) -> bool:
    """Whether an HS-kept card applies to a product given without an HS code because the
    card names the product's goods (and every other condition of the card holds)."""
    rule = card.applies_to
    if product.hs_code or rule.categories or not rule.hs_prefixes:
        return False
    name = main_name(nfkc(product.description or "").casefold())
    if not name:
        return False
    text = _card_text(card)
    named = _en_named(name, text) if name.isascii() else _ja_named(name, text)
    coded = product.model_copy(update={"hs_code": rule.hs_prefixes[0]})
    return named and card_applies(card, jurisdictions, coded)
