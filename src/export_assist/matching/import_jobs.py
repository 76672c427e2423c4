"""Background buyer imports: an uploaded file becomes a job that a worker thread reads,
validates and upserts batch by batch, recording progress in the database (so any API
worker can answer for it). The event loop only streams the upload to disk."""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Literal, cast

from pydantic import BaseModel, Field
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from export_assist.cancellation import Cancelled, cancellable, raise_if_cancelled
from export_assist.errors import ExportAssistError, NotFound
from export_assist.matching.directory import BuyerDirectory
from export_assist.matching.io import ImportReport, import_stream
from export_assist.matching.scope import directory_of
from export_assist.settings import BuyerImportSettings
from export_assist.storage.buyer_tables import ImportJobRow

log = logging.getLogger("export_assist.matching.imports")
Status = Literal["queued", "running", "done", "failed"]
INTERRUPTED = (
    "the server stopped during this import; rows imported before it are kept: "
    "import the file again (those rows are updated, not duplicated)"
)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _aware(value: dt.datetime) -> dt.datetime:
    # UTCDateTime reads back aware; a row from before it (or another driver) may be naive UTC.
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)


class ImportJob(BaseModel):
    """A buyer import and how far it got."""

    id: str
    status: Status
    directory: Literal["private", "public"]
    filename: str
    format: str
    bytes_total: int
    bytes_read: int = Field(description="Bytes of the file read so far")
    progress: float = Field(ge=0, le=1, description="bytes_read / bytes_total")
    report: ImportReport
    error: str | None = None
    created_at: dt.datetime
    updated_at: dt.datetime


class ImportJobs:
    """Starts imports on a small thread pool and answers for them by tenant."""

    def __init__(
        self,
        directory: BuyerDirectory,
        sessions: sessionmaker[Session],
        folder: Path,
        settings: BuyerImportSettings,
    ) -> None:
        self.directory, self._sessions, self.settings = directory, sessions, settings
        self.folder = folder
        self.folder.mkdir(parents=True, exist_ok=True)
        self._pool = ThreadPoolExecutor(settings.workers, thread_name_prefix="buyer-import")

    def upload_path(self) -> tuple[str, Path]:
        """A new job id and where its upload is written."""
        job_id = uuid.uuid4().hex
        return job_id, self.folder / f"{job_id}.upload"

    def start(
        self,
        job_id: str,
        path: Path,
        *,
        tenant: str,
        subject: str,
        owner: str,
        filename: str,
        fmt: str,
    ) -> ImportJob:
        """Record the job and queue it; the upload at ``path`` is deleted when it ends."""
        size = path.stat().st_size
        row = ImportJobRow(
            id=job_id,
            tenant=tenant,
            subject=subject,
            target=owner,
            filename=filename[:300],
            format=fmt,
            status="queued",
            bytes_total=size,
            bytes_read=0,
            report=ImportReport().model_dump(),
            created_at=_now(),
            updated_at=_now(),
        )
        with self._sessions.begin() as session:
            session.add(row)
        self._pool.submit(self._run, job_id, path, owner, fmt)
        return self._public(row)

    def get(self, job_id: str, tenant: str) -> ImportJob:
        """One job of the tenant (another tenant's job reads as not found)."""
        with self._sessions() as session:
            row = session.get(ImportJobRow, job_id)
            if row is None or row.tenant != tenant:
                raise NotFound(
                    f"no import job with id {job_id}",
                    message_ja=f"取り込み {job_id} は見つかりませんでした（ほかの組織のものか、存在しません）。",
                )
            return self._public(row)

    def recent(self, tenant: str, limit: int = 20) -> list[ImportJob]:
        """The tenant's latest jobs, newest first."""
        stmt = (
            select(ImportJobRow)
            .where(ImportJobRow.tenant == tenant)
            .order_by(ImportJobRow.created_at.desc())
            .limit(limit)
        )
        with self._sessions() as session:
            return [self._public(r) for r in session.scalars(stmt)]

    def _public(self, row: ImportJobRow) -> ImportJob:
        status, error = cast(Status, row.status), row.error
        silent = (_now() - _aware(row.updated_at)).total_seconds()
        if status in ("queued", "running") and silent > self.settings.stale_after_s:
            status, error = "failed", INTERRUPTED
        total = max(row.bytes_total, 1)
        return ImportJob(
            id=row.id,
            status=status,
            directory=directory_of(row.target),
            filename=row.filename,
            format=row.format,
            bytes_total=row.bytes_total,
            bytes_read=row.bytes_read,
            progress=min(1.0, row.bytes_read / total) if status != "done" else 1.0,
            report=ImportReport.model_validate(row.report or {}),
            error=error,
            created_at=row.created_at,
            updated_at=row.updated_at,
        )

    def _save(self, job_id: str, **values: object) -> None:
        with self._sessions.begin() as session:
            row = session.get(ImportJobRow, job_id)
            if row is not None:
                for key, value in {**values, "updated_at": _now()}.items():
                    setattr(row, key, value)

    def _run(self, job_id: str, path: Path, owner: str, fmt: str) -> None:
        self._save(job_id, status="running")
        try:
            # The job outlives its request, but not the server: a stopping server
            # (cancel_all) ends it between batches, and it says so at once.
            with cancellable(), path.open("rb") as handle:

                def progress(report: ImportReport) -> None:
                    self._save(job_id, bytes_read=handle.tell(), report=report.model_dump())
                    raise_if_cancelled()

                report = import_stream(
                    self.directory,
                    handle,
                    fmt,
                    owner=owner,
                    max_rows=self.settings.max_rows,
                    batch=self.settings.batch_rows,
                    progress=progress,
                )
            self._save(
                job_id, status="done", bytes_read=path.stat().st_size, report=report.model_dump()
            )
        except Cancelled:
            self._save(job_id, status="failed", error=INTERRUPTED)
        except ExportAssistError as exc:
            self._save(job_id, status="failed", error=exc.message)
        except Exception as exc:  # the job must end in a state a person can read
            log.exception("buyer import %s failed", job_id)
            self._save(job_id, status="failed", error=f"the import failed: {type(exc).__name__}")
        finally:
            path.unlink(missing_ok=True)

    def close(self, wait: bool = False) -> None:
        """Stop taking jobs (queued ones are cancelled; a running one finishes if wait)."""
        self._pool.shutdown(wait=wait, cancel_futures=True)
