"""Fish named as the fish (chapter 03): not its parts unless asked, and the heading's own
"other" subheading when the nomenclature names no species the product names.

「冷凍の天然ぶり（内臓を取った丸のまま）」 is a whole frozen yellowtail: 0303.89 (frozen fish
n.e.c.). The words-only ranker put shark fins (0303.92), frozen fillets (0304.89) and rays
(0303.82) first: each shares "fish" and "frozen" with the product, and no subheading names
yellowtail (s18, qa15-t044). For a product that names a raw fish (no drying, salting,
smoking or cooking, not live: those keep the model's order), the chapter-03 candidates are
reordered by rank, the others keep their places:
0. the fish itself: a species the product names, or the heading's catch-all when the
   product names none the heading lists (0303.89), in the state the product names;
1. another species, a group's catch-all (0303.59 "n.e.c. in item 0303.5"), the catch-all
   in the other state (0302.89 for a frozen one; fresh fillets 0304.3-5 for frozen ones),
   live, salted or dried fish, crustaceans and molluscs, and the whole fish when the
   product asks for its flesh (fillets, loins: 0304.49 for fresh tuna fillets);
2. another species in the other state;
3. a part the product does not ask for: fillets and fish meat (0304), livers, roes,
   fins, heads and tails (0302.91-99, 0303.91-99).
Outside chapter 03 (meat_ranks), a land animal's meat, hides and furskins go after the
rest when the product names a fish and no land animal.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from export_assist.compliance.hs.query_words import distinct_words
from export_assist.compliance.hs.states import names_preparation
from export_assist.retrieval.normalize import nfkc
from export_assist.retrieval.tokenize import stemmed

_WHOLE_FISH = ("0302", "0303")  # fresh or chilled, frozen: the fish, not its meat
_FILLETS = "0304"
# fillets and fish meat, fresh or chilled (0304.31-0304.59) and frozen (0304.61-0304.99)
_CHILLED_MEAT = ("03043", "03044", "03045")
_FROZEN_MEAT = ("03046", "03047", "03048", "03049")
_OFFAL_CODE = re.compile(r"(?i)\b(?:livers?|roes?|milt|fins|heads|tails|maws|offal)\b")
_EXCLUDING = re.compile(r"(?i)\bexcluding [^;]*")
_HEADING_CATCH_ALL = re.compile(r"(?i)n\.e\.c\.? in heading")
# the product asks for a part: fillets, loins, minced meat, roe, milt, liver, fins, heads;
# 内臓を取った (gutted) and 丸のまま (whole) say the fish is whole
_ASKS_PART = re.compile(
    r"(?i)\b(?:fillets?|loins?|steaks?|minced|surimi|meat|roes?|milt|livers?|fins?|heads?|"
    r"tails?|maws?|offal|caviar)\b|フィレ|フィーレ|切り身|切身|ロイン|柵|さく|すり身|刺身|"
    r"ほぐし身|卵|子(?:$|[^ど供])|白子|肝|ひれ|ヒレ|頭|カマ|かま|尾(?:の|肉)|内臓(?!を取|を除|抜)|"
    r"浮袋|魚肉"
)
# ... of which the flesh (0304), not the whole fish: a fillet or loin is no whole tuna
_ASKS_FLESH = re.compile(
    r"(?i)\b(?:fillets?|loins?|steaks?|minced|surimi)\b|フィレ|フィーレ|切り身|切身|ロイン|すり身|"
    r"刺身|ほぐし身|魚肉"
)
# words of a whole-fish subheading that name no species
_FISH = set(stemmed("fish"))
_FROZEN = re.compile(r"(?i)\bfrozen\b|冷凍")
_CHILLED = re.compile(r"(?i)\b(?:fresh|chilled)\b|冷蔵|生鮮|チルド|鮮魚|生食|生のまま")
# live fish (0301), or salted, in brine (0305): not the raw fish of 0302/0303
_NOT_RAW = re.compile(r"(?i)\b(?:live|alive|salted|brine)\b|活|生きた|生け|塩")
_GENERIC = set(stemmed("fish fresh chilled frozen spp other salmonidae nec"))
# the species of a group whose catch-all our table states without them: the HS 2022 text
# of items 0302.4 and 0303.5 (WCO nomenclature); Pacific saury is 0303.59, not 0303.89
_GROUP = (
    "herrings anchovies sardines sardinella brisling sprats mackerel seerfishes jack horse "
    "jacks crevalles cobia pomfrets saury scads capelin swordfish kawakawa bonitos marlins "
    "sailfishes spearfish"
)
_GROUP_OF = {"030249": _GROUP, "030359": _GROUP}


def _part(code: str, own: str) -> bool:
    """A subheading for fillets or fish meat, or for edible offal."""
    if code.startswith(_FILLETS):
        return True
    return code.startswith(_WHOLE_FISH) and bool(_OFFAL_CODE.search(_EXCLUDING.sub(" ", own)))


def _species(code: str, own: str) -> frozenset[str]:
    """The species words of a whole-fish subheading (none for the heading's catch-all)."""
    text = f"{_EXCLUDING.sub(' ', own)} {_GROUP_OF.get(code, '')}"
    return frozenset(w for w in distinct_words(text, set()) if w not in _GENERIC)


def fish_ranks(codes: Sequence[str], own_texts: Sequence[str], product: str) -> list[int]:
    """Per candidate: its rank 0-3 as above (0 outside chapter 03: not reordered)."""
    words = set(stemmed(nfkc(product)))
    species = [
        _species(code, own) if code.startswith(_WHOLE_FISH) else frozenset()
        for code, own in zip(codes, own_texts, strict=True)
    ]
    named = {code[:4] for code, kinds in zip(codes, species, strict=True) if kinds & words}
    if not (words & _FISH or named) or _NOT_RAW.search(nfkc(product)) or names_preparation(product):
        return [0] * len(codes)  # no fish, a live one or a dried or cooked one: model's order
    text = nfkc(product)
    asks_part, asks_flesh = bool(_ASKS_PART.search(text)), bool(_ASKS_FLESH.search(text))
    # the state the product names: frozen is 0303, fresh or chilled 0302 (the other after it)
    other_state = (
        ("0302", *_CHILLED_MEAT)
        if _FROZEN.search(text) and not _CHILLED.search(text)
        else ("0303", *_FROZEN_MEAT)
        if _CHILLED.search(text) and not _FROZEN.search(text)
        else None
    )
    ranks: list[int] = []
    for code, own, kinds in zip(codes, own_texts, species, strict=True):
        if not code.startswith("03"):
            ranks.append(0)
        elif not code.startswith((*_WHOLE_FISH, _FILLETS)):
            ranks.append(1)  # live fish, salted or dried fish, crustaceans, molluscs
        elif not asks_part and _part(code, own):
            ranks.append(3)
        elif asks_flesh and code.startswith(_WHOLE_FISH) and not _part(code, own):
            ranks.append(1)  # fresh tuna fillets: 0304.49, not the whole tuna 0302.3x
        elif other_state and code.startswith(other_state):
            ranks.append(1 if not kinds or kinds & words else 2)
        elif not code.startswith(_WHOLE_FISH):  # fillets or fish meat, in the state asked
            ranks.append(_flesh_rank(code, own, words, bool(_ASKS_FILLET.search(text))))
        elif code[:4] in named:  # a species the product names: the others after it
            ranks.append(0 if kinds & words else 1)
        elif _HEADING_CATCH_ALL.search(own):
            ranks.append(0)
        else:
            ranks.append(1)
    return ranks


# the meat of a land animal the product names: then its meat headings stay where they are
_LAND_MEAT = re.compile(
    r"(?i)\b(?:beef|pork|veal|lamb|mutton|goat|chicken|poultry|duck|turkey|bovine|swine|horse|"
    r"wagyu|venison)\b|牛|豚|鶏|鴨|羊|馬肉|鹿肉|和牛"
)


# a land animal's meat (chapter 02), raw hides and skins (41), furskins (43)
_NOT_FISH = ("02", "41", "43")


def meat_ranks(codes: Sequence[str], own_texts: Sequence[str], product: str) -> list[int]:
    """Per candidate: 1 for a land animal's meat, hide or furskin when the product names a
    fish (the word, or a species a whole-fish candidate names) and no land animal, else 0.
    "Skinless, boneless loin cuts, raw and deep-frozen" of an amberjack were classified as
    boneless bovine cuts (0202.30), then as raw furskins (test49 t010): the cuts' words are
    the meat heading's, the fish is named once."""
    text = nfkc(product)
    words = set(stemmed(text))
    named = any(
        _species(code, own) & words
        for code, own in zip(codes, own_texts, strict=True)
        if code.startswith(_WHOLE_FISH)
    )
    if not (words & _FISH or named) or _LAND_MEAT.search(text):
        return [0] * len(codes)
    return [int(code.startswith(_NOT_FISH)) for code in codes]


_FLESH_GENERIC = set(stemmed("fillets meat genus"))
# fillets or loins asked: the fillets' subheadings, not "fish meat, excluding fillets"
_ASKS_FILLET = re.compile(r"(?i)\b(?:fillets?|loins?)\b|フィレ|フィーレ|ロイン|切り身|切身|柵")


def asks_fillets(product: str) -> bool:
    """The product names fillets or loins (in any of their words: ロイン, 切り身, 柵)."""
    return bool(_ASKS_FILLET.search(nfkc(product)))


def _flesh_rank(code: str, own: str, words: set[str], fillets: bool) -> int:
    """A fillet or fish-meat subheading (0304): 0 for the species the product names or, none
    named, the catch-all (frozen kampachi loins: 0304.89, not swordfish 0304.84); 1 for another
    species, and for the meat "excluding fillets" when fillets or loins are asked."""
    kinds = _species(code, own) - _FLESH_GENERIC
    other_species = bool(kinds) and not kinds & words
    return int(other_species or (fillets and "excluding fillets" in own.lower()))


def reorder_fish(order: Sequence[int], codes: Sequence[str], ranks: Sequence[int]) -> list[int]:
    """`order` (candidate indices, best first) with its chapter-03 candidates reordered by
    rank, keeping their relative order within a rank; the other candidates keep their places."""
    slots = [i for i, c in enumerate(order) if codes[c].startswith("03")]
    fish = sorted((order[i] for i in slots), key=lambda c: ranks[c])  # stable
    out = list(order)
    for slot, c in zip(slots, fish, strict=True):
        out[slot] = c
    return out
