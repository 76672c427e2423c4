"""Schema of the QA v2 pools of the eleventh writer and later: each writer's tuning and
held-apart files (escalation_dev8/test9, escalation_dev9/test10, escalation_dev10/test11,
escalation_dev11/test12, escalation_dev12/test13,
escalation_dev13/test14, escalation_dev14/test15, escalation_dev15/test16, escalation_dev16/test17,
escalation_dev17/test18, escalation_dev18/test19, escalation_dev19/test20, escalation_dev20/test21,
escalation_dev21/test22, escalation_dev22/test23, escalation_dev23/test24,
escalation_dev24/test25, escalation_dev25/test26, escalation_dev26/test27,
escalation_dev27/test28, escalation_dev28/test29,
escalation_dev29/test30, escalation_dev30/test31, escalation_dev31/test32,
escalation_dev32/test33, escalation_dev33/test34, escalation_dev34/test35,
escalation_dev35/test36, escalation_dev36/test37, escalation_dev37/test38,
escalation_dev38/test39, escalation_dev39/test40, escalation_dev40/test41,
escalation_dev41/test42, escalation_dev42/test43, escalation_dev43/test44,
escalation_dev44/test45, escalation_dev45/test46, escalation_dev46/test47,
escalation_dev47/test48, escalation_dev48/test49, escalation_dev49/test50,
escalation_dev50/test51, escalation_dev51/test52, escalation_dev52/test53,
escalation_dev53/test54, escalation_dev54/test55).

Besides the checks the earlier writers' files pass (harness loader, ids, sources, gold files,
the mix, no key fact in the question's own words), these check that every key fact of an
answerable case occurs in one of its gold documents (HS codes: in the HS 2022 table), that each
writer's uncovered markets are new, and that no question repeats one of any other QA v2 file.
Messages name case ids and counts only, never a held-apart question's text. A new writer adds
one `Pool` to POOLS."""

from __future__ import annotations

import csv
from collections import Counter
from dataclasses import dataclass
from functools import cache

import pytest

from export_assist.evaluation.datasets import load_jsonl
from export_assist.evaluation.qa_v2 import Case, is_v2, norm
from tests.eval.qa_files import QA, ROOT, present
from tests.eval.qa_files import rows as _rows
from tests.eval.test_dataset_schemas_everyday import ERRORS, NEEDS_GOLD, WRITERS


@dataclass(frozen=True)
class Pool:
    """One writer's pool: its files with their id prefixes, the markets it calls uncovered
    (eval/datasets/README.md, that writer's section) and the date its sources were checked."""

    writer: str
    prefixes: dict[str, str]
    uncovered: frozenset[str]
    checked: str

    @property
    def files(self) -> list[str]:
        return present(self.prefixes)


