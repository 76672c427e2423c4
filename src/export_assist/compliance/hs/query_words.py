"""Which words of a product decide its heading, and what a candidate subheading is.

The head of the name says what the goods are ("ステンレス真空断熱タンブラー" is a
tumbler, "信楽焼の花瓶" a vase); material words often match the wrong goods (stainless
steel *bars*), so the ranker also reads the product without them. A subheading for
parts, for waste and scrap or for semi-finished forms (bars, sheets, fabrics, yarn)
rarely fits a finished product that does not say so; the ranker reads those flags.
"""

from __future__ import annotations

import re

import numpy as np

from export_assist.compliance.hs.en_terms import seller_terms
from export_assist.compliance.hs.ja_terms import head_candidates
from export_assist.compliance.hs.product import MATERIALS, ProductQuery
from export_assist.compliance.product_head import main_name
from export_assist.retrieval.normalize import nfkc
from export_assist.retrieval.tokenize import stemmed

# a subheading *for* parts: "Parts & accessories ...", "Cycles; parts thereof", "...; parts
# for the appliances of heading 8509", blades for machines (8208); not "articles and parts
# thereof" (7323), "edible parts of plants" (2008) or "clothing accessories" (gloves)
_PARTS = re.compile(
    r"(?i)^parts?\b|;\s*parts?\b|\b(?:parts?|accessories)\s*(?:and|&)\s*(?:parts?|accessories)\b|"
    r"\bcutting blades, for\b"
)
# a product that says it is a part, or what machine or vehicle it is for
_ASKS_PARTS = re.compile(
    r"(?i)\b(?:parts?|accessor(?:y|ies)|spare|replacement|components?|fittings?)\b|部品|パーツ|交換用|付属|"
    r"\bfor (?:[\w-]+ ){0,3}(?:machines?|bikes?|bicycles?|cars?|vehicles?|forklifts?|engines?|hubs?)\b|"
    r"用(?:部品|パーツ|ブレード|刃)|交換"
)
_RAW = re.compile(
    r"(?i)waste and scrap|\bscrap\b|\bbars\b|\brods\b|\bingots?\b|semi-finished|\bprofiles\b|"
    r"\bsheets?\b|\bplates\b|\bstrip\b|\bfoil\b|\bwire\b|\bpowders?\b|\byarns?\b|\bfabrics\b|"
    r"\bunwrought\b|\bflat-rolled\b"
)
# words of a listing that say the goods *are* a material or a semi-finished form
_ASKS_RAW = re.compile(
    r"(?i)\b(?:scrap|bars?|rods?|ingots?|sheets?|plates?|strips?|foil|wire|powders?|yarns?|"
    r"fabrics?|cloth|roll|coil)\b|生地|反物|糸|粉末|板|線材|スクラップ"
)
# words after the head that do not name the goods ("tumbler set", "vase 2 pcs")
# ("sake set" is ware, so "set" stays; a trailing material word is not the head either)
_GENERIC_TAIL = {"kit", "pack", "pcs", "piece", "pieces", "new", "gift", "box"}
# words that end a name without naming the goods: linking words and how it works or looks
_NOT_HEAD = set(
    "and or the a an of to on at by original covered style type electric electrical "
    "cordless portable automatic manual mini digital".split()
)
# who the goods are for (メンズ, レディース) is not what they are
_FOR = {"men's", "women's", "kids"}
_PACKED_IN = re.compile(r"\b(tea|coffee)\s?(?:bags?|sachets?|pods?)\b")
# "on" after a noun (not "slip on", "clip on": a way of wearing or fixing), "by" a maker,
# "no. 9941" a model number: the head comes before them
_EN_AFTER_HEAD = re.compile(
    r"(?<!slip)(?<!clip)(?<!pull)(?<!snap)(?<!stick)(?<!press)(?<!screw)(?<!roll)(?<!add)"
    r"(?<!carry)(?<!put)(?<!hang)\s+on\s.*$|\s+by\s.*$|\s+(?:no\.|#)\s*\d.*$"
)
# "knife set", "figure collection": a set is named by what it is a set of
_SETS = {"set", "collection", "assortment", "kit"}
_MATERIAL_WORDS = {f for forms in MATERIALS.values() for f in forms if f.isascii()}
_MATERIAL_EN = {m for m in MATERIALS} | {w for m in MATERIALS for w in m.split()}
_MATERIAL_JA = sorted(
    (f for forms in MATERIALS.values() for f in forms if not f.isascii()), key=len, reverse=True
)


