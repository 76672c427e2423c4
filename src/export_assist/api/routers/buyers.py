"""The buyer directory: CRUD, import and export. Advisors and admins only (one
router-level role guard, so every route here is covered)."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, File, Query, Request, Response, UploadFile
from pydantic import BaseModel

from export_assist.auth.deps import require_roles
from export_assist.errors import InvalidInput
from export_assist.geo import normalize_country
from export_assist.matching.directory import BuyerDirectory
from export_assist.matching.io import ImportReport, detect_format, export_buyers, import_buyers
from export_assist.matching.models import FICTITIOUS_NOTICE, BuyerCreate, BuyerPublic

router = APIRouter(
    prefix="/v1/buyers",
    tags=["buyers"],
    dependencies=[Depends(require_roles("advisor", "admin"))],
)
MAX_UPLOAD = 50 * 1024 * 1024
MEDIA = {
    "csv": "text/csv; charset=utf-8",
    "json": "application/json",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def get_directory(request: Request) -> BuyerDirectory:
    """The buyer directory of the application's container."""
    directory: BuyerDirectory = request.app.state.container.buyer_directory
    return directory


DirectoryDep = Annotated[BuyerDirectory, Depends(get_directory)]


class BuyerPage(BaseModel):
    """A page of the directory."""

    total: int
    items: list[BuyerPublic]
    notice: str | None = None


class UpsertResponse(BaseModel):
    """The stored buyer and whether it was new."""

    created: bool
    buyer: BuyerPublic


@router.get("", response_model=BuyerPage)
def list_buyers(
    directory: DirectoryDep,
    country: Annotated[str | None, Query(description="ISO alpha-2")] = None,
    q: Annotated[str | None, Query(max_length=200, description="Name contains")] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> BuyerPage:
    """Browse the directory."""
    code = normalize_country(country) if country else None
    total, items = directory.page(code, q, limit, offset)
    fictitious = any(b.fictitious for b in items)
    return BuyerPage(total=total, items=items, notice=FICTITIOUS_NOTICE if fictitious else None)


@router.post("", response_model=UpsertResponse)
def upsert_buyer(buyer: BuyerCreate, directory: DirectoryDep, response: Response) -> UpsertResponse:
    """Add a buyer, or update the one with the same normalised name and country."""
    result = directory.upsert(buyer)
    response.status_code = 201 if result.created else 200
    return UpsertResponse(created=result.created, buyer=directory.get(result.id))


@router.get("/export")
def export(directory: DirectoryDep, format: Literal["csv", "json", "xlsx"] = "csv") -> Response:
    """The whole directory as CSV, JSON or XLSX (a fictitious sample says so in the file)."""
    body = export_buyers(directory.all(), format)
    headers = {"Content-Disposition": f'attachment; filename="buyers.{format}"'}
    return Response(body, media_type=MEDIA[format], headers=headers)


@router.post("/import", response_model=ImportReport)
async def import_file(
    directory: DirectoryDep,
    file: Annotated[UploadFile, File(description="CSV, JSON, JSONL or XLSX")],
    format: Annotated[str | None, Query(description="Override the format of the file name")] = None,
) -> ImportReport:
    """Import buyers; every rejected row comes back with its line and reason."""
    fmt = format or detect_format(file.filename or "")
    data = await file.read(MAX_UPLOAD + 1)
    if len(data) > MAX_UPLOAD:
        raise InvalidInput(f"the file is larger than {MAX_UPLOAD // (1024 * 1024)} MB")
    if not data.strip():
        raise InvalidInput("the file is empty")
    return import_buyers(directory, data, fmt)


@router.get("/{buyer_id}", response_model=BuyerPublic)
def get_buyer(buyer_id: int, directory: DirectoryDep) -> BuyerPublic:
    """One buyer."""
    return directory.get(buyer_id)


@router.put("/{buyer_id}", response_model=BuyerPublic)
def update_buyer(buyer_id: int, buyer: BuyerCreate, directory: DirectoryDep) -> BuyerPublic:
    """Replace a buyer's fields."""
    return directory.update(buyer_id, buyer)


@router.delete("/{buyer_id}", status_code=204)
def delete_buyer(buyer_id: int, directory: DirectoryDep) -> Response:
    """Remove a buyer and its trade history."""
    directory.delete(buyer_id)
    return Response(status_code=204)