POOLS = (
    Pool(
        "eleventh",
        {"escalation_dev8.jsonl": "qa9-d", "test9.jsonl": "qa9-t"},
        frozenset("GN GQ CF SO DM LS ST KN TV GW VC AG LI SM CK PF".split()),
        "2026-11-30",
    ),
    Pool(
        "twelfth",
        {"escalation_dev9.jsonl": "qa10-d", "test10.jsonl": "qa10-t"},
        frozenset("GL FO LY PS BM KY NC AW GI CW TC VG FK SX NU AI".split()),
        "2026-11-30",
    ),
    Pool(
        "thirteenth",
        {"escalation_dev10.jsonl": "qa11-d", "test11.jsonl": "qa11-t"},
        frozenset("MS BQ SH PM WF BL GU AS PN TK IS MP SJ VI".split()),
        "2026-12-01",
    ),
    Pool(
        "fourteenth",
        {"escalation_dev11.jsonl": "qa12-d", "test12.jsonl": "qa12-t"},
        frozenset("NO VA JE GG IM AX RE MQ GP GF YT MF NF CX".split()),
        "2026-12-01",
    ),
    Pool(
        "fifteenth",
        {"escalation_dev12.jsonl": "qa13-d", "test13.jsonl": "qa13-t"},
        frozenset("SE FI IE PL MC PR DK HU AT LT RO CZ EE LU".split()),
        "2026-12-01",
    ),
    Pool(
        "sixteenth",
        {"escalation_dev13.jsonl": "qa14-d", "test14.jsonl": "qa14-t"},
        frozenset("BG CY GR HR LV MT PT SI SK".split()),
        "2026-12-01",
    ),
    Pool(
        "seventeenth",
        {"escalation_dev14.jsonl": "qa15-d", "test15.jsonl": "qa15-t"},
        frozenset("RU BY IR".split()),
        "2026-12-01",
    ),
    Pool(
        "eighteenth",
        {"escalation_dev15.jsonl": "qa16-d", "test16.jsonl": "qa16-t"},
        frozenset("SY EH".split()),
        "2026-12-01",
    ),
    Pool(
        "nineteenth",
        {"escalation_dev16.jsonl": "qa17-d", "test17.jsonl": "qa17-t"},
        frozenset("KP CC".split()),
        "2026-12-01",
    ),
    # No inhabited ISO market is left unused (README, twentieth writer): out-of-coverage cases
    # name covered markets or none, so the uncovered set is empty.
    Pool(
        "twentieth",
        {"escalation_dev17.jsonl": "qa18-d", "test18.jsonl": "qa18-t"},
        frozenset(),
        "2026-12-02",
    ),
    # The twenty-first writer, too, names covered markets or none (README).
    Pool(
        "twenty-first",
        {"escalation_dev18.jsonl": "qa19-d", "test19.jsonl": "qa19-t"},
        frozenset(),
        "2026-12-02",
    ),
    # The twenty-second writer, too, names covered markets or none (README).
    Pool(
        "twenty-second",
        {"escalation_dev19.jsonl": "qa20-d", "test20.jsonl": "qa20-t"},
        frozenset(),
        "2026-12-02",
    ),
    # The twenty-third writer, too, names covered markets or none (README).
    Pool(
        "twenty-third",
        {"escalation_dev20.jsonl": "qa21-d", "test21.jsonl": "qa21-t"},
        frozenset(),
        "2026-12-02",
    ),
    # The twenty-fourth writer, too, names covered markets or none (README).
    Pool(
        "twenty-fourth",
        {"escalation_dev21.jsonl": "qa22-d", "test22.jsonl": "qa22-t"},
        frozenset(),
        "2026-12-02",
    ),
    # The twenty-fifth writer, too, names covered markets or none (README).
    Pool(
        "twenty-fifth",
        {"escalation_dev22.jsonl": "qa23-d", "test23.jsonl": "qa23-t"},
        frozenset(),
        "2026-12-03",
    ),
    # The twenty-sixth writer, too, names covered markets or none (README).
    Pool(
        "twenty-sixth",
        {"escalation_dev23.jsonl": "qa24-d", "test24.jsonl": "qa24-t"},
        frozenset(),
        "2026-12-03",
    ),
    # The twenty-seventh writer, too, names covered markets or none (README).
    Pool(
        "twenty-seventh",
        {"escalation_dev24.jsonl": "qa25-d", "test25.jsonl": "qa25-t"},
        frozenset(),
        "2026-12-03",
    ),
    # The twenty-eighth writer, too, names covered markets or none (README).
    Pool(
        "twenty-eighth",
        {"escalation_dev25.jsonl": "qa26-d", "test26.jsonl": "qa26-t"},
        frozenset(),
        "2026-12-03",
    ),
    # The twenty-ninth writer, too, names covered markets or none (README).
    Pool(
        "twenty-ninth",
        {"escalation_dev26.jsonl": "qa27-d", "test27.jsonl": "qa27-t"},
        frozenset(),
        "2026-12-03",
    ),
    # The thirtieth writer, too, names covered markets or none (README).
    Pool(
        "thirtieth",
        {"escalation_dev27.jsonl": "qa28-d", "test28.jsonl": "qa28-t"},
        frozenset(),
        "2026-12-03",
    ),
    # The thirty-first writer, too, names covered markets or none (README).
    Pool(
        "thirty-first",
        {"escalation_dev28.jsonl": "qa29-d", "test29.jsonl": "qa29-t"},
        frozenset(),
        "2026-12-03",
    ),
    # The thirty-second writer, too, names covered markets or none (README).
    Pool(
        "thirty-second",
        {"escalation_dev29.jsonl": "qa30-d", "test30.jsonl": "qa30-t"},
        frozenset(),
        "2026-12-04",
    ),
    # The thirty-third writer, too, names covered markets or none (README).
    Pool(
        "thirty-third",
        {"escalation_dev30.jsonl": "qa31-d", "test31.jsonl": "qa31-t"},
        frozenset(),
        "2026-12-04",
    ),
    # The thirty-fourth writer, too, names covered markets or none (README).
    Pool(
        "thirty-fourth",
        {"escalation_dev31.jsonl": "qa32-d", "test32.jsonl": "qa32-t"},
        frozenset(),
        "2026-12-04",
    ),
    # The thirty-fifth writer, too, names covered markets or none (README).
    Pool(
        "thirty-fifth",
        {"escalation_dev32.jsonl": "qa33-d", "test33.jsonl": "qa33-t"},
        frozenset(),
        "2026-12-04",
    ),
    # The thirty-sixth writer, too, names covered markets or none (README).
    Pool(
        "thirty-sixth",
        {"escalation_dev33.jsonl": "qa34-d", "test34.jsonl": "qa34-t"},
        frozenset(),
        "2026-12-05",
    ),
    # The thirty-seventh writer, too, names covered markets or none (README).
    Pool(
        "thirty-seventh",
        {"escalation_dev34.jsonl": "qa35-d", "test35.jsonl": "qa35-t"},
        frozenset(),
        "2026-12-05",
    ),
    # The thirty-eighth writer, too, names covered markets or none (README).
    Pool(
        "thirty-eighth",
        {"escalation_dev35.jsonl": "qa36-d", "test36.jsonl": "qa36-t"},
        frozenset(),
        "2026-12-05",
    ),
    # The thirty-ninth writer, too, names covered markets or none (README).
    Pool(
        "thirty-ninth",
        {"escalation_dev36.jsonl": "qa37-d", "test37.jsonl": "qa37-t"},
        frozenset(),
        "2026-12-05",
    ),
    # The fortieth writer, too, names covered markets or none (README).
    Pool(
        "fortieth",
        {"escalation_dev37.jsonl": "qa38-d", "test38.jsonl": "qa38-t"},
        frozenset(),
        "2026-12-05",
    ),
    # The forty-first writer, too, names covered markets or none (README).
    Pool(
        "forty-first",
        {"escalation_dev38.jsonl": "qa39-d", "test39.jsonl": "qa39-t"},
        frozenset(),
        "2026-12-05",
    ),
    # The forty-second writer, too, names covered markets or none (README).
    Pool(
        "forty-second",
        {"escalation_dev39.jsonl": "qa40-d", "test40.jsonl": "qa40-t"},
        frozenset(),
        "2026-12-05",
    ),
    # The forty-third writer, too, names covered markets or none (README).
    Pool(
        "forty-third",
        {"escalation_dev40.jsonl": "qa41-d", "test41.jsonl": "qa41-t"},
        frozenset(),
        "2026-12-05",
    ),
    # The forty-fourth writer, too, names covered markets or none (README).
    Pool(
        "forty-fourth",
        {"escalation_dev41.jsonl": "qa42-d", "test42.jsonl": "qa42-t"},
        frozenset(),
        "2026-12-06",
    ),
    # The forty-fifth writer, too, names covered markets or none (README).
    Pool(
        "forty-fifth",
        {"escalation_dev42.jsonl": "qa43-d", "test43.jsonl": "qa43-t"},
        frozenset(),
        "2026-12-06",
    ),
    # The forty-sixth writer, too, names covered markets or none (README).
    Pool(
        "forty-sixth",
        {"escalation_dev43.jsonl": "qa44-d", "test44.jsonl": "qa44-t"},
        frozenset(),
        "2026-12-06",
    ),
    # The forty-seventh writer, too, names covered markets or none (README).
    Pool(
        "forty-seventh",
        {"escalation_dev44.jsonl": "qa45-d", "test45.jsonl": "qa45-t"},
        frozenset(),
        "2026-12-06",
    ),
    # The forty-eighth writer, too, names covered markets or none (README).
    Pool(
        "forty-eighth",
        {"escalation_dev45.jsonl": "qa46-d", "test46.jsonl": "qa46-t"},
        frozenset(),
        "2026-12-06",
    ),
    # The forty-ninth writer, too, names covered markets or none (README).
    Pool(
        "forty-ninth",
        {"escalation_dev46.jsonl": "qa47-d", "test47.jsonl": "qa47-t"},
        frozenset(),
        "2026-12-06",
    ),
    # The fiftieth writer, too, names covered markets or none (README).
    Pool(
        "fiftieth",
        {"escalation_dev47.jsonl": "qa48-d", "test48.jsonl": "qa48-t"},
        frozenset(),
        "2026-12-06",
    ),
    # The fifty-first writer, too, names covered markets or none (README).
    Pool(
        "fifty-first",
        {"escalation_dev48.jsonl": "qa49-d", "test49.jsonl": "qa49-t"},
        frozenset(),
        "2026-12-07",
    ),
    # The fifty-second writer, too, names covered markets or none (README).
    Pool(
        "fifty-second",
        {"escalation_dev49.jsonl": "qa50-d", "test50.jsonl": "qa50-t"},
        frozenset(),
        "2026-12-07",
    ),
    # The fifty-third writer, too, names covered markets or none (README).
    Pool(
        "fifty-third",
        {"escalation_dev50.jsonl": "qa51-d", "test51.jsonl": "qa51-t"},
        frozenset(),
        "2026-12-07",
    ),
    # The fifty-fourth writer, too, names covered markets or none (README).
    Pool(
        "fifty-fourth",
        {"escalation_dev51.jsonl": "qa52-d", "test52.jsonl": "qa52-t"},
        frozenset(),
        "2026-12-07",
    ),
    # The fifty-fifth writer, too, names covered markets or none (README).
    Pool(
        "fifty-fifth",
        {"escalation_dev52.jsonl": "qa53-d", "test53.jsonl": "qa53-t"},
        frozenset(),
        "2026-12-07",
    ),
    # The fifty-sixth writer, too, names covered markets or none (README).
    Pool(
        "fifty-sixth",
        {"escalation_dev53.jsonl": "qa54-d", "test54.jsonl": "qa54-t"},
        frozenset(),
        "2026-12-07",
    ),
    # The fifty-seventh writer, too, names covered markets or none (README).
    Pool(
        "fifty-seventh",
        {"escalation_dev54.jsonl": "qa55-d", "test55.jsonl": "qa55-t"},
        frozenset(),
        "2026-12-07",
    ),
    # The fifty-eighth writer, too, names covered markets or none (README).
    Pool(
        "fifty-eighth",
        {"escalation_dev55.jsonl": "qa56-d", "test56.jsonl": "qa56-t"},
        frozenset(),
        "2026-12-07",
    ),
    # The fifty-ninth writer, too, names covered markets or none (README).
    Pool(
        "fifty-ninth",
        {"escalation_dev56.jsonl": "qa57-d", "test57.jsonl": "qa57-t"},
        frozenset(),
        "2026-12-08",
    ),
)
# Markets the first to fifth writers used as uncovered beyond the sixth to tenth writers' lists
# (README; several named only by a city: Muscat, Montevideo, Kathmandu...).
FIRST_WRITERS = frozenset(
    "BR KE MX NG AR EG PE CL SA TR ET PK BD CO NZ LK QA CH IL KH MN GH EC JO KW MM UZ CR TZ MO BN"
    " BB BZ CD CV KZ MA PW SZ UA ZA UY NP RS OM CI FJ GE PA MU LA AL GT PG".split()
)
FILES = [(pool, name) for pool in POOLS for name in pool.files]
HS_TABLE = ROOT.parent / "shared" / "data" / "harmonized-system" / "harmonized-system.csv"
CHECK_IN_GOLD = ("regulation", "followup", "checklist", "japan_side")


