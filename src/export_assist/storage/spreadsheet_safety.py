"""One rule for every CSV and XLSX the product writes: no cell becomes a formula, and no
cell carries a character that makes the file unwritable.

- **Formula injection** (CSV injection): a text cell starting with ``= + - @ | %`` is
  escaped the way ``defusedcsv`` does it (a leading ``'``, ``|`` escaped), so
  ``=cmd|' /C calc'!A0`` or ``=HYPERLINK(...)`` shows as text in Excel, LibreOffice and
  Google Sheets. A leading tab or carriage return (OWASP lists both) is escaped too.
  Plain numbers such as ``-12`` or ``1,234.5`` are left alone. XLSX cells get the same
  escaped text, so a CSV and an XLSX of the same rows agree.
- **Illegal XML characters**: XLSX is XML 1.0, which cannot hold most C0 control
  characters, lone surrogates or U+FFFE/U+FFFF; openpyxl raises on them (one bad name
  made every export fail). They are removed from XLSX cells.

Use :func:`csv_writer` in place of ``csv.writer`` and :func:`xlsx_value` (or
:func:`append_row`) for every cell given to openpyxl. :func:`unescape_formula` undoes
the escape on import, so an exported file re-imports to the same values.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from numbers import Number
from typing import Any, Protocol

import defusedcsv.csv as _defused

_EXTRA_TRIGGERS = ("\t", "\r")  # OWASP's list; defusedcsv covers = + - @ | %
_ILLEGAL_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_ESCAPED = re.compile(r"^'(\\\||[=+\-@%\t\r])")  # what escape_formula writes


class _Writer(Protocol):
    def writerow(self, row: Iterable[Any], /) -> Any: ...


def escape_formula(value: Any) -> Any:
    """The value as a spreadsheet shows it as text (numbers and None pass through)."""
    if value is None or isinstance(value, Number | bool):
        return value
    text = str(value)
    if text[:1] in _EXTRA_TRIGGERS:
        return "'" + text.replace("|", "\\|")
    return _defused._escape(text)


def unescape_formula(text: str) -> str:
    """Undo :func:`escape_formula` on a cell read back from one of our files."""
    if not _ESCAPED.match(text):
        return text
    return text[1:].replace("\\|", "|")


def strip_illegal_xml(text: str) -> str:
    """The text without the characters XML 1.0 (and so XLSX) cannot hold."""
    return _ILLEGAL_XML.sub("", text)


def xlsx_value(value: Any) -> Any:
    """A value safe for an openpyxl cell: text is never a formula and always writable."""
    if isinstance(value, str):
        return escape_formula(strip_illegal_xml(value))
    return value


def append_row(sheet: Any, values: Iterable[Any]) -> None:
    """``sheet.append`` with every value made safe by :func:`xlsx_value`."""
    sheet.append([xlsx_value(v) for v in values])


class _SafeWriter:
    """A csv writer whose every field goes through :func:`escape_formula`."""

    def __init__(self, inner: _Writer) -> None:
        self._inner = inner

    def writerow(self, row: Iterable[Any]) -> Any:
        """Write one escaped row."""
        return self._inner.writerow([escape_formula(v) for v in row])

    def writerows(self, rows: Iterable[Iterable[Any]]) -> None:
        """Write escaped rows."""
        for row in rows:
            self.writerow(row)


def csv_writer(stream: Any, **fmtparams: Any) -> _SafeWriter:
    """``csv.writer`` that escapes formula triggers (defusedcsv's rule plus tab and CR)."""
    return _SafeWriter(_defused.writer(stream, **fmtparams))
