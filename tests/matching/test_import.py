"""Import/export of the directory: validation with line numbers, de-duplication, formats."""

from __future__ import annotations

import io
import json

import pytest
from openpyxl import Workbook

from export_assist.errors import InvalidInput
from export_assist.matching.directory import BuyerDirectory
from export_assist.matching.io import detect_format, export_buyers, import_buyers
from export_assist.matching.models import FICTITIOUS_NOTICE
from export_assist.matching.sample import generate
from export_assist.matching.scope import PUBLIC, BuyerScope

CSV = """name,country,city,buyer_type,product_codes,interests,certifications_required,order_min_usd,order_max_usd
Sakura Foods Inc.,US,Los Angeles,importer,0902;2103,green tea; soy sauce,HACCP,1000,50000
Nordic Tea AB,SE,Stockholm,distributor,0902,tea,,,
Bad Country Ltd,XX,Nowhere,importer,0902,tea,,,
Bad Code Ltd,US,Austin,importer,09021A,tea,,,
Bad Type Ltd,US,Austin,broker,0902,tea,,,
Bad Range Ltd,US,Austin,importer,0902,tea,,5000,100
SAKURA FOODS INCORPORATED,US,San Diego,importer,0902,green tea,,,
"""

OPERATOR = BuyerScope.operator()


def test_csv_import_reports_every_rejected_row_with_line_and_reason(
    directory: BuyerDirectory,
) -> None:
    report = import_buyers(directory, CSV.encode(), "csv", owner=PUBLIC)
    assert report.rows == 7
    assert (report.created, report.updated, report.duplicates_in_file) == (2, 0, 1)
    reasons = {r.line: r.reason for r in report.rejected}
    assert set(reasons) == {4, 5, 6, 7}
    assert "Unknown country code 'XX'" in reasons[4]
    assert "2 to 10 digits" in reasons[5]
    assert "buyer_type" in reasons[6]
    assert "order_min_usd is larger" in reasons[7]
    # The in-file duplicate (same name after legal-form folding) won: the later row's city.
    total, items = directory.page(OPERATOR, country="US")
    assert total == 1 and items[0].city == "San Diego"


def test_reimport_updates_instead_of_duplicating(directory: BuyerDirectory) -> None:
    import_buyers(directory, CSV.encode(), "csv", owner=PUBLIC)
    again = import_buyers(
        directory, CSV.replace("Stockholm", "Malmö").encode(), "csv", owner=PUBLIC
    )
    assert (again.created, again.updated) == (0, 2)
    assert directory.count() == 2
    _, items = directory.page(OPERATOR, country="SE")
    assert items[0].city == "Malmö"


def test_json_and_jsonl_imports(directory: BuyerDirectory) -> None:
    payload = [
        {"name": "Kimchi Mart", "country": "KR", "interests": ["rice"], "product_codes": ["1006"]},
        {"name": "", "country": "KR"},
        "not an object",
    ]
    report = import_buyers(directory, json.dumps(payload).encode(), "json", owner=PUBLIC)
    assert report.created == 1
    assert [r.line for r in report.rejected] == [2, 3]
    lines = '{"name": "A Co", "country": "FR"}\n{broken\n'
    report = import_buyers(directory, lines.encode(), "jsonl", owner=PUBLIC)
    assert report.created == 1 and report.rejected[0].line == 2
    assert "not valid JSON" in report.rejected[0].reason


def test_xlsx_import_with_row_numbers(directory: BuyerDirectory) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["# a comment row"])
    sheet.append(["name", "country", "product_codes", "order_min_usd"])
    sheet.append(["Wiener Feinkost GmbH", "AT", "2103", 500])
    sheet.append(["No Country GmbH", None, "2103", None])
    buf = io.BytesIO()
    book.save(buf)
    report = import_buyers(directory, buf.getvalue(), "xlsx", owner=PUBLIC)
    assert report.created == 1
    assert report.rejected[0].line == 4 and "country" in report.rejected[0].reason


@pytest.mark.parametrize(
    ("data", "fmt", "message"),
    [
        (b"\x00\x01garbage", "xlsx", "not a readable XLSX"),
        (b"[1, 2", "json", "line 1: not valid JSON"),
        (b'{"rows": []}', "json", "array of buyers"),
        (b"country,city\nUS,NYC\n", "csv", "'name' column"),
    ],
)
def test_malformed_files_are_clear_errors(
    directory: BuyerDirectory, data: bytes, fmt: str, message: str
) -> None:
    with pytest.raises(InvalidInput, match=message):
        import_buyers(directory, data, fmt, owner=PUBLIC)


def test_unknown_extension_is_rejected() -> None:
    with pytest.raises(InvalidInput, match=r"\.csv, \.json"):
        detect_format("buyers.txt")


@pytest.mark.parametrize("fmt", ["csv", "json", "xlsx"])
def test_export_roundtrip_keeps_the_fictitious_notice(directory: BuyerDirectory, fmt: str) -> None:
    directory.upsert_many(generate(30, seed=7), owner=PUBLIC)
    data = export_buyers(directory.all(OPERATOR), fmt)
    if fmt != "xlsx":
        assert FICTITIOUS_NOTICE in data.decode()
    report = import_buyers(directory, data, fmt, owner=PUBLIC)
    assert report.ok, report.rejected
    assert (report.created, report.updated) == (0, 30)
    assert all(b.fictitious for b in directory.all(OPERATOR))