def earlier_than(pool: Pool) -> frozenset[str]:
    """Markets called uncovered before this writer (the first writers' and each later pool's)."""
    before = POOLS[: POOLS.index(pool)]
    return FIRST_WRITERS.union(*(p.uncovered for p in before))


def _id(value: object) -> str:
    return value.writer if isinstance(value, Pool) else str(value)


@cache
def _gold_text(doc: str) -> str:
    return norm((ROOT / doc).read_text(encoding="utf-8"))


@cache
def _hs_codes() -> frozenset[str]:
    if not HS_TABLE.is_file():
        return frozenset()
    with HS_TABLE.open(encoding="utf-8") as fh:
        return frozenset(row["hscode"] for row in csv.DictReader(fh))


@pytest.mark.parametrize(("pool", "name"), FILES, ids=_id)
def test_cases_load_through_the_harness_loader_and_name_their_sources(
    pool: Pool, name: str
) -> None:
    assert is_v2(QA / name), "eval qa would not read it as QA v2"
    cases = load_jsonl(QA / name, Case)
    rows = _rows(name)
    assert len({c.id for c in cases}) == len(cases) == len(rows), "duplicate ids"
    for case, row in zip(cases, rows, strict=True):
        assert case.id.startswith(pool.prefixes[name]), case.id
        assert row["source"]["url"].startswith("https://"), case.id
        assert row["source"]["checked"] == pool.checked and row["notes"], case.id
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


