"""Words that set a question's scene, not its subject: the shipment's particulars. A
question adds them around a topic the sources cover (「鉄鋼製のボルトを年に200トン」,
「2万円分のサンプル」, 「ドイツ側の輸入者は」); that no quoted sentence repeats them does not
make the topic one the sources lack. The term base says which words these are: its
shipment-field entries for the parties and the amounts (金額, 数量, 単価, 総重量, 輸出者,
買主, 荷受人); a number with its unit (200トン, 50 kg, 2万円分) is an amount whatever the
unit."""

from __future__ import annotations

import re

from export_assist.retrieval.normalize import nfkc
from export_assist.translation.termbase import TermBase

# The term base's fields that name a party to the sale or an amount of the goods (its
# other fields, origin, agreement, insurance, validity, are topics a question asks about).
PARTICULARS = frozenset(
    {
        "field.exporter",
        "field.consignee",
        "field.notify_party",
        "field.buyer",
        "field.seller",
        "field.quantity",
        "field.unit_price",
        "field.amount",
        "field.total",
        "field.subtotal",
        "field.totals",
        "field.net_weight",
        "field.gross_weight",
        "field.packages",
        "field.currency",
    }
)
# ... and the importer, the party the term base has no field for (its forms as the fields'),
# and the customer named in everyday words (「チェンナイの客先とは…メールでやり取り」: s56, tuning
# test52 t014 was handed off on 客先)
PARTIES = ("輸入者", "輸入元", "importer", "importers", "客先", "取引先", "得意先")

_NUMBER = r"\d[\d,.]*\s*(?:万|千|億|百)?\s*"
_UNIT = (
    r"トン|t|tonnes?|tons?|kg|キロ(?:グラム)?|g|グラム|mg|リットル|ℓ|l|ml|ミリリットル|"
    r"メートル|m|cm|mm|本|個|箱|ケース|カートン|ダース|枚|袋|缶|瓶|パック|セット|台|点|"
    r"円|ドル|ユーロ|ポンド|元|ウォン|yen|dollars?|euros?|usd|eur|gbp|jpy|"
    r"bottles?|pcs|pieces?|units?|cartons?|cases?|sets?|bags?|tins?|cans?|jars?|boxes|packs?"
)
# 「200トン」「2万円分」「50 kg」「USD 300」: an amount, its unit and 「分」「ほど」
QUANTITY = re.compile(
    rf"(?:{_NUMBER}(?:{_UNIT})(?![a-z])|(?:usd|eur|gbp|jpy|us\$|[$€£¥])\s?\d[\d,.]*)"
    r"(?:分|ほど|程度|くらい|ぐらい)?",
    re.I,
)


def quantities(text: str) -> list[tuple[int, int]]:
    """Spans of amounts with their units in a (NFKC) text."""
    return [m.span() for m in QUANTITY.finditer(text)]


def particulars(termbase: TermBase | None) -> frozenset[str]:
    """The Japanese and English forms (NFKC, lower-case) of the particulars' fields."""
    forms: set[str] = set(PARTIES)
    if termbase is not None:
        for term in termbase.terms.values():
            if term.id in PARTICULARS:
                forms |= {f for lang in ("ja", "en") for f in term.recognised(lang)}
    return frozenset(nfkc(f).lower() for f in forms)


def scene(terms: list[str], termbase: TermBase | None) -> list[str]:
    """The question's terms that name its particulars, not its subject."""
    words = particulars(termbase)
    return [t for t in terms if t in words]
