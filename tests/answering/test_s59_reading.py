"""Session-59 readings (issue 9): what tuning test55 and escalation_dev53 showed the engine
misread, each checked here in new words. Why the asker wants to know (an in-house paper they
are writing or revising) is no topic; a treaty's 効力 is the corpus's 発効; a public scheme asked
for its law is a rule, not a support programme; goods counted in tubes, trays or rolls are
counted; a sentence that says what the goods are not, or names them only in general words, is
read as the goods' description; 「その後も対象が…」 is a time, not a sentence leaning on the one
before."""

from __future__ import annotations

from export_assist.agent.public_help import asks_programme
from export_assist.answering.coverage import content_terms
from export_assist.answering.engine import AnswerEngine
from export_assist.answering.everyday import rule_terms
from export_assist.answering.glossary import related
from export_assist.answering.hs_phrase import hs_product
from export_assist.answering.shipment_fields import extract
from export_assist.answering.understand import understand
from export_assist.answering.units import units

COVERED = frozenset({"US", "GB", "SG", "JP", "INTL"})


def test_why_the_asker_wants_to_know_is_no_topic() -> None:
    said = (
        "社内マニュアルを見直しています。冒頭の資料に正確に記載したいのですが、"
        "ATAカルネの有効期間の開始日はいつですか？"
    )
    terms = content_terms(said)
    assert not {"社内", "マニュアル", "見直", "冒頭", "資料", "正確", "記載", "開始日"} & set(terms)
    assert "カルネ" in terms and "有効期間" in terms
    # the words stay topics where they are the goods or the rule: a training course
    assert "研修生" in content_terms("外国人の研修生に工場で技術を教えるのは輸出ですか？")


def test_a_licence_taken_for_the_first_time_is_its_new_application() -> None:
    assert "新規申請" in rule_terms("特定包括許可を新たに取りたい場合、どこに申請しますか？")
    assert "new application" in rule_terms("We are applying for a new bulk licence. Where to?")
    assert "新規申請" not in rule_terms("包括許可の更新はどこでしますか？")


def test_a_treaty_taking_effect_is_its_entry_into_force() -> None:
    assert "発効" in related("その協定が効力を生じたのはいつ？")
    assert "効力" in related("When did the agreement enter into force? It is in force now.")


def test_a_public_scheme_asked_for_its_law_is_a_rule() -> None:
    said = "植物検疫の証明書を国が出す仕組みは、どの法律に基づいていますか？"
    assert not asks_programme(said)
    assert not asks_programme("県が発行する制度の根拠になっている法令を教えて")
    # ... and help asked of a public scheme is still a programme
    assert asks_programme("国の仕組みで輸出の費用を支援してもらえるものはありますか？")


def test_goods_counted_in_tubes_trays_or_rolls_are_counted() -> None:
    for said, counted in (
        ("Invoice please: sesame paste, 2,400 tubes at USD 3, FOB Kobe", "2,400 tubes"),
        ("Packing list for 600 trays of frozen gyoza, CIF Singapore, JPY 900 each", "600 trays"),
        ("A commercial invoice for 35 rolls of indigo cotton cloth, EXW Tokyo", "35 rolls"),
    ):
        draft = extract(said, understand(said, COVERED))
        assert draft.fields["quantity"] == counted, said


def test_a_sentence_saying_what_the_goods_are_not_is_not_the_goods() -> None:
    said = (
        "We restore old clocks in Nagoya. A buyer in London ordered a brass mantel clock movement "
        "made in the 1890s. It is not a complete clock. Which HS code applies?"
    )
    assert "brass mantel clock movement" in hs_product(said)
    said = "We print books. They are not children's picture books. What HS code do they take?"
    assert hs_product(said) == "We print books"


def test_goods_said_in_general_words_are_what_they_are_said_to_be() -> None:
    said = (
        "燕市で金物を作っています。シンガポールの厨房機器店に出します。今回の商品はステンレスを"
        "プレスして作ったおろし金で、電気は使わない手で使う道具です。HSコードを教えてください。"
    )
    assert hs_product(said).startswith("ステンレスをプレスして作ったおろし金")
    # a short description after the goods named still joins them
    assert hs_product("京都で扇子を作っています。紙の扇です。HSコードは？") == "扇子 紙の扇"


def test_a_time_said_with_mo_does_not_lean_on_the_sentence_before() -> None:
    text = (
        "2019年4月1日から輸入許可制が実施され、その後も対象が広げられています。"
        "主な品目は次のとおりです。\n\n- 生鮮果実\n- 切り花\n"
    )
    assert units(text)[0].startswith("2019年4月1日から輸入許可制が実施され")
    # 「…なども対象」 still leans on what it adds to
    assert units("冷凍品なども対象になります。") == []


def test_a_document_requests_own_goods_win_over_the_conversations(engine: AnswerEngine) -> None:
    earlier = ["食品の輸出証明書は誰が出しますか？"]
    said = "Please make an invoice: kombu dashi paste, 600 tubes, USD 5 each, FOB Kobe, buyer Blue Pantry LLC"
    q = engine.understand(said, earlier)
    assert extract(said, q).fields["product"] == "kombu dashi paste"
    # goods the message does not name are the conversation's (a unit alone names none)
    said = "Now the packing list please: 40 cartons, CIF Singapore"
    q = engine.understand(said, ["緑茶をシンガポールに輸出します。"])
    assert extract(said, q).fields["product"] == "緑茶"
