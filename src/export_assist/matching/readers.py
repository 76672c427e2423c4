"""Streamed row readers for buyer import files: CSV (in any common text encoding), JSON,
JSONL and XLSX. Each yields (line or item number, raw record) from an open binary file
and never holds the file as a list of rows. A bad row becomes an ``__error__`` record
with its reason; the rows after it are still read."""

from __future__ import annotations

import codecs
import csv
import io
import json
from collections import deque
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import charset_normalizer

from export_assist.errors import InvalidInput

FORMATS = ("csv", "json", "jsonl", "xlsx")
Row = tuple[int, dict[str, Any]]
SAMPLE_BYTES = 256 * 1024  # how much of a file decides its encoding
MAX_RECORD_LINES = 50  # a quoted CSV value may span lines, but not more than this
# Detectors often cannot tell single-byte code pages apart on short text (cp1250 and
# cp1252 both decode "Müller"); ties go to the encodings our users' files most often have.
PREFERRED = ("utf_8", "cp932", "shift_jis", "euc_jp", "utf_16", "cp1252", "latin_1")
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
UNCLOSED_QUOTE = (
    'a quote (") opens a value in this row and is never closed; '
    "the rows after it were read on their own"
)


def detect_format(filename: str) -> str:
    """The format of a file by its extension, or InvalidInput."""
    suffix = Path(filename).suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        raise InvalidInput(
            f"cannot import {filename!r}: use a .csv, .json, .jsonl or .xlsx file",
            message_ja=f"{filename} は取り込めません。CSV・JSON・JSONL・XLSXのファイルを送ってください。",
        )
    return suffix


def detect_encoding(sample: bytes) -> str:
    """The text encoding of a file from its first bytes: BOM, UTF-8, else charset-normalizer."""
    for bom, name in _BOMS:
        if sample.startswith(bom):
            return name
    # An incremental decoder accepts a sample cut inside a character. A file that is UTF-8
    # but for a few corrupt bytes stays UTF-8: those rows are reported, the rest keep
    # their accents (a single-byte guess would garble every row).
    text = codecs.getincrementaldecoder("utf-8")(errors="replace").decode(sample, final=False)
    bad = text.count("\ufffd")
    if bad == 0 or sum(1 for ch in text if ord(ch) > 127 and ch != "\ufffd") > bad:
        return "utf-8"
    results = list(charset_normalizer.from_bytes(sample))
    if not results:
        raise InvalidInput(
            "cannot tell the text encoding of this file: save it as UTF-8",
            message_ja="ファイルの文字コードを判別できません。UTF-8で保存して送ってください。",
        )
    best = results[0]
    tied = [r.encoding for r in results if (r.chaos, r.coherence) == (best.chaos, best.coherence)]
    return next((e for e in PREFERRED if e in tied), best.encoding)


def _text(handle: IO[bytes]) -> tuple[str, io.TextIOWrapper]:
    sample = handle.read(SAMPLE_BYTES)
    handle.seek(0)
    encoding = detect_encoding(sample)
    # errors="replace": one undecodable row is reported, the rest of the file still reads.
    return encoding, io.TextIOWrapper(handle, encoding=encoding, errors="replace", newline="")


def _still_quoted(line: str, quoted: bool) -> bool:
    """Whether a CSV record is inside a quoted value at the end of this physical line."""
    at_start, i = not quoted, 0
    while i < len(line):
        ch = line[i]
        if quoted:
            if ch == '"' and line[i + 1 : i + 2] == '"':
                i += 1  # an escaped quote inside a quoted value
            elif ch == '"':
                quoted = False
        elif ch == '"' and at_start:
            quoted = True
        at_start = not quoted and ch == ","
        i += 1
    return quoted


def _fields(text: str) -> list[str]:
    return next(csv.reader(io.StringIO(text)), [])


class _Lines:
    """Numbered physical lines with push-back (re-reading what a bad quote swallowed)."""

    def __init__(self, text: io.TextIOWrapper) -> None:
        self._lines = enumerate(text, start=1)
        self._back: deque[tuple[int, str]] = deque()

    def next(self) -> tuple[int, str] | None:
        """The next line, or None at the end."""
        return self._back.popleft() if self._back else next(self._lines, None)

    def push_back(self, lines: list[tuple[int, str]]) -> None:
        """Read these lines again next."""
        self._back.extendleft(reversed(lines))


def _record(lines: _Lines, first: tuple[int, str]) -> tuple[list[tuple[int, str]], bool]:
    span, quoted = [first], _still_quoted(first[1], False)
    while quoted and len(span) < MAX_RECORD_LINES:
        nxt = lines.next()
        if nxt is None:
            break
        span.append(nxt)
        quoted = _still_quoted(nxt[1], True)
    return span, quoted


