"""Lint of a document's key points in the reader's other language: the Japanese key points of
an English document (`## 要点（日本語）`) and the English key points of a Japanese document
(`## Key points (English)`). Each section is in its own language, names no number the rest
of the document does not (a translation adds no regulation number, date, fee or duration),
and keeps the document's review mark (「要確認」, "to be confirmed")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from export_assist.compliance.card_japanese import has_japanese, numbers
from export_assist.domain.corpus import DocumentMeta

_NEXT_HEADING = re.compile(r"^#{1,2}[ \t]", re.MULTILINE)
REVIEW_MARK = "要確認"
# An English sentence may hold a Japanese name in brackets (商工会議所); the section as a
# whole is English when kana and kanji are few.
_KANA_KANJI = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
_LETTER = re.compile(r"[A-Za-z]")


@dataclass(frozen=True)
class KeyPoints:
    """One direction: its heading, how its language is told, its review mark."""

    name: str
    heading: re.Pattern[str]
    review_mark: str

    def in_language(self, section: str) -> bool:
        if self.review_mark == REVIEW_MARK:
            return has_japanese(section)
        return len(_LETTER.findall(section)) > 4 * len(_KANA_KANJI.findall(section))


# The headings as written (full-width brackets) or as NFKC leaves them after ingest.
JAPANESE = KeyPoints(
    "## 要点（日本語）",
    re.compile(r"^##[ \t]+要点[（(]日本語[）)][ \t]*$", re.MULTILINE),
    REVIEW_MARK,
)
ENGLISH = KeyPoints(
    "## Key points (English)",
    re.compile(r"^##[ \t]+Key points[ \t]*[（(]English[）)][ \t]*$", re.MULTILINE),
    "to be confirmed",
)
HEADING = JAPANESE.heading


def split_section(text: str, kind: KeyPoints = JAPANESE) -> tuple[str, str] | None:
    """(the key points, the rest of the file) or None when it has no such section."""
    head = kind.heading.search(text)
    if head is None:
        return None
    end = _NEXT_HEADING.search(text, head.end())
    stop = end.start() if end else len(text)
    return text[head.end() : stop], text[: head.start()] + text[stop:]


def section_findings(text: str, meta: DocumentMeta) -> list[str]:
    """What is wrong with the document's key points in either language (nothing when it
    has none)."""
    return [m for kind in (JAPANESE, ENGLISH) for m in _findings(text, meta, kind)]


def _findings(text: str, meta: DocumentMeta, kind: KeyPoints) -> list[str]:
    parts = split_section(text, kind)
    if parts is None:
        return []
    section, rest = parts
    title = f"'{kind.name}'"
    if len(kind.heading.findall(text)) > 1:
        return [f"more than one {title} section"]
    if not kind.in_language(section):
        language = "Japanese" if kind is JAPANESE else "English"
        return [f"the {title} section holds no {language}"]
    out = []
    extra = sorted(numbers(section) - numbers(rest), key=int)
    if extra:
        out.append(
            f"{title} names number(s) {', '.join(extra)} that the rest of the "
            "document does not: a translation adds no number"
        )
    if meta.review_status == "needs_review" and kind.review_mark not in section.casefold():
        out.append(
            f"the document needs review but {title} never says 「{kind.review_mark}」 "
            "at the unconfirmed fact"
        )
    return out
