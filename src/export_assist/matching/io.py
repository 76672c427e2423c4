"""Import and export of the buyer directory: CSV, JSON (array or lines) and XLSX.

Every row is validated; a rejected row is reported with its line and reason, never
dropped silently. Rows are de-duplicated by normalised name + country, in the file
and against the directory: a re-import updates instead of duplicating.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Sequence
from typing import IO, Any

from pydantic import BaseModel, Field, ValidationError

from export_assist.errors import InvalidInput
from export_assist.matching.directory import BuyerDirectory, name_key
from export_assist.matching.models import FICTITIOUS_NOTICE, BuyerCreate, BuyerPublic
from export_assist.matching.readers import FORMATS, detect_format, read_rows
from export_assist.storage.spreadsheet_safety import append_row, csv_writer, unescape_formula

LIST_FIELDS = {
    "product_codes",
    "interests",
    "certifications_required",
    "certifications_preferred",
    "languages",
    "channels",
}
COLUMNS = list(BuyerCreate.model_fields)
MAX_REJECTED = 1000  # listed in a report; more are counted
__all__ = ["FORMATS", "detect_format"]


class RejectedRow(BaseModel):
    """A row that was not imported, and why."""

    line: int
    reason: str


class ImportReport(BaseModel):
    """What an import did: nothing is dropped without a line here."""

    rows: int = 0
    created: int = 0
    updated: int = 0
    duplicates_in_file: int = 0
    rejected: list[RejectedRow] = Field(
        default_factory=list, description=f"The first {MAX_REJECTED} rejected rows"
    )
    rejected_total: int = 0
    stopped: str | None = Field(default=None, description="Why the import stopped early")

    @property
    def ok(self) -> bool:
        """True when no row was rejected."""
        return not self.rejected_total and self.stopped is None

    def reject(self, line: int, reason: str) -> None:
        """Count a rejected row (the first MAX_REJECTED are listed with line and reason)."""
        self.rejected_total += 1
        if len(self.rejected) < MAX_REJECTED:
            self.rejected.append(RejectedRow(line=line, reason=reason))


def _split(value: Any) -> list[str]:
    if value is None or value == "":
        return []
    if isinstance(value, list):
        return [str(v) for v in value]
    text = unescape_formula(str(value).strip())
    sep = "|" if "|" in text else ";"
    return [v.strip() for v in text.split(sep) if v.strip()]


def _clean(record: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in record.items():
        key = str(key or "").strip()
        if not key:
            continue
        if key in LIST_FIELDS:
            out[key] = _split(value)
        elif value is None or (isinstance(value, str) and not value.strip()):
            continue
        elif key == "fictitious" and isinstance(value, str):
            out[key] = value.strip().lower() in ("1", "true", "yes", "y")
        else:
            # Undo our own export's formula escape, so an exported file re-imports as it was.
            out[key] = unescape_formula(value.strip()) if isinstance(value, str) else value
    return out


def _reason(exc: ValidationError) -> str:
    parts = []
    for err in exc.errors():
        field = ".".join(str(p) for p in err["loc"]) or "row"
        parts.append(f"{field}: {err['msg'].removeprefix('Value error, ')}")
    return "; ".join(parts)


def _validate(line: int, raw: dict[str, Any], report: ImportReport) -> BuyerCreate | None:
    if "__error__" in raw:
        report.reject(line, str(raw["__error__"]))
        return None
    try:
        return BuyerCreate.model_validate(_clean(raw))
    except ValidationError as exc:
        report.reject(line, _reason(exc))
        return None


class _Batcher:
    """Upserts validated buyers in batches; counts each name + country once."""

    def __init__(self, directory: BuyerDirectory, owner: str, report: ImportReport) -> None:
        self.directory, self.owner, self.report = directory, owner, report
        self.pending: dict[tuple[str, str], BuyerCreate] = {}
        self.seen: set[tuple[str, str]] = set()
        self.counted: set[tuple[str, str]] = set()

    def add(self, buyer: BuyerCreate) -> None:
        key = (name_key(buyer.name), buyer.country)
        if key in self.seen:  # a later duplicate in the file wins
            self.report.duplicates_in_file += 1
        self.seen.add(key)
        self.pending[key] = buyer

    def flush(self) -> None:
        keys = list(self.pending)
        results = self.directory.upsert_many(list(self.pending.values()), owner=self.owner)
        for key, result in zip(keys, results, strict=True):
            if key not in self.counted:
                self.counted.add(key)
                if result.created:
                    self.report.created += 1
                else:
                    self.report.updated += 1
        self.pending.clear()


def import_stream(
    directory: BuyerDirectory,
    handle: IO[bytes],
    fmt: str,
    *,
    owner: str,
    max_rows: int | None = None,
    batch: int = 500,
    progress: Callable[[ImportReport], None] | None = None,
) -> ImportReport:
    """Read, validate and upsert a file's buyers batch by batch (never the whole file at once).

    Stops after ``max_rows`` rows and says so in ``report.stopped``; the rows before it
    are imported (a re-import updates them, it does not duplicate them).
    """
    report = ImportReport()
    batcher = _Batcher(directory, owner, report)
    for line, raw in read_rows(handle, fmt):
        if max_rows is not None and report.rows >= max_rows:
            report.stopped = (
                f"the file has more than {max_rows} rows (the import limit): rows from "
                f"line {line} on were not imported; split the file"
            )
            break
        report.rows += 1
        buyer = _validate(line, raw, report)
        if buyer is not None:
            batcher.add(buyer)
        if len(batcher.pending) >= batch:
            batcher.flush()
            if progress:
                progress(report)
    batcher.flush()
    return report


def import_buyers(
    directory: BuyerDirectory, data: bytes, fmt: str, *, owner: str, batch: int = 500
) -> ImportReport:
    """Validate and upsert the buyers of a file held in memory (small files, tests)."""
    return import_stream(directory, io.BytesIO(data), fmt, owner=owner, batch=batch)


def _cell(buyer: BuyerPublic, column: str) -> Any:
    value = getattr(buyer, column)
    if column in LIST_FIELDS:
        return "; ".join(value)
    return "" if value is None else value.isoformat() if hasattr(value, "isoformat") else value


def export_buyers(buyers: Sequence[BuyerPublic], fmt: str) -> bytes:
    """The buyers as a file; a fictitious directory says so in the file's header."""
    fictitious = any(b.fictitious for b in buyers)
    if fmt in ("json", "jsonl"):
        payload = {
            "notice": FICTITIOUS_NOTICE if fictitious else None,
            "buyers": [b.model_dump(mode="json", include=set(COLUMNS)) for b in buyers],
        }
        return json.dumps(payload, ensure_ascii=False, indent=1).encode()
    rows = [[_cell(b, c) for c in COLUMNS] for b in buyers]
    if fmt == "csv":
        out = io.StringIO()
        if fictitious:
            out.write(f"# {FICTITIOUS_NOTICE}\n")
        writer = csv_writer(out, lineterminator="\n")  # no cell becomes a formula
        writer.writerow(COLUMNS)
        writer.writerows(rows)
        return out.getvalue().encode()
    if fmt == "xlsx":
        from openpyxl import Workbook

        book = Workbook()
        sheet = book.active
        if fictitious:
            sheet.append([f"# {FICTITIOUS_NOTICE}"])
        sheet.append(COLUMNS)
        for row in rows:
            append_row(sheet, row)  # text, never a formula; no character XLSX cannot hold
        buf = io.BytesIO()
        book.save(buf)
        return buf.getvalue()
    raise InvalidInput(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")
