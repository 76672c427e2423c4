"""An empty shortlist says why, in Japanese and English (s8 trial U8: a market with no buyer
in the directory came back as 「0社のバイヤー候補が見つかりました。」 and nothing more)."""

from __future__ import annotations

from fastapi.testclient import TestClient

from export_assist.agent.turn import TurnContext
from export_assist.auth.principal import Principal
from export_assist.container import Container
from export_assist.matching.directory import BuyerDirectory
from export_assist.matching.empty import why_empty
from tests.auth.fixtures import Keys

QUERY = {"product": {"description": "スナック菓子"}, "markets": ["ID"], "limit": 5}


def test_a_market_without_buyers_is_named(
    client: TestClient, keys: Keys, small: BuyerDirectory
) -> None:
    r = client.post("/v1/shortlists", json=QUERY, headers=keys.headers("exporter"))
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["candidates"] == []
    empty = body["empty"]
    assert empty["markets_without_buyers"] == ["ID"]
    assert empty["ja"].startswith("インドネシアのバイヤーは、検索できるバイヤー名簿にまだ登録")
    assert "アメリカ" in empty["ja"] and "ドイツ" in empty["ja"]  # where there are buyers
    assert "Indonesia" in empty["en"] and "United States" in empty["en"]


def test_everyday_english_names_not_iso_long_forms() -> None:
    note = why_empty(["ID"], {"TW", "KR", "VN"}, excluded=0, screened_out=0)
    assert "(it holds buyers in: South Korea, Taiwan, Vietnam)" in note.en
    assert "Province of China" not in note.en and "Republic of" not in note.en


def test_a_shortlist_with_buyers_has_no_empty_reason(
    client: TestClient, keys: Keys, small: BuyerDirectory
) -> None:
    query = {**QUERY, "product": {"description": "green tea"}, "markets": ["US"]}
    body = client.post("/v1/shortlists", json=query, headers=keys.headers("exporter")).json()
    assert body["candidates"] and body["empty"] is None


def test_other_reasons_for_an_empty_shortlist() -> None:
    held = {"US", "DE"}
    excluded = why_empty(["US"], held, excluded=3, screened_out=0)
    assert excluded.markets_without_buyers == [] and "3社" in excluded.ja
    screened = why_empty(["US"], held, excluded=0, screened_out=2)
    assert "取引制限リスト" in screened.ja and "screening" in screened.en
    partly = why_empty(["US", "ID"], held, excluded=0, screened_out=0)
    assert partly.markets_without_buyers == ["ID"] and "見つかりませんでした" in partly.ja


def test_the_chat_tool_says_why_too(container: Container, small: BuyerDirectory) -> None:
    """The chat's shortlist line (agent/tools/matching.py) gives the reason, not 「0社」."""
    who = Principal(key_id="k", subject="exporter-1", role="exporter", tenant="t")
    for lang, start in (("ja", "インドネシアのバイヤーは"), ("en", "The buyer directory")):
        ctx = TurnContext(principal=who, conversation_id="c", language=lang)
        args = {"product": "スナック菓子", "markets": ["ID"]}
        result = container.tools.call("shortlist_buyers", args, ctx).result
        assert result.text.startswith(start), result.text
        assert "0社" not in result.text and "0 candidate" not in result.text
    ctx = TurnContext(principal=who, conversation_id="c", language="ja")
    found = container.tools.call(
        "shortlist_buyers", {"product": "green tea", "markets": ["US"]}, ctx
    )
    assert found.result.text.startswith(f"{len(found.result.claims)}社のバイヤー候補")


def test_a_few_held_by_screening_are_not_made_the_reason() -> None:
    # escalation_dev27 d001: one buyer held, every other one dealing in other goods
    note = why_empty(["DE"], {"DE"}, excluded=0, screened_out=1, other_goods=9)
    assert "ほかの種類の商品" in note.ja and "保留: 1社" in note.ja
    assert "すべて" not in note.ja
    assert "other kinds of goods" in note.en and "1 more held back" in note.en
    fitted = why_empty(["DE"], {"DE"}, excluded=4, screened_out=2)
    assert "条件に合わない" in fitted.ja and "保留: 2社" in fitted.ja
