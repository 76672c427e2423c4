"""QA v2 scoring: facts in the answer text only, escalation precision/recall, gold cited."""

from __future__ import annotations

from tests.conftest import REPO_ROOT

from export_assist.evaluation.qa_v2 import Case, Turn, aggregate, evaluate_v2, facts_found


def case(cid: str, escalate: bool, facts: list[list[str]], gold: list[str]) -> Case:
    return Case.model_validate(
        {
            "id": cid,
            "lang": "en",
            "turns": ["q1", "q2"],
            "kind": "regulation",
            "expect": {
                "key_facts": facts,
                "escalate": escalate,
                "gold_docs": gold,
                "must_not": ["Field required"],
            },
        }
    )


def test_facts_match_any_alternative_nfkc_casefolded() -> None:
    assert facts_found("Register ＦＤＡ within 2 YEARS", [["2 years", "2年"], ["DUNS"]]) == [
        True,
        False,
    ]


def test_run_scores_the_last_turn_and_counts_escalation_both_ways() -> None:
    cases = [
        case(
            "a", False, [["FDA"], ["DUNS"]], ["regulations/us/us-fda-food-facility-registration.md"]
        ),
        case("b", True, [], []),
        case("c", False, [["x"]], []),
    ]
    seen: list[list[str]] = []
    replies = {
        "a": Turn("FDA registration [1]", ["us-fda-food-facility-registration"], False, []),
        "b": Turn("Not covered; sent to an advisor", [], True, []),
        "c": Turn("destinations: Field required", [], True, [], "numbers: 2019"),
    }
    order = iter(["a", "b", "c"])

    def ask(turns: list[str]) -> Turn:
        seen.append(turns)
        return replies[next(order)]

    paths = {
        "regulations/us/us-fda-food-facility-registration.md": "us-fda-food-facility-registration"
    }
    run = evaluate_v2(ask, cases, paths, "no-llm")
    assert seen == [["q1", "q2"]] * 3
    m = run.metrics
    assert m["key_fact_accuracy"] == 0.25  # (1/2 + 0/1) / 2
    assert m["gold_cited"] == 1.0
    assert m["escalation_precision"] == 0.5 and m["escalation_recall"] == 1.0
    assert m["must_not_clean"] == round(2 / 3, 4)
    assert run.examples[2]["must_not_hit"] == ["Field required"]
    # the grounding gate's fallbacks are counted per run (per model in LLM mode)
    assert run.examples[2]["llm_fallback"] == "numbers: 2019"
    assert m["llm_fallback_rate"] == round(1 / 3, 4)
    assert aggregate([])["key_fact_accuracy"] == 0.0


def test_paths_map_to_document_ids_from_front_matter() -> None:
    from export_assist.evaluation.qa_v2 import doc_ids_by_path

    ids = doc_ids_by_path(REPO_ROOT / "regulations")
    assert ids["regulations/kr/imported-food-registration-inspection.md"] == (
        "kr-imported-food-registration-inspection"
    )
    assert ids["regulations/us/us-fda-prior-notice.pdf"] == "us-fda-prior-notice"
