"""Session-30 reading of questions (issue 9 items 1, 4 and 5), in new words (not test26's or
escalation_dev24's): a sale asked despite a fact just told (「それでも売れますか」) is a rule,
not a forecast; the carnet issuer's name (Japan Commercial Arbitration Association) asks
no dispute; winding a business up asks its procedure; what one would write on an
application asks a rule, not for a document; a fee set aside asks what else; the EU and
one of its members are no two markets to compare; goods sold on to a market Japan bans
exports to are answered by Japan's ban; everyday words (SPF, venison, demo units, the
forwarder) are covered by the corpus's words; what was heard before 「が、」 sets no question
type; "who in Japan" asks Japan's side; a wish said after the question asks no checklist."""

from __future__ import annotations

from export_assist.agent.compare import sides
from export_assist.answering.asked_side import onward
from export_assist.answering.confidence import goods_kinds
from export_assist.answering.engine import AnswerEngine
from export_assist.answering.everyday import corpus_words, rule_terms
from export_assist.answering.handoff import advice_kinds
from export_assist.answering.qtypes import question_type
from export_assist.answering.understand import understand
from tests.compliance.hs_words_only import words_only_suggester

COVERED = frozenset({"US", "CN", "SG", "HK", "FR", "DE", "NL", "EU", "JP", "AU"})


def test_a_sale_asked_despite_a_fact_just_told_is_a_rule_not_a_forecast() -> None:
    said = "ちなみに、このケーブルの端子は自社独自の規格です。それでもフランスで売れますか？"
    q = understand(said, COVERED)
    assert not q.advice and advice_kinds(q) == []


def test_whether_goods_will_sell_is_still_a_forecast() -> None:
    q = understand("来年、うちの梅酒はシンガポールで売れますか？", COVERED)
    assert q.advice and "forecasts" in advice_kinds(q)


def test_the_carnet_issuers_name_asks_no_dispute() -> None:
    for said in (
        "We need a carnet from the Japan Commercial Arbitration Association. What do we submit?",
        "日本商事仲裁協会でカルネを取るとき、申請書のほかに何が必要ですか？",
    ):
        q = understand(said, COVERED)
        assert "disputes" not in advice_kinds(q), said
        assert not q.advice, said


def test_a_real_dispute_is_still_advice() -> None:
    q = understand("シンガポールの取引先と代金で揉めています。仲裁に持ち込めますか？", COVERED)
    assert q.advice and "disputes" in advice_kinds(q)


def test_winding_up_an_export_business_asks_its_procedure() -> None:
    said = "香港向けに干し椎茸を出してきましたが、来年の夏で輸出をやめます。何か届出は要りますか？"
    assert not understand(said, COVERED).advice


def test_what_one_would_write_on_an_application_asks_a_rule() -> None:
    said = "輸出承認の申請書の品名欄に、商品名の『雪うさぎ』と書いておけば足りますか？"
    assert understand(said, COVERED).intent != "documents"
    assert understand("インボイスをこの内容で書いてください。", COVERED).intent == "documents"


def test_a_fee_set_aside_asks_what_else() -> None:
    assert question_type("Apart from the application fee, what else must we send?") == "what"
    assert question_type("手数料以外に、何を用意すればいいですか？") == "what"
    assert question_type("What is the application fee?") == "how_much"


def test_the_eu_and_one_of_its_members_are_no_two_markets_to_compare() -> None:
    said = "EUとオランダで、抹茶の原産地の書類の保存年数は違うんですか？"
    q = understand(said, COVERED)
    assert {"EU", "NL"} <= set(q.destinations)
    assert sides(q) is None
    two = understand("抹茶の規制をフランスとシンガポールで比べてください。", COVERED)
    assert sides(two) is not None


def test_goods_going_on_to_another_market_are_said_in_words() -> None:
    assert onward("上海の取引先が、仕入れた清酒を平壌に転売するそうです。")
    assert onward("Our Dubai importer will re-export the sake to Tehran.")
    assert not onward("上海の取引先に清酒を送ります。")


def test_goods_sold_on_to_a_banned_market_are_answered_by_japans_ban(
    engine: AnswerEngine,
) -> None:
    said = "上海の問屋がうちの清酒を仕入れて、平壌の店に転売すると言っています。上海に送るだけなら問題ないですか？"
    answer = engine.answer(engine.understand(said))
    assert "jp-sanctions-export-bans" in {c.doc_id for c in answer.citations}
    assert "北朝鮮" in answer.text


def test_a_carnet_question_naming_its_issuer_is_answered(engine: AnswerEngine) -> None:
    said = (
        "We are taking demo units to a trade show in Lyon and bringing them back afterwards. "
        "Our forwarder says the Japan Commercial Arbitration Association issues the ATA carnet. "
        "Besides the issuing fee, what else does the association ask for?"
    )
    answer = engine.answer(engine.understand(said))
    assert not answer.escalate, answer.text
    assert "jp-ata-carnet-temporary-export" in {c.doc_id for c in answer.citations}


def test_what_the_asker_was_told_sets_no_question_type() -> None:
    said = "輸出の手続きは税関だと聞きましたが、ほかに気をつける日本の法律はありますか？"
    assert understand(said, COVERED).qtype == "law"


def test_who_in_japan_asks_japans_side() -> None:
    said = "Our importer in Perth wants a certificate of the sake's origin. Who in Japan issues it?"
    assert understand(said, COVERED).japan_side


def test_a_wish_said_after_the_question_asks_no_checklist() -> None:
    said = "シンガポールの年末のセールはいつ頃ですか？それに合わせて出荷したいです。"
    assert understand(said, COVERED).intent != "checklist"
    assert understand("台湾の花市場に切り花を出荷したい", COVERED | {"TW"}).intent == "checklist"


def test_everyday_words_reach_the_corpus_terms() -> None:
    assert "課税停止" in rule_terms("酒税を払わないまま、フランスの倉庫からベルギーに回せますか？")
    assert "集荷地" in rule_terms("検査のたびに植物防疫所まで運ばないといけませんか？")
    assert "bisphenol" in corpus_words("缶の内側の塗装について規則はありますか？")
    assert "turtle eggs" in corpus_words("すっぽんのエキスを輸出したい")


def test_a_sale_is_no_goods_though_it_sounds_like_a_sail() -> None:
    suggest = words_only_suggester().suggest
    assert suggest("セール", 1)[0].code.startswith("6306")  # the katakana reads as "sail"
    assert goods_kinds(suggest)("セール") == ()
