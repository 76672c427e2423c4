"""An abbreviation-safe sentence splitter: pysbd's rules (U.S., e.g., No., Art., 1.225,
URLs stay whole), per line, with the Japanese rules for Japanese lines."""

from __future__ import annotations

import re
from functools import lru_cache

import pysbd

_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
# Markdown list items and table rows are sentence-like units of their own.
_ITEM = re.compile(r"^\s*(?:[-*+•]\s+|\d{1,2}[.)]\s+|\|)")


@lru_cache(maxsize=2)
def _segmenter(language: str) -> pysbd.Segmenter:
    return pysbd.Segmenter(language=language, clean=False)


def _line_language(line: str) -> str:
    """'ja' when at least a fifth of the letters are kana/kanji, else 'en'."""
    letters = [c for c in line if c.isalpha()]
    if not letters:
        return "en"
    cjk = sum(1 for c in letters if _CJK.match(c))
    return "ja" if cjk * 5 >= len(letters) else "en"


@lru_cache(maxsize=4096)
def _split_line(line: str) -> tuple[str, ...]:
    pieces = _segmenter(_line_language(line)).segment(line)
    return tuple(p.strip() for p in pieces if p.strip())


def split_sentences(text: str) -> list[str]:
    """Sentences of a text, in order. Line breaks end a sentence only between paragraphs,
    list items and table rows; a wrapped line inside a paragraph is joined first."""
    out: list[str] = []
    for block in _blocks(text):
        out.extend(_split_line(block))
    return out


def _blocks(text: str) -> list[str]:
    """Paragraphs and list items, each on one line (wrapped lines joined)."""
    blocks: list[str] = []
    current: list[str] = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line or _ITEM.match(raw):
            if current:
                blocks.append(_join(current))
            current = [line] if line else []
            continue
        current.append(line)
    if current:
        blocks.append(_join(current))
    return [b for b in blocks if b]


def _join(lines: list[str]) -> str:
    """Join wrapped lines: no space between two CJK characters, one space otherwise."""
    out = lines[0]
    for line in lines[1:]:
        glue = "" if _CJK.match(out[-1:]) and _CJK.match(line[:1]) else " "
        out = f"{out}{glue}{line}"
    return out
