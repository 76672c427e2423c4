"""Writing spreadsheet cells safely: text stays text (a value starting with = + - @ is
never stored as a formula) and control characters, which openpyxl refuses, are dropped."""

from __future__ import annotations

from typing import Any

from openpyxl.worksheet.worksheet import Worksheet

_CONTROL = dict.fromkeys([*range(9), 11, 12, *range(14, 32)], None)  # keep tab, newline, CR


def clean_text(value: str) -> str:
    """A string openpyxl can store (control characters removed)."""
    return value.translate(_CONTROL)


def put(ws: Worksheet, row: int, col: int, value: Any) -> Any:
    """Write one cell; strings are stored as strings, whatever they start with."""
    cell = ws.cell(row=row, column=col, value=clean_text(value) if isinstance(value, str) else value)
    if isinstance(value, str):
        cell.data_type = "s"
    return cell
