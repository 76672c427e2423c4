"""Offline, rule-based sentence splitting (argos' default splitter downloads a model).

Japanese and Chinese end sentences with 。！？ (and their ASCII forms); spaced languages
end them with . ! ? followed by whitespace, except after common abbreviations and
inside numbers ("1,234.50", "No. 5", "Co., Ltd.").
"""

from __future__ import annotations

import re

_CJK_END = re.compile(r"(?<=[。！？!?])(?![」』）)\"'’”])")
_ABBREVIATIONS = {
    "no", "nos", "co", "ltd", "inc", "corp", "mr", "mrs", "ms", "dr", "st", "vs", "etc",
    "e.g", "i.e", "approx", "art", "fig", "dept", "u.s", "u.k", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "pcs", "qty", "ref", "tel",
}  # fmt: skip
_SPACED_END = re.compile(r"[.!?…][\"'’”)\]]*\s+")


def split_paragraphs(text: str) -> list[str]:
    """Lines of the text (line breaks are kept as paragraph boundaries)."""
    return text.split("\n")


def _spaced(paragraph: str) -> list[str]:
    out: list[str] = []
    start = 0
    for match in _SPACED_END.finditer(paragraph):
        head = paragraph[start : match.start()]
        last = head.rsplit(None, 1)[-1] if head.strip() else ""
        if paragraph[match.start()] == "." and last.lower().rstrip(".") in _ABBREVIATIONS:
            continue
        if len(last) == 1 and last.isalpha():  # initials: "J. Smith"
            continue
        out.append(paragraph[start : match.end()].strip())
        start = match.end()
    if paragraph[start:].strip():
        out.append(paragraph[start:].strip())
    return out


def split_sentences(paragraph: str, lang: str) -> list[str]:
    """Sentences of one paragraph; never an empty string, never a network call."""
    if not paragraph.strip():
        return []
    if lang in ("ja", "zh-Hans"):
        parts = [p.strip() for p in _CJK_END.split(paragraph)]
        return [p for p in parts if p]
    return _spaced(paragraph)


class RuleSentencizer:
    """Drop-in for argos' ISentenceBoundaryDetectionModel (split_sentences(text))."""

    def __init__(self, lang: str) -> None:
        self.lang = lang

    def split_sentences(self, text: str) -> list[str]:
        """Split like split_sentences(), for argos' packaged-translation path."""
        return split_sentences(text, self.lang)

    def __str__(self) -> str:
        return f"RuleSentencizer({self.lang})"
