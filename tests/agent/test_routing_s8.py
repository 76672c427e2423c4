"""Session-8 trial routing, checked without a server: GFP is a programme (U45), Japan is never
a programme's market (U46), and 「売ってくれる会社を探して」 is a buyer search (U42)."""

from __future__ import annotations

from fastapi.testclient import TestClient

from export_assist.agent.intent import IntentDetector
from export_assist.agent.orchestrator import INTENT_TOOLS
from export_assist.agent.tools.duties import DutyArgs
from export_assist.answering.understand import understand
from tests.agent.conftest import Keys

COVERED = frozenset({"SG", "ID", "US"})


def test_gfp_is_a_programme_question() -> None:
    assert (
        IntentDetector(None).detect("静岡県のお茶農家です。GFPに登録するメリットは？")
        == "programmes"
    )


def test_japan_is_no_programme_market() -> None:
    _tool, build = INTENT_TOOLS["programmes"]
    assert (
        build("資金を借りて海外に工場を作りたい。日本公庫の融資は使える？", "JP")["markets"] == []
    )
    assert build("アメリカの展示会に出たい。補助金は？", "US")["markets"] == ["US"]


def test_a_company_that_would_sell_for_us_is_a_buyer_search() -> None:
    assert understand("シンガポールで日本酒を売ってくれる会社を探して", COVERED).intent == "buyers"
    # a distributor that does not sell is a complaint, not a search
    assert understand("代理店が売ってくれない。どうすれば？", COVERED).intent != "buyers"


def test_vehicle_parts_are_no_vehicle_family() -> None:
    # trial U20: a muffler's duty was handed off as 「自動車の規制を扱っていません」
    covered = frozenset({"TH", "US"})
    assert (
        understand(
            "日本製のオートバイ部品（マフラー）をタイに輸出するときの関税は？", covered
        ).families
        == []
    )
    assert understand("Can we export used car parts to Thailand?", covered).families == []
    assert understand("中古車をタイに輸出したい", covered).families == ["vehicles"]


def test_japans_qualified_invoice_system_is_a_tax_question() -> None:
    # trial U57: answered with commercial-invoice sentences
    q = understand("輸出者として適格請求書（インボイス制度）の登録は必要ですか？", COVERED)
    assert q.advice and q.intent != "documents"


def test_the_duty_tool_takes_a_market_by_name() -> None:
    assert DutyArgs(hs_code="090210", market="アラブ首長国連邦").market == "アラブ首長国連邦"


def test_a_message_without_words_is_answered_in_the_requests_language(
    client: TestClient, keys: Keys
) -> None:
    # trial U34: 「🍵🍵🍵」 with Accept-Language: ja got the English "I could not tell…"
    headers = {"X-API-Key": keys.exporter, "Accept-Language": "ja"}
    r = client.post("/v1/chat?stream=false", json={"message": "🍵🍵🍵"}, headers=headers)
    assert r.status_code == 200, r.text
    assert r.json()["answer"].startswith("ご質問の内容が読み取れませんでした")
    english = client.post(
        "/v1/chat?stream=false", json={"message": "🍵🍵🍵"}, headers={"X-API-Key": keys.exporter}
    )
    assert english.json()["answer"].startswith("I could not tell what you are asking")


def test_a_market_ruled_out_is_no_market() -> None:
    # trial U19: 「オランダではなくアメリカ」 was answered for the EU
    covered = frozenset({"US", "EU", "CA"})
    q = understand(
        "チューリップの球根をオランダではなくアメリカに輸出したい。植物検疫は？", covered
    )
    assert q.destinations == ["US"] and q.unsupported == []
    assert understand("We ship to the US, not Canada. Labels?", covered).destinations == ["US"]
    assert understand("アメリカとカナダに輸出したい", covered).destinations == ["US", "CA"]


def test_a_market_without_goods_asks_for_the_product(client: TestClient, keys: Keys) -> None:
    # trial U38: 「アメリカに輸出したい」 built a checklist for the product 「アメリカに輸出したい」
    headers = {"X-API-Key": keys.exporter}
    done = client.post(
        "/v1/chat?stream=false", json={"message": "アメリカに輸出したい"}, headers=headers
    ).json()
    assert done["answer"].startswith("米国向けに輸出したい製品を教えてください")
    assert not done["tool_calls"] and not done["escalated"]
