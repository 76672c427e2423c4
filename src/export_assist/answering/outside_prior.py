"""How likely a question asks what no regulation text answers, judged from its wording alone
(issue 9 item 4, session 36): a logistic regression over the question's embedding, fitted on the
QA sets' questions by `scripts/train_outside_prior.py` (weights in data/outside_prior.json).

The hand-off rules read the evidence (coverage of the question's terms, cards on its topic); a
new writer's business question ("what must we hand an American franchisee, and how many days
before signing?") can share enough words with a food rule to pass them. The prior has seen some
700 questions the corpus could not answer and 2,000 it could, so it knows the shape of a business
question (franchising, a free-zone licence's yearly cost) beyond any word list. It only ever adds
a hand-off, above a threshold set on questions it was not fitted on (few in-coverage questions
reach it), and only for the embedding model it was fitted with."""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from export_assist.answering.understand import Question

WEIGHTS = Path(__file__).parent / "data" / "outside_prior.json"
# ... and only where the chosen documents hold under this share of the question's words
# (answerability's coverage): a question worded as business whose words the sources hold is
# answered (session 36, tuning and test32: 8 hand-offs gained for 2 right answers lost at 0.4,
# 15 for 45 without the bar).
OUTSIDE_COVERAGE = 0.4

Embed = Callable[[str], NDArray[np.floating]]


@dataclass(frozen=True)
class OutsidePrior:
    """The fitted weights, the hand-off threshold and the embedding model they belong to."""

    coef: NDArray[np.float64]
    intercept: float
    threshold: float
    model_id: str

    def probability(self, vector: NDArray[np.floating]) -> float:
        """P(the question is outside the corpus) for a unit-length question embedding."""
        z = float(np.asarray(vector, dtype=np.float64).reshape(-1) @ self.coef) + self.intercept
        return 1.0 / (1.0 + math.exp(-z))

    def outside(self, vector: NDArray[np.floating]) -> bool:
        return self.probability(vector) >= self.threshold


def load_prior(path: Path = WEIGHTS) -> OutsidePrior | None:
    """The shipped prior, or None when no weights file exists."""
    if not path.exists():
        return None
    found = json.loads(path.read_text(encoding="utf-8"))
    return OutsidePrior(
        np.asarray(found["coef"], dtype=np.float64),
        float(found["intercept"]),
        float(found["threshold"]),
        str(found["model_id"]),
    )


Judge = Callable[[Question, float], bool]


def stands_alone(q: Question) -> bool:
    """Whether the question can be judged by its own words: it inherits nothing and asks
    nothing of an earlier turn."""
    return not q.inherited and not q.asked


def prior_judge(embed: Embed, model_id: str, path: Path = WEIGHTS) -> Judge | None:
    """Whether a question whose words the evidence covers to this share reads as outside the
    corpus, when the weights were fitted with this embedding model (another model's vectors mean
    nothing to them: no judge). The question is embedded only below the coverage bar, and only
    when it stands alone: a follow-up's words lean on the conversation (「準備にはどれくらいの
    期間がかかりますか？」 after a labelling question asks the labels' lead time)."""
    prior = load_prior(path)
    if prior is None or prior.model_id != model_id:
        return None

    def judge(q: Question, covered: float) -> bool:
        return stands_alone(q) and covered < OUTSIDE_COVERAGE and prior.outside(embed(q.text))

    return judge
