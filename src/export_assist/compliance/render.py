"""Checklist views: Markdown, XLSX (openpyxl) and PDF (ReportLab, Japanese CID font)."""

from __future__ import annotations

import io
from collections.abc import Sequence

from reportlab.lib.pagesizes import A4
from reportlab.platypus import Spacer

from export_assist.documents.fonts import FontBook
from export_assist.documents.pdfkit import BudgetedDoc, Writer
from export_assist.domain.compliance import Checklist, ChecklistItem, Comparison

SEVERITY_JA = {"mandatory": "必須", "conditional": "条件付き", "recommended": "推奨"}


def _cite(item: ChecklistItem) -> str:
    if not item.citations:
        return "no passage found"
    return "; ".join(
        f"{c.label()} <{c.source_url}>" if c.source_url else c.label() for c in item.citations
    )


def _inferred(checklist: Checklist) -> str:
    parts = [f"{i.kind} {i.value} ({i.reason})" for i in checklist.product.inferred]
    return ", ".join(parts) or "nothing"


def checklist_markdown(checklist: Checklist) -> str:
    """One checklist as Markdown: header, what was inferred, items, text-only items."""
    p = checklist.product
    lines = [
        f"# Export checklist: {p.description or p.hs_code} → {checklist.destination_name}",
        "",
        f"- HS code: {p.hs_code or 'not given'}",
        f"- Categories: {', '.join(p.categories) or 'none'}; conditions: "
        f"{', '.join(p.conditions) or 'none'}",
        f"- Inferred (correct it if wrong): {_inferred(checklist)}",
        "",
    ]
    lines += [f"> warning: {w}" for w in checklist.warnings]
    for n, item in enumerate(checklist.items, start=1):
        flag = " ⚠ needs advisor review" if item.needs_advisor_review else ""
        lines += [
            f"## {n}. {item.title} [{item.severity}]{flag}",
            "",
            f"{item.title_ja}" if item.title_ja else "",
            item.requirement,
            "",
            f"- Authority: {item.authority or '—'}",
            f"- Legal basis: {item.legal_basis or '—'}",
            f"- Documents: {', '.join(item.documents) or '—'}",
            f"- Lead time: {item.lead_time or '—'}",
            f"- Source: {_cite(item)}",
        ]
        lines += [f"- Why review: {r}" for r in item.review_reasons]
        lines += [f"  > {q}" for q in item.quotes if q]
        lines.append("")
    if checklist.text_items:
        lines += ["## Found only in the regulation text (verify)", ""]
        for item in checklist.text_items:
            lines.append(
                f"- **{item.title}** (from text, verify): {item.requirement} — {_cite(item)}"
            )
    return "\n".join(lines).replace("\n\n\n", "\n\n") + "\n"


def checklists_markdown(checklists: Sequence[Checklist]) -> str:
    """Several checklists, one after another."""
    return "\n---\n\n".join(checklist_markdown(c) for c in checklists)


def comparison_markdown(comparison: Comparison) -> str:
    """Two markets side by side, one row per topic."""
    a, b = comparison.a.destination_name, comparison.b.destination_name
    lines = [
        f"# {comparison.product.description or comparison.product.hs_code}: {a} vs {b}",
        "",
        f"| topic | {a} | {b} |",
        "|---|---|---|",
    ]
    for row in comparison.rows:
        left = "<br>".join(row.a) or "—"
        right = "<br>".join(row.b) or "—"
        lines.append(f"| {row.topic} | {left} | {right} |")
    return "\n".join(lines) + "\n"


_COLUMNS = [
    "destination",
    "id",
    "title",
    "title_ja",
    "severity",
    "topic",
    "requirement",
    "authority",
    "legal_basis",
    "documents",
    "lead_time",
    "source",
    "citations",
    "needs_review",
    "review_reasons",
]


def _row(checklist: Checklist, item: ChecklistItem) -> list[str]:
    return [
        checklist.destination,
        item.requirement_id,
        item.title,
        item.title_ja,
        item.severity,
        item.topic,
        item.requirement,
        item.authority,
        item.legal_basis,
        "; ".join(item.documents),
        item.lead_time,
        "card" if item.source == "card" else "from text, verify",
        _cite(item),
        "yes" if item.needs_advisor_review else "no",
        "; ".join(item.review_reasons),
    ]


def checklists_xlsx(checklists: Sequence[Checklist]) -> bytes:
    """A workbook: one sheet per destination, one row per item."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    book.remove(book.active)
    for checklist in checklists:
        sheet = book.create_sheet(checklist.destination[:31])
        sheet.append(_COLUMNS)
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for item in checklist.items + checklist.text_items:
            sheet.append(_row(checklist, item))
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def checklists_pdf(checklists: Sequence[Checklist], fonts: FontBook | None = None) -> bytes:
    """A PDF in embedded Noto CJK font subsets (readable on a machine without Japanese fonts)."""
    fonts = fonts or FontBook()
    w = Writer(fonts, where="checklist")
    story: list[object] = []
    for checklist in checklists:
        for block in checklist_markdown(checklist).split("\n"):
            text = block.lstrip("#> -").strip().replace("**", "")
            if not text:
                continue
            size = 13 if block.startswith("# ") else 10.5 if block.startswith("## ") else 9
            story.append(w.para(text, "ja", size))
        story.append(Spacer(1, 12))
    buffer = io.BytesIO()
    doc = BudgetedDoc(buffer, pagesize=A4, title="Export checklist")
    doc.build(story, font=fonts.base_font())
    return buffer.getvalue()
