"""Schema of the QA v2 sets in everyday SME wording: the sixth writer's escalation_dev3
(tuning) and test4 (held apart), the seventh writer's escalation_dev4 and test5, the eighth
writer's escalation_dev5 and test6, the ninth writer's escalation_dev6 and test7, the tenth writer's
escalation_dev7 and test8; and, for every QA v2 file, that no question repeats one of another file."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import pytest

from export_assist.evaluation.datasets import load_jsonl
from export_assist.evaluation.qa_v2 import Case, is_v2, norm
from tests.eval.qa_files import QA, ROOT, present
from tests.eval.qa_files import rows as _rows


@dataclass(frozen=True)
class Writer:
    """What one writer's files promise: id prefixes and the markets they call uncovered."""

    prefixes: dict[str, str]
    uncovered: frozenset[str]


# The markets each writer used as out of coverage (eval/datasets/README.md).
WRITERS = (
    Writer(
        {"escalation_dev3.jsonl": "qa4-d", "test4.jsonl": "qa4-t"},
        frozenset("BR KE MX NG AR EG PE CL SA TR ET PK BD CO".split()),
    ),
    Writer(
        {"escalation_dev4.jsonl": "qa5-d", "test5.jsonl": "qa5-t"},
        frozenset(
            "BH DO AZ SN TN UG VE AM JM DZ RW BO PY ZM LB MV KG MZ HN IQ TT NA BW MG TJ".split()
        ),
    ),
    Writer(
        {"escalation_dev5.jsonl": "qa6-d", "test6.jsonl": "qa6-t"},
        frozenset("CM AO ZW MK MD BT WS GY HT BA ME TM BJ VU TL TG MW".split()),
    ),
    Writer(
        {"escalation_dev6.jsonl": "qa7-d", "test7.jsonl": "qa7-t"},
        frozenset("NI SV BS SC GA ML SL DJ SR TO MH SB LR".split()),
    ),
    Writer(
        {"escalation_dev7.jsonl": "qa8-d", "test8.jsonl": "qa8-t"},
        frozenset("CU XK SD MR BF KI LC BI AD SS TD NE ER YE AF GD GM KM FM NR CG".split()),
    ),
)
FILES = {name: w for w in WRITERS for name in present(w.prefixes)}
ERRORS = {"Field required", "Traceback", "Internal Server Error"}
NEEDS_GOLD = ("regulation", "followup", "checklist", "hs")


@pytest.mark.parametrize("name", sorted(FILES))
def test_cases_load_through_the_harness_loader_and_name_their_sources(name: str) -> None:
    assert is_v2(QA / name), "eval qa would not read it as QA v2"
    cases = load_jsonl(QA / name, Case)
    rows = _rows(name)
    assert len({c.id for c in cases}) == len(cases) == len(rows), "duplicate ids"
    for case, row in zip(cases, rows, strict=True):
        assert case.id.startswith(FILES[name].prefixes[name]), case.id
        assert row["source"]["url"].startswith("https://"), case.id
        assert row["source"]["checked"] == "2026-11-30" and row["notes"], case.id
        for doc in case.expect.gold_docs:
            assert (ROOT / doc).is_file(), f"{case.id}: no corpus file {doc}"
        if case.kind == "out_of_coverage":
            assert case.expect.escalate and not case.expect.gold_docs, case.id
        else:
            assert not case.expect.escalate and case.expect.key_facts, case.id
        if case.kind in NEEDS_GOLD or (
            case.kind == "japan_side" and case.expect.tool != "programmes"
        ):
            assert case.expect.gold_docs, case.id
        if case.kind == "followup":
            assert len(case.turns) >= 2, case.id
        assert set(case.expect.must_not) >= ERRORS, case.id


@pytest.mark.parametrize("name", sorted(FILES))
def test_key_facts_are_not_the_questions_own_words(name: str) -> None:
    for case in load_jsonl(QA / name, Case):
        if case.kind in ("buyers", "document"):
            continue  # these check the product word the request names
        asked = norm(" ".join(case.turns))
        for alts in case.expect.key_facts:
            assert not any(norm(a) in asked for a in alts), case.id


@pytest.mark.parametrize("name", sorted(FILES))
def test_mix_is_mostly_japanese_with_honest_out_of_coverage(name: str) -> None:
    rows = _rows(name)
    assert sum(r["lang"] == "ja" for r in rows) / len(rows) >= 0.6
    assert Counter(r["kind"] for r in rows)["out_of_coverage"] / len(rows) >= 0.2
    for r in rows:
        if r["destination"] in FILES[name].uncovered:
            assert r["expect"]["escalate"], r["id"]


@pytest.mark.parametrize("name", sorted(p.name for p in QA.glob("*.jsonl")))
def test_no_question_repeats_one_of_another_set(name: str) -> None:
    mine = {tuple(r["turns"]) for r in _rows(name)}
    for other in sorted(QA.glob("*.jsonl")):
        if other.name == name:
            continue
        # Count only: the message must not print a held-apart question.
        shared = len(mine & {tuple(r["turns"]) for r in _rows(other.name)})
        assert not shared, f"{shared} question(s) of {name} repeat one in {other.name}"
