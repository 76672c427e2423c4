"""Build small PDFs for tests with ReportLab (real files, real pypdf extraction)."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas


def make_pdf(path: Path, pages: list[str], garbage_pages: tuple[int, ...] = ()) -> Path:
    """One page per text (Japanese works through a CID font); pages listed in
    garbage_pages get glyph codes without a Unicode mapping, as a font without
    /ToUnicode produces."""
    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiKakuGo-W5"))
    pdf = canvas.Canvas(str(path), pagesize=A4)
    for number, text in enumerate(pages, start=1):
        if number in garbage_pages:
            pdf.setFont("Helvetica", 12)
            codes = "".join("\\%03o" % (i % 25 + 1) for i in range(120))
            pdf._code.append(f"BT /F1 12 Tf 72 700 Td ({codes}) Tj ET")
        else:
            pdf.setFont("HeiseiKakuGo-W5", 11)
            y = 800
            for line in text.split("\n"):
                pdf.drawString(50, y, line)
                y -= 16
        pdf.showPage()
    pdf.save()
    return path