def head_words(q: ProductQuery) -> str:
    """The words for what the product is: the English words of the last Japanese product
    term of the name, else the last word of an English name's main part and its
    nomenclature words ("" if none)."""
    main = main_name(nfkc(q.name).lower())
    if re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", main):
        # a material term (ポリエステル, 本革) is not what the goods are
        found = head_candidates(main)
        named = [t for t in found if not set(t.split()) <= _MATERIAL_WORDS | _MATERIAL_EN | _FOR]
        return _by_category(named, q.category) or (named or found or [""])[0]
    # a tea bag is tea put up in a bag (0902.10), not a bag of heading 4202 (s9 trial V23)
    main = _PACKED_IN.sub(r"\1", main)
    # "painting on canvas by ...", "sheeting on rolls", "pigment preparation no. 9941 black":
    # where it is, who made it and a model number say nothing of what the goods are
    main = _EN_AFTER_HEAD.sub("", main)
    tokens = re.split(r"[\s,;/|+&()—–]+", main)  # "20oz", "2pcs" are not words
    skip = _GENERIC_TAIL | _MATERIAL_WORDS | _NOT_HEAD | _SETS | {"steel", "stainless"}
    words = [w for w in tokens if w.isalpha() and w not in skip]
    last = tokens[-1] if tokens else ""
    # "sake set", "knife set": the set word and what it is a set of
    head = " ".join([*words[-2:], last]) if last in _SETS else " ".join(words[-1:])
    return f"{head} {seller_terms(head)}".strip()


def _by_category(named: list[str], category: str) -> str:
    """The name's product term the shop's own category agrees with, else the category's
    term when the name has none: 「レインブーツ 約40cm ヒール5cm」 under 「レインブーツ」 is
    boots, not a heel; 「クリップ扇風機 卓上・クリップ両用」 under 「扇風機」 a fan ("" when the
    category says nothing)."""
    leaf = category.split(" / ")[-1].strip()
    if not leaf or leaf.isascii():
        return ""
    said = [t for t in head_candidates(nfkc(leaf).lower()) if t]
    words = set(stemmed(" ".join(said))) - _GENERIC_STEMS
    if not words:
        return ""
    agreed = [t for t in named if words & set(stemmed(t))]
    return agreed[0] if agreed else "" if named else said[0]


def without_materials(text: str) -> str:
    """The text less its material words ("stainless vacuum tumbler" -> "vacuum tumbler")."""
    low = nfkc(text).lower()
    for form in _MATERIAL_JA:
        low = low.replace(form, " ")
    return " ".join(w for w in re.findall(r"\w+", low) if w not in _MATERIAL_WORDS)


