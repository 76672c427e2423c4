"""Plants in the chat (test19, tuning since session 23), in new words.

- A checklist summary for goods whose own step is Japan's (cut flowers: the Plant Protection
  Station's inspection; bacon: the Animal Quarantine Service's) names that step after the
  market's requirements; before, the summary listed the market's side only.
- 「小菊の切り花」 keeps its modifier now that 切り花 is a product word (the packing list read
  the goods as 「切り花」).
- "government inspectors" asks who inspects, like "authority" (the answer handed off saying
  the sources say nothing about 'government').
- 「どんな罰則？」 asks for the fine or prison term: the 2023 penalty sentence (300万円, 3年) was
  left out, the plant document's sentences naming other goods (小麦粉) read as off-kind.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from export_assist.answering.compose import _ja_predicate
from export_assist.answering.engine import AnswerEngine
from export_assist.answering.goods import other_kind, wanted
from export_assist.answering.understand import understand
from tests.answering.conftest import index_slice

COVERED = frozenset("US EU TW HK SG JP INTL".split())
SLICE = [
    "tw/tw-japan-food-import-measures.md",
    "hk/hk-food-import-cfs.md",
    "jp/jp-plant-export-inspection.md",
    "jp/jp-animal-export-inspection.md",
    "jp/jp-food-export-certificates.md",
    "jp/jp-export-procedure-overview.md",
    "intl/intl-trade-documents.md",
]


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        (
            "インボイスを作ってください。スプレー菊の切り花 800本、買い手は香港の花屋です。",
            "スプレー菊の切り花",
        ),
        ("バラの切り花を台湾に送りたい", "バラの切り花"),
    ],
)
def test_a_product_word_with_kana_keeps_its_modifier(text: str, phrase: str) -> None:
    assert understand(text, COVERED).phrase == phrase


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[AnswerEngine]:
    built = index_slice(tmp_path_factory.mktemp("s23plants"), SLICE)
    yield AnswerEngine(built.searcher, built.card_library, built.termbase)
    built.close()


@pytest.mark.slow
@pytest.mark.parametrize(
    ("question", "step"),
    [
        ("バラの切り花を香港の花屋に輸出したいです。", "植物防疫所"),
        ("I want to export bacon to Hong Kong. What do I need?", "Animal Quarantine Service"),
    ],
)
def test_a_checklist_summary_names_japans_step_for_the_goods(
    engine: AnswerEngine, question: str, step: str
) -> None:
    answer = engine.answer(engine.understand(question))
    market, _, japan = answer.text.partition("日本側では" if step[0] > "z" else "On the Japanese")
    assert japan and step in japan, answer.text
    assert step not in market  # after the market's own requirements, said as Japan's


@pytest.mark.slow
def test_government_inspectors_are_covered_by_the_plant_quarantine_officers(
    engine: AnswerEngine,
) -> None:
    answer = engine.answer(
        engine.understand(
            "We grow peaches in Okayama. Are export inspections of plants only done by "
            "government inspectors, or also by another body?"
        )
    )
    assert not answer.escalate, answer.text
    assert "registered inspection bodies" in answer.text


def test_a_penalty_question_asks_for_the_fine_or_prison_term() -> None:
    q = understand("苗木を検査なしで輸出したら、日本ではどんな罰則がありますか？", COVERED)
    assert q.qtype == "penalty"
    assert (
        understand("What is the penalty for skipping the inspection?", COVERED).qtype == "penalty"
    )


def test_fresh_produce_wants_the_plant_sentences_and_plants_keep_their_own() -> None:
    assert "plants" in wanted(["food"], "いちご", ["contains_plant_material"])
    assert "plants" not in wanted(["food"], "いちごジャム", [])
    penalty = "要求に合わない植物類を持ち出した場合の罰則が引き上げられ、小麦粉・調味料も対象になりました。"
    assert not other_kind(penalty, "", frozenset({"plants"}))


@pytest.mark.slow
def test_the_penalty_sentence_answers_a_penalty_question(engine: AnswerEngine) -> None:
    answer = engine.answer(
        engine.understand(
            "盆栽を扱っています。輸出先が植物検疫証明書を求めているのに検査なしで送ったら、"
            "日本ではどんな罰則になりますか？"
        )
    )
    first = answer.text.split("\n")[0]
    assert "300万円" in first and "3年" in first, answer.text


@pytest.mark.parametrize(
    ("title", "said"),
    [
        ("日台間にEPAなし：一般税率が適用され特恵原産地証明は不要", "証明は不要です"),
        ("日本・香港間にEPAはなく香港はRCEP非加盟（特恵原産地の申請不要）", "非加盟です（"),
    ],
)
def test_a_title_that_says_no_requirement_is_stated_not_recommended(title: str, said: str) -> None:
    # 「…証明は不要が推奨されます」 read wrongly in the widget (session 23 trial)
    key, text = _ja_predicate("card_recommended", title)
    assert key == "card_recommended_stated" and said in text


def test_shipping_goods_to_a_market_is_export_intent() -> None:
    # 「出荷したい」 got a quote about what plants are, not the checklist summary (s23 trial)
    assert understand("台湾の花市場にバラの切り花を出荷したいです。", COVERED).intent == "checklist"
