"""Writing spreadsheet cells safely, by the project's one rule (storage/spreadsheet_safety):
text that starts like a formula (= + - @ | % tab CR) is escaped so it shows as text, and
characters XML cannot hold are removed, so one bad value never breaks an export."""

from __future__ import annotations

from typing import Any

from openpyxl.worksheet.worksheet import Worksheet

from export_assist.storage.spreadsheet_safety import xlsx_value


def put(ws: Worksheet, row: int, col: int, value: Any) -> Any:
    """Write one cell through the project's escaping rule; text is stored as text."""
    cell = ws.cell(row=row, column=col, value=xlsx_value(value))
    if isinstance(value, str):
        cell.data_type = "s"
    return cell
