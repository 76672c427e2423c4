"""The words people read in the outcome figures, in Japanese and English: group labels
and the CSV's column headings (machines keep the English field names: no `lang`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

from export_assist.geo import country_name, country_name_ja

Lang = Literal["ja", "en"]
NONE_KEY = "-"
_NONE: dict[Lang, str] = {"ja": "（指定なし）", "en": "(not specified)"}
_TOTAL: dict[Lang, str] = {"ja": "合計", "en": "Total"}
# The CSV's headings per SummaryRow field, in the dashboard's words.
HEADINGS: dict[str, dict[Lang, str]] = {
    "key": {"ja": "キー", "en": "Key"},
    "label": {"ja": "単位", "en": "Group"},
    "contacted": {"ja": "接触", "en": "Contacted"},
    "meeting": {"ja": "面談", "en": "Meeting"},
    "sample_sent": {"ja": "サンプル送付", "en": "Sample sent"},
    "deal": {"ja": "成約した輸出者", "en": "Exporters with a deal"},
    "deals": {"ja": "成約件数", "en": "Deals"},
    "deal_value_jpy": {"ja": "成約額（円）", "en": "Deal value (JPY)"},
    "support_jpy": {"ja": "支援額（円）", "en": "Support (JPY)"},
    "cost_per_deal_jpy": {"ja": "成約1件あたりの支援額（円）", "en": "Support per deal (JPY)"},
    "value_per_yen": {
        "ja": "支援1円あたりの輸出額（円）",
        "en": "Export value per yen of support (JPY)",
    },
}


def total_label(lang: Lang) -> str:
    """The label of the total row."""
    return _TOTAL[lang]


def group_label(by: str, key: str, lang: Lang, programme: Callable[[str, Lang], str]) -> str:
    """A group's label: a programme's name, a market's name, else the key itself."""
    if key == NONE_KEY:
        return _NONE[lang]
    if by == "programme":
        return programme(key, lang)
    if by == "market":
        return country_name_ja(key) if lang == "ja" else country_name(key)
    return key


def headings(fields: list[str], lang: Lang | None) -> list[str]:
    """The CSV's first row: the field names for machines, or the words in `lang`."""
    if lang is None:
        return fields
    return [HEADINGS[f][lang] if f in HEADINGS else f for f in fields]
