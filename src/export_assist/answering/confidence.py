"""How sure the answer is: an answerability score from the evidence, and the threshold
below which the engine says what it knows, what it does not, and hands off."""

from __future__ import annotations

from dataclasses import dataclass

from export_assist.answering.compose import Composed
from export_assist.answering.retrieve import Retrieved
from export_assist.retrieval.tokenize import tokenize

# Dense similarity (multilingual-e5-small) of an unrelated vs a relevant passage.
DENSE_FLOOR, DENSE_SPAN = 0.78, 0.08


@dataclass(frozen=True)
class Answerability:
    """The score in 0..1 and its parts (shown to advisors with the draft)."""

    score: float
    dense: float
    coverage: float
    card: float
    quote: float


def _clip(x: float) -> float:
    return max(0.0, min(1.0, x))


def answerability(question: str, retrieved: Retrieved, composed: Composed) -> Answerability:
    """Evidence strength: closeness of the best passage, how much of the question the
    chosen documents cover, whether a requirement card answers, and the best quote."""
    best_dense = max((h.dense_score or 0.0 for h in retrieved.passages), default=0.0)
    dense = _clip((best_dense - DENSE_FLOOR) / DENSE_SPAN)
    wanted = set(tokenize(question))
    seen: set[str] = set()
    for doc in retrieved.docs[:2]:
        seen |= set(tokenize(doc.doc.text()))
    for hit in retrieved.passages[:6]:
        seen |= set(tokenize(hit.text))
    coverage = len(wanted & seen) / len(wanted) if wanted else 0.0
    card = 1.0 if composed.cards else 0.0
    quote = _clip(max((q.score for q in composed.quotes), default=0.0) / 2.5)
    score = 0.35 * dense + 0.3 * coverage + 0.2 * card + 0.15 * quote
    return Answerability(round(score, 3), dense, coverage, card, quote)
