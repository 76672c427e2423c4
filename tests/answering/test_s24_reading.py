"""Question reading from test20 and escalation_dev18 (tuning since session 24), asked again
in new words (fast: understanding only).

- A language is no market: "labels in both English and French" after a Montreal order asked
  about France and got the EU's labelling rules.
- "We are a senbei maker" is the exporter, not a kitchen appliance (a "maker").
- A statement of what the exporter already ships, followed by a question of its own, asks that
  question, not for a checklist; 「書類は？」 asks which papers, not for the form.
- A buyer who has agreed (「扱ってくれることになりました」) is no buyer search; a claim quoted for
  the label (『おなかの調子を整える』と書いて) is no product.
- Business questions no regulation answers: a broker to recommend, a sales channel's profit.
- "Is any notification needed in Japan?" asks Japan's side; 「毎月送って」 and 「農業法人です」
  are no topic words.
"""

from __future__ import annotations

import pytest

from export_assist.answering.coverage import content_terms
from export_assist.answering.home_side import asks_japan_only
from export_assist.answering.places import find_places
from export_assist.answering.understand import understand

COVERED = frozenset("US EU DE FR GB CN KR TW HK TH SG VN AU JP PH IN CA MY BE".split())


@pytest.mark.parametrize(
    "text",
    [
        "Must the shelf labels be in both English and French?",
        "Can the carton be labelled in French only?",
        "Do we need a French-language version of the manual?",
        "Is a Chinese or English label enough?",
        "Please translate the card into German.",
    ],
)
def test_a_language_names_no_market(text: str) -> None:
    assert find_places(text) == [], find_places(text)


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("A French importer wants a sample", ["FR"]),
        ("sold in Canadian supermarkets", ["CA"]),
        ("We sell to a German and French distributor", ["DE", "FR"]),
        ("labels in German and French for Belgium", ["BE"]),
    ],
)
def test_a_demonym_before_a_noun_still_names_its_market(text: str, codes: list[str]) -> None:
    assert [m.code for m in find_places(text)] == codes


def test_a_maker_who_introduces_itself_is_no_appliance() -> None:
    q = understand("We are a miso maker in Nagano. A Toronto shop orders our miso.", COVERED)
    assert q.categories == ["food"], q
    assert "mains_powered" not in q.conditions
    assert "electronics" in understand("We export a bread maker to Canada.", COVERED).categories


@pytest.mark.parametrize(
    "text",
    [
        "静岡のお茶屋です。シンガポールに煎茶を出荷しています。台風で船が遅れたら、どうなりますか？",
        "うちは乾麺を輸出しています。植物検疫の罰則は、私たちにも関係ありますか？",
    ],
)
def test_what_the_exporter_ships_then_a_question_asks_that_question(text: str) -> None:
    assert understand(text, COVERED).intent == "regulation"


def test_a_statement_of_practice_alone_is_still_export_intent() -> None:
    assert understand("韓国の雑貨店に、木の器を送っています。", COVERED).intent == "checklist"


@pytest.mark.parametrize(
    "text",
    [
        "書類は？向こうに送る前に、こちらで用意しないといけないものはある？",
        "What do we need to prepare?",
    ],
)
def test_asking_which_papers_is_a_question_not_the_form(text: str) -> None:
    assert understand(text, COVERED).intent == "regulation"


def test_a_buyer_who_agreed_is_no_buyer_search_and_a_quoted_claim_is_no_product() -> None:
    said = understand(
        "静岡で粉末緑茶を作っています。韓国の商社が扱ってくれることになりました。", COVERED
    )
    assert said.intent == "regulation", said
    asked = understand("袋に『すっきり目覚める』と書いて売っても大丈夫ですか？", COVERED)
    assert asked.phrase == "" and asked.product == "", asked
    assert understand("香港で抹茶を扱ってくれる会社を探しています", COVERED).intent == "buyers"


@pytest.mark.parametrize(
    "text",
    [
        "Could you recommend a good customs broker in Toronto for our sake?",
        "Is it better to sell on Amazon ourselves or go through a distributor for more profit?",
    ],
)
def test_a_broker_to_recommend_or_a_channels_profit_is_business_advice(text: str) -> None:
    assert understand(text, COVERED).advice


def test_a_notification_needed_in_japan_asks_japans_side_only() -> None:
    q = understand(
        "We grow rice in Akita and will take 10 kg as samples to a fair in Hong Kong. "
        "Is anything required in Japan before we fly?",
        COVERED,
    )
    assert q.japan_side and q.destinations == ["HK"], q
    assert asks_japan_only(q)
    ja = understand("チーズを香港に送ります。日本では、どこで手続きをしますか？", COVERED)
    assert asks_japan_only(ja), ja


