"""Bilingual PDF with ReportLab: Japanese above, the buyer's language below, same figures."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from export_assist.documents.fonts import FontBook, script_runs
from export_assist.documents.view import Bi, Cell, DocView

_GRID = TableStyle(
    [
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.whitesmoke),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
)


class PdfRenderer:
    """Render DocViews to PDF; fonts chosen per language by the FontBook."""

    def __init__(self, fonts: FontBook) -> None:
        self.fonts = fonts

    def _style(self, size: float) -> ParagraphStyle:
        return ParagraphStyle("cell", fontName=self.fonts.font("ja") or "Helvetica", fontSize=size,
                              leading=size * 1.3, wordWrap="CJK")  # fmt: skip

    def _runs(self, text: str, lang: str) -> str:
        """Markup with one <font> per script run, so every glyph comes from a font that has it."""
        out = []
        for script, run in script_runs(text):
            font = self.fonts.font_for(script, lang)
            if font is None:
                out.append(
                    '<font name="Helvetica" color="red">[no font installed for this script]</font>'
                )
                continue
            out.append(f'<font name="{font}">{escape(run).replace(chr(10), "<br/>")}</font>')
        return "".join(out)

    def _bi(self, text: Bi, lang: str, size: float = 8) -> Paragraph:
        note = (
            f' <font name="Helvetica" color="red">[{escape(text.note)}]</font>' if text.note else ""
        )
        markup = f"{self._runs(text.ja, 'ja')}<br/>{self._runs(text.tgt, lang)}{note}"
        return Paragraph(markup, self._style(size))

    def _cell(self, cell: Cell, lang: str, size: float = 8) -> Paragraph:
        if isinstance(cell, Bi):
            return self._bi(cell, lang, size)
        return Paragraph(self._runs(cell, lang), self._style(size))

    def render(self, view: DocView, path: Path) -> Path:
        """Write one document to path."""
        doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=12 * mm, rightMargin=12 * mm,
                                topMargin=12 * mm, bottomMargin=12 * mm, title=f"{view.title.tgt} {view.lang}")  # fmt: skip
        story: list[Any] = [self._bi(view.title, view.lang, 14), Spacer(1, 4 * mm)]
        if view.meta:
            story += [self._pairs(view.meta, view.lang), Spacer(1, 3 * mm)]
        if view.parties:
            cells = [[self._bi(label, view.lang) for label, _ in view.parties],
                     [self._cell("\n".join(lines), view.lang) for _, lines in view.parties]]  # fmt: skip
            story += [Table(cells, style=_GRID), Spacer(1, 3 * mm)]
        if view.columns:
            head = [self._bi(c, view.lang, 7) for c in view.columns]
            body = [[self._cell(c, view.lang, 7) for c in row] for row in view.rows]
            story += [Table([head, *body], style=_GRID, repeatRows=1), Spacer(1, 3 * mm)]
        if view.totals:
            story += [self._pairs(view.totals, view.lang), Spacer(1, 3 * mm)]
        story += [self._bi(p, view.lang, 9) for p in view.paragraphs]
        story += [
            Paragraph(f'<font name="Helvetica">{escape(n)}</font>', self._style(7))
            for n in view.notes
        ]
        doc.build(story)
        return path

    def _pairs(self, pairs: list[tuple[Bi, Cell]], lang: str) -> Table:
        rows = [[self._bi(label, lang), self._cell(value, lang)] for label, value in pairs]
        return Table(rows, colWidths=[55 * mm, 125 * mm], style=_GRID)
