"""Schema of the thirteenth writer's QA v2 pool: escalation_dev10 (tuning) and test11 (held apart).

Besides the checks the earlier writers' files pass (harness loader, ids, sources, gold files,
the mix, no key fact in the question's own words), these check that every key fact of an
answerable case occurs in one of its gold documents (HS codes: in the HS 2022 table), that the
uncovered markets are new, and that no question repeats one of any other QA v2 file. Messages
name case ids and counts only, never a held-apart question's text."""

from __future__ import annotations

import csv
from collections import Counter
from functools import cache

import pytest

from export_assist.evaluation.datasets import load_jsonl
from export_assist.evaluation.qa_v2 import Case, is_v2, norm
from tests.eval.qa_files import QA, ROOT, present
from tests.eval.qa_files import rows as _rows
from tests.eval.test_dataset_schemas_everyday import ERRORS, NEEDS_GOLD, WRITERS
from tests.eval.test_dataset_schemas_s12 import EARLIER as EARLIER_S12
from tests.eval.test_dataset_schemas_s12 import UNCOVERED as UNCOVERED_S12

PREFIXES = {"escalation_dev10.jsonl": "qa11-d", "test11.jsonl": "qa11-t"}
FILES = present(PREFIXES)
# Markets this writer calls uncovered (eval/datasets/README.md, thirteenth writer).
UNCOVERED = frozenset("MS BQ SH PM WF BL GU AS PN TK IS MP SJ VI".split())
# Markets earlier writers used as uncovered beyond the sixth to tenth writers' lists: the first
# to fifth writers' (README), the eleventh writer's and the twelfth writer's.
EARLIER = EARLIER_S12 | UNCOVERED_S12
HS_TABLE = ROOT.parent / "shared" / "data" / "harmonized-system" / "harmonized-system.csv"
CHECK_IN_GOLD = ("regulation", "followup", "checklist", "japan_side")

pytestmark = pytest.mark.skipif(not FILES, reason="the thirteenth writer's files are not present")


@cache
def _gold_text(doc: str) -> str:
    return norm((ROOT / doc).read_text(encoding="utf-8"))


@cache
def _hs_codes() -> frozenset[str]:
    if not HS_TABLE.is_file():
        return frozenset()
    with HS_TABLE.open(encoding="utf-8") as fh:
        return frozenset(row["hscode"] for row in csv.DictReader(fh))


@pytest.mark.parametrize("name", FILES)
def test_cases_load_through_the_harness_loader_and_name_their_sources(name: str) -> None:
    assert is_v2(QA / name), "eval qa would not read it as QA v2"
    cases = load_jsonl(QA / name, Case)
    rows = _rows(name)
    assert len({c.id for c in cases}) == len(cases) == len(rows), "duplicate ids"
    for case, row in zip(cases, rows, strict=True):
        assert case.id.startswith(PREFIXES[name]), case.id
        assert row["source"]["url"].startswith("https://"), case.id
        assert row["source"]["checked"] == "2026-12-01" and row["notes"], case.id
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


@pytest.mark.parametrize("name", FILES)
def test_key_facts_are_not_the_questions_own_words(name: str) -> None:
    for case in load_jsonl(QA / name, Case):
        if case.kind in ("buyers", "document"):
            continue  # these check the product word the request names
        asked = norm(" ".join(case.turns))
        for alts in case.expect.key_facts:
            assert not any(norm(a) in asked for a in alts), case.id


@pytest.mark.parametrize("name", FILES)
def test_key_facts_occur_in_a_gold_document(name: str) -> None:
    """An answerable case is answerable from the corpus: each fact is in one of its gold docs."""
    for case in load_jsonl(QA / name, Case):
        docs = [d for d in case.expect.gold_docs if d.endswith(".md")]
        if case.kind not in CHECK_IN_GOLD or not docs:
            continue
        text = "".join(_gold_text(d) for d in docs)
        for alts in case.expect.key_facts:
            assert any(norm(a) in text for a in alts), f"{case.id}: {alts[0]!r} not in gold"


@pytest.mark.parametrize("name", FILES)
def test_hs_answers_are_hs_2022_subheadings(name: str) -> None:
    codes = _hs_codes()
    if not codes:
        pytest.skip("HS 2022 table not available here")
    for case in load_jsonl(QA / name, Case):
        if case.kind == "hs":
            assert any(a.replace(".", "") in codes for a in case.expect.key_facts[0]), case.id


@pytest.mark.parametrize("name", FILES)
def test_mix_is_mostly_japanese_with_honest_out_of_coverage(name: str) -> None:
    rows = _rows(name)
    kinds = Counter(r["kind"] for r in rows)
    assert sum(r["lang"] == "ja" for r in rows) / len(rows) >= 0.6
    assert kinds["out_of_coverage"] / len(rows) >= 0.2
    assert kinds["followup"] and kinds["japan_side"] and kinds["hs"]
    for r in rows:
        if r["destination"] in UNCOVERED:
            assert r["expect"]["escalate"], r["id"]


def test_uncovered_markets_are_new() -> None:
    used = set(EARLIER).union(*(w.uncovered for w in WRITERS))
    assert not UNCOVERED & used, sorted(UNCOVERED & used)
    named = {r["destination"] for n in FILES for r in _rows(n) if r["kind"] == "out_of_coverage"}
    assert (named - {None}) - _covered() <= UNCOVERED, "an uncovered market missing from UNCOVERED"


def _covered() -> set[str]:
    """Markets the corpus covers (a folder under regulations/), plus the EU members asked about."""
    return {p.name.upper() for p in (ROOT / "regulations").iterdir() if p.is_dir()} | {
        "GB",
        "EU",
        "IT",
        "NL",
        "ES",
        "BE",
        "JP",
    }


@pytest.mark.parametrize("name", FILES)
def test_no_question_repeats_one_of_another_set(name: str) -> None:
    mine = {tuple(r["turns"]) for r in _rows(name)}
    for other in sorted(QA.glob("*.jsonl")):
        if other.name == name:
            continue
        # Count only: the message must not print a held-apart question.
        shared = len(mine & {tuple(r["turns"]) for r in _rows(other.name)})
        assert not shared, f"{shared} question(s) of {name} repeat one in {other.name}"
