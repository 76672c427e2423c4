"""Schema of the sets written by the fifth writer (s5-writer): escalation_dev2 (tuning) and
the held-apart test3 (repeats across all QA v2 files: test_dataset_schemas_everyday)."""

from __future__ import annotations

from collections import Counter

import pytest

from export_assist.evaluation.datasets import load_jsonl
from export_assist.evaluation.qa_v2 import Case, is_v2
from tests.eval.qa_files import QA, ROOT, present
from tests.eval.qa_files import rows as _rows

MINE = {"escalation_dev2.jsonl": "qa3-e", "test3.jsonl": "qa3-"}
ERRORS = {"Field required", "Traceback"}


def _present() -> list[str]:
    return present(MINE)


@pytest.mark.parametrize("name", _present())
def test_cases_load_through_the_harness_loader_and_name_their_sources(name: str) -> None:
    assert is_v2(QA / name), "eval qa would not read it as QA v2"
    cases = load_jsonl(QA / name, Case)
    rows = _rows(name)
    assert len({c.id for c in cases}) == len(cases) == len(rows), "duplicate ids"
    for case, row in zip(cases, rows, strict=True):
        assert case.id.startswith(MINE[name]), case.id
        assert row["source"]["url"].startswith("https://"), case.id
        assert row["source"]["checked"] == "2026-11-29" and row["notes"], case.id
        for doc in case.expect.gold_docs:
            assert (ROOT / doc).is_file(), f"{case.id}: no corpus file {doc}"
        if case.kind == "out_of_coverage":
            assert case.expect.escalate and not case.expect.gold_docs, case.id
        else:
            assert not case.expect.escalate and case.expect.key_facts, case.id
        assert set(case.expect.must_not) >= ERRORS, case.id
        assert case.turns[-1].strip(), case.id


def test_escalation_dev2_mix() -> None:
    rows = _rows("escalation_dev2.jsonl")
    kinds = Counter(r["expect"]["escalate"] for r in rows)
    assert (len(rows), kinds[True], kinds[False]) == (40, 24, 16)
    assert sum(r["lang"] == "ja" for r in rows) / len(rows) >= 0.6
    # The look-alikes are answerable: each names the corpus document that holds the answer.
    assert all(r["expect"]["gold_docs"] for r in rows if not r["expect"]["escalate"])


def test_test3_mix() -> None:
    rows = _rows("test3.jsonl")
    kinds = Counter(r["kind"] for r in rows)
    assert kinds == {
        "out_of_coverage": 35,
        "regulation": 40,
        "followup": 10,
        "hs": 5,
        "buyers": 5,
        "checklist": 5,
    }
    assert sum(r["lang"] == "ja" for r in rows) / len(rows) >= 0.6
    assert all(len(r["turns"]) >= 2 for r in rows if r["kind"] == "followup")
    assert all(r["expect"]["gold_docs"] for r in rows if r["kind"] in ("regulation", "followup"))