@pytest.mark.parametrize(("pool", "name"), FILES, ids=_id)
def test_key_facts_are_not_the_questions_own_words(pool: Pool, name: str) -> None:
    for case in load_jsonl(QA / name, Case):
        if case.kind in ("buyers", "document"):
            continue  # these check the product word the request names
        asked = norm(" ".join(case.turns))
        for alts in case.expect.key_facts:
            assert not any(norm(a) in asked for a in alts), case.id


@pytest.mark.parametrize(("pool", "name"), FILES, ids=_id)
def test_key_facts_occur_in_a_gold_document(pool: Pool, name: str) -> None:
    """An answerable case is answerable from the corpus: each fact is in one of its gold docs."""
    for case in load_jsonl(QA / name, Case):
        docs = [d for d in case.expect.gold_docs if d.endswith(".md")]
        if case.kind not in CHECK_IN_GOLD or not docs:
            continue
        text = "".join(_gold_text(d) for d in docs)
        for alts in case.expect.key_facts:
            assert any(norm(a) in text for a in alts), f"{case.id}: {alts[0]!r} not in gold"


@pytest.mark.parametrize(("pool", "name"), FILES, ids=_id)
def test_hs_answers_are_hs_2022_subheadings(pool: Pool, name: str) -> None:
    codes = _hs_codes()
    if not codes:
        pytest.skip("HS 2022 table not available here")
    for case in load_jsonl(QA / name, Case):
        if case.kind == "hs":
            assert any(a.replace(".", "") in codes for a in case.expect.key_facts[0]), case.id


