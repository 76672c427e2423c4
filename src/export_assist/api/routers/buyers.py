"""The buyer directory: CRUD, import and export. Advisors and admins only (one
router-level role guard, so every route here is covered); every route is scoped to the
caller's tenant plus the shared public directory, which only admins may change."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, File, Path, Query, Request, Response, UploadFile
from pydantic import BaseModel

from export_assist.auth.deps import AdvisorDep, require_roles
from export_assist.errors import Forbidden, InvalidInput
from export_assist.geo import normalize_country
from export_assist.matching.directory import BuyerDirectory, Listing
from export_assist.matching.io import ImportReport, detect_format, export_buyers, import_buyers
from export_assist.matching.models import FICTITIOUS_NOTICE, BuyerCreate, BuyerPublic
from export_assist.matching.scope import BuyerScope, Directory

router = APIRouter(
    prefix="/v1/buyers",
    tags=["buyers"],
    dependencies=[Depends(require_roles("advisor", "admin"))],
)
MAX_UPLOAD = 50 * 1024 * 1024
MAX_ID = 2_147_483_647  # the largest id a 32-bit INTEGER column holds (PostgreSQL)
MEDIA = {
    "csv": "text/csv; charset=utf-8",
    "json": "application/json",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def get_directory(request: Request) -> BuyerDirectory:
    """The buyer directory of the application's container."""
    directory: BuyerDirectory = request.app.state.container.buyer_directory
    return directory


def get_scope(principal: AdvisorDep) -> BuyerScope:
    """The caller's tenant; admins also curate the shared public directory."""
    return BuyerScope(principal.tenant, curator=principal.role == "admin")


DirectoryDep = Annotated[BuyerDirectory, Depends(get_directory)]
ScopeDep = Annotated[BuyerScope, Depends(get_scope)]
BuyerId = Annotated[int, Path(ge=1, le=MAX_ID, description="The buyer's id")]
Target = Annotated[
    Directory,
    Query(
        alias="directory",
        description="Where new buyers go: your tenant's private directory, or the public one "
        "(admins only)",
    ),
]
ListingQuery = Annotated[
    Listing,
    Query(alias="directory", description="all: your tenant's private buyers and the public ones"),
]


def _target(scope: BuyerScope, directory: Directory) -> str:
    if directory == "public" and not scope.curator:
        raise Forbidden("Only an admin may add buyers to the shared public directory.")
    return scope.owner_for(directory)


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
    scope: ScopeDep,
    country: Annotated[str | None, Query(description="ISO alpha-2")] = None,
    q: Annotated[str | None, Query(max_length=200, description="Name contains")] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0, le=MAX_ID)] = 0,
    listing: ListingQuery = "all",
) -> BuyerPage:
    """Browse your tenant's buyers and the public directory."""
    code = normalize_country(country) if country else None
    total, items = directory.page(scope, code, q, limit, offset, listing)
    fictitious = any(b.fictitious for b in items)
    return BuyerPage(total=total, items=items, notice=FICTITIOUS_NOTICE if fictitious else None)


@router.post("", response_model=UpsertResponse)
def upsert_buyer(
    buyer: BuyerCreate,
    directory: DirectoryDep,
    scope: ScopeDep,
    response: Response,
    target: Target = "private",
) -> UpsertResponse:
    """Add a buyer, or update the one with the same normalised name and country there."""
    result = directory.upsert(buyer, owner=_target(scope, target))
    response.status_code = 201 if result.created else 200
    return UpsertResponse(created=result.created, buyer=directory.get(result.id, scope))


@router.get("/export")
def export(
    directory: DirectoryDep,
    scope: ScopeDep,
    format: Literal["csv", "json", "xlsx"] = "csv",
    listing: ListingQuery = "all",
) -> Response:
    """Your buyers and the public directory as CSV, JSON or XLSX (a fictitious sample says so)."""
    body = export_buyers(directory.all(scope, listing), format)
    headers = {"Content-Disposition": f'attachment; filename="buyers.{format}"'}
    return Response(body, media_type=MEDIA[format], headers=headers)


@router.post("/import", response_model=ImportReport)
async def import_file(
    directory: DirectoryDep,
    scope: ScopeDep,
    file: Annotated[UploadFile, File(description="CSV, JSON, JSONL or XLSX")],
    format: Annotated[str | None, Query(description="Override the format of the file name")] = None,
    target: Target = "private",
) -> ImportReport:
    """Import buyers; every rejected row comes back with its line and reason."""
    owner = _target(scope, target)
    fmt = format or detect_format(file.filename or "")
    data = await file.read(MAX_UPLOAD + 1)
    if len(data) > MAX_UPLOAD:
        raise InvalidInput(f"the file is larger than {MAX_UPLOAD // (1024 * 1024)} MB")
    if not data.strip():
        raise InvalidInput("the file is empty")
    return import_buyers(directory, data, fmt, owner=owner)


@router.get("/{buyer_id}", response_model=BuyerPublic)
def get_buyer(buyer_id: BuyerId, directory: DirectoryDep, scope: ScopeDep) -> BuyerPublic:
    """One buyer of your tenant or of the public directory."""
    return directory.get(buyer_id, scope)


@router.put("/{buyer_id}", response_model=BuyerPublic)
def update_buyer(
    buyer_id: BuyerId, buyer: BuyerCreate, directory: DirectoryDep, scope: ScopeDep
) -> BuyerPublic:
    """Replace a buyer's fields (409 when another buyer there has the new name)."""
    return directory.update(buyer_id, buyer, scope)


@router.delete("/{buyer_id}", status_code=204)
def delete_buyer(buyer_id: BuyerId, directory: DirectoryDep, scope: ScopeDep) -> Response:
    """Remove a buyer and its trade history."""
    directory.delete(buyer_id, scope)
    return Response(status_code=204)
