"""The companies a trade-document request names: the buyer, and the exporter when the
user says who they are ("We are Yamada Tea Co., Ltd.", 「弊社は山田製茶株式会社です」)."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Capitals beyond ASCII: "Belle Épicerie SARL", "Ölmühle GmbH", "Ørsted A/S".
_UP = "A-ZÀ-ÖØ-ÞĀ-Ž"
_WORD = rf"[{_UP}][\w&.'-]*"
# Legal-form suffixes of the buyers' markets (FR SARL, DE AG/KG, IT S.r.l., MY Sdn Bhd …)
_FORMS = (
    r"Inc\.?|Ltd\.?|Limited|GmbH(?: & Co\.? KG)?|AG|KG|LLC|Corp\.?|Corporation|PLC|plc|"
    r"S\.A\.|SA|SAS|SARL|S\.A\.R\.L\.|S\.r\.l\.|SRL|S\.p\.A\.|B\.V\.|N\.V\.|Oy|AB|"
    r"Co\.?,? Ltd\.?|& Co\.?|Trading|Pte\.? Ltd\.?|Pty\.? Ltd\.?|Sdn\.? Bhd\.?"
)
_TERMS = r"(?:EXW|FCA|FAS|FOB|CFR|CIF|CPT|CIP|DAP|DPU|DDP)"
_JA_FORMS = r"株式会社|有限会社|合同会社|\(株\)|（株）"
_COMPANY = re.compile(
    rf"(?<![A-Za-z])(?!{_TERMS}\s)({_WORD}(?:\s+(?:{_WORD}|&))*\s+(?:{_FORMS}))(?![A-Za-z0-9])|"
    rf"(PT\.?\s+{_WORD}(?:\s+{_WORD})*)|"
    rf"((?:{_JA_FORMS})[\u4e00-\u9fff\u30a0-\u30ffー]+|[\u4e00-\u9fff\u30a0-\u30ffー]+(?:{_JA_FORMS}))"
)
# The user speaking of their own company, just before its name.
_SELF = re.compile(
    r"(?i)(we are|we're|this is|our company(?: is)?|exporter(?: is)?:?|seller(?: is)?:?|"
    r"shipper(?: is)?:?|from us,?|弊社は?|当社は?|私たちは|輸出者は?[:：]?|売り手は?[:：]?)\s*[（(]?\s*$"
)
# A town right after the name ("Yamada Tea Co., Ltd., Shizuoka").
_TOWN = re.compile(rf",\s*({_WORD}(?:\s+{_WORD})?)(?=[.,;)]|\s*$)")


@dataclass(frozen=True)
class Parties:
    """The buyer and the exporter a message names ('' when it names none)."""

    buyer: str = ""
    exporter: str = ""


def parties(text: str) -> Parties:
    """The buyer (the first company that is not the user's own) and the exporter."""
    buyer = exporter = ""
    for m in _COMPANY.finditer(text):
        name = next(g for g in m.groups() if g).strip()
        if _SELF.search(text[max(0, m.start() - 25) : m.start()]):
            town = _TOWN.match(text, m.end())
            exporter = exporter or (f"{name}, {town.group(1).rstrip('.')}" if town else name)
        elif not buyer:
            buyer = name
    return Parties(buyer=buyer, exporter=exporter)
