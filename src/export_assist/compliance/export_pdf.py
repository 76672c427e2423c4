"""The checklist as a PDF document: a summary, then one table per destination with a tick
box per requirement, repeated headers across pages, citations as links, page numbers;
Japanese or English; every font embedded (documents/fonts.py)."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer, Table

from export_assist.compliance.export_labels import (
    ExportLang,
    Labels,
    destination,
    inferred_line,
    kinds_line,
)
from export_assist.documents.fonts import FontBook
from export_assist.documents.pdfkit import BudgetedDoc, Writer, grid
from export_assist.domain.cardtext import (
    authority_in,
    documents_in,
    lead_time_in,
    legal_basis_in,
    requirement_in,
)
from export_assist.domain.compliance import Checklist, ChecklistItem

_WIDTHS = [11 * mm, 9 * mm, 85 * mm, 22 * mm, 45 * mm, 40 * mm, 26 * mm, 35 * mm]
_RED = "#b00020"


class TickBox(Flowable):  # type: ignore[misc]
    """An empty square to tick by hand (drawn, so no font can turn it into ☒)."""

    def __init__(self, size: float = 3.6 * mm) -> None:
        super().__init__()
        self.size = size

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """The box's own size."""
        return self.size, self.size

    def draw(self) -> None:
        """A thin black square."""
        self.canv.setLineWidth(0.8)
        self.canv.rect(0, 0, self.size, self.size)


def _summary(w: Writer, c: Checklist, lab: Labels) -> Table:
    p, lang = c.product, lab.lang
    counts = {
        s: sum(1 for i in c.items if i.severity == s)
        for s in ("mandatory", "conditional", "recommended")
    }
    inferred = inferred_line(c, lang) or lab("summary.none")
    warnings = c.warnings_ja if lang == "ja" and c.warnings_ja else c.warnings
    rows = [("summary.product", p.description or "—"), ("summary.destination", f"{destination(c, lang)} ({c.destination})"),
            ("summary.hs_code", p.hs_code or lab("summary.not_given")),
            ("summary.categories", kinds_line(p.categories, lang) or lab("summary.none")),
            ("summary.conditions", kinds_line(p.conditions, lang, "condition") or lab("summary.none")), ("summary.inferred", inferred),
            ("summary.counts", " / ".join(f"{lab(f'severity.{k}')} {v}" for k, v in counts.items())),
            ("summary.generated", dt.date.today().isoformat())]  # fmt: skip
    rows += [("summary.warnings", "\n".join(warnings))] if warnings else []
    cells = [[w.para(lab(k), lang, 8, bold=True), w.para(v, lang, 8)] for k, v in rows]
    return Table(cells, colWidths=[60 * mm, 213 * mm], style=grid(w.fonts.base_font(), shade="col"))


def _requirement(w: Writer, item: ChecklistItem, lab: Labels) -> list[Flowable]:
    lang = lab.lang
    out = [w.para(lab.title(item.title, item.title_ja), lang, 8.5, bold=True)]
    if lang == "ja" and item.title_ja:
        out.append(w.para(item.title, "en", 7, color="#555555"))
    text = requirement_in(item, lang)
    out.append(w.para(text, lang if text == item.requirement_ja else "en", 7.5))
    if item.needs_advisor_review:
        ja = lang == "ja" and item.review_reasons_ja
        reasons = ("；" if ja else "; ").join(item.review_reasons_ja if ja else item.review_reasons)
        colon = "：" if lang == "ja" else ": "
        line = f"{lab('review.needed')}{colon + reasons if reasons else ''}"
        out.append(w.para(line, lang, 7, color=_RED))
    return out


def _sources(w: Writer, item: ChecklistItem, lab: Labels) -> list[Flowable]:
    if not item.citations:
        return [w.para(lab("no_source"), lab.lang, 6.5, color=_RED)]
    out = []
    for c in item.citations:
        checked = (
            f" ({lab('columns.verified')} {c.verified_on.isoformat()})" if c.verified_on else ""
        )
        label = c.label(lab.lang) + checked
        out.append(w.para(label, lab.lang, 6.5, link=c.source_url or None))
    return out


def _table(w: Writer, items: list[ChecklistItem], lab: Labels, start: int = 1) -> Table:
    lang = lab.lang
    keys = [
        "done",
        "number",
        "requirement",
        "severity",
        "authority_basis",
        "documents",
        "lead_time",
        "source",
    ]
    head = [w.para(lab(f"columns.{k}"), lang, 7.5, bold=True) for k in keys]
    rows: list[list[Any]] = [head]
    for n, item in enumerate(items, start=start):
        basis = (
            "\n".join(x for x in (authority_in(item, lang), legal_basis_in(item, lang)) if x) or "—"
        )
        lead = lead_time_in(item, lang)
        docs = "\n".join(f"• {d}" for d in documents_in(item, lang)) or "—"
        rows.append([TickBox(), w.para(str(n), "en", 8), _requirement(w, item, lab),
                     w.para(lab(f"severity.{item.severity}"), lang, 7.5, color=_RED if item.severity == "mandatory" else None),
                     w.para(basis, lang, 7), w.para(docs, lang, 7),
                     w.para(lead or "—", lang if lead == item.lead_time_ja else "en", 7), _sources(w, item, lab)])  # fmt: skip
    extra = [("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f6f7f9")])]
    return Table(
        rows, colWidths=_WIDTHS, repeatRows=1, style=grid(w.fonts.base_font(), extra=tuple(extra))
    )


def _story(w: Writer, checklists: Sequence[Checklist], lab: Labels) -> list[Flowable]:
    story: list[Flowable] = []
    for k, c in enumerate(checklists):
        if k:
            story.append(PageBreak())  # between destinations only: no blank last page
        product = c.product.description or c.product.hs_code or ""
        story += [w.para(f"{lab('title')}: {product} → {destination(c, lab.lang)}", lab.lang, 14, bold=True),
                  Spacer(1, 3 * mm), _summary(w, c, lab), Spacer(1, 4 * mm)]  # fmt: skip
        if c.items:
            story.append(_table(w, c.items, lab))
        if c.text_items:
            story += [Spacer(1, 5 * mm), w.para(lab("text_items"), lab.lang, 10, bold=True), Spacer(1, 2 * mm),
                      _table(w, c.text_items, lab, start=len(c.items) + 1)]  # fmt: skip
    return story


def checklists_pdf(
    checklists: Sequence[Checklist], lang: ExportLang = "ja", fonts: FontBook | None = None
) -> bytes:
    """The checklists as one PDF (landscape A4), Japanese or English."""
    fonts, lab = fonts or FontBook(), Labels(lang)
    w = Writer(fonts, where="checklist")
    base = fonts.base_font()

    def footer(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(base, 6.5)
        canvas.setFillColor(colors.HexColor("#555555"))
        canvas.drawString(12 * mm, 7 * mm, lab("disclaimer"))
        canvas.drawRightString(doc.pagesize[0] - 12 * mm, 7 * mm, f"{lab('page')} {doc.page}")
        canvas.restoreState()

    buffer = io.BytesIO()
    doc = BudgetedDoc(buffer, pagesize=landscape(A4), leftMargin=12 * mm, rightMargin=12 * mm, topMargin=12 * mm,
                      bottomMargin=14 * mm, title=lab("title"), lang=lang)  # fmt: skip
    doc.build(_story(w, checklists, lab), font=base, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()
