"""Text that readers see and that names a document or card by its bare id (corpus lint).

Users and advisors read document bodies, titles, Japanese summaries and review notes on
citations, and every text field of a card on a checklist: an id such as
'fr-triman-epr' tells them nothing, so the text must say what the document is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from export_assist.compliance.corpus_meta import CorpusDoc
from export_assist.domain.compliance import RequirementCard

# Card fields a user or advisor reads (answers, checklist, PDF/XLSX, widget, console).
CARD_TEXT_FIELDS = (
    "title",
    "title_ja",
    "requirement",
    "requirement_ja",
    "authority",
    "authority_ja",
    "legal_basis",
    "legal_basis_ja",
    "lead_time",
    "lead_time_ja",
    "documents",
    "documents_ja",
    "review_notes",
)
# Front-matter fields of a document shown with its citations.
DOC_TEXT_FIELDS = ("title", "title_ja", "summary_ja", "review_notes")


def id_pattern(ids: Iterable[str]) -> re.Pattern[str] | None:
    """A pattern for any of the ids as a whole token: not inside a path, a file name or a
    longer id; a full stop that ends a sentence, or Japanese text, still ends the id."""
    names = sorted(set(ids), key=len, reverse=True)
    if not names:
        return None
    alternatives = "|".join(map(re.escape, names))
    word = "A-Za-z0-9_"  # ASCII only: 「…参照」 right after an id must not hide it
    return re.compile(rf"(?<![{word}/.-])({alternatives})(?![{word}/-]|\.[{word}])")


def body_text(text: str) -> str:
    """A Markdown document without its front matter."""
    if text.startswith("---"):
        parts = text.split("\n---", 1)
        return parts[1] if len(parts) > 1 else ""
    return text


def doc_mentions(doc: CorpusDoc, token: re.Pattern[str]) -> list[str]:
    """Messages for ids named in a document's body (other than its own) and shown fields."""
    out = []
    if doc.path.suffix.lower() == ".md":
        body = body_text(doc.path.read_text(encoding="utf-8"))
        for name in sorted(set(token.findall(body)) - {doc.meta.id}):
            out.append(f"body names document id {name!r} (say what it is)")
    for field in DOC_TEXT_FIELDS:
        value = str(getattr(doc.meta, field, "") or "")
        for name in sorted(set(token.findall(value))):
            out.append(f"{field} names id {name!r} (say what it is)")
    return out


def card_mentions(card: RequirementCard, token: re.Pattern[str]) -> list[str]:
    """Messages for document or card ids named in the fields of a card that readers see."""
    out = []
    for field in CARD_TEXT_FIELDS:
        value = getattr(card, field)
        text = "\n".join(value) if isinstance(value, list) else str(value or "")
        for name in sorted(set(token.findall(text))):
            out.append(f"card {card.id!r}: {field} names id {name!r} (say what it is)")
    return out
