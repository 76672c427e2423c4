"""Import and export of the buyer directory: CSV, JSON (array or lines) and XLSX.

Every row is validated; a rejected row is reported with its line and reason, never
dropped silently. Rows are de-duplicated by normalised name + country, in the file
and against the directory: a re-import updates instead of duplicating.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field, ValidationError

from export_assist.errors import InvalidInput
from export_assist.matching.directory import BuyerDirectory, name_key
from export_assist.matching.models import FICTITIOUS_NOTICE, BuyerCreate, BuyerPublic

LIST_FIELDS = {
    "product_codes",
    "interests",
    "certifications_required",
    "certifications_preferred",
    "languages",
    "channels",
}
COLUMNS = list(BuyerCreate.model_fields)
FORMATS = ("csv", "json", "jsonl", "xlsx")


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
    rejected: list[RejectedRow] = Field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when no row was rejected."""
        return not self.rejected


def detect_format(filename: str) -> str:
    """The format of a file by its extension, or InvalidInput."""
    suffix = Path(filename).suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        raise InvalidInput(f"cannot import {filename!r}: use a .csv, .json, .jsonl or .xlsx file")
    return suffix


def _split(value: Any) -> list[str]:
    if value is None or value == "":
        return []
    if isinstance(value, list):
        return [str(v) for v in value]
    sep = "|" if "|" in str(value) else ";"
    return [v.strip() for v in str(value).split(sep) if v.strip()]


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
            out[key] = value.strip() if isinstance(value, str) else value
    return out


def _csv_rows(data: bytes) -> Iterator[tuple[int, dict[str, Any]]]:
    text = data.decode("utf-8-sig")
    lines = text.splitlines()
    numbered = [(n, line) for n, line in enumerate(lines, start=1) if not line.startswith("#")]
    if not numbered:
        return
    reader = csv.DictReader(io.StringIO("\n".join(line for _, line in numbered)))
    if not reader.fieldnames or "name" not in reader.fieldnames:
        raise InvalidInput(f"line {numbered[0][0]}: the header must name a 'name' column")
    for row in reader:
        line = numbered[min(reader.line_num - 1, len(numbered) - 1)][0]
        if None in row:
            yield line, {"__error__": "more values than header columns"}
            continue
        yield line, dict(row)


def _json_rows(data: bytes, lines: bool) -> Iterator[tuple[int, dict[str, Any]]]:
    text = data.decode("utf-8-sig")
    if lines:
        for n, line in enumerate(text.splitlines(), start=1):
            if line.strip():
                try:
                    yield n, json.loads(line)
                except json.JSONDecodeError as exc:
                    yield n, {"__error__": f"not valid JSON ({exc.msg})"}
        return
    try:
        payload = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InvalidInput(f"line {exc.lineno}: not valid JSON ({exc.msg})") from exc
    items = payload.get("buyers") if isinstance(payload, dict) else payload
    if not isinstance(items, list):
        raise InvalidInput("JSON must be an array of buyers or an object with a 'buyers' array")
    for n, item in enumerate(items, start=1):
        yield n, item if isinstance(item, dict) else {"__error__": "not a JSON object"}


def _xlsx_rows(data: bytes) -> Iterator[tuple[int, dict[str, Any]]]:
    from openpyxl import load_workbook  # the one module that reads spreadsheets

    try:
        sheet = load_workbook(io.BytesIO(data), read_only=True, data_only=True).worksheets[0]
    except Exception as exc:  # openpyxl raises many types for a broken file
        raise InvalidInput(f"not a readable XLSX workbook ({type(exc).__name__})") from exc
    header: list[str] | None = None
    for n, row in enumerate(sheet.iter_rows(values_only=True), start=1):
        cells = list(row)
        if not any(c not in (None, "") for c in cells) or str(cells[0] or "").startswith("#"):
            continue
        if header is None:
            header = [str(c or "").strip() for c in cells]
            if "name" not in header:
                raise InvalidInput(f"row {n}: the header must name a 'name' column")
            continue
        yield n, dict(zip(header, cells, strict=False))


def read_rows(data: bytes, fmt: str) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line or item number, raw record) for each row of a file."""
    if fmt == "csv":
        return _csv_rows(data)
    if fmt in ("json", "jsonl"):
        return _json_rows(data, fmt == "jsonl")
    if fmt == "xlsx":
        return _xlsx_rows(data)
    raise InvalidInput(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")


def _reason(exc: ValidationError) -> str:
    parts = []
    for err in exc.errors():
        field = ".".join(str(p) for p in err["loc"]) or "row"
        parts.append(f"{field}: {err['msg'].removeprefix('Value error, ')}")
    return "; ".join(parts)


def parse(data: bytes, fmt: str, report: ImportReport) -> list[BuyerCreate]:
    """Validated buyers of a file (the last of in-file duplicates wins); rejects go in report."""
    unique: dict[tuple[str, str], BuyerCreate] = {}
    for line, raw in read_rows(data, fmt):
        report.rows += 1
        if "__error__" in raw:
            report.rejected.append(RejectedRow(line=line, reason=str(raw["__error__"])))
            continue
        try:
            buyer = BuyerCreate.model_validate(_clean(raw))
        except ValidationError as exc:
            report.rejected.append(RejectedRow(line=line, reason=_reason(exc)))
            continue
        key = (name_key(buyer.name), buyer.country)
        if key in unique:
            report.duplicates_in_file += 1
        unique[key] = buyer
    return list(unique.values())


def import_buyers(
    directory: BuyerDirectory, data: bytes, fmt: str, *, owner: str, batch: int = 500
) -> ImportReport:
    """Validate and upsert the buyers of a file into one owner's directory."""
    report = ImportReport()
    buyers = parse(data, fmt, report)
    for start in range(0, len(buyers), batch):
        for result in directory.upsert_many(buyers[start : start + batch], owner=owner):
            if result.created:
                report.created += 1
            else:
                report.updated += 1
    return report


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
        writer = csv.writer(out, lineterminator="\n")
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
            sheet.append(row)
        buf = io.BytesIO()
        book.save(buf)
        return buf.getvalue()
    raise InvalidInput(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")
