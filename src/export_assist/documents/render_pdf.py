"""Bilingual PDF with ReportLab: Japanese above, the buyer's language below, same figures,
every font embedded (fonts.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table

from export_assist.documents.fonts import FontBook
from export_assist.documents.pdfkit import DEFAULT_BUDGET_S, BudgetedDoc, Writer, grid
from export_assist.documents.view import Bi, Cell, DocView


class PdfRenderer:
    """Render DocViews to PDF within a time budget."""

    def __init__(self, fonts: FontBook, budget_s: float = DEFAULT_BUDGET_S) -> None:
        self.fonts = fonts
        self.budget_s = budget_s

    def render(self, view: DocView, path: Path) -> Path:
        """Write one document to path."""
        w = Writer(self.fonts, where=f"{view.kind.replace('_', ' ')} ({view.lang})")
        doc = BudgetedDoc(str(path), pagesize=A4, leftMargin=12 * mm, rightMargin=12 * mm,
                          topMargin=12 * mm, bottomMargin=12 * mm, budget_s=self.budget_s,
                          title=f"{view.title.tgt} / {view.title.ja}", lang=view.lang)  # fmt: skip
        story: list[Any] = [*_bi(w, view.title, view.lang, 14, bold=True), Spacer(1, 4 * mm)]
        if view.meta:
            story += [_pairs(w, view.meta, view.lang), Spacer(1, 3 * mm)]
        if view.parties:
            cells = [[_bi(w, label, view.lang) for label, _ in view.parties],
                     [w.para("\n".join(lines), view.lang) for _, lines in view.parties]]  # fmt: skip
            story += [Table(cells, style=grid(w.fonts.base_font())), Spacer(1, 3 * mm)]
        if view.body_first:
            story += self._paragraphs(w, view)
        if view.columns:
            head = [_bi(w, c, view.lang, 7, bold=True) for c in view.columns]
            body = [[_cell(w, c, view.lang, 7) for c in row] for row in view.rows]
            story += [
                Table([head, *body], style=grid(w.fonts.base_font()), repeatRows=1),
                Spacer(1, 3 * mm),
            ]
        if view.totals:
            story += [_pairs(w, view.totals, view.lang), Spacer(1, 3 * mm)]
        if not view.body_first:
            story += self._paragraphs(w, view)
        story += [w.para(n, "en", 7, color="#555555") for n in view.notes]
        doc.build(story, font=self.fonts.base_font())
        return path

    @staticmethod
    def _paragraphs(w: Writer, view: DocView) -> list[Flowable]:
        out: list[Flowable] = []
        for paragraph in view.paragraphs:
            out += [*_lines(w, paragraph, view.lang), Spacer(1, 3 * mm)]
        return out


def _bi(w: Writer, text: Bi, lang: str, size: float = 8, *, bold: bool = False) -> list[Flowable]:
    """Japanese, then the buyer's language (each wrapped the way its script wants)."""
    out = [w.para(text.ja, "ja", size, bold=bold)]
    if text.tgt != text.ja or text.note:
        out.append(w.para(text.tgt, lang, size, bold=bold))
    return out + _note(w, text, lang, size)


def _cell(w: Writer, cell: Cell, lang: str, size: float = 8) -> list[Flowable]:
    if isinstance(cell, Bi):
        return _bi(w, cell, lang, size)
    return [w.para(cell, lang, size)]


def _lines(w: Writer, text: Bi, lang: str) -> list[Flowable]:
    """A long paragraph as one flowable per line, so it can break across pages."""
    out: list[Flowable] = [*w.paras(text.ja, "ja")]
    if text.tgt != text.ja or text.note:
        out.append(Spacer(1, 2 * mm))
        out += w.paras(text.tgt, lang)
    return out + _note(w, text, lang, 9)


def _note(w: Writer, text: Bi, lang: str, size: float) -> list[Flowable]:
    """The untranslated mark, in Japanese and in the buyer's language (each in its font)."""
    if not text.note:
        return []
    marks = [(text.note_ja, "ja")] if text.note_ja and text.note_ja != text.note else []
    return [
        w.para(f"[{m}]", script, size, color="red") for m, script in [*marks, (text.note, lang)]
    ]


def _pairs(w: Writer, pairs: list[tuple[Bi, Cell]], lang: str) -> Table:
    rows = [[_bi(w, label, lang), _cell(w, value, lang)] for label, value in pairs]
    return Table(rows, colWidths=[55 * mm, 131 * mm], style=grid(w.fonts.base_font(), shade="col"))
