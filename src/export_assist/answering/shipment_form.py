"""What the chat says under a document request: the fields understood, a word on the
origin statement's agreement where one is needed, and the one question for what is still
missing."""

from __future__ import annotations

from typing import TYPE_CHECKING

from export_assist.answering.labels import t
from export_assist.answering.places import market_name
from export_assist.answering.shipment_origin import NAMES, origin_note

if TYPE_CHECKING:
    from export_assist.answering.shipment_fields import ShipmentDraft
    from export_assist.answering.understand import Question


def form_answer(draft: ShipmentDraft, q: Question) -> str:
    """What was understood, and the one question for what is still missing."""
    lang = q.language
    shown = [_line_text(line, lang) for line in draft.lines]
    listed = ("product", "quantity", "unit_price", "hs_code") if draft.lines else ()
    for key, value in draft.fields.items():
        if key == "currency" or key in listed:
            continue
        if key == "buyer_country":
            value = market_name(value, lang)
        if key == "agreement":
            value = NAMES["ja" if lang == "ja" else "en"].get(value, value)
        shown.append(f"{t(lang, 'field_' + key)}: {value}")
    sep = "、" if lang == "ja" else ", "
    bullet = "・" if lang == "ja" else "• "
    lines = [t(lang, "doc_known"), *[bullet + s for s in shown]] if shown else []
    if note := origin_text(draft, lang):
        lines += ["", note]
    missing = draft.missing()
    if missing:
        street = {"buyer_address": "field_buyer_street"} if "buyer_address" in draft.fields else {}
        names = sep.join(t(lang, street.get(m, "field_" + m)) for m in missing)
        lines += ["", t(lang, "doc_missing", fields=names)]
    return "\n".join(lines).strip()


def origin_text(draft: ShipmentDraft, lang: str) -> str:
    """The word on the origin statement's agreement for the buyer's country ('' when no
    statement is asked for)."""
    if "origin_statement" not in draft.documents:
        return ""
    country = draft.fields.get("buyer_country", "")
    market = market_name(country, lang) if country else ""
    return origin_note(country, market, lang, draft.fields.get("agreement", ""))


def _line_text(line: dict[str, str], lang: str) -> str:
    """One line of goods: 「品名: 緑茶(数量: 100 袋、単価: 5 USD)」."""
    keys = ("quantity", "unit_price", "hs_code")
    parts = [f"{t(lang, 'field_' + k)}: {line[k]}" for k in keys if line.get(k)]
    inner = ("、" if lang == "ja" else ", ").join(parts)
    head = f"{t(lang, 'field_product')}: {line['product']}"
    return f"{head}({inner})" if lang == "ja" else f"{head} ({inner})"
