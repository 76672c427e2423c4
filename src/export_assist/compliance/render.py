"""Checklist views: Markdown here; the PDF document (export_pdf.py) and the XLSX tracker
(export_xlsx.py) are re-exported."""

from __future__ import annotations

from collections.abc import Sequence

from export_assist.compliance.export_pdf import checklists_pdf
from export_assist.compliance.export_xlsx import checklists_xlsx
from export_assist.domain.compliance import Checklist, ChecklistItem, Comparison

__all__ = [
    "checklist_markdown",
    "checklists_markdown",
    "checklists_pdf",
    "checklists_xlsx",
    "comparison_markdown",
]

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
