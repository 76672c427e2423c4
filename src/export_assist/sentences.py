"""The one sentence splitter (chunking, answer sentences, translation segments): pysbd's
rules per line (U.S., e.g., 1.225 and URLs stay whole; Japanese ends at 。！？ outside
brackets), then no break inside a URL or after a legal abbreviation pysbd does not know
(Reg., para., s., Cap., Pt., Sch.)."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

import pysbd

# A Japanese letter (kana or kanji): the one test of "is this Japanese" the text code shares.
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
_URL = re.compile(r"(?:https?://|www\.)[!-~]+")
# Markdown list items and table rows are sentence-like units of their own.
_ITEM = re.compile(r"^\s*(?:[-*+•]\s+|\d{1,2}[.)]\s+|\|)")
# A period after these ends no sentence: "Notification No. 49/2015", "Reg. (EU)", "Vol. 2",
# Hong Kong's "Cap. 132", "Pt. V", "Sch. 2"; pysbd knows most English ones but not all the
# legal ones a regulation cites. "U.S." and "U.K." are pysbd's: it keeps "the U.S. FDA"
# whole and ends a sentence at "…to the U.S. The importer…".
_ABBREVIATION = re.compile(
    r"(?:^|[\s(\[;,/\-、（「・])(?:No|Nos|Nr|Art|Arts|Reg|Regs|Sec|Secs|Para|para|paras|p|pp|cf|vs|"
    r"e\.g|i\.e|St|Co|Ltd|Inc|Dr|Mr|Mrs|Ms|Vol|Ch|Dir|Fig|approx|Dept|s|ss|"
    r"(?i:cap|caps|chap|pt|pts|sch|schs|div|subdiv|subpara|cl|cls|subs))\.$"
)


# pysbd reads "(a)" as a list item even inside "paragraph 3(a) of the Act" or "141A(2)(b)": a
# subdivision written onto its number is no sentence start
_SUBDIVISION = re.compile(r"[0-9A-Za-z]\((?:[a-z]{1,4}|\d{1,3}|[ivx]{1,5})\)")


@lru_cache(maxsize=2)
def _segmenter(language: str) -> pysbd.Segmenter:
    return pysbd.Segmenter(language=language, clean=False, char_span=True)


def line_language(line: str) -> str:
    """'ja' when at least a fifth of the letters are kana/kanji (Chinese too), else 'en'."""
    letters = [c for c in line if c.isalpha()]
    if not letters:
        return "en"
    cjk = sum(1 for c in letters if CJK.match(c))
    return "ja" if cjk * 5 >= len(letters) else "en"


@lru_cache(maxsize=4096)
def split_line(line: str) -> tuple[str, ...]:
    """Sentences of one line of text (no line breaks inside), stripped, never empty."""
    spans = _segmenter(line_language(line)).segment(line)
    urls = [(m.start(), m.end()) for m in _URL.finditer(line)]
    # pysbd cuts after "?" inside a URL and after abbreviations it does not know: those
    # cuts are dropped, so the pieces are always slices of the line as written
    cuts = [
        span.end
        for span in spans[:-1]
        if not any(a < span.end < b for a, b in urls)
        and not _ABBREVIATION.search(line[: span.end].rstrip())
        and not _SUBDIVISION.match(line, span.end - 1)
    ]
    bounds = [0, *cuts, len(line)]
    pieces = (line[a:b].strip() for a, b in pairwise(bounds))
    return tuple(p for p in pieces if p)


def split_sentences(text: str) -> list[str]:
    """Sentences of a text, in order. Line breaks end a sentence only between paragraphs,
    list items and table rows; a wrapped line inside a paragraph is joined first."""
    out: list[str] = []
    for block in blocks(text):
        out.extend(split_line(block))
    return out


def blocks(text: str) -> list[str]:
    """Paragraphs and list items, each on one line (wrapped lines joined)."""
    found: list[str] = []
    current: list[str] = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line or _ITEM.match(raw):
            if current:
                found.append(_join(current))
            current = [line] if line else []
            continue
        current.append(line)
    if current:
        found.append(_join(current))
    return [b for b in found if b]


def _join(lines: list[str]) -> str:
    """Join wrapped lines: no space between two CJK characters, one space otherwise."""
    out = lines[0]
    for line in lines[1:]:
        glue = "" if CJK.match(out[-1:]) and CJK.match(line[:1]) else " "
        out = f"{out}{glue}{line}"
    return out
