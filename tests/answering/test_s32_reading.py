"""Session-32 reading of questions (issue 9 items 1, 3 and 4), in new words (not test28's or
escalation_dev26's): an everyday loanword a card or title carries (「チェック」, 「ルール」)
names no regime, so it does not put that document first; a company formed abroad and its
yearly state dues, a consumer's right to send goods back, and a marketplace's transaction
fees are advice no regulation answers; the size of an order and whose habit a request is
are no topic, and a record of which customer received which lot is food traceability, so
neither makes the sources look silent; everyday words imply the corpus's rule terms that pick
the answering sentence: glued veneer is plywood, a pork-bone soup is pork, a bath additive is
a cosmetic, how big a mark must be is its height in mm, small parcels are low-value
consignments, and the control-list entry goods fall under is found in METI's matrix tables;
a Japanese paper the market's party asks for keeps the market in a follow-up (whether the
market needs it), and an acronym a sentence spells out as something else names no
authority's country (a certificate of free sale, CFS, is not Hong Kong's CFS); where the
exporter gets a certificate it must attach is Japan's side, also in a follow-up that points
back to it ("this certificate"); Taichung and Tianjin in Japanese are markets' cities; nori is
seaweed and salt boiled from seawater sea salt, the words of the seafood bans; a market asked
about, answered from Japan's documents, is one whose sentences answer (the carnet's Taiwan
sentence); a part of the question naming a place is answered only by a sentence naming it,
and one who 発給s answers who 発行s; how a fee is paid implies the account it is paid from, and
a sentence naming an implied term speaks to the question's topic; an allergy is what an
allergen label declares, and how a duty is worked out asks its base (per litre of pure
alcohol); a short question, no topic known, of whose words the evidence has only the goods'
is handed off (age checks for knives sold to the UK: no UK document speaks of them)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from export_assist.answering.coverage import content_terms
from export_assist.answering.elsewhere import elsewhere, markets_asked
from export_assist.answering.engine import AnswerEngine
from export_assist.answering.everyday import corpus_words, rule_terms
from export_assist.answering.followup import resolve_history
from export_assist.answering.handoff import advice_kinds
from export_assist.answering.named import terms
from export_assist.answering.qtypes import question_type
from export_assist.answering.select import pick_sentences
from export_assist.answering.subquestions import cover_parts
from export_assist.answering.understand import understand
from export_assist.domain.citations import Citation, SearchHit
from tests.answering.conftest import index_slice

COVERED = frozenset({"US", "CN", "GB", "FR", "DE", "EU", "JP", "KR"})


def test_everyday_loanwords_name_no_regime() -> None:
    said = "韓国向けに、表示のルールでチェックすべき点を教えてください。ATAカルネは使いません。"
    found = terms(said)
    assert not {"チェック", "ルール"} & found
    assert "カルネ" in found


def test_a_company_formed_there_and_its_state_dues_are_advice() -> None:
    said = (
        "ネバダ州にLLCを設立してアメリカで販売したいです。LLCの維持に毎年どんな費用がかかりますか？"
    )
    q = understand(said, COVERED)
    assert q.advice and "local_business" in advice_kinds(q)
    said = "Could we incorporate a private limited company in Manchester to hold our stock, and what would it cost?"
    assert "local_business" in advice_kinds(understand(said, COVERED))


def test_a_consumers_right_to_send_goods_back_is_advice() -> None:
    said = "German customers of our web shop sometimes want to return the teapots. Who pays the return postage, and how long is the right of withdrawal?"
    q = understand(said, COVERED)
    assert q.advice and "consumer_sales" in advice_kinds(q)


def test_a_refund_asked_as_a_rule_is_no_advice() -> None:
    said = "韓国の税関で輸入が止まった場合、関税の返金を受けるにはどんな手続きが必要ですか？"
    assert "consumer_sales" not in advice_kinds(understand(said, COVERED))


def test_a_marketplaces_transaction_fees_are_advice() -> None:
    said = "We will list our furoshiki on Etsy for buyers in France. How high are the transaction fees?"
    assert "costs" in advice_kinds(understand(said, COVERED))


def test_the_size_of_an_order_and_a_buyers_policy_are_no_topic() -> None:
    said = (
        "大口の注文が入ったので、重い荷物を木箱で送ります。中国では木箱に何か決まりがありますか？"
    )
    assert "大口" not in content_terms(said)
    said = "Is a lot code on each bottle just the buyer's policy, or an EU rule?"
    assert "policy" not in content_terms(said)


def test_which_customer_received_which_lot_is_traceability() -> None:
    said = "The distributor must record which customers received which batch of our miso."
    assert "traceability" in corpus_words(said)
    assert "合板" in corpus_words("ベニヤを貼り合わせた箱で送ります。")


def test_everyday_words_imply_the_rule_terms_that_answer() -> None:
    assert "合板" in rule_terms("ベニヤを貼り合わせた箱で送ります。")
    assert "豚肉" in rule_terms("とんこつスープの素は、台湾の表示で何に注意？")
    assert "化粧品" in rule_terms("バスソルトも同じ法律の対象ですか？")
    assert "mm" in rule_terms("Is there a minimum size for the UKCA mark?")
    assert "low-value consignments" in rule_terms("Who pays VAT on small parcels sent to Dublin?")
    assert "マトリクス表" in rule_terms("このセンサーがリストのどの項番か、どうやって探せば？")


def test_a_paper_the_markets_party_asks_for_keeps_the_market() -> None:
    earlier = [
        "大阪で化粧水を作っています。バンコクの輸入業者が、タイでの化粧品の届出をしてくれます。"
    ]
    said = "輸入業者から、日本で販売している証明として自由販売証明書を出してほしいと言われました。本当に必要ですか？"
    q = resolve_history(earlier, said, COVERED | {"TH"})
    assert "TH" in q.destinations
    alone = resolve_history(
        earlier, "日本の商工会議所での手続きはどうなりますか？", COVERED | {"TH"}
    )
    assert alone.japan_side


def test_an_acronym_spelled_out_as_something_else_names_no_country() -> None:
    said = "自由販売証明書(CFS)の原本が必要ですが、CPTPP加盟国の製品にはCFSは不要です。"
    assert not elsewhere(said, frozenset({"VN"}))
    assert elsewhere("香港の食物安全センター(CFS)が輸入食品を検査します。", frozenset({"VN"}))


def test_where_a_certificate_to_attach_is_issued_is_japans_side() -> None:
    earlier = ["山形の酒蔵です。台中の輸入業者に吟醸酒を出します。"]
    said = "産地の証明書を付けるように言われたのですが、その証明書はどこで発行してもらえますか？"
    q = resolve_history(earlier, said, COVERED | {"TW"})
    assert q.japan_side and "TW" in q.destinations
    assert not understand("台湾の輸入許可はどこで取りますか？", COVERED | {"TW"}).japan_side


def test_taichung_and_tianjin_in_japanese_are_markets() -> None:
    assert understand("台中の文具店に出します。", COVERED | {"TW"}).destinations == ["TW"]
    assert understand("天津の商社に卸します。", COVERED).destinations == ["CN"]


def test_nori_and_sea_salt_are_the_seafood_bans_words() -> None:
    assert "海藻" in rule_terms("味付けのりも香港に出せますか？")
    assert "海塩" in rule_terms("藻塩は大丈夫ですか？")


def test_a_destination_answered_from_japans_documents_is_asked() -> None:
    markets = markets_asked(["JP", "INTL"], ["TW"])
    assert not elsewhere("台湾向けには、特別の通関手帳が発給されます。", markets)
    assert elsewhere("韓国向けには、別の証明書が要ります。", markets)


def test_a_part_naming_a_place_needs_a_sentence_naming_it() -> None:
    message = "ドイツではカルネを使っていますが、タイでも使えますか？日本ではどこが発行しますか？"
    chosen = [
        "カルネの手順は、品目の一般リストを作って早めに申請することです。",
        "日本では日本商事仲裁協会がカルネを発給しています。",
        "カルネは有効期限までに返却します。",
    ]
    ranked = [
        *chosen,
        "タイはATA条約の加盟国で、展示会用の物品にカルネを使えます。",
        *[f"輸出申告の書類{i}は、様式に従って作成します。" for i in range(20)],
    ]
    out = cover_parts(chosen, ranked, str, message, lambda _: True)
    assert any("タイ" in s for s in out)
    assert "日本では日本商事仲裁協会がカルネを発給しています。" in out


def test_a_sentence_naming_an_implied_term_speaks_to_the_topic() -> None:
    asked = "タイの輸入許可の手数料は、どうやって払うんですか？"
    terms = rule_terms(asked)
    assert "GIRO" in terms
    hit = SearchHit(
        chunk_id="c1",
        text="輸入者は許可の前に事業登録をします。\n- 手数料支払い用のGIRO口座を開設します。",
        citation=Citation(doc_id="th-x", title="t", country="TH", section="事前準備"),
        score=1.0,
    )
    said = [
        q.text
        for q in pick_sentences([hit], asked, "what", "ja", topic_words=("許可",), terms=terms)
    ]
    assert any("GIRO" in s for s in said)
    none = pick_sentences([hit], asked, "what", "ja", topic_words=("許可",))
    assert not any("GIRO" in q.text for q in none)


def test_an_allergy_and_how_a_duty_is_worked_out_imply_their_terms() -> None:
    assert "アレルゲン" in rule_terms("カナダではアレルギーの表示はどう書きますか？")
    assert "pure alcohol" in rule_terms("How is the duty calculated on our umeshu in Ireland?")
    assert "純アルコール" in rule_terms("ドイツの酒税はどうやって計算するんですか？")


def test_a_market_where_the_asker_already_does_it_is_set_against_the_asked_one() -> None:
    covered = COVERED | {"TH", "TW"}
    said = "韓国ではATAカルネを使っていますが、台湾でも使えますか？"
    assert understand(said, covered).destinations == ["TW"]
    said = "Our importer asked for a chamber certificate, like we do for Thailand. Is that right for the US?"
    assert understand(said, covered).destinations == ["US"]
    assert understand("タイとアメリカに輸出しています。", covered).destinations == ["TH", "US"]


def test_the_japanese_side_asked_in_english_and_a_duty_asked_how_large() -> None:
    said = "Our buyer in Hanoi wants dried scallops. What do we need from the Japanese side?"
    assert understand(said, COVERED | {"VN"}).japan_side
    assert question_type("カナダに味噌を出すと、関税はどのくらいですか？") == "how_much"


def test_spectacle_frames_are_medical_devices_a_case_for_them_is_not() -> None:
    said = "鯖江でチタンの眼鏡フレームを作っています。ドイツで売るにはCEマークが要りますか？"
    assert "eyewear" in understand(said, COVERED).families
    assert "eyewear" in understand("Can we sell reading glasses in Texas?", COVERED).families
    assert not understand("メガネのケースを台湾に売りたいです。", COVERED | {"TW"}).families


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[AnswerEngine]:
    files = [
        "uk/uk-textiles-fcm-product-safety.md",
        "uk/uk-customs-import.md",
        "uk/uk-food-labelling.md",
    ]
    built = index_slice(tmp_path_factory.mktemp("s32reading"), files)
    yield AnswerEngine(built.searcher, built.card_library, built.termbase)
    built.close()


def test_a_short_question_the_evidence_knows_only_the_goods_of_is_handed_off(
    engine: AnswerEngine,
) -> None:
    said = "堺で包丁を作っています。イギリスに送ると、向こうでは年齢確認の決まりがあるんですか？"
    answer = engine.answer(engine.understand(said, []))
    assert answer.escalate, answer.text
    kept = "堺で包丁を作っています。イギリスに送るとき、包丁の食品接触の決まりはありますか？"
    assert not engine.answer(engine.understand(kept, [])).escalate
    # a short word the corpus lacks (商売用, or a fragment like 分残) is no unknown concept
    short = "堺で包丁を作っています。イギリスに商売用として送っても大丈夫ですか？"
    assert not engine.answer(engine.understand(short, [])).escalate
