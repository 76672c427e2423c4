"""Packing list as a spreadsheet (openpyxl): bilingual headers, numbers as numbers, text
always stored as text (xlsxcell.put)."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.worksheet import Worksheet

from export_assist.documents.view import Bi, Cell, DocView
from export_assist.documents.xlsxcell import put


def _value(cell: Cell) -> str:
    if isinstance(cell, Bi):
        return (
            f"{cell.ja}\n{cell.tgt}"
            + (f" [{cell.note}]" if cell.note else "")
            + (f" [{cell.note_ja}]" if cell.note_ja and cell.note_ja != cell.note else "")
        )
    return cell  # HS codes, references and dates stay text ("0902.10" is not 902.1)


def _line(ws: Worksheet, values: list[object]) -> int:
    row = ws.max_row + 1 if ws.max_row > 1 or ws["A1"].value is not None else 1
    for col, value in enumerate(values, start=1):
        put(ws, row, col, value)
    return row


def render_xlsx(view: DocView, path: Path) -> Path:
    """Write a document (normally the packing list) to an .xlsx file."""
    wb = Workbook()
    ws = wb.active
    ws.title = view.kind[:31]
    _line(ws, [_value(view.title)])
    ws["A1"].font = Font(bold=True, size=14)
    for label, value in view.meta:
        _line(ws, [_value(label), _value(value)])
    header = _line(ws, [""]) + 1
    _line(ws, [_value(c) for c in view.columns])
    for cell in ws[header]:
        cell.font = Font(bold=True)
    for r, row in enumerate(view.rows):
        # numbers as numbers (the viewer's locale formats them), the rest as printed text
        at = _line(
            ws,
            [
                float(view.numbers[r, i]) if (r, i) in view.numbers else _value(c)
                for i, c in enumerate(row)
            ],
        )
        for col in (c for (row_no, c) in view.numbers if row_no == r):
            ws.cell(row=at, column=col + 1).number_format = "#,##0.###"
    _line(ws, [""])
    for label, value in view.totals:
        _line(ws, [_value(label), _value(value)])
    for row in ws.iter_rows():
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    for column, width in zip("ABCDEFGH", (6, 40, 14, 10, 12, 16, 14, 14), strict=False):
        ws.column_dimensions[column].width = width
    wb.save(str(path))
    return path
