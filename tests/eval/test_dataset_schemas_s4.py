"""Schema of the sets written by the third and fourth writers: escalation dev, held-apart test2 and
markets_test, markets dev, new-market checklists."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from export_assist.evaluation.checklist_eval import ChecklistCase
from export_assist.evaluation.qa_v2 import Case

ROOT = Path(__file__).resolve().parents[2]
DATASETS = ROOT / "eval" / "datasets"
QA_FILES = {
    "qa_v2/escalation_dev.jsonl": "qa2e-",
    "qa_v2/test2.jsonl": "qa2t2-",
    "qa_v2/markets_dev.jsonl": "qa2m-",
    "qa_v2/markets_test.jsonl": "qa2m-",
}
ALL_QA = (
    "dev",
    "test",
    "topics_dev",
    "topics_test",
    "escalation_dev",
    "test2",
    "markets_dev",
    "markets_test",
)
NEW_MARKETS = {"CA", "MY", "ID", "PH", "IN", "AE"}
ERRORS = {"Field required", "Traceback"}


def _rows(rel: str) -> list[dict]:
    lines = (DATASETS / rel).read_text(encoding="utf-8").splitlines()
    assert lines and all(line.strip() for line in lines), f"{rel} is empty or has blank lines"
    return [json.loads(line) for line in lines]


@pytest.mark.parametrize("rel", sorted(QA_FILES))
def test_qa_cases_load_and_name_their_sources(rel: str) -> None:
    rows = _rows(rel)
    assert len({r["id"] for r in rows}) == len(rows), "duplicate ids"
    for r in rows:
        case = Case.model_validate(r)
        assert case.id.startswith(QA_FILES[rel]), case.id
        assert r["source"]["url"].startswith("https://") and r["source"]["checked"] == "2026-11-29"
        for doc in case.expect.gold_docs:
            assert (ROOT / doc).is_file(), f"{case.id}: no corpus file {doc}"
        if case.kind == "out_of_coverage":
            assert case.expect.escalate and set(case.expect.must_not) >= ERRORS, case.id
        else:
            assert not case.expect.escalate and case.expect.key_facts, case.id


def test_escalation_dev_balances_hand_offs_and_look_alikes() -> None:
    rows = _rows("qa_v2/escalation_dev.jsonl")
    escalate = sum(r["expect"]["escalate"] for r in rows)
    assert escalate >= 25 and len(rows) - escalate >= 15
    assert sum(r["lang"] == "ja" for r in rows) / len(rows) >= 0.5


def test_test2_is_apart_from_every_tuning_set() -> None:
    held = {tuple(r["turns"]) for r in _rows("qa_v2/test2.jsonl")}
    for rel in ("qa_v2/dev.jsonl", "qa_v2/topics_dev.jsonl", "qa_v2/escalation_dev.jsonl"):
        assert not held & {tuple(r["turns"]) for r in _rows(rel)}, f"a test2 question is in {rel}"


def test_new_market_checklist_cases_name_existing_cards() -> None:
    cards = set()
    for path in (ROOT / "regulations" / "cards").glob("*.yaml"):
        cards |= set(re.findall(r"^- id: (\S+)", path.read_text(encoding="utf-8"), re.M))
    rows = _rows("parts/checklist_cases.new-markets.jsonl")
    assert {r["destination"] for r in rows} == {"CA", "MY", "ID", "PH", "IN", "AE"}
    for r in rows:
        case = ChecklistCase.model_validate(r)
        assert not set(case.must_include) & set(case.must_exclude), case.id
        unknown = set(case.must_include + case.must_exclude) - cards
        assert not unknown, f"{case.id}: unknown card ids {sorted(unknown)}"
        assert r["source"]["url"].startswith("https://"), case.id


def test_markets_sets_cover_every_new_market_and_stay_apart() -> None:
    dev, test = _rows("qa_v2/markets_dev.jsonl"), _rows("qa_v2/markets_test.jsonl")
    assert not {r["id"] for r in dev} & {r["id"] for r in test}, "an id is in both markets files"
    for rows in (dev, test):
        assert {r["destination"] for r in rows} >= NEW_MARKETS
        assert sum(r["lang"] == "ja" for r in rows) / len(rows) >= 0.55
        assert sum(r["kind"] == "out_of_coverage" for r in rows) >= 4


def test_no_markets_question_repeats_a_question_of_another_set() -> None:
    for rel in ("qa_v2/markets_dev.jsonl", "qa_v2/markets_test.jsonl"):
        mine = {tuple(r["turns"]) for r in _rows(rel)}
        for name in ALL_QA:
            other = f"qa_v2/{name}.jsonl"
            if other != rel:
                # Count only: the message must not print a held-apart question.
                shared = len(mine & {tuple(r["turns"]) for r in _rows(other)})
                assert not shared, f"{shared} question(s) of {rel} repeat one in {other}"
