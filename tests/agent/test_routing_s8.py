"""Session-8 trial routing, checked without a server: GFP is a programme (U45), Japan is never
a programme's market (U46), and 「売ってくれる会社を探して」 is a buyer search (U42)."""

from __future__ import annotations

from export_assist.agent.intent import IntentDetector
from export_assist.agent.orchestrator import INTENT_TOOLS
from export_assist.answering.understand import understand

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
