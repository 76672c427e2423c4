"""The learned buyer ranker: the shipped file loads, ranks real tenders, explains itself
in Japanese and English, and the weighted score takes over without the file."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import numpy as np

from export_assist.container import Container
from export_assist.evaluation.buyer_matching import canonical_buyers
from export_assist.evaluation.ranker_training import Period, query_of, tender_index
from export_assist.matching.adapters import read_tenders
from export_assist.matching.directory import BuyerDirectory
from export_assist.matching.index import reference_prefixes
from export_assist.matching.learned import default_path, load_ranker
from export_assist.matching.models import ProductSpec, ShortlistQuery
from export_assist.matching.ranker_features import FEATURES
from export_assist.matching.reasons import render
from export_assist.matching.service import ShortlistService
from tests.conftest import shared_data

# Words of the English reasons; none may reach a Japanese user.
ENGLISH = re.compile(
    r"interest|similar|proximity|overlap|purchase|certification|required|works in|"
    r"based in|requested|channel|order|language|score|via|past|reference",
    re.IGNORECASE,
)


def test_the_shipped_ranker_loads_with_its_training_record() -> None:
    ranker = load_ranker()
    assert ranker is not None, f"{default_path()} is missing"
    assert len(ranker.weights) == len(FEATURES)
    periods = ranker.meta["periods"]
    # trained and tuned strictly before the period it is reported on
    assert periods["train"][1] <= periods["dev"][0] and periods["dev"][1] <= periods["later"][0]
    assert ranker.weights[FEATURES.index("semantic")] > 0  # meaning raises a buyer


def test_the_ranker_puts_the_buyer_of_a_known_reference_first(container: Container) -> None:
    """Real tenders: ten buyers' last items before a date as profiles, later items as queries."""
    items = canonical_buyers(read_tenders(shared_data("buyandsell-tenders") / "tenders_dev.csv"))
    period = Period(
        "sample", dt.date.fromisoformat("2014-01-15"), dt.date.fromisoformat("2014-02-01")
    )
    names = sorted({i.buyer for i in items if period.start <= i.date < period.end})[:10]
    history = [i for i in items if i.date < period.start and i.buyer in names][-60:]
    service = container.shortlists
    assert service.ranker is not None
    index = tender_index(history, service)
    owners: dict[str, set[str]] = {}
    for item in history:
        for ref in reference_prefixes(item.item_desc):
            owners.setdefault(ref, set()).add(item.buyer)
    queries = [
        i
        for i in items
        if period.start <= i.date < period.end
        and any(owners.get(r) == {i.buyer} for r in reference_prefixes(i.item_desc))
    ][:5]
    assert queries, "the sample has no query with a known reference"
    for item in queries:
        query = query_of(item)
        arrays = service.product_arrays(index, query)
        rows, _ = service.signal_rows(index, query, arrays, list(range(len(index))), ["CA"])
        scores = service.ranker.scores(np.vstack([r[1][1].vector for r in rows]))
        best = rows[int(scores.argmax())][0]
        assert index.buyers[best].name == item.buyer, item.item_desc


def test_reasons_come_from_the_ranker_in_both_languages(
    small: BuyerDirectory, container: Container
) -> None:
    service = container.shortlists
    query = ShortlistQuery(
        product=ProductSpec(description="Japanese green tea", code="090210"), markets=["US"]
    )
    first = service.rank(query).candidates[0]
    assert first.buyer.name == "Tealeaf Imports Inc."
    assert first.reasons and first.reasons[0].contribution >= first.reasons[-1].contribution
    keys = [r.key for r in first.reasons]
    assert "semantic" in keys or "code" in keys, keys
    assert first.summary_ja and not ENGLISH.search(first.summary_ja), first.summary_ja
    assert first.summary == "; ".join(r.en for r in first.reasons)
    for feature in first.features:  # every per-feature reason has its Japanese sentence
        assert feature.reason and feature.reason_ja, feature
        assert not ENGLISH.search(feature.reason_ja), feature.reason_ja


def test_without_the_model_file_the_weighted_score_ranks(
    small: BuyerDirectory, container: Container, tmp_path: Path
) -> None:
    assert load_ranker(tmp_path / "missing.json") is None
    settings = container.settings.matching.model_copy(update={"learned_ranker": False})
    service = ShortlistService(small, container.embedder, container.screener, settings)
    assert service.ranker is None
    query = ShortlistQuery(
        product=ProductSpec(description="green tea", code="0902"), markets=["US"]
    )
    first = service.rank(query).candidates[0]
    assert first.buyer.name == "Tealeaf Imports Inc." and 0 < first.score <= 1
    assert first.reasons and first.summary_ja


def test_sentences_in_japanese_name_countries_and_languages_in_japanese() -> None:
    assert (
        render("market_in", {"country": "FR", "markets": ["FR"]}, "ja")
        == "フランスが拠点（ご希望の市場）"
    )
    assert (
        render("language_buyer", {"languages": ["fr", "en"]}, "ja") == "使用言語: フランス語、英語"
    )
    assert render("cert_none", {}, "ja") == "このバイヤーが求める認証はありません"
    assert render("code", {"pct": 100, "via": "170490"}, "ja") == "HSコード近接 100%（170490 経由）"
    assert render("code", {"pct": 50, "via": "", "scheme": "gsin"}, "ja") == "コード近接 50%"
    phrase = {"phrase": "Japanese confectionery and wagashi", "pct": 43}
    # a catalogue interest reads in Japanese; an English one the catalogue lacks is named as
    # the directory's English (s14: a Japanese user never reads bare English as our words)
    assert render("semantic", phrase, "ja") == "関心品目『和菓子』と意味が43%近い"
    unknown = {"phrase": "artisanal pickled plums", "pct": 40}
    assert (
        render("semantic", unknown, "ja")
        == "英語で登録された関心品目『artisanal pickled plums』と意味が40%近い"
    )
    assert render("semantic", phrase, "en") == (
        "interest 'Japanese confectionery and wagashi' is 43% similar in meaning"
    )


def test_trade_history_keeps_the_latest_date_per_code(directory: BuyerDirectory) -> None:
    from export_assist.matching.history import history_signals
    from export_assist.matching.models import BuyerCreate, TradeRecord
    from export_assist.matching.scope import PUBLIC, BuyerScope

    [made] = directory.upsert_many([BuyerCreate(name="Tea Co", country="US")], owner=PUBLIC)
    dates = [dt.date(2024, 1, 5), dt.date(2025, 6, 1), dt.date(2023, 2, 2)]
    directory.add_trades(
        (made.id, TradeRecord(code=code, date=day), "test")
        for code, day in zip(["090210", "090210", "0901"], dates, strict=True)
    )
    trades = directory.trade_profiles(BuyerScope.operator())[made.id]
    assert trades["090210"] == 2 and trades.last["090210"] == dt.date(2025, 6, 1)
    h = history_signals(trades, "090210", "hs", dt.date(2025, 6, 1))
    assert h.exact == 2 and h.recency == 1.0 and h.via == "090210"
    older = history_signals(trades, "090210", "hs", dt.date(2026, 6, 1))
    assert 0 < older.recency < 0.2  # a year later: e^(-365/180)


def test_reference_offices_are_read_from_item_texts() -> None:
    assert reference_prefixes("VALVE, REGULATING (W8486-141757/A)") == ["W8486"]
    assert reference_prefixes("Database Administrator (IC401362)") == ["IC"]
    assert reference_prefixes("Process serving (JUS-RFSO-2013-0001)") == ["JUS"]
    assert reference_prefixes("Green tea, 20 kg bags") == []
