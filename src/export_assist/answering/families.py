"""The product families a question names that the corpus may not cover (vocab.SCOPE_FAMILIES):
medicines, weapons, vehicles and the like, each counted only where the question asks about
its own rules."""

from __future__ import annotations

import re

from export_assist.answering import vocab
from export_assist.answering.words import has_any

# Authorities named after what they regulate ("タイ食品医薬品局", "Food and Drug
# Administration") say nothing about the product asked about.
_AUTHORITY_NAMES = re.compile(
    r"食品医薬品|医薬品(?:局|庁|安全|管理|規制)|food and drugs?|drug administration|"
    r"medicines? (?:agency|authority|and healthcare)"
)


_PARTS = re.compile(  # a vehicle's parts are no vehicle: 「オートバイ部品（マフラー）」 (trial U20)
    r"(?:自動車|オートバイ|バイク|車)用?の?(?:部品|パーツ)|(?:car|auto|motorcycle) parts|"
    # ... nor are a case or a cloth for glasses (Sabae's cases: s32 trial) spectacles
    r"(?:眼鏡|メガネ|めがね|サングラス)(?:用)?の?(?:ケース|拭き|ふき|クロス|チェーン|ストラップ|スタンド|入れ)|"
    r"(?:glasses|spectacle|spectacles|eyeglass|eyeglasses|sunglass|sunglasses) "
    r"(?:case|cases|cloth|cloths|chain|chains|strap|straps|stand|stands|pouch|pouches)"
)


def families(low: str) -> list[str]:
    """The product families of the question that the corpus may not cover (vocab scope)."""
    bare = _PARTS.sub(" ", _AUTHORITY_NAMES.sub(" ", low))
    # a family with its own rules ("asks") counts only where the question asks about them
    return [
        name
        for name, f in vocab.SCOPE_FAMILIES.items()
        if has_any(bare, tuple(f["words"])) and has_any(bare, tuple(f.get("asks") or f["words"]))
    ]


# Scope families that are also the product categories documents are filed under
GOODS_FAMILIES = frozenset({"supplements"})


def goods_families(low: str) -> list[str]:
    """The families of the text that are product categories (「腸内環境」: supplements)."""
    return [f for f in families(low) if f in GOODS_FAMILIES]
