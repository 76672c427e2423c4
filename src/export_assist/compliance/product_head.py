"""The head of a product name: the words that say what the product is, not what it is
made of, filled with or used for ("そば殻まくら" is a pillow, "rice-bran soap bar" a soap,
"餅つき機" a machine)."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Details in brackets ("（家庭用、1.2L）") qualify the name; so, in English, does what
# follows a comma or a linking word ("pillow filled with buckwheat hulls", "film for food").
_BRACKETS = re.compile(r"[（(\[【「『][^）)\]】」』]*[）)\]】」』]?")
_EN_QUALIFIER = re.compile(
    r"(?:[,;]|\s(?:with|for|without|filled|containing|including|made|in|from)\b).*$"
)
# Sizes, counts and packings after the head ("煎茶 100g", "箸 5膳セット", "pump 2 pcs");
# not the English "set", which often names ware ("sake set", "tea set").
_TRAILING = re.compile(
    r"(?:\s+|(?<![a-z])\d[\d.,:%×x/-]*\s*(?:ml|l|g|kg|mah|w|v|cm|mm|pcs|pieces|pairs|個|枚|本"
    r"|膳|袋|箱|缶|合|客|組|点|足|食|人前|包|瓶)?(?:入り?)?"
    # a size then its packing: 「玄米 5kg袋」, 「緑茶 100g缶」 (s24 trial: the rice card was missed)
    r"(?:袋|箱|缶|瓶|パック)?"
    r"|セット|ギフト|詰め合わせ|(?<![a-z])(?:pack|gift box)"
    # how the goods are packed, said after の: 「せんべいの個包装パック」 is rice crackers (its
    # 包装 read as a packaging machine; escalation_dev38 d002), not 「卵パック」 (egg trays)
    r"|の(?:個包装|個別包装|小分け|お徳用|徳用|ファミリー)(?:パック|袋|箱)?(?:入り?)?"
    # how the goods travel, said after them: "fresh yuzu fruit flown (in)" is the fruit (test41
    # t018 read "flown" as its head and missed the fresh produce)
    r"|\s+(?:flown|shipped|sent|delivered|exported|airfreighted|air-freighted|trucked))$"
)
# A name ending in 機/マシン names a machine (扇風機, 製麺機, 餅つき機); in メーカー/"maker"
# a kitchen appliance (ヨーグルトメーカー); in 器 an appliance or a utensil (加湿器,
# 卵焼き器, おろし器): not food in any case.
_MACHINES = (
    (re.compile(r"(?:機|マシン|マシーン|(?<![a-z])machines?)$"), ("machinery", "electronics")),
    # (after kanji the maker is a firm: 「おかきやせんべい 米菓メーカー」 (test48 t002 got the
    # electrical-safety card first), 食品メーカー, 部品メーカー)
    (
        re.compile(r"(?:(?<![\u4e00-\u9fff])メーカー|(?<![a-z])maker)$"),
        ("electronics", "household"),
    ),
)
_JA_WARE = re.compile(r"器$")
# "We are a senbei maker": the maker is the exporter, not a kitchen appliance (test20 t006).
_WHO_WE_ARE = re.compile(r"^(?:we are|we're|i am|i'm|our company is|this is)\s")
# A machine worked by hand is not an electrical product.
_MANUAL = re.compile(
    r"手動|手回し|手回し式|足踏み|\bmanual\b|\bhand[- ](?:operated|cranked|powered)"
)
# "食品用ラップ", "電動アシスト自転車用バッテリー", "film for food": the words before 用 (in
# the same phrase, with the product after it) or after "for" are the use, not the product.
# Not "業務用", "家庭用": a purpose, not an object the product serves.
_PURPOSES = (
    "業務",
    "家庭",
    "子供",
    "子ども",
    "大人",
    "贈答",
    "携帯",
    "屋外",
    "室内",
    "工業",
    "産業",
)
_JA_USE = re.compile(
    r"[^（(\[【「『、,。・\s]*"
    + "".join(f"(?<!{p})" for p in _PURPOSES)
    + r"用(?=[^）)\]】」』、,。\s])"
)
_EN_USE = re.compile(r"\sfor\s+$")


@dataclass(frozen=True)
class SuffixHead:
    """A head told by the form of the name, not by a keyword (〜機, 〜器, "... machine")."""

    word: str
    categories: tuple[str, ...]
    kind: str  # "electrical" for machines, "ware" for 〜器 (an appliance or a utensil)


def main_name(text: str) -> str:
    """The name without bracketed details, qualifiers and trailing sizes (lower-cased input)."""
    name = _BRACKETS.sub(" ", text)
    if name.isascii():
        name = _EN_QUALIFIER.sub("", name)
    previous = None
    while previous != name:
        previous, name = name, _TRAILING.sub("", name)
    return name.strip(" -・、")


def details(text: str) -> list[tuple[int, int]]:
    """Spans of a (lower-cased) name that qualify it: brackets, and in English what follows
    a comma or a linking word."""
    spans = [m.span() for m in _BRACKETS.finditer(text)]
    if text.isascii():
        cut = _EN_QUALIFIER.search(_BRACKETS.sub(lambda m: " " * len(m.group(0)), text))
        if cut:
            spans.append(cut.span())
    return spans


def without_set(main: str) -> str | None:
    """An English name ending in "set" without it ("wine glass set" is a set of glasses)."""
    return main[: -len(" set")] if main.isascii() and main.endswith(" set") else None


def ends_name(main: str, end: int) -> bool:
    """Whether a match ending at `end` of the main name is its last word (the head)."""
    return end == len(main)


def suffix_head(main: str, text: str) -> SuffixHead | None:
    """A machine or ware told by the end of the name, when no keyword is the head."""
    manual = bool(_MANUAL.search(text))
    for pattern, categories in _MACHINES:
        found = pattern.search(main)
        if found and found.group(0) == "maker" and _WHO_WE_ARE.match(main):
            continue
        if found:
            cats = tuple(c for c in categories if not manual or c != "electronics")
            return SuffixHead(found.group(0), cats or ("household",), "electrical")
    found = _JA_WARE.search(main)
    if found and not main.isascii():
        return SuffixHead(found.group(0), ("household",), "ware")  # an appliance or a utensil
    return None


def names_use(text: str, start: int, end: int) -> bool:
    """Whether the word at text[start:end] says what the product is for ("食品用", "for food")."""
    return bool(_JA_USE.match(text, end)) or bool(_EN_USE.search(text[:start]))
