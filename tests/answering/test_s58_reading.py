"""Session-58 readings (issue 9): what tuning test54 and escalation_dev52 showed the engine
misread, each checked here in new words. A trade agreement's date or certificate is asked
whatever the goods (a product family no market document covers is no reason to hand it off);
"is this subject to Japan's rules?" beside a sanctioned market is Japan's measure, whatever
country the goods leave from; Japan's own domestic law is no member state's own rule; a
party's address on a label names no market; whether the goods fall under the listed rule is a
question of its own; goods said to travel alive keep that state for the HS tool; an air mode
said earlier does not fill the form of a sea-only Incoterm."""

from __future__ import annotations

from export_assist.answering.engine import AnswerEngine
from export_assist.answering.hs_phrase import hs_product
from export_assist.answering.national import national_gap
from export_assist.answering.shipment_fields import extract, merge
from export_assist.answering.shipment_mode import sea_terms_kept
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


def test_an_air_mode_said_earlier_does_not_fill_a_sea_only_incoterm() -> None:
    earlier = "留萌の水産会社です。マナマコを生きたまま空輸します。HSコードは？"
    invoice = "インボイスを作ってください：有田焼の皿 300枚、単価 2,000円、FOB名古屋、買い手はシドニーの店"
    drafts = [extract(m, understand(m, COVERED)) for m in (earlier, invoice)]
    assert drafts[0].fields["transport"] == "航空輸送"
    assert "transport" not in merge(sea_terms_kept(drafts)).fields
    # said with the Incoterm itself, the mode is the user's own and stays
    both = "インボイスを作って：皿 300枚、単価 2,000円、FOB成田、航空便で送ります"
    kept = merge(sea_terms_kept([drafts[0], extract(both, understand(both, COVERED))]))
    assert kept.fields["transport"] == "航空輸送"
    # an Incoterm for any mode keeps the mode said before
    fca = "インボイスを作って：皿 300枚、単価 2,000円、FCA成田"
    kept = merge(sea_terms_kept([drafts[0], extract(fca, understand(fca, COVERED))]))
    assert kept.fields["transport"] == "航空輸送"
