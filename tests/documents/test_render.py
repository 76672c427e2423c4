"""A shipment renders to a bilingual PDF + DOCX + XLSX set with the same figures."""

from __future__ import annotations

import re
from pathlib import Path

import docx
import openpyxl
import pypdf
import pytest

from export_assist.documents.fonts import FontBook
from export_assist.documents.models import Shipment
from export_assist.documents.service import DocumentService

FIGURES = [
    "INV-2025-0142",
    "0902.10",
    "6911.10",
    "1,200",
    "7,800.00",
    "7,840.00",
    "2,520.00",
    "18,160.00",
]


def _pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(path).pages)


def test_pdf_and_docx_carry_both_languages_and_the_same_figures(
    shipment: Shipment, service: DocumentService
) -> None:
    result = service.render(shipment, ["en", "de"], ["pdf", "docx", "xlsx"])
    folder = Path(result.folder)
    assert result.report.ok
    assert len(result.files) == 2 * (5 * 2 + 1)
    for lang, title in (("en", "Commercial Invoice"), ("de", "Handelsrechnung")):
        pdf = _pdf_text(folder / f"commercial_invoice.{lang}.pdf")
        word = "\n".join(
            p.text
            for p in docx.Document(str(folder / f"commercial_invoice.{lang}.docx")).paragraphs
        )
        word += "\n".join(
            c.text
            for t in docx.Document(str(folder / f"commercial_invoice.{lang}.docx")).tables
            for r in t.rows
            for c in r.cells
        )
        for text in (pdf, word):
            assert "商業送り状" in text and title in text
            assert "煎茶" in text
            for figure in FIGURES:
                assert figure in text, (lang, figure)
    assert "Sencha Grüntee" in _pdf_text(folder / "commercial_invoice.de.pdf")
    assert "Frei an Bord" in _pdf_text(folder / "commercial_invoice.de.pdf")


def test_origin_statement_uses_agreement_wording(
    shipment: Shipment, service: DocumentService
) -> None:
    result = service.render(shipment, ["en"], ["pdf"])
    text = _pdf_text(Path(result.folder) / "origin_statement.en.pdf")
    assert "preferential origin" in text and "1234567890123" in text
    assert "特恵原産品" in text and "Annex 3-D" in text
    assert re.search(r"0902\.10\s+JP\s+A", text), "criterion WO prints as the agreement's code A"


def test_packing_list_spreadsheet_has_numbers(shipment: Shipment, service: DocumentService) -> None:
    result = service.render(shipment, ["en"], ["xlsx"])
    assert [f.name for f in result.files] == ["packing_list.en.xlsx"]
    ws = openpyxl.load_workbook(Path(result.folder) / "packing_list.en.xlsx").active
    values = [c.value for row in ws.iter_rows() for c in row if c.value is not None]
    assert 120.0 in values and "0902.10" in values and any("包装明細書" in str(v) for v in values)


def test_untranslated_free_text_is_marked(shipment: Shipment, service: DocumentService) -> None:
    result = service.render(shipment, ["en"], ["pdf"])
    assert result.not_translated > 0, "the cover letter needs MT; with no backend it stays Japanese"
    text = _pdf_text(Path(result.folder) / "cover_letter.en.pdf")
    assert "[not translated]" in text and "Cover Letter" in text


@pytest.mark.parametrize(
    ("lang", "sample"),
    [
        ("th", "รายการบรรจุหีบห่อ"),
        ("vi", "Phiếu đóng gói"),
        ("zh-Hans", "装箱单"),
        ("ko", "포장명세서"),
    ],
)
def test_asian_languages_render_readable_text(
    shipment: Shipment, service: DocumentService, lang: str, sample: str
) -> None:
    result = service.render(shipment, [lang], ["pdf"])
    assert result.warnings == []
    assert sample in _pdf_text(Path(result.folder) / f"packing_list.{lang}.pdf")


def test_missing_thai_font_warns_instead_of_tofu(
    monkeypatch: pytest.MonkeyPatch, shipment: Shipment, service: DocumentService
) -> None:
    import export_assist.documents.fonts as fonts

    monkeypatch.setattr(fonts, "packaged_ttf", lambda: None)
    result = service.render(shipment, ["th"], ["pdf"])
    assert any("Thai script text cannot be printed" in w for w in result.warnings)
    assert "[Thai script text not printable]" in _pdf_text(
        Path(result.folder) / "packing_list.th.pdf"
    )


def test_runs_pick_a_font_per_script() -> None:
    book = FontBook()
    assert [p for p, _ in book.runs("本船渡し (Free On Board) ส่งมอบ", "ja")] == ["jp", "sarabun"]
    assert [p for p, _ in book.runs("装箱单 포장명세서", "zh-Hans")] == ["sc", "kr"]
    assert [p for p, _ in book.runs("שלום", "en")] == [None]
