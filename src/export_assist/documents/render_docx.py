"""Bilingual DOCX with python-docx. python-docx cannot embed fonts: we name East Asian
fonts that Windows and Office ship, and Word substitutes an installed one when missing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docx import Document
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

from export_assist.documents.view import Bi, Cell, DocView

EAST_ASIAN = {"ja": "Yu Gothic", "zh-Hans": "Microsoft YaHei", "ko": "Malgun Gothic"}


def _run(paragraph: Any, text: str, lang: str, *, size: float = 9, bold: bool = False) -> None:
    run = paragraph.add_run(text)
    run.font.size = Pt(size)
    run.bold = bold
    fonts = run._element.get_or_add_rPr().get_or_add_rFonts()
    fonts.set(qn("w:eastAsia"), EAST_ASIAN.get(lang, EAST_ASIAN["ja"]))


def _write(paragraph: Any, value: Cell, lang: str, *, size: float = 9, bold: bool = False) -> None:
    if isinstance(value, Bi):
        _run(paragraph, value.ja, "ja", size=size, bold=bold)
        paragraph.add_run().add_break()
        _run(paragraph, value.tgt, lang, size=size, bold=bold)
        if value.note:
            marks = [value.note_ja, value.note] if value.note_ja != value.note else [value.note]
            note = paragraph.add_run(" " + " ".join(f"[{m}]" for m in marks if m))
            note.font.color.rgb = RGBColor(0xC0, 0, 0)
    else:
        _run(paragraph, value, lang, size=size, bold=bold)


def _table(doc: Any, rows: list[list[Cell]], lang: str) -> None:
    if not rows:
        return
    table = doc.add_table(rows=0, cols=max(len(r) for r in rows))
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        cells = table.add_row().cells  # table.cell(r, c) rescans the grid: quadratic
        for c, value in enumerate(row):
            bold = r == 0 and isinstance(value, Bi)
            _write(cells[c].paragraphs[0], value, lang, size=8, bold=bold)


def _paragraphs(doc: Any, view: DocView) -> None:
    for paragraph in view.paragraphs:
        _write(doc.add_paragraph(), paragraph, view.lang, size=10)


def render_docx(view: DocView, path: Path) -> Path:
    """Write one document to a .docx file."""
    doc = Document()
    _write(doc.add_paragraph(), view.title, view.lang, size=16, bold=True)
    _table(doc, [[label, value] for label, value in view.meta], view.lang)
    doc.add_paragraph()
    _table(
        doc,
        [[label for label, _ in view.parties], ["\n".join(lines) for _, lines in view.parties]],
        view.lang,
    )
    if view.body_first:
        _paragraphs(doc, view)
    doc.add_paragraph()
    _table(doc, [list(view.columns), *view.rows] if view.columns else [], view.lang)
    doc.add_paragraph()
    _table(doc, [[label, value] for label, value in view.totals], view.lang)
    if not view.body_first:
        _paragraphs(doc, view)
    for note in view.notes:
        _write(doc.add_paragraph(), note, "en", size=8)
    doc.save(str(path))
    return path
