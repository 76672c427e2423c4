"""Session 42 (issue 9 items 1-5): readings found on test38 and escalation_dev36 (tuning since
session 42), replayed here in new words.

- A question about one item of a checklist (「その…は誰が」) is its own question, not the checklist
  asked again (test38 t005 asked for the product type); picking among the items stays the list.
- The same goods sent elsewhere (「同じ…を」) and 「扱いが違いますか」 lean on the previous
  question and ask whether its rule holds there (escalation_dev36 d006: Group A for the US).
- 「…を作って送ればよいのですか」 asks whether, not for a document (d004).
- An insurance premium's figure is no programme listing's answer (d015).
- A strength in degrees is a share of alcohol, a polishing ratio no share (d022); excise
  (物品税) is the duty topic.
- Everyday words reach the corpus's term: where the plant inspection is held (t014), classifying
  oneself (the matrix table, t021), a body-function claim (a supplement, t040); the shape the
  goods are in before shipping and the exporter's kind of firm are no topic (t020, t040).
- The state goods are in (冷凍, 天然) is covered with them (escalation_dev15 d030); how long
  papers are kept is answered by how long, not by a start date (escalation_dev17 d008); a shop
  named by its goods (「和菓子店です」) is those goods (the session 42 user trial)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from export_assist.answering.asked_deadline import deadline_bonus
from export_assist.answering.asks import intent_of
from export_assist.answering.coverage import Evidence, coverage
from export_assist.answering.engine import AnswerEngine
from export_assist.answering.everyday import corpus_words
from export_assist.answering.followup import resolve_history
from export_assist.answering.judged import quote_or_judgement
from export_assist.answering.thresholds import asked_amounts
from export_assist.answering.understand import understand
from tests.answering.conftest import index_slice

COVERED = frozenset({"TW", "US", "TH", "CN", "HK", "JP", "DE"})
SLICE = [
    "tw/cosmetics-hygiene-safety.md",
    "jp/jp-fefta-catch-all-end-user-list.md",
    "jp/jp-export-control-classification.md",
    "jp/jp-export-procedure-overview.md",
    "jp/jp-used-agricultural-machinery-export-inspection.md",
    "hk/hk-free-port-customs-dutiable.md",
    "us/us-dietary-supplements-dshea.md",
    "us/us-food-labelling.md",
]


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[AnswerEngine]:
    built = index_slice(Path(tmp_path_factory.mktemp("s42")), SLICE)
    yield built.answer_engine
    built.close()


def test_one_item_of_the_checklist_asked_about_is_its_own_question(engine: AnswerEngine) -> None:
    first = "台湾のドラッグストアに化粧水と乳液を卸したい。必要な手続きは？"
    q = resolve_history([first], "そのPIFの安全性評価には、誰の署名が要りますか？", COVERED)
    assert q.intent == "regulation" and q.destinations == ["TW"], q
    answer = engine.answer(q)
    assert not answer.escalate, answer.text
    assert "安全性評価者" in answer.text, answer.text
    among = resolve_history([first], "その中で一番時間がかかるのは？", COVERED)
    assert among.intent == "checklist"


def test_the_same_goods_sent_elsewhere_lean_on_the_previous_question(engine: AnswerEngine) -> None:
    first = (
        "リスト規制に当たらない木工用のノミを、台湾の商社に売ります。"
        "キャッチオール規制で許可が要るのはどんなときですか？"
    )
    q = resolve_history([first], "同じノミをアメリカの店に送るなら、扱いは違いますか？", COVERED)
    assert q.japan_side and "export_control" in q.topics, q
    answer = engine.answer(q)
    assert "グループA" in answer.text, answer.text


def test_asking_whether_to_make_a_paper_is_no_request_for_it() -> None:
    said = "RCEPを使うなら、こちらで原産地申告書を作って送ればよいのですか。"
    assert intent_of(said.lower(), []) == "regulation"
    assert intent_of("原産地申告書を作ってください。", []) == "documents"


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("NEXIの貿易保険で、ベトナムの買主向けの保険料率は何%くらいですか？", True),
        ("What premium rate would NEXI charge for a buyer in Brazil?", True),
        ("NEXIの貿易保険は中小企業でも使えますか？", False),
        ("Is there a subsidy for export credit insurance premiums?", False),
    ],
)
def test_an_insurance_premiums_figure_is_no_listings_answer(text: str, quote: bool) -> None:
    assert quote_or_judgement(text) is quote


def test_a_strength_in_degrees_is_alcohol_and_polishing_is_no_share(engine: AnswerEngine) -> None:
    said = "精米歩合60%、アルコール分16度の本醸造を香港に出します。物品税はかかりますか？"
    assert asked_amounts(said) == [(16.0, "%")]
    answer = engine.answer(engine.understand(said))
    assert "30%以下" in answer.text, answer.text


def test_the_shape_before_shipping_is_no_topic(engine: AnswerEngine) -> None:
    said = (
        "中古のコンバインを輸出します。相手国が日本の植物検疫証明書を求めています。"
        "出荷前にどういう状態にしておけばいいですか？"
    )
    answer = engine.answer(engine.understand(said))
    assert not answer.escalate, answer.text
    assert "土" in answer.text, answer.text


def test_classifying_oneself_starts_from_the_matrix_table(engine: AnswerEngine) -> None:
    said = "初めて台湾に検査用の治具を出します。該非判定は自分でやるなら何から見ればいいですか？"
    answer = engine.answer(engine.understand(said))
    assert "マトリクス表" in answer.text, answer.text


def test_a_body_function_claim_is_a_supplement(engine: AnswerEngine) -> None:
    said = (
        "大阪のバイオベンチャーです。米国で乳酸菌のカプセルを『腸内環境を整える』とうたって"
        "通販したい。FDAへの届け出は必要ですか？いつまでに？"
    )
    q = engine.understand(said)
    assert "supplements" in q.categories, q
    answer = engine.answer(q)
    assert not answer.escalate, answer.text
    assert "30日" in answer.text, answer.text


@pytest.mark.parametrize(
    ("said", "corpus"),
    [
        ("盆栽が多いので、植物防疫所まで全部持ち込むのは大変です", "集荷地"),
        ("鉢植えを検査に来てもらうことはできますか", "集荷地"),
    ],
)
def test_where_the_plant_inspection_is_held_reaches_the_collection_site(
    said: str, corpus: str
) -> None:
    assert corpus in corpus_words(said)


def test_the_state_the_goods_are_in_is_covered_with_them() -> None:
    said = "冷凍の養殖ぶりをイタリアに出します。魚だと日本で取る書類はありますか？"
    assert coverage(said, Evidence(["魚の輸出には衛生証明書が必要です。"]), None).missing == []
    other = coverage(said, Evidence(["化粧品は届出が必要です。"]), None)
    assert "冷凍" in other.missing


def test_how_long_papers_are_kept_is_answered_by_how_long() -> None:
    bonus = deadline_bonus("原産性の根拠資料は、いつまで保管しておけばいいですか？")
    assert bonus("根拠資料は作成日から4年以上保存します。") > 0
    assert bonus("協定は2019年2月1日に発効しました。") == 0
    english = deadline_bonus("How long must we keep the supplier declarations?")
    assert english("Keep them for at least four years.") > english("In force since 2019.")


@pytest.mark.parametrize(
    ("said", "phrase"),
    [
        ("京都の和菓子店です。台湾向けにチェックリストを作ってください。", "和菓子"),
        ("神戸の洋菓子店です。シンガポール向けのチェックリストを作って。", "洋菓子"),
    ],
)
def test_a_shop_named_by_its_goods_is_those_goods(said: str, phrase: str) -> None:
    assert understand(said, COVERED).phrase == phrase
