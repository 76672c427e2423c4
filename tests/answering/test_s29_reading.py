"""Session-29 reading of questions (issue 9 items 1 and 5), in new words (not test25's or
escalation_dev23's): a request to name a few importers or shops (「いくつか挙げて」) is a
buyer search, a document the importer needs is not; market research the exporter means
to do itself is no request for a public research service (a licence question about a
representative office goes to the rules and hands off, not to the programme list); how a fee
is paid is no 'how much'; "and for paying the fees" is a second part, answered without
giving up the one quote another part stands on; a supplier and a fillet are no topic;
whether checks thin out asks the lower share; the question's frame weighs nothing among its
words; a bare list item is read with its heading; the market's side asked alone leaves
Japan's own rules out; fireworks are goods; whether small parcels pay duty is a rule; a procedure asked in order is quoted as its steps."""

from __future__ import annotations

from export_assist.agent.intent import IntentDetector
from export_assist.agent.tools.duties import asks_low_value_relief
from export_assist.answering.asked_words import _GRAMMAR, rarity_weights
from export_assist.answering.everyday import entries
from export_assist.answering.frame import FRAME
from export_assist.answering.home_side import asks_market_only
from export_assist.answering.qtypes import question_type
from export_assist.answering.select import FACTS
from export_assist.answering.steps import asks_order, step_line
from export_assist.answering.subquestions import cover_parts, parts
from export_assist.answering.understand import understand
from export_assist.answering.unit_filters import labelled

COVERED = frozenset({"US", "TW", "TH", "SG", "AE", "PH", "AU", "FR", "KR", "EU", "JP", "VN"})
DETECT = IntentDetector(None).detect


def test_naming_a_few_importers_or_shops_is_a_buyer_search() -> None:
    for said in (
        "南部鉄器の急須をタイで扱ってくれそうな、雑貨の輸入業者をいくつか挙げてください。",
        "台湾で漆のお椀を売ってくれそうな販売業者や店を3つほど挙げて。",
    ):
        assert understand(said, COVERED).intent == "buyers", said


def test_a_list_of_what_an_importer_needs_is_no_buyer_search() -> None:
    for said in (
        "輸入業者が必要とする書類を挙げてください。",
        "タイの輸入業者が通関で出す書類を全部挙げてもらえますか？",
    ):
        assert understand(said, COVERED).intent != "buyers", said


def test_research_the_exporter_plans_itself_is_no_programme_request() -> None:
    said = "ハノイに駐在員事務所を置いて市場調査をしたい。事務所の設置許可はどこが出しますか？"
    assert DETECT(said) != "programmes"
    q = understand(said, COVERED)
    assert q.advice or q.intent == "regulation"


def test_research_asked_of_a_public_service_is_still_a_programme() -> None:
    for said in (
        "ベトナムの市場調査をお願いできる公的なサービスはありますか？",
        "タイでの市場調査を依頼したいのですが、ジェトロで頼めますか？",
    ):
        assert DETECT(said) == "programmes", said


def test_how_a_fee_is_paid_is_no_question_of_how_much() -> None:
    assert question_type("What must we open with the agency for paying its fees?") == "what"
    assert question_type("検査の手数料の支払い方法は？") == "what"
    assert question_type("What are the agency's inspection fees?") == "how_much"
    assert question_type("検査の手数料はいくらですか？") == "how_much"


def test_and_for_doing_something_is_a_second_part_of_the_question() -> None:
    asked = parts("What do we register with the agency and for paying the inspection fees?")
    assert asked == ["What do we register with the agency", "for paying the inspection fees?"]


