"""The sentence of a message that asks: the sentences before it set the scene (「金額が小さけ
れば特例で出せると聞きました。どんな品目でも使える？」, "Our buyer is Seoul Hanbit Trading.
Can we trust them?"). Every reader of the question's form (the business judgements, the fact
a question asks for) takes it from here; the sentences come from the project's one splitter
(`export_assist.sentences`: "Co.", "U.S.", "e.g." end no sentence)."""

from __future__ import annotations

from export_assist.retrieval.normalize import nfkc
from export_assist.sentences import split_sentences


def asked_sentences(text: str) -> list[str]:
    """The sentences of a message that ask: its questions (「…？」, "…?"), else its last
    sentence."""
    said = [s for s in (p.strip() for p in split_sentences(nfkc(text))) if s]
    asked = [s for s in said if s.endswith(("?", "？"))]
    return asked or said[-1:] or [text]


def asking_sentence(text: str) -> str:
    """The sentence that asks the question: its last question, else its last sentence."""
    return asked_sentences(text)[-1]
