"""The chat QA evaluation: pure scorers, and a run through the real chat path."""

from __future__ import annotations

import pytest

from export_assist.container import Container
from export_assist.evaluation.chat_qa import (
    CitationPrecision,
    KeyFactAccuracy,
    QAExample,
    evaluate_chat_qa,
)


def test_scorers() -> None:
    assert (
        KeyFactAccuracy().score("ＦＤＡ registration is required", ["fda", "prior notice"]).value
        == 0.5
    )
    assert CitationPrecision().score(["a", "a", "b"], {"a"}).value == 0.5
    assert CitationPrecision().score([], {"a"}).reason == "no citation"


@pytest.mark.slow
def test_run_through_the_chat_path(container: Container) -> None:
    examples = [
        QAExample(
            id="1",
            question="Do I need to register my food facility with FDA?",
            gold_doc_ids=["test-us-fda-registration"],
            key_facts=["register"],
        ),
        QAExample(id="2", question="What is the capital gains tax on crypto?", key_facts=["20%"]),
    ]
    run = evaluate_chat_qa(container.new_chat(), examples, "no-llm")
    assert run.n == 2 and run.metrics["citation_precision"] == 1.0
    assert run.metrics["abstention_rate"] == 0.5 and run.metrics["key_fact_accuracy"] == 0.5
    assert run.examples[1]["escalated"] and run.latency_ms_p95 >= run.latency_ms_p50
