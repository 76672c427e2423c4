"""Session 41 (issue 9 items 1-5): readings found on test37 and escalation_dev35 (tuning since
session 41), replayed here in new words.

- What is done here before the goods leave (「送り出す前に、こちらで」) is Japan's side: the plant
  export inspection, not a hand-off for a market whose plant rules the corpus lacks
  (escalation_dev35 d016); the application asked again another way (「申請はネットでも？」)
  stays on Japan's side (d009), and 「ネットで」 is covered where the sources name 電子申請.
- An authority that "grants the mark" asks a rule, not the support programmes (d027); "grants"
  the noun still does.
- What staff are owed when they leave is employment advice (test37 t024).
- A negated attribute (「電気は使わない」) names nothing to classify by (d011); dinner plates
  are tableware (t013).
- "Packaging duties" are obligations, not customs duty; "If so, …" leans on the previous
  question (t010).
- Goods kept at the factory while export permission is given is the export declaration's
  (t014); goods found not on the control list meet the catch-all (t016).
- Everyday words reach the corpus's term: a supplier's classification sheet used as it is (the
  exporter's responsibility, t009), classifying oneself (the matrix table, t020), goods not made
  in Japan (CITES re-export certificate, t015), an inspection only at shipping (growing-site
  inspection, t019), no duty so no formalities (Singapore's TradeNet permit, d029)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from export_assist.agent.intent import IntentDetector
from export_assist.answering.engine import AnswerEngine
from export_assist.answering.everyday import corpus_words
from export_assist.answering.followup import resolve_history
from export_assist.answering.handoff import advice_kinds
from export_assist.answering.hs_phrase import hs_product
from export_assist.answering.understand import understand
from export_assist.answering.words import asked_topics
from tests.answering.conftest import index_slice
from tests.compliance.hs_words_only import codes

COVERED = frozenset({"SG", "AE", "DE", "TH", "CN", "JP"})
SLICE = [
    "jp/jp-plant-export-inspection.md",
    "jp/jp-export-procedure-overview.md",
    "jp/jp-fefta-catch-all-end-user-list.md",
    "jp/jp-export-control-classification.md",
    "jp/jp-epa-jcci-certificate-of-origin.md",
    "ae/ae-halal-food.md",
    "sg/customs-gst-origin.md",
    "th/customs-origin.md",
]
DETECT = IntentDetector(None).detect


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[AnswerEngine]:
    built = index_slice(Path(tmp_path_factory.mktemp("s41")), SLICE)
    yield built.answer_engine
    built.close()


def test_what_is_done_here_before_the_goods_leave_is_japans_side(engine: AnswerEngine) -> None:
    said = "盆栽の五葉松をバンコクの愛好家に売ります。船に積む前に、こちらでどんな検査を受けて、どこに申し込むのですか？"
    q = engine.understand(said)
    assert q.japan_side, q
    answer = engine.answer(q)
    assert not answer.escalate, answer.text
    assert "植物防疫所" in answer.text, answer.text
    assert any(c.doc_id == "jp-plant-export-inspection" for c in answer.citations)


def test_the_application_asked_another_way_stays_on_japans_side(engine: AnswerEngine) -> None:
    first = "タイの園芸店に苗木を出します。日本側の植物検疫はどう受けるのですか？"
    then = "毎回紙の書類を持って行くのは負担です。申請はネットでもできますか？"
    q = resolve_history([first], then, COVERED)
    assert q.japan_side and q.destinations == ["TH"]
    answer = engine.answer(q)
    assert not answer.escalate, answer.text
    assert "NACCS" in answer.text or "電子申請" in answer.text, answer.text


def test_an_authority_that_grants_a_mark_asks_a_rule_not_programmes() -> None:
    said = "Which federal body grants the halal mark for our curry sold in Abu Dhabi?"
    assert DETECT(said) != "programmes"
    assert DETECT("Are there grants for a small sake brewery that wants to export?") == "programmes"


def test_what_staff_are_owed_when_they_leave_is_employment_advice() -> None:
    q = understand(
        "We will employ a shop manager in Abu Dhabi. What gratuity is owed at the end?", COVERED
    )
    assert q.advice and advice_kinds(q) == ["local_business"]


def test_a_negated_attribute_names_nothing_to_classify_by() -> None:
    said = "銅製の風鈴（電池は不要なタイプ）を台北の雑貨店に輸出します。HSコードは？"
    assert "電池" not in hs_product(said) and "風鈴" in hs_product(said)
    assert codes(hs_product(said), 1)[0] == "830610"
    assert codes("stoneware dinner plates", 3)[0] in {"691200", "691110"}
    assert codes("porcelain dinner plates and rice bowls", 1)[0] == "691110"


def test_packaging_duties_are_obligations_and_if_so_leans_on_the_question() -> None:
    assert "tariff" not in asked_topics("Do we carry any packaging duties in Germany as the brand?")
    assert "tariff" in asked_topics("What duties does Germany charge on soy sauce?")
    first = "Do we have any packaging duties in Germany for our miso in cartons?"
    q = resolve_history([first], "If so, where is the registration made?", COVERED)
    assert q.context == first and q.destinations == ["DE"]


def test_goods_kept_at_the_factory_for_export_permission_is_the_declaration() -> None:
    q = understand(
        "毎週出荷があります。貨物を自社工場に置いたまま輸出の許可をもらう方法は？", COVERED
    )
    assert "export_declaration" in q.topics and q.japan_side


def test_goods_not_on_the_control_list_meet_the_catch_all(engine: AnswerEngine) -> None:
    said = "アルミのフランジを作っています。リスト規制に該当しない部品なら、シンガポール向けはどんな場合でも許可は不要ですか？"
    answer = engine.answer(engine.understand(said))
    assert "キャッチオール" in answer.text, answer.text


@pytest.mark.parametrize(
    ("said", "corpus"),
    [
        ("仕入先の該非判定書をそのまま使っていいですか？", "輸出者が確認する責任"),
        ("自社で判定するなら何を見ればいい？", "マトリクス表"),
        ("日本で作ったものではない象牙の置物を香港へ送ります", "再輸出証明書"),
        ("出荷直前に検査を受ければ足りる？", "栽培地検査"),
        ("関税がかからないなら向こうで手続きは不要ですか？", "TradeNet"),
    ],
)
def test_everyday_words_reach_the_corpus_term(said: str, corpus: str) -> None:
    assert corpus in corpus_words(said)


def test_everyday_words_stay_with_what_they_name() -> None:
    assert "輸出者が確認する責任" not in corpus_words("英語のラベルをそのまま使っていいですか？")
    assert "TradeNet" not in corpus_words("日本側では何も手続きはいらないですか？")
    assert "栽培地検査" not in corpus_words("衛生証明書の検査を受ければ足りますか？")


def test_a_foreign_customs_office_is_no_japan_side_and_renewal_names_no_goods() -> None:
    first = "中国税関に工場を登録しないと煎茶を出せないと言われ、昨年登録しました。"
    assert not understand(first, COVERED).japan_side
    q = resolve_history([first], "その登録は更新の申請が要りますか？", COVERED)
    assert q.product == "煎茶" and "product" in q.inherited


def test_the_business_we_are_and_where_the_goods_go_are_no_goods() -> None:
    said = (
        "We are a Seto pottery studio. What HS code fits our stoneware mugs sold to a cafe in Oslo?"
    )
    assert hs_product(said) == "stoneware mugs"


def test_a_japan_side_question_naming_the_chamber_leads_with_japans_card(
    engine: AnswerEngine,
) -> None:
    said = (
        "タイの取引先に特定原産地証明書を出したいのですが、日本商工会議所ではどんな順で進めますか？"
    )
    answer = engine.answer(engine.understand(said))
    assert answer.text.startswith("日本側では"), answer.text
