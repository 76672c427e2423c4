"""Session 49 (issue 9): readings found on test45 and escalation_dev43 once they joined tuning.
Each test names the everyday question that showed the defect, and asks in new words."""

from __future__ import annotations

from export_assist.agent.tools.duties import asks_duty
from export_assist.answering.asks import intent_of
from export_assist.answering.everyday import rule_terms
from export_assist.answering.hs_phrase import hs_product
from export_assist.answering.national import national_gap
from export_assist.answering.understand import understand
from export_assist.answering.units import units

COVERED = frozenset("US EU DE FR GB CN KR TW HK SG VN AU IN TH ID MY PH AE CA ES".split())


def test_a_sentence_that_starts_from_the_date_before_it_is_read_with_that_date() -> None:
    # test45 t009 quoted "Since then no one needs to register…" without the date it follows
    passage = (
        "- The old permit scheme **ended on 1 July 2024** (notice of the ministry). Since then "
        "importers no longer apply for the permit, and existing permits lapsed.\n"
        "- Other rules still apply."
    )
    found = units(passage)
    assert any("1 July 2024" in u and u.endswith("lapsed.") for u in found)
    assert not any(u.startswith("Since then") for u in found)
    # ... and alone, with no date to lean on, it is not quoted at all
    assert not any(u.startswith("Since then") for u in units("Since then nothing changed."))
    ja = "- 旧制度は2024年7月1日に廃止されました。それ以降、許可の申請は不要です。"
    assert any("2024年7月1日" in u and "不要" in u for u in units(ja))


def test_whether_any_paper_is_needed_is_a_question_not_a_request_to_draft_one() -> None:
    # escalation_dev43 d009 「『オーガニック』と書いて売りたい…出荷のたびに何か書類が要りますか？」
    said = "うちの味噌に「無添加」と書いて売りたいです。輸出のたびに書類って要ります？"
    assert intent_of(said.lower(), []) == "regulation"
    assert intent_of("do we need any documents for every shipment of our tea?", []) == "regulation"
    # ... while a request to make one, asked politely, still is one
    assert intent_of("パッキングリストを作ってもらえますか？", []) == "documents"
    assert intent_of("could you please prepare a packing list?", []) == "documents"


def test_the_six_digit_code_asked_as_what_it_is_is_a_lookup() -> None:
    # test45 t012 「インボイスの6桁のHSコードは何になりますか？」 got the HS rules, no code
    said = "飛騨の木工所で栗の木のまな板を作っています。6桁のHSコードは何になりますか？"
    assert understand(said, COVERED).intent == "hs"
    assert understand("HSコードは何桁になりますか？", COVERED).intent != "hs"


def test_the_paper_the_code_goes_on_is_no_goods() -> None:
    said = "砥石を作っています。ロンドンの刃物店に出すのですが、インボイスの6桁のHSコードは？"
    assert hs_product(said) == "砥石"


def test_what_a_party_ordered_is_the_goods_and_a_count_of_them_is_none() -> None:
    # escalation_dev43 d011 classified the sentence "A furniture maker in Oregon ordered planed…"
    said = (
        "We are a small paper mill in Echizen. A stationery shop in Leeds has ordered "
        "hand-made washi sheets, 60 by 90 cm. What 6-digit HS code goes on the invoice?"
    )
    assert hs_product(said) == "hand-made washi sheets, 60 by 90 cm"
    # d010: "A gift shop in Brisbane has ordered 50 of them" classified shop boxes
    said = (
        "We turn wooden kendama toys in Hatsukaichi. A toy store in Vancouver has ordered 120 "
        "of them. Which HS code should the invoice show?"
    )
    assert "store" not in hs_product(said)


def test_no_duty_said_and_a_tax_asked_is_the_import_tax_not_the_tariff() -> None:
    # test45 t031 "…no customs duty on knives but that they still pay some tax…" got the tariff
    said = (
        "Our importer in Hong Kong told us there's no duty on tea but asked which tax "
        "applies when it lands. What is it?"
    )
    assert not asks_duty(said)
    assert not asks_duty("関税はかからないそうですが、消費税のような税金はかかりますか？")
    assert asks_duty("What is the customs duty on green tea in Singapore?")


def test_the_price_declared_to_japanese_customs_is_the_export_declaration() -> None:
    # test45 t007 "Which price do we actually declare to Japanese customs?" got Incoterms only
    q = understand(
        "Our invoice is CIP Jakarta. What value do we declare to Japanese customs?", COVERED
    )
    assert "export_declaration" in q.topics


def test_everyday_words_for_the_rules_behind_them() -> None:
    # escalation_dev43 d007 "apply to METI separately for every single shipment?": bulk licence
    assert "bulk licence (包括許可)" in rule_terms(
        "Shipments go out weekly. Must we apply separately for each shipment?"
    )
    # d014 「経産省に図面を送れば調べて判断してもらえますか」: METI does not classify for you
    assert "企業に代わって" in rule_terms("該当するかどうか、経産省に判断してもらえますか？")
    # test45 t017 / d016: ivory and tortoiseshell are Appendix I species
    assert "effectively no commercial export" in rule_terms("Can we sell an old ivory netsuke?")


def test_rules_proper_to_the_goods_are_not_a_member_states_own_rules() -> None:
    # test45 t035 「イタリアに食器として出すとき、焼き物ならではの決まり」 was handed off as Italian law
    documented = frozenset({"DE", "FR", "ES", "NL", "BE"})
    goods = understand("ポルトガルに漆器を出します。漆器ならではの決まりはありますか？", COVERED)
    assert national_gap(goods, documented) == []
    state = understand("ポルトガルならではのお酒の決まりはありますか？", COVERED)
    assert national_gap(state, documented) == ["PT"]


def test_what_the_goods_pay_is_no_part_of_the_goods() -> None:
    # (found beside test45 t031) "What duty does sake pay in the EU?" looked up "sake pay"
    assert understand("How much duty do lacquered trays pay in Canada?", COVERED).phrase == (
        "lacquered trays"
    )


def test_the_value_on_japans_export_declaration_names_the_fob_value() -> None:
    # test45 t007 "Which price do we actually declare to Japanese customs?" (contract on CIF)
    assert "FOB basis" in rule_terms(
        "Sold DAP Manila. What amount do we declare to Japanese customs?"
    )
    assert "FOB 価格" in rule_terms("CFR条件です。輸出申告の金額はいくらにしますか？")
