"""Compliance evaluations: checklist scoring, key facts, HS accuracy, coverage, merge script."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from export_assist.cli import app as cli_app
from export_assist.compliance.coverage import render
from export_assist.compliance.hs.suggest import BaselineSuggester, HsSuggester
from export_assist.compliance.hs.table import default_table
from export_assist.container import Container
from export_assist.errors import InvalidInput
from export_assist.evaluation.checklist_eval import (
    ChecklistCase,
    evaluate_checklists,
    score_case,
)
from export_assist.evaluation.datasets import RetrievalExample
from export_assist.evaluation.hs_eval import (
    evaluate_hs,
    load_examples,
    run_name,
    select,
    training_examples,
)
from export_assist.evaluation.keyfacts import evaluate_key_facts, key_fact_accuracy
from export_assist.evaluation.metrics import percentile

from .conftest import DATA

REPO = Path(__file__).resolve().parents[2]


def test_score_case_counts_recall_and_judged_precision() -> None:
    case = ChecklistCase(id="c", destination="DE", must_include=["a", "b"], must_exclude=["x", "y"])
    scores = score_case({"a", "x", "z"}, case)
    assert scores == {
        "recall": 0.5,
        "precision": 0.5,
        "strict_precision": 1 / 3,
        "exclude_violations": 0.5,
    }
    assert percentile([5, 1, 3, 2, 4], 95) == pytest.approx(4.8) and percentile([], 50) == 0.0


def test_checklist_eval_on_fixture_cards(compliance_container: Container) -> None:
    cases = [
        ChecklistCase(
            id="tea-de",
            product="抹茶パウダー 100g缶",
            destination="DE",
            must_include=["t-eu-fic-labelling"],
            must_exclude=["t-eu-red-ce", "t-us-fda-ffr"],
        ),
        ChecklistCase(
            id="speaker-de",
            product="Bluetooth speaker",
            hs_code="851822",
            destination="DE",
            must_include=["t-eu-red-ce", "t-eu-battery-epr"],
            must_exclude=["t-eu-fic-labelling"],
        ),
    ]
    run = evaluate_checklists(compliance_container.checklists, cases)
    assert run.metrics["macro_precision"] == 1.0
    assert run.metrics["micro_recall"] == round(2 / 3, 4)  # no battery unless said
    assert run.per_example[1]["missing"] == ["t-eu-battery-epr"]
    assert run.latency_ms_p95 >= run.latency_ms_p50 > 0


def test_key_facts_and_extractive_answer(compliance_container: Container) -> None:
    assert key_fact_accuracy("Renew every two years, ６０ days", ["two years", "60 days"]) == 1.0
    assert key_fact_accuracy("nothing", ["FDA"]) == 0.0
    examples = [
        RetrievalExample(
            id="q1",
            question="How often does a foreign food facility renew its FDA registration?",
            country="US",
            gold_doc_ids=["t-us-fda-food"],
            key_facts=["every two years"],
        ),
        RetrievalExample(
            id="q2",
            question="キャッチオール規制では何を確認しますか？",
            language="ja",
            country="JP",
            gold_doc_ids=["t-jp-fefta"],
            key_facts=["外国ユーザーリスト"],
        ),
    ]
    run = evaluate_key_facts(compliance_container.searcher, examples)
    assert run.metrics["recall@5"] == 1.0
    assert run.metrics["key_fact_accuracy"] == 1.0


def test_hs_eval_counts_levels(tmp_path: Path) -> None:
    rows = [
        {
            "task_id": 1,
            "product_name": "Matcha green tea powder tin",
            "cate_lv1_desc": "Food",
            "hs_code": "0902101000",
        },
        {
            "task_id": 2,
            "product_name": "Wireless Bluetooth speaker",
            "cate_lv1_desc": "Consumer Electronics",
            "hs_code": 8518220000,
        },
        {
            "task_id": 3,
            "product_name": "Gold ring",
            "cate_lv1_desc": "Jewelry",
            "hs_code": "7113190000",
        },
    ]
    path = tmp_path / "dev.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows))
    examples = load_examples(path)
    assert [e.code for e in examples] == ["090210", "851822", "711319"]
    ours = evaluate_hs("ours", HsSuggester(default_table()), examples)
    base = evaluate_hs("base", BaselineSuggester(default_table()), examples)
    assert ours.metrics["top5@2"] == 1.0
    assert set(ours.metrics) == {f"top{k}@{d}" for k in (1, 5) for d in (2, 4, 6)}
    assert 0 <= base.metrics["top1@6"] <= base.metrics["top5@6"] <= 1


def test_coverage_report_lists_gaps_and_problems() -> None:
    root = DATA / "corpus"
    (root / "cards").mkdir(exist_ok=True)
    try:
        report = render(root)
    finally:
        (root / "cards").rmdir()
    assert "| labelling |" in report and "7 documents" in report
    assert "| cosmetics |" in report
    report_with_cards = render_with_cards()
    assert "evidence 't-missing-document' is not a corpus document" in report_with_cards


def render_with_cards() -> str:
    import shutil
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "regulations"
        shutil.copytree(DATA / "corpus", root)
        shutil.copytree(DATA / "cards", root / "cards")
        return render(root)


def test_merge_parts_checks_the_merged_files() -> None:
    result = subprocess.run(
        [sys.executable, str(REPO / "eval" / "merge_parts.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr


def test_eval_cli_checklist(compliance_container: Container, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("EXPORT_ASSIST_DATA_DIR", str(compliance_container.settings.data_dir))
    monkeypatch.setenv("EXPORT_ASSIST_CORPUS_DIR", str(DATA / "corpus"))
    monkeypatch.setenv("EXPORT_ASSIST_COMPLIANCE__CARDS_DIR", str(DATA / "cards"))
    cases = tmp_path / "cases.jsonl"
    cases.write_text(
        json.dumps(
            {
                "id": "a",
                "product": "matcha",
                "destination": "US",
                "conditions": [],
                "must_include": ["t-us-fda-ffr"],
                "must_exclude": ["t-eu-fic-labelling"],
            }
        )
    )
    result = CliRunner().invoke(
        cli_app, ["eval", "checklist", "--dataset", str(cases), "--out", str(tmp_path / "out")]
    )
    assert result.exit_code == 0, result.output
    saved = json.loads((tmp_path / "out" / "checklist-cases.json").read_text())
    assert saved["runs"][0]["metrics"]["micro_recall"] == 1.0


def _ruling_case(ident: str, split: str, name: str, code: str) -> dict[str, object]:
    return {
        "id": ident,
        "split": split,
        "lang": "ja" if not name.isascii() else "en",
        "product_name": name,
        "product_attributes": {"Material": "Stainless steel", "Use": "Keeps drinks hot"},
        "category_path": "Home & Kitchen > Drinkware",
        "hs_code": code,
        "ruling": "NY N000000",
        "url": "https://rulings.cbp.gov/ruling/N000000",
        "notes": "test case",
    }


def test_eval_hs_reads_the_rulings_set_by_its_own_split(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("EXPORT_ASSIST_DATA_DIR", str(tmp_path / "data"))
    path = tmp_path / "hs_rulings" / "cases.jsonl"
    path.parent.mkdir()
    rows = [
        _ruling_case("hsr-1", "tune", "ステンレス真空断熱タンブラー", "961700"),
        _ruling_case("hsr-2", "held", "Vacuum flask 500ml", "961700"),
        _ruling_case("hsr-3", "tune", "Matcha green tea powder", "090210"),
    ]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows))
    examples = load_examples(path)
    assert [(e.id, e.split, e.code) for e in examples] == [
        ("hsr-1", "tune", "961700"),
        ("hsr-2", "held", "961700"),
        ("hsr-3", "tune", "090210"),
    ]
    first = examples[0].product
    assert first is not None and first.category == "Home & Kitchen / Drinkware"
    assert "vacuum" in first.attributes and "Material Stainless steel" in first.attributes
    assert [e.id for e in select(examples, "held")] == ["hsr-2"]
    out = tmp_path / "out"
    args = ["eval", "hs", "--dataset", str(path), "--split", "tune", "--no-dense", "--out"]
    result = CliRunner().invoke(cli_app, [*args, str(out)])
    assert result.exit_code == 0, result.output
    saved = json.loads((out / "hs-hs_rulings-tune.json").read_text())
    assert (
        saved["n"] == 2
        and saved["split"] == "tune"
        and [r["n"] for r in saved["runs"]] == [2, 2, 2]
    )
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({**rows[0], "split": "test"}))
    with pytest.raises(InvalidInput, match="neither tune nor held"):
        load_examples(bad)


def test_eval_hs_reads_a_second_rulings_set_and_training_takes_tune_rows_only(
    tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("EXPORT_ASSIST_DATA_DIR", str(tmp_path / "data"))
    folder = tmp_path / "hs_rulings"
    folder.mkdir()
    retired, second = folder / "cases.jsonl", folder / "cases2.jsonl"
    retired.write_text(
        "\n".join(
            json.dumps(r, ensure_ascii=False)
            for r in (
                _ruling_case("hsr-1", "tune", "信楽焼の花瓶", "691390"),
                _ruling_case("hsr-2", "held", "Vacuum flask 500ml", "961700"),
            )
        )
    )
    second.write_text(
        "\n".join(
            json.dumps(r, ensure_ascii=False)
            for r in (
                _ruling_case("hsr2-1", "tune", "Electric coffee grinder", "850940"),
                _ruling_case("hsr2-2", "held", "扇子", "460219"),
                _ruling_case("hsr2-3", "tune", "緑茶ティーバッグ 2g×20袋", "090210"),
            )
        )
    )
    hcc = tmp_path / "dev.jsonl"
    hcc.write_text(json.dumps({"task_id": "t1", "product_name": "towel", "hs_code": "6302600000"}))
    got = training_examples(hcc, [second], [retired])
    want_hcc = [("dev", "t1")] if select(load_examples(hcc), "tune") else []
    assert [(s, e.id) for s, e in got] == [
        *want_hcc,
        ("cases2", "hsr2-1"),
        ("cases2", "hsr2-3"),
        ("cases", "hsr-1"),
        ("cases", "hsr-2"),  # the retired held half trains now
    ]
    with pytest.raises(InvalidInput, match="both held in part and retired"):
        training_examples(hcc, [second], [second])
    # cases2's held half was run twice (session 7) and retired: all of it trains now
    both = training_examples(hcc, [], [retired, second])
    assert [(s, e.id) for s, e in both][len(want_hcc) :] == [
        ("cases", "hsr-1"),
        ("cases", "hsr-2"),
        ("cases2", "hsr2-1"),
        ("cases2", "hsr2-2"),
        ("cases2", "hsr2-3"),
    ]
    third = folder / "cases15.jsonl"  # the held-apart set now: never retired by mistake
    third.write_text(second.read_text())
    with pytest.raises(InvalidInput, match="never retired"):
        training_examples(hcc, [], [retired, second, third])
    assert [e.id for _, e in training_examples(hcc, [third], [])][len(want_hcc) :] == [
        "hsr2-1",
        "hsr2-3",
    ]
    # cases4's held half was run twice (session 9) and retired (session 10): all of it trains
    fourth = folder / "cases4.jsonl"
    fourth.write_text(second.read_text())
    assert len(training_examples(hcc, [], [fourth])) == len(want_hcc) + 3
    # cases5's held half was run twice (session 10) and retired (session 11): all of it trains
    fifth = folder / "cases5.jsonl"
    fifth.write_text(second.read_text())
    assert len(training_examples(hcc, [], [fifth])) == len(want_hcc) + 3
    # cases6's held half was run twice (session 11) and retired (session 12): all of it trains
    sixth = folder / "cases6.jsonl"
    sixth.write_text(second.read_text())
    assert len(training_examples(hcc, [], [sixth])) == len(want_hcc) + 3
    # cases7's held half was run twice (session 12) and retired (session 13): all of it trains
    seventh = folder / "cases7.jsonl"
    seventh.write_text(second.read_text())
    assert len(training_examples(hcc, [], [seventh])) == len(want_hcc) + 3
    # cases8's held half was run twice (session 13) and retired (session 14): all of it trains
    eighth = folder / "cases8.jsonl"
    eighth.write_text(second.read_text())
    assert len(training_examples(hcc, [], [eighth])) == len(want_hcc) + 3
    # cases9's held half was run twice (session 14) and retired (session 15): all of it trains
    ninth = folder / "cases9.jsonl"
    ninth.write_text(second.read_text())
    assert len(training_examples(hcc, [], [ninth])) == len(want_hcc) + 3
    # cases10's held half was run three times (session 15) and retired (session 16): all of it trains
    tenth = folder / "cases10.jsonl"
    tenth.write_text(second.read_text())
    assert len(training_examples(hcc, [], [tenth])) == len(want_hcc) + 3
    # cases11's held half was run three times (session 16) and retired (session 17): all of it trains
    eleventh = folder / "cases11.jsonl"
    eleventh.write_text(second.read_text())
    assert len(training_examples(hcc, [], [eleventh])) == len(want_hcc) + 3
    # cases12's held half was run in session 17 and retired (session 18): all of it trains
    twelfth = folder / "cases12.jsonl"
    twelfth.write_text(second.read_text())
    assert len(training_examples(hcc, [], [twelfth])) == len(want_hcc) + 3
    # cases13's held half was run in session 18 and retired (session 19): all of it trains
    thirteenth = folder / "cases13.jsonl"
    thirteenth.write_text(second.read_text())
    assert len(training_examples(hcc, [], [thirteenth])) == len(want_hcc) + 3
    # cases14's held half was run in session 19 and retired (session 20): all of it trains
    fourteenth = folder / "cases14.jsonl"
    fourteenth.write_text(second.read_text())
    assert len(training_examples(hcc, [], [fourteenth])) == len(want_hcc) + 3
    out = tmp_path / "out"
    args = ["eval", "hs", "--dataset", str(second), "--split", "tune", "--no-dense", "--out"]
    result = CliRunner().invoke(cli_app, [*args, str(out)])
    assert result.exit_code == 0, result.output
    saved = json.loads((out / "hs-hs_rulings-cases2-tune.json").read_text())
    assert saved["n"] == 2 and [r["n"] for r in saved["runs"]] == [2, 2, 2]
    assert run_name(retired, "all") == "hs-hs_rulings-all"
