"""A shipment renders to a bilingual PDF + DOCX + XLSX set with the same figures."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import docx
import openpyxl
import pypdf
import pytest

from export_assist.documents.fonts import FontBook
from export_assist.documents.models import Shipment
from export_assist.documents.service import DocumentService

FIGURES = {
    "en": ["INV-2025-0142", "0902.10", "6911.10", "1,200", "7,800.00", "7,840.00", "2,520.00",
           "18,160.00", "234 kg", "March 10, 2025"],
    "de": ["INV-2025-0142", "0902.10", "6911.10", "1.200", "7.800,00", "7.840,00", "2.520,00",
           "18.160,00", "234 kg", "10. März 2025"],
}  # fmt: skip


def _pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(path).pages)


def _docx_text(path: Path) -> str:
    document = docx.Document(str(path))
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def test_pdf_and_docx_carry_both_languages_and_the_language_s_number_format(
    shipment: Shipment, service: DocumentService
) -> None:
    result = service.render(shipment, ["en", "de"], ["pdf", "docx", "xlsx"])
    folder = Path(result.folder)
    assert result.report.ok
    assert len(result.files) == 2 * (5 * 2 + 1)
    for lang, title in (("en", "Commercial Invoice"), ("de", "Handelsrechnung")):
        pdf = _pdf_text(folder / f"commercial_invoice.{lang}.pdf")
        word = _docx_text(folder / f"commercial_invoice.{lang}.docx")
        for text in (pdf, word):
            assert "商業送り状" in text and title in text
            assert "煎茶" in text and "2025年3月10日" in text
            for figure in FIGURES[lang]:
                assert figure in text, (lang, figure)
    german = _pdf_text(folder / "commercial_invoice.de.pdf")
    assert "Sencha Grüntee" in german and "Frei an Bord" in german and "Deutschland" in german
    assert "7,800.00" not in german and "234.000" not in german


def test_example_renders_complete_english_and_german_without_any_model(
    shipment: Shipment, service: DocumentService
) -> None:
    assert (
        service.translation.available("ja", "en") == []
        and service.translation.available("ja", "de") == []
    )
    result = service.render(shipment, ["en", "de"], ["pdf", "docx"])
    assert result.not_translated == 0 and result.translation_violations == []
    for f in result.files:
        path = Path(result.folder) / f.name
        text = _pdf_text(path) if f.format == "pdf" else _docx_text(path)
        assert "[not translated]" not in text and "not translated" not in text, f.name
    letter = _pdf_text(Path(result.folder) / "cover_letter.de.pdf")
    assert "Sehr geehrte Damen und Herren" in letter and "20. März 2025" in letter
    assert "Please find enclosed" in _pdf_text(Path(result.folder) / "cover_letter.en.pdf")


def test_origin_statement_uses_the_agreement_s_own_wording(
    shipment: Shipment, service: DocumentService
) -> None:
    result = service.render(shipment, ["en", "de", "es"], ["pdf"])
    folder = Path(result.folder)
    en = " ".join(_pdf_text(folder / "origin_statement.en.pdf").split())
    assert "these products are of Japan preferential origin" in en and "1234567890123" in en
    assert "特恵に係る原産地であることを申告する" in en and "Annex 3-D" in en
    assert re.search(r"0902\.10\s+JP\s+A", en), "criterion WO prints as the agreement's code A"
    de = " ".join(_pdf_text(folder / "origin_statement.de.pdf").split())
    assert "der Waren, auf die sich dieses Handelspapier bezieht, erklärt" in de
    es = " ".join(_pdf_text(folder / "origin_statement.es.pdf").split())
    assert "preferential origin" in es and "legal text is not machine-translated" in es
    assert result.not_translated == 0 or "origin" not in str(result.translation_violations)


def test_packing_list_spreadsheet_has_numbers(shipment: Shipment, service: DocumentService) -> None:
    result = service.render(shipment, ["en"], ["xlsx"])
    assert [f.name for f in result.files] == ["packing_list.en.xlsx"]
    ws = openpyxl.load_workbook(Path(result.folder) / "packing_list.en.xlsx").active
    values = [c.value for row in ws.iter_rows() for c in row if c.value is not None]
    assert 120.0 in values and "0902.10" in values and any("包装明細書" in str(v) for v in values)


def test_users_own_free_text_is_marked_and_counted_without_a_model(
    shipment_data: dict[str, Any], service: DocumentService
) -> None:
    shipment_data["letter_ja"] = "今回は新しいパッケージでお届けします。"
    shipment_data["payment_note"] = "送金手数料は買主負担"
    result = service.render(Shipment.model_validate(shipment_data), ["en"], ["pdf"])
    assert result.not_translated == 2
    assert {f.source for f in result.free_texts} == {
        shipment_data["letter_ja"],
        shipment_data["payment_note"],
    }
    text = _pdf_text(Path(result.folder) / "cover_letter.en.pdf")
    assert "[not translated]" in text and "Please find enclosed" in text


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
    # the space between them prints in a font that has one (sc and kr hold no space)
    assert [p for p, _ in book.runs("装箱单 포장명세서", "zh-Hans")] == ["sc", "jp", "kr"]
    assert [p for p, _ in book.runs("שלום", "en")] == [None]


@pytest.mark.parametrize(
    ("lang", "name"), [("fr", "en anglais, non traduit"), ("th", "ภาษาอังกฤษ ยังไม่ได้แปล")]
)
def test_a_line_without_a_translation_falls_back_to_its_english_once(
    shipment: Shipment, service: DocumentService, lang: str, name: str
) -> None:
    """s5 trial D2: fr/th printed the Japanese description twice plus [not translated]."""
    assert service.translation.available("ja", lang) == []
    result = service.render(shipment, [lang], ["pdf", "docx"])
    lines = len(shipment.lines)
    assert result.not_translated == lines
    for f in result.files:
        if not f.name.startswith("commercial_invoice."):
            continue
        path = Path(result.folder) / f.name
        text = " ".join((_pdf_text(path) if f.format == "pdf" else _docx_text(path)).split())
        assert text.count("Sencha green tea, organic, 100 g bags") == 1, f.name
        assert text.count("煎茶（緑茶、有機、100g袋入り）") == 1, f.name
        # marked for the exporter in Japanese and for the buyer in the buyer's language
        assert text.count("[英語のまま・未翻訳]") == lines, f.name
        assert text.count(f"[{name}]") == lines, f.name
        assert "not translated" not in text, f.name


def test_a_yen_invoice_prints_whole_yen(
    shipment_data: dict[str, Any], service: DocumentService
) -> None:
    """s11 trial: a JPY invoice read 「2.500,00 / JPY 1.000.000,00」; yen has no minor unit
    (ISO 4217), so amounts print without decimals, and a fraction of a yen is kept."""
    shipment_data["currency"] = "JPY"
    prices = [2500, 0.35, 12000]  # 1200 x 2,500 = 3,000,000; 800 x 0.35 = 280
    for line, price in zip(shipment_data["lines"], prices, strict=True):
        line["unit_price"] = price
    shipment_data["totals"]["amount"] = 3000000 + 280 + 60 * 12000
    shipment_data.pop("payment_split")
    result = service.render(Shipment.model_validate(shipment_data), ["en"], ["pdf"])
    assert result.report.ok
    text = _pdf_text(Path(result.folder) / "commercial_invoice.en.pdf")
    assert "2,500" in text and "3,000,000" in text and "JPY 3,720,280" in text
    assert "\n0.35\n" in text and "\n280\n" in text  # a fraction of a yen is not rounded away
    assert "2,500.00" not in text and "3,000,000.00" not in text and "3,720,280.00" not in text
