"""Checklist views: Markdown here; the PDF document (export_pdf.py) and the XLSX tracker
(export_xlsx.py) are re-exported."""

from __future__ import annotations

from collections.abc import Sequence

from export_assist.compliance.export_labels import (
    ExportLang,
    Labels,
    destination,
    inferred_line,
    kinds_line,
)
from export_assist.compliance.export_pdf import checklists_pdf
from export_assist.compliance.export_xlsx import checklists_xlsx
from export_assist.domain.cardtext import (
    authority_in,
    documents_in,
    lead_time_in,
    legal_basis_in,
    requirement_in,
)
from export_assist.domain.compliance import Checklist, ChecklistItem, Comparison

__all__ = [
    "checklist_markdown",
    "checklists_markdown",
    "checklists_pdf",
    "checklists_xlsx",
    "comparison_markdown",
]


def _cite(item: ChecklistItem, lab: Labels) -> str:
    if not item.citations:
        return str(lab("no_source"))
    return "; ".join(
        f"{c.label(lab.lang)} <{c.source_url}>" if c.source_url else c.label(lab.lang)
        for c in item.citations
    )


def _item_lines(n: int, item: ChecklistItem, lab: Labels) -> list[str]:
    lang, ja = lab.lang, lab.lang == "ja"
    colon, sep = ("：", "、") if ja else (": ", ", ")
    flag = f" {lab('review.needed')}" if item.needs_advisor_review else ""
    severity = lab(f"severity.{item.severity}") if ja else item.severity
    reasons = item.review_reasons_ja if ja and item.review_reasons_ja else item.review_reasons
    field = {k: f"- {lab(f'columns.{k}')}{colon}" for k in _FIELDS}
    lines = [
        f"## {n}. {lab.title(item.title, item.title_ja)} [{severity}]{flag}",
        "",
        item.title if ja and item.title_ja else item.title_ja,
        requirement_in(item, lang),
        "",
        field["authority"] + (authority_in(item, lang) or "—"),
        field["legal_basis"] + (legal_basis_in(item, lang) or "—"),
        field["documents"] + (sep.join(documents_in(item, lang)) or "—"),
        field["lead_time"] + (lead_time_in(item, lang) or "—"),
        field["source"] + _cite(item, lab),
    ]
    lines += [field["review_reasons"] + r for r in reasons]
    return lines + [f"  > {q}" for q in item.quotes if q] + [""]


_FIELDS = ("authority", "legal_basis", "documents", "lead_time", "source", "review_reasons")


def checklist_markdown(checklist: Checklist, lang: ExportLang = "en") -> str:
    """One checklist as Markdown in `lang`: header, what was inferred, items, text-only items."""
    p, lab = checklist.product, Labels(lang)
    ja = lang == "ja"
    colon = "：" if ja else ": "
    none = str(lab("summary.none"))
    warnings = checklist.warnings_ja if ja and checklist.warnings_ja else checklist.warnings
    lines = [
        f"# {lab('title')}{colon}{p.description or p.hs_code} → {destination(checklist, lang)}",
        "",
        f"- {lab('summary.hs_code')}{colon}{p.hs_code or lab('summary.not_given')}",
        f"- {lab('summary.categories')}{colon}{kinds_line(p.categories, lang) or none}",
        f"- {lab('summary.conditions')}{colon}{kinds_line(p.conditions, lang, 'condition') or none}",
        f"- {lab('summary.inferred')}{colon}{inferred_line(checklist, lang) or none}",
        "",
    ]
    lines += [f"> {lab('warning')}{colon}{w}" for w in warnings]
    for n, item in enumerate(checklist.items, start=1):
        lines += _item_lines(n, item, lab)
    if checklist.text_items:
        lines += [f"## {lab('text_items')}", ""]
        for item in checklist.text_items:
            lines.append(
                f"- **{item.title}** {_paren(str(lab('from_text')), lab)}{colon}"
                f"{item.requirement} — "
                f"{_cite(item, lab)}"
            )
    return "\n".join(lines).replace("\n\n\n", "\n\n") + "\n"


def checklists_markdown(checklists: Sequence[Checklist], lang: ExportLang = "en") -> str:
    """Several checklists in `lang`, one after another."""
    return "\n---\n\n".join(checklist_markdown(c, lang) for c in checklists)


def comparison_markdown(comparison: Comparison, lang: ExportLang = "en") -> str:
    """Two markets side by side in `lang`, one row per topic."""
    lab = Labels(lang)
    a, b = destination(comparison.a, lang), destination(comparison.b, lang)
    topic = "分野" if lang == "ja" else "topic"
    lines = [
        f"# {comparison.product.description or comparison.product.hs_code}: {a} vs {b}",
        "",
        f"| {topic} | {a} | {b} |",
        "|---|---|---|",
    ]
    for row in comparison.rows:
        if lang == "ja":  # the rows hold English titles: take each side's items in Japanese
            left, right = (_titles_ja(c, row.topic, lab) for c in (comparison.a, comparison.b))
            name = str(lab(f"topics.{row.topic}"))
        else:
            left, right, name = "<br>".join(row.a) or "—", "<br>".join(row.b) or "—", row.topic
        lines.append(f"| {name} | {left} | {right} |")
    return "\n".join(lines) + "\n"


def _paren(text: str, lab: Labels) -> str:
    return f"（{text}）" if lab.lang == "ja" else f"({text})"


def _titles_ja(checklist: Checklist, topic: str, lab: Labels) -> str:
    titles = [
        lab.title(i.title, i.title_ja) + ("" if i.source == "card" else f"（{lab('from_text')}）")
        for i in checklist.items + checklist.text_items
        if i.topic == topic
    ]
    return "<br>".join(titles) or "—"