@pytest.mark.parametrize(("pool", "name"), FILES, ids=_id)
def test_mix_is_mostly_japanese_with_honest_out_of_coverage(pool: Pool, name: str) -> None:
    rows = _rows(name)
    kinds = Counter(r["kind"] for r in rows)
    # mostly Japanese over the pool: an audit that drops more of one batch may leave one file
    # under the share (the fifty-eighth pool's escalation_dev55, 13 of 23, README)
    pooled = [r for other in pool.files for r in _rows(other)]
    assert sum(r["lang"] == "ja" for r in pooled) / len(pooled) >= 0.6
    assert sum(r["lang"] == "ja" for r in rows) / len(rows) >= 0.5
    assert kinds["out_of_coverage"] / len(rows) >= 0.2
    assert kinds["followup"] and kinds["japan_side"] and kinds["hs"]
    for r in rows:
        if r["destination"] in pool.uncovered:
            assert r["expect"]["escalate"], r["id"]


@pytest.mark.parametrize("pool", [p for p in POOLS if p.files], ids=lambda p: p.writer)
def test_uncovered_markets_are_new(pool: Pool) -> None:
    used = set(earlier_than(pool)).union(*(w.uncovered for w in WRITERS))
    assert not pool.uncovered & used, sorted(pool.uncovered & used)
    named = {
        r["destination"] for n in pool.files for r in _rows(n) if r["kind"] == "out_of_coverage"
    }
    missing = (named - {None}) - _covered()
    assert missing <= pool.uncovered, "an uncovered market missing from the writer's list"


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


@pytest.mark.parametrize(("pool", "name"), FILES, ids=_id)
def test_no_question_repeats_one_of_another_set(pool: Pool, name: str) -> None:
    mine = {tuple(r["turns"]) for r in _rows(name)}
    for other in sorted(QA.glob("*.jsonl")):
        if other.name == name:
            continue
        # Count only: the message must not print a held-apart question.
        shared = len(mine & {tuple(r["turns"]) for r in _rows(other.name)})
        assert not shared, f"{shared} question(s) of {name} repeat one in {other.name}"
