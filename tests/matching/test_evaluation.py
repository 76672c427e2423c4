"""The buyer-matching evaluation (matcher vs baselines) and the screening evaluation."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from export_assist.container import Container
from export_assist.evaluation.buyer_matching import evaluate_tenders, split
from export_assist.evaluation.screening import build_variants, evaluate_screening
from export_assist.matching.adapters import TenderItem, read_tenders
from export_assist.matching.directory import BuyerDirectory
from export_assist.screening.lists import load_path
from export_assist.screening.screener import Screener
from tests.conftest import shared_data


def _item(n: int, day: int, buyer: str, gsin: str, text: str) -> TenderItem:
    return TenderItem(f"o{n}", dt.date(2013, 1, day), buyer, gsin, "", text)


ITEMS = [
    _item(1, 1, "Parks", "N6115B", "Diesel generator replacement"),
    _item(2, 2, "Parks", "5132A", "Footbridge repair"),
    _item(3, 3, "Defence", "N1005", "Rifle spare parts"),
    _item(4, 4, "Defence", "N1005", "Gun barrels"),
    _item(5, 5, "Defence", "N6115B", "Field generator set"),
    _item(6, 6, "Health", "D302A", "Software licences for clinics"),
    _item(7, 20, "Parks", "5132A", "Bridge deck rehabilitation"),
    _item(8, 21, "Health", "D302A", "Hospital software support"),
    _item(9, 22, "Nobody", "X1", "unseen buyer is skipped"),
]


def test_tenders_evaluation_runs_matcher_and_three_baselines(
    container: Container, directory: BuyerDirectory
) -> None:
    train, test = split(ITEMS, dt.date(2013, 1, 15))
    assert len(train) == 6 and [i.ocid for i in test] == ["o7", "o8"]
    runs = evaluate_tenders(container.shortlists, ITEMS, dt.date(2013, 1, 15))
    by_mode = {r.mode: r for r in runs}
    assert set(by_mode) == {
        "matcher",
        "baseline: popularity",
        "baseline: bought this code",
        "baseline: BM25 item texts",
    }
    assert all(r.n == 2 for r in runs)
    # Both later items repeat a code only their true buyer bought.
    assert by_mode["baseline: bought this code"].metrics["hit@1"] == 1.0
    assert by_mode["matcher"].metrics["hit@1"] == 1.0
    assert by_mode["baseline: popularity"].metrics["mrr"] < 1.0
    # The matcher ranked buyers of the directory the tenders adapter filled.
    assert directory.count() == 3


@pytest.mark.slow
def test_tenders_evaluation_on_real_data_subset(
    container: Container, directory: BuyerDirectory
) -> None:
    items = read_tenders(shared_data("buyandsell-tenders") / "tenders_dev.csv")
    top = {
        "Parks Canada",
        "Environment Canada",
        "Correctional Service of Canada",
        "Fisheries and Oceans Canada",
    }
    subset = [i for i in items if i.buyer in top]
    subset = [i for i in subset if i.date < dt.date(2013, 1, 1)][-120:] + [
        i for i in subset if i.date >= dt.date(2013, 1, 1)
    ][:40]
    runs = evaluate_tenders(container.shortlists, subset, dt.date(2013, 1, 1))
    matcher, popularity = runs[0], runs[1]
    assert 10 <= matcher.n <= 40  # later items of buyers with a profile
    assert all(r.n == matcher.n for r in runs)
    assert matcher.metrics["mrr"] > popularity.metrics["mrr"]


def test_screening_evaluation_counts_precision_and_recall() -> None:
    from export_assist.screening.lists import ListEntry

    entries = [
        ListEntry(
            "e1",
            "t",
            ['Limited Liability Company "Grelka Foods"', "ООО «Грелка Фудс»"],
            schema="Company",
        ),
        ListEntry("e2", "t", ["Ivan Petrovich SIDOROV"], schema="Person"),
    ]
    variants = build_variants(entries, ["Harmless Bakery GmbH", "Grelka Foods LLC"])
    kinds = {v.kind for v in variants}
    assert {
        "transliteration",
        "word order",
        "legal form",
        "typo",
        "near-name",
        "same surname",
    } <= kinds
    # "Grelka Foods LLC" is the listed name itself: it must not be labelled a negative.
    assert all(v.name != "Grelka Foods LLC" for v in variants)
    run = evaluate_screening(Screener(entries), variants)
    assert 0.0 <= run.metrics["precision"] <= 1.0 and run.metrics["recall"] >= 0.8
    assert run.n == len(variants)


def test_screening_evaluation_on_opensanctions() -> None:
    folder = shared_data("opensanctions")
    entries = load_path(folder)
    clean = []
    for line in (folder / "parteispenden" / "entities.ftm.json").read_text().splitlines():
        entity = json.loads(line)
        if entity["schema"] in ("Company", "Person"):
            clean += entity["properties"].get("name", [])
    run = evaluate_screening(Screener(entries), build_variants(entries, clean))
    assert run.metrics["precision"] >= 0.95 and run.metrics["recall"] >= 0.9, run
