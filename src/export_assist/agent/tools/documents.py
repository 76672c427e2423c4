"""Trade documents tool: validate and render a shipment's set, linked for download."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from export_assist.agent.draft_words import document_claim, prefixed
from export_assist.agent.schemas import StructuredPayload
from export_assist.agent.tools.registry import Tool
from export_assist.agent.turn import ToolResult, TurnContext
from export_assist.documents.links import DownloadLinks
from export_assist.documents.models import Shipment
from export_assist.documents.service import DocumentService, Format
from export_assist.errors import InvalidInput
from export_assist.review.schemas import ClaimIn

NEED_SHIPMENT = (
    "To draft trade documents I need the shipment details (seller, buyer, lines with "
    "quantities and prices, Incoterm, transport). Send them as JSON to POST /v1/documents "
    "or use `export-assist docs render`."
)
NEED_SHIPMENT_JA = (
    "貿易書類を作成するには、出荷の詳細（売主、買主、数量と価格を含む明細、インコタームズ、"
    "輸送手段）が必要です。POST /v1/documents にJSONで送るか、`export-assist docs render` "
    "をお使いください。"
)


class DocumentsArgs(BaseModel):
    """Arguments of draft_documents."""

    shipment: dict[str, Any] | None = Field(
        default=None, description="The shipment (the POST /v1/documents 'shipment' object)"
    )
    languages: list[str] = Field(default_factory=lambda: ["en"], max_length=3)
    formats: list[Format] = Field(default=["pdf", "docx"])  # pydantic copies the default


class DraftDocuments:
    """draft_documents: the rendered set, each file behind a signed, expiring link."""

    def __init__(self, documents: DocumentService, links: DownloadLinks) -> None:
        self._documents = documents
        self._links = links

    def __call__(self, ctx: TurnContext, args: DocumentsArgs) -> ToolResult:
        """Validate and render; an inconsistent shipment is a readable tool error."""
        if not args.shipment:
            raise InvalidInput(NEED_SHIPMENT, message_ja=NEED_SHIPMENT_JA)
        shipment = Shipment.model_validate(args.shipment)
        rendered = self._documents.render(
            shipment, args.languages, args.formats, tenant=ctx.principal.tenant
        )
        # the set as POST /v1/documents returns it (file name -> signed link), without the
        # server's folder
        data = rendered.model_dump(mode="json", exclude={"folder"})
        data["urls"] = {f.name: self._links.url(rendered.set_id, f.name) for f in rendered.files}
        kinds = sorted({(f.kind, f.lang) for f in rendered.files})
        ref, ja = shipment.reference, ctx.language == "ja"
        claims = [ClaimIn(text=document_claim(ctx.language, k, lang, ref)) for k, lang in kinds]
        return ToolResult(
            text=f"{ref}の書類を{len(kinds)}件作成しました。"
            if ja
            else f"{len(kinds)} document(s) drafted for {ref}.",
            payload=StructuredPayload(kind="documents", data=data),
            claims=claims,
            title=prefixed(ctx.language, "documents", ref),
        )


def documents_tool(documents: DocumentService, links: DownloadLinks) -> Tool:
    """The draft_documents tool over the document service and the download links."""
    return Tool("draft_documents", DocumentsArgs, DraftDocuments(documents, links))
