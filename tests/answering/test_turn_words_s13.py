"""Session-13 turn words, checked on the functions that read them (new sentences of the
kinds seen in tuning): an amount in a currency asks nothing of exchange rates; a market
set apart (「EU向けとは別に」) is not the market asked about; REACH's candidate list is no
request for buyer candidates."""

from __future__ import annotations

from export_assist.agent.intent import steps
from export_assist.answering.asks import intent_of
from export_assist.answering.followup import resolve_history
from export_assist.answering.words import asks_advice

COVERED = frozenset({"US", "EU", "GB", "CH", "CA", "AU", "DE", "FR", "NL", "TW", "SG"})


def test_an_amount_in_a_currency_is_no_exchange_rate_question() -> None:
    assert not asks_advice("ニュージーランドの店から900豪ドル分の注文。関税はかかる？")
    assert not asks_advice("a 1,500 aud order from perth: do they pay gst?")
    assert not asks_advice("3,000ユーロの注文が来た。輸入時の付加価値税は？")
    # the currency itself asked about is still advice no regulation gives
    assert asks_advice("豪ドルはこの先上がりそう？")
    assert asks_advice("2,000ユーロの注文だけど、為替はどう動く？")


def test_a_market_set_apart_is_not_the_market_asked() -> None:
    q = resolve_history(
        ["EUに煎茶を輸出しています。"], "EU向けとは別に、スイスでも売るなら？", COVERED
    )
    assert q.destinations == ["CH"]
    q = resolve_history([], "アメリカ向けとは別に、カナダの表示のルールは？", COVERED)
    assert q.destinations == ["CA"]
    q = resolve_history([], "Besides the EU, what labels does Switzerland want?", COVERED)
    assert q.destinations == ["CH"]
    # both asked: both stay
    q = resolve_history([], "EUとスイスで表示のルールはどう違う？", COVERED)
    assert q.destinations == ["EU", "CH"]


def test_reach_candidate_list_is_no_buyer_search() -> None:
    said = "フランスの取引先から、候補リストに掲載の物質を含むか回答してと頼まれた。"
    assert steps(said) == [] and intent_of(said.lower(), []) == "regulation"
    asked = "オランダの取引先候補をリストアップして"
    assert steps(asked) == ["shortlist"] and intent_of(asked.lower(), []) == "buyers"


def test_a_statement_on_origin_asked_for_is_a_document() -> None:
    assert steps("シンガポール向けの原産地申告文を作ってください") == ["documents"]
    assert steps("Could you prepare the statement on origin for Vietnam?") == ["documents"]
    assert steps("原産地申告文には何を書けばいい？") == []
    assert intent_of("インボイスと一緒に原産地申告文も作ってほしい", []) == "documents"
    assert intent_of("原産地申告文も要りますか？", []) == "regulation"


def test_a_count_per_package_in_brackets_before_the_packages() -> None:
    """「梅酒（6本入り）を40ケース」: 240 bottles in 40 packages, not 6 bottles."""
    from export_assist.answering.shipment_route import per_package

    assert per_package("梅酒（6本入り）を40ケース、単価1,500円")[:2] == ("240 本", "40")
    assert per_package("果汁飲料(24缶入り) 15箱")[:2] == ("360 缶", "15")
