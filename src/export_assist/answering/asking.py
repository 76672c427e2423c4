"""The sentence of a message that asks: the sentences before it set the scene (「金額が小さけ
れば特例で出せると聞きました。どんな品目でも使える？」, "Our buyer is Seoul Hanbit Trading.
Can we trust them?"). One splitter for every reader of the question's form (the business
judgements, the fact a question asks for): 「。」「？」「！」, and ". " before a capital, where
an abbreviation ("Co.", "U.S.", "e.g.") ends no sentence."""

from __future__ import annotations

import re

from export_assist.retrieval.normalize import nfkc

_SENTENCE = re.compile(r"(?<=[。？?！!])\s*|(?<=\.)\s+(?=[A-Z])")
_ABBREVIATION = re.compile(
    r"(?:\b(?:co|ltd|inc|corp|no|mr|ms|dr|st|vs|e\.g|i\.e)|\b[a-z])\.$", re.I
)


def sentences(text: str) -> list[str]:
    """The sentences of a (NFKC) message."""
    out: list[str] = []
    for part in (p.strip() for p in _SENTENCE.split(text)):
        if part and out and _ABBREVIATION.search(out[-1]):
            out[-1] = f"{out[-1]} {part}"
        elif part:
            out.append(part)
    return out


def asked_sentences(text: str) -> list[str]:
    """The sentences of a message that ask: its questions (「…？」, "…?"), else its last
    sentence."""
    said = sentences(nfkc(text))
    asked = [s for s in said if s.endswith(("?", "？"))]
    return asked or said[-1:] or [text]


def asking_sentence(text: str) -> str:
    """The sentence that asks the question: its last question, else its last sentence."""
    return asked_sentences(text)[-1]
