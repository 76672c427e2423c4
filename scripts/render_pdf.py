"""Render a corpus Markdown document to PDF (our own text), with its metadata sidecar.

    python scripts/render_pdf.py regulations/jp/jp-export-declaration-customs.md

writes `<same name>.pdf` and `<same name>.pdf.yaml` beside it and removes the .md
(the Markdown stays in git history). The corpus keeps a few documents as PDF so that
ingest exercises the PDF path on real content. Japanese text uses ReportLab's built-in
CID font, which carries a /ToUnicode map, so pypdf extracts it again.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from xml.sax.saxutils import escape

import yaml
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

FONT = "HeiseiKakuGo-W5"


def _styles() -> dict[str, ParagraphStyle]:
    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    base = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=15, wordWrap="CJK")
    return {
        "body": base,
        "h1": ParagraphStyle("h1", parent=base, fontSize=16, leading=22, spaceAfter=8),
        "h2": ParagraphStyle("h2", parent=base, fontSize=13, leading=19, spaceBefore=8),
        "h3": ParagraphStyle("h3", parent=base, fontSize=11, leading=17, spaceBefore=6),
        "bullet": ParagraphStyle("bullet", parent=base, leftIndent=14, bulletIndent=4),
    }


def _inline(text: str) -> str:
    text = escape(text)
    text = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", text)
    return re.sub(r"\[([^\]]+)\]\(([^)]+)\)", r"\1 (\2)", text)


def render(md_path: Path) -> Path:
    """Write the PDF and the sidecar; return the PDF path."""
    text = md_path.read_text(encoding="utf-8")
    _, front, body = text.split("---", 2)
    meta = yaml.safe_load(front)
    styles = _styles()
    story: list[object] = []
    for line in body.strip().split("\n"):
        stripped = line.strip()
        if not stripped:
            story.append(Spacer(1, 4))
        elif stripped.startswith("#"):
            level = min(len(stripped) - len(stripped.lstrip("#")), 3)
            story.append(Paragraph(_inline(stripped.lstrip("# ")), styles[f"h{level}"]))
        elif re.match(r"^([-*]|\d+\.)\s", stripped):
            item = re.sub(r"^([-*]|\d+\.)\s+", "", stripped)
            story.append(Paragraph(_inline(item), styles["bullet"], bulletText="•"))
        else:
            story.append(Paragraph(_inline(stripped), styles["body"]))
    pdf_path = md_path.with_suffix(".pdf")
    doc = SimpleDocTemplate(
        str(pdf_path), pagesize=A4, title=meta.get("title", ""), author="export-assist corpus"
    )
    doc.build(story)
    sidecar = pdf_path.with_name(pdf_path.name + ".yaml")
    sidecar.write_text(
        "# Metadata of the PDF beside this file (see docs/corpus-format.md).\n"
        + yaml.safe_dump(meta, allow_unicode=True, sort_keys=False),
        encoding="utf-8",
    )
    md_path.unlink()
    return pdf_path


def main() -> None:
    """Render each Markdown file given on the command line."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("files", nargs="+", type=Path)
    args = parser.parse_args()
    for path in args.files:
        if path.suffix != ".md":
            sys.exit(f"{path}: expected a Markdown file")
        print(render(path))


if __name__ == "__main__":
    main()
