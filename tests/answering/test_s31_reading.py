"""Session-31 reading of questions (issue 9 items 1, 3, 4 and 5), in new words (not test27's
or escalation_dev25's): a manager's salary for a work pass is local business advice; records
a law says to leave, kept at the asker's head office, are record keeping (the head office and
the dealings are no topic); an inspection undergone for a certificate, or undergone in Japan,
is Japan's side (a bonsai carried to the US is answered by Japan's plant inspection, not
handed off as plants the US rules); how a paper would be made, asked whether that passes, is
no request for the document, and the language asked for picks the sentence naming one; a
regime named by name (the carnet) is what is asked, whatever the goods' topic, and an
association is who issues it; a regime the asker will do without is not what is asked; what
one is exposed to for a step never taken asks the penalty; 「…には何が必要？」 of a state on a
topic asks that topic's need, not every requirement; Japan's certificate or the regional
agricultural office named is Japan's side; an application in one's own name for another firm
is the proxy application, and one made online first needs its account (gBizID); goods of a
family the earlier goods were not are new goods in a follow-up, and an extract in capsules
sold on a body claim is a supplement; "the same labelling law" asks for a law; a duty rate
compared between two goods is a fact to state, not two checklists' differences; a Japanese
regime named by name stays a candidate when only the market's side is asked; how a fee is
paid asks the means, not the amount."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from export_assist.agent.compare import sides
from export_assist.answering.engine import AnswerEngine
from export_assist.answering.everyday import rule_terms
from export_assist.answering.followup import resolve_history
from export_assist.answering.handoff import advice_kinds
from export_assist.answering.japan_side import asks_japan, declined, regime_asked
from export_assist.answering.qtypes import question_type
from export_assist.answering.select import score_sentence
from export_assist.answering.understand import understand
from tests.answering.conftest import index_slice

COVERED = frozenset({"US", "CN", "SG", "HK", "FR", "DE", "CA", "TW", "VN", "EU", "JP", "AU"})
SLICE = [
    "ca/ca-consumer-product-safety-ccpsa.md",
    "ca/ca-market-entry.md",
    "ca/ca-food-labelling-cfia.md",
    "jp/jp-plant-export-inspection.md",
    "us/us-cbp-entry-isf-bond.md",
    "us/us-country-of-origin-marking.md",
    "jp/jp-ata-carnet-temporary-export.md",
    "eu/eu-food-contact-materials.md",
    "tw/food-import-inspection-labelling.md",
    "jp/jp-export-procedure-overview.md",
    "intl/intl-trade-documents.md",
]


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[AnswerEngine]:
    built = index_slice(tmp_path_factory.mktemp("s31reading"), SLICE)
    yield AnswerEngine(built.searcher, built.card_library, built.termbase)
    built.close()


def answered_from(engine: AnswerEngine, turns: list[str], doc: str) -> str:
    """The answer to the last turn (the earlier ones its conversation), answered from doc."""
    answer = engine.answer(engine.understand(turns[-1], turns[:-1]))
    assert not answer.escalate, answer.text
    assert doc in {c.doc_id for c in answer.citations}, answer.text
    return answer.text


def test_a_managers_salary_for_a_work_pass_is_local_business_advice() -> None:
    said = "We plan to send our export manager to run a small office in Singapore. What salary must we pay him for an Employment Pass?"
    q = understand(said, COVERED)
    assert q.advice and "local_business" in advice_kinds(q)


def test_records_a_law_says_to_leave_are_record_keeping() -> None:
    said = "カナダの法律で仕入れと販売の記録を残すように言われました。記録は東京の本社で保管してもいいですか？"
    assert "record_keeping" in understand(said, COVERED).topics


def test_records_kept_at_the_head_office_are_answered(engine: AnswerEngine) -> None:
    turns = [
        "名古屋で陶器のマグカップを作っています。バンクーバーの雑貨店に直接卸して、うちが輸入者になります。",
        "カナダの法律で取引の記録を残すよう言われましたが、その記録は名古屋の本社に置いておけばいいですか？",
    ]
    assert "事業所" in answered_from(engine, turns, "ca-consumer-product-safety-ccpsa")


def test_an_inspection_for_a_certificate_is_japans_side() -> None:
    said = "来週シアトルの展示会に盆栽を持って行きます。空港の検疫で検査を受けて証明書をもらうとき、手数料はいりますか？"
    q = understand(said, COVERED)
    assert q.japan_side and asks_japan(said)
    there = "Does the US require a phytosanitary certificate for bonsai?"
    assert not asks_japan(there)


def test_an_inspection_undergone_in_japan_is_japans_side() -> None:
    said = "日本で苗木の検査を受ける前に、ハノイの輸入者が許可証を取らないといけないそうです。どこで取るんですか？"
    assert understand(said, COVERED).japan_side


def test_a_bonsai_carried_abroad_is_answered_by_japans_inspection(engine: AnswerEngine) -> None:
    said = "来週シアトルの展示会に盆栽を持って行きます。空港の検疫で検査を受けて証明書をもらうとき、手数料はいりますか？"
    assert "手数料" in answered_from(engine, [said], "jp-plant-export-inspection")


def test_how_a_paper_would_be_made_is_no_request_for_it() -> None:
    said = "商工会議所の原産地証明書は、日本語で作成して提出すればいいですか？"
    q = understand(said, COVERED)
    assert q.intent != "documents"
    assert q.qtype == "language"
    assert understand("インボイスを英語で作ってください。", COVERED).intent == "documents"


def test_the_language_asked_picks_the_sentence_naming_one() -> None:
    assert question_type("Can the certificate be written in Japanese only?") == "language"
    named = score_sentence("証明書は英語で作成します。", {}, "language", None)
    other = score_sentence("証明書は船積前に申請します。", {}, "language", None)
    assert named > other


def test_an_association_is_who_issues() -> None:
    issuer = score_sentence("The JCAA issues the carnet in Japan.", {}, "who", None)
    nobody = score_sentence("The carnet is valid for one year.", {}, "who", None)
    assert issuer > nobody
    grants = score_sentence("ESMAは、適合する製品に国家マークを付与します。", {}, "who", None)
    assert grants > score_sentence("国家マークは3年間有効です。", {}, "who", None)
    assert question_type("このマークはどこが出しているんですか？") == "who"


def test_a_named_regime_is_what_is_asked_whatever_the_goods(engine: AnswerEngine) -> None:
    said = (
        "We make porcelain tableware in Arita and will show about thirty samples at a fair "
        "in Taichung, then bring them all home. We used an ATA Carnet for Milan last year. "
        "Does that work for Taiwan, and who in Japan issues what we need?"
    )
    assert "SCC" in answered_from(engine, [said], "jp-ata-carnet-temporary-export")


def test_a_regime_done_without_is_not_what_is_asked() -> None:
    assert declined("展示会の見本は、カルネなしで普通に輸出して持ち帰ります。何を記録しておけば？")
    assert declined("We will ship the demo units without an ATA carnet and bring them back.")
    assert not declined("ATAカルネで持って行く予定です。会場で売ってもいいですか？")


def test_what_one_is_exposed_to_asks_the_penalty() -> None:
    said = "We never filed the notice before we started. What are we exposed to now?"
    assert question_type(said) == "penalty"


def test_a_need_for_a_state_on_a_topic_is_no_request_for_every_requirement() -> None:
    said = (
        "梅酒を仕入れて輸出用に倉庫で保管します。酒税を払わないまま置いておくには、何が必要ですか？"
    )
    assert not understand(said, COVERED).explicit_list
    whole = "香港に梅酒を輸出するには、何が必要ですか？"
    assert understand(whole, COVERED).explicit_list


def test_japans_certificate_or_its_issuing_office_is_japans_side() -> None:
    said = "香港の問屋から日本の衛生証明書がほしいと言われました。農政局ではどう申し込みますか？"
    assert understand(said, COVERED).japan_side


def test_an_application_for_another_firm_and_one_made_online_reach_the_corpus_terms() -> None:
    assert "委任状" in rule_terms("Can we file them in our own name for the brewery's sake?")
    assert "gBizID" in rule_terms("証明書をネットで申請したいのですが、最初に何がいりますか？")


def test_goods_of_another_family_are_new_goods_in_a_follow_up() -> None:
    earlier = ["釜山の問屋に、うちの梅干しを卸しています。"]
    said = "その問屋が、うちのウコンのソフトカプセルも『健康機能食品』として扱いたいそうです。手続きは同じですか？"
    q = resolve_history(earlier, said, COVERED | {"KR"})
    assert "supplements" in q.families
    assert q.product != "梅干し"


def test_an_extract_in_capsules_sold_on_a_claim_is_a_supplement() -> None:
    said = "青汁のエキスを詰めたカプセルを『脂肪を燃やす』と書いて上海で売れますか？"
    q = understand(said, COVERED)
    assert "supplements" in q.families and "supplements" in q.categories


def test_the_same_labelling_law_asks_for_a_law() -> None:
    assert (
        question_type("Is the silk part covered by the same labelling law as the cotton?") == "law"
    )


def test_a_duty_rate_compared_between_two_goods_is_no_checklist_comparison() -> None:
    rate = understand(
        "ドバイに緑茶と梅酒を送ります。梅酒と緑茶で関税の率はどれくらい違いますか？",
        COVERED | {"AE"},
    )
    assert sides(rate) is None
    rules = understand("ドバイに送る緑茶と梅酒で、規制の違いを比べてください。", COVERED | {"AE"})
    assert sides(rules) is not None


def test_a_named_japanese_regime_stays_when_the_markets_side_is_asked(engine: AnswerEngine) -> None:
    said = "バンクーバーの展示会に、漆の食器をATAカルネで持って行きます。気に入ってもらえたら、そのまま向こうで売ってもいいですか？"
    answered_from(engine, [said], "jp-ata-carnet-temporary-export")


def test_how_a_fee_is_paid_asks_the_means() -> None:
    assert question_type("輸入許可の手数料は、現地の会社はどうやって払うんですか？") == "what"
    assert question_type("How will the importer pay the licence fees?") == "what"
    assert question_type("輸入許可の手数料はいくらですか？") == "how_much"


def test_a_regime_named_by_its_full_name_is_asked() -> None:
    assert regime_asked(
        "We will take the samples to Toronto on an ATA Carnet. May we sell them?", False
    )
    assert not regime_asked("カルネなしで、見本を普通に輸出して持ち帰ります。", False)
    assert not regime_asked("トロントの展示会で見本を売ってもいいですか？", False)
