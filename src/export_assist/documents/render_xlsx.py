"""Packing list as a spreadsheet (openpyxl): bilingual headers, numbers as numbers."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from export_assist.documents.view import Bi, Cell, DocView


def _value(cell: Cell) -> object:
    if isinstance(cell, Bi):
        return f"{cell.ja}\n{cell.tgt}" + (f" [{cell.note}]" if cell.note else "")
    return cell  # HS codes, references and dates stay text ("0902.10" is not 902.1)


def render_xlsx(view: DocView, path: Path) -> Path:
    """Write a document (normally the packing list) to an .xlsx file."""
    wb = Workbook()
    ws = wb.active
    ws.title = view.kind[:31]
    ws.append([_value(view.title)])
    ws["A1"].font = Font(bold=True, size=14)
    for label, value in view.meta:
        ws.append([_value(label), _value(value)])
    ws.append([])
    ws.append([_value(c) for c in view.columns])
    header_row = ws.max_row
    for cell in ws[header_row]:
        cell.font = Font(bold=True)
    for r, row in enumerate(view.rows):
        # numbers as numbers (the viewer's locale formats them), the rest as printed text
        ws.append([float(view.numbers[r, i]) if (r, i) in view.numbers else _value(c) for i, c in enumerate(row)])
    ws.append([])
    for label, value in view.totals:
        ws.append([_value(label), _value(value)])
    for row in ws.iter_rows():
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    for column, width in zip("ABCDEFGH", (6, 40, 14, 10, 12, 16, 14, 14), strict=False):
        ws.column_dimensions[column].width = width
    wb.save(str(path))
    return path
