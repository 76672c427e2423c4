"""A raw state the product states (frozen, chilled, fresh: chapters 2 and 3) against a
subheading for goods "prepared or preserved" (chapter 16, 20): 「冷凍和牛」 is frozen beef
(0202), not a meat preparation (1602.50), unless the name says how it was prepared."""

from __future__ import annotations

import re

from export_assist.retrieval.normalize import nfkc

_RAW_STATE = re.compile(r"(?i)\b(?:frozen|chilled|fresh)\b|冷凍|冷蔵|生鮮|チルド")
# any word of cooking or preserving: then a preparation may be right (冷凍たこ焼き, 蒲焼)
_PREPARED = re.compile(
    r"(?i)\b(?:prepared|preserved|cooked|seasoned|smoked|fried|boiled|steamed|marinated|"
    r"breaded|canned|tinned|dried|salted|cured|meals?|dish|sauce|soup|gyoza|dumplings?|"
    r"pizza|nuggets?|burgers?|takoyaki)\b|"
    r"調理|加工|味付|缶詰|燻製|焼|揚げ|煮|蒸し|漬|干し|干物|フライ|惣菜|弁当|餃子|ぎょうざ|ソース"
)
_PREPARATION_CODE = re.compile(r"(?i)prepared or preserved|\bpreparations\b")


def raw_state_only(text: str) -> bool:
    """Whether a description states a raw state (frozen, chilled) and no preparation."""
    low = nfkc(text)
    return bool(_RAW_STATE.search(low)) and not _PREPARED.search(low)


def is_preparation(own_text: str) -> bool:
    """Whether a subheading's own text is for prepared or preserved goods."""
    return bool(_PREPARATION_CODE.search(own_text))


def names_preparation(text: str) -> bool:
    """Whether a description names any cooking or preserving (dried, smoked, 干し, 燻製)."""
    return bool(_PREPARED.search(nfkc(text)))


# Fresh goods named, and nothing dried (「生のぶどう」 read "grapes fresh fruit" and led with dried
# grapes, 0806.20, or grape must): a subheading for the dried goods alone goes after the rest.
FRESH = re.compile(r"(?i)\bfresh\b|生鮮|生の")
DRIED = re.compile(r"(?i)\bdried\b|\bdry\b|干し|乾燥|干物|ドライ")


def fresh_only(text: str) -> bool:
    """Whether a product description says fresh and names no drying."""
    low = nfkc(text)
    return bool(FRESH.search(low)) and not DRIED.search(low)


# ... nor a drink made of them: "fresh grapes" led with grape must (2204.30), which shares the
# grapes' words (s53 user trial); a drink or a ferment named keeps chapter 22 in place
_DRINK = re.compile(
    r"(?i)\b(?:juices?|wines?|must|drinks?|beverages?|liquors?|spirits?|beer|sake|cider|vinegar|"
    r"liqueurs?)\b|ジュース|果汁|ワイン|酒|飲料|ドリンク|酢|サイダー"
)


def fresh_fruit_only(text: str) -> bool:
    """Whether a description says fresh, names no drying and no drink (chapter 22 goes later)."""
    return fresh_only(text) and not _DRINK.search(nfkc(text))


def is_dried_only(own_text: str) -> bool:
    """Whether a subheading's own text is for dried goods, not fresh or dried."""
    return bool(re.search(r"(?i)\bdried\b", own_text)) and not re.search(r"(?i)\bfresh\b", own_text)


# Eggs for hatching are said to be so (種卵, fertilised, for incubation); eggs not said to be are
# eggs to eat, and the subheadings for incubation go after the rest (random tuning sample s49:
# 「鶏の殻付きの生卵（食用）」 led with 0407.11, fertilised eggs for incubation).
_INCUBATION = re.compile(r"(?i)incubat|fertili[sz]ed|hatching|種卵|孵化|ふ化|有精")


def for_incubation(text: str) -> bool:
    """Whether a product description says the eggs are for hatching."""
    return bool(_INCUBATION.search(nfkc(text)))


def is_incubation(own_text: str) -> bool:
    """Whether a subheading's own text is for eggs for incubation."""
    return bool(re.search(r"(?i)(?<!not )for incubation", own_text))