def _csv_rows(handle: IO[bytes]) -> Iterator[Row]:
    encoding, text = _text(handle)
    lines, header = _Lines(text), None
    while (item := lines.next()) is not None:
        n, line = item
        if header is None:
            if line.strip() and not line.startswith("#"):  # notices only before the header
                header = [h.strip() for h in _fields(line)]
                if "name" not in header:
                    raise InvalidInput(
                        f"line {n}: the header must name a 'name' column",
                        message_ja=f"{n}行目: 見出し行に name 列が必要です。",
                    )
            continue
        if not line.strip():
            continue
        span, quoted = _record(lines, item)
        try:
            fields = None if quoted else _fields("".join(text for _, text in span))
        except csv.Error as exc:
            yield n, {"__error__": f"not valid CSV ({exc})"}
            continue
        if fields is None or (len(span) > 1 and not _plausible(fields, header)):
            yield n, {"__error__": UNCLOSED_QUOTE}
            lines.push_back(span[1:])
        elif any("\ufffd" in f for f in fields):
            yield n, {"__error__": f"this row is not valid {encoding} text"}
        elif len(fields) > len(header):
            yield n, {"__error__": "more values than header columns"}
        else:
            yield n, dict(zip(header, fields, strict=False))
    if header is None:
        raise InvalidInput("the file is empty: it needs a header row with a 'name' column")


def _plausible(fields: list[str], header: list[str]) -> bool:
    # A value spanning lines is real only if the row still has the header's shape and
    # the line break is not inside the name or the country (a stray quote's usual victims).
    row = dict(zip(header, fields, strict=False))
    return len(fields) == len(header) and not any(
        "\n" in row.get(k, "") or "\r" in row.get(k, "") for k in ("name", "country")
    )


def _json_rows(handle: IO[bytes], lines: bool) -> Iterator[Row]:
    _, text = _text(handle)
    if lines:
        for n, line in enumerate(text, start=1):
            if line.strip():
                try:
                    item = json.loads(line)
                except json.JSONDecodeError as exc:
                    yield n, {"__error__": f"not valid JSON ({exc.msg})"}
                    continue
                yield n, item if isinstance(item, dict) else {"__error__": "not a JSON object"}
        return
    try:  # a JSON array is parsed whole: its size is capped by the import byte limit
        payload = json.load(text)
    except json.JSONDecodeError as exc:
        raise InvalidInput(
            f"line {exc.lineno}: not valid JSON ({exc.msg})",
            message_ja=f"{exc.lineno}行目: JSONとして読み取れません。",
        ) from exc
    except RecursionError as exc:
        raise InvalidInput(
            "the JSON is nested too deeply", message_ja="JSONの入れ子が深すぎます。"
        ) from exc
    items = payload.get("buyers") if isinstance(payload, dict) else payload
    if not isinstance(items, list):
        raise InvalidInput(
            "JSON must be an array of buyers or an object with a 'buyers' array",
            message_ja="JSONはバイヤーの配列か、buyers 配列を持つオブジェクトにしてください。",
        )
    for n, item in enumerate(items, start=1):
        yield n, item if isinstance(item, dict) else {"__error__": "not a JSON object"}


def _xlsx_rows(handle: IO[bytes]) -> Iterator[Row]:
    from openpyxl import load_workbook  # the one module that reads spreadsheets

    try:
        sheet = load_workbook(handle, read_only=True, data_only=True).worksheets[0]
    except Exception as exc:  # openpyxl raises many types for a broken file
        raise InvalidInput(
            f"not a readable XLSX workbook ({type(exc).__name__})",
            message_ja="XLSXファイルとして読み取れません。Excelで保存し直して送ってください。",
        ) from exc
    header: list[str] | None = None
    for n, row in enumerate(sheet.iter_rows(values_only=True), start=1):
        cells = list(row)
        if not any(c not in (None, "") for c in cells):
            continue
        if header is None:
            if not str(cells[0] or "").startswith("#"):  # notices only before the header
                header = [str(c or "").strip() for c in cells]
                if "name" not in header:
                    raise InvalidInput(
                        f"row {n}: the header must name a 'name' column",
                        message_ja=f"{n}行目: 見出し行に name 列が必要です。",
                    )
            continue
        yield n, dict(zip(header, cells, strict=False))
    if header is None:
        raise InvalidInput("the workbook is empty: it needs a header row with a 'name' column")


def read_rows(handle: IO[bytes], fmt: str) -> Iterator[Row]:
    """(line or item number, raw record) for each row of an open binary file."""
    if fmt == "csv":
        return _csv_rows(handle)
    if fmt in ("json", "jsonl"):
        return _json_rows(handle, fmt == "jsonl")
    if fmt == "xlsx":
        return _xlsx_rows(handle)
    raise InvalidInput(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")
