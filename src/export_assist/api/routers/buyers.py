"""The buyer directory: CRUD, import and export. Advisors and admins only (one
router-level role guard, so every route here is covered); every route is scoped to the
caller's tenant plus the shared public directory, which only admins may change."""

from __future__ import annotations

from functools import partial
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Path, Query, Request, Response
from pydantic import BaseModel
from starlette.concurrency import run_in_threadpool

from export_assist.api.uploads import UPLOAD_BODY, receive_upload
from export_assist.auth.deps import AdvisorDep, require_roles
from export_assist.errors import Forbidden, InvalidInput
from export_assist.geo import normalize_country
from export_assist.matching.directory import BuyerDirectory, Listing
from export_assist.matching.import_jobs import ImportJob, ImportJobs
from export_assist.matching.io import detect_format, export_buyers
from export_assist.matching.models import FICTITIOUS_NOTICE, BuyerCreate, BuyerPublic
from export_assist.matching.scope import BuyerScope, Directory

router = APIRouter(
    prefix="/v1/buyers",
    tags=["buyers"],
    dependencies=[Depends(require_roles("advisor", "admin"))],
)
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


def get_jobs(request: Request) -> ImportJobs:
    """The background import jobs of the application's container."""
    jobs: ImportJobs = request.app.state.container.buyer_imports
    return jobs


def get_scope(principal: AdvisorDep) -> BuyerScope:
    """The caller's tenant; admins also curate the shared public directory."""
    return BuyerScope(principal.tenant, curator=principal.role == "admin")


DirectoryDep = Annotated[BuyerDirectory, Depends(get_directory)]
ScopeDep = Annotated[BuyerScope, Depends(get_scope)]
JobsDep = Annotated[ImportJobs, Depends(get_jobs)]
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
        raise Forbidden(
            "Only an admin may add buyers to the shared public directory.",
            message_ja="共有（公開）のバイヤー名簿に追加できるのは管理者だけです。",
        )
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


@router.get(
    "/export",
    response_class=Response,
    responses={200: {"content": {media: {} for media in MEDIA.values()}}},
)
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


@router.post(
    "/import",
    status_code=202,
    response_model=ImportJob,
    openapi_extra=UPLOAD_BODY,
    responses={413: {"description": "The file is over the import byte limit"}},
)
async def import_file(
    request: Request,
    response: Response,
    jobs: JobsDep,
    scope: ScopeDep,
    who: AdvisorDep,
    format: Annotated[
        Literal["csv", "json", "jsonl", "xlsx"] | None,
        Query(description="The file's format (default: from its name)"),
    ] = None,
    filename: Annotated[
        str | None, Query(max_length=300, description="The file's name, for a raw body")
    ] = None,
    target: Target = "private",
) -> ImportJob:
    """Start importing a CSV, JSON, JSONL or XLSX file; poll the job it returns (202).

    Send the file as the multipart field ``file`` or as the raw body. The size limit is
    checked while it arrives (413); rows are read, validated and stored in the background,
    and every rejected row is listed in the job's report with its line and reason.
    """
    owner = _target(scope, target)
    job_id, path = jobs.upload_path()
    try:
        given = await receive_upload(request, path, jobs.settings.max_bytes)
        name = filename or given or f"upload.{format or 'csv'}"
        fmt = format or detect_format(name)
        if path.stat().st_size == 0:
            raise InvalidInput("the file is empty")
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    job = await run_in_threadpool(
        partial(jobs.start, job_id, path, tenant=who.tenant, subject=who.subject, owner=owner),
        filename=name,
        fmt=fmt,
    )
    response.headers["Location"] = f"/v1/buyers/imports/{job.id}"
    return job


@router.get("/imports", response_model=list[ImportJob])
def list_imports(jobs: JobsDep, who: AdvisorDep) -> list[ImportJob]:
    """Your tenant's latest imports, newest first."""
    return jobs.recent(who.tenant)


@router.get("/imports/{job_id}", response_model=ImportJob)
def get_import(
    job_id: Annotated[str, Path(pattern="^[0-9a-f]{32}$", description="The job's id")],
    jobs: JobsDep,
    who: AdvisorDep,
) -> ImportJob:
    """One import: status (queued, running, done, failed), progress and report."""
    return jobs.get(job_id, who.tenant)


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
