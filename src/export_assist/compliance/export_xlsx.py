"""The checklist as a working tracker (openpyxl): a summary sheet, then one sheet per
destination with status / owner / due-date columns to fill in, headers in the chosen
language, column widths, a frozen header, an autofilter, links to the sources, and no
internal ids. Text cells are always stored as text, never as formulas."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from typing import Any

from openpyxl import Workbook
from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from export_assist.compliance.export_labels import ExportLang, Labels, destination
from export_assist.documents.xlsxcell import put as _put
from export_assist.domain.cardtext import (
    authority_in,
    documents_in,
    lead_time_in,
    legal_basis_in,
    requirement_in,
)
from export_assist.domain.compliance import Checklist, ChecklistItem

# (label key, width): what a person tracks first, then what the requirement says.
COLUMNS = [("number", 5), ("status", 12), ("owner", 14), ("due", 12), ("requirement", 42), ("severity", 11),
           ("topic", 14), ("details", 60), ("authority", 26), ("legal_basis", 30), ("documents", 30),
           ("lead_time", 18), ("source", 40), ("verified", 11), ("review", 10), ("review_reasons", 30),
           ("notes", 30)]  # fmt: skip
_HEAD_FILL = PatternFill("solid", fgColor="1F3864")
_DONE_FILL = PatternFill("solid", fgColor="E2EFDA")


def _row(item: ChecklistItem, n: int, lab: Labels) -> list[Any]:
    sources = "; ".join(c.label(lab.lang) for c in item.citations) or lab("no_source")
    verified = min((c.verified_on for c in item.citations if c.verified_on), default=None)
    ja = lab.lang == "ja" and item.review_reasons_ja
    reasons = ("；" if ja else "; ").join(item.review_reasons_ja if ja else item.review_reasons)
    return [n, lab("status")[0], "", None, lab.title(item.title, item.title_ja), lab(f"severity.{item.severity}"),
            lab(f"topics.{item.topic}"), requirement_in(item, lab.lang), authority_in(item, lab.lang),
            legal_basis_in(item, lab.lang), "\n".join(documents_in(item, lab.lang)),
            lead_time_in(item, lab.lang), sources, verified,
            lab("review.flag") if item.needs_advisor_review else "", reasons, ""]  # fmt: skip


def _sheet(book: Workbook, c: Checklist, lab: Labels) -> None:
    ws = book.create_sheet(f"{c.destination} {destination(c, lab.lang)}"[:31].replace("/", "-"))
    for col, (key, width) in enumerate(COLUMNS, start=1):
        cell = _put(ws, 1, col, lab(f"columns.{key}"))
        cell.font, cell.fill = Font(bold=True, color="FFFFFF"), _HEAD_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        ws.column_dimensions[get_column_letter(col)].width = width
    items = c.items + c.text_items
    for r, item in enumerate(items, start=2):
        for col, value in enumerate(_row(item, r - 1, lab), start=1):
            cell = _put(ws, r, col, value)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        _link(ws, r, item)
        ws.cell(row=r, column=4).number_format = "yyyy-mm-dd"
        ws.cell(row=r, column=14).number_format = "yyyy-mm-dd"
    last = max(len(items) + 1, 2)
    _tracking(ws, last, lab)
    ws.freeze_panes = "E2"  # header row and the number/status/owner/due columns stay in view
    ws.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}{last}"


def _link(ws: Worksheet, row: int, item: ChecklistItem) -> None:
    url = next((c.source_url for c in item.citations if c.source_url.startswith("https://")), "")
    if url:  # a cell hyperlink, not a HYPERLINK() formula
        cell = ws.cell(row=row, column=13)
        cell.hyperlink = url
        cell.font = Font(color="1A4F9C", underline="single")


def _tracking(ws: Worksheet, last: int, lab: Labels) -> None:
    options = ",".join(lab("status"))
    status = DataValidation(type="list", formula1=f'"{options}"', allow_blank=True)
    due = DataValidation(
        type="date", operator="greaterThan", formula1="DATE(2000,1,1)", allow_blank=True
    )
    status.error, due.error = options, "yyyy-mm-dd"
    ws.add_data_validation(status)
    ws.add_data_validation(due)
    status.add(f"B2:B{last}")
    due.add(f"D2:D{last}")
    done = lab("status")[2]
    ws.conditional_formatting.add(f"A2:{get_column_letter(len(COLUMNS))}{last}",
                                  FormulaRule(formula=[f'$B2="{done}"'], fill=_DONE_FILL))  # fmt: skip


def _summary(book: Workbook, checklists: Sequence[Checklist], lab: Labels) -> None:
    ws = book.active
    ws.title = lab("summary_sheet")
    rows: list[tuple[str, str]] = [(lab("title"), dt.date.today().isoformat())]
    for c in checklists:
        p = c.product
        rows += [("", ""), (lab("summary.destination"), f"{destination(c, lab.lang)} ({c.destination})"),
                 (lab("summary.product"), p.description or "—"), (lab("summary.hs_code"), p.hs_code or lab("summary.not_given")),
                 (lab("summary.counts"), str(len(c.items) + len(c.text_items)))]  # fmt: skip
        warnings = c.warnings_ja if lab.lang == "ja" and c.warnings_ja else c.warnings
        rows += [(lab("summary.warnings"), w) for w in warnings]
    rows += [("", ""), ("", lab("disclaimer"))]
    for r, (key, value) in enumerate(rows, start=1):
        _put(ws, r, 1, key).font = Font(bold=True)
        _put(ws, r, 2, value).alignment = Alignment(wrap_text=True)
    ws.column_dimensions["A"].width, ws.column_dimensions["B"].width = 28, 90


def checklists_xlsx(checklists: Sequence[Checklist], lang: ExportLang = "ja") -> bytes:
    """A workbook: a summary sheet, then one tracker sheet per destination."""
    lab = Labels(lang)
    book = Workbook()
    _summary(book, checklists, lab)
    for checklist in checklists:
        _sheet(book, checklist, lab)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
