"""Trade documents: validate a shipment, render the bilingual set, download the files."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query
from fastapi.responses import FileResponse
from pydantic import BaseModel, Field

from export_assist.api.deps import ContainerDep
from export_assist.auth.deps import ExporterDep
from export_assist.documents.form_options import FormOptions, form_options
from export_assist.documents.models import Shipment
from export_assist.documents.problems import ValidationReport
from export_assist.documents.service import DocumentSetPublic

router = APIRouter(prefix="/v1/documents", tags=["documents"])
_MEDIA = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


class DocumentsRequest(BaseModel):
    """A shipment and the buyer languages and formats to render."""

    shipment: Shipment
    languages: list[str] = Field(default_factory=lambda: ["en"], min_length=1, max_length=8)
    formats: list[Literal["pdf", "docx", "xlsx"]] = Field(["pdf", "docx", "xlsx"], min_length=1)


class DocumentSetResponse(DocumentSetPublic):
    """The set, with a download URL per file (no server path: the links are the way in)."""

    urls: dict[str, str]


class ValidationResponse(BaseModel):
    """Problems only; nothing is rendered."""

    ok: bool
    report: ValidationReport


@router.post("", response_model=DocumentSetResponse, status_code=201)
def render(
    request: DocumentsRequest, container: ContainerDep, caller: ExporterDep
) -> DocumentSetResponse:
    """Check the shipment, then render; an inconsistent one gets 422 with every problem.
    The download URLs are signed and expire (a browser link cannot carry an API key)."""
    result = container.documents.render(
        request.shipment, request.languages, request.formats, tenant=caller.tenant
    )
    urls = {f.name: container.download_links.url(result.set_id, f.name) for f in result.files}
    return DocumentSetResponse(**result.model_dump(exclude={"folder"}), urls=urls)


@router.post("/validate", response_model=ValidationResponse)
def validate(
    shipment: Shipment,
    container: ContainerDep,
    _caller: ExporterDep,
    languages: Annotated[list[str] | None, Query()] = None,
) -> ValidationResponse:
    """Every consistency problem of a shipment, with field paths (200 even when not ok)."""
    report = container.documents.validate(shipment, languages or ["en"])
    return ValidationResponse(ok=report.ok, report=report)


@router.get("/options", response_model=FormOptions)
def options(container: ContainerDep, _caller: ExporterDep) -> FormOptions:
    """What a document form offers: buyer languages (with the translation backends that can
    put the user's own text into each), the default languages per country, Incoterms names."""
    return form_options(container.translation)


@router.get(
    "/{set_id}/{name}",
    response_class=FileResponse,
    responses={
        200: {
            "content": {
                m: {"schema": {"type": "string", "format": "binary"}} for m in _MEDIA.values()
            }
        },
        403: {"description": "The signature does not match or the link has expired."},
    },
)
def download(
    set_id: str,
    name: str,
    container: ContainerDep,
    expires: Annotated[
        int, Query(ge=0, le=2**53, description="Expiry time of the signed link (Unix time)")
    ],
    sig: Annotated[
        str,
        Query(pattern="^[0-9a-f]{32}$", description="Signature from POST /v1/documents"),
    ],
) -> FileResponse:
    """One rendered file, through the signed link that rendering returned."""
    container.download_links.check(set_id, name, expires, sig)
    path = container.documents.file(set_id, name)
    return FileResponse(path, media_type=_MEDIA[path.suffix[1:]], filename=name)
