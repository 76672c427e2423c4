"""Session-58 readings (issue 9): what tuning test54 and escalation_dev52 showed the engine
misread, each checked here in new words. A trade agreement's date or certificate is asked
whatever the goods (a product family no market document covers is no reason to hand it off);
"is this subject to Japan's rules?" beside a sanctioned market is Japan's measure, whatever
country the goods leave from; Japan's own domestic law is no member state's own rule; a
party's address on a label names no market."""

from __future__ import annotations

from export_assist.answering.engine import AnswerEngine
from export_assist.answering.hs_phrase import hs_product
from export_assist.answering.national import national_gap
from export_assist.answering.understand import understand

COVERED = frozenset({"EU", "GB", "FR", "IT", "KR", "ID", "CN", "HK", "JP", "INTL"})


def test_an_agreements_date_is_asked_whatever_the_goods(engine: AnswerEngine) -> None:
    said = (
        "鯖江で眼鏡のレンズを作っています。パリの販売店に出します。関税を下げられる日EU・EPAの"
        "原産地規則は、いつから使えますか？"
    )
    q = engine.understand(said, [])
    assert "FR" in q.destinations and "eyewear" in q.families and "origin" in q.topics
    assert engine.beyond_scope(q) == []
    # the same goods asked of their own rules: no document of France or the EU is about them
    q = engine.understand(
        "鯖江で眼鏡のレンズを作っています。フランスで売るには何の認証が必要？", []
    )
    assert engine.beyond_scope(q) == ["eyewear"]


def test_japans_rules_asked_beside_a_sanctioned_market_are_japans_measure(
    engine: AnswerEngine,
) -> None:
    said = (
        "台湾の業者の倉庫からイランの客へ直接送らせ、当社は注文を取り次ぐだけです。"
        "日本の規制の対象になりますか？"
    )
    q = engine.understand(said, [])
    assert q.japan_side and q.japan_named and "IR" in q.unsupported
    answer = engine.answer(q)
    assert answer.citations and all(
        c.doc_id == "jp-sanctions-export-bans" for c in answer.citations
    )


def test_japans_domestic_law_is_no_member_states_own_rule() -> None:
    said = (
        "ローマの店に、附属書IIの動物の角を使った根付を出します。この種は日本の国内法でも"
        "守られていると聞きました。日本のどの法律ですか？"
    )
    assert national_gap(understand(said, COVERED), COVERED - {"IT"}) == []
    # a member state's own domestic law is still its own
    said = "ローマの店に根付を出します。イタリアの国内法で表示のルールはありますか？"
    assert national_gap(understand(said, COVERED), COVERED - {"IT"}) == ["IT"]


def test_an_address_on_the_label_names_no_market() -> None:
    said = (
        "表示にはイギリスの輸入者の住所が必要だそうです。EUの住所のみで足りなくなったのは"
        "いつからですか？"
    )
    assert "GB" in understand(said, COVERED).destinations


def test_goods_flown_to_a_shop_keep_the_state_they_travel_in() -> None:
    said = (
        "三陸で漁をしています。台北の日本料理店向けに、活ホヤを生きたまま、または冷蔵した状態で"
        "空輸します。冷凍品ではありません。6桁のHSコードは？"
    )
    assert hs_product(said) == "活ホヤ 生きたまま"
    # a chilled state is left out: it pulled fresh chestnuts to chilled vegetables
    said = "丹波の農家です。香港の青果店向けに、殻付きの栗を冷蔵した状態で空輸します。HSコードは？"
    assert hs_product(said) == "殻付きの栗"


def test_whether_the_goods_fall_under_the_listed_rule_is_its_own_question(
    engine: AnswerEngine,
) -> None:
    first = "フランスで業務用の電気オーブンを販売するにはどんな規則に従う必要がありますか？"
    assert engine.understand(first, []).intent == "checklist"
    then = "うちのは工場のラインで塗装を乾かす専用の炉です。これもその規則の対象になりますか？"
    assert engine.understand(then, [first]).intent == "regulation"
    # picking among the list's items is still the list
    among = "その中で一番時間がかかるのは？"
    assert engine.understand(among, [first]).intent == "checklist"
