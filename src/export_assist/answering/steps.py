"""A procedure's steps in order, for a question that asks the order (「申し込んだあとは、どういう
順番で検査が進むんですか？」, escalation_dev23 d020: the answer quoted three sentences around
the steps and none of them in order). A numbered list whose items open with a bold name
(「2. **書類審査**：…」) or "Step 2, document check: …" is read as one line: its heading and
the names in order. Nothing is added that the list does not say."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TypeVar

from export_assist.domain.citations import SearchHit
from export_assist.sentences import CJK

T = TypeVar("T")

_ASKS_ORDER = re.compile(
    r"順番|順序|流れ|手順|段取り|ステップ|どういう順|何から|\bin what order\b|\bsteps?\b|"
    r"\bwhat happens (?:next|after)\b|\bstep by step\b|\border of\b",
    re.I,
)
_JA_STEP = re.compile(r"^\s*\d+[.．)）]\s*\*\*([^*\n]{1,20})\*\*\s*[：:]", re.M)
_EN_STEP = re.compile(r"^\s*[-*]\s*Step \d+, ([^:\n]{1,40}):", re.M | re.I)
_NUMBER = re.compile(r"^\s*\d+[.．]\s*")
_MIN_STEPS = 3


def asks_order(question: str) -> bool:
    """Whether the question asks for the order of a procedure's steps."""
    return bool(_ASKS_ORDER.search(question))


def step_line(text: str, section: str) -> str | None:
    """The passage's numbered steps as one line (「申請と検査の流れ：申請 → 書類審査 → …」), or
    None when it holds no such list."""
    names = [m.group(1).strip() for m in _JA_STEP.finditer(text)]
    ja = True
    if len(names) < _MIN_STEPS:
        names, ja = [m.group(1).strip() for m in _EN_STEP.finditer(text)], False
    if len(names) < _MIN_STEPS:
        return None
    heading = _NUMBER.sub("", section.rsplit(">", 1)[-1]).strip()
    if ja != bool(CJK.search(heading)):
        heading = ""
    steps = " → ".join(names)
    if ja:
        return f"{heading}：{steps}。" if heading else f"{steps}。"
    return f"{heading}: {steps}." if heading else f"Steps: {steps}."


def with_steps(
    chosen: list[T],
    passages: Sequence[SearchHit],
    question: str,
    language: str,
    make: Callable[[str, SearchHit], T],
    text_of: Callable[[T], str],
    docs: Sequence[str] = (),
) -> list[T]:
    """`chosen` led by the steps of a top document's procedure when the question asks the
    order (its last quote gives way); unchanged otherwise."""
    if not chosen or not asks_order(question):
        return chosen
    wanted = set(docs[:2]) or {p.citation.doc_id for p in passages[:3]}
    for hit in passages[:10]:
        if hit.citation.doc_id not in wanted:
            continue
        line = step_line(hit.text, hit.citation.section)
        if line and bool(CJK.search(line)) == (language == "ja"):
            if any(text_of(c) == line for c in chosen):
                return chosen
            return [make(line, hit), *chosen[: max(len(chosen) - 1, 1)]]
    return chosen
