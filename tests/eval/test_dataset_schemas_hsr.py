"""Schema of the held-apart HS sets written from US CBP rulings (issue 15): eval/datasets/hs_rulings."""

from __future__ import annotations

import csv
import json
import random
import re
from pathlib import Path
from typing import NamedTuple

import pytest

ROOT = Path(__file__).resolve().parents[2]
SETS_DIR = ROOT / "eval" / "datasets" / "hs_rulings"
PACKAGED = ROOT / "src" / "export_assist" / "compliance" / "data" / "hs_rulings.tsv"
HS_CSV = ROOT.parent / "shared" / "data" / "harmonized-system" / "harmonized-system.csv"
KEYS = {
    "id",
    "split",
    "lang",
    "product_name",
    "product_attributes",
    "category_path",
    "hs_code",
    "ruling",
    "url",
    "ruling_date",
    "request_date",
    "notes",
}


class RulingSet(NamedTuple):
    """One file of the set: its id prefix, the seed of its split draw and the tune share."""

    file: str
    prefix: str
    seed: int
    tune_share: float


SETS = [
    RulingSet("cases.jsonl", "hsr", 20261130, 0.4),
    RulingSet("cases2.jsonl", "hsr2", 20261201, 0.3),
    RulingSet("cases3.jsonl", "hsr3", 20261130, 0.3),
    RulingSet("cases4.jsonl", "hsr4", 20261201, 0.3),
    RulingSet("cases5.jsonl", "hsr5", 20261202, 0.3),
    RulingSet("cases6.jsonl", "hsr6", 20261203, 0.3),
    RulingSet("cases7.jsonl", "hsr7", 20261204, 0.3),
    RulingSet("cases8.jsonl", "hsr8", 20261205, 0.3),
    RulingSet("cases9.jsonl", "hsr9", 20261206, 0.3),
    RulingSet("cases10.jsonl", "hsr10", 20261207, 0.3),
    RulingSet("cases11.jsonl", "hsr11", 20261208, 0.3),
    RulingSet("cases12.jsonl", "hsr12", 20261209, 0.3),
    RulingSet("cases13.jsonl", "hsr13", 20261210, 0.3),
    RulingSet("cases14.jsonl", "hsr14", 20261211, 0.3),
    RulingSet("cases15.jsonl", "hsr15", 20261212, 0.3),
]
BY_FILE = pytest.mark.parametrize("spec", SETS, ids=[s.file for s in SETS])


def _rows(spec: RulingSet) -> list[dict]:
    lines = (SETS_DIR / spec.file).read_text(encoding="utf-8").splitlines()
    assert lines and all(line.strip() for line in lines), "empty file or blank lines"
    return [json.loads(line) for line in lines]


def _numbers(spec: RulingSet) -> list[str]:
    return [r["ruling"].split()[-1] for r in _rows(spec)]


@BY_FILE
def test_every_case_has_the_fields_and_a_six_digit_code(spec: RulingSet) -> None:
    rows = _rows(spec)
    assert [r["id"] for r in rows] == [f"{spec.prefix}-{i:03d}" for i in range(1, len(rows) + 1)]
    for r in rows:
        assert set(r) == KEYS, r["id"]
        assert r["lang"] in {"en", "ja"} and r["split"] in {"tune", "held"}, r["id"]
        assert re.fullmatch(r"\d{6}", r["hs_code"]), r["id"]
        assert r["product_name"].strip() and r["product_attributes"], r["id"]
        assert r["hs_code"] not in re.sub(r"\D", "", r["product_name"]), r["id"]
        assert r["url"].startswith(("https://", "http://faqs.org/")) and r["notes"].strip(), r["id"]
        assert re.fullmatch(r"(NY|HQ) [A-Z]?\d{5,6}|[A-Z]\d{6}", r["ruling"]), r["id"]
        for key in ("ruling_date", "request_date"):
            assert r[key] is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", r[key]), r["id"]


@BY_FILE
def test_rulings_are_distinct_and_none_is_packaged_with_the_product(spec: RulingSet) -> None:
    numbers = _numbers(spec)
    assert len(numbers) == len(set(numbers)), "two products from one ruling"
    packaged = {
        line.split("\t")[0].strip() for line in PACKAGED.read_text(encoding="utf-8").splitlines()
    }
    assert not packaged & set(numbers), "a case reuses a ruling from hs_rulings.tsv"


def test_no_two_sets_share_a_ruling() -> None:
    numbers = [set(_numbers(spec)) for spec in SETS]
    for i, earlier in enumerate(numbers):
        for spec, later in zip(SETS[i + 1 :], numbers[i + 1 :], strict=True):
            assert not earlier & later, f"{spec.file} reuses a ruling of {SETS[i].file}"


@BY_FILE
def test_splits_come_from_the_seeded_draw_in_file_order(spec: RulingSet) -> None:
    rng = random.Random(spec.seed)
    rows = _rows(spec)
    expected = ["tune" if rng.random() < spec.tune_share else "held" for _ in rows]
    assert [r["split"] for r in rows] == expected, "a published case changed side"


@BY_FILE
def test_about_a_third_is_japanese(spec: RulingSet) -> None:
    rows = _rows(spec)
    assert sum(r["lang"] == "ja" for r in rows) / len(rows) >= 0.25


@pytest.mark.skipif(not HS_CSV.is_file(), reason="../shared/data/harmonized-system is absent")
@BY_FILE
def test_codes_exist_at_level_six_in_hs_2022(spec: RulingSet) -> None:
    with HS_CSV.open(encoding="utf-8") as f:
        level6 = {r["hscode"] for r in csv.DictReader(f) if r["level"] == "6"}
    missing = [r["id"] for r in _rows(spec) if r["hs_code"] not in level6]
    assert not missing, f"codes not in HS 2022: {missing}"
