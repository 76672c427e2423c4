"""A consistency problem: which field, what rule, and a message a person understands."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel

# What a Japanese message names a document kind and a transport mode by.
_DOCUMENT_JA = {
    "proforma_invoice": "プロフォーマインボイス",
    "commercial_invoice": "コマーシャルインボイス",
    "packing_list": "パッキングリスト",
    "origin_statement": "原産地申告文",
    "cover_letter": "カバーレター",
}
MODE_JA = {"sea": "海上", "air": "航空", "road": "陸路", "rail": "鉄道", "inland_waterway": "内陸水路",
           "multimodal": "複合輸送", "courier": "国際宅配便"}  # fmt: skip


def document_name_ja(kind: str) -> str:
    """A document kind's Japanese name ("commercial_invoice" -> コマーシャルインボイス)."""
    return _DOCUMENT_JA.get(kind, kind)


class Problem(BaseModel):
    """One failed check; errors stop rendering, warnings do not."""

    field: str
    code: str
    message: str
    message_ja: str = ""  # the same problem, with the same figures, for a Japanese reader
    severity: Literal["error", "warning"] = "error"


class ValidationReport(BaseModel):
    """Every problem found in a shipment and its documents."""

    problems: list[Problem]

    @property
    def ok(self) -> bool:
        """True when nothing blocks rendering."""
        return not any(p.severity == "error" for p in self.problems)