def test_a_monthly_order_and_a_farm_company_are_no_topic_words() -> None:
    terms = content_terms(
        "山形の農業法人です。毎月送ってほしいと言われた玄米に、届出は要りますか？"
    )
    assert "農業法人" not in terms and not any(t.startswith("毎月") for t in terms), terms


def test_cheese_is_a_dairy_food() -> None:
    q = understand("ナチュラルチーズをタイのホテルに輸出します。", COVERED)
    assert "food" in q.categories and "contains_dairy" in q.conditions, q


def test_the_weight_of_each_piece_is_no_quantity() -> None:
    from export_assist.answering.shipment_fields import extract

    text = "Please make a packing list for 3 used combine harvesters, 2,500 kg each, FOB Kobe."
    fields = extract(text, understand(text, COVERED)).fields
    assert fields["quantity"] == "3 pcs", fields
    assert "2,500 kg each" in fields.get("weights", ""), fields


def test_brown_rice_is_rice_not_rice_tea_and_gets_the_staple_food_notification() -> None:
    from export_assist.compliance.card_goods import names_goods
    from export_assist.geo import jurisdictions_for
    from tests.compliance.shipped_cards import profile_builder, shipped_library

    profile = profile_builder().build("玄米", None)
    assert profile.categories == ["food"], profile
    card = next(c for c in shipped_library().cards if c.id == "jp-rice-export-notification")
    # 「米（精米・玄米）」: a term after 「・」 is a whole term
    assert names_goods(card, jurisdictions_for("TW"), profile)


@pytest.mark.parametrize(
    ("text", "qtype"),
    [
        ("輸入許可の審査の結果はどのくらいで出ますか？", "when"),
        ("サンプルは何営業日で届きますか？", "when"),
        ("輸出先の検疫条件はどこで調べればいいですか？", "where_find"),
        ("Where can we find the importing country's plant health conditions?", "where_find"),
    ],
)
def test_how_long_and_where_to_look_up_are_their_own_question_types(text: str, qtype: str) -> None:
    assert understand(text, COVERED).qtype == qtype


def test_a_japanese_certificate_the_buyer_asks_for_is_japans_side() -> None:
    q = understand(
        "Our buyer in Thailand wants a Japanese phytosanitary certificate for used tractors. "
        "Which system do we apply through?",
        COVERED,
    )
    assert q.japan_side, q


def test_can_we_still_sell_after_a_new_rule_asks_the_rule_not_a_forecast() -> None:
    still = understand("EUで容器の新しい規制が出たそうです。このまま売れますか？", COVERED)
    assert not still.advice, still
    assert understand("このお茶はフランスで売れますか？", COVERED).advice


def test_an_injury_report_question_is_no_dispute_but_a_claim_for_damages_is() -> None:
    report = understand(
        "子どもがけがをしたと連絡がありました。何日以内に報告が必要ですか？", COVERED
    )
    assert not report.advice, report
    assert understand("お客さんが怪我をしたので損害賠償を求められています。", COVERED).advice


def test_a_japan_side_question_about_dairy_or_eggs_searches_the_animal_quarantine() -> None:
    from export_assist.answering.cardpick import fits
    from export_assist.answering.expand import expand
    from tests.compliance.shipped_cards import shipped_library

    q = understand("チーズをタイに送ります。日本では、どこで手続きをすればいいですか？", COVERED)
    assert "動物検疫所" in expand(q, None), expand(q, None)
    card = next(c for c in shipped_library().cards if c.id == "jp-animal-quarantine-export")
    assert fits(card, q)
    market_side = understand("チーズをタイに送ります。タイのラベルは？", COVERED)
    assert not fits(card, market_side)


def test_cut_flowering_branches_are_plants() -> None:
    q = understand("岩手でユキヤナギの切り枝を作っています。香港に送れますか？", COVERED)
    assert q.categories == ["plants"] and "contains_plant_material" in q.conditions, q


@pytest.mark.parametrize(("name", "main"), [("玄米 5kg袋", "玄米"), ("緑茶 100g缶", "緑茶")])
def test_a_size_with_its_packing_is_no_part_of_the_name(name: str, main: str) -> None:
    from export_assist.compliance.product_head import main_name

    assert main_name(name) == main