def candidate_flags(own_texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """Per subheading: does its own text speak of parts; of waste or semi-finished forms."""
    parts = np.array([bool(_PARTS.search(t)) for t in own_texts], dtype=np.float32)
    raw = np.array([bool(_RAW.search(t)) for t in own_texts], dtype=np.float32)
    return parts, raw


def asks_parts(q: ProductQuery) -> bool:
    """Whether the product says it is a part, accessory or replacement."""
    return bool(_ASKS_PARTS.search(nfkc(q.text)))


def asks_raw(q: ProductQuery) -> bool:
    """Whether the product says it is a material or a semi-finished form (fabric, sheet)."""
    return bool(_ASKS_RAW.search(nfkc(q.text)))


# how the goods are put up: retail packings (grams, bags, tablets, "retail") or bulk
# ("bulk", 業務用, kilograms from 3 up); tea, medicaments, yarn and more split on it
_RETAIL = re.compile(
    r"(?i)\b\d[\d.,]*\s*(?:g|ml|oz|fl\.?\s?oz)\b|\bretail\b|\bpouch\b|\btea\s?bags?\b|"
    r"\d\s*(?:g|ml|グラム|ミリリットル)|\d\s*(?:袋|本|枚|個|錠|粒|包)|小売|ティーバッグ|個包装|瓶入|缶入|袋入|箱入|"
    r"(?:not exceeding|up to|under|less than|below)\s*\d[\d.,]*\s*kg|\d\s*(?:kg|キロ)\s*(?:以下|未満|まで)"
)
# kilograms from 3 up are bulk, unless they are the limit of a retail packing
# ("not exceeding 3 kg", 「3kg以下」 is the retail side of tea's split)
_BULK = re.compile(
    r"(?i)\bbulk\b|業務用|バルク|原料用|(?<!exceeding )(?<!up to )(?<!under )(?<!less than )"
    r"\b(?:[3-9]|\d\d+)\s*(?:kg|キロ)(?!\s*(?:以下|未満|まで))"
)
_RETAIL_CODE = re.compile(r"(?i)not exceeding \d[\d.,]*\s*kg|put up for retail sale|measured doses")
_BULK_CODE = re.compile(r"(?i)(?<!not )exceeding \d[\d.,]*\s*kg|not put up for retail|in bulk")


def packing_of(q: ProductQuery) -> float:
    """1 for goods in retail packings, -1 for bulk, 0 when the description does not say."""
    text = nfkc(q.text)
    return -1.0 if _BULK.search(text) else 1.0 if _RETAIL.search(text) else 0.0


def packing_split(text: str) -> bool:
    """Whether a nomenclature text splits by packing (retail "not exceeding 3 kg", bulk)."""
    return bool(_RETAIL_CODE.search(text) or _BULK_CODE.search(text))


def packing_flags(own_texts: list[str]) -> np.ndarray:
    """Per subheading: 1 if it is for retail packings, -1 for bulk or large ones, else 0."""
    return np.array(
        [
            -1.0 if _BULK_CODE.search(t) else 1.0 if _RETAIL_CODE.search(t) else 0.0
            for t in own_texts
        ],
        dtype=np.float32,
    )


# stems that name no kind of goods: "ornamental articles" (a vase) must not agree with
# "household articles" (tableware) through "articles"
_GENERIC_STEMS = {"set", "collect", "assort", "kit", "articl", "other", "product", "good", "item"}
# where the goods are used is no kind of goods: "kitchen knives" are knives (8211), not
# "kitchen ... articles" of steel (7323)
_GENERIC_STEMS |= {"kitchen", "household", "domest"}


def head_tokens(q: ProductQuery) -> set[str]:
    """The stemmed words of the head (what the goods are), set and generic words left out."""
    return set(stemmed(head_words(q))) - _GENERIC_STEMS


# words of a subheading's text that name no property of the goods
_FILLER_STEMS = set(
    "heading item nec thereof whether than not includ other all kind have exclud use such "
    "like similar type form made being".split()
)
# "n.e.c. in heading no. 7323", "other than of porcelain", "(excluding ...)": pointers and
# negations, not what the subheading's goods are
_NOT_NAMED = re.compile(
    r"(?i)n\.e\.c\.?(?:\s+in\s+(?:heading|item|subheading)\s*(?:no\.?)?\s*[\d.]*)?|"
    r"\bother than [^;,()]*|\bexcluding [^;)]*|\bnot [^;,()]*|\bheadings? (?:no\.?\s*)?[\d.]+"
)


def distinct_words(own_text: str, heading: set[str]) -> frozenset[str]:
    """The stemmed words a subheading's own text names beyond its heading's (tuna,
    enamelled), without its pointers and negations."""
    own = set(stemmed(_NOT_NAMED.sub(" ", own_text)))
    return frozenset(
        w for w in own - heading if w.isalpha() and len(w) > 2 and w not in _FILLER_STEMS
    )


# the catch-all subheading of what a material's articles n.e.c. are: the fallback an
# expert takes when no heading names the goods ("Keychain cover, plastic" is 3926.90)
CATCH_ALL = {
    "cotton": ("630790",),
    "man-made fibres": ("630790",),
    "wool": ("630790",),
    "silk": ("630790",),
    "flax": ("630790",),
    "plastics": ("392690",),
    "rubber": ("401699",),
    "leather": ("420500",),
    "wood": ("442199",),
    "bamboo": ("442191", "460211"),
    "paper": ("482390",),
    "glass": ("702000",),
    "ceramic": ("691490", "691410"),
    "iron or steel": ("732690",),
    "aluminium": ("761699",),
    "copper": ("741980",),
    "precious metal": ("711590",),
}


def catch_all_codes(materials: frozenset[str]) -> set[str]:
    """The catch-all subheadings of the materials a product names."""
    return {code for m in materials for code in CATCH_ALL.get(m, ())}


# "of a kind used on bicycles", "for use in vehicles": what the goods serve, not what they are
_USED_ON = re.compile(
    r"(?i)\b(?:(?:of a kind |suitable for )?used (?:on|in|for|with)|for use (?:on|in|with)|"
    r"suitable for use (?:on|in|with))\b[^;,()]*"
)


def used_on_removed(text: str) -> str:
    """A nomenclature text without what its goods are used on or in."""
    return _USED_ON.sub(" ", text)
