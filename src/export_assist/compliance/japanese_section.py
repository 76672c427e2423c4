"""Lint of the Japanese key points of an English document (`## 要点（日本語）`): the
section is Japanese, names no number the rest of the document does not (a translation adds
no regulation number, date, fee or duration), and keeps the document's review mark 「要確認」."""

from __future__ import annotations

import re

from export_assist.compliance.card_japanese import has_japanese, numbers
from export_assist.domain.corpus import DocumentMeta

# The heading as written (full-width brackets) or as NFKC leaves it after ingest.
HEADING = re.compile(r"^##[ \t]+要点[（(]日本語[）)][ \t]*$", re.MULTILINE)
_NEXT_HEADING = re.compile(r"^#{1,2}[ \t]", re.MULTILINE)
REVIEW_MARK = "要確認"


def split_section(text: str) -> tuple[str, str] | None:
    """(the Japanese key points, the rest of the file) or None when it has no such section."""
    head = HEADING.search(text)
    if head is None:
        return None
    end = _NEXT_HEADING.search(text, head.end())
    stop = end.start() if end else len(text)
    return text[head.end() : stop], text[: head.start()] + text[stop:]


def section_findings(text: str, meta: DocumentMeta) -> list[str]:
    """What is wrong with the document's Japanese key points (nothing when it has none)."""
    parts = split_section(text)
    if parts is None:
        return []
    section, rest = parts
    if len(HEADING.findall(text)) > 1:
        return ["more than one '## 要点（日本語）' section"]
    if not has_japanese(section):
        return ["the '## 要点（日本語）' section holds no Japanese"]
    out = []
    extra = sorted(numbers(section) - numbers(rest), key=int)
    if extra:
        out.append(
            f"'## 要点（日本語）' names number(s) {', '.join(extra)} that the rest of the "
            "document does not: a translation adds no number"
        )
    if meta.review_status == "needs_review" and REVIEW_MARK not in section:
        out.append(
            f"the document needs review but '## 要点（日本語）' never says 「{REVIEW_MARK}」 "
            "at the unconfirmed fact"
        )
    return out
