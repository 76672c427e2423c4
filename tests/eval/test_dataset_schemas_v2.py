"""Schema of the evaluation sets written by evalwriter2 (every line parses, required keys, types)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

DATASETS = Path(__file__).resolve().parents[2] / "eval" / "datasets"
QA_FILES = ["qa_v2/topics_test.jsonl", "qa_v2/topics_dev.jsonl"]
QA_KINDS = {
    "regulation",
    "checklist",
    "hs",
    "buyers",
    "document",
    "out_of_coverage",
    "followup",
    "japan_side",
}
TOOLS = {None, "hs_suggest", "shortlist", "document", "checklist", "programmes"}
CHECKED = "2026-11-29"


def _lines(rel: str) -> list[dict]:
    path = DATASETS / rel
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        assert line.strip(), f"{rel}:{n} is blank"
        rows.append(json.loads(line))
    assert rows, f"{rel} is empty"
    return rows


def _is_alternatives(facts: object) -> bool:
    return isinstance(facts, list) and all(
        isinstance(f, list) and f and all(isinstance(a, str) and a.strip() for a in f)
        for f in facts
    )


def _source_ok(src: object) -> bool:
    return (
        isinstance(src, dict)
        and str(src.get("url", "")).startswith("https://")
        and (src.get("checked") == CHECKED)
    )


@pytest.mark.parametrize("rel", QA_FILES)
def test_qa_topics_schema(rel: str) -> None:
    rows = _lines(rel)
    for r in rows:
        assert set(r) == {
            "id",
            "lang",
            "turns",
            "kind",
            "destination",
            "expect",
            "source",
            "notes",
        }, r["id"]
        assert r["lang"] in {"ja", "en"} and r["kind"] in QA_KINDS, r["id"]
        assert r["turns"] and all(isinstance(t, str) and t.strip() for t in r["turns"]), r["id"]
        assert r["destination"] is None or (
            len(r["destination"]) == 2 and r["destination"].isupper()
        )
        e = r["expect"]
        assert set(e) == {"key_facts", "escalate", "gold_docs", "tool", "must_not"}, r["id"]
        assert _is_alternatives(e["key_facts"]) and isinstance(e["escalate"], bool), r["id"]
        assert e["tool"] in TOOLS and all(isinstance(m, str) for m in e["must_not"]), r["id"]
        for doc in e["gold_docs"]:
            assert (DATASETS.parents[1] / doc).is_file(), f"{r['id']}: no corpus file {doc}"
        assert _source_ok(r["source"]) and r["notes"], r["id"]
        if r["kind"] == "out_of_coverage":
            assert e["escalate"] and not e["key_facts"], r["id"]
        else:
            assert e["key_facts"], f"{r['id']}: a covered question needs key facts"
        if r["kind"] == "followup":
            assert len(r["turns"]) >= 2, r["id"]


def test_qa_topics_ids_unique_and_apart() -> None:
    test_ids = {r["id"] for r in _lines(QA_FILES[0])}
    dev_ids = {r["id"] for r in _lines(QA_FILES[1])}
    assert len(test_ids) == len(_lines(QA_FILES[0])) and len(dev_ids) == len(_lines(QA_FILES[1]))
    assert not test_ids & dev_ids
    questions = lambda rel: {tuple(r["turns"]) for r in _lines(rel)}  # noqa: E731
    assert not questions(QA_FILES[0]) & questions(QA_FILES[1]), "the same question on both sides"


PROFILE_KEYS = {
    "company_size",
    "capital_jpy",
    "employees",
    "sector",
    "prefecture",
    "products",
    "hs_codes",
    "target_markets",
    "export_experience",
    "planned_activities",
}


def test_programme_heldout_schema() -> None:
    from export_assist.domain.programmes import ACTIVITIES, SECTORS, SIZES, STAGES

    rows = _lines("programmes/heldout.jsonl")
    assert len(rows) >= 25 and len({r["id"] for r in rows}) == len(rows)
    for r in rows:
        assert set(r) == {"id", "profile", "today", "expected", "must_not", "source", "notes"}, r[
            "id"
        ]
        p = r["profile"]
        assert set(p) == PROFILE_KEYS, r["id"]
        assert p["company_size"] in SIZES and p["export_experience"] in STAGES, r["id"]
        assert p["sector"] in SECTORS and set(p["planned_activities"]) <= set(ACTIVITIES), r["id"]
        assert p["prefecture"][-1] in "都道府県" and r["today"] == CHECKED, r["id"]
        for ref in r["expected"] + r["must_not"]:
            assert ref["name"] and ref["url"].startswith("https://"), r["id"]
        assert all(m.get("why") for m in r["must_not"]) and r["must_not"], r["id"]
        named = {x["url"] for x in r["expected"]} & {x["url"] for x in r["must_not"]}
        assert not named, f"{r['id']}: expected and must_not name the same programme"
        assert _source_ok(r["source"]), r["id"]


def test_programme_heldout_apart_from_cases() -> None:
    seen = {json.dumps(r["profile"], sort_keys=True) for r in _lines("programmes/cases.jsonl")}
    for r in _lines("programmes/heldout.jsonl"):
        assert json.dumps(r["profile"], sort_keys=True) not in seen, (
            f"{r['id']} repeats cases.jsonl"
        )


def test_chat_product_schema() -> None:
    rows = _lines("chat_product/cases.jsonl")
    assert len(rows) >= 30 and len({r["id"] for r in rows}) == len(rows)
    for r in rows:
        assert set(r) == {"id", "lang", "turns", "expect", "source", "notes"}, r["id"]
        assert r["lang"] in {"ja", "en"} and r["turns"] and all(t.strip() for t in r["turns"]), r[
            "id"
        ]
        e = r["expect"]
        assert set(e) == {"asks_about", "key_facts", "tool", "hs_prefix", "must_not"}, r["id"]
        assert all(isinstance(a, str) and a for a in e["asks_about"]), r["id"]
        assert e["key_facts"] == [] or _is_alternatives(e["key_facts"]), r["id"]
        assert e["asks_about"] or e["key_facts"], f"{r['id']} checks nothing"
        assert e["tool"] in TOOLS and all(isinstance(m, str) for m in e["must_not"]), r["id"]
        hs = e["hs_prefix"]
        assert hs is None or (hs.isdigit() and len(hs) in (2, 4, 6)), r["id"]
        assert _source_ok(r["source"]) and r["notes"], r["id"]


def test_chat_product_hs_prefixes_exist_in_the_nomenclature() -> None:
    hs_csv = DATASETS.parents[2] / "shared" / "data" / "harmonized-system" / "harmonized-system.csv"
    if not hs_csv.is_file():
        pytest.skip("../shared/data/harmonized-system is absent")
    codes = {line.split(",")[1] for line in hs_csv.read_text(encoding="utf-8").splitlines()[1:]}
    for r in _lines("chat_product/cases.jsonl"):
        hs = r["expect"]["hs_prefix"]
        assert hs is None or hs in codes, f"{r['id']}: {hs} is not an HS 2022 code"
