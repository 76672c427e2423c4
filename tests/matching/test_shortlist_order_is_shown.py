"""The shortlist is in the order of the score it shows (issue 15, session 15): the chat
listed green-tea buyers at 適合度 78 %, 72 %, 70 % and then a nori and a rice buyer at 72 %
and 71 %, because the product's own buyers were put first by a rule while the figure shown
was the ranker's alone. Being the product's own buyer is now part of the shown score."""

from __future__ import annotations

from fastapi.testclient import TestClient

from export_assist.matching.directory import BuyerDirectory
from export_assist.matching.order import OWN_GOODS_LOGIT, raised
from export_assist.matching.scope import PUBLIC
from tests.auth.fixtures import Keys
from tests.matching.conftest import buyer

# Japanese-food buyers that share the query's market, language and channels, and two tea
# buyers with little else: the ranker alone puts the food buyers above the tea buyers
BUYERS = [
    buyer(
        "Kome Foods LLC",
        "US",
        city="Los Angeles",
        product_codes=["1006"],
        interests=["Japanese short-grain rice", "Japanese foods"],
        languages=["en", "ja"],
        channels=["import", "wholesale", "retail"],
    ),
    buyer(
        "Nori Wave Inc.",
        "US",
        city="San Francisco",
        product_codes=["121221"],
        interests=["Japanese seaweed (nori)", "Japanese foods"],
        languages=["en", "ja"],
        channels=["import", "wholesale", "retail"],
    ),
    buyer(
        "Leaf Hall Corp.", "US", city="Seattle", product_codes=["090210"], interests=["green tea"]
    ),
    buyer("Kyusu Trading Inc.", "US", city="Boston", product_codes=["0902"], interests=["teas"]),
]
TEA = {"Leaf Hall Corp.", "Kyusu Trading Inc."}


def test_the_shortlist_shows_its_own_order_in_the_api_json(
    client: TestClient, keys: Keys, directory: BuyerDirectory
) -> None:
    directory.upsert_many(BUYERS, owner=PUBLIC)
    for code in ("090210", None):
        query = {"product": {"description": "煎茶", "code": code}, "markets": ["US"], "limit": 4}
        r = client.post("/v1/shortlists", json=query, headers=keys.headers("exporter"))
        assert r.status_code == 200, r.text
        cands = r.json()["candidates"]
        scores = [c["score"] for c in cands]
        assert scores == sorted(scores, reverse=True), (code, scores)
        assert [c["rank"] for c in cands] == [1, 2, 3, 4]
        assert {c["buyer"]["name"] for c in cands[:2]} == TEA, (code, cands)
        for cand in cands[:2]:  # the reason the tea buyers lead is said, first
            first = cand["reasons"][0]
            assert first["key"] == "own_goods" and first["contribution"] == OWN_GOODS_LOGIT
            assert first["ja"] in cand["summary_ja"] and "この商品" in first["ja"]
        if code:
            assert cands[0]["reasons"][0]["ja"] == "この商品と同じ品目（HS 0902）を扱う"
        assert not [r for c in cands[2:] for r in c["reasons"] if r["key"] == "own_goods"]


def test_the_raise_is_a_fixed_step_in_log_odds() -> None:
    assert raised(0.5) == 0.8808  # 1 / (1 + e^-2)
    assert raised(0.7) > raised(0.6) > 0.7  # order among own buyers kept
    assert raised(1.0) <= 1.0 and raised(0.0) > 0.0