def test_the_quote_given_up_for_an_unanswered_part_leaves_the_others_answered() -> None:
    ranked = [
        "Importers register with the agency before the first consignment arrives.",
        "Every consignment needs an import permit before it arrives.",
        "Registration lapses after two years unless renewed.",
        "A consignment that arrives early waits at the port.",
        "The importer opens a bank account to pay the agency's fees.",
        *(f"Other rule number {i} about labels and storage." for i in range(15)),
    ]
    chosen = ranked[:4]
    message = "When does registration lapse, and for paying fees what do we open?"
    covered = cover_parts(chosen, ranked, lambda s: s, message, lambda s: True)
    assert ranked[4] in covered  # the fee sentence joins
    assert ranked[2] in covered  # the lapse sentence, alone answering the first part, stays


def test_a_supplier_and_a_fillet_are_no_topic_of_their_own() -> None:
    frame_words = {"supplier", "suppliers", "仕入先"}
    assert frame_words <= FRAME
    corpus = next(corpus for words, corpus in entries() if "フィレ" in words)
    assert {"fish", "魚"} <= set(corpus)


def test_whether_checks_thin_out_asks_the_lower_share() -> None:
    said = "Will every single lot be inspected from now on, or does it get less frequent?"
    assert question_type(said) == "rate_change"
    assert question_type("検査の頻度は下がりますか？") == "rate_change"
    assert question_type("How often are lots inspected?") == "rate"
    assert FACTS["rate_change"].search("After five passes the rate falls to 25%.")
    assert not FACTS["rate_change"].search("Every consignment is inspected at first.")


def test_the_question_frame_weighs_nothing_among_the_asked_words() -> None:
    pool = [["they", "now", "ask", "uae"], ["ivori", "uae"], ["uae", "food"], ["uae"]]
    weights = rarity_weights("They now ask: can old ivory go to the UAE?", pool)
    assert set(weights) == {"ivori", "uae"}
    assert weights["ivori"] > weights["uae"]


def test_a_bare_list_item_is_read_with_its_heading() -> None:
    section = "輸入規制 > 事前承認が必要な品目（カッコ内は出典が記す官庁）"
    item = "刃物、花火・爆発物（国防省）"
    assert labelled(item, section) == "事前承認が必要な品目：刃物、花火・爆発物（国防省）"
    sentence = "花火は事前承認の対象です。"
    assert labelled(sentence, section) == sentence


def test_the_markets_side_asked_alone_leaves_japans_rules_out() -> None:
    there = understand("UAEに花火を送るには、向こうでどこかの許可が必要ですか？", COVERED)
    assert asks_market_only(there)
    both = understand("UAEに花火を送るには、日本と向こうの両方で許可が必要ですか？", COVERED)
    assert not asks_market_only(both)
    plain = understand("UAEに花火を送るには許可が必要ですか？", COVERED)
    assert not asks_market_only(plain)


def test_fireworks_are_goods_of_their_own_kind() -> None:
    assert "chemicals" in understand("タイに線香花火を送りたい", COVERED).categories


def test_whether_small_parcels_pay_duty_is_a_rule_not_a_rate() -> None:
    assert asks_low_value_relief(
        "1回3,000円くらいの小包で送ります。こういう小さい荷物にも関税はかかる？"
    )
    assert asks_low_value_relief("Do low-value parcels sent to consumers in France pay duty?")
    assert not asks_low_value_relief("緑茶のフランスでの関税率を教えて")


def test_a_procedure_asked_in_order_is_quoted_as_its_steps() -> None:
    ja = "1. **申請**：書類を出します。\n2. **書類審査**：係官が確認します。\n3. **現物検査**：貨物を見ます。"
    assert step_line(ja, "3. 申請と検査の流れ") == "申請と検査の流れ：申請 → 書類審査 → 現物検査。"
    en = "- Step 1, application: file it.\n- Step 2, document check: read.\n- Step 3, release: go."
    assert step_line(en, "Key points > Steps") == "Steps: application → document check → release."
    assert step_line("1. 申請します。\n2. 審査します。", "流れ") is None
    assert asks_order("申し込んだあとは、どういう順番で検査が進むんですか？")
    assert not asks_order("検査の手数料はいくらですか？")


def test_the_grammar_words_are_frame_words() -> None:
    assert _GRAMMAR <= FRAME
