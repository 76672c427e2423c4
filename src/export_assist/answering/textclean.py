"""Passage text fit to quote: no front matter, no Sources/Checked sections, no raw
Markdown; whitespace collapsed but never added (URLs and numbers stay whole)."""

from __future__ import annotations

import re
import unicodedata

_FRONT = re.compile(r"\A\s*---\s*\n.*?\n---\s*(?:\n|\Z)", re.S)
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
# Section names that hold bookkeeping, not rules: never quoted as evidence.
_META_NAMES = re.compile(
    r"^(sources?|references?|official sources?|checked|verified|last checked|review notes?|"
    r"出典|参考|参考資料|参照|情報源|確認日|確認|検証日|更新履歴)\b",
    re.I,
)
_META_LINE = re.compile(
    r"^\s*(?:[-*]\s*)?(?:sources?|checked|verified(?:_on| on)?|last checked|review_status|"
    r"review notes?|出典|確認日|検証日)\s*[:：]",
    re.I,
)
_LINK = re.compile(r"\[([^\]]+)\]\((?:[^()\s]+)\)")
_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_ITALIC = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])")
_CODE = re.compile(r"`([^`\n]+)`")
_BULLET = re.compile(r"^\s*(?:[-*+•]|\d{1,2}[.)])\s+")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
# What starts a list item's block in a cleaned passage (the splitter reads it as an item);
# a numbered item is marked apart, so that a numbered list and the bullets after it are two
# lists, not one run of items.
ITEM = "• "
ORDERED = "◦ "
_NUMBERED = re.compile(r"^\s*\d{1,2}[.)]\s+")
# ... and what starts a heading's block.
HEADING = "¶ "
_SPACES = re.compile(r"[ \t\u3000]+")
# Japanese has no spaces between words: a space between two CJK characters (or after
# Japanese punctuation) is an artefact of folded YAML or wrapped lines, never meant.
_CJK_GAP = re.compile(
    r"(?<=[\u3001-\u303f]) +|(?<=[\u3040-\u30ff\u3400-\u9fff]) +(?=[\u3040-\u30ff\u3400-\u9fff])"
)


def is_meta_section(section: str) -> bool:
    """True for a section that lists sources or check dates rather than rules."""
    last = section.split(">")[-1].split("/")[-1].strip()
    return bool(_META_NAMES.match(last))


def strip_meta(text: str) -> str:
    """The text without front matter, Sources/Checked sections and bookkeeping lines."""
    text = _FRONT.sub("", text)
    kept: list[str] = []
    skipping_level = 0
    for line in text.splitlines():
        heading = _HEADING.match(line)
        if heading:
            level = len(heading.group(1))
            if skipping_level and level > skipping_level:
                continue
            skipping_level = level if is_meta_section(heading.group(2)) else 0
            if skipping_level:
                continue
        elif skipping_level or _META_LINE.match(line):
            continue
        kept.append(line)
    return "\n".join(kept)


def plain_line(line: str) -> str:
    """One line without Markdown markup: headings, emphasis, links, code and bullets."""
    line = unicodedata.normalize("NFKC", line)
    if _TABLE_RULE.match(line):
        return ""
    heading = _HEADING.match(line)
    if heading:
        line = heading.group(2)
    line = _BULLET.sub("", line)
    if line.strip().startswith("|"):
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        line = ": ".join(c for c in cells if c)
    line = _LINK.sub(r"\1", line)
    line = _EMPHASIS.sub(r"\2", line)
    line = _ITALIC.sub(r"\1", line)
    line = _CODE.sub(r"\1", line)
    return _CJK_GAP.sub("", _SPACES.sub(" ", line)).strip()


def clean_passage(text: str) -> str:
    """A passage ready to split into sentences: meta removed, each line made plain, a list
    item or a heading a block of its own that starts with ITEM or HEADING.

    List items keep their own line (the splitter treats them as units); nothing is
    inserted inside a line, so 'https://www.legifrance.gouv.fr/' and '1.225' survive."""
    out: list[str] = []
    raws = strip_meta(text).splitlines()
    labels: list[str] = []  # the current table's column labels
    for i, raw in enumerate(raws):
        if _table_head(raws, i):
            labels = _cells(raw)
            continue  # column labels ("Level | Digits | Example") are no sentence
        if _table_intro(raws, i):
            continue
        if not raw.strip().startswith("|"):
            labels = [] if raw.strip() else labels
        line = (
            _labelled_row(raw, labels)
            if labels and raw.strip().startswith("|")
            else plain_line(raw)
        )
        if _HEADING.match(raw) and line:
            out.extend(["", f"{HEADING}{line}", ""])  # a heading labels what follows it
            continue
        if _BULLET.match(raw) and line:
            # an item is a block of its own, marked so that its list head can find it
            mark = ORDERED if _NUMBERED.match(raw) else ITEM
            out.extend(["", f"{mark}{line}", ""])
        elif raw.strip().startswith("|"):
            out.extend(["", line, ""])  # so is a table row
        else:
            out.append(line)
    return re.sub(r"\n{3,}", "\n\n", "\n".join(out)).strip()


def _cells(raw: str) -> list[str]:
    """A table row's cells, each made plain."""
    return [plain_line(c) for c in raw.strip().strip("|").split("|")]


def _labelled_row(raw: str, labels: list[str]) -> str:
    """A table row that reads alone: its first cell, then each other cell after its column's
    label (「…(マレーシア向け): PDF発給の開始 2023年7月18日」, test31 t015: the row said the
    date but not what began on it); no colon between label and cell, which would make the row
    read as a header row of labels (unit_filters.says_nothing)."""
    if _TABLE_RULE.match(raw):
        return ""
    cells = _cells(raw)
    # two columns only: a wider row names its subject in several cells already, and its
    # labels' words outweighed better sentences (escalation_dev20 d006: Viet Nam's table of
    # agreements over the JCCI's PDF dates)
    if len(cells) != len(labels) or len(cells) != 2:
        return plain_line(raw)
    rest = [
        f"{label} {cell}" if label else cell
        for label, cell in zip(labels[1:], cells[1:], strict=True)
        if cell
    ]
    return f"{cells[0]}: {'; '.join(rest)}" if cells[0] else "; ".join(rest)


def plain(text: str) -> str:
    """Any short text (a card field, a title) without Markdown, on one line."""
    return " ".join(p for p in (plain_line(x) for x in text.splitlines()) if p)


def _next_index(raws: list[str], i: int) -> int:
    """The index of the next non-blank line after line i (len(raws) at the end)."""
    return next((j for j in range(i + 1, len(raws)) if raws[j].strip()), len(raws))


def _table_head(raws: list[str], i: int) -> bool:
    """Line i is a table's header row (the row right above its |---| rule)."""
    j = _next_index(raws, i)
    return raws[i].strip().startswith("|") and j < len(raws) and bool(_TABLE_RULE.match(raws[j]))


def _table_intro(raws: list[str], i: int) -> bool:
    """Line i only introduces the table below it ('Structure of the digits:'): alone it says
    nothing, and glued to a row it reads 'Structure…:Level: Digits:'."""
    line = raws[i].strip()
    j = _next_index(raws, i)
    return (
        line.endswith((":", "："))
        and not line.startswith("|")
        and j < len(raws)
        and _table_head(raws, j)
    )
