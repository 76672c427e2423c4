"""What a product description says that decides its HS code: name, category path,
material, use and the informative attributes of a shop listing (ja or en)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from export_assist.compliance.hs.en_terms import seller_terms
from export_assist.compliance.hs.ja_terms import english_terms
from export_assist.compliance.hs.knitted import says_not_knitted
from export_assist.compliance.hs.negation import drop_negated, negated
from export_assist.compliance.hs.shipment import drop_trip
from export_assist.retrieval.normalize import nfkc

# Listing attributes that describe the goods (not shipping, brand or packaging).
_USEFUL_KEY = re.compile(
    r"(?i)material|fabric|type|use|application|function|metal|hair|stone|gender|department|"
    r"craft|weaving|technics|feature|power|voltage|electr|age|composition|shape"
)
_USELESS_KEY = re.compile(r"(?i)package|closure|pattern|model|brand|origin|customi|unit|lot_")
# a Japanese listing's keys: what the goods are made of, do and are (素材, 用途, 原材料, 形状);
# how they are packed (包装, 荷姿) keeps its own words (業務用, 小売) but adds no goods words
_USEFUL_KEY_JA = re.compile(
    r"素材|材質|材料|原料|成分|組成|生地|用途|使い方|対象|形態|形状|^形$|種類|加工|製法|作り方|"
    r"機能|構造|仕組み|機構|方式|駆動|電源|本体|中身|^内容$|状態|仕上げ|表面|光源|ムーブメント|^刃$"
)
_PACKING_KEY_JA = re.compile(r"包装|荷姿")
_EMPTY_VALUE = re.compile(r"(?i)^(none|null|no|yes|other|see .*|\d+([.,]\d+)?|noenname_null)?$")

# Material words (en and ja) and the English word the nomenclature uses for each.
MATERIALS: dict[str, tuple[str, ...]] = {
    "cotton": ("cotton", "綿", "コットン", "木綿"),
    "man-made fibres": (
        "man-made",
        "polyester",
        "nylon",
        "acrylic",
        "synthetic",
        "ポリエステル",
        "ナイロン",
        "化学繊維",
        "合成繊維",
        "spandex",
        "viscose",
        "rayon",
        # polyethylene and polypropylene are plastics and synthetic fibres (ropes, netting)
        "polyethylene",
        "polypropylene",
        "ポリエチレン",
        "ポリプロピレン",
    ),
    "wool": ("wool", "cashmere", "羊毛", "ウール"),
    "silk": ("silk", "絹", "シルク"),
    "flax": ("linen", "flax", "麻", "リネン"),
    "plastics": (
        "plastic",
        "plastics",
        "pvc",
        # the polymers a listing names (the nomenclature says "polymers of ethylene")
        "polyethylene",
        "polypropylene",
        "polystyrene",
        "polycarbonate",
        "lldpe",
        "ldpe",
        "hdpe",
        "ポリエチレン",
        "ポリプロピレン",
        "ポリスチレン",
        "ポリカーボネート",
        "silicone",
        "resin",
        "acrylic",
        "プラスチック",
        "樹脂",
        "シリコン",
    ),
    "rubber": ("rubber", "latex", "ゴム"),
    "leather": ("leather", "革", "レザー"),
    # the woods a Japanese maker names (「ヒノキの箸」 is of wood, not of bamboo: 4419.90)
    "wood": ("wood", "wooden", "木製", "木材", "ヒノキ", "檜", "桧", "杉材", "桐材"),
    "bamboo": ("bamboo", "竹"),
    "paper": ("paper", "cardboard", "紙"),
    "glass": ("glass", "ガラス"),
    # stoneware, earthenware and terra cotta are ceramics of chapter 69 ("other than of
    # porcelain or china"), as 炻器 and 素焼き are in Japanese
    "ceramic": (
        "ceramic",
        "porcelain",
        "stoneware",
        "earthenware",
        "terracotta",
        "陶磁器",
        "陶器",
        "磁器",
        "炻器",
        "ストーンウェア",
        "テラコッタ",
        "素焼き",
    ),
    "iron or steel": ("steel", "stainless", "iron", "ステンレス", "鉄", "鋼"),
    "aluminium": ("aluminium", "aluminum", "アルミ"),
    "copper": ("copper", "brass", "銅", "真鍮"),
    "precious metal": ("gold", "silver", "platinum", "sterling", "金", "銀"),
    "base metal": ("alloy", "zinc", "metal", "合金"),
}
# materials whose every word names the material itself, so that a denial of one ("not bamboo",
# 「プラスチック不使用」) denies the material; ceramics (「磁器ではありません」 is earthenware still) and
# the metals (gold-plated, stainless) are left out
_DENIABLE = frozenset(
    {"bamboo", "wood", "paper", "plastics", "rubber", "leather", "glass", "cotton", "wool", "silk"}
)
_LINEN_USE = re.compile(r"\b(bed|table|toilet|kitchen)(,| and| or)? linen")
_CATEGORY_KEYS = [f"cate_lv{i}_desc" for i in range(1, 6)]


@dataclass(frozen=True)
class ProductQuery:
    """A product as the HS ranker reads it."""

    name: str
    attributes: str = ""
    category: str = ""
    # materials the description says the goods are not made of ("not bamboo", 「（竹不使用）」);
    # a denial inside a clause (「竹ではない紙の皿」) is not read
    not_materials: frozenset[str] = frozenset()

    @property
    def text(self) -> str:
        """Everything in one text (name, attributes, category path)."""
        return " ".join(p for p in (self.name, self.attributes, self.category) if p)

    @property
    def materials(self) -> frozenset[str]:
        """The materials the description names (nomenclature words)."""
        return materials_in(self.text)


def materials_in(text: str) -> frozenset[str]:
    """Nomenclature material names for the material words in a text (ja or en)."""
    # "bed linen", "toilet linen" name a use, not flax
    low = _LINEN_USE.sub(" ", nfkc(text).lower())
    words = set(re.findall(r"[a-z]+", low.replace("terra cotta", "terracotta")))
    found = set()
    for material, forms in MATERIALS.items():
        for form in forms:
            if (form in words) if form.isalpha() and form.isascii() else (form in low):
                found.add(material)
                break
    return frozenset(found)


def nomenclature_terms(text: str) -> str:
    """The nomenclature's words for the product words of a text: Japanese terms (ja_terms)
    and English seller words (en_terms: jewelry -> jewellery, faux -> artificial)."""
    return " ".join(t for t in (english_terms(text), seller_terms(text)) if t)


def from_text(text: str) -> ProductQuery:
    """A free-text description (chat, API): all of it is the name; the nomenclature's
    words for its product words are the attributes; what it says the goods are not is
    left out (compliance/hs/negation.py)."""
    name = drop_trip(drop_negated(" ".join(nfkc(text).split())))
    terms = nomenclature_terms(name)
    if says_not_knitted(text) and not says_not_knitted(name):  # 「編み物ではありません」
        terms = f"{terms} woven".strip()
    denied = materials_in(" ".join(negated(" ".join(nfkc(text).split())))) & _DENIABLE
    return ProductQuery(name=name, attributes=terms, not_materials=denied)


def from_listing(row: dict[str, Any]) -> ProductQuery:
    """A shop listing (HSCodeComp-style row): title, useful attributes, category path."""
    raw = row.get("product_attributes") or "{}"
    attrs = json.loads(raw) if isinstance(raw, str) else dict(raw)
    kept = [
        f"{key} {value}"
        for key, value in attrs.items()
        if _USEFUL_KEY.search(key)
        and not _USELESS_KEY.search(key)
        and not _EMPTY_VALUE.match(str(value).strip())
    ]
    # Japanese keys: the values say what the goods are made of and do; their English words
    # reach the nomenclature (a 「素材: 綿100％」 was dropped before session 13)
    goods_ja = [str(v) for k, v in attrs.items() if _USEFUL_KEY_JA.search(k)]
    kept += [
        f"{k} {v}"
        for k, v in attrs.items()
        if _USEFUL_KEY_JA.search(k) or _PACKING_KEY_JA.search(k)
    ]
    levels: list[str] = []
    for key in _CATEGORY_KEYS:
        level = str(row.get(key) or "").strip()
        if level and level not in levels:
            levels.append(level)
    name = " ".join(str(row.get("product_name", "")).split())
    # a Japanese or a seller's title, its Japanese attribute values and a Japanese category
    # path also reach the nomenclature's texts by words
    japanese = [t for t in (*goods_ja, " ".join(levels)) if t and not t.isascii()]
    words = " ".join((nomenclature_terms(name), *map(english_terms, japanese))).split()
    terms = " ".join(dict.fromkeys(words))
    parts = [*kept, terms] if terms else kept
    if japanese and len("; ".join(parts)) > 600:
        parts = [terms, *kept]  # the English words first: the Japanese ones meet no code
    return ProductQuery(
        name=name,
        attributes="; ".join(parts)[:600],
        category=" / ".join(levels),
    )
