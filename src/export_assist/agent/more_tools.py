"""Tools over HS suggestion, translation and trade documents."""

from __future__ import annotations

import re
from typing import Any

from pydantic import BaseModel, Field

from export_assist.agent.context import ToolResult, TurnContext
from export_assist.agent.intent import detect_language
from export_assist.errors import InvalidInput
from export_assist.review.schemas import ClaimIn


class HsArgs(BaseModel):
    """Arguments of suggest_hs_codes."""

    product: str = Field(min_length=1, max_length=500, description="Product description, ja or en")
    k: int = Field(default=5, ge=1, le=10, description="How many codes")


def suggest_hs_codes(ctx: TurnContext, args: HsArgs) -> ToolResult:
    """Candidate 6-digit HS codes with the reason for each."""
    found = ctx.container.hs_suggester.suggest(args.product, args.k)
    rows = [
        {
            "code": s.code,
            "description": s.description,
            "confidence": round(s.score, 2),
            "reason": s.reason,
        }
        for s in found
    ]
    lines = [f"- {s.code}: {s.description} ({s.reason})" for s in found]
    head = f"{len(rows)} candidate HS code(s); the final classification is the exporter's duty."
    return ToolResult(
        text="\n".join([head, *lines]), payload={"kind": "hs", "data": {"candidates": rows}}
    )


class TranslateArgs(BaseModel):
    """Arguments of translate."""

    text: str = Field(min_length=1, max_length=4000, description="The text to translate")
    target: str | None = Field(default=None, description="Target language code, e.g. en, ja, de")
    source: str | None = Field(default=None, description="Source language (default: detected)")


_QUOTED = re.compile(r"[「『\"](.+?)[」』\"]", re.S)
_TARGET_WORDS = {
    "英語": "en",
    "english": "en",
    "日本語": "ja",
    "japanese": "ja",
    "ドイツ語": "de",
    "german": "de",
    "フランス語": "fr",
    "french": "fr",
    "中国語": "zh",
    "chinese": "zh",
    "韓国語": "ko",
    "korean": "ko",
}


def translation_args(message: str) -> dict[str, Any]:
    """From a chat message: the text to translate (quoted or after a colon) and the target."""
    quoted = _QUOTED.search(message)
    text = quoted.group(1) if quoted else re.split(r"[:：]", message, maxsplit=1)[-1]
    lowered = message.lower()
    target = next((code for word, code in _TARGET_WORDS.items() if word in lowered), None)
    return {"text": text.strip() or message, "target": target}


def translate(ctx: TurnContext, args: TranslateArgs) -> ToolResult:
    """Translate with the term base and the configured translators."""
    source = args.source or detect_language(args.text)
    target = args.target or ("en" if source == "ja" else "ja")
    result = ctx.container.translation.translate(args.text, source, target)
    notes = [*result.warnings]
    if result.not_translated:
        notes.append(f"{result.not_translated} segment(s) could not be translated")
    data = {
        "source": result.source_lang,
        "target": result.target_lang,
        "text": result.text,
        "not_translated": result.not_translated,
        "warnings": notes,
    }
    text = result.text + (f"\n\n({'; '.join(notes)})" if notes else "")
    return ToolResult(text=text, payload={"kind": "translation", "data": data})


class DocumentsArgs(BaseModel):
    """Arguments of draft_documents."""

    shipment: dict[str, Any] | None = Field(
        default=None, description="The shipment (the POST /v1/documents 'shipment' object)"
    )
    languages: list[str] = Field(default_factory=lambda: ["en"], max_length=3)
    formats: list[str] = Field(default_factory=lambda: ["pdf", "docx"])


NEED_SHIPMENT = (
    "To draft trade documents I need the shipment details (seller, buyer, lines with "
    "quantities and prices, Incoterm, transport). Send them as JSON to POST /v1/documents "
    "or use `export-assist docs render`."
)


def draft_documents(ctx: TurnContext, args: DocumentsArgs) -> ToolResult:
    """Validate and render the trade document set; the files are linked for download."""
    from export_assist.documents.models import Shipment

    if not args.shipment:
        raise InvalidInput(NEED_SHIPMENT)
    shipment = Shipment.model_validate(args.shipment)
    rendered = ctx.container.documents.render(
        shipment,
        args.languages,
        args.formats,  # type: ignore[arg-type]
        tenant=ctx.principal.tenant,
    )
    groups: dict[tuple[str, str], list[dict[str, str]]] = {}
    for f in rendered.files:
        url = ctx.container.download_links.url(rendered.set_id, f.name)
        groups.setdefault((f.kind, f.lang), []).append({"format": f.format, "url": url})
    docs = [{"title": f"{kind} ({lang})", "links": links} for (kind, lang), links in groups.items()]
    claims = [ClaimIn(text=f"{d['title']} for shipment {shipment.reference}") for d in docs]
    return ToolResult(
        text=f"{len(docs)} document(s) drafted for {shipment.reference}.",
        payload={
            "kind": "documents",
            "data": {"documents": docs, "set_id": rendered.set_id, "warnings": rendered.warnings},
        },
        claims=claims,
        title=f"Documents: {shipment.reference}",
    )
