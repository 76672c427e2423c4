"""The checklist PDF is a document (a table with tick boxes, headers repeated, ja or en,
embedded fonts, no raw Markdown, no blank last page) and the XLSX a working tracker
(issue 12)."""

from __future__ import annotations

import io
import re

import pytest
from fastapi.testclient import TestClient
from openpyxl import load_workbook
from pypdf import PdfReader

from export_assist.api.app import create_app
from export_assist.compliance.export_xlsx import COLUMNS
from export_assist.container import Container
from export_assist.domain.compliance import Checklist
from tests.documents.test_fonts import ink_without_system_fonts, unembedded_fonts

BODY = {
    "product": "Bluetooth speaker, rechargeable battery",
    "hs_code": "851822",
    "destinations": ["DE"],
}


@pytest.fixture(scope="module")
def client(compliance_container: Container) -> TestClient:
    return TestClient(create_app(container=compliance_container))


@pytest.fixture(scope="module")
def checklist(client: TestClient) -> Checklist:
    return Checklist.model_validate(
        client.post("/v1/checklists", json=BODY).json()["checklists"][0]
    )


@pytest.mark.parametrize(
    ("lang", "header", "severity"), [("ja", "要件", "必須"), ("en", "Requirement", "Mandatory")]
)
def test_pdf_is_a_table_in_the_chosen_language(
    client: TestClient,
    checklist: Checklist,
    tmp_path: object,
    lang: str,
    header: str,
    severity: str,
) -> None:
    pdf = client.post(f"/v1/checklists?format=pdf&language={lang}", json=BODY).content
    path = tmp_path / "c.pdf"  # type: ignore[operator]
    path.write_bytes(pdf)
    reader = PdfReader(path)
    pages = [p.extract_text() for p in reader.pages]
    text = "\n".join(pages)
    assert header in text and severity in text and "**" not in text
    assert pages[-1].strip(), "the last page is not blank"
    assert unembedded_fonts(path) == set()
    boxes = sum(len(re.findall(rb"\bre\b", p.get_contents().get_data())) for p in reader.pages)
    assert boxes >= len(checklist.items) + len(checklist.text_items), "one drawn tick box per item"
    assert any(
        "/URI" in str(a.get_object().get("/A", {}))
        for p in reader.pages
        for a in p.get("/Annots", [])
    ), "sources are links"


def test_japanese_pdf_reads_without_system_fonts(client: TestClient, tmp_path: object) -> None:
    pdf = client.post(
        "/v1/checklists?format=pdf&language=ja",
        json={**BODY, "product": "ブルートゥーススピーカー 電池内蔵"},
    ).content
    assert "ブルートゥース" in PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert ink_without_system_fonts(pdf, tmp_path / "r") > 3000  # type: ignore[operator]


@pytest.mark.parametrize(
    ("lang", "sheet", "status"),
    [("ja", "DE ドイツ", "未着手"), ("en", "DE Germany", "Not started")],
)
def test_xlsx_is_a_working_tracker(
    client: TestClient, checklist: Checklist, lang: str, sheet: str, status: str
) -> None:
    book = load_workbook(
        io.BytesIO(client.post(f"/v1/checklists?format=xlsx&language={lang}", json=BODY).content)
    )
    ws = book[sheet]
    header = [c.value for c in ws[1]]
    assert (
        len(header) == len(COLUMNS)
        and header[1] in ("状態", "Status")
        and header[3] in ("期限", "Due date")
    )
    assert ws.freeze_panes == "E2" and ws.auto_filter.ref == f"A1:Q{ws.max_row}"
    assert ws.column_dimensions["E"].width == 42
    assert [c.value for c in ws["B"][1:]] == [status] * (ws.max_row - 1)
    assert {v.formula1.strip('"').split(",")[0] for v in ws.data_validations.dataValidation} >= {
        status
    }
    values = {str(c.value) for row in ws.iter_rows() for c in row if c.value is not None}
    assert not any(i.requirement_id in values for i in checklist.items), "no internal ids"
    links = [c.hyperlink.target for c in ws["M"][1:] if c.hyperlink]
    assert links and all(u.startswith("https://") for u in links)


def test_xlsx_text_is_never_a_formula(checklist: Checklist) -> None:
    from export_assist.compliance.export_xlsx import checklists_xlsx

    hostile = checklist.model_copy(deep=True)
    hostile.items[0].title = '=HYPERLINK("http://example.invalid","x")'
    hostile.items[0].authority = "@SUM(1+1)\x07"
    ws = load_workbook(io.BytesIO(checklists_xlsx([hostile], "en")))["DE Germany"]
    assert ws["E2"].data_type == "s" and ws["E2"].value == "'" + hostile.items[0].title
    assert ws["I2"].data_type == "s" and ws["I2"].value == "'@SUM(1+1)"


def test_japanese_exports_show_lead_time_basis_kinds_and_review_in_japanese(
    client: TestClient, tmp_path: object
) -> None:
    """ja PDF/XLSX: lead time, legal basis, kinds of goods and the review line from the
    cards' and the engine's Japanese fields; no English left for these."""
    pdf = client.post("/v1/checklists?format=pdf&language=ja", json=BODY).content
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    flat = re.sub(r"\s+", "", text)
    for japanese in ("4〜8週間（目安）", "指令2014/53/EU（無線機器指令）", "電気・電子製品、無線機器、電池",
                     "電波を発する", "キーワード「bluetooth」", "⚠要確認：出典の資料が「要確認」とされています"):  # fmt: skip
        assert japanese in flat, japanese
    for english in (
        "estimate",
        "needs_review",
        "keyword",
        "radio,",
        "emits_radio",
        "source document",
    ):
        assert english not in text, english
    book = load_workbook(
        io.BytesIO(client.post("/v1/checklists?format=xlsx&language=ja", json=BODY).content)
    )
    rows = {r[4]: r for r in book["DE ドイツ"].iter_rows(min_row=2, values_only=True)}
    red = rows["無線機器指令の適合性評価とCEマーク"]
    assert (red[9], red[11]) == ("指令2014/53/EU（無線機器指令）", "4〜8週間（目安）")
    assert "出典の資料が「要確認」とされています" in {r[15] for r in rows.values()}
    # the sources by their documents' Japanese titles (title_ja), the English in English
    assert "EU無線機器指令(テスト用)" in red[12] and "(fixture)" not in red[12]
    assert "EU無線機器指令(テスト用)" in flat
    english = client.post("/v1/checklists?format=xlsx&language=en", json=BODY).content
    red_en = next(
        r
        for r in load_workbook(io.BytesIO(english))["DE Germany"].iter_rows(values_only=True)
        if r[4] == "Radio Equipment Directive conformity and CE marking"
    )
    assert (red_en[9], red_en[11]) == ("Directive 2014/53/EU", "4-8 weeks (estimate)")
    assert "EU Radio Equipment Directive (fixture)" in red_en[12] and "テスト用" not in red_en[12]
