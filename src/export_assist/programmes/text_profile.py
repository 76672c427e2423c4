"""Profile hints from a chat message (ja/en): prefecture, sector, activities, size, markets.

Only words that say something for sure are used; everything else stays unknown and the
matcher asks for it.
"""

from __future__ import annotations

import re
from typing import Any

from export_assist.geo import PREFECTURES, prefectures_in_latin
from export_assist.programmes.profile import ExporterProfile

# Longest words first, so 日本酒 is alcohol before 酒 could match anything else.
SECTOR_WORDS: dict[str, tuple[str, ...]] = {
    "alcohol": ("日本酒", "清酒", "焼酎", "ウイスキー", "ワイン", "酒蔵", "sake", "whisky", "spirits"),
    "food": ("食品", "菓子", "抹茶", "緑茶", "お茶", "茶園", "製茶", "調味料", "味噌", "醤油", "餃子", "ギョーザ", "冷凍食品", "加工食品", "惣菜", "food", "tea", "snack"),
    "fisheries": ("水産", "鮮魚", "ホタテ", "ぶり", "seafood", "fish"),
    "agriculture": ("農産物", "青果", "果物", "野菜", "精米", "コメ", "農業", "農家", "fruit", "vegetable", "rice", "farm"),
    "machinery": ("機械", "工作機械", "部品", "machinery", "machine", "parts"),
    "electronics": ("電子", "電気製品", "家電", "electronics", "electronic"),
    "cosmetics": ("化粧品", "コスメ", "cosmetics", "skincare"),
    "crafts": ("工芸", "陶磁器", "漆器", "伝統工芸", "crafts", "ceramics"),
    "textiles": ("繊維", "衣料", "アパレル", "タオル", "textile", "apparel"),
    "household": ("生活雑貨", "日用品", "包丁", "家具", "household", "kitchenware", "furniture"),
    # last: 食品メーカー is food and 化粧品メーカー cosmetics before they are manufacturing
    "manufacturing": ("町工場", "製造業", "メーカー", "manufacturer"),
}  # fmt: skip
ACTIVITY_WORDS: dict[str, tuple[str, ...]] = {
    "trade_fair": ("展示会", "見本市", "出展", "trade fair", "exhibition", "trade show"),
    "business_matching": ("商談", "バイヤー", "マッチング", "取引先", "buyer", "matching"),
    "financing": ("融資", "資金", "借入", "ローン", "loan", "financing", "funding"),
    "insurance": ("保険", "代金回収", "未払い", "insurance", "non-payment"),
    "market_research": ("市場調査", "調査", "リサーチ", "market research", "survey"),
    "ecommerce": ("越境ec", "ec", "ネット販売", "オンライン販売", "e-commerce", "ecommerce", "online store"),
    "consulting": ("相談", "専門家", "アドバイス", "advice", "consult", "expert"),
    "ip_protection": ("特許", "商標", "知財", "模倣品", "patent", "trademark", "counterfeit"),
    "certification": ("認証", "haccp", "gap", "certification"),
    "regulation_check": ("規制", "規則", "輸入制度", "regulation", "rules"),
    "branding": ("ブランド", "ブランディング", "branding", "brand"),
}  # fmt: skip
SIZE_WORDS = {
    "micro": ("小規模事業者", "個人事業", "micro"),
    "small": ("中小企業", "中小", "sme", "small business", "small company"),
    # said of oneself only: 「大企業と取引したい」 is no size (s11 lead trial)
    "large": ("大企業です", "大企業なので", "we are a large company", "large enterprise"),
}
# 「従業員10人」「社員 25名」「20 employees」; 「資本金1,000万円」「資本金3億円」.
_EMPLOYEES = re.compile(
    r"(?:従業員|社員|スタッフ)(?:数)?(?:は|が)?\s*約?\s*([\d,，]+)\s*(?:人|名)|([\d,]+)\s*(?:employees|staff)\b"
)
_CAPITAL = re.compile(r"資本金(?:は)?\s*約?\s*([\d,，.]+)\s*(億|千万|百万|万)?円")
_UNIT = {"億": 100_000_000, "千万": 10_000_000, "百万": 1_000_000, "万": 10_000, None: 1}
NONE_WORDS = ("初めて輸出", "輸出は初めて", "輸出未経験", "first export", "never exported")


def _has(text: str, word: str) -> bool:
    if word.isascii():
        return re.search(rf"(?<![a-z]){re.escape(word)}(?![a-z])", text) is not None
    return word in text


def _first(text: str, table: dict[str, tuple[str, ...]]) -> str | None:
    return next((key for key, words in table.items() if any(_has(text, w) for w in words)), None)


def _employees(text: str) -> int | None:
    m = _EMPLOYEES.search(text)
    digits = (m.group(1) or m.group(2)).replace(",", "").replace("，", "") if m else ""
    return int(digits) if digits.isdigit() else None


def _capital(text: str) -> int | None:
    m = _CAPITAL.search(text)
    if m is None:
        return None
    try:
        number = float(m.group(1).replace(",", "").replace("，", ""))
    except ValueError:
        return None
    return int(number * _UNIT[m.group(2)])


def _prefecture(text: str, low: str) -> str | None:
    """「新潟県」「新潟の」, or "Niigata" in an English message (s9 trial: "a small company
    in Niigata" was asked for its prefecture)."""
    found = next((p for p in PREFECTURES if p in text or p[:-1] + "の" in text), None)
    return found or next((ja for en, ja in prefectures_in_latin().items() if _has(low, en)), None)


def profile_from_text(text: str, markets: list[str] | None = None) -> ExporterProfile:
    """What the message says about the exporter; unknowns stay None (the matcher asks)."""
    low = text.casefold()
    data: dict[str, Any] = {
        "prefecture": _prefecture(text, low),
        "sector": _first(low, SECTOR_WORDS),
        "company_size": _first(low, SIZE_WORDS),
        "employees": _employees(low),
        "capital_jpy": _capital(text),
        "planned_activities": [
            k for k, words in ACTIVITY_WORDS.items() if any(_has(low, w) for w in words)
        ],
        "target_markets": markets or [],
        "export_experience": "none" if any(w in low for w in NONE_WORDS) else None,
    }
    return ExporterProfile.model_validate(data)
