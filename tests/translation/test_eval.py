"""Term accuracy, the trade test set, and the evaluation run over a scripted LLM."""

from __future__ import annotations

from pathlib import Path

from export_assist.evaluation.datasets import load_jsonl
from export_assist.evaluation.translation import (
    TermAccuracy,
    TranslationExample,
    evaluate_translation,
    load_wmt,
)
from export_assist.settings import LLMSettings
from export_assist.translation.llm import LLMTranslator
from export_assist.translation.service import TranslationService
from export_assist.translation.termbase import TermBase
from tests.conftest import REPO_ROOT, shared_data
from tests.support.openai_server import ScriptedOpenAIServer

DATASET = REPO_ROOT / "eval" / "datasets" / "trade_terms.jsonl"


def test_trade_set_is_large_and_its_references_pass(termbase: TermBase) -> None:
    examples = load_jsonl(DATASET, TranslationExample)
    assert len(examples) >= 100
    assert {(e.source_lang, e.target_lang) for e in examples} == {("ja", "en"), ("en", "ja")}
    metric = TermAccuracy(termbase)
    assert all(e.terms for e in examples)
    assert all(metric.score(e.reference, e).value == 1.0 for e in examples)


def test_term_accuracy_names_missing_terms(termbase: TermBase) -> None:
    ex = TranslationExample(id="x", source_lang="ja", target_lang="en", source="経済産業省の該非判定",
                            reference="", terms=["auth.meti", "reg.export_control_classification"])  # fmt: skip
    score = TermAccuracy(termbase).score("Check the determination with METI.", ex)
    assert score.value == 0.5 and score.reason == "missing: reg.export_control_classification"


def test_evaluation_run_over_scripted_llm(termbase: TermBase) -> None:
    examples = [e for e in load_jsonl(DATASET, TranslationExample) if e.source_lang == "ja"][:5]
    refs = {e.source: e.reference for e in examples}
    with ScriptedOpenAIServer(responder=lambda r: refs.get(r.last_user, r.last_user)) as server:
        llm = LLMTranslator(LLMSettings(base_url=server.base_url, max_retries=0))
        run = evaluate_translation(
            TranslationService(termbase, [llm]), examples, backend="llm", label="llm"
        )
    assert run.n == 5 and run.metrics["term_accuracy"] == 1.0
    assert run.metrics["chrf"] > 90 and run.metrics["not_translated"] == 0


def test_wmt_loader(tmp_path: Path) -> None:
    folder = shared_data("wmt20-ja-en")
    examples = load_wmt(folder, "ja-en", limit=3)
    assert len(examples) == 3 and examples[0].source_lang == "ja" and examples[0].reference
