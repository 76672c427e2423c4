"""Protected spans: numbers, amounts, dates, HS codes, model numbers and company names
must come back from any translator exactly as they went in."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from export_assist.domain.companies import find_companies
from export_assist.translation.textnorm import norm

_A = r"(?<![A-Za-z0-9])"  # ASCII-only boundaries: Japanese text has no spaces around codes
_Z = r"(?![A-Za-z0-9])"
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        "date",
        re.compile(rf"{_A}(?:\d{{4}}[-/.]\d{{1,2}}[-/.]\d{{1,2}}|\d{{1,2}}/\d{{1,2}}/\d{{4}}){_Z}"),
    ),
    ("hs_code", re.compile(rf"{_A}\d{{4}}\.\d{{2}}(?:\.\d{{2,4}})*{_Z}")),
    ("hs_code", re.compile(r"(?<=HS)\s*(?:code|コード|编码|코드)?\s*[:：]?\s*(\d{6,10})(?!\d)")),
    ("model", re.compile(rf"{_A}(?=[A-Z0-9-]*[A-Z])(?=[A-Z0-9-]*\d)[A-Z0-9]+(?:-[A-Z0-9]+)*{_Z}")),
    ("amount", re.compile(rf"(?<![\d.,]){_A}\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?(?![\d,]){_Z}")),
    ("number", re.compile(r"(?<![\d.,])\d+(?:\.\d+)?(?![\d]|[.,]\d)(?![年月日時分])")),
]


# Company names (domain/companies.py) are taken after the first three patterns.
_COMPANY_AT = 3


@dataclass(frozen=True)
class Span:
    """A piece of source text that a translation must reproduce verbatim."""

    kind: str
    text: str


def protected_spans(text: str, extra: Iterable[str] = ()) -> list[Span]:
    """Spans in text that must survive translation unchanged (extra: caller's names)."""
    text = norm(text)
    taken: list[tuple[int, int]] = []
    spans: list[tuple[int, Span]] = []

    def add(kind: str, start: int, end: int) -> None:
        if end <= start or any(start < e and s < end for s, e in taken):
            return
        taken.append((start, end))
        spans.append((start, Span(kind, text[start:end].strip())))

    for name in sorted({norm(e).strip() for e in extra if e and e.strip()}, key=len, reverse=True):
        for m in re.finditer(re.escape(name), text):
            add("name", m.start(), m.end())
    for kind, pattern in _PATTERNS[:_COMPANY_AT]:
        _add_matches(add, kind, pattern, text)
    # after dates and HS codes, before bare numbers; a Japanese name is translated
    for company in find_companies(text, japanese=False):
        add("company", company.start, company.end)
    for kind, pattern in _PATTERNS[_COMPANY_AT:]:
        _add_matches(add, kind, pattern, text)
    return [span for _, span in sorted(spans, key=lambda s: s[0])]


def _add_matches(
    add: Callable[[str, int, int], None], kind: str, pattern: re.Pattern[str], text: str
) -> None:
    for m in pattern.finditer(text):
        group = 1 if pattern.groups else 0
        add(kind, m.start(group), m.end(group))


def missing_spans(spans: Iterable[Span], output: str) -> list[Span]:
    """Spans that do not appear verbatim in the translation (digits must not run on)."""
    text = norm(output)
    missing = []
    for span in spans:
        body = re.escape(span.text)
        if span.text[:1].isdigit():
            body = r"(?<![\d])" + body
        if span.text[-1:].isdigit():
            body += r"(?![\d])"
        if not re.search(body, text):
            missing.append(span)
    return missing
